-- Records the outcome of a forward unit with its audit event and, when delivered, closes the unit (as close-unit.lua).
-- KEYS: message, audit inbox ; ARGV: forward id, outcome, retention ms, audit event, then (field, value) pairs of
-- transaction states. Returns the units still open, -1 when closed before, -2 when not delivered.
redis.call('HSET', KEYS[1], 'fwd:' .. ARGV[1], ARGV[2])
redis.call('RPUSH', KEYS[2], ARGV[4])
for i = 5, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
if ARGV[2] ~= 'delivered' then return -2 end
if redis.call('HSETNX', KEYS[1], 'closed:' .. ARGV[1], '1') == 0 then return -1 end
local open = redis.call('HINCRBY', KEYS[1], 'open', -1)
if open <= 0 then
  redis.call('HDEL', KEYS[1], 'raw')
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
end
return open
