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

/** Words longer than this are measured by editDistance: damerauDistance works out the whole table. */
const MAX_DAMERAU_LENGTH = 40;
/** Rows of damerauDistance's table, grown as words need; cell (i, j) at i * (lb + 2) + j. */
let dlTable = new Int32Array(256);
/** The last row of `a` each letter was seen in (damerauDistance): letters and rows side by side, few per word. */
let dlLetters = new Int32Array(32);
let dlRows = new Int32Array(32);

/**
 * The Damerau–Levenshtein distance (letters put in, left out, changed, two neighbours swapped — and, unlike
 * editDistance, a swapped pair edited again or with a letter put between them: Tahmir / Tahrm is a letter left out
 * and a swap, Berk / Brke two swaps of one letter), giving up above `max` (returns max + 1 then). Typos made one
 * after another touch each other's letters as often as not, and each is still one typo. Only as the second test,
 * after editDistance: this one works out the whole table (words of MAX_DAMERAU_LENGTH letters at most).
 */
export function damerauDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  // (a long word is no name's: the band of editDistance is enough there, and bounded)
  if (la > MAX_DAMERAU_LENGTH || lb > MAX_DAMERAU_LENGTH) return editDistance(a, b, max);
  const w = lb + 2;
  if ((la + 2) * w > dlTable.length) dlTable = new Int32Array(2 * (la + 2) * w);
  if (la > dlLetters.length) {
    dlLetters = new Int32Array(2 * la);
    dlRows = new Int32Array(2 * la);
  }
  const d = dlTable;
  const inf = la + lb + 1;
  let seen = 0;
  // Row and column 0 are the borders the swap rule reaches over; the words start at row and column 2.
  d[0] = inf;
  for (let i = 0; i <= la; i++) {
    d[(i + 1) * w] = inf;
    d[(i + 1) * w + 1] = i;
  }
  for (let j = 0; j <= lb; j++) {
    d[j + 1] = inf;
    d[w + j + 1] = j;
  }
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(i - 1);
    // The last column of this row whose letter was a's letter here.
    let lastMatch = 0;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      // The last row of a with b's letter here (0: none).
      let k = 0;
      for (let s = 0; s < seen; s++) if (dlLetters[s] === cb) k = dlRows[s];
      const l = lastMatch;
      const cost = ca === cb ? 0 : 1;
      if (cost === 0) lastMatch = j;
      let v = d[i * w + j] + cost; // (i-1, j-1)
      const del = d[i * w + j + 1] + 1; // (i-1, j)
      if (del < v) v = del;
      const ins = d[(i + 1) * w + j] + 1; // (i, j-1)
      if (ins < v) v = ins;
      const swap = d[k * w + l] + (i - k - 1) + 1 + (j - l - 1); // (k-1, l-1) and the letters between
      if (swap < v) v = swap;
      d[(i + 1) * w + j + 1] = v;
    }
    let s = 0;
    while (s < seen && dlLetters[s] !== ca) s++;
    if (s === seen) dlLetters[seen++] = ca;
    dlRows[s] = i;
  }
  const r = d[(la + 1) * w + lb + 1];
  return r > max ? max + 1 : r;
}
