-- Per-day aggregates of the review work (store/review-stats.ts), updated inside the scripts that accept messages and
-- decide holds, so the figures move in the same atomic step as what they count. Put in front of those scripts.
-- Upper bounds (ms) of the time-to-decision buckets; the last bucket holds everything longer. Same list as
-- TTD_BOUNDS_MS in review-stats.ts (a test compares them).
local CP_TTD = {30000, 60000, 120000, 180000, 300000, 450000, 600000, 900000, 1200000, 1800000, 2700000, 3600000, 5400000, 7200000, 10800000, 14400000, 21600000, 28800000, 43200000, 64800000, 86400000, 129600000, 172800000, 259200000, 345600000, 432000000, 604800000, 1209600000, 2592000000}

local function cp_count(dayKey, keptMs, field, n)
  redis.call('HINCRBY', dayKey, field, n)
  redis.call('PEXPIRE', dayKey, keptMs)
end

-- A final decision (released, rejected, expired) of a hold still in the open sets. Post-hoc items count as findings;
-- a reviewer's release or reject of a hold also counts its time from held to decided.
local function cp_decided(dayKey, keptMs, holdKey, createdSet, holdId, state, nowMs)
  local facets = redis.call('HGET', holdKey, 'facets') or ''
  if string.find(facets, '"postHoc":true', 1, true) then
    local finding = state
    if state == 'released' then finding = 'finding:false-positive' elseif state == 'rejected' then finding = 'finding:match' end
    cp_count(dayKey, keptMs, finding, '1')
    return
  end
  cp_count(dayKey, keptMs, state, '1')
  if state ~= 'released' and state ~= 'rejected' then return end
  local created = redis.call('ZSCORE', createdSet, holdId)
  if not created then return end
  local took = math.max(0, math.floor(tonumber(nowMs) - tonumber(created)))
  local bucket = #CP_TTD + 1
  for i = 1, #CP_TTD do
    if took <= CP_TTD[i] then bucket = i break end
  end
  cp_count(dayKey, keptMs, 'ttd:' .. bucket, '1')
  cp_count(dayKey, keptMs, 'ttd:n', '1')
  cp_count(dayKey, keptMs, 'ttd:ms', took)
end

local function cp_escalated(dayKey, keptMs)
  cp_count(dayKey, keptMs, 'escalated', '1')
end
