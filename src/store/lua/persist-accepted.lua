-- The accept of a message, all or nothing: duplicate keys, the message record, its holds, the intents of its queue
-- jobs and its audit events. Lists of values go to Redis in variadic commands (slices.lua): a single-transaction
-- message costs a dozen commands, not one per field.
-- KEYS: message, duplicate-message, msgid index, intents, audit inbox, then one duplicate key per transaction key,
--       then one key per hold, then (when the accept cleared payments to keep for rescreening) the forward unit's
--       cleared record and the cleared records by time, then, only when the message has holds or review counts
--       (a clean message has neither, and each key passed costs Redis a string for the script), the holds by
--       created / deadline / score, the review day and the open post-hoc items by deadline and by creation
--       (review-stats.lua).
-- ARGV: gateway id, window ms, retention ms, nDup, nHold, nFields, open units ('0': the record only expires), nIntents,
--       nAudit, then nDup duplicate values, nHold hold JSONs, nFields (field, value) pairs of the message record (with
--       the sealed original among them when units are open: it is kept until they are done), nIntents intents and
--       nAudit audit events, then day kept ms, nCounts and nCounts (field, increment) pairs, then '1', the sealed
--       cleared record, its time (ms), how long it is kept (ms), the forward unit's id and '1' when the index of
--       cleared records is to be trimmed of what expired (the caller asks now and then, not on every accept), or '0'.
--       The cleared record is written here, not after: a crash after the accept would lose it, and a payment cleared
--       just before a kill would never be rescreened.
-- Returns {'stored', id} | {'duplicate', existing id} | {'retry', holder of a transaction key}.
local nDup, nHold, nFields = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local nIntents, nAudit = tonumber(ARGV[8]), tonumber(ARGV[9])
-- The message key and the first transaction keys in one MGET (most messages have a few), the rest in slices.
local first = math.min(5 + nDup, 5 + CP_SLICE - 1)
local seen = redis.call('MGET', KEYS[2], unpack(KEYS, 6, first))
if seen[1] then return {'duplicate', seen[1]} end
for j = 2, #seen do
  if seen[j] then return {'retry', seen[j]} end
end
for i = first + 1, 5 + nDup, CP_SLICE do
  seen = redis.call('MGET', unpack(KEYS, i, math.min(i + CP_SLICE - 1, 5 + nDup)))
  for j = 1, #seen do
    if seen[j] then return {'retry', seen[j]} end
  end
end
local gid = ARGV[1]
-- Numbers Lua only passes on stay strings: a Lua number handed to redis.call is formatted back with snprintf.
local window, retention = ARGV[2], ARGV[3]
redis.call('SET', KEYS[2], gid, 'PX', window)
for i = 1, nDup do redis.call('SET', KEYS[5 + i], ARGV[9 + i], 'PX', window) end
local f0 = 9 + nDup + nHold
local open = tonumber(ARGV[7])
cp_each_slice('HSET', KEYS[1], ARGV, f0 + 1, f0 + 2 * nFields)
local i0 = f0 + 2 * nFields
if open > 0 then
  if nIntents > 0 then cp_each_slice('RPUSH', KEYS[4], ARGV, i0 + 1, i0 + nIntents) end
else
  redis.call('PEXPIRE', KEYS[1], retention)
end
redis.call('SADD', KEYS[3], gid)
redis.call('PEXPIRE', KEYS[3], retention)
-- The holds' and review keys, when passed, are the last six.
local t0 = #KEYS - 6
for i = 1, nHold do
  local h = cjson.decode(ARGV[9 + nDup + i])
  local key = KEYS[5 + nDup + i]
  cp_each_slice('HSET', key, h.fields)
  if h.open then
    redis.call('ZADD', KEYS[t0 + 1], h.created, h.id)
    redis.call('ZADD', KEYS[t0 + 2], h.deadline, h.id)
    redis.call('ZADD', KEYS[t0 + 3], h.score, h.id)
    if h.postHoc then
      redis.call('ZADD', KEYS[t0 + 5], h.deadline, h.id)
      redis.call('ZADD', KEYS[t0 + 6], h.created, h.id)
    end
  end
end
local a0 = i0 + nIntents
if nAudit > 0 then cp_each_slice('RPUSH', KEYS[5], ARGV, a0 + 1, a0 + nAudit) end
local c0 = a0 + nAudit
local kept, nCounts = ARGV[c0 + 1], tonumber(ARGV[c0 + 2])
for i = 1, nCounts do cp_count(KEYS[t0 + 4], kept, ARGV[c0 + 1 + 2 * i], ARGV[c0 + 2 + 2 * i]) end
local z0 = c0 + 2 + 2 * nCounts
if ARGV[z0 + 1] == '1' then
  local at, keep = ARGV[z0 + 3], ARGV[z0 + 4]
  local record, byTime = KEYS[6 + nDup + nHold], KEYS[7 + nDup + nHold]
  redis.call('SET', record, ARGV[z0 + 2], 'PX', keep)
  redis.call('ZADD', byTime, at, ARGV[z0 + 5])
  if ARGV[z0 + 6] == '1' then redis.call('ZREMRANGEBYSCORE', byTime, '-inf', tonumber(at) - tonumber(keep)) end
end
return {'stored', gid}
