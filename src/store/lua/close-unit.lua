-- Closes a hold's unit of its message, once (its marker 'closed:<hold id>'). When no unit is left open, the raw body is
-- dropped and the record expires after the retention period. A released hold's forward unit has the hold's id and a
-- marker of its own, 'closed:fwd:<id>' (finish-forwards.lua).
-- KEYS: message ; ARGV: hold id, retention ms, 'lost' to count only a close lost as below (never the hold's own).
-- Returns the units still open, or -1 when it was closed before (or, 'lost', nothing was lost).
-- Before 'closed:fwd:', the delivery of a released hold's forward unit wrote 'closed:<hold id>' too, and whichever of
-- the two closes came second counted nothing: the record kept its original and never expired. Such a record (or one
-- whose forward an instance of that version delivers during a rolling upgrade) has the marker, its forward unit
-- 'delivered' and no 'closed:fwd:': exactly one of the two closes was counted. This close counts the other, once: it
-- sets 'closed:fwd:', so a close sent again (or a re-run) finds both markers and counts nothing.
local message, id, lost = KEYS[1], ARGV[1], ARGV[3] == 'lost'
if lost and redis.call('HEXISTS', message, 'closed:' .. id) == 0 then return -1 end
if lost or redis.call('HSETNX', message, 'closed:' .. id, '1') == 0 then
  if redis.call('HGET', message, 'fwd:' .. id) ~= 'delivered' then return -1 end
  if redis.call('HSETNX', message, 'closed:fwd:' .. id, '1') == 0 then return -1 end
end
local open = redis.call('HINCRBY', message, 'open', '-1')
if open <= 0 then
  redis.call('HDEL', message, 'raw')
  redis.call('PEXPIRE', message, ARGV[2])
end
return open
