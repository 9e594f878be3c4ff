-- Each step on a hold (a reviewer's claim, proposal or decision, the gateway's expiry or escalation) keeps what it
-- answered in the hold's own field 'step:<nonce>', the nonce its caller drew for the call. The client sends a command
-- again when its connection dropped before the answer, also one Redis had run; a step that finds its own field ran
-- before, and answers what it answered then, changing nothing: no second audit event, and no new proposal made of a
-- counter-proposal whose escalation already set the first aside. One field per step, not one 'last step' field: a
-- step of another reviewer between the run and the resend must not hide the run (the resend would act a second time).
-- The fields go with the hold's hash (the codec reads only its named fields). It costs no command: the field is read
-- with the hold's state (one HMGET) and written in the HSET of the step's own fields. Put in front of those scripts.
local function cp_step_field(nonce)
  return 'step:' .. nonce
end

local function cp_step(outcome, detail)
  return cjson.encode({outcome, detail})
end

-- {outcome, detail, 'again'} when `stored` (the value of this call's step field) is set, else nil.
local function cp_step_before(stored)
  if not stored then return nil end
  local s = cjson.decode(stored)
  return {s[1], s[2], 'again'}
end
