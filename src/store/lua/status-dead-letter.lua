-- A status report that will not be delivered: its dead letter and its audit event, in one step, once. The client sends
-- a command again when its connection dropped before the answer, also one Redis had run: the dead letter is then there
-- already (HSET created no field), and the event is not appended again.
-- KEYS: status dead letters, audit inbox ; ARGV: report id, dead letter JSON, audit event JSON.
-- Returns 1, or 0 when the report was dead-lettered before.
if redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[3])
return 1
