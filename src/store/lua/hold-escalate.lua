-- Flags a pending hold as escalated (deadline passed under the escalate policy, post-hoc review overdue).
-- KEYS: hold, review day, open escalated. ARGV: day kept ms, hold id. Returns 1 when it was pending, else 0.
if redis.call('HGET', KEYS[1], 'state') ~= 'pending' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'escalated', 'escalated', '1')
redis.call('SADD', KEYS[3], ARGV[2])
cp_escalated(KEYS[2], ARGV[1])
return 1
