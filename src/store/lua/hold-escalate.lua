-- Flags a pending hold as escalated (deadline passed under the escalate policy, post-hoc review overdue), with its
-- audit event in the same step.
-- KEYS: hold, review day, open escalated, audit inbox. ARGV: day kept ms, hold id, audit event JSON.
-- Returns 1 when it was pending, else 0.
if redis.call('HGET', KEYS[1], 'state') ~= 'pending' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'escalated', 'escalated', '1')
redis.call('SADD', KEYS[3], ARGV[2])
cp_escalated(KEYS[2], ARGV[1])
redis.call('RPUSH', KEYS[4], ARGV[3])
return 1
