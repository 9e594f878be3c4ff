-- Takes the lease if free, extends it if ours. KEYS: lease ; ARGV: token, ttl ms. Returns 1 when held, else 0.
local v = redis.call('GET', KEYS[1])
if v == false then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0
