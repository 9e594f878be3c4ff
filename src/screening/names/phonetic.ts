/**
 * A coarse phonetic key for folded (ASCII) name tokens, tuned for the spellings that transliteration and
 * national orthographies produce for the same name: Shchukin / Schukin / Chtchoukine, Mohammed / Muhamad,
 * Jurij / Yuri / Iouri, Philipp / Filip. Consonants fall into classes, vowels and h vanish (except a leading
 * vowel, kept as one class), repeats collapse. It is a candidate source and a tie-breaker, never a hit by itself.
 */
import { boundedMemo } from './bounded-memo';

/** Letter groups, longest first, with their class (S sibilant, K velar, F labial, T dental, J palatal). */
const GROUPS: readonly (readonly [string, string])[] = [
  ['shch', 'S'],
  ['tsch', 'S'],
  ['dzh', 'J'],
  ['sch', 'S'],
  ['tch', 'S'],
  ['ch', 'S'],
  ['sh', 'S'],
  ['zh', 'S'],
  ['sz', 'S'],
  ['cz', 'S'],
  ['cs', 'S'],
  ['zs', 'S'],
  ['ts', 'S'],
  ['tz', 'S'],
  ['dz', 'S'],
  ['kh', 'K'],
  ['gh', 'K'],
  ['ck', 'K'],
  ['cq', 'K'],
  ['qu', 'K'],
  ['ph', 'F'],
  ['pf', 'F'],
  ['th', 'T'],
  ['dt', 'T'],
  ['tt', 'T'],
  ['dd', 'T'],
  ['dj', 'J'],
];
const GROUPS_BY_FIRST = new Map<string, (readonly [string, string])[]>();
for (const g of GROUPS) {
  const list = GROUPS_BY_FIRST.get(g[0][0]) ?? [];
  list.push(g);
  GROUPS_BY_FIRST.set(g[0][0], list);
}

const SINGLE: Readonly<Record<string, string>> = {
  b: 'F',
  p: 'F',
  f: 'F',
  v: 'F',
  w: 'F',
  c: 'K',
  k: 'K',
  g: 'K',
  q: 'K',
  x: 'K',
  s: 'S',
  z: 'S',
  d: 'T',
  t: 'T',
  j: 'J',
  l: 'L',
  m: 'N',
  n: 'N',
  r: 'R',
};

/** computePhoneticKey of recent tokens: the same names come again and again. */
export const phoneticKey = boundedMemo(100_000, computePhoneticKey);

/** Character codes of the letters the rules name. */
const C_I = 105;
const C_J = 106;
const C_Y = 121;

/** Per first character code: its groups as character codes, longest first, with the class's code. */
const GROUP_CODES: (readonly (readonly [readonly number[], number])[] | undefined)[] = [];
for (const [first, groups] of GROUPS_BY_FIRST) {
  GROUP_CODES[first.charCodeAt(0)] = groups.map(([letters, cls]) => [[...letters].map((c) => c.charCodeAt(0)), cls.charCodeAt(0)] as const);
}
/** Per first character code: the second characters its groups have, as bits of a–z. */
const GROUP_SECOND = new Int32Array(128);
for (const [first, groups] of GROUPS_BY_FIRST) for (const [letters] of groups) GROUP_SECOND[first.charCodeAt(0)] |= secondBit(letters.charCodeAt(1));

function secondBit(c: number): number {
  return c >= 97 && c <= 122 ? 1 << (c - 97) : 0;
}

/** Class code of a single ASCII character (0: none). */
const SINGLE_CODE = new Uint8Array(128);
for (const [ch, cls] of Object.entries(SINGLE)) SINGLE_CODE[ch.charCodeAt(0)] = cls.charCodeAt(0);
const CLASS_A = 65;
const CLASS_J = 74;
const CLASS_S = 83;

/** Scratch: the token's characters after the ending rule (-1 past the end), and the key's. */
let chars = new Int32Array(64);
let classes = new Uint16Array(64);

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/**
 * One pass over character codes, no cache: for building the index over a whole vocabulary (a million tokens)
 * and for the tokens of each query. The ending rule (ij, iy, yj, ji, j, y → i) rewrites at most the last two
 * characters, so the token is read through `at` rather than copied.
 */
export function computePhoneticKey(token: string): string {
  const length0 = token.length;
  if (length0 === 0) return '';
  // Endings that are a vowel however spelt: Jurij / Yuri, Volkonskij / Volkonsky.
  let kept = length0;
  let endsInI = false;
  if (length0 >= 2) {
    const a = token.charCodeAt(length0 - 2);
    const b = token.charCodeAt(length0 - 1);
    if ((a === C_I && (b === C_J || b === C_Y)) || (a === C_Y && b === C_J) || (a === C_J && b === C_I)) {
      kept = length0 - 2;
      endsInI = true;
    }
  }
  if (!endsInI) {
    const b = token.charCodeAt(length0 - 1);
    if (b === C_J || b === C_Y) {
      kept = length0 - 1;
      endsInI = true;
    }
  }
  const n = endsInI ? kept + 1 : kept;
  if (chars.length < n + 1) {
    chars = new Int32Array(2 * n + 2);
    classes = new Uint16Array(2 * n + 2);
  }
  for (let k = 0; k < kept; k++) chars[k] = token.charCodeAt(k);
  if (endsInI) chars[kept] = C_I;
  chars[n] = -1;
  let out = 0;
  let last = 0;
  let i = 0;
  while (i < n) {
    const ch = chars[i];
    let cls = 0;
    let step = 1;
    let grouped = false;
    const groups = ch < 128 && (GROUP_SECOND[ch] & secondBit(chars[i + 1])) !== 0 ? GROUP_CODES[ch] : undefined;
    if (groups !== undefined) {
      for (const [letters, c] of groups) {
        let match = i + letters.length <= n;
        for (let k = 1; k < letters.length && match; k++) match = chars[i + k] === letters[k];
        if (match) {
          cls = c;
          step = letters.length;
          grouped = true;
          break;
        }
      }
    }
    if (!grouped) {
      const next = chars[i + 1];
      if (isVowel(ch)) cls = i === 0 ? CLASS_A : 0;
      else if (ch === C_Y) cls = isVowel(next) ? CLASS_J : i === 0 ? CLASS_A : 0;
      else if (ch === 99 && (next === 101 || next === C_I || next === C_Y))
        cls = CLASS_S; // c before e, i, y
      else if (ch === 103 && (next === 101 || next === C_I || next === C_Y))
        cls = CLASS_J; // g before e, i, y
      else if (ch >= 48 && ch <= 57) cls = ch;
      else cls = ch < 128 ? SINGLE_CODE[ch] : 0;
    }
    if (cls === 0) {
      // A vowel separates repeated classes (Anna → AN, but Nanna → NN).
      if (isVowel(ch) || ch === C_Y) last = 0;
    } else {
      if (cls !== last) classes[out++] = cls;
      last = cls;
    }
    i += step;
  }
  let key = '';
  for (let k = 0; k < out; k++) key += String.fromCharCode(classes[k]);
  return key;
}
