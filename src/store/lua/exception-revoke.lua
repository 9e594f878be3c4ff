-- Withdraws a proposal or ends an active exception.
-- KEYS: records, pairs ; ARGV: id, reviewer, nowIso, comment. Returns {outcome, detail}.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return {'not-found', ''} end
local r = cjson.decode(json)
if r.state == 'revoked' then return {'not-pending', r.state} end
r.state = 'revoked'
r.revokedBy = ARGV[2]
r.revokedAt = ARGV[3]
r.revokeComment = ARGV[4]
local out = cjson.encode(r)
redis.call('HSET', KEYS[1], ARGV[1], out)
local pair = r.counterparty .. '|' .. r.entryId
if redis.call('HGET', KEYS[2], pair) == ARGV[1] then redis.call('HDEL', KEYS[2], pair) end
return {'ok', out}
