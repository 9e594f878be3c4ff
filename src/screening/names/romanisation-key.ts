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
 *
 * The keys are worked out over character codes in scratch buffers, without regular expressions or
 * intermediate strings: a million listed tokens get a skeleton at load, and payment tokens several keys each.
 */
import { boundedMemo } from './bounded-memo';

// Character codes of the letters the rules name.
const A = 97;
const B = 98;
const C = 99;
const D = 100;
const E = 101;
const F = 102;
const G = 103;
const H = 104;
const I = 105;
const J = 106;
const K = 107;
const O = 111;
const P = 112;
const Q = 113;
const S = 115;
const T = 116;
const U = 117;
const V = 118;
const W = 119;
const X = 120;
const Y = 121;
const Z = 122;

const isVowel = (c: number): boolean => c === A || c === E || c === I || c === O || c === U;
const isVowelOrY = (c: number): boolean => isVowel(c) || c === Y;

/** The class of a single consonant letter (b / p, k / q / g, d / t, v / w …), by code; undefined for others. */
const SINGLE: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array<string | undefined>(128).fill(undefined);
  const classes: Readonly<Record<string, string>> = {
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
  for (const [letter, cls] of Object.entries(classes)) table[letter.charCodeAt(0)] = cls;
  for (let d = 0; d <= 9; d++) table[48 + d] = String(d);
  return table;
})();

/**
 * Scratch buffers: the token as normaliseEnding leaves it (codes, then four zeros, so that looking a few letters
 * ahead needs no bounds check: no rule matches a zero), and a second one for the passes of romanisedConsonants.
 */
let buf = new Uint16Array(64);
let alt = new Uint16Array(64);

function reserve(length: number): void {
  if (buf.length < 2 * length + 8) {
    buf = new Uint16Array(4 * length + 16);
    alt = new Uint16Array(4 * length + 16);
  }
}

/**
 * The token into buf with the endings that are one sound however written made one (Dmitriy / Dmitrii / Dmitri,
 * Nikolaj / Nikolay, Abdullah / Abdulla, Smirnoff / Smirnov); returns its length.
 */
function normaliseEnding(t: string): number {
  reserve(t.length);
  const s = buf;
  // A Cyrillic initial е is ye, ie or e as the system has it (Yerlan / Erlan, Yesenov / Esenov, Ievguenii); a je is
  // the Arabic or Turkish consonant as often (Jebril, Jemal).
  const c0 = t.charCodeAt(0);
  const from = t.length >= 3 && (c0 === Y || c0 === I) && t.charCodeAt(1) === E && !isVowelOrY(t.charCodeAt(2)) ? 1 : 0;
  let n = 0;
  for (let i = from; i < t.length; i++) s[n++] = t.charCodeAt(i);
  if (n >= 2) {
    const last = s[n - 1];
    const before = s[n - 2];
    if ((before === I && (last === Y || last === J || last === I)) || (before === Y && (last === I || last === Y))) {
      // -iy, -ij, -ii, -yi, and -yy (-yj read by a system that writes j for й): one i.
      s[n - 2] = I;
      n -= 1;
    } else if (last === Y && !isVowelOrY(before)) s[n - 1] = I;
    else if (last === J && (before === A || before === E || before === O || before === U)) s[n - 1] = Y;
  }
  if (n > 3 && s[n - 1] === H && isVowel(s[n - 2])) n -= 1;
  // The Arabic nisba -āʾī and the Persian -āʾī of surnames, the hamza between the two vowels written or not and the i
  // as i, ee, ie, ey: al-Rifāʿī is Rifai, Refaie, Refaee, Refaei, Rifaey; Rezāʾī is Rezai, Rezaei, Rezaee. All -ai.
  if (n >= 5 && s[n - 3] === A && isAiTail(s[n - 2], s[n - 1])) {
    s[n - 2] = I;
    n -= 1;
  }
  // A final f is the v of Slavic names written for German or French readers: Smirnoff / Smirnov.
  if (n >= 2 && s[n - 1] === F && s[n - 2] === F) {
    s[n - 2] = V;
    n -= 1;
  } else if (n > 3 && s[n - 1] === F && isVowel(s[n - 2])) s[n - 1] = V;
  s[n] = s[n + 1] = s[n + 2] = s[n + 3] = 0;
  return n;
}

/** The two letters after the a of a final -aee, -aei, -aie, -aey, -ayi (see normaliseEnding). */
function isAiTail(x: number, y: number): boolean {
  return (x === E && (y === E || y === I || y === Y)) || (x === I && y === E) || (x === Y && y === I);
}

/**
 * A j that is a glide, not a consonant, as Slavic names are written for German, Polish or Czech readers: before a
 * vowel after a consonant (Kudrjavceva, Ljubov, Aljans), between vowels in -jev, -jew (Sergejev, Turdubajewa), in a
 * final -ija (Ksenija). Between other vowels it is the consonant of Arabic names (Najib, Hajar, Mujahid, Khadija); a
 * doubled jj too (Hajjar). s holds n codes followed by zeros.
 */
function isGlideJ(s: Uint16Array, i: number, n: number): boolean {
  if (i === 0) return false;
  const after = s[i + 1];
  const before = s[i - 1];
  // (after a y it is the consonant: Ayjan, Bayjanov are Ayzhan, Bayzhanov with the zh written j)
  if (!isVowel(after) || before === J || before === D || before === Y) return false;
  if (!isVowel(before)) return true;
  // The Slavic ending -ija (Ksenija, Natalija, Marija), but not the Arabic -dija (Khadija / Khadidja). Between vowels
  // the glide of the Slavic -jev, -jew (Sergejev, Turdubajewa, Nikolajevich) only: elsewhere a je is the consonant of
  // Indic and Arabic names (Rajesh, Rajendra, Majed, Najeeb, Hajer).
  return (after === E && (s[i + 2] === V || s[i + 2] === W)) || (before === I && after === A && i + 2 === n && (i < 2 || s[i - 2] !== D));
}

/** The end of the vowel run from i: vowels, y, and glides j (see isGlideJ). */
function vowelRunEnd(s: Uint16Array, i: number, n: number): number {
  let j = i;
  while (j < n && (isVowelOrY(s[j]) || (s[j] === J && isGlideJ(s, j, n)))) j++;
  return j;
}

/** Scratch for the vowel run being classed. */
let run = new Uint16Array(16);

/**
 * The vowel run buf[from, end), as one letter: the spellings of one vowel merged (o / u / ou / oo, i / ee / ie,
 * a / aa), anything else in brackets.
 */
function vowelClass(from: number, end: number): string {
  if (run.length < end - from) run = new Uint16Array(2 * (end - from));
  const r = run;
  const s = buf;
  // A glide between two vowels is dropped (Sergeyev / Sergeev, Mirzoyeva / Mirzoieva), and an i between a, e, o or u
  // and an e; elsewhere y and j are the vowel i (Vasyl / Vasil, Kudryavtseva / Kudriavtseva / Kudrjavceva), and
  // repeated i is one. Each step reads the previous one's whole result, as one replacement after another would.
  let m = 0;
  for (let p = from; p < end; p++) {
    const c = s[p];
    r[m++] = c;
    if (isVowel(c) && p + 2 < end && (s[p + 1] === Y || s[p + 1] === J) && isVowel(s[p + 2])) p++;
  }
  let w = 0;
  for (let p = 0; p < m; p++) {
    const c = r[p];
    r[w++] = c;
    if ((c === A || c === E || c === O || c === U) && p + 2 < m && r[p + 1] === I && r[p + 2] === E) p++;
  }
  m = w;
  w = 0;
  for (let p = 0; p < m; p++) {
    const c = r[p] === Y || r[p] === J ? I : r[p];
    if (c === I && w > 0 && r[w - 1] === I) continue;
    r[w++] = c;
  }
  m = w;
  // French spelling's ou is u (Lioubov / Ljubov, Iouri / Yuri); English spelling's oo is u and ee is i (Burooj /
  // Burouj, Jezeerah / Jazirah).
  w = 0;
  for (let p = 0; p < m; p++) {
    const u = (r[p] === O && p + 1 < m && (r[p + 1] === U || r[p + 1] === O)) || (r[p] === E && p + 1 < m && r[p + 1] === E);
    r[w++] = u ? (r[p] === E ? I : U) : r[p];
    if (u) p++;
  }
  m = w;
  // (and repeated i, made of ee, once again one)
  w = 0;
  for (let p = 0; p < m; p++) {
    if (r[p] === I && w > 0 && r[w - 1] === I) continue;
    r[w++] = r[p];
  }
  m = w;
  if (m === 1) {
    const c = r[0];
    if (c === O || c === U) return 'u';
    if (c === I) return 'i';
    if (c === A) return 'a';
    if (c === E) return 'e';
  } else if (m === 2) {
    const c = r[0];
    const d = r[1];
    if ((c === O && (d === U || d === O)) || (c === U && d === U)) return 'u';
    if (d === E && (c === E || c === I)) return 'i';
    if (c === A && d === A) return 'a';
  }
  let out = '(';
  for (let p = 0; p < m; p++) out += String.fromCharCode(r[p]);
  return out + ')';
}

const KEYS_KEPT = 100_000;

/** The skeleton with a letter per vowel run (see build), cached like romanisationKey. */
export const vowelKey = boundedMemo(KEYS_KEPT, computeVowelKey);

/** The skeleton of a folded token (cached: the same names come again and again). */
export const romanisationKey = boundedMemo(KEYS_KEPT, computeRomanisationKey);

export function computeRomanisationKey(token: string): string {
  return build(token, false);
}

/** vowelKey, uncached (token-keys keeps it per listed token). */
export function computeVowelKey(token: string): string {
  return build(token, true);
}

/** The classes of letter groups, as letterGroup packs them. */
const GROUP_CLASS = ['', 'X', 'J', 'H', 'K', 'F', 'T', 'B', 'S'] as const;
const GX = 1;
const GJ = 2;
const GH = 3;
const GK = 4;
const GF = 5;
const GT = 6;
const GB = 7;
const GS = 8;

/**
 * The letter group at s[i], the longest first, as width × 16 + its class in GROUP_CLASS (0: none): tsch / tch /
 * sch / shch / sh / ch / zh / sz / cz / cs / zs as one sound, dzh / dj / jh as j, kh as h, gh as g, ph as f,
 * th / dh as t, bh as b, ts / tz as s, ck as k.
 */
function letterGroup(s: Uint16Array, i: number): number {
  const next = s[i + 1];
  const n2 = s[i + 2];
  switch (s[i]) {
    case T:
      if (next === S && n2 === C && s[i + 3] === H) return 4 * 16 + GX;
      if (next === C && n2 === H) return 3 * 16 + GX;
      if (next === H) return 2 * 16 + GT;
      return next === S || next === Z ? 2 * 16 + GS : 0;
    case S:
      if (next === H && n2 === C && s[i + 3] === H) return 4 * 16 + GX;
      if (next === C && n2 === H) return 3 * 16 + GX;
      return next === H || next === Z ? 2 * 16 + GX : 0;
    case D:
      if (next === Z && n2 === H) return 3 * 16 + GJ;
      if (next === H) return 2 * 16 + GT;
      return next === J ? 2 * 16 + GJ : 0;
    case C:
      if (next === H || next === Z || next === S) return 2 * 16 + GX;
      return next === K ? 2 * 16 + GK : 0;
    case Z:
      return next === H || next === S ? 2 * 16 + GX : 0;
    case K:
      return next === H ? 2 * 16 + GH : 0;
    case G:
      return next === H ? 2 * 16 + GK : 0;
    case P:
      return next === H ? 2 * 16 + GF : 0;
    case B:
      return next === H ? 2 * 16 + GB : 0;
    case J:
      return next === H ? 2 * 16 + GJ : 0;
    default:
      return 0;
  }
}

/** One letter class for a vowel leading the token (see build). */
function leadingVowelClass(c: number): string {
  return c === A ? 'a' : c === E ? 'e' : c === I ? 'i' : 'u';
}

/**
 * The skeleton, or (withVowels) the skeleton with a letter for each vowel run in its place: two tokens of one
 * skeleton whose vowel runs sit in other places (Andersen / Andreassen) are two names.
 */
function build(token: string, withVowels: boolean): string {
  if (token.length === 0) return '';
  const n = normaliseEnding(token);
  const s = buf;
  let key = '';
  // The class last emitted: a repeat of it is one letter (a vowel in between ends the repeat: '').
  let last = '';
  let i = 0;
  while (i < n) {
    const c = s[i];
    const next = s[i + 1];
    let cls: string | undefined;
    let width = 0;
    // Wade-Giles hs and initial x (pinyin) are one sound: Hsiao / Xiao.
    if (i === 0 && ((c === H && next === S && isVowel(s[2])) || c === X)) {
      cls = 'X';
      width = c === X ? 1 : 2;
    } else if (c === G && next === U && (s[i + 2] === E || s[i + 2] === I)) {
      // French gu before e or i is a hard g: Guerassimov / Gerasimov.
      cls = 'K';
      width = 2;
    } else {
      const g = letterGroup(s, i);
      if (g !== 0) {
        cls = GROUP_CLASS[g & 15];
        width = g >> 4;
      }
    }
    if (cls !== undefined) {
      if (cls !== last) key += cls;
      last = cls;
      i += width;
      continue;
    }
    if (isVowel(c)) {
      if (i === 0) {
        // A leading vowel is kept as one class; an initial i before a vowel is a glide (Iurii / Yuri).
        const glide = c === I && isVowel(next);
        const lead = glide ? 'J' : 'A';
        if (lead !== last) key += lead;
        last = lead;
        // Which vowel leads is part of the name (Umar / Omar, Ismail / Esmail; not Umar / Amer).
        if (withVowels && !glide) key += leadingVowelClass(c);
        // A leading ou is the u of French spelling (Oumar / Umar, Oumari / Umari): one vowel.
        i += c === O && next === U ? 2 : 1;
      } else if ((c === A || c === E || c === O) && (next === I || next === Y) && (i + 2 >= n || !isVowel(s[i + 2]))) {
        // A diphthong's glide: Husayn, Hussein, Hossain (but not Hasan).
        if (last !== 'J') key += 'J';
        last = 'J';
        i += 2;
      } else if (withVowels) {
        // A run of vowels (y and glide j among them) becomes its vowel class; it ends any consonant repeat.
        const end = vowelRunEnd(s, i, n);
        key += vowelClass(i, end);
        last = '';
        i = end;
      } else {
        last = '';
        i += 1;
      }
      continue;
    }
    if (c === Y || (c === J && isGlideJ(s, i, n))) {
      if (i === 0) {
        // (Only y: a glide j is never first.)
        const lead = isVowel(next) ? 'J' : 'A';
        if (lead !== last) key += lead;
        last = lead;
        i += 1;
      } else if (withVowels) {
        // Vasyl / Vasil, Rybak / Ribak: a y that is no glide is the vowel i; Sergejev / Sergeev, Kudrjavceva /
        // Kudriavtseva, Aljans / Alians: a glide j as i or y elsewhere.
        const end = vowelRunEnd(s, i, n);
        key += vowelClass(i, end);
        last = '';
        i = end;
      } else {
        last = '';
        i += 1;
      }
      continue;
    }
    if (c === X) {
      if (last !== 'K') key += 'K';
      key += 'S';
      last = 'S';
      i += 1;
      continue;
    }
    if (c === C) cls = next === E || next === I || next === Y ? 'S' : 'K';
    else if (c < 128) cls = SINGLE[c];
    if (cls !== undefined) {
      if (cls !== last) key += cls;
      last = cls;
    }
    i += 1;
  }
  // A final vowel is part of the name's shape: Karim is not Karimi (a family name made from it), Amin not Amina.
  // Its quality is not (Hamza / Hamze, Mamadou / Mamadu); a diphthong's glide was written as a consonant above.
  const end = s[n - 1];
  if (n > 1 && isVowel(end) && !(end === I && (s[n - 2] === A || s[n - 2] === E || s[n - 2] === O))) {
    // A final ee is the i of English spelling (Sidikee / Siddiqi, Bhettee / Bheti).
    key += end === E && s[n - 2] === E ? 'i' : end === A || end === E ? 'a' : end === I ? 'i' : 'u';
  }
  return key;
}

/**
 * Whether two tokens of one skeleton are romanisations of one name rather than two names that happen to share
 * their consonants: their vowel runs sit in the same places, and at most one of them is plainly another vowel
 * (Karimov / Kerimov, Esmail / Ismail; not Jensen / Jansson, Andersen / Andreassen, Umar / Amir).
 */
export function vowelsCompatible(a: string, b: string, eForI = false): boolean {
  return vowelKeysCompatible(vowelKey(a), vowelKey(b), NEIGHBOUR_VOWELS, eForI);
}

/**
 * vowelsCompatible on the two tokens' vowel keys.
 * @param neighbours the vowel pairs that may differ once (NEIGHBOUR_VOWELS unless told).
 * @param eForI whether one of the two is an Arabic name (the table's): only then the Egyptian e for i twice.
 */
export function vowelKeysCompatible(va: string, vb: string, neighbours: ReadonlySet<string> = NEIGHBOUR_VOWELS, eForI = false): boolean {
  if (va.length !== vb.length) return va.length - vb.length === 1 ? schwaDeleted(va, vb) : vb.length - va.length === 1 && schwaDeleted(vb, va);
  let differ = 0;
  let first = '';
  let same = true;
  const n = va.length;
  for (let i = 0; i < n; i++) {
    if (va[i] === vb[i]) continue;
    if (!neighbours.has(va[i] + vb[i])) return false;
    // The last vowel of a name ending in one is a / e as writers hear it (Persian -eh, Arabic -ah: Jazireh /
    // Jazirah, Fatemeh / Fatimah): its quality is no difference (its kind, the key's last letter, must agree).
    if (i === n - 2 && va[n - 1] === 'a' && vb[n - 1] === 'a' && isAOrE(va[i]) && isAOrE(vb[i])) continue;
    if (differ === 0) first = va[i] + vb[i];
    else if (va[i] + vb[i] !== first) same = false;
    differ++;
  }
  // Egyptian and Levantine spelling writes the Arabic i as e throughout, the leading one first (Ibtisam / Ebtessam,
  // Ibtihal / Ebtehal, Ismail / Esmail): two places, the leading vowel one of them, i one way and e the other. Only for
  // an Arabic name: read for any, it made two names one (Esen / Isin, Idil / Edel, Iris / Eres, Isidro / Esedro).
  return differ <= 1 || (eForI && differ === 2 && same && (first === 'ie' || first === 'ei') && va.charCodeAt(0) === 65 && va[1] !== vb[1]);
}

/**
 * Whether the vowel key `shorter` is `longer` without one short a between two consonants, the rest as written: the
 * inherent vowel of Indic scripts, which Hindi and other northern languages do not sound inside a word and writers
 * put or leave out (Venkataraman / Venkatraman, Ramachandran / Ramchandran, Narasimhan / Narsimhan). Only in long
 * names (a key of MIN_SCHWA_KEY letters or more): in a short one a vowel more is another name (Salama / Salma).
 */
function schwaDeleted(longer: string, shorter: string): boolean {
  const n = shorter.length;
  if (n < MIN_SCHWA_KEY) return false;
  let p = 0;
  while (p < n && longer.charCodeAt(p) === shorter.charCodeAt(p)) p++;
  // longer[p] is the a left out: between two consonant classes (upper case), not the first letter nor the last two.
  if (p < 1 || p >= n - 1 || longer[p] !== 'a' || !isClass(longer.charCodeAt(p - 1)) || !isClass(longer.charCodeAt(p + 1))) return false;
  for (let i = p; i < n; i++) if (longer.charCodeAt(i + 1) !== shorter.charCodeAt(i)) return false;
  return true;
}
/** The shorter vowel key's least length for schwaDeleted (Venkatraman's has 11: VeNKaTRaMaN). */
const MIN_SCHWA_KEY = 9;
const isClass = (c: number): boolean => c >= 65 && c <= 90;

/** Whether a vowel key's letter is the class of an a or an e (the last vowel heard as a / e). */
function isAOrE(c: string): boolean {
  return c === 'a' || c === 'e';
}

/**
 * Vowels one writer puts where another puts the other (Karimov / Kerimov, Ibrahim / Ebrahim); a / i, a / u,
 * e / o are two vowels (Hansen / Hansson).
 */
const NEIGHBOUR_VOWELS: ReadonlySet<string> = new Set(['ae', 'ea', 'ei', 'ie']);

/**
 * The vowels an Arabic or Persian diphthong ay / ey became, where one writer has the diphthong and the other its
 * long vowel: e, or the Persian i (Peyman / Piman, Meysam / Misam) — never a (see romanisation-rules, ay/e).
 */
export const MONOPHTHONG_VOWELS: ReadonlySet<string> = new Set(['ei', 'ie']);

/**
 * Whether two tokens have the same consonant letters once the spellings romanisations trade for one another are
 * made one — sh / ch / sch / tch / shch / szcz / cz / sz, x / ks, kh / h, gh / g, gu / g before e or i, ph / f, dj / dzh / zh / j,
 * ts / tz / c, z / s, w / v, q / g / k, a glide j or y dropped, an initial ye / ie before a consonant as e, doubled letters once, the endings of normaliseEnding — so
 * that only vowels and those spellings tell them apart (Konovalov / Konowalow, Kseniya / Ksenija, Hajar / Hajjar,
 * Jamme / Jammeh, Schtscherbakowa / Chtcherbakova). Unlike the skeleton, d / t, b / p,
 * c / k, an added consonant stay apart: Petersen / Pedersen, Schmid / Schmidt are close spellings of two names,
 * as typos are.
 */
export function sameRomanisedConsonants(a: string, b: string): boolean {
  return romanisedConsonants(a) === romanisedConsonants(b);
}

/**
 * One replacement over the whole of `from` (n codes) into `to`, as String.replace with a global pattern does it:
 * at each place `match` says how many letters it replaces (0: none) and `put` writes the replacement. Returns the
 * new length; four zeros follow it.
 */
function pass(
  from: Uint16Array,
  n: number,
  to: Uint16Array,
  match: (s: Uint16Array, p: number) => number,
  put: (t: Uint16Array, w: number, from: Uint16Array, p: number) => number,
): number {
  let w = 0;
  for (let p = 0; p < n;) {
    const width = match(from, p);
    if (width === 0) to[w++] = from[p++];
    else {
      w = put(to, w, from, p);
      p += width;
    }
  }
  to[w] = to[w + 1] = to[w + 2] = to[w + 3] = 0;
  return w;
}

const putKS = (t: Uint16Array, w: number): number => ((t[w] = K), (t[w + 1] = S), w + 2);
const putOne =
  (c: number) =>
  (t: Uint16Array, w: number): number => ((t[w] = c), w + 1);

/** tsch|shch|szcz|sch|tch|sh|ch|cz|sz|cs|zs, and x itself, as ks (Polish szcz is the shch of щ: one sound). */
function matchSibilant(s: Uint16Array, p: number): number {
  const c = s[p];
  const d = s[p + 1];
  switch (c) {
    case T:
      if (d === S && s[p + 2] === C && s[p + 3] === H) return 4;
      return d === C && s[p + 2] === H ? 3 : 0;
    case S:
      if ((d === H && s[p + 2] === C && s[p + 3] === H) || (d === Z && s[p + 2] === C && s[p + 3] === Z)) return 4;
      if (d === C && s[p + 2] === H) return 3;
      return d === H || d === Z ? 2 : 0;
    case C:
      return d === H || d === Z || d === S ? 2 : 0;
    case Z:
      return d === S ? 2 : 0;
    case X:
      return 1;
    default:
      return 0;
  }
}
/** dzh|dj|zh */
const matchJ = (s: Uint16Array, p: number): number =>
  s[p] === D ? (s[p + 1] === Z && s[p + 2] === H ? 3 : s[p + 1] === J ? 2 : 0) : s[p] === Z && s[p + 1] === H ? 2 : 0;
/** gu(?=[eiy]) */
const matchGu = (s: Uint16Array, p: number): number => (s[p] === G && s[p + 1] === U && (s[p + 2] === E || s[p + 2] === I || s[p + 2] === Y) ? 2 : 0);
/** ck, and z (as s): one pass, neither reads what the other writes. */
const matchCkZ = (s: Uint16Array, p: number): number => (s[p] === C && s[p + 1] === K ? 2 : s[p] === Z ? 1 : 0);
const putCkZ = (t: Uint16Array, w: number, from: Uint16Array, p: number): number => ((t[w] = from[p] === Z ? S : K), w + 1);
/** A letter followed by h. */
const matchH =
  (c: number) =>
  (s: Uint16Array, p: number): number =>
    s[p] === c && s[p + 1] === H ? 2 : 0;
/** ts|tz */
const matchTs = (s: Uint16Array, p: number): number => (s[p] === T && (s[p + 1] === S || s[p + 1] === Z) ? 2 : 0);

const matchKh = matchH(K);
const matchGh = matchH(G);
const matchPh = matchH(P);
/**
 * The consonant j of dzh, dj, zh as a code of its own (capital J), so that the glide test below never takes it for
 * the glide j of Slavic spellings: Ayzhan and Aizhan, Bayzhanov and Baizhanov are one consonant skeleton.
 */
const CONSONANT_J = 74;
const putJ = putOne(CONSONANT_J);
const putG = putOne(G);
const putH = putOne(H);
const putF = putOne(F);
const putC = putOne(C);

/** What sameRomanisedConsonants compares (token-keys keeps it per listed token). */
export function romanisedConsonants(token: string): string {
  let n = normaliseEnding(token);
  // The replacements one after another, each over the whole result of the one before (kh / h after ck / k:
  // ckh is h), ping-ponging between the two scratch buffers.
  n = pass(buf, n, alt, matchSibilant, putKS);
  n = pass(alt, n, buf, matchJ, putJ);
  n = pass(buf, n, alt, matchGu, putG);
  n = pass(alt, n, buf, matchCkZ, putCkZ);
  n = pass(buf, n, alt, matchKh, putH);
  n = pass(alt, n, buf, matchGh, putG);
  n = pass(buf, n, alt, matchPh, putF);
  n = pass(alt, n, buf, matchTs, putC);
  const s = buf;
  // Vowels, y and glides j dropped, w as v, q and g as k (neither changes what is a glide), doubled letters once.
  let out = '';
  let last = -1;
  for (let i = 0; i < n; i++) {
    let c = s[i];
    if (isVowelOrY(c) || (c === J && isGlideJ(s, i, n))) continue;
    if (c === W) c = V;
    else if (c === J) c = CONSONANT_J;
    else if (c === Q || c === G) c = K;
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}
