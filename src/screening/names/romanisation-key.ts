/**
 * A consonant skeleton for folded (ASCII) name tokens, tuned for the ways one name is romanised from Arabic,
 * Persian, Turkic, Cyrillic or Chinese script: Husayn / Hussein / Hossain, Mohammed / Muhamad / Mehmet,
 * Smirnov / Smirnoff / Smirnow, Zhang / Chang, Dmitriy / Dmitri. Vowels carry little in these spellings (each
 * writer puts other ones), so they vanish, except a leading one (Ahmad is not Hamad) and the glide of a
 * diphthong (Husayn is not Hassan). Consonants fall into the classes romanisations confuse — k / q / g / gh,
 * d / t / th / dh, b / p, v / w, f / ph (and a final f: Smirnoff / Smirnov), s / ts, sh / ch / zh / sch / cz, j / dj / dzh / y, h / kh — and
 * doubled letters collapse; y and a glide j (Kudrjavceva, Sergejev, Ksenija) are vowels, not consonants. A final vowel is kept as its kind (a / e, i, o / u). Unlike the coarser phonetic key (phonetic.ts), h stays: in these names it is a
 * consonant of its own (Hamid, Mohammed), not a German vowel length mark.
 *
 * Two tokens with the same skeleton are a romanisation variant, not yet the same name: the scorer counts such a
 * pair a little below an exact one, and only for tokens long enough that the skeleton says something.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

/**
 * A j that is a glide, not a consonant, as Slavic names are written for German, Polish or Czech readers: before a
 * vowel after a consonant (Kudrjavceva, Ljubov, Aljans), between vowels before an e (Sergejev, Turdubajewa), in a
 * final -ija (Ksenija). Between other vowels it is the consonant of Arabic names (Najib, Hajar, Mujahid, Khadija); a
 * doubled jj too (Hajjar).
 */
function isGlideJ(s: string, i: number): boolean {
  const before = s[i - 1];
  const after = s[i + 1];
  if (!isVowel(after) || before === undefined || before === 'j' || before === 'd') return false;
  if (!isVowel(before)) return true;
  // The Slavic ending -ija (Ksenija, Natalija, Marija), but not the Arabic -dija (Khadija / Khadidja).
  return after === 'e' || (before === 'i' && after === 'a' && i + 2 === s.length && s[i - 2] !== 'd');
}

/** The end of the vowel run from i: vowels, y, and glides j (see isGlideJ). */
function vowelRunEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && (isVowel(s[j]) || s[j] === 'y' || (s[j] === 'j' && isGlideJ(s, j)))) j++;
  return j;
}

/** Letter groups, longest first within a first letter, with their class. */
const GROUPS: readonly (readonly [string, string])[] = [
  ['tsch', 'X'],
  ['shch', 'X'],
  ['sch', 'X'],
  ['tch', 'X'],
  ['dzh', 'J'],
  ['sh', 'X'],
  ['ch', 'X'],
  ['zh', 'X'],
  ['sz', 'X'],
  ['cz', 'X'],
  ['cs', 'X'],
  ['zs', 'X'],
  ['kh', 'H'],
  ['gh', 'K'],
  ['ph', 'F'],
  ['th', 'T'],
  ['dh', 'T'],
  ['bh', 'B'],
  ['jh', 'J'],
  ['dj', 'J'],
  ['ts', 'S'],
  ['tz', 'S'],
  ['ck', 'K'],
];

const SINGLE: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  f: 'F',
  v: 'V',
  w: 'V',
  k: 'K',
  q: 'K',
  g: 'K',
  d: 'T',
  t: 'T',
  s: 'S',
  z: 'Z',
  h: 'H',
  l: 'L',
  m: 'M',
  n: 'N',
  r: 'R',
  j: 'J',
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

const vowelCache = new Map<string, string>();

/** The skeleton with a letter per vowel run (see build), cached like romanisationKey. */
export function vowelKey(token: string): string {
  let key = vowelCache.get(token);
  if (key === undefined) {
    key = build(token, true);
    if (vowelCache.size >= CACHE_LIMIT) vowelCache.clear();
    vowelCache.set(token, key);
  }
  return key;
}

/** The skeleton of a folded token (cached: the same names come again and again). */
export function romanisationKey(token: string): string {
  let key = cache.get(token);
  if (key === undefined) {
    key = computeRomanisationKey(token);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, key);
  }
  return key;
}

/**
 * Endings that are one sound however written: Dmitriy / Dmitrii / Dmitri, Nikolaj / Nikolay, Abdullah / Abdulla,
 * Smirnoff / Smirnov.
 */
function normaliseEnding(t: string): string {
  // A Cyrillic initial е is ye, ie or e as the system has it (Yerlan / Erlan, Yesenov / Esenov, Ievguenii); a je is
  // the Arabic or Turkish consonant as often (Jebril, Jemal).
  let s = /^[yi]e[^aeiouy]/.test(t) ? t.slice(1) : t;
  if (/(?:iy|ij|ii|yi)$/.test(s)) s = s.slice(0, -2) + 'i';
  else if (/[^aeiouy]y$/.test(s)) s = s.slice(0, -1) + 'i';
  else if (/[aeou]j$/.test(s)) s = s.slice(0, -1) + 'y';
  if (s.length > 3 && /[aeiou]h$/.test(s)) s = s.slice(0, -1);
  // A final f is the v of Slavic names written for German or French readers: Smirnoff / Smirnov.
  if (/ff$/.test(s)) s = s.slice(0, -2) + 'v';
  else if (s.length > 3 && /[aeiou]f$/.test(s)) s = s.slice(0, -1) + 'v';
  return s;
}

export function computeRomanisationKey(token: string): string {
  return build(token, false);
}

/** vowelKey, uncached (token-keys keeps it per listed token). */
export function computeVowelKey(token: string): string {
  return build(token, true);
}

/** Vowel runs, as one letter each: the spellings of one vowel merged (o / u / ou / oo, i / ee / ie, a / aa). */
function vowelClass(written: string): string {
  // A glide between two vowels is dropped (Sergeyev / Sergeev, Mirzoyeva / Mirzoieva); elsewhere y and j are the
  // vowel i (Vasyl / Vasil, Kudryavtseva / Kudriavtseva / Kudrjavceva).
  const run = written
    .replace(/([aeiou])[yj](?=[aeiou])/g, '$1')
    .replace(/([aeou])i(?=e)/g, '$1')
    .replace(/[yj]/g, 'i')
    .replace(/ii+/g, 'i');
  if (/^(?:o|u|ou|oo|uu)$/.test(run)) return 'u';
  if (/^(?:i|ee|ie|ii)$/.test(run)) return 'i';
  if (/^(?:a|aa)$/.test(run)) return 'a';
  if (run === 'e') return 'e';
  return `(${run})`;
}

/**
 * The skeleton, or (withVowels) the skeleton with a letter for each vowel run in its place: two tokens of one
 * skeleton whose vowel runs sit in other places (Andersen / Andreassen) are two names.
 */
function build(token: string, withVowels: boolean): string {
  if (token.length === 0) return '';
  const s = normaliseEnding(token);
  const n = s.length;
  let key = '';
  let last = '';
  const emit = (cls: string): void => {
    if (cls !== last) key += cls;
    last = cls;
  };
  // A run of vowels (y and glide j among them) becomes its vowel class; it ends any consonant repeat. Returns where it ends.
  const vowelRun = (from: number): number => {
    const end = vowelRunEnd(s, from);
    key += vowelClass(s.slice(from, end));
    last = '';
    return end;
  };
  let i = 0;
  while (i < n) {
    const c = s[i];
    const next = s[i + 1];
    // Wade-Giles hs and initial x (pinyin) are one sound: Hsiao / Xiao.
    if (i === 0 && ((c === 'h' && next === 's' && isVowel(s[2])) || c === 'x')) {
      emit('X');
      i += c === 'x' ? 1 : 2;
      continue;
    }
    // French gu before e or i is a hard g: Guerassimov / Gerasimov.
    if (c === 'g' && next === 'u' && (s[i + 2] === 'e' || s[i + 2] === 'i')) {
      emit('K');
      i += 2;
      continue;
    }
    let grouped = false;
    for (const [letters, cls] of GROUPS) {
      if (letters[0] === c && s.startsWith(letters, i)) {
        emit(cls);
        i += letters.length;
        grouped = true;
        break;
      }
    }
    if (grouped) continue;
    if (isVowel(c)) {
      // A leading vowel is kept as one class; an initial i before a vowel is a glide (Iurii / Yuri).
      if (i === 0) {
        const glide = c === 'i' && isVowel(next);
        emit(glide ? 'J' : 'A');
        // Which vowel leads is part of the name (Umar / Omar, Ismail / Esmail; not Umar / Amer).
        if (withVowels && !glide) key += vowelClass(c);
      } else if ((c === 'a' || c === 'e' || c === 'o') && (next === 'i' || next === 'y') && (i + 2 >= n || !isVowel(s[i + 2]))) {
        // A diphthong's glide: Husayn, Hussein, Hossain (but not Hasan).
        emit('J');
        i += 2;
        continue;
      } else if (withVowels) {
        i = vowelRun(i);
        continue;
      } else last = '';
      i += 1;
      continue;
    }
    if (c === 'y') {
      if (i === 0) emit(isVowel(next) ? 'J' : 'A');
      else if (withVowels) {
        // Vasyl / Vasil, Rybak / Ribak: a y that is no glide is the vowel i.
        i = vowelRun(i);
        continue;
      } else last = '';
      i += 1;
      continue;
    }
    if (c === 'j' && isGlideJ(s, i)) {
      // Sergejev / Sergeev, Kudrjavceva / Kudriavtseva, Aljans / Alians: a glide, as i or y elsewhere.
      if (withVowels) {
        i = vowelRun(i);
        continue;
      }
      last = '';
      i += 1;
      continue;
    }
    if (c === 'x') {
      emit('K');
      emit('S');
      i += 1;
      continue;
    }
    if (c === 'c') {
      emit(next === 'e' || next === 'i' || next === 'y' ? 'S' : 'K');
      i += 1;
      continue;
    }
    const cls = SINGLE[c];
    if (cls !== undefined) emit(cls);
    else if (c >= '0' && c <= '9') emit(c);
    i += 1;
  }
  // A final vowel is part of the name's shape: Karim is not Karimi (a family name made from it), Amin not Amina.
  // Its quality is not (Hamza / Hamze, Mamadou / Mamadu); a diphthong's glide was written as a consonant above.
  const end = s[n - 1];
  if (n > 1 && isVowel(end) && !(end === 'i' && (s[n - 2] === 'a' || s[n - 2] === 'e' || s[n - 2] === 'o'))) {
    key += end === 'a' || end === 'e' ? 'a' : end === 'i' ? 'i' : 'u';
  }
  return key;
}

/**
 * Whether two tokens of one skeleton are romanisations of one name rather than two names that happen to share
 * their consonants: their vowel runs sit in the same places, and at most one of them is plainly another vowel
 * (Karimov / Kerimov, Esmail / Ismail; not Jensen / Jansson, Andersen / Andreassen, Umar / Amir).
 */
export function vowelsCompatible(a: string, b: string): boolean {
  return vowelKeysCompatible(vowelKey(a), vowelKey(b));
}

/** vowelsCompatible on the two tokens' vowel keys. */
export function vowelKeysCompatible(va: string, vb: string): boolean {
  if (va.length !== vb.length) return false;
  let differ = 0;
  for (let i = 0; i < va.length; i++) {
    if (va[i] === vb[i]) continue;
    if (!NEIGHBOUR_VOWELS.has(va[i] + vb[i])) return false;
    differ++;
  }
  return differ <= 1;
}

/**
 * Vowels one writer puts where another puts the other (Karimov / Kerimov, Ibrahim / Ebrahim); a / i, a / u,
 * e / o are two vowels (Hansen / Hansson).
 */
const NEIGHBOUR_VOWELS = new Set(['ae', 'ea', 'ei', 'ie']);

/**
 * Whether two tokens have the same consonant letters once the spellings romanisations trade for one another are
 * made one — sh / ch / sch / tch / shch / cz / sz, x / ks, kh / h, gh / g, gu / g before e or i, ph / f, dj / dzh / zh / j,
 * ts / tz / c, z / s, w / v, q / g / k, a glide j or y dropped, an initial ye / ie before a consonant as e, doubled letters once, the endings of normaliseEnding — so
 * that only vowels and those spellings tell them apart (Konovalov / Konowalow, Kseniya / Ksenija, Hajar / Hajjar,
 * Jamme / Jammeh, Schtscherbakowa / Chtcherbakova). Unlike the skeleton, d / t, b / p,
 * c / k, an added consonant stay apart: Petersen / Pedersen, Schmid / Schmidt are close spellings of two names,
 * as typos are.
 */
export function sameRomanisedConsonants(a: string, b: string): boolean {
  return romanisedConsonants(a) === romanisedConsonants(b);
}

/** What sameRomanisedConsonants compares (token-keys keeps it per listed token). */
export function romanisedConsonants(token: string): string {
  const s = normaliseEnding(token)
    .replace(/tsch|shch|sch|tch|sh|ch|cz|sz|cs|zs/g, 'x')
    .replace(/x/g, 'ks')
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/gu(?=[eiy])/g, 'g')
    .replace(/ck/g, 'k')
    .replace(/z/g, 's')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ts|tz/g, 'c')
    .replace(/w/g, 'v')
    .replace(/[qg]/g, 'k');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (isVowel(c) || c === 'y' || (c === 'j' && isGlideJ(s, i))) continue;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}
