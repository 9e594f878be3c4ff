/**
 * A coarse phonetic key for folded (ASCII) name tokens, tuned for the spellings that transliteration and
 * national orthographies produce for the same name: Shchukin / Schukin / Chtchoukine, Mohammed / Muhamad,
 * Jurij / Yuri / Iouri, Philipp / Filip. Consonants fall into classes, vowels and h vanish (except a leading
 * vowel, kept as one class), repeats collapse. It is a candidate source and a tie-breaker, never a hit by itself.
 */

const DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/(?:ij|iy|yj|ji|j|y)$/g, 'i'],
  [/y(?![aeiou])/g, 'i'],
  [/shch|sch|tsch|tch|ch|sh|zh|sz|cz|cs|zs/g, 'S'],
  [/kh|gh|ck|cq|qu|q|x/g, 'K'],
  [/ph|pf|v|w|b|p|f/g, 'F'],
  [/th|dt|tt|dd/g, 'T'],
  [/ts|tz|dz|c(?=[eiy])|z/g, 'S'],
  [/g(?=[eiy])|dj|dzh|j|y/g, 'J'],
];

const CLASS: Readonly<Record<string, string>> = {
  b: 'P', p: 'P', f: 'F', c: 'K', k: 'K', g: 'K', s: 'S', d: 'T', t: 'T', l: 'L', m: 'N', n: 'N', r: 'R',
};

/** Keys of recent tokens: the same names come again and again, and the key takes several replaces. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

export function phoneticKey(token: string): string {
  let key = cache.get(token);
  if (key === undefined) {
    key = computeKey(token);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, key);
  }
  return key;
}

function computeKey(token: string): string {
  if (token.length === 0) return '';
  let t = token;
  for (const [re, cls] of DIGRAPHS) t = t.replace(re, cls);
  let key = '';
  let last = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    let cls: string;
    if (ch >= 'A' && ch <= 'Z') cls = ch;
    else if ('aeiou'.includes(ch)) cls = i === 0 ? 'A' : '';
    else if (ch === 'h') cls = '';
    else if (ch >= '0' && ch <= '9') cls = ch;
    else cls = CLASS[ch] ?? '';
    if (cls === '') {
      // A vowel separates repeated classes (Anna → AN, but Nanna → NN).
      if ('aeiou'.includes(ch)) last = '';
      continue;
    }
    if (cls !== last) key += cls;
    last = cls;
  }
  return key;
}
