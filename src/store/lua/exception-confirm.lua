-- A second reviewer confirms a proposed exception.
-- KEYS: records ; ARGV: id, reviewer, nowIso, comment, expiresAtIso. Returns {outcome, detail}; {'ok', record,
-- 'again'} when this call ran before (the client sent it again after its answer was lost): confirmed by this reviewer
-- at this call's time. Answered 'not-pending' instead, the caller would have recorded no event of the confirmation.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return {'not-found', ''} end
local r = cjson.decode(json)
if r.state == 'active' and r.confirmedBy == ARGV[2] and r.confirmedAt == ARGV[3] then return {'ok', json, 'again'} end
if r.state ~= 'proposed' then return {'not-pending', r.state} end
if r.proposedBy == ARGV[2] then return {'same-reviewer', r.proposedBy} end
r.state = 'active'
r.confirmedBy = ARGV[2]
r.confirmedAt = ARGV[3]
r.confirmComment = ARGV[4]
r.expiresAt = ARGV[5]
local out = cjson.encode(r)
redis.call('HSET', KEYS[1], ARGV[1], out)
return {'ok', out}
