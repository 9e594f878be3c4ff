-- Closes an open post-hoc item: kept closed for `keep` ms, then it expires; the closed index is trimmed alike.
-- KEYS: item, open items, closed items. ARGV: id, closing JSON, now ms, keep ms.
-- Returns {'closed', ''} | {'not-open', state} | {'not-found', ''}; {'closed', '', 'again'} when this call ran before
-- (the client sent it again after its answer was lost: the item's closing is this call's own, by, at and all).
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'not-found', ''} end
if state == 'closed' and redis.call('HGET', KEYS[1], 'closed') == ARGV[2] then return {'closed', '', 'again'} end
if state ~= 'open' then return {'not-open', state} end
redis.call('HSET', KEYS[1], 'state', 'closed', 'closed', ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', tonumber(ARGV[3]) - tonumber(ARGV[4]))
return {'closed', ''}
