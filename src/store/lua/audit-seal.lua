-- Appends a batch of sealed events to the audit chain, if this instance still holds the sealer lease and the head
-- has not moved since the batch was sealed against it. The sealer hashed the first `count` inbox events in Node and
-- sends their hashes only: the lines are built here from the inbox itself, the event's text with its link fields in
-- place of its closing brace (as appendLink in src/model/audit.ts), so an event crosses to Redis once, not twice.
-- KEYS: lease, log, head, inbox ; ARGV: token, expected head ('' before the first event), count, then per event its
--       hash (64 hex digits), followed, for an entry of another shape (hashEntry gave a line), by its whole line.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'lease-lost' end
local head = redis.call('GET', KEYS[3]) or ''
if head ~= ARGV[2] then return 'head-moved' end
local n = tonumber(ARGV[3])
-- Only the lease holder removes inbox events (from the front), so these are the events the sealer read and hashed.
local entries = redis.call('LRANGE', KEYS[4], 0, n - 1)
if #entries ~= n then return 'inbox-changed' end
local seq, prev = 0, string.rep('0', 64)
if head ~= '' then
  local s, h = string.match(head, '^(%d+):(%x+)$')
  seq, prev = tonumber(s), h
end
local lines = {}
for i = 1, n do
  local sealed = ARGV[3 + i]
  local hash = string.sub(sealed, 1, 64)
  seq = seq + 1
  if #sealed > 64 then
    lines[i] = string.sub(sealed, 65)
  else
    -- %.14g: seq prints as the integer it is below 10^14.
    lines[i] = string.sub(entries[i], 1, -2) .. ',"seq":' .. seq .. ',"prev":"' .. prev .. '","hash":"' .. hash .. '"}'
  end
  prev = hash
end
cp_each_slice('RPUSH', KEYS[2], lines)
redis.call('SET', KEYS[3], seq .. ':' .. prev)
redis.call('LTRIM', KEYS[4], n, '-1')
return 'ok'
