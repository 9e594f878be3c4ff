/** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4), for short tokens; allocation-free. */

/** Match flags of the two strings, one bit per character in 32-bit words (cleared per call, few words). */
let flagsA = new Int32Array(4);
let flagsB = new Int32Array(4);

/**
 * Jaro similarity. The match flags are bits, not bytes: a call clears a word or two instead of two arrays —
 * this runs for every sound-alike and typo candidate.
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const wa = (la + 31) >> 5;
  const wb = (lb + 31) >> 5;
  if (wa > flagsA.length) flagsA = new Int32Array(2 * wa);
  if (wb > flagsB.length) flagsB = new Int32Array(2 * wb);
  const fa = flagsA;
  const fb = flagsB;
  for (let w = 0; w < wa; w++) fa[w] = 0;
  for (let w = 0; w < wb; w++) fb[w] = 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = i > window ? i - window : 0;
    const hi = i + window < lb - 1 ? i + window : lb - 1;
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if ((fb[j >> 5] & (1 << (j & 31))) === 0 && b.charCodeAt(j) === c) {
        fa[i >> 5] |= 1 << (i & 31);
        fb[j >> 5] |= 1 << (j & 31);
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if ((fa[i >> 5] & (1 << (i & 31))) === 0) continue;
    while ((fb[k >> 5] & (1 << (k & 31))) === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

let row0 = new Int32Array(64);
let row1 = new Int32Array(64);
let row2 = new Int32Array(64);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up above `max` (returns max + 1
 * then). Jaro-Winkler grades similarity; this decides whether a difference is a typo at all. Only the band of
 * cells within `max` of the diagonal is computed: a cell farther away is above `max` anyway.
 */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (lb + 2 > row0.length) {
    row0 = new Int32Array((lb + 2) * 2);
    row1 = new Int32Array((lb + 2) * 2);
    row2 = new Int32Array((lb + 2) * 2);
  }
  const over = max + 1;
  // row2 = i-2, row1 = i-1, row0 = i; cells outside a row's band hold `over`.
  let prev2 = row2;
  let prev = row1;
  let cur = row0;
  for (let j = 0; j <= lb + 1; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= la; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < lb ? i + max : lb;
    cur[lo - 1] = lo === 1 ? (i <= max ? i : over) : over;
    if (hi + 1 <= lb) cur[hi + 1] = over;
    let rowMin = cur[lo - 1];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ca === cb ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}
