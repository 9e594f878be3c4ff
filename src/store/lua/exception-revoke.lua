-- Withdraws a proposal or ends an active exception.
-- KEYS: records, pairs ; ARGV: id, reviewer, nowIso, comment. Returns {outcome, detail}; {'ok', record, 'again'} when
-- this call ran before (the client sent it again after its answer was lost): revoked by this reviewer at this call's
-- time. Answered 'not-pending' instead, the caller would have recorded no event of the revocation.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return {'not-found', ''} end
local r = cjson.decode(json)
if r.state == 'revoked' and r.revokedBy == ARGV[2] and r.revokedAt == ARGV[3] then return {'ok', json, 'again'} end
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
