/**
 * Typing slips: the edits a hand makes on a keyboard, as opposed to the edits that turn one name into another.
 *
 * A typist hits a key next to the right one (Tso for Tao, Lrd for Ltd), misses a key (Nda for Nadia), hits two keys
 * at once or one twice (Fooeds, Kkmi) and swaps two neighbouring letters (Jnu for Jun). A different name differs by
 * letters that are not neighbours on any keyboard as often as by ones that are (Tahir / Samir: t / s and h / m are far
 * apart; Tan / Tao: n / o). So an edit made only of slips says "mistyped", where the edit count alone cannot tell a
 * misspelling from another name in a short word.
 *
 * The layout is QWERTY, which most payment software and most keyboards outside France and Germany write with.
 */

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Bit masks of each letter's neighbouring keys (same row left and right, the two above and the two below). */
const NEIGHBOURS = new Int32Array(26);
for (let r = 0; r < ROWS.length; r++) {
  for (let c = 0; c < ROWS[r].length; c++) {
    let mask = 0;
    const add = (row: number, col: number): void => {
      const key = ROWS[row]?.[col];
      if (key !== undefined) mask |= 1 << (key.charCodeAt(0) - 97);
    };
    add(r, c - 1);
    add(r, c + 1);
    // Each row sits half a key to the right of the one above it.
    add(r - 1, c);
    add(r - 1, c + 1);
    add(r + 1, c - 1);
    add(r + 1, c);
    NEIGHBOURS[ROWS[r].charCodeAt(c) - 97] = mask;
  }
}

/** Whether letter codes a and b are keys next to each other (lower-case a–z only). */
export function neighbourKeys(a: number, b: number): boolean {
  const x = a - 97;
  const y = b - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 && (NEIGHBOURS[x] & (1 << y)) !== 0;
}

/** The letters whose keys are next to letter code c's (lower-case a–z; none for another character). */
export function neighbourLetters(c: number): string {
  const x = c - 97;
  if (x < 0 || x >= 26) return '';
  let out = '';
  for (let y = 0; y < 26; y++) if ((NEIGHBOURS[x] & (1 << y)) !== 0) out += String.fromCharCode(97 + y);
  return out;
}

/** Whether typed letter i of `typed` is an extra key: the letter beside it again, or a key next to one beside it. */
function extraKey(typed: string, i: number): boolean {
  const c = typed.charCodeAt(i);
  if (i > 0) {
    const d = typed.charCodeAt(i - 1);
    if (c === d || neighbourKeys(c, d)) return true;
  }
  if (i + 1 < typed.length) {
    const d = typed.charCodeAt(i + 1);
    if (c === d || neighbourKeys(c, d)) return true;
  }
  return false;
}

const OVER = 1 << 20;
/** Rows of the table, per count of missed keys: three rows each (two back for a swap), grown as words need. */
let rows: Int32Array[] = [];
let rowLength = 0;

/**
 * The fewest typing slips that make `typed` of `listed` — a key next to the right one, a key missed, an extra key
 * (the letter beside it again, or a neighbour of a letter beside it), two neighbouring letters swapped — or max + 1
 * when no sequence of at most `max` slips does (another letter in place of one that is no neighbour, an extra letter
 * from elsewhere on the keyboard). Optimal string alignment, as editDistance.
 *
 * Of those slips at most `maxMissed` may be missed keys. A missed key can be any letter, so it shows no hand on a
 * keyboard, and different names differ by a letter left out as often as by anything (Nia / Nadia, Sari / Samir,
 * Amina / Anna, Weber / Werner); a key next to the right one or an extra key beside its neighbour does show one.
 *
 * Only cells within `max` of the diagonal are worked out: each step off it is a slip.
 */
export function slipDistance(typed: string, listed: string, max: number, maxMissed = max): number {
  const la = typed.length;
  const lb = listed.length;
  if (Math.abs(la - lb) > max) return max + 1;
  // One layer of rows per count of keys missed so far; one layer when they are not counted.
  const counted = maxMissed < max;
  const layers = counted ? maxMissed + 1 : 1;
  if (lb + 2 > rowLength || rows.length < 3 * layers) {
    rowLength = Math.max(rowLength, lb + 2, 34);
    rows = Array.from({ length: 3 * Math.max(layers, rows.length / 3) }, () => new Int32Array(rowLength));
  }
  // rows[3b + (i mod 3)]: row i of layer b (at most b keys missed).
  for (let b = 0; b < layers; b++) {
    const row0 = rows[3 * b];
    for (let j = 0; j <= lb; j++) row0[j] = j <= max && (!counted || j <= b) ? j : OVER; // listed letters missed
    row0[lb + 1] = OVER;
  }
  let lastMin = 0;
  for (let i = 1; i <= la; i++) {
    const ca = typed.charCodeAt(i - 1);
    const extra = extraKey(typed, i - 1);
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < lb ? i + max : lb;
    let rowMin = OVER;
    for (let b = 0; b < layers; b++) {
      const prev2 = rows[3 * b + ((i + 1) % 3)];
      const prev = rows[3 * b + ((i + 2) % 3)];
      const cur = rows[3 * b + (i % 3)];
      // The layer a missed key comes from: one fewer missed, or this one when they are not counted.
      const missedFrom = counted ? b - 1 : b;
      const bcur = missedFrom >= 0 ? rows[3 * missedFrom + (i % 3)] : undefined;
      cur[0] = i <= max && extra && prev[0] < OVER ? prev[0] + 1 : OVER;
      if (lo > 1) cur[lo - 1] = OVER;
      if (cur[0] < rowMin) rowMin = cur[0];
      for (let j = lo; j <= hi; j++) {
        const cb = listed.charCodeAt(j - 1);
        let v = ca === cb ? prev[j - 1] : neighbourKeys(ca, cb) ? prev[j - 1] + 1 : OVER;
        if (extra && prev[j] + 1 < v) v = prev[j] + 1;
        // (a missed key: this layer's cell to the left is already worked out when the layer below is this one)
        const left = bcur === undefined ? OVER : bcur[j - 1];
        if (left + 1 < v) v = left + 1;
        if (i > 1 && j > 1 && ca === listed.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === cb && ca !== cb && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (hi < lb) cur[hi + 1] = OVER;
    }
    // (a swap reaches two rows back: give up only when two rows in a row are beyond max)
    if (rowMin > max && lastMin > max) return max + 1;
    lastMin = rowMin;
  }
  let best = OVER;
  for (let b = 0; b < layers; b++) best = Math.min(best, rows[3 * b + (la % 3)][lb]);
  return best > max ? max + 1 : best;
}
