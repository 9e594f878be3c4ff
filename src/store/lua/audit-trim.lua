-- Removes the first `count` events of the chain only if the last of them is the one that was exported.
-- KEYS: log, checkpoint ; ARGV: count, expected hash of the last removed event, checkpoint JSON.
-- Returns 'ok', 'gone', 'changed', or 'again' when this trim ran before (the client sent it again after its answer was
-- lost): the checkpoint is then this call's own (it names the time the call was made). Nothing is removed again.
local last = redis.call('LINDEX', KEYS[1], tonumber(ARGV[1]) - 1)
if not last or cjson.decode(last).hash ~= ARGV[2] then
  if redis.call('GET', KEYS[2]) == ARGV[3] then return 'again' end
end
if not last then return 'gone' end
if cjson.decode(last).hash ~= ARGV[2] then return 'changed' end
redis.call('LTRIM', KEYS[1], tonumber(ARGV[1]), -1)
redis.call('SET', KEYS[2], ARGV[3])
return 'ok'
