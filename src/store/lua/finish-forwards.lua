-- Records the outcomes of a group of forward units in one step: per unit its state on the message, its transactions'
-- states, its audit event and, when it failed for good, its dead letter; a delivered unit is closed (as
-- close-unit.lua). A dead unit stays open, so the original is kept for the operator who resolves it.
-- KEYS: audit inbox, dead letters, then the message key of each unit, in order
-- ARGV: retention ms, then per unit: forward id, outcome ('delivered' | 'dead'), audit event, dead letter JSON ('' when
--       delivered), n, then n (field, value) pairs of transaction states.
-- Returns per unit: the units still open on its message, -1 when it was closed before, -2 when dead-lettered now, -3
-- when it had this outcome before.
-- Finished before: the client sends a command again when its connection dropped before the answer, also one Redis had
-- run, and a unit may be finished by two runs of its job at once. A unit whose state is already the outcome ('delivered'
-- or 'dead') writes no audit event, no dead letter and closes nothing again: a second 'delivered' or 'dead-lettered'
-- event in the sealed trail would record a delivery that did not happen. The state is read for that (one HGET per
-- unit), not told by the 'closed:fwd:' marker below: a unit delivered by the version before has the marker
-- 'closed:<forward id>' instead. That name was the hold's too (a released hold's forward unit has its hold's id), and
-- the second of the two closes counted nothing: a forward unit's marker is 'closed:fwd:<id>', a hold's 'closed:<id>'
-- (close-unit.lua, which also counts the close such a record lost).
local retention = ARGV[1] -- a string: a Lua number handed to redis.call is formatted back with snprintf
local events, out = {}, {}
local a = 2
for u = 3, #KEYS do
  local message, forwardId, outcome = KEYS[u], ARGV[a], ARGV[a + 1]
  local n = tonumber(ARGV[a + 4])
  -- A delivered unit's 'closed:fwd:<id>' marker goes in the same HSET, first. Every other field exists already on a kept
  -- record (its unit's marker and its transactions' states, written when the unit was opened), so the fields HSET
  -- created say whether the unit was closed before: a group delivered twice closes each unit once. (On a record that
  -- is gone every field is new, as the marker would be: the same as a separate HSETNX.)
  local fields = {}
  if outcome == 'delivered' then fields[1], fields[2] = 'closed:fwd:' .. forwardId, '1' end
  fields[#fields + 1], fields[#fields + 2] = 'fwd:' .. forwardId, outcome
  for i = a + 5, a + 4 + 2 * n do fields[#fields + 1] = ARGV[i] end
  if redis.call('HGET', message, 'fwd:' .. forwardId) == outcome then
    out[#out + 1] = -3
  else
    local closedNow = false
    for i = 1, #fields, CP_SLICE do
      local created = redis.call('HSET', message, unpack(fields, i, math.min(i + CP_SLICE - 1, #fields)))
      if i == 1 then closedNow = outcome == 'delivered' and created > 0 end
    end
    events[#events + 1] = ARGV[a + 2]
    if ARGV[a + 3] ~= '' then redis.call('HSET', KEYS[2], forwardId, ARGV[a + 3]) end
    if outcome ~= 'delivered' then
      out[#out + 1] = -2
    elseif not closedNow then
      out[#out + 1] = -1
    else
      local open = redis.call('HINCRBY', message, 'open', '-1')
      if open <= 0 then
        redis.call('HDEL', message, 'raw')
        redis.call('PEXPIRE', message, retention)
      end
      out[#out + 1] = open
    end
  end
  a = a + 5 + 2 * n
end
if #events > 0 then cp_each_slice('RPUSH', KEYS[1], events) end
return out
