-- Closes an open post-hoc item: kept closed for `keep` ms, then it expires; the closed index is trimmed alike.
-- KEYS: item, open items, closed items. ARGV: id, closing JSON, now ms, keep ms.
-- Returns {'closed', ''} | {'not-open', state} | {'not-found', ''}.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'not-found', ''} end
if state ~= 'open' then return {'not-open', state} end
redis.call('HSET', KEYS[1], 'state', 'closed', 'closed', ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', tonumber(ARGV[3]) - tonumber(ARGV[4]))
return {'closed', ''}
