-- Removes the first `count` events of the chain only if the last of them is the one that was exported.
-- KEYS: log, checkpoint ; ARGV: count, expected hash of the last removed event, checkpoint JSON.
local last = redis.call('LINDEX', KEYS[1], tonumber(ARGV[1]) - 1)
if not last then return 'gone' end
if cjson.decode(last).hash ~= ARGV[2] then return 'changed' end
redis.call('LTRIM', KEYS[1], tonumber(ARGV[1]), -1)
redis.call('SET', KEYS[2], ARGV[3])
return 'ok'
