-- Adds a rescreen (a re-evaluation after a list change) to an open hold, once per list version: repeated after a
-- crash, it changes nothing. The rescreens are a JSON array built by appending (cjson would turn empty arrays
-- into objects on a round trip).
-- KEYS: hold. ARGV: list version, rescreen JSON. Returns 1 when added, 0 when not open or added before.
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'pending' and state ~= 'escalated' then return 0 end
if redis.call('HSETNX', KEYS[1], 'rescreened:' .. ARGV[1], '1') == 0 then return 0 end
local list = redis.call('HGET', KEYS[1], 'rescreens')
if list then
  list = string.sub(list, 1, -2) .. ',' .. ARGV[2] .. ']'
else
  list = '[' .. ARGV[2] .. ']'
end
redis.call('HSET', KEYS[1], 'rescreens', list)
return 1
