-- Opens a unit of a message (a forward delivery): idempotent, guarded by the unit's marker field.
-- KEYS: message ; ARGV: unit id. Returns 1.
if redis.call('HSETNX', KEYS[1], 'fwd:' .. ARGV[1], 'queued') == 1 then redis.call('HINCRBY', KEYS[1], 'open', 1) end
return 1
