-- Flags a pending hold as escalated. KEYS: hold. Returns 1 when it was pending, else 0.
if redis.call('HGET', KEYS[1], 'state') == 'pending' then
  redis.call('HSET', KEYS[1], 'state', 'escalated', 'escalated', '1')
  return 1
end
return 0
