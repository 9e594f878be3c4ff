-- Opens a unit of a message (a forward delivery): idempotent, guarded by the unit's marker field. The unit's audit
-- event (when given) is written by the step that opens it, so a re-run after a crash neither repeats nor loses it.
-- KEYS: message, audit inbox ; ARGV: unit id, audit event JSON or ''. Returns 1 when it opened the unit now, else 0.
if redis.call('HSETNX', KEYS[1], 'fwd:' .. ARGV[1], 'queued') == 0 then return 0 end
redis.call('HINCRBY', KEYS[1], 'open', '1')
if ARGV[2] ~= '' then redis.call('RPUSH', KEYS[2], ARGV[2]) end
return 1
