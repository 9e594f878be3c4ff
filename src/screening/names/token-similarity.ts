/** Similarity of two name tokens, with the reason, so the name score can explain itself. */
import { editDistance, jaroWinkler } from './jaro-winkler';
import { LEGAL_FORM_WORDS } from '../text/legal-forms';
import { isHausaForm, sameDerivedName, sameNameGroup, sharedGroup } from './name-equivalents';
import { NAME_EQUIVALENTS } from './name-equivalents-data';
import { LETTER_RULES, abdRest, abuRest, letterRuleMatch, nearlySame, udDinStem } from './romanisation-rules';
import { vowelKeysCompatible, vowelsCompatible } from './romanisation-key';
import { sameChineseSyllable, sameKoreanSyllable, sameSyllables } from './syllables';
import { keysOf, type TokenKeys } from './token-keys';
import { INITIAL_SIMILARITY, ROMANISED_INITIALS } from './initials';
import { slipDistance } from './keyboard-slips';
import { POLISH_SURNAME_ENDING } from './slavic-endings';

export type TokenMatchKind =
  'exact' | 'variant' | 'equivalent' | 'syllables' | 'romanised' | 'typo' | 'phonetic' | 'initial' | 'prefix' | 'legal_form_attached' | 'none';

export interface TokenMatch {
  readonly sim: number;
  readonly kind: TokenMatchKind;
  /** What made the match, for the explanation: the table's name of an equivalent, the shared romanisation key. */
  readonly because?: string;
  /** For a token read by its name's Cyrillic system (readingSimilarity): the reading that matched. */
  readonly reading?: string;
}

const NONE: TokenMatch = { sim: 0, kind: 'none' };
/**
 * Below this, two tokens are different words, not a misspelling of one another. Also for two edits in a long word:
 * lower, other family names two letters apart pass (Ramazani / Hamadani 0.83, Anvarov / Nazarov 0.85).
 */
export const MIN_TYPO_SIMILARITY = 0.85;
/** A token cut by a field length limit ("Servi" for "Services"). */
const PREFIX_SIMILARITY = 0.96;
const PHONETIC_SIMILARITY = 0.9;
/** Sounding alike counts only for spellings that are also close: the key alone is coarse. */
const MIN_PHONETIC_JW = 0.78;
/** Two spellings of one name in the table of name spellings (Yusuf / Youssef). */
const EQUIVALENT_SIMILARITY = 0.96;
/** Two surnames built on one given name of the table with one suffix: as sure as a shared skeleton. */
const DERIVED_SIMILARITY = 0.92;
/** One Korean syllable spelt two ways (Seok / Suk): as ambiguous as a shared skeleton. */
const KOREAN_SYLLABLE_SIMILARITY = 0.93;
/** The same romanisation skeleton (Husayn / Hussein): a variant spelling, unless the table says otherwise. */
const ROMANISED_SIMILARITY = 0.92;
const MAX_ROMANISED_SIMILARITY = 0.96;
/** Tokens shorter than this, or skeletons shorter than MIN_ROMANISED_KEY, say too little to be a variant. */
const MIN_ROMANISED_LENGTH = 4;
const MIN_ROMANISED_KEY = 3;
/** "JSCARGUMENT" for "JSC ARGUMENT": the name with its legal form written on. */
const LEGAL_FORM_ATTACHED_SIMILARITY = 0.97;

export interface TokenPair {
  readonly q: string;
  readonly qx: string;
  readonly l: string;
  readonly lx: string;
}

/**
 * @param allowPrefix the query token is the last one of a value cut at a field length, so it may be a prefix.
 * @param allowInitial initials stand for names (persons); in company names a lone letter is just a letter.
 * @param qk the keys of q, when the caller keeps them (same for lk and l): saves looking them up by string.
 * @param byTable false: the words as letters and sounds only, not as spellings of one name in the table (a spelling
 *   the table holds only for names of one region, read elsewhere: name-score's regionalSpelling).
 */
export function tokenSimilarity(
  q: string,
  qx: string,
  l: string,
  lx: string,
  allowPrefix: boolean,
  allowInitial: boolean,
  qk?: TokenKeys,
  lk?: TokenKeys,
  byTable = true,
): TokenMatch {
  const m = similarity(q, qx, l, lx, allowPrefix, allowInitial, qk, lk, byTable);
  // (A compound whose article is spelt another way is close in letters too, Abdessalam / Abdussalam: one name all the
  // same, not a typo of another.)
  if (m.sim >= ROMANISED_SIMILARITY && m.kind !== 'typo' && m.kind !== 'phonetic') return m;
  const compound = compoundMatch(q, l);
  if (compound !== undefined) return compound;
  if (m.sim >= ROMANISED_SIMILARITY) return m;
  // The Arabic article written on the front of the name (Alkhalij / Khalij, Arrashid / Rashid, Alnajmah / El Nagma
  // joined): the name without it.
  const rq = articleRest(q);
  const rl = articleRest(l);
  if (rq === undefined && rl === undefined) return m;
  const inner = similarity(rq ?? q, rq ?? q, rl ?? l, rl ?? l, false, false, undefined, undefined, byTable);
  if (inner.sim < ROMANISED_SIMILARITY || !ARTICLE_INNER_KINDS.has(inner.kind)) return m;
  return { sim: Math.min(inner.sim, ARTICLE_ATTACHED_SIMILARITY), kind: 'romanised', because: inner.because === undefined ? 'al-' : `al- ${inner.because}` };
}

/**
 * A payment token read by the Cyrillic romanisation system its whole name is written in (cyrillic-systems: Asis of
 * "Asis Abdykadyrow" read as aziz, Muchamedschanow as mukhamedshanov) against a listed token: as one name when a
 * reading matches it as one name would (the same, the table's spellings, one skeleton), a little below the table's
 * spellings, as every letter of the token was read through the system. The key names the system and the reading.
 */
export function readingSimilarity(
  readings: readonly string[],
  system: string,
  l: string,
  lx: string,
  allowInitial: boolean,
  lk?: TokenKeys,
): TokenMatch | undefined {
  for (const r of readings) {
    const rk = keysOf(r);
    const m = similarity(r, r, l, lx, false, allowInitial, rk, lk);
    if (m.sim >= ROMANISED_SIMILARITY && ARTICLE_INNER_KINDS.has(m.kind))
      return { sim: Math.min(m.sim, READING_SIMILARITY), kind: 'romanised', because: `${system}:${r}`, reading: r };
    // (one skeleton with like vowels, which byLetters calls a typo when the letters are close: ayshan / ayzhan)
    if (m.kind === 'typo' && r.length >= MIN_ROMANISED_LENGTH && rk.roman.length >= MIN_ROMANISED_KEY) {
      const lKeys = lk ?? keysOf(l);
      if (rk.roman === lKeys.roman && vowelKeysCompatible(rk.vowels, lKeys.vowels))
        return { sim: ROMANISED_SIMILARITY, kind: 'romanised', because: `${system}:${r}`, reading: r };
    }
  }
  return undefined;
}
/** A token read by its name's system (readingSimilarity): below the table's spellings (0.96). */
const READING_SIMILARITY = 0.94;

/**
 * A name with the article written on counts as a little less than the name alone, and less than the article and the
 * name written apart and read as one (Al Hasan / Alhassan: that pairing explains the article too).
 */
const ARTICLE_ATTACHED_SIMILARITY = 0.94;
/** How the names behind the article must match: as one name, not as a typo of another. */
const ARTICLE_INNER_KINDS: ReadonlySet<TokenMatchKind> = new Set(['exact', 'variant', 'equivalent', 'syllables', 'romanised']);
/** Names shorter than this behind an al or el are as often names of their own (Elmira / Mira, Albert / Bert). */
export const MIN_ARTICLE_REST = 5;

/**
 * Two Arabic compound names in -ud-din ("… of the faith") written as one word, whose joining article is spelt two ways:
 * al-Din, ad-Din, ud-Din, ed-Dine in Arabic, French and Urdu usage, -iddin in Uzbek and Tajik, -ettin in Turkish, which
 * writes a final d as t (Nasr al-Din joined / Nasreddine / Nasruddin / Nasriddin / Nasrettin): one name when the first
 * names match as one name (Nuruddin / Noureddine; not Nuruddin / Nasruddin).
 */
function compoundMatch(q: string, l: string): TokenMatch | undefined {
  const sq = udDinStem(q);
  const sl = sq === undefined ? undefined : udDinStem(l);
  if (sl !== undefined) return compoundParts(sq!, sl, UD_DIN);
  const aq = abdRest(q);
  const al = aq === undefined ? undefined : abdRest(l);
  if (al !== undefined) return compoundParts(aq!, al, ABD_AL);
  const bq = abuRest(q);
  const bl = bq === undefined ? undefined : abuRest(l);
  return bl === undefined ? undefined : compoundParts(bq!, bl, ABU);
}

/** Two compounds of one kind (`because`) by their other parts: one name when those match as one name. */
function compoundParts(sq: string, sl: string, because: string): TokenMatch | undefined {
  if (sq === sl) return { sim: COMPOUND_SIMILARITY, kind: 'romanised', because };
  const inner = similarity(sq, sq, sl, sl, false, false);
  if (inner.sim < ROMANISED_SIMILARITY || !ARTICLE_INNER_KINDS.has(inner.kind)) return undefined;
  return {
    sim: Math.min(inner.sim, ARTICLE_ATTACHED_SIMILARITY),
    kind: 'romanised',
    because: inner.because === undefined ? because : `${because} ${inner.because}`,
  };
}

/** The explanation's key of an Abd-al compound matched by its name (explain.js words it). */
const ABD_AL = 'abd-al';
/** The explanation's key of compoundMatch (explain.js words it). */
const UD_DIN = 'ud-din';
/** The explanation's key of an Abu compound matched by its name (explain.js words it). */
const ABU = 'abu-';
/** Only the joining article told apart: as sure as the table's spellings. */
const COMPOUND_SIMILARITY = 0.96;

/**
 * The name behind an Arabic article written on its front, or undefined: al, el, ul before a consonant, and the article
 * assimilated to a sun letter, which it doubles (Arrashid, Assalam, Ettadamon, Ashshams).
 */
export function articleRest(t: string): string | undefined {
  if (t.length < MIN_ARTICLE_REST + 2) return undefined;
  const a = t[0];
  const b = t[1];
  if (a !== 'a' && a !== 'e' && a !== 'u') return undefined;
  if (b === 'l') return VOWEL_LETTERS.includes(t[2]) || (t[2] === 'l' && a !== 'a' && a !== 'e') ? undefined : t.slice(2);
  if (a === 'u') return undefined;
  if (b === 's' && t[2] === 'h' && t[3] === 's' && t[4] === 'h') return t.slice(3);
  return SUN_LETTERS.includes(b) && t[2] === b && t.length >= MIN_ARTICLE_REST + 2 ? t.slice(2) : undefined;
}
const VOWEL_LETTERS = 'aeiouy';
const SUN_LETTERS = 'tdrzsn';

function similarity(
  q: string,
  qx: string,
  l: string,
  lx: string,
  allowPrefix: boolean,
  allowInitial: boolean,
  qk?: TokenKeys,
  lk?: TokenKeys,
  byTable = true,
): TokenMatch {
  if (q === l) return { sim: 1, kind: 'exact' };
  if (qx === lx || q === lx || qx === l) return { sim: 1, kind: 'variant' };
  const qKeys = qk ?? keysOf(q);
  const lKeys = lk ?? keysOf(l);
  const qGroups = qKeys.groups;
  const group = !byTable
    ? undefined
    : ((qGroups === undefined ? undefined : sharedGroup(qGroups, lKeys.groups)) ?? (qx !== q || lx !== l ? sameNameGroup(qx, lx) : undefined));
  if (group !== undefined) {
    // (an Arabic name in its Hausa form, which the table knows by the name without its final -u: worded so)
    const hausa = isHausaForm(q) || isHausaForm(l);
    return { sim: EQUIVALENT_SIMILARITY, kind: 'equivalent', because: hausa ? `${group.name}${HAUSA_FORM}` : group.name };
  }
  let m = byLetters(q, qx, l, lx, allowPrefix, allowInitial, qKeys, lKeys);
  if (m.sim >= EQUIVALENT_SIMILARITY) return m;
  // Surnames built on two spellings of one given name with one suffix (Magomedov / Muhammadov, Yousafzai / Yusufzay),
  // where the letters alone do not already say as much — nor only as a typo or a sound would (Rafiee / Rafiei, Moini /
  // Moeini: Rafi + -i, Moin + -i): in a dense list the payment's spelling is often another listed person's word, which
  // a typo of the listed one does not explain, and the table's stem does.
  if (m.sim < DERIVED_SIMILARITY || m.kind === 'typo' || m.kind === 'phonetic') {
    const ld = lKeys.derived;
    const derived = ld.length === 0 ? undefined : sameDerivedName(qKeys.derived, ld);
    if (derived !== undefined) m = { sim: DERIVED_SIMILARITY, kind: 'equivalent', because: derived };
  }
  // One Korean syllable in two systems' or habits' spellings (Seok / Suk, Hui / Hee, Beom / Bum, Yeong / Yong,
  // I / Yi / Rhee): Korean given names are written a syllable to a word as often as joined. Two listed syllables
  // so alike are one syllable spelt two ways, not two known words one typo apart. (Chinese single syllables are
  // the table's: a Cantonese spelling stands for too many characters.)
  const lr = lKeys.korean;
  const qr = lr === undefined ? undefined : qKeys.korean;
  const same = qr === undefined ? undefined : sameKoreanSyllable(qr, lr!);
  if (same !== undefined) return { sim: KOREAN_SYLLABLE_SIMILARITY, kind: 'syllables', because: same };
  const lc = lKeys.chinese;
  const qc = lc === undefined ? undefined : qKeys.chinese;
  const sameChinese = qc === undefined ? undefined : sameChineseSyllable(qc, lc!);
  if (sameChinese !== undefined) return { sim: KOREAN_SYLLABLE_SIMILARITY, kind: 'syllables', because: sameChinese };
  // Chinese or Korean syllables spelt by other systems, joined or not (Zhiqiang / Chihchiang, Gukgi / Kookki). The
  // listed token first: its keys are kept by the vocabulary, so whether it is a syllable string is known already.
  // (A letter rule of another script may join two syllable strings too — Tsetung / Zedong by ts / z — but the syllables
  // say more.)
  const ls = lKeys.syllables;
  if (ls === undefined || (m.kind === 'romanised' && !isLetterRule(m))) return m;
  const qs = qKeys.syllables;
  const syllables = qs === undefined ? undefined : sameSyllables(q, qs, l, ls);
  return syllables === undefined ? m : { sim: EQUIVALENT_SIMILARITY, kind: 'syllables', because: syllables };
}

/** The explanation's key of an Arabic name matched in its Hausa form with a final -u ("kabir:hausa-u"; explain.js words it). */
export const HAUSA_FORM = ':hausa-u';

/** Whether the table knows the token as an Arabic given name (the Egyptian e for i applies: Ibtisam / Ebtessam). */
function arabicName(keys: TokenKeys): boolean {
  const groups = keys.groups;
  return groups !== undefined && groups.some((i) => NAME_EQUIVALENTS[i].section === 'arabic-given');
}

/** Whether a romanised match was made by a letter rule (romanisation-rules), not by the skeleton alone. */
export function isLetterRule(m: TokenMatch): boolean {
  return m.because !== undefined && LETTER_RULE_NAMES.has(m.because);
}
const LETTER_RULE_NAMES: ReadonlySet<string> = new Set(LETTER_RULES.map((r) => r.name));

/** tokenSimilarity below the table: initials, legal forms, cuts, the romanisation skeleton, typos, sound. */
function byLetters(q: string, qx: string, l: string, lx: string, allowPrefix: boolean, allowInitial: boolean, qKeys: TokenKeys, lKeys: TokenKeys): TokenMatch {
  const short = Math.min(q.length, l.length);
  // An initial, also as romanised from another script (Ю. → "yu" for Yurii).
  // (A value cut at a field length may end in two letters of the name too: "… Al Ha".)
  const twoLetters = allowInitial && q.length === 2 && l.length > 3 && l.startsWith(q) && (allowPrefix || (ROMANISED_INITIALS.has(q) && !lKeys.oneSyllable));
  if (short === 1 || twoLetters) {
    return allowInitial && q[0] === l[0] && (short === 1 || l.startsWith(q)) ? { sim: INITIAL_SIMILARITY, kind: 'initial' } : NONE;
  }
  if (legalFormAttached(q, l) || legalFormAttached(l, q)) return { sim: LEGAL_FORM_ATTACHED_SIMILARITY, kind: 'legal_form_attached' };
  // (A company's word cut after two letters too, "… Behsaz Ki" for BEHSAZ KISH …, where two letters are no initial,
  // and a word of three cut after two anywhere, "… Nhat Lo" for NHAT LOC: too short a word to have initials. The scorer
  // lets such a stub stand for no name alone, see stubOnlyAfterLegalForm.)
  const head = q.length >= 3 || (q.length === 2 && l.length > 2 && (!allowInitial || l.length === 3));
  if (allowPrefix && head && (l.startsWith(q) || lx.startsWith(qx))) return { sim: PREFIX_SIMILARITY, kind: 'prefix' };
  // One letter changes a short token into another word (Li / Lu, Kim / Kin) — but a payment word of two or three
  // letters the list does not know is more likely a listed word mistyped (Prr / Per, Jai / Jari, Wng / Wang): a
  // letter off counts as a typo, which the scorer discounts to nothing when the payment word is a known word.
  // Not two written syllables (Ha / Hai, San / An: another syllable is another name) nor a legal form (SA / Isa).
  if (short <= 3) {
    if (LEGAL_FORM_WORDS.has(q)) return NONE;
    const syllables = qKeys.oneSyllable && lKeys.oneSyllable;
    // (two written syllables are allowed no typo and no slip either: Jin / Jun, Yi / Yu, Li / Lu are other names)
    if (syllables) return NONE;
    const m = shortTypo(q, l);
    // (two words of two letters are allowed no typo: one slip is one beyond that)
    return m.sim > 0 ? m : slipTypo(q, l, q.length + l.length < 5 ? 0 : 1, true, qKeys, lKeys);
  }
  if (Math.abs(q.length - l.length) > 3) return NONE; // more edits than any typo or transliteration makes
  // Another romanisation of the name (Husayn / Hussein): the skeleton decides, not the letters' likeness.
  const key = short >= MIN_ROMANISED_LENGTH ? qKeys.roman : '';
  // The expanded spellings must agree too: Möller / Müller fold alike but expand to oe / ue.
  const romanised =
    key.length >= MIN_ROMANISED_KEY &&
    key === lKeys.roman &&
    vowelKeysCompatible(qKeys.vowels, lKeys.vowels, undefined, arabicName(qKeys) || arabicName(lKeys)) &&
    (qx === q && lx === l ? true : vowelsCompatible(qx, lx));
  // One letter written as another script's tradition writes the sound, the rest of one skeleton (Kazemi / Kadhimi,
  // Usman / Uthman, Gasanov / Hasanov, Cemal / Jamal): romanisation-rules' letter rules.
  // Before the letter test below: a rule may change the first letters and the last (Zhirinovskiy / Jirinovski).
  // (The skeletons first: most pairs get here with two unrelated names, whose vowel keys need not be worked out.)
  if (!romanised && key.length >= MIN_ROMANISED_KEY && nearlySame(key, lKeys.roman) && !qKeys.oneSyllable && !lKeys.oneSyllable) {
    const rule = letterRuleMatch(q, key, qKeys.vowels, l, lKeys.roman, lKeys.vowels, qx === q && lx === l);
    if (rule !== undefined) return { sim: ROMANISED_SIMILARITY, kind: 'romanised', because: rule };
  }
  // A consonant with a háček or cedilla on one side, the other writing its spelt-out digraph or another system's letters
  // for the same sound (Antonovič / Antonovitch, Kudrjašova / Kudryashova, Ščukina / Szczukina, Nikitič / Nikiticz): the
  // folded letters lost the mark (č read c, which the skeleton takes for k or ts), the spelt-out ones say the sound.
  if (!romanised && (qx !== q || lx !== l) && consonantMarksOnly(q, qx) && consonantMarksOnly(l, lx)) {
    const spelt = speltOutMatch(qx, lx, lx !== l ? lx : qx);
    if (spelt !== undefined) return spelt;
  }
  // The Ukrainian form of a name against the Russian one, г written h and и written y (Hryhorenko / Grigorenko,
  // Hryhorivna / Grigorivna): letters apart enough that Jaro-Winkler below would not look further.
  if (!romanised && q.length >= MIN_GH_LENGTH && q.length === l.length && hasGAndH(q, l) && onlyGH(q, l))
    return { sim: ROMANISED_SIMILARITY, kind: 'romanised', because: 'g/h' };
  // Neither the first two letters nor the last agree: not a typo, not a transliteration (saves Jaro-Winkler).
  if (
    !romanised &&
    q.charCodeAt(0) !== l.charCodeAt(0) &&
    q.charCodeAt(1) !== l.charCodeAt(1) &&
    q.charCodeAt(q.length - 1) !== l.charCodeAt(l.length - 1) &&
    qx === q &&
    lx === l
  )
    return NONE;
  let jw = jaroWinkler(q, l);
  if (qx !== q || lx !== l) jw = Math.max(jw, jaroWinkler(qx, lx));
  if (jw < MIN_PHONETIC_JW && !romanised) return slipTypo(q, l, typoEditsBetween(q, l), false, qKeys, lKeys, jw);
  // A typo is a small edit: one in a short word, two in a longer one. "Strand" is no typo of "Strandberg",
  // however much Jaro-Winkler likes their common prefix.
  const allowed = typoEditsBetween(q, l);
  // Two neighbouring letters swapped are one slip of the hand (Kagn / Kang), not two edits.
  const typo =
    jw >= MIN_TYPO_SIMILARITY &&
    (editDistance(q, l, allowed) <= allowed || ((qx !== q || lx !== l) && editDistance(qx, lx, allowed) <= allowed) || (allowed === 1 && swapped(q, l)));
  // Other vowels between the same consonants, as romanisations spell them (Hojjat / Hujjat, Konovalov / Konowalow,
  // Kseniya / Ksenija), however close the letters: not a typo, so two listed spellings are not held apart as two
  // known words.
  if (romanised && qKeys.romanisedConsonants === lKeys.romanisedConsonants) return { sim: romanisedSimilarity(jw), kind: 'romanised', because: key };
  // An Indic aspirate written or not (Subhash / Subash, Prabhakar / Prabakar, Lodhi / Lodi, Revathi / Revati): the
  // skeleton reads bh, dh, th as b, d, t already, the consonants as written tell them apart by that h alone.
  if (romanised && sameUnaspirated(qKeys.romanisedConsonants, lKeys.romanisedConsonants))
    return { sim: ROMANISED_SIMILARITY, kind: 'romanised', because: ASPIRATE };
  // Ukrainian and Belarusian h where Russian has g (Holovko / Golovko, Yevhen / Yevgen, Hrytsenko / Grytsenko).
  if (typo && q.length >= MIN_GH_LENGTH && onlyGH(q, l)) return { sim: ROMANISED_SIMILARITY, kind: 'romanised', because: 'g/h' };
  // Egyptian g where other Arabic has j (Nagma / Najma, Gamal / Jamal, Hegazi / Higazi): ج is g in Cairo.
  if (typo && q.length >= MIN_GH_LENGTH && onlyGJ(q, l)) return { sim: ROMANISED_SIMILARITY, kind: 'romanised', because: 'g/j' };
  // A name of four or five letters and two consonants, one short vowel written e or i, o or u (Weam / Wiam, Eman / Iman,
  // Fekri / Fikri): Arabic and Persian script do not write short vowels, and romanisers write kasra e or i, damma o
  // or u — what the skeleton says of longer names (Samir / Samer, Lena / Lina), where this one is too short to say
  // it. Both spellings are often listed words (two people's), and as a typo between known words it counted nothing.
  if (
    typo &&
    key.length === MIN_ROMANISED_KEY - 1 &&
    key === lKeys.roman &&
    qx === q &&
    lx === l &&
    // A Chinese or Korean syllable's vowel is the syllable (Chen / Chin, Shen / Shin are other family names).
    !qKeys.oneSyllable &&
    !lKeys.oneSyllable &&
    oneShortVowel(q, l)
  )
    return { sim: ROMANISED_SIMILARITY, kind: 'romanised', because: SHORT_VOWEL };
  // A typo this close is a typo whatever the sound (Schmid / Schmidt); otherwise the phonetic keys decide.
  if (typo && jw >= PHONETIC_SIMILARITY) return { sim: jw, kind: 'typo' };
  if (romanised) return { sim: romanisedSimilarity(jw), kind: 'romanised', because: key };
  // A sound key of two letters is a two-syllable name with its vowels left out (Lale / Layla / Lily / Lola: LL), which
  // many names share: sounding alike needs three letters of key, as the skeleton does (MIN_ROMANISED_KEY).
  const phonetic = qKeys.phonetic === lKeys.phonetic && qKeys.phonetic.length >= MIN_ROMANISED_KEY;
  if (typo && !phonetic) return { sim: jw, kind: 'typo' };
  if (phonetic) return { sim: PHONETIC_SIMILARITY, kind: 'phonetic' };
  return slipTypo(q, l, allowed, false, qKeys, lKeys, jw);
}

/** The explanation's key prefix of a match on the spelt-out letters of marked consonants (explain.js words it). */
export const SPELT_OUT = 'spelt-out';

/**
 * Whether the expanded spelling x of folded token t only spells out marked consonants (č, š, ž, ç, ş, ğ as ch, sh, zh,
 * gh; ţ as ts): an h or s more after such a letter, every other letter as folded. (Vowel marks expand to other vowels,
 * Müller / Mueller, which the skeleton of the folded letters compares already.)
 */
function consonantMarksOnly(t: string, x: string): boolean {
  if (x === t) return true;
  let i = 0;
  let k = 0;
  while (k < x.length) {
    if (i < t.length && t.charCodeAt(i) === x.charCodeAt(k)) {
      i++;
      k++;
    } else if (k > 0 && (x[k] === 'h' || (x[k] === 's' && x[k - 1] === 't')) && 'cszgt'.includes(x[k - 1])) k++;
    else return false;
  }
  return i === t.length && k === x.length;
}

/**
 * Two tokens by their spelt-out letters (see consonantMarksOnly): one skeleton with compatible vowels and the same
 * consonants as romanisations write them (counted as a shared skeleton is, by how alike the letters are), or a letter
 * rule between them — a romanisation of one name. Worded with the marked word's spelt-out letters `spelt` (the listed
 * one's where it has marks), and the letter rule after them: "spelt-out:antonovich", "spelt-out:semjonovich:yo/e".
 */
function speltOutMatch(a: string, b: string, spelt: string): TokenMatch | undefined {
  if (Math.min(a.length, b.length) < MIN_ROMANISED_LENGTH) return undefined;
  const ak = keysOf(a);
  const bk = keysOf(b);
  const key = ak.roman;
  if (key.length < MIN_ROMANISED_KEY) return undefined;
  if (key === bk.roman && vowelKeysCompatible(ak.vowels, bk.vowels) && ak.romanisedConsonants === bk.romanisedConsonants)
    return { sim: romanisedSimilarity(jaroWinkler(a, b)), kind: 'romanised', because: `${SPELT_OUT}:${spelt}` };
  if (ak.oneSyllable || bk.oneSyllable || !nearlySame(key, bk.roman)) return undefined;
  const rule = letterRuleMatch(a, key, ak.vowels, b, bk.roman, bk.vowels, true);
  return rule === undefined ? undefined : { sim: ROMANISED_SIMILARITY, kind: 'romanised', because: `${SPELT_OUT}:${spelt}:${rule}` };
}

/** The explanation's key of a typo whose every edit is a typing slip (keyboard-slips.ts; explain.js words it). */
export const SLIPS = 'slips';
/**
 * The key of a short word one slip beyond what a short word allows (two in a word of three to five letters, one
 * between two-letter words or two written syllables): the scorer counts it only where the rest of the name agrees
 * (name-score's slipsSupported), and then as EXTRA_SLIP_SIMILARITY.
 */
export const EXTRA_SLIPS = 'extra_slips';
/** A short word one slip beyond its allowance, where the rest of the name agrees: less than any typo it is allowed. */
export const EXTRA_SLIP_SIMILARITY = 0.8;
/** Two slips leave a word of six letters at 0.78 at least (both at its front): below this, no slips are looked for. */
const MIN_SLIP_JW = 0.75;

/**
 * A pair the letter tests rejected, as typing slips (keyboard-slips.ts): within the edits the pair is allowed
 * (typoEditsBetween) every one a slip of the hand, where Jaro-Winkler put the two apart (Tqnsir / Tanwir: two
 * neighbouring keys near the front) — a typo (SIMILARITY of the least typo, MIN_TYPO_SIMILARITY), which the scorer
 * counts only where the rest of the name agrees. Or, in a short word, one slip more than a short word is allowed
 * (Ihro / Igor, Kkmi / Kim, Mz / Ma, La / Al): EXTRA_SLIPS, counted likewise. Either way the first letter as listed
 * (or swapped with the second), and no key missed: any letter may be missed, and names differ by a letter left out
 * as often (Nia / Nadia, Sari / Samir, Anna / Amina, Weber / Werner). Two edits of another kind turn a name into
 * another (Tahir / Samir, Tan / Tao), and so does another first letter (Karin / Martin, Hansen / Janssen, Central /
 * Dental: keys next to each other). Nor a word cut after a shared stem (Carl / Carlos, Karim / Karimov), with
 * letters put in front of it (Chuan / Erchuan), two Chinese or Korean syllables, or a legal-form word (Lys / Ltd:
 * the legal-form typos' business).
 */
function slipTypo(q: string, l: string, allowed: number, short: boolean, qKeys: TokenKeys, lKeys: TokenKeys, jw = 0): TokenMatch {
  // The first letter as typed, or swapped with the second: a name with another first letter is another name.
  // (Before the table: most pairs that get here are two unrelated names.)
  if (q.charCodeAt(0) !== l.charCodeAt(0) && !(q.charCodeAt(0) === l.charCodeAt(1) && q.charCodeAt(1) === l.charCodeAt(0))) return NONE;
  // (one more only where a short word's allowance applies: a five-letter word against a longer one has two)
  const extra = allowed <= 1 && (short || typoEditsAllowed(q.length, l.length) === 1) && mayBeMistypedShort(q, l);
  // (within its allowance, only a word allowed two edits: a short word whose first letter is another key is another
  // name as often — Hill / Gill, Nuri / Huri —, which is what Jaro-Winkler's weight on the first letters says; and
  // one that Jaro-Winkler finds that alike at least, as two slips leave a word of six letters (0.78 at least):
  // most pairs of words are further apart, and are not measured again)
  if (!extra && (short || allowed < 2 || jw < MIN_SLIP_JW)) return NONE;
  if (LEGAL_FORM_WORDS.has(q) || LEGAL_FORM_WORDS.has(l)) return NONE;
  if (extra && qKeys.oneSyllable && lKeys.oneSyllable) return NONE;
  const d = slipDistance(q, l, extra ? allowed + 1 : allowed, 0); // (no key missed)
  if (d <= allowed) return allowed >= 2 && !short ? { sim: MIN_TYPO_SIMILARITY, kind: 'typo', because: SLIPS } : NONE;
  return extra && d === allowed + 1 ? { sim: EXTRA_SLIP_SIMILARITY, kind: 'typo', because: EXTRA_SLIPS } : NONE;
}

/**
 * Whether a short word may be another one mistyped with a slip more than its allowance: two letters at least of
 * each, three of a word that lost two, and neither one the head or the tail of the other, nor both beyond a shared
 * stem of three letters (those are other names: Carl / Carlos, Chuan / Erchuan; and two edits after three letters
 * as listed are another ending, so another name: Mark / Mario).
 */
function mayBeMistypedShort(q: string, l: string): boolean {
  const shorter = q.length <= l.length ? q : l;
  const longer = q.length <= l.length ? l : q;
  if (shorter.length < 2 || longer.length - shorter.length > 2 || (longer.length - shorter.length === 2 && shorter.length < 3)) return false;
  let stem = 0;
  while (stem < shorter.length && shorter.charCodeAt(stem) === longer.charCodeAt(stem)) stem++;
  if (stem >= Math.min(SHORT_STEM_LETTERS, shorter.length)) return false;
  return !longer.endsWith(shorter);
}

/** Letters after which a short word's two slips are another ending (see mayBeMistypedShort). */
const SHORT_STEM_LETTERS = 3;

/** The explanation's key of an aspirate written or left out (explain.js words it). */
const ASPIRATE = 'aspirate';

/**
 * Whether two tokens' romanisedConsonants differ only by the h of aspirates (bh, dh, th, jh, and ch written chh),
 * which Indian English writes or leaves out: Indic scripts have a letter for each aspirate, Latin letters a digraph
 * that writers drop (Subhash / Subash) or add by habit (Revati / Revathi).
 */
export function sameUnaspirated(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  let j = 0;
  let dropped = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a.charCodeAt(i) === b.charCodeAt(j)) {
      i++;
      j++;
    } else if (i < a.length && isAspirateH(a, i)) {
      i++;
      dropped++;
    } else if (j < b.length && isAspirateH(b, j)) {
      j++;
      dropped++;
    } else return false;
  }
  return dropped > 0;
}
/** Whether s[i] is an h after b, d, t, j or the k of a written ch (romanisedConsonants writes ch as ks, chh as ksh). */
function isAspirateH(s: string, i: number): boolean {
  if (i === 0 || s.charCodeAt(i) !== 104) return false;
  const c = s.charCodeAt(i - 1);
  return c === 98 || c === 100 || c === 116 || c === 106 || (c === 115 && i > 1 && s.charCodeAt(i - 2) === 107);
}

/** A short word a letter off (see byLetters): below a typo of a longer word, as the word says less. */
const SHORT_TYPO_SIMILARITY = 0.85;

function shortTypo(q: string, l: string): TokenMatch {
  if (q.length < 2 || l.length < 2 || q.length + l.length < 5 || Math.abs(q.length - l.length) > 1) return NONE;
  return editDistance(q, l, 1) <= 1 || swapped(q, l) ? { sim: SHORT_TYPO_SIMILARITY, kind: 'typo' } : NONE;
}

/** Whether a and b differ only by two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length || a[i] !== b[i + 1] || a[i + 1] !== b[i]) return false;
  for (let k = i + 2; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The explanation's key of a short vowel written otherwise (explain.js words it). */
export const SHORT_VOWEL = 'short-vowel';

/**
 * Whether a and b (of one length) differ at one place only, not the last letter (Karim / Karima, Dina / Dino are
 * other names), where one writes e and the other i, or one o and the other u.
 */
function oneShortVowel(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at < 0 || at === a.length - 1) return false;
  // A doubled letter or two final consonants is a closed syllable of a Western name, where the vowel is the name:
  // Ross / Russ, Bell / Bill, Beck / Bick, Lotz / Lutz, Roth / Ruth are other people.
  if (closedSyllable(a) || closedSyllable(b)) return false;
  const pair = a[at] < b[at] ? a[at] + b[at] : b[at] + a[at];
  return pair === 'ei' || pair === 'ou';
}

/** Whether a word has a doubled letter or ends in two consonants (see oneShortVowel). */
function closedSyllable(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (w[i] === w[i - 1]) return true;
  const n = w.length;
  return n >= 2 && isConsonantAt(w, n - 1) && isConsonantAt(w, n - 2);
}

/** Tokens shorter than this differing by g / h are as often two words (Hill / Gill, Hale / Gale). */
const MIN_GH_LENGTH = 5;

/**
 * Whether a and b (of one length) differ only where one has g and the other an h that stands for Cyrillic г — not
 * the h of kh, zh, ch, sh, gh, th, dh — at one or two places, and where one has y and the other i between consonants,
 * as Ukrainian и (y) and Russian и (i) are written (Hryhorenko / Grigorenko; not the y of a glide or a diphthong).
 */
function onlyGH(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (((x === 121 && y === 105) || (x === 105 && y === 121)) && i > 0 && i + 1 < a.length && isConsonantAt(a, i - 1) && isConsonantAt(a, i + 1)) continue;
    const h = x === 104 && y === 103 ? a : x === 103 && y === 104 ? b : undefined;
    if (h === undefined || ++differ > 2) return false;
    if (i > 0 && 'kzcsgtdpb'.includes(h[i - 1])) return false;
  }
  return differ > 0;
}
const isConsonantAt = (s: string, i: number): boolean => !VOWEL_LETTERS.includes(s[i]);
/**
 * The Russian form of a Ukrainian name and the Ukrainian form of a Russian one, as onlyGH pairs them, for the candidate
 * search: г written h read g and и written y between consonants read i (Hryshchenko → grishchenko, and → grishchenko
 * with the y kept too: Ukrainian і is i), and the other way (Grishchenko → hryshchenko, hrishchenko). Only in a word of
 * Ukrainian shape — a leading g or h before a consonant (Hr-, Hl-, Hn-) or a Ukrainian family name's ending (-enko,
 * -ko, -uk) — where the search brings no Hasan for a listed Gasan. At most four spellings, none the word itself.
 */
export function ghForms(t: string): string[] {
  if (t.length < MIN_GH_LENGTH || !UKRAINIAN_SHAPE.test(t) || POLISH_SURNAME_ENDING.test(t)) return [];
  const out: string[] = [];
  const forms = (from: number, to: string, yFrom: string, yTo: string): void => {
    let withVowels = '';
    let asWritten = '';
    let changed = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (t.charCodeAt(i) === from && !(i > 0 && 'kzcsgtdpb'.includes(t[i - 1])) && t[i + 1] !== 'h') {
        changed++;
        withVowels += to;
        asWritten += to;
      } else if (c === yFrom && i > 0 && i + 1 < t.length && !VOWEL_LETTERS.includes(t[i - 1]) && !VOWEL_LETTERS.includes(t[i + 1])) {
        withVowels += yTo;
        asWritten += c;
      } else {
        withVowels += c;
        asWritten += c;
      }
    }
    if (changed === 0 || changed > 2) return;
    for (const f of [withVowels, asWritten]) if (f !== t && !out.includes(f)) out.push(f);
  };
  forms(104, 'g', 'y', 'i');
  forms(103, 'h', 'i', 'y');
  return out;
}
/** A leading g or h before a consonant, or the ending of a Ukrainian family name. */
const UKRAINIAN_SHAPE = /^[gh][^aeiouyh]|(?:enko|ko|uk)$/;

/** The cheap test before onlyGH: one word has a g and the other an h. */
const hasGAndH = (a: string, b: string): boolean => (a.includes('g') && b.includes('h')) || (a.includes('h') && b.includes('g'));

/**
 * Whether a and b (of one length) differ only where one has g and the other j, at one place, each between vowels or
 * after a consonant other than d, n (dj, ng are other sounds) — and neither is a g of gh.
 */
function onlyGJ(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (at >= 0 || !((x === 103 && y === 106) || (x === 106 && y === 103))) return false;
    at = i;
  }
  if (at < 0) return false;
  const before = at > 0 ? a[at - 1] : '';
  return before !== 'd' && before !== 'n' && a[at + 1] !== 'h' && b[at + 1] !== 'h';
}

function romanisedSimilarity(jw: number): number {
  return Math.max(ROMANISED_SIMILARITY, Math.min(MAX_ROMANISED_SIMILARITY, jw));
}

/** `longer` is `shorter` with a legal-form word written on at the front or the back. */
function legalFormAttached(longer: string, shorter: string): boolean {
  if (longer.length <= shorter.length + 1 || shorter.length < 4) return false;
  if (longer.startsWith(shorter)) return LEGAL_FORM_WORDS.has(longer.slice(shorter.length));
  if (longer.endsWith(shorter)) return LEGAL_FORM_WORDS.has(longer.slice(0, longer.length - shorter.length));
  return false;
}

export function maxTypoEdits(length: number): number {
  return length <= 5 ? 1 : length <= 12 ? 2 : 3;
}

/**
 * Edits a pair of words may differ by and still be one word mistyped: by the shorter word's length, and two for a
 * word of six letters or more that two typos left at five (Coent for Content, Stdiz for Studio). Words of four
 * letters or less, and two five-letter words, stay at one: two edits there turn most names into other names
 * (Tahir, Tamir, Samir).
 */
export function typoEditsAllowed(a: number, b: number): number {
  const short = Math.min(a, b);
  return short === 5 && Math.max(a, b) >= 6 ? 2 : maxTypoEdits(short);
}

/** Letters a name's ending may start after: two words that agree up to here and differ after are two endings. */
const STEM_LETTERS = 4;

/**
 * typoEditsAllowed for a pair of words: a five-letter word's two edits may not all fall in the ending after a shared
 * stem, nor all before it (Popov / Popovic, Karim / Karimov, Carla / Carlos, Nadia / Nadine, Chuan / Erchuan are
 * other names, not typos).
 */
export function typoEditsBetween(a: string, b: string): number {
  const allowed = typoEditsAllowed(a.length, b.length);
  if (allowed !== 2 || Math.min(a.length, b.length) !== 5) return allowed;
  let stem = 0;
  while (stem < STEM_LETTERS && a.charCodeAt(stem) === b.charCodeAt(stem)) stem++;
  if (stem >= STEM_LETTERS) return 1;
  // Letters put in front of the whole shorter word are another name too (Erchuan is no Chuan mistyped).
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.endsWith(shorter) ? 1 : 2;
}
