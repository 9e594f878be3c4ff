// @ts-check
// Where each hit occurs inside the payee field it was found in: character ranges, then the field's text cut into
// segments each covered by zero or more hits. A hit whose value cannot be located marks the whole field.

/** Ranges [start, end) of the hits (numbered by their position in `hits`) that occur in this field. */
export function hitRanges(field, hits) {
  const ranges = [];
  hits.forEach((hit, i) => {
    if (hit.field !== field.path) return;
    const value = field.value;
    let at = hit.value ? value.indexOf(hit.value) : -1;
    if (at < 0 && hit.value) {
      const lower = value.toLowerCase();
      const needle = hit.value.toLowerCase();
      // toLowerCase keeps lengths for the scripts in payments; if it did not, mark the whole field rather than guess
      if (lower.length === value.length) at = lower.indexOf(needle);
    }
    if (at >= 0 && hit.value.length > 0) ranges.push({ start: at, end: at + hit.value.length, hit: i });
    else ranges.push({ start: 0, end: value.length, hit: i });
  });
  return ranges;
}

/** The field's text as segments: { text, hits: [hit numbers covering it] }. */
export function segments(value, ranges) {
  const cuts = new Set([0, value.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const hits = ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.hit);
    out.push({ text: value.slice(a, b), hits: [...new Set(hits)] });
  }
  return out;
}

/** Hits whose field is none of the payee fields shown (still listed, never silently dropped). */
export function unplacedHits(fields, hits) {
  const paths = new Set(fields.map((f) => f.path));
  return hits.map((h, i) => ({ h, i })).filter(({ h }) => !paths.has(h.field));
}
