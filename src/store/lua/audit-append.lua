-- Appends recorded events to the audit inbox, once per call. The client sends a command again when its connection
-- dropped before the answer, also one Redis had run: the call's nonce, kept for a while, says it ran before, and then
-- nothing is appended again (a duplicated event in the sealed trail is a false record).
-- KEYS: inbox, the call's nonce key ; ARGV: how long the nonce is kept (ms), the events. Returns 1, or 0 when it ran before.
if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[1]) then return 0 end
cp_each_slice('RPUSH', KEYS[1], ARGV, 2)
return 1
