-- Variadic commands over long lists of values, in slices: one call per thousand values instead of one per value, and
-- never more at once than unpack() can hand over (a few thousand). Put in front of the scripts that use it.
local CP_SLICE = 1000

-- command(key, values[from..to]) in slices; `to` defaults to the end. For HSET, pass an even number of values.
local function cp_each_slice(command, key, values, from, to)
  to = to or #values
  for i = from or 1, to, CP_SLICE do redis.call(command, key, unpack(values, i, math.min(i + CP_SLICE - 1, to))) end
end
