-- Flags a pending hold as escalated (deadline passed under the escalate policy, post-hoc review overdue), with its
-- audit event in the same step.
-- KEYS: hold, review day, open escalated, audit inbox. ARGV: day kept ms, hold id, audit event JSON, the call's nonce
-- (hold-step.lua).
-- Returns 1 when it was pending, else 0; 2 when this call ran before (its answer was lost): nothing changed.
local h = redis.call('HMGET', KEYS[1], 'state', cp_step_field(ARGV[4]))
if cp_step_before(h[2]) then return 2 end
if h[1] ~= 'pending' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'escalated', 'escalated', '1', cp_step_field(ARGV[4]), cp_step('ok', ''))
redis.call('SADD', KEYS[3], ARGV[2])
cp_escalated(KEYS[2], ARGV[1])
redis.call('RPUSH', KEYS[4], ARGV[3])
return 1
