/**
 * Folding of any Unicode text to lower-case ASCII, shared by list entries and payment values.
 *
 * Two foldings are produced side by side because the common national spellings disagree: German writes ü as
 * "ue" when it has no umlaut, Swedish and Finnish simply drop the dots. The *primary* folding drops the mark
 * (ü → u, ø → o, å → a); the *expanded* folding spells it out (ü → ue, ø → oe, å → aa, ş → sh, č → ch). Both have the same
 * token boundaries (no character folds to a space), so token i of one is token i of the other.
 */
import { transliterate } from 'transliteration';

/** Characters whose folding is not "strip the diacritic": [primary, expanded]. */
const SPECIAL_FOLDS: Readonly<Record<string, readonly [string, string]>> = {
  ä: ['a', 'ae'],
  ö: ['o', 'oe'],
  ü: ['u', 'ue'],
  ß: ['ss', 'ss'],
  ẞ: ['ss', 'ss'],
  ø: ['o', 'oe'],
  å: ['a', 'aa'],
  æ: ['ae', 'ae'],
  œ: ['oe', 'oe'],
  þ: ['th', 'th'],
  // Turkish, Azerbaijani, Romanian, Czech, Slovak, Croatian and Baltic letters that English-speaking writers spell
  // out (Aktaş → Aktash, Kılıç → Kilich, Nəbiyev → Nabiyev, Ščukin → Shchukin).
  ş: ['s', 'sh'],
  ș: ['s', 'sh'],
  š: ['s', 'sh'],
  ç: ['c', 'ch'],
  č: ['c', 'ch'],
  ć: ['c', 'ch'],
  ž: ['z', 'zh'],
  // (Polish ż is the same sound, ж, in Polish names and the Polish transliteration of Russian and Ukrainian: Żuk / Zhuk.)
  ż: ['z', 'zh'],
  ğ: ['g', 'gh'],
  ţ: ['t', 'ts'],
  ț: ['t', 'ts'],
  ə: ['e', 'a'],
  ð: ['d', 'd'],
  đ: ['d', 'd'],
  ł: ['l', 'l'],
  ı: ['i', 'i'],
  ħ: ['h', 'h'],
  ŋ: ['ng', 'ng'],
  ĸ: ['k', 'k'],
  ſ: ['s', 's'],
  // Cyrillic soft and hard signs: no letter of their own in any common romanisation (Мельник → Melnik).
  ь: ['', ''],
  ъ: ['', ''],
};

/** Greek vowel and consonant pairs romanised as one (ου → ou, not oy). */
const GREEK_DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/ου/g, 'ou'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
  [/γγ/g, 'ng'],
  [/γκ/g, 'gk'],
  [/μπ/g, 'mp'],
  [/ντ/g, 'nt'],
];

// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks on their own, to strip them after NFD
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Per-character cache of the folding of characters outside ASCII (the transliteration library is slow per call). */
const charCache = new Map<string, readonly [string, string]>();

function foldChar(ch: string): readonly [string, string] {
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  let result: readonly [string, string];
  const special = SPECIAL_FOLDS[ch];
  if (special !== undefined) {
    result = special;
  } else {
    const stripped = ch.normalize('NFD').replace(COMBINING_MARKS, '');
    if (stripped.length === 0) {
      // A lone combining mark (the dot of Turkish İ after lower-casing): part of the letter before it.
      result = ['', ''];
    } else if (isAscii(stripped)) {
      result = [stripped, stripped];
    } else {
      // Cyrillic, Greek, Arabic, Hebrew, CJK …: romanise with the library, then fold what it left.
      const latin = transliterate(stripped, { unknown: ' ' }).toLowerCase();
      const ascii = latin
        .normalize('NFD')
        .replace(COMBINING_MARKS, '')
        .replace(/['`]/g, '')
        .replace(/[\u0080-\uffff]/g, ' ');
      result = [ascii, ascii];
    }
  }
  if (charCache.size < 20_000) charCache.set(ch, result);
  return result;
}

/** Nothing outside ASCII, which NFKC leaves as it is. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export interface Folded {
  /** Lower-case ASCII, diacritics dropped. */
  readonly primary: string;
  /** Lower-case ASCII with the expansions (ue, oe, aa); equal to primary when nothing expanded. */
  readonly expanded: string;
}

/** NFKC (full-width forms, ligatures), lower case, then fold every non-ASCII character. Never throws. */
export function foldText(input: string): Folded {
  // ASCII is already in NFKC: skip the normalisation for the common case.
  let lower = isAscii(input) ? input.toLowerCase() : input.normalize('NFKC').toLowerCase();
  if (isAscii(lower)) return { primary: lower, expanded: lower };
  if (/[\u0370-\u03ff]/.test(lower)) {
    lower = lower.normalize('NFD').replace(COMBINING_MARKS, '');
    for (const [re, latin] of GREEK_DIGRAPHS) lower = lower.replace(re, latin);
  }
  let primary = '';
  let expanded = '';
  for (const ch of lower) {
    if (ch.length === 1 && ch.charCodeAt(0) <= 0x7f) {
      primary += ch;
      expanded += ch;
      continue;
    }
    const [p, e] = foldChar(ch);
    primary += p;
    expanded += e;
  }
  // Transliteration may introduce upper case (Arabic "H"): fold once more.
  return { primary: primary.toLowerCase(), expanded: expanded.toLowerCase() };
}
