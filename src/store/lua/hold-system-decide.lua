-- A decision taken by the gateway itself (deadline expiry), only from one of the expected states, with its audit event
-- in the same step.
-- KEYS: hold, byCreated, byDeadline, byScore, decided, pendingEffects, review day, open post-hoc by deadline / by
--       creation, open escalated, audit inbox
-- ARGV: expected states (comma-separated), new state, decision JSON, nowMs, hold id, day kept ms, audit event JSON, the
--       call's nonce (hold-step.lua).
-- Returns 'ok' or the hold's state; 'again' when this call ran before (its answer was lost): nothing changed.
local h = redis.call('HMGET', KEYS[1], 'state', cp_step_field(ARGV[8]))
local state = h[1]
if not state then return 'not-found' end
if cp_step_before(h[2]) then return 'again' end
local ok = false
for s in string.gmatch(ARGV[1], '[^,]+') do if s == state then ok = true end end
if not ok then return state end
cp_decided(KEYS[7], ARGV[6], KEYS[1], KEYS[2], ARGV[5], ARGV[2], ARGV[4])
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'decision', ARGV[3], cp_step_field(ARGV[8]), cp_step('ok', ''))
redis.call('HDEL', KEYS[1], 'claimedBy', 'claimedAt', 'proposal')
redis.call('ZREM', KEYS[2], ARGV[5]); redis.call('ZREM', KEYS[3], ARGV[5]); redis.call('ZREM', KEYS[4], ARGV[5])
redis.call('ZREM', KEYS[8], ARGV[5]); redis.call('ZREM', KEYS[9], ARGV[5]); redis.call('SREM', KEYS[10], ARGV[5])
redis.call('ZADD', KEYS[5], tonumber(ARGV[4]), ARGV[5])
redis.call('SADD', KEYS[6], ARGV[5])
redis.call('RPUSH', KEYS[11], ARGV[7])
return 'ok'
