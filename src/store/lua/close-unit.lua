-- Closes a unit of a message (forward id or hold id), once. When no unit is left open, the raw body is dropped and
-- the record expires after the retention period.
-- KEYS: message ; ARGV: unit id, retention ms. Returns the units still open, or -1 when it was closed before.
if redis.call('HSETNX', KEYS[1], 'closed:' .. ARGV[1], '1') == 0 then return -1 end
local open = redis.call('HINCRBY', KEYS[1], 'open', '-1')
if open <= 0 then
  redis.call('HDEL', KEYS[1], 'raw')
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return open
