-- Removes the intents a dispatcher has moved into BullMQ, if it still holds the dispatcher lease.
-- KEYS: lease, intents ; ARGV: token, count.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'lease-lost' end
redis.call('LTRIM', KEYS[2], ARGV[2], '-1')
return 'ok'
