-- Appends a batch of sealed events to the audit chain, if this instance still holds the sealer lease and the head
-- has not moved since the batch was sealed against it.
-- KEYS: lease, log, head, inbox ; ARGV: token, expected head ('' before the first event), new head, count, sealed events…
-- Returns 'ok', 'lease-lost', 'head-moved', or 'again' when this batch was appended before: the client sends a command
-- again when its connection dropped before the answer, also one Redis had run, and the head is then this batch's
-- last event (seq and hash: no other batch ends there). Nothing is appended or trimmed again.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'lease-lost' end
local head = redis.call('GET', KEYS[3]) or ''
if head == ARGV[3] then return 'again' end
if head ~= ARGV[2] then return 'head-moved' end
cp_each_slice('RPUSH', KEYS[2], ARGV, 5)
redis.call('SET', KEYS[3], ARGV[3])
redis.call('LTRIM', KEYS[4], ARGV[4], '-1')
return 'ok'
