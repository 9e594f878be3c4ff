-- Stores a new exception proposal unless its (payee, entry) pair has one proposed or active already.
-- KEYS: records, pairs ; ARGV: id, pair, record JSON, nowIso. Returns {'ok', id} | {'exists', id}; {'ok', id, 'again'}
-- when this call ran before: the client sends a command again when its connection dropped before the answer, also
-- one Redis had run, and the record of this very proposal is then there (its id is new per call). The record, not the
-- pair: a revocation between the run and the resend removes the pair, and the resend would bring the exception back.
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return {'ok', ARGV[1], 'again'} end
local held = redis.call('HGET', KEYS[2], ARGV[2])
if held then
  local json = redis.call('HGET', KEYS[1], held)
  if json then
    local r = cjson.decode(json)
    -- an active exception past its expiry no longer blocks the pair
    if r.state == 'proposed' or (r.state == 'active' and r.expiresAt and r.expiresAt > ARGV[4]) then return {'exists', held} end
  end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
return {'ok', ARGV[1]}
