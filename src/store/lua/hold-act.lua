-- A reviewer's release or reject of a hold: claim checks, four-eyes proposal and confirmation, conflict rule.
-- KEYS: hold, byCreated, byDeadline, byScore, decided, pendingEffects, review day, open post-hoc by deadline / by
--       creation, open escalated, audit inbox
-- ARGV: action, reviewer, comment, reason, nowIso, nowMs, fourEyes ('1'|'0'), conflictRule ('escalate'|'keep'), holdId,
--       day kept ms, message id (for the audit events; the hold's body is sealed), the call's nonce (hold-step.lua)
-- Returns {outcome, detail}: outcome is decided | proposed | not-pending | not-found | claimed | same-reviewer | conflict;
-- {outcome, detail, 'again'} when this call ran before (its answer was lost): what it answered then, nothing changed.
local h = redis.call('HMGET', KEYS[1], 'state', 'proposal', 'claimedBy', cp_step_field(ARGV[12]))
local state, proposalJson, claimedBy = h[1], h[2], h[3]
if not state then return {'not-found', ''} end
local before = cp_step_before(h[4])
if before then return before end
if state ~= 'pending' and state ~= 'escalated' then return {'not-pending', state} end
local action, reviewer = ARGV[1], ARGV[2]
-- an absent reason is nil, so cjson leaves the field out instead of writing an empty string
local reason = nil
if ARGV[4] ~= '' then reason = ARGV[4] end
local mine = cjson.encode({action = action, reviewer = reviewer, comment = ARGV[3], reason = reason, at = ARGV[5]})
-- The reviewer's step goes to the audit inbox in this same script: a gateway that dies right after it cannot leave a
-- proposal, confirmation or escalation that happened without its event (a resend then only finds the hold decided).
local function audit(kind, data)
  redis.call('RPUSH', KEYS[11], cjson.encode({type = kind, messageId = ARGV[11], holdId = ARGV[9], at = ARGV[5], actor = reviewer, data = data}))
end
local function decide(decisionJson)
  local final = (action == 'release') and 'released' or 'rejected'
  cp_decided(KEYS[7], ARGV[10], KEYS[1], KEYS[2], ARGV[9], final, ARGV[6])
  redis.call('HSET', KEYS[1], 'state', final, 'decision', decisionJson, cp_step_field(ARGV[12]), cp_step('decided', decisionJson))
  redis.call('HDEL', KEYS[1], 'claimedBy', 'claimedAt')
  redis.call('ZREM', KEYS[2], ARGV[9]); redis.call('ZREM', KEYS[3], ARGV[9]); redis.call('ZREM', KEYS[4], ARGV[9])
  redis.call('ZREM', KEYS[8], ARGV[9]); redis.call('ZREM', KEYS[9], ARGV[9]); redis.call('SREM', KEYS[10], ARGV[9])
  redis.call('ZADD', KEYS[5], tonumber(ARGV[6]), ARGV[9])
  redis.call('SADD', KEYS[6], ARGV[9])
  return {'decided', decisionJson}
end
if not proposalJson then
  if claimedBy and claimedBy ~= reviewer then return {'claimed', claimedBy} end
  if ARGV[7] == '1' then
    redis.call('HSET', KEYS[1], 'proposal', mine, cp_step_field(ARGV[12]), cp_step('proposed', mine))
    redis.call('HDEL', KEYS[1], 'claimedBy', 'claimedAt')
    audit('proposed', {action = action, reason = reason, comment = ARGV[3]})
    return {'proposed', mine}
  end
  return decide(mine)
end
local p = cjson.decode(proposalJson)
if p.reviewer == reviewer then return {'same-reviewer', proposalJson} end
if claimedBy and claimedBy ~= reviewer then return {'claimed', claimedBy} end
if p.action ~= action then
  if ARGV[8] == 'escalate' then
    redis.call('HSET', KEYS[1], 'state', 'escalated', 'escalated', '1', cp_step_field(ARGV[12]), cp_step('conflict', proposalJson))
    redis.call('HDEL', KEYS[1], 'proposal')
    redis.call('SADD', KEYS[10], ARGV[9])
    cp_escalated(KEYS[7], ARGV[10])
    audit('escalated', {why = 'opposite proposals', proposed = p.action, proposedBy = p.reviewer, counter = action, comment = ARGV[3]})
    return {'conflict', proposalJson}
  end
  return {'conflict', proposalJson}
end
p.confirmedBy = reviewer
p.confirmComment = ARGV[3]
p.confirmedAt = ARGV[5]
audit('confirmed', {action = action, proposedBy = p.reviewer, comment = ARGV[3]})
return decide(cjson.encode(p))
