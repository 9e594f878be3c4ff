/**
 * A coarse phonetic key for folded (ASCII) name tokens, tuned for the spellings that transliteration and
 * national orthographies produce for the same name: Shchukin / Schukin / Chtchoukine, Mohammed / Muhamad,
 * Jurij / Yuri / Iouri, Philipp / Filip. Consonants fall into classes, vowels and h vanish (except a leading
 * vowel, kept as one class), repeats collapse. It is a candidate source and a tie-breaker, never a hit by itself.
 */

/** Letter groups, longest first, with their class (S sibilant, K velar, F labial, T dental, J palatal). */
const GROUPS: readonly (readonly [string, string])[] = [
  ['shch', 'S'], ['tsch', 'S'], ['dzh', 'J'], ['sch', 'S'], ['tch', 'S'],
  ['ch', 'S'], ['sh', 'S'], ['zh', 'S'], ['sz', 'S'], ['cz', 'S'], ['cs', 'S'], ['zs', 'S'], ['ts', 'S'], ['tz', 'S'], ['dz', 'S'],
  ['kh', 'K'], ['gh', 'K'], ['ck', 'K'], ['cq', 'K'], ['qu', 'K'], ['ph', 'F'], ['pf', 'F'], ['th', 'T'], ['dt', 'T'], ['tt', 'T'],
  ['dd', 'T'], ['dj', 'J'],
];
const GROUPS_BY_FIRST = new Map<string, (readonly [string, string])[]>();
for (const g of GROUPS) {
  const list = GROUPS_BY_FIRST.get(g[0][0]) ?? [];
  list.push(g);
  GROUPS_BY_FIRST.set(g[0][0], list);
}

const SINGLE: Readonly<Record<string, string>> = {
  b: 'F', p: 'F', f: 'F', v: 'F', w: 'F', c: 'K', k: 'K', g: 'K', q: 'K', x: 'K', s: 'S', z: 'S', d: 'T', t: 'T', j: 'J',
  l: 'L', m: 'N', n: 'N', r: 'R',
};

const VOWELS = 'aeiou';
const SOFTENING = 'eiy';

/** Keys of recent tokens: the same names come again and again. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

export function phoneticKey(token: string): string {
  let key = cache.get(token);
  if (key === undefined) {
    key = computePhoneticKey(token);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, key);
  }
  return key;
}

/** One pass, no cache: for building the index over a whole vocabulary. */
export function computePhoneticKey(token: string): string {
  if (token.length === 0) return '';
  // Endings that are a vowel however spelt: Jurij / Yuri, Volkonskij / Volkonsky.
  const t = token.replace(/(?:ij|iy|yj|ji|j|y)$/, 'i');
  let key = '';
  let last = '';
  let i = 0;
  while (i < t.length) {
    const ch = t[i];
    let cls = '';
    let step = 1;
    const groups = GROUPS_BY_FIRST.get(ch);
    let grouped = false;
    if (groups !== undefined) {
      for (const [letters, c] of groups) {
        if (t.startsWith(letters, i)) {
          cls = c;
          step = letters.length;
          grouped = true;
          break;
        }
      }
    }
    if (!grouped) {
      const next = i + 1 < t.length ? t[i + 1] : '';
      if (VOWELS.includes(ch)) cls = i === 0 ? 'A' : '';
      else if (ch === 'y') cls = VOWELS.includes(next) && next !== '' ? 'J' : i === 0 ? 'A' : '';
      else if (ch === 'c' && SOFTENING.includes(next) && next !== '') cls = 'S';
      else if (ch === 'g' && SOFTENING.includes(next) && next !== '') cls = 'J';
      else if (ch >= '0' && ch <= '9') cls = ch;
      else cls = SINGLE[ch] ?? '';
    }
    if (cls === '') {
      // A vowel separates repeated classes (Anna → AN, but Nanna → NN).
      if (VOWELS.includes(ch) || ch === 'y') last = '';
    } else {
      if (cls !== last) key += cls;
      last = cls;
    }
    i += step;
  }
  return key;
}
