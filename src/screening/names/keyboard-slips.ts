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
  for (const k of [i - 1, i + 1]) {
    if (k < 0 || k >= typed.length) continue;
    const d = typed.charCodeAt(k);
    if (c === d || neighbourKeys(c, d)) return true;
  }
  return false;
}

const OVER = 1 << 20;
let rows: Int32Array[] = [new Int32Array(34), new Int32Array(34), new Int32Array(34)];

/**
 * The fewest typing slips that make `typed` of `listed` — a key next to the right one, a key missed, an extra key
 * (the letter beside it again, or a neighbour of a letter beside it), two neighbouring letters swapped — or max + 1
 * when no sequence of at most `max` slips does (another letter in place of one that is no neighbour, an extra letter
 * from elsewhere on the keyboard). Optimal string alignment, as editDistance; words are short.
 */
export function slipDistance(typed: string, listed: string, max: number): number {
  const la = typed.length;
  const lb = listed.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (lb + 1 > rows[0].length) rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= lb; j++) prev[j] = j; // listed letters missed
  for (let i = 1; i <= la; i++) {
    const ca = typed.charCodeAt(i - 1);
    const extra = extraKey(typed, i - 1);
    cur[0] = extra && prev[0] < OVER ? prev[0] + 1 : OVER;
    let rowMin = cur[0];
    for (let j = 1; j <= lb; j++) {
      const cb = listed.charCodeAt(j - 1);
      let v = ca === cb ? prev[j - 1] : neighbourKeys(ca, cb) ? prev[j - 1] + 1 : OVER;
      if (extra && prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ca === listed.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === cb && ca !== cb && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] > max ? max + 1 : prev[lb];
}
