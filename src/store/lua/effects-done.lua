-- The effects of a decision are done: the recovery marker goes, and the decision's final audit event is written in the
-- same step, by whichever run (the decision's own or a recovery) removes the marker first: once, never lost.
-- KEYS: pending effects, audit inbox ; ARGV: hold id, audit event JSON or ''. Returns 1 when it removed the marker.
if redis.call('SREM', KEYS[1], ARGV[1]) == 0 then return 0 end
if ARGV[2] ~= '' then redis.call('RPUSH', KEYS[2], ARGV[2]) end
return 1
