-- Reads of several hashes of the gateway's one slot in one step: per key, HMGET of its fields, or HGETALL when it has
-- none. KEYS: the hashes, in order (a key may come twice). ARGV: per key its number of fields, then the fields. Replies
-- per key: HMGET's values, or HGETALL's flat field/value list.
--
-- A script, not a pipeline, because every hash is declared as a key: while a Redis Cluster slot migrates, Redis
-- answers TRYAGAIN (ioredis waits and sends again) when some keys have moved and some not, and ASK only when none is
-- left on the source. A pipeline's commands are answered one by one, and after an ASK for some of them ioredis resends
-- them all to the importing node, which answers a key it does not have yet as missing (nil, empty): a record read as
-- gone.
local out = {}
local a = 1
for k = 1, #KEYS do
  local n = tonumber(ARGV[a])
  if n == 0 then
    out[k] = redis.call('HGETALL', KEYS[k])
  else
    local reply = {}
    -- In slices: a unit of a large batch has more fields than unpack() can hand over.
    for i = a + 1, a + n, CP_SLICE do
      local part = redis.call('HMGET', KEYS[k], unpack(ARGV, i, math.min(i + CP_SLICE - 1, a + n)))
      for j = 1, #part do reply[#reply + 1] = part[j] end
    end
    out[k] = reply
  end
  a = a + n + 1
end
return out
