-- The last step on a hold (a reviewer's claim, proposal or decision, the gateway's expiry or escalation), in the hold's
-- 'step' field: the nonce its caller drew for the call and what the step answered. The client sends a command again
-- when its connection dropped before the answer, also one Redis had run; a step that finds its own nonce there ran
-- before, and answers what it answered then, changing nothing: no second audit event, and no new proposal made of a
-- counter-proposal whose escalation already set the first aside. It costs no command: the field is read with the
-- hold's state (one HMGET) and written in the HSET of the step's own fields. Put in front of those scripts.
local function cp_step(nonce, outcome, detail)
  return nonce .. '\n' .. cjson.encode({outcome, detail})
end

-- {outcome, detail, 'again'} when `stored` is the step of this call (`nonce`), else nil.
local function cp_step_before(stored, nonce)
  if not stored or string.sub(stored, 1, #nonce + 1) ~= nonce .. '\n' then return nil end
  local s = cjson.decode(string.sub(stored, #nonce + 2))
  return {s[1], s[2], 'again'}
end
