-- Claims or unclaims a hold for a reviewer, with its audit event in the same step (a crash cannot leave a claim that
-- the trail does not show).
-- KEYS: hold, audit inbox ; ARGV: reviewer, nowIso, 'claim'|'unclaim', audit event JSON. Returns {outcome, detail}.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'not-found', ''} end
if state ~= 'pending' and state ~= 'escalated' then return {'not-pending', state} end
local claimedBy = redis.call('HGET', KEYS[1], 'claimedBy')
if ARGV[3] == 'claim' then
  if claimedBy and claimedBy ~= ARGV[1] then return {'claimed', claimedBy} end
  -- the proposer's part is done: a claim by them would only keep the confirming reviewer out
  local proposalJson = redis.call('HGET', KEYS[1], 'proposal')
  if proposalJson then
    local p = cjson.decode(proposalJson)
    if p.reviewer == ARGV[1] then return {'same-reviewer', p.action} end
  end
  redis.call('HSET', KEYS[1], 'claimedBy', ARGV[1], 'claimedAt', ARGV[2])
  redis.call('RPUSH', KEYS[2], ARGV[4])
  return {'ok', ARGV[1]}
end
if claimedBy and claimedBy ~= ARGV[1] then return {'claimed', claimedBy} end
redis.call('HDEL', KEYS[1], 'claimedBy', 'claimedAt')
redis.call('RPUSH', KEYS[2], ARGV[4])
return {'ok', ''}
