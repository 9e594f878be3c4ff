-- Appends a batch of sealed events to the audit chain, if this instance still holds the sealer lease and the head
-- has not moved since the batch was sealed against it.
-- KEYS: lease, log, head, inbox ; ARGV: token, expected head ('' before the first event), new head, count, sealed events…
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'lease-lost' end
local head = redis.call('GET', KEYS[3]) or ''
if head ~= ARGV[2] then return 'head-moved' end
cp_each_slice('RPUSH', KEYS[2], ARGV, 5)
redis.call('SET', KEYS[3], ARGV[3])
redis.call('LTRIM', KEYS[4], ARGV[4], '-1')
return 'ok'
