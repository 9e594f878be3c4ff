-- The accept of a message, all or nothing: duplicate keys, the message record, its holds, the intents of its queue
-- jobs and its audit events. Lists of values go to Redis in variadic commands (slices.lua): a single-transaction
-- message costs a dozen commands, not one per field.
-- KEYS: message, duplicate-message, msgid index, intents, holds by created / deadline / score, audit inbox,
--       then one duplicate key per transaction key, then one key per hold, then (when the accept cleared payments to
--       keep for rescreening) the forward unit's cleared record and the cleared records by time, then the review day
--       and the open post-hoc items by deadline and by creation (review-stats.lua).
-- ARGV: gateway id, window ms, retention ms, nDup, nHold, nFields, raw body, nIntents, nAudit,
--       then nDup duplicate values, nHold hold JSONs, nFields (field, value) pairs of the message record (one of them
--       'open': the units still to finish), nIntents intents and nAudit audit events, then day kept ms, nCounts and
--       nCounts (field, increment) pairs, then '1', the sealed cleared record, its time (ms), how long it is kept (ms)
--       and the forward unit's id, or '0'. The cleared record is written here, not after: a crash after the accept
--       would lose it, and a payment cleared just before a kill would never be rescreened.
-- Returns {'stored', id} | {'duplicate', existing id} | {'retry', holder of a transaction key}.
local nDup, nHold, nFields = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local nIntents, nAudit = tonumber(ARGV[8]), tonumber(ARGV[9])
local existing = redis.call('GET', KEYS[2])
if existing then return {'duplicate', existing} end
for i = 9, 8 + nDup, CP_SLICE do
  local seen = redis.call('MGET', unpack(KEYS, i, math.min(i + CP_SLICE - 1, 8 + nDup)))
  for j = 1, #seen do
    if seen[j] then return {'retry', seen[j]} end
  end
end
local gid = ARGV[1]
local window = tonumber(ARGV[2])
local retention = tonumber(ARGV[3])
redis.call('SET', KEYS[2], gid, 'PX', window)
for i = 1, nDup do redis.call('SET', KEYS[8 + i], ARGV[9 + i], 'PX', window) end
local f0 = 9 + nDup + nHold
local open = 0
for i = f0 + 1, f0 + 2 * nFields, 2 do
  if ARGV[i] == 'open' then open = tonumber(ARGV[i + 1]) end
end
cp_each_slice('HSET', KEYS[1], ARGV, f0 + 1, f0 + 2 * nFields)
local i0 = f0 + 2 * nFields
if open > 0 then
  redis.call('HSET', KEYS[1], 'raw', ARGV[7])
  if nIntents > 0 then cp_each_slice('RPUSH', KEYS[4], ARGV, i0 + 1, i0 + nIntents) end
else
  redis.call('PEXPIRE', KEYS[1], retention)
end
redis.call('SADD', KEYS[3], gid)
redis.call('PEXPIRE', KEYS[3], retention)
for i = 1, nHold do
  local h = cjson.decode(ARGV[9 + nDup + i])
  local key = KEYS[8 + nDup + i]
  cp_each_slice('HSET', key, h.fields)
  if h.open then
    redis.call('ZADD', KEYS[5], h.created, h.id)
    redis.call('ZADD', KEYS[6], h.deadline, h.id)
    redis.call('ZADD', KEYS[7], h.score, h.id)
    if h.postHoc then
      redis.call('ZADD', KEYS[#KEYS - 1], h.deadline, h.id)
      redis.call('ZADD', KEYS[#KEYS], h.created, h.id)
    end
  end
end
local a0 = i0 + nIntents
if nAudit > 0 then cp_each_slice('RPUSH', KEYS[8], ARGV, a0 + 1, a0 + nAudit) end
local c0 = a0 + nAudit
local kept, nCounts = ARGV[c0 + 1], tonumber(ARGV[c0 + 2])
for i = 1, nCounts do cp_count(KEYS[#KEYS - 2], kept, ARGV[c0 + 1 + 2 * i], tonumber(ARGV[c0 + 2 + 2 * i])) end
local z0 = c0 + 2 + 2 * nCounts
if ARGV[z0 + 1] == '1' then
  local at, keep = tonumber(ARGV[z0 + 3]), tonumber(ARGV[z0 + 4])
  local record, byTime = KEYS[9 + nDup + nHold], KEYS[10 + nDup + nHold]
  redis.call('SET', record, ARGV[z0 + 2], 'PX', keep)
  redis.call('ZADD', byTime, at, ARGV[z0 + 5])
  redis.call('ZREMRANGEBYSCORE', byTime, '-inf', at - keep)
end
return {'stored', gid}
