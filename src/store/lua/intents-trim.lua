-- Removes the intents a dispatcher has moved into BullMQ, if it still holds the dispatcher lease and they are still at
-- the head of the list. The client sends a command again when its connection dropped before the answer (the request
-- connection's retry), so this may run a second time after Redis already ran it, with intents of later accepts at the
-- head by then: trimming "the first count" again would drop those, and their payments would never be forwarded.
-- Intents are only appended (the accept) and removed from the head (here), and each is unique (it names its message
-- or hold), so the batch is still at the head exactly when its last intent is at index count - 1.
-- KEYS: lease, intents ; ARGV: token, count, the batch's last intent.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'lease-lost' end
if redis.call('LINDEX', KEYS[2], tonumber(ARGV[2]) - 1) ~= ARGV[3] then return 'gone' end
redis.call('LTRIM', KEYS[2], ARGV[2], '-1')
return 'ok'
