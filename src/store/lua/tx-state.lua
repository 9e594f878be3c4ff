-- A transaction's new state after a decision (forward-queued for a release, rejected), unless its delivery's outcome is
-- recorded already. The client sends a command again when its connection dropped before the answer, also one Redis
-- had run, and the released unit's forward job is queued before this write: another instance may deliver it in
-- between, and a recovery re-run of the decision's effects may come after the delivery. Neither may set
-- 'forward-queued' over 'forwarded' or 'dead-letter' (only finish-forwards.lua writes those, and they are final here).
-- KEYS: message ; ARGV: field ('tx:<i>'), state JSON. Returns 1 when written, 0 when the delivery's outcome was there.
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then
  local stage = cjson.decode(current).stage
  if stage == 'forwarded' or stage == 'dead-letter' then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
