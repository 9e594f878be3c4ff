-- Opens a post-hoc item once: its id is derived from the list version and the payment, so a rescreen repeated
-- after a crash finds it and changes nothing (a closed item is not opened again).
-- KEYS: item, open items. ARGV: id, sealed body, opened ms. Returns 1 when opened, 0 when it existed.
if redis.call('HSETNX', KEYS[1], 'body', ARGV[2]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'state', 'open')
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return 1
