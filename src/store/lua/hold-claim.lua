-- Claims or unclaims a hold for a reviewer, with its audit event in the same step (a crash cannot leave a claim that
-- the trail does not show).
-- KEYS: hold, audit inbox ; ARGV: reviewer, nowIso, 'claim'|'unclaim', audit event JSON, the call's nonce
-- (hold-step.lua). Returns {outcome, detail}; {outcome, detail, 'again'} when this call ran before (its answer was
-- lost): what it answered then, and no second event.
local h = redis.call('HMGET', KEYS[1], 'state', 'claimedBy', 'proposal', cp_step_field(ARGV[5]))
local state, claimedBy, proposalJson = h[1], h[2], h[3]
if not state then return {'not-found', ''} end
local before = cp_step_before(h[4])
if before then return before end
if state ~= 'pending' and state ~= 'escalated' then return {'not-pending', state} end
if ARGV[3] == 'claim' then
  if claimedBy and claimedBy ~= ARGV[1] then return {'claimed', claimedBy} end
  -- the proposer's part is done: a claim by them would only keep the confirming reviewer out
  if proposalJson then
    local p = cjson.decode(proposalJson)
    if p.reviewer == ARGV[1] then return {'same-reviewer', p.action} end
  end
  redis.call('HSET', KEYS[1], 'claimedBy', ARGV[1], 'claimedAt', ARGV[2], cp_step_field(ARGV[5]), cp_step('ok', ARGV[1]))
  redis.call('RPUSH', KEYS[2], ARGV[4])
  return {'ok', ARGV[1]}
end
if claimedBy and claimedBy ~= ARGV[1] then return {'claimed', claimedBy} end
redis.call('HDEL', KEYS[1], 'claimedBy', 'claimedAt')
redis.call('HSET', KEYS[1], cp_step_field(ARGV[5]), cp_step('ok', ''))
redis.call('RPUSH', KEYS[2], ARGV[4])
return {'ok', ''}
