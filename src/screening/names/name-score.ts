/**
 * name-v2: token alignment between a payment name and a listed name.
 *
 * Each token of one side is paired with at most one token of the other (or with two adjacent tokens joined,
 * for "JSCARGUMENT" / "JSC ARGUMENT"), best pairs first. The score is how much of the *listed* name the payment
 * covers (weighted: distinctive tokens count, common words hardly), lightly reduced by what the payment name has
 * in addition; then rules for persons (both given name and surname needed, middle names optional), the
 * common-token rule, order, legal form and party type. Every step is reported as a feature.
 */
import type { EntryKind, ScoreFeature } from '../types';
import { isNoiseWordHead, LEGAL_FORM_WORDS, PARTICLES } from '../text/legal-forms';
import { EXTRA_SLIPS, HAUSA_FORM, SLIPS, readingSimilarity, SHORT_VOWEL, tokenSimilarity, type TokenMatch, type TokenMatchKind } from './token-similarity';
import { editDistance, jaroWinkler } from './jaro-winkler';
import { isArabicArticle, isCompoundHead, isTableSpelling, nameGroupsOf } from './name-equivalents';
import { NAME_EQUIVALENTS } from './name-equivalents-data';
import { joinedKeysOf, keysOf, type TokenKeys } from './token-keys';
import { sortSmall } from './small-sort';
import { romanisationKey } from './romanisation-key';
import { otherTableNames } from './other-names';
import { slippedLegalForm } from './legal-form-typos';
import { INITIAL_SOUND_LAW, koreanFamilyPlace, naRa, otherSyllables, splitSyllables } from './syllables';
import { isVietnameseMiddle, isVietnameseName } from './vietnamese-names';
import { type CyrillicSystem, type Readings, withoutGlides } from './cyrillic-systems';
import {
  familyDistinctiveness,
  givenInitialSimilarity,
  INITIAL_SIMILARITY,
  isInitial,
  isInitialsRun,
  mayBeInitialsRun,
  NOT_INITIALS,
  mayBeGivenInitials,
  runEnd,
  SON_OF_BEFORE,
  SHARED_PART_WEIGHT,
} from './initials';

export const NAME_ALGORITHM = 'name-v2';

export interface NameSide {
  readonly tokens: readonly string[];
  readonly expanded: readonly string[];
  /** Identity weight per token in (0, 1]: distinctive tokens 1, common words less. */
  readonly weights: readonly number[];
  readonly legalForms: readonly string[];
  /** Payment side: legal-form words read through a typo and left out of the name ("compayn~company"). */
  readonly legalFormTypos?: readonly string[];
  /**
   * Payment side, a value cut at a field length: the words after the name it ends in, left out of the name — the head
   * of a legal form ("societe a res" of Société à responsabilité limitée, "ghana li") or of a noise word ("t" of "of the").
   */
  readonly cutTail?: readonly string[];
  /**
   * Payment side: whether each token is itself a word of the list's vocabulary. A real name is rarely a
   * misspelling of another real name (Johansson is not a typo of Jönsson): typo-level similarity between two
   * known words counts for less.
   */
  readonly known?: readonly boolean[];
  /**
   * A person's name written "FAMILY, Given …": the number of leading tokens that are the family name (0 or
   * undefined when the name does not say which are which; -1 when commas stand between every part).
   */
  readonly familyEnd?: number;
  /** The comparison keys of each token, when the caller keeps them (the scorer looks them up otherwise). */
  readonly keys?: readonly TokenKeys[];
  /**
   * Payment side: the Cyrillic romanisation system the whole name is written in, when not an English-style one
   * (cyrillic-systems), and each token as that system reads it, spelt the English way (undefined: no change). Listed
   * side: the same for a person's name that shows the German or Polish system twice over (detectListedSystem).
   */
  readonly system?: CyrillicSystem;
  readonly readings?: readonly Readings[];
}

export interface NameScoreContext {
  readonly listKind: EntryKind;
  /** The payment value was cut at a field length limit: its last token may be partial and the rest is missing. */
  readonly truncated: boolean;
  readonly partyType?: 'organisation' | 'person';
  /**
   * The cut payment value is the head of the listed name as written, this many words of a legal form in front
   * included (NameIndex.cutFormWordsShared): the form survived the cut with the name.
   */
  readonly cutFormWords?: number;
}

export interface NameScore {
  readonly score: number;
  readonly features: ScoreFeature[];
}

/** Weight at or below which a token is a common word (see the common-token rule). */
export const COMMON_WEIGHT = 0.4;
const MAX_TOKENS = 12;
const OPTIONAL_MIDDLE_FACTOR = 0.1;
const PERSON_PART_MISSING_FACTOR = 0.6;
/** A second surname, a patronymic or a father's name at the end of a listed name, left out: cheap. */
const OPTIONAL_LAST_MISSING_FACTOR = 0.97;
const FIRST_GIVEN_MISSING_FACTOR = 0.9;
/**
 * A Vietnamese name's middle word (tên đệm) that is no common middle name, left out ("Vũ Hiển" for "Vũ Bảo Hiển"): the
 * given name is the last word and the family name the first, both there; the middle word may be the first half of a
 * given name of two syllables, so it costs a little more than a second surname left out.
 */
const VIETNAMESE_MIDDLE_LEFT_OUT_FACTOR = 0.94;
/** The payee's own given name first, the listed given name after it (as a father's name). */
const OWN_GIVEN_NAME_FIRST_FACTOR = 0.9;
/** The payment's initial stands for no listed word while the listed person has a given name left it could stand for. */
const INITIAL_CONFLICT_FACTOR = 0.8;
/** The payment has a middle name written out, the listed person another one: another person's. */
const MIDDLE_NAME_CONFLICT_FACTOR = 0.8;
/** Both names carry a patronymic, and they are two fathers' names. */
const PATRONYMIC_DIFFERS_FACTOR = 0.85;
/** The payment's first given name is another given name of the listed person's, and the listed first one is elsewhere. */
const GIVEN_NAMES_SWAPPED_FACTOR = 0.85;
/** A needed part matched only loosely while the payment has a name word of its own the listed name lacks. */
const UNSUPPORTED_VARIANT_FACTOR = 0.92;
/**
 * The person's other needed parts are names many listed persons share, and the one part that tells persons apart is
 * matched only as a like spelling (Majid Hasani / Majid HASHEMI, Jan Jensen / Jan Janssen).
 */
const ALIKE_DISTINCTIVE_PART_FACTOR = 0.94;
/** A syllable of Chinese, Korean or Vietnamese names (Zhi, Hsueh, Myeong, Nguyen): such names have no optional words. */
const SYLLABLE = /^[bcdfghjklmnpqrstvwxyz]{0,4}[aeiouy]{1,3}(?:n|ng|m|r|k|p|t|l|h)?$/;
/** Patronymics (Muradovich, Ivanovna, Petrovych) and the Turkic son / daughter of (oglu, kyzy). */
const PATRONYMIC = /(?:ovich|evich|ovic|evic|ovitch|evitch|owitsch|ewitsch|ovych|evych|ovna|evna|ichna|ivna|yivna)$/;
const SON_OF_AFTER = new Set(['ogly', 'oglu', 'ogli', 'ugli', 'uly', 'kyzy', 'kizi', 'qizi', 'gyzy']);
const SECOND_SURNAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di']);

interface PersonParts {
  /** Listed tokens that may be left out at little cost (middle names, patronymics, second surnames). */
  readonly optional: boolean[];
  /** The given name or the family name is not in the payment. */
  readonly missing: boolean;
  /** The last listed token is optional and was left out. */
  readonly optionalLastMissing: boolean;
  /** A Vietnamese name's middle word that is no common middle name, left out (the first such). */
  readonly middleLeftOut?: string;
  /** "FAMILY, Given …": the first given name is not in the payment, another given name is. */
  readonly firstGivenMissing?: boolean;
  /**
   * The needed word of the family name, and the listed person's given names: [givenFrom, givenTo] (the first is the
   * needed given name, the others optional middle names or patronymics); -1 where no word is surely the one or the
   * other (a name of syllables; one ending in a patronymic or a father's name, which may be written family first).
   */
  readonly family: number;
  readonly givenFrom: number;
  readonly givenTo: number;
  /** Where the middle names start when they stand before the given name, not after it (a Vietnamese name: 1). */
  readonly middleFrom?: number;
}

/**
 * Which parts of a listed person's name the payment must carry. Written "FAMILY, Given …", the name says which
 * is which: the first given name and the family name (its first word that is not a particle) are needed,
 * everything else (more given names, patronymics, a second surname) is optional. Otherwise the first and the
 * last word are needed and the middle ones optional — except a last word that is a patronymic, a father's name
 * after bin / ibn, or, after a matched surname, a second surname ("Maria LOPEZ" for "Maria LOPEZ GARCIA"). A
 * patronymic is no first surname ("Andrei Muradov" for "Andrej Muradovic Lebedev"), nor is a listed given name the
 * payment's family name is built on (`builtOn`: "Sina Farhadi" for "Sina Farhad Jafari").
 */
function personParts(l: NameSide, lSim: readonly number[], nl: number, syllables: boolean, builtOn = -1, vietnamese = false): PersonParts {
  const optional = new Array<boolean>(nl).fill(false);
  // Chinese, Korean names (a family name and a given name of one or two syllables, each written apart or not):
  // every word counts, however the name is ordered — Jie Na is one given name, Jie another.
  if (syllables) return { optional, missing: lSim.some((x) => x === 0), optionalLastMissing: false, family: -1, givenFrom: -1, givenTo: -1 };
  const fe = l.familyEnd ?? 0;
  // A Vietnamese name: the family name first, the given name last, the middle names between optional (Le Lan for Le Thu
  // Lan; Nguyen Dung for Nguyen Tan Dung at a small cost, see isVietnameseMiddle) — however a list puts its comma.
  if (vietnamese && fe <= 1) {
    const missing = lSim[0] === 0 || lSim[nl - 1] === 0;
    // Every middle word is optional; one that is no common middle name, left out, costs a little (isVietnameseMiddle).
    let middleLeftOut: string | undefined;
    for (let j = 1; j < nl - 1; j++) {
      optional[j] = true;
      if (lSim[j] === 0 && !isVietnameseMiddle(l.tokens[j])) middleLeftOut ??= l.tokens[j];
    }
    return { optional, missing, optionalLastMissing: false, middleLeftOut, family: 0, givenFrom: nl - 1, givenTo: nl - 1, middleFrom: 1 };
  }
  if (fe > 0 && fe < nl) {
    let familyKey = -1;
    for (let j = 0; j < fe && familyKey < 0; j++) if (!PARTICLES.has(l.tokens[j])) familyKey = j;
    if (familyKey < 0) familyKey = 0;
    let familyMatched = false;
    for (let j = 0; j < fe; j++) if (lSim[j] > 0 && (!PARTICLES.has(l.tokens[j]) || j === familyKey)) familyMatched = true;
    let givenMatched = false;
    for (let j = fe; j < nl; j++) if (lSim[j] > 0) givenMatched = true;
    const givenEnd = compoundNameEnd(l.tokens, fe, nl - 1);
    for (let j = 0; j < nl; j++) optional[j] = j !== familyKey && (j < fe || j > givenEnd || isArabicArticle(l.tokens[j]));
    for (let j = fe + 1; j <= givenEnd; j++) if (lSim[j] === 0 && !isArabicArticle(l.tokens[j])) givenMatched = false;
    // The first given name left out while another is there ("MEDINA, Antonio" for "MEDINA, José Antonio"):
    // less sure than a middle name left out, far from a different person.
    if (givenMatched && lSim[fe] === 0) optional[fe] = true;
    return {
      optional,
      missing: !familyMatched || !givenMatched,
      optionalLastMissing: false,
      firstGivenMissing: givenMatched && lSim[fe] === 0,
      family: familyKey,
      givenFrom: fe,
      givenTo: nl - 1,
    };
  }
  for (let j = 1; j < nl - 1; j++) optional[j] = true;
  // "Abdul Rahman …": the given name is the compound, its second word (after an article: Abd al Rahman) is needed.
  const compoundEnd = compoundNameEnd(l.tokens, 0, nl - 1);
  for (let j = 1; j <= compoundEnd; j++) optional[j] = false;
  let compoundMissing = false;
  for (let j = 1; j <= compoundEnd; j++) if (lSim[j] === 0 && !isArabicArticle(l.tokens[j])) compoundMissing = true;
  const last = l.tokens[nl - 1];
  // The surname before the last word, past the particles of a Spanish or Portuguese second surname (MENDOZA DEL
  // RÍO: del Río; not the Arabic article, whose name is the family name: Yasin al Ghamidi).
  let surname = nl - 2;
  while (surname > 0 && SECOND_SURNAME_PARTICLES.has(l.tokens[surname])) surname--;
  const fathers = PATRONYMIC.test(last) || SON_OF_AFTER.has(last) || SON_OF_BEFORE.has(l.tokens[nl - 2]);
  const secondSurname = surname > 0 && lSim[surname] > 0 && surname !== builtOn && !PARTICLES.has(l.tokens[surname]) && !PATRONYMIC.test(l.tokens[surname]);
  const lastOptional = nl >= 3 && lSim[0] > 0 && (fathers || secondSurname);
  if (lastOptional) optional[nl - 1] = true;
  const lastMissing = lSim[nl - 1] === 0;
  // The family name is the last word, or the first surname before a second one; the given names are the words before
  // it. A name ending in a patronymic or a father's name says no more (Ivanov Ivan Ivanovich, Badr bin Yasin).
  const family = fathers ? -1 : lastOptional ? surname : nl - 1;
  return {
    optional,
    missing: lSim[0] === 0 || compoundMissing || (lastMissing && !lastOptional),
    optionalLastMissing: lastMissing && lastOptional,
    family,
    givenFrom: family < 0 ? -1 : 0,
    givenTo: family - 1,
  };
}

/** Whether some word of the listed name is one written Chinese or Korean syllable (a family name: Xia, Gao, Choe). */
function hasOneSyllableWord(side: NameSide, n: number): boolean {
  for (let j = 0; j < n; j++) if ((side.keys?.[j] ?? keysOf(side.tokens[j])).oneSyllable) return true;
  return false;
}

/**
 * A name written syllable by syllable: every word one written Chinese or Korean syllable (Zhao Jie Na, Park Hye Ho,
 * Luo Dan). Vietnamese names pass the older letter pattern.
 */
function isSyllableName(side: NameSide, n: number): boolean {
  for (let j = 0; j < n; j++) {
    const t = side.tokens[j];
    if (!(side.keys?.[j] ?? keysOf(t)).oneSyllable && !(t.length <= 6 && SYLLABLE.test(t))) return false;
  }
  return true;
}

/**
 * The Arabic article before a word (al, el, ul, and the assimilated ad, ar, as, ash, at, az, ed, er, es, ez …),
 * which writers put or leave out; not an, as, at, en, et, il, un, which are words (and Korean syllables) of other
 * languages as often.
 */
function isOptionalArticle(token: string): boolean {
  return isArabicArticle(token) && !NOT_ONLY_ARTICLES.has(token);
}
const NOT_ONLY_ARTICLES = new Set(['an', 'en', 'et', 'un', 'as', 'at', 'il']);

/**
 * The last index of the Arabic compound given name starting at `at` ("Abd al Rahman", "Abdul Rahman", "Abu Bakr"),
 * or `at` when the word there is no compound's head; never past `limit`.
 */
function compoundNameEnd(tokens: readonly string[], at: number, limit: number): number {
  if (at + 1 > limit) return at;
  const next = at + 1;
  if (!isCompoundHead(tokens[at])) {
    // "Ziya al Rahman", "Nur al Din", "Naeem Allah": a name, the article and a name, or a name and Allah, are one
    // given name whose second part is no optional middle name.
    if (ALLAH.has(tokens[next])) return next;
    return isOptionalArticle(tokens[next]) && next + 1 <= limit && (at > 0 || next + 1 < limit) ? next + 1 : at;
  }
  return isArabicArticle(tokens[next]) && next + 1 <= limit ? next + 1 : next;
}
const ALLAH = new Set(['allah', 'ullah', 'ollah', 'ulla', 'alla', 'olla', 'allo', 'ullo']);
const COMMON_ONLY_CAP = 0.5;
/** A payment token matched below this is tried as its name's Cyrillic romanisation system reads it. */
const READ_BELOW = 0.92;
/** The table's group of the Arabic article's spellings (al, el, ul, il, un, an, ...). */
const ARTICLE_GROUP = 'al';
const REORDER_FACTOR = 0.98;
const LEGAL_FORM_MISMATCH_FACTOR = 0.97;
const PARTY_TYPE_MISMATCH_FACTOR = 0.95;
/** How much farther a known word is from another known word than its raw similarity says (also two names of the table). */
const KNOWN_WORD_FACTOR = 10;
/** Token matches by letters or sound alone, which two different names of the table may have (see otherTableNames). */
const LIKENESS_KINDS: ReadonlySet<TokenMatchKind> = new Set<TokenMatchKind>(['romanised', 'phonetic', 'typo']);
const KNOWN_ROMANISED_FACTOR = 3;
const STRAY_LEGAL_FORM_FACTOR = 0.1;
const UNKNOWN_SHORT_SUFFIX_FACTOR = 0.3;
/** A cut value whose listed name survives to less than half (by weight) loses up to a tenth of its score. */
const TRUNCATED_BASE = 0.9;
const TRUNCATED_SURVIVED_SHARE = 0.2;
/** Share of the score that depends on how much of the payment name the listed name explains. */
const PAYMENT_COVERAGE_SHARE = 0.5;

interface Pairing {
  readonly q0: number;
  readonly q1: number; // inclusive; q1 = q0 + 1 for a joined query pair
  readonly l0: number;
  readonly l1: number;
  readonly sim: number;
  readonly kind: TokenMatchKind | 'joined' | 'known_word' | 'other_name' | 'other_syllables';
  readonly because?: string;
}

/** Whether one of a token's readings starts with the listed word's first letter. */
function sameFirstLetter(readings: readonly string[], l: string): boolean {
  // (an initial е the reading spells ye, the other word e: Jemeljanowa read yemelyanova / Emelianova)
  for (const r of readings) if (r.charCodeAt(0) === l.charCodeAt(0) || (r[0] === 'y' && r[1] === 'e' && l[0] === 'e')) return true;
  return false;
}

function candidatePairings(q: NameSide, l: NameSide, ctx: NameScoreContext): Pairing[] {
  const nq = Math.min(q.tokens.length, MAX_TOKENS);
  const nl = Math.min(l.tokens.length, MAX_TOKENS);
  const allowInitial = ctx.listKind !== 'organisation';
  const isPerson = ctx.listKind === 'person';
  const out: Pairing[] = [];
  // Whether the listed name has a one-syllable word: asked of the listed name once, not per pair.
  let oneSyllableWord: boolean | undefined;
  for (let i = 0; i < nq; i++) {
    const allowPrefix = ctx.truncated && i === nq - 1;
    for (let j = 0; j < nl; j++) {
      let m = tokenSimilarity(q.tokens[i], q.expanded[i], l.tokens[j], l.expanded[j], allowPrefix, allowInitial, q.keys?.[i], l.keys?.[j]);
      // The payment written in another Cyrillic romanisation system than the list (Nasira Turdubajewa / Nazira
      // TURDUBAEVA): the token as its name's system reads it.
      const readings = q.readings?.[i];
      let read: string | undefined;
      // (a reading spelt the English way starts as the listed word does: the others are not worth comparing)
      if (readings !== undefined && (m.sim < READ_BELOW || m.kind === 'typo' || m.kind === 'phonetic') && sameFirstLetter(readings, l.tokens[j])) {
        const r = readingSimilarity(readings, q.system ?? '', l.tokens[j], l.expanded[j], allowInitial, l.keys?.[j]);
        // Only a better match — or the reading where the letters make only a typo or a sound-alike of a word the list
        // knows, which counts as another name: Almasbek of "Almasbek Mamytow" is the German z of Almazbek (а-л-м-а-з),
        // not another listed name a letter off, whatever other listed names are written Almasbek too.
        if (r !== undefined && (r.sim > m.sim || ((m.kind === 'typo' || m.kind === 'phonetic') && q.known?.[i] === true))) {
          m = r;
          read = r.reading;
        }
      }
      // The listed name written in such a system, the payment the English way (Ajbek Sydykow / Aibek Sydykov, Tatjana
      // Morosowa / Tatyana Morozova): the listed word as its name's system reads it, where that is a better match. Not, as
      // above, also over a typo of a word the list knows: the payment's word is then a name the list holds for another
      // person, and only the listed word's own letters say it was romanised so (NameIndex reads only a word that carries
      // a sign of the system itself) — Nasim of "Nasim Tschernow" is no Nazim.
      const listedReadings = l.readings?.[j];
      if (listedReadings !== undefined && (m.sim < READ_BELOW || m.kind === 'typo' || m.kind === 'phonetic') && sameFirstLetter(listedReadings, q.tokens[i])) {
        const r = readingSimilarity(listedReadings, `listed-${l.system ?? ''}`, q.tokens[i], q.expanded[i], allowInitial, q.keys?.[i]);
        // (the reading the payment's word letter for letter, but for the i, y, j of a glide, which English-style systems
        // write or not: a vowel or consonant more is another name — Lejla read leyla is no Laila, Sonja no Sania)
        if (r !== undefined && r.sim > m.sim && sameButGlides(r.reading!, q.tokens[i], q.expanded[i])) m = r;
      }
      if (m.sim <= 0 && isPerson && koreanFamilyByLaw(q, nq, i, l, nl, j))
        m = { sim: KOREAN_FAMILY_LAW_SIMILARITY, kind: 'equivalent', because: INITIAL_SOUND_LAW };
      // A spelling the table holds for West African names only (the Hausa -u, Barry / Barrie / Bari, Yaa / Yah): read
      // so only where another word of either name is West African or Arabic by the table; elsewhere the words are
      // what their letters make of them (Isamu / Isam, John Barry / John Barrie are other people).
      if (m.kind === 'equivalent' && regionalSpelling(m.because) && !westAfricanContext(q.tokens, nq, i) && !westAfricanContext(l.tokens, nl, j))
        m = tokenSimilarity(q.tokens[i], q.expanded[i], l.tokens[j], l.expanded[j], allowPrefix, allowInitial, q.keys?.[i], l.keys?.[j], false);
      if (m.sim <= 0) continue;
      // The Arabic article stands before the name it belongs to, never at the end of one: there its spellings are
      // names of their own (Korean Il, Un, An: Kim Jong Il is not Kim Jong Un).
      if (m.kind === 'equivalent' && m.because === ARTICLE_GROUP && (i === nq - 1 || j === nl - 1)) continue;
      const knownWord = (m.kind === 'typo' || m.kind === 'phonetic') && q.known?.[i] === true;
      // Another romanisation of a listed word by a word the list also knows: one name (Hojjat / Hujjat, Vasyl /
      // Vasil), except for one syllable, where a vowel is the name (Teng / Tang, Feng / Fang): there it counts for
      // less, not for nothing.
      // (A short vowel written otherwise in a name of two consonants, Wiam / Weam, is no syllable's vowel: token
      // similarity never gives it between Chinese or Korean syllables.)
      const knownRomanised = m.kind === 'romanised' && q.known?.[i] === true && SYLLABLE.test(q.tokens[i]) && m.because !== SHORT_VOWEL;
      // A person's name word alike in letters or sound to a listed one that the table of name spellings knows as
      // another name (Hasani / Hashemi: built on Hasan and on Hashim): another person's name, not this one's spelt
      // otherwise — as far apart as two known words.
      // (For a word read by a Cyrillic system, the reading and the word as written: a word the table holds as written is
      // that name, not a system's spelling of another — Puja, read puya the German way, is no Pouya; Nasar, which the
      // table reads as Nasir by its key only, is still the German z of Nazar.)
      const lKeys = l.keys?.[j] ?? keysOf(l.tokens[j]);
      const otherName =
        !knownWord && isPerson && LIKENESS_KINDS.has(m.kind)
          ? (otherTableNames(read !== undefined ? keysOf(read) : (q.keys?.[i] ?? keysOf(q.tokens[i])), lKeys) ??
            (read !== undefined && isTableSpelling(q.tokens[i]) ? otherTableNames(q.keys?.[i] ?? keysOf(q.tokens[i]), lKeys) : undefined))
          : undefined;
      // A Chinese or Korean given name a syllable off the listed one, beside a one-syllable (family) name: another
      // given name, as far apart as two known words (see otherSyllables).
      const syllablesOff =
        !knownWord && otherName === undefined && isPerson && LIKENESS_KINDS.has(m.kind) && (oneSyllableWord ??= hasOneSyllableWord(l, nl))
          ? otherSyllables(q.tokens[i], (q.keys?.[i] ?? keysOf(q.tokens[i])).syllables, l.tokens[j], (l.keys?.[j] ?? keysOf(l.tokens[j])).syllables)
          : undefined;
      const sim =
        knownWord || otherName !== undefined || syllablesOff !== undefined
          ? Math.max(0, 1 - (1 - m.sim) * KNOWN_WORD_FACTOR)
          : knownRomanised
            ? Math.max(0, 1 - (1 - m.sim) * KNOWN_ROMANISED_FACTOR)
            : m.sim;
      if (sim <= 0) continue;
      const kind = knownWord ? 'known_word' : otherName !== undefined ? 'other_name' : syllablesOff !== undefined ? 'other_syllables' : m.kind;
      const because = otherName ?? syllablesOff ?? m.because;
      out.push(because === undefined ? { q0: i, q1: i, l0: j, l1: j, sim, kind } : { q0: i, q1: i, l0: j, l1: j, sim, kind, because });
    }
  }
  // Initials run together ("JM Garcia", "J.M. Garcia" normalised to jm): one payment word for as many listed words.
  for (let i = 0; i < nq; i++) {
    for (let j = runAt(q, l, ctx, i, nl); j >= 0; j = runAt(q, l, ctx, i, nl, j + 1)) {
      out.push({ q0: i, q1: i, l0: j, l1: runEnd(q.tokens[i], l.tokens, j), sim: INITIAL_SIMILARITY, kind: 'initial' });
    }
  }
  // Concatenated or split tokens: one side's token against two adjacent tokens of the other, joined.
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j + 1 < nl; j++) {
      const p = joinedTokensPairing(q, l, i, j, false);
      if (p !== undefined) out.push(p);
    }
  }
  for (let i = 0; i + 1 < nq; i++) {
    for (let j = 0; j < nl; j++) {
      const p = joinedTokensPairing(q, l, i, j, true);
      if (p !== undefined) out.push(p);
    }
  }
  // Three syllables written apart on one side, as one word on the other (Ha Erh Pin / Haerbin).
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j + 2 < nl; j++) {
      const p = syllableRunPairing(q, l, i, j, false, 3);
      if (p !== undefined) out.push(p);
    }
  }
  for (let i = 0; i + 2 < nq; i++) {
    for (let j = 0; j < nl; j++) {
      const p = syllableRunPairing(q, l, i, j, true, 3);
      if (p !== undefined) out.push(p);
    }
  }
  // "Abd al Rahman" for "Abdulrahman": a name, the article and a name written apart on one side, as one word on
  // the other.
  const joinsBefore = out.length;
  for (const [k, t, sim, because] of articleJoins(q, nq, l, nl))
    out.push({ q0: k, q1: k + 2, l0: t, l1: t, sim, kind: 'joined', ...(because === undefined ? {} : { because }) });
  for (const [k, t, sim, because] of articleJoins(l, nl, q, nq))
    out.push({ q0: t, q1: t, l0: k, l1: k + 2, sim, kind: 'joined', ...(because === undefined ? {} : { because }) });
  // Best first; on equal similarity prefer the pair in the same relative position (keeps alignment monotone). When
  // such a run reads as one word of the other side, an Arabic article paired with an article comes after the other
  // pairings (but words joined as a typo): which of a name's articles it takes says nothing, and the first one it
  // takes may be the middle of "Abd al Rahman" that the payment writes Abdulrahman.
  if (out.length > joinsBefore) {
    sortSmall(out, (a, b) => articlePair(q, l, a) - articlePair(q, l, b) || b.sim - a.sim || Math.abs(a.q0 - a.l0) - Math.abs(b.q0 - b.l0));
  } else {
    sortSmall(out, (a, b) => rankSim(b) - rankSim(a) || Math.abs(a.q0 - a.l0) - Math.abs(b.q0 - b.l0));
  }
  return out;
}

/** 나 / 라 as the family name of two Korean names, written Na and Ra (syllables.naRa): one family name, as the table's groups. */
const KOREAN_FAMILY_LAW_SIMILARITY = 0.98;

/** Groups of the table whose spellings are one name only in West African names (see westAfricanContext). */
const WEST_AFRICAN_ONLY: ReadonlySet<string> = new Set(['barry', 'yaa', 'lawal']);

/** Whether a token match is a spelling the table holds for West African names only: the Hausa -u, WEST_AFRICAN_ONLY. */
function regionalSpelling(because: string | undefined): boolean {
  return because !== undefined && (WEST_AFRICAN_ONLY.has(because) || because.endsWith(HAUSA_FORM));
}

/**
 * Whether a word of the name other than word `at` shows it West African: a name of the table's west-african or
 * arabic-given section (Mamadou, Musa, Keita), or a common Hausa or Akan name the table has no other spelling of.
 */
function westAfricanContext(tokens: readonly string[], n: number, at: number): boolean {
  for (let k = 0; k < n; k++) {
    if (k === at) continue;
    if (WEST_AFRICAN_WORDS.has(tokens[k])) return true;
    const groups = nameGroupsOf(tokens[k]);
    if (groups !== undefined && groups.some((g) => WEST_AFRICAN_CONTEXT_SECTIONS.has(NAME_EQUIVALENTS[g].section))) return true;
  }
  return false;
}
const WEST_AFRICAN_CONTEXT_SECTIONS: ReadonlySet<string> = new Set(['west-african', 'arabic-given']);
/** Hausa day names (Danladi: born on Sunday, Danjuma: on Friday) and Akan family names. */
const WEST_AFRICAN_WORDS: ReadonlySet<string> = new Set(['danladi', 'danjuma', 'dantani', 'mensah', 'owusu', 'boateng', 'asante', 'osei', 'appiah']);

/** Whether payment word i and listed word j are the family name 나 / 라 of two Korean names, Na and Ra (syllables.naRa). */
function koreanFamilyByLaw(q: NameSide, nq: number, i: number, l: NameSide, nl: number, j: number): boolean {
  return naRa(q.tokens[i], l.tokens[j]) && koreanFamilyPlace(q.tokens, nq, i) && koreanFamilyPlace(l.tokens, nl, j);
}

/**
 * The similarity a pairing is ranked by: words joined that match only as a typo are two differences (a join and a
 * letter), and come after a word paired as one name in other spellings (Mariam Ba / Mariama Bah: Mariam+Ba is a
 * letter from Mariama, but Mariam is Mariama and Ba is Bah).
 */
function rankSim(p: Pairing): number {
  return p.kind === 'joined' && (p.because === 'typo' || p.because === 'phonetic') ? p.sim - JOINED_TYPO_RANK : p.sim;
}
const JOINED_TYPO_RANK = 0.04;

/**
 * 1 for a pairing of an Arabic article with an article, and for words joined that match only as a typo of each other
 * (Al Fasi / Falasi: the article is better paired with the article); 0 for any other.
 */
function articlePair(q: NameSide, l: NameSide, p: Pairing): number {
  if (p.kind === 'joined') return p.because === 'typo' || p.because === 'phonetic' ? 1 : 0;
  return p.q0 === p.q1 && p.l0 === p.l1 && isArabicArticle(q.tokens[p.q0]) && isArabicArticle(l.tokens[p.l0]) ? 1 : 0;
}

/**
 * Two adjacent tokens of one side written as one token of the other, if they pair: payment token i against listed
 * tokens j and j + 1 ("JSCARGUMENT" / "JSC ARGUMENT"), or with `paymentJoined` payment tokens i and i + 1 against
 * listed token j.
 */
function joinedTokensPairing(q: NameSide, l: NameSide, i: number, j: number, paymentJoined: boolean): Pairing | undefined {
  const two = paymentJoined ? q : l;
  const at = paymentJoined ? i : j;
  const how = paymentJoined ? joinable(l, j, q.tokens[i].length + q.tokens[i + 1].length) : joinable(q, i, l.tokens[j].length + l.tokens[j + 1].length);
  if (how !== NOT_JOINABLE) {
    const joined = two.tokens[at] + two.tokens[at + 1];
    const joinedExpanded = two.expanded[at] + two.expanded[at + 1];
    const jk = joinedKeysOf(joined);
    const m = paymentJoined
      ? tokenSimilarity(joined, joinedExpanded, l.tokens[j], l.expanded[j], false, false, jk, l.keys?.[j])
      : tokenSimilarity(q.tokens[i], q.expanded[i], joined, joinedExpanded, false, false, q.keys?.[i], jk);
    if (
      m.sim >= 0.9 &&
      (how === JOINABLE || asSyllables(m, jk)) &&
      !otherSyllablesJoined(m, two, at, joined, jk, paymentJoined ? l.tokens[j] : q.tokens[i], paymentJoined ? l.keys?.[j] : q.keys?.[i])
    )
      return paymentJoined ? joinedPairing(i, i + 1, j, j, m) : joinedPairing(i, i, j, j + 1, m);
  }
  return syllableRunPairing(q, l, i, j, paymentJoined, 2);
}

/**
 * Whether two words joined and a word match only as a typo or by sound where a syllable changed, which makes another
 * given name: the two words are each one Chinese or Korean syllable (Weijin is no Wei Hyun, Minhyun no Xin-hyun, Jaemin
 * no Jae Xin, whatever the joined letters parse as), or both sides are strings of syllables that pair off otherwise
 * (otherSyllables: Jinyong is no Joon-yong, jin against jun).
 */
function otherSyllablesJoined(m: TokenMatch, two: NameSide, at: number, joined: string, jk: TokenKeys, word: string, wk: TokenKeys | undefined): boolean {
  if (m.kind !== 'typo' && m.kind !== 'phonetic') return false;
  if ((two.keys?.[at] ?? keysOf(two.tokens[at])).oneSyllable && (two.keys?.[at + 1] ?? keysOf(two.tokens[at + 1])).oneSyllable) return true;
  const js = jk.syllables;
  return js !== undefined && otherSyllables(joined, js, word, (wk ?? keysOf(word)).syllables) !== undefined;
}

/**
 * One word of one side against `count` (two or three) adjacent words of the other that are each Chinese or Korean
 * syllables, read with the cut where those words put it (splitSyllables: Suok / Su-ok, Doil / To Il, Haerbin / Ha Erh
 * Pin), as one name: payment word i against listed words j…, or with `paymentJoined` payment words i… against listed
 * word j. What joinedTokensPairing's letters cannot see: the joined word has two vowels meeting at the cut, or is
 * spelt otherwise in every syllable.
 */
function syllableRunPairing(q: NameSide, l: NameSide, i: number, j: number, paymentJoined: boolean, count: number): Pairing | undefined {
  const run = paymentJoined ? q : l;
  const at = paymentJoined ? i : j;
  if (at + count > Math.min(run.tokens.length, MAX_TOKENS)) return undefined;
  const word = paymentJoined ? l.tokens[j] : q.tokens[i];
  let letters = 0;
  for (let k = at; k < at + count; k++) {
    const keys = run.keys?.[k] ?? keysOf(run.tokens[k]);
    if (!keys.oneSyllable && keys.syllables === undefined) return undefined;
    letters += run.tokens[k].length;
  }
  // (each system spells a syllable within a letter or two of the others: Haerbin / Ha Erh Pin, Yoonwoo / Yun-u)
  if (Math.abs(word.length - letters) > 2 * count) return undefined;
  const parts = run.tokens.slice(at, at + count);
  const because = splitSyllables(word, parts);
  if (because === undefined) return undefined;
  const sim = SPLIT_SYLLABLES_SIMILARITY;
  return paymentJoined
    ? { q0: i, q1: i + count - 1, l0: j, l1: j, sim, kind: 'syllables', because }
    : { q0: i, q1: i, l0: j, l1: j + count - 1, sim, kind: 'syllables', because };
}
/** As two syllable strings that are one name joined otherwise (joinedPairing of a syllables match: 0.96 × 0.99). */
const SPLIT_SYLLABLES_SIMILARITY = 0.95;

const NOT_JOINABLE = 0;
const JOINABLE = 1;
/** Only as the same Chinese or Korean syllables (a syllable string other systems spell longer or shorter). */
const JOINABLE_AS_SYLLABLES = 2;

/**
 * Whether token k of `side` may be two adjacent tokens of the other side written as one: about as long as the two
 * (a letter less); or, as syllables only, a Chinese or Korean syllable string a few letters longer or shorter
 * (Zhiqiang / Chih-chiang, Gukgi / Kook-ki) — a looser length is no licence for typos (Gwang Ho is no Kwang).
 */
function joinable(side: NameSide, k: number, joinedLength: number): number {
  const n = side.tokens[k].length;
  if (n >= joinedLength - 1 && n >= 5) return JOINABLE;
  return n >= 4 && n >= joinedLength - 4 && (side.keys?.[k] ?? keysOf(side.tokens[k])).syllables !== undefined ? JOINABLE_AS_SYLLABLES : NOT_JOINABLE;
}

/**
 * A match of a syllable string with two words joined, where only syllables license the looser length: read as
 * syllables, or another romanisation of one (Hogi / Ho Ki, Ilgi / Il Ki: the skeleton answers before the syllables).
 */
function asSyllables(m: TokenMatch, joined: TokenKeys): boolean {
  // (the same letters too: Yunu / Yun-u, Amin / A Min, a syllable string the two words make as written)
  return m.kind === 'syllables' || ((m.kind === 'romanised' || m.kind === 'exact' || m.kind === 'variant') && joined.syllables !== undefined);
}

/** A pairing of one token with two joined: a syllable match keeps its syllables for the explanation. */
function joinedPairing(q0: number, q1: number, l0: number, l1: number, m: TokenMatch): Pairing {
  const sim = m.sim * 0.99;
  if (m.kind === 'syllables') return { q0, q1, l0, l1, sim, kind: 'syllables', because: m.because };
  const because = joinedBecause(m);
  return because === undefined ? { q0, q1, l0, l1, sim, kind: 'joined' } : { q0, q1, l0, l1, sim, kind: 'joined', because };
}

/**
 * What made a joined pairing beyond the letters written together or apart, for the explanation: the kind of the
 * match of the joined words and its key ("equivalent abdulrahman", "romanised ud-din"), or undefined when the letters
 * are the same.
 */
function joinedBecause(m: TokenMatch): string | undefined {
  if (m.kind === 'exact' || m.kind === 'variant') return undefined;
  return m.because === undefined ? m.kind : `${m.kind} ${m.because}`;
}

/**
 * [start of a name + article + name run in `a`, the token of `b` it reads as, similarity, joinedBecause] (similarity
 * ≥ 0.9).
 */
function articleJoins(a: NameSide, na: number, b: NameSide, nb: number): [number, number, number, string | undefined][] {
  const out: [number, number, number, string | undefined][] = [];
  for (let k = 0; k + 2 < na; k++) {
    if (!isArabicArticle(a.tokens[k + 1])) continue;
    const joined = a.tokens[k] + a.tokens[k + 1] + a.tokens[k + 2];
    for (let t = 0; t < nb; t++) {
      if (Math.abs(b.tokens[t].length - joined.length) > 3) continue;
      const m = tokenSimilarity(joined, joined, b.tokens[t], b.expanded[t], false, false);
      // (as one name, not as a typo of one: an article joined on and a letter off are two differences)
      if (m.sim >= 0.9 && m.kind !== 'typo' && m.kind !== 'phonetic') out.push([k, t, m.sim * 0.99, joinedBecause(m)]);
    }
  }
  return out;
}

/** The score with its explanation. */
export function scoreName(q: NameSide, l: NameSide, ctx: NameScoreContext): NameScore {
  const features: ScoreFeature[] = [];
  const score = score_(q, l, ctx, features);
  return { score, features };
}

/**
 * The score alone, the same number as scoreName's: most candidates a search brings score below any threshold,
 * and their explanation would be built for nothing.
 */
export function nameScore(q: NameSide, l: NameSide, ctx: NameScoreContext): number {
  return score_(q, l, ctx, undefined);
}

function score_(q: NameSide, l: NameSide, ctx: NameScoreContext, features: ScoreFeature[] | undefined): number {
  const nq = Math.min(q.tokens.length, MAX_TOKENS);
  const nl = Math.min(l.tokens.length, MAX_TOKENS);
  if (nq === 0 || nl === 0) return 0;

  const qSim = new Array<number>(nq).fill(0);
  const lSim = new Array<number>(nl).fill(0);
  const pairings = candidatePairings(q, l, ctx);
  let chosen = choosePairings(pairings, qSim, lSim);
  // A word read as typing slips the letters alone did not accept (a short word a slip beyond its allowance, a long
  // one Jaro-Winkler put apart) counts only where the rest of the name agrees; elsewhere the name is paired without
  // it, as before there were slips.
  const slips = chosen.find(isSlips);
  if (slips !== undefined) {
    if (slipsSupported(q, qSim, nq, l, lSim, nl, chosen, slips)) {
      if (slips.because === EXTRA_SLIPS)
        features?.push({ feature: 'short_word_slips', value: slips.sim, detail: `${q.tokens[slips.q0]}~${l.tokens[slips.l0]}` });
    } else {
      qSim.fill(0);
      lSim.fill(0);
      chosen = choosePairings(
        pairings.filter((p) => !isSlips(p)),
        qSim,
        lSim,
      );
    }
  }

  const isPerson = ctx.listKind === 'person';
  // A cut value stops inside the last word it shows: in a company's name (written in one order) a listed word before
  // others the value shows is no word it was cut from ("… Loc Nha" is no cut NHAT LOC).
  const head = !isPerson && ctx.truncated ? chosen.find((p) => p.kind === 'prefix') : undefined;
  if (head !== undefined && chosen.some((p) => p !== head && p.l0 > head.l1)) {
    qSim.fill(0);
    lSim.fill(0);
    chosen = choosePairings(
      pairings.filter((p) => p !== head),
      qSim,
      lSim,
    );
  }
  if (isPerson && ctx.partyType !== 'organisation') givenInitialsRun(q, qSim, nq, l, lSim, nl, chosen);
  if (isPerson) uncrossInitials(q, chosen);
  // A name of syllables: no word of it is optional, and a syllable the payment has in addition is another name
  // (Law Heung-tan is not Luo Dan).
  const vietnamese = isPerson && isVietnameseName(l.tokens, nl);
  const syllableName = isPerson && nl >= 2 && !vietnamese && isSyllableName(l, nl);
  const parts = isPerson && nl >= 2 ? personParts(l, lSim, nl, syllableName && nl >= 3, surnameBuiltOn(q, l, chosen), vietnamese) : undefined;
  // What each initial is worth, now that the listed name's parts are known; the optional parts given as initials.
  const initialled = parts !== undefined && !syllableName ? weighInitials(q, l, parts, chosen, lSim) : undefined;
  // Listed-name coverage. Unmatched middle names of a person are optional; after a cut, what is past it is unknown.
  let lastMatchedList = -1;
  for (let j = 0; j < nl; j++) if (lSim[j] > 0) lastMatchedList = j;
  // Only a value cut inside the listed name leaves the rest of that name unsaid (see cutInListedName).
  const cut = ctx.truncated && cutInListedName(q, qSim, nq, l, isPerson ? -1 : lastMatchedList);
  let lNum = 0;
  let lDen = 0;
  let distinctiveMatched = 0;
  let distinctiveTotal = 0;
  // A middle name left out weighs a tenth of what the needed parts weigh at most: a rare middle name the payment
  // leaves out says nothing of the payee, so it may not cost more than a common one (Zeynep Yucel for Zeynep Elif
  // Yucel, where Zeynep and Yucel are names many listed persons share).
  const optionalWeight = parts === undefined ? Infinity : neededWeight(l, parts, nl);
  for (let j = 0; j < nl; j++) {
    let w = l.weights[j] ?? 1;
    // A middle name or patronymic given as its initial weighs as one left out: the payment may leave it out anyway.
    if (initialled?.[j] === true) w = Math.min(w, parts !== undefined && isMiddleName(parts, j) ? optionalWeight : w) * OPTIONAL_MIDDLE_FACTOR;
    // (a middle name only: a last word read as a second surname may be the family name after all — André Bernard
    // Écranreingrauxeau — and keeps its own weight)
    const middleLeftOut = lSim[j] === 0 && parts !== undefined && isMiddleName(parts, j);
    if (lSim[j] === 0) {
      if (cut && j > lastMatchedList && lastMatchedList >= 0) w = 0;
      else if (middleLeftOut) w = Math.min(w, optionalWeight) * OPTIONAL_MIDDLE_FACTOR;
      else if (parts?.optional[j] === true) w *= OPTIONAL_MIDDLE_FACTOR;
      // The Arabic article is written or left out at will (al-Jazira / Jazira, Dar es-Salam / Dar Salam).
      else if (nl > 1 && j < nl - 1 && isOptionalArticle(l.tokens[j])) {
        w *= OPTIONAL_MIDDLE_FACTOR;
        features?.push({ feature: 'article_left_out', value: 1, detail: l.tokens[j] });
      }
      // A short last word of a listed company name the legal-form table does not know (S.C., K.S.) is most
      // likely a legal form: missing from the payment, it hardly counts.
      else if (!isPerson && j === nl - 1 && nl > 1 && l.tokens[j].length <= 3) w *= UNKNOWN_SHORT_SUFFIX_FACTOR;
    }
    lNum += w * lSim[j];
    lDen += w;
    // A distinctive middle name the payment may leave out and did is no distinctive part it failed to match: the listed name
    // without its middle name is matched by the same common words (Zeynep Yucel for a listed Zeynep Yucel).
    if ((l.weights[j] ?? 1) > COMMON_WEIGHT && !middleLeftOut) {
      distinctiveTotal++;
      if (lSim[j] > 0) distinctiveMatched++;
    }
  }
  const listCoverage = lDen > 0 ? lNum / lDen : 0;
  // A cut value: what is past the cut is not held against the name, but a name of which little survived is
  // less sure than one nearly whole.
  let survived = 1;
  if (cut && lastMatchedList >= 0 && lastMatchedList < nl - 1) {
    let before = 0;
    let all = 0;
    for (let j = 0; j < nl; j++) {
      const w = l.weights[j] ?? 1;
      all += w;
      if (j <= lastMatchedList) before += w;
    }
    // The listed name as written starts with the legal form the payment shows in front of it: that much of it
    // survived too, each word weighing as a common word (the form tells no name apart, the words after it do).
    const form = (ctx.cutFormWords ?? 0) * COMMON_WEIGHT;
    survived = all + form > 0 ? (before + form) / (all + form) : 1;
  }

  let qNum = 0;
  let qDen = 0;
  for (let i = 0; i < nq; i++) {
    const w = qSim[i] > 0 ? (q.weights[i] ?? 1) : unmatchedWeight(q, i, nq, isPerson, syllableName, ctx, features, l.legalForms);
    // Whether the listed name explains this payment token at all: how well is list coverage's business.
    qNum += qSim[i] > 0 ? w : 0;
    qDen += w;
  }
  const paymentCoverage = qDen > 0 ? qNum / qDen : 0;

  let score = listCoverage * (1 - PAYMENT_COVERAGE_SHARE + PAYMENT_COVERAGE_SHARE * paymentCoverage);
  if (features !== undefined) {
    features.push({ feature: 'list_coverage', value: round(listCoverage) }, { feature: 'payment_coverage', value: round(paymentCoverage) });
    for (const p of chosen) {
      if (p.kind === 'exact') continue;
      const qt = q.tokens.slice(p.q0, p.q1 + 1).join('+');
      const lt = l.tokens.slice(p.l0, p.l1 + 1).join('+');
      features.push({ feature: `token_${p.kind}`, value: round(p.sim), detail: p.because === undefined ? `${qt}~${lt}` : `${qt}~${lt}~${p.because}` });
    }
  }

  // A part of the listed name missing, or the payment's own compound given name of which the listed name has one
  // part only ("Abdel Hamid …" for "…, Hamid", "Dhiya ar-Rahmaan …" for "…, Ziya"): another given name either way.
  if (parts?.missing === true || (parts !== undefined && !syllableName && paymentCompoundSplit(q, qSim, nq))) {
    score *= PERSON_PART_MISSING_FACTOR;
    features?.push({ feature: 'person_name_part_missing', value: PERSON_PART_MISSING_FACTOR });
  } else if (parts?.firstGivenMissing === true) {
    score *= FIRST_GIVEN_MISSING_FACTOR;
    features?.push({ feature: 'first_given_name_missing', value: FIRST_GIVEN_MISSING_FACTOR, detail: l.tokens[l.familyEnd ?? 0] });
  } else if (parts?.middleLeftOut !== undefined) {
    score *= VIETNAMESE_MIDDLE_LEFT_OUT_FACTOR;
    features?.push({ feature: 'vietnamese_middle_name_left_out', value: VIETNAMESE_MIDDLE_LEFT_OUT_FACTOR, detail: parts.middleLeftOut });
  } else if (parts?.optionalLastMissing === true) {
    score *= OPTIONAL_LAST_MISSING_FACTOR;
    features?.push({ feature: 'optional_name_part_missing', value: OPTIONAL_LAST_MISSING_FACTOR, detail: l.tokens[nl - 1] });
  }
  // Two patronymics, neither matched, that start otherwise (Artemovic / Farhodovic): the sons of two fathers.
  const patronymics = isPerson ? differentPatronymics(q, qSim, nq, l, lSim, nl) : undefined;
  if (patronymics !== undefined) {
    score *= PATRONYMIC_DIFFERS_FACTOR;
    features?.push({ feature: 'patronymic_differs', value: PATRONYMIC_DIFFERS_FACTOR, detail: patronymics });
  }
  // A needed part matched only by a romanisation key, a letter rule, a derived surname or a sound (Keyvani /
  // Kaviani, Hasani / Hashemi, Naseri / Nazari): one name spelt two ways when the rest of the name agrees, but
  // with a word of the payment's own that the listed name lacks (another father's name, another given name) the
  // variant is all that ties the two names, and two names that are alike, not one.
  if (isPerson && parts !== undefined && parts.missing !== true) {
    const variant = unsupportedVariant(q, qSim, nq, l, parts, chosen);
    // "Majid Hasani" for "Majid HASHEMI": every other needed part is a name many listed persons share, so the one
    // part that tells them apart is what the match rests on, and it is only alike (a sound, a letter off, a
    // skeleton). A common given name with another family name is the commonest innocent near-match there is.
    const alike = variant !== undefined || syllableName ? undefined : alikeDistinctivePart(q, l, lSim, nl, parts, chosen);
    if (variant !== undefined) {
      score *= UNSUPPORTED_VARIANT_FACTOR;
      features?.push({ feature: 'variant_with_other_words', value: UNSUPPORTED_VARIANT_FACTOR, detail: variant });
    } else if (alike !== undefined) {
      score *= ALIKE_DISTINCTIVE_PART_FACTOR;
      features?.push({ feature: 'distinctive_part_only_alike', value: ALIKE_DISTINCTIVE_PART_FACTOR, detail: alike });
    }
  }
  // "Juan P. Garcia" for "Juan Manuel GARCIA": the payee's middle name starts with another letter than the listed
  // person's — a middle initial is no part the payment may leave out, and one that disagrees is another person's.
  // "Naveed Akbar Awan" for "Naveed Iqbal AWAN": a middle name written out that is no spelling of the listed one is
  // another person's just the same (another father's name, another second given name).
  const conflict = parts !== undefined && parts.missing !== true ? conflictingInitial(q, qSim, nq, l, lSim, parts, chosen) : undefined;
  if (conflict !== undefined) {
    const factor = conflict.written ? MIDDLE_NAME_CONFLICT_FACTOR : INITIAL_CONFLICT_FACTOR;
    score *= factor;
    features?.push({ feature: conflict.written ? 'middle_name_conflicts' : 'initial_conflicts', value: factor, detail: conflict.detail });
  }
  // "Ali Hojjat Mahdavi" for "Hojjat MAHDAVI" or "MAHDAVI, Hojjat": in the Arabic and Persian order of names the
  // word after the given name is the father's, so a payee whose own first name is no word of the listed name is
  // another person.
  if (isPerson && parts?.missing !== true && nl >= 2 && ownGivenNameFirst(q, qSim, nq, l, chosen)) {
    score *= OWN_GIVEN_NAME_FIRST_FACTOR;
    features?.push({ feature: 'other_given_name_first', value: OWN_GIVEN_NAME_FIRST_FACTOR, detail: q.tokens[0] });
  }
  if (isPerson && parts?.missing !== true && (givenNamesSwapped(q, l, nl, chosen) || givenIsFathers(q, l, qSim, chosen))) {
    score *= GIVEN_NAMES_SWAPPED_FACTOR;
    features?.push({ feature: 'given_names_differ', value: GIVEN_NAMES_SWAPPED_FACTOR });
  }
  if (distinctiveTotal > 0 && distinctiveMatched === 0) {
    score = Math.min(score, COMMON_ONLY_CAP);
    features?.push({ feature: 'common_tokens_only', value: COMMON_ONLY_CAP });
  } else if (!isPerson && cut && lastMatchedList >= 0 && lastMatchedList < nl - 1 && legalFormWordsOnly(l, lSim, lastMatchedList)) {
    // A value cut inside a legal form ("SPOLKA Z OGRANICZONA ODPOWIEDZIALNO") shows no name: every listed name
    // written with that form is its head alike, and what tells them apart is past the cut.
    score = Math.min(score, COMMON_ONLY_CAP);
    features?.push({ feature: 'cut_inside_legal_form', value: COMMON_ONLY_CAP });
  } else if (!isPerson && cut && stubOnlyAfterLegalForm(q, nq, l, lSim, lastMatchedList, chosen)) {
    // "STATE UNITARY ENTERPRISE OF THE REP": a legal form and a stub of three letters or less are all the value shows of
    // the name. Thousands of listed names go on from such a stub: it completes a name the other words found, it
    // does not find one alone.
    score = Math.min(score, COMMON_ONLY_CAP);
    features?.push({ feature: 'cut_stub_after_legal_form', value: COMMON_ONLY_CAP, detail: q.tokens[nq - 1] });
  }
  // A name listed "FAMILY, Given" is written "Given Family" as often as not: no reordering.
  if (!((l.familyEnd ?? 0) > 0) && !isMonotone(chosen)) {
    score *= REORDER_FACTOR;
    features?.push({ feature: 'reordered', value: REORDER_FACTOR });
  }
  if (q.legalFormTypos !== undefined && !isPerson) features?.push({ feature: 'legal_form_misspelt', value: 1, detail: q.legalFormTypos.join(' ') });
  if (q.cutTail !== undefined && !isPerson) features?.push({ feature: 'cut_tail_left_out', value: q.cutTail.length, detail: q.cutTail.join(' ') });
  if (q.legalForms.length > 0 && l.legalForms.length > 0 && !q.legalForms.some((f) => l.legalForms.includes(f))) {
    score *= LEGAL_FORM_MISMATCH_FACTOR;
    features?.push({ feature: 'legal_form_differs', value: LEGAL_FORM_MISMATCH_FACTOR });
  }
  if (ctx.partyType !== undefined && ctx.listKind !== 'merchant' && ctx.partyType !== ctx.listKind) {
    score *= PARTY_TYPE_MISMATCH_FACTOR;
    features?.push({ feature: 'party_type_differs', value: PARTY_TYPE_MISMATCH_FACTOR });
  }
  if (ctx.truncated) {
    features?.push({ feature: 'truncated_value', value: 1 });
    if (!cut) features?.push({ feature: 'cut_value_ends_in_own_words', value: 1, detail: q.tokens[nq - 1] });
    const factor = Math.min(1, TRUNCATED_BASE + TRUNCATED_SURVIVED_SHARE * survived);
    if (factor < 1) {
      score *= factor;
      features?.push({ feature: 'truncated_name_survives', value: round(survived) });
    }
    if (cut && (ctx.cutFormWords ?? 0) > 0) features?.push({ feature: 'cut_head_with_legal_form', value: ctx.cutFormWords ?? 0 });
  }
  return clamp01(score);
}

/** Pairings best first, each taken when its words are still free; their similarities written into qSim and lSim. */
function choosePairings(pairings: readonly Pairing[], qSim: number[], lSim: number[]): Pairing[] {
  const chosen: Pairing[] = [];
  for (const p of pairings) {
    let free = true;
    for (let i = p.q0; i <= p.q1 && free; i++) free = qSim[i] === 0;
    for (let j = p.l0; j <= p.l1 && free; j++) free = lSim[j] === 0;
    if (!free) continue;
    chosen.push(p);
    for (let i = p.q0; i <= p.q1; i++) qSim[i] = p.sim;
    for (let j = p.l0; j <= p.l1; j++) lSim[j] = p.sim;
  }
  return chosen;
}

/** A word read as typing slips (token-similarity's SLIPS and EXTRA_SLIPS): counted only with the name's support. */
function isSlips(p: Pairing): boolean {
  return p.kind === 'typo' && (p.because === EXTRA_SLIPS || p.because === SLIPS);
}

/** Pairings that say two words are one name, not one word mistyped or alike. */
const ONE_NAME_KINDS: ReadonlySet<Pairing['kind']> = new Set<Pairing['kind']>([
  'exact',
  'variant',
  'equivalent',
  'syllables',
  'romanised',
  'legal_form_attached',
]);
/** Typos a name may carry in all, the slips included. */
const MAX_NAME_EDITS = 2;
/**
 * A listed word this distinctive supports a word of slips alone (a word of one list entry in a list of thousands,
 * one of fewer than about twenty in a list of a million); otherwise two distinctive words must.
 */
const SLIP_SUPPORT_WEIGHT = 0.6;

/**
 * Whether the rest of the name agrees so well that a word of slips (`slips`: a short word a slip beyond its
 * allowance, a long word Jaro-Winkler put apart) is that word mistyped, not another name: it is the only such word;
 * every other word of both names is paired (but particles, articles and legal-form words), as one name or as a
 * typo, with no more than MAX_NAME_EDITS typos in all (a long word's slips count as two); and the words paired as
 * one name carry the name: one word weighing SLIP_SUPPORT_WEIGHT or more, or two distinctive words (above
 * COMMON_WEIGHT). "Ihro Belousov" for Igor BELOUSOV; not "Ihro Belousova" (a word of its own), "Ihro Belousw"
 * (three typos), "Tso Mz Belousov" (two words of slips), nor a word of slips beside common words alone.
 */
function slipsSupported(
  q: NameSide,
  qSim: readonly number[],
  nq: number,
  l: NameSide,
  lSim: readonly number[],
  nl: number,
  chosen: readonly Pairing[],
  slips: Pairing,
): boolean {
  const ignorable = (t: string): boolean => PARTICLES.has(t) || isArabicArticle(t) || LEGAL_FORM_WORDS.has(t);
  for (let i = 0; i < nq; i++) if (qSim[i] === 0 && !ignorable(q.tokens[i])) return false;
  for (let j = 0; j < nl; j++) if (lSim[j] === 0 && !ignorable(l.tokens[j])) return false;
  let edits = slips.because === SLIPS ? MAX_NAME_EDITS : editDistance(q.tokens[slips.q0], l.tokens[slips.l0], MAX_NAME_EDITS);
  let distinctive = 0;
  let strong = false;
  for (const p of chosen) {
    if (p === slips) continue;
    if (isSlips(p)) return false; // (the only such word)
    if (p.kind === 'typo') {
      edits += p.q0 === p.q1 && p.l0 === p.l1 ? editDistance(q.tokens[p.q0], l.tokens[p.l0], MAX_NAME_EDITS) : MAX_NAME_EDITS;
      continue;
    }
    if (!ONE_NAME_KINDS.has(p.kind) && !(p.kind === 'joined' && p.because === undefined)) return false;
    for (let j = p.l0; j <= p.l1; j++) {
      const w = l.weights[j] ?? 1;
      if (w > COMMON_WEIGHT) distinctive++;
      if (w >= SLIP_SUPPORT_WEIGHT) strong = true;
    }
  }
  return (strong || distinctive >= 2) && edits <= MAX_NAME_EDITS;
}

/**
 * Whether listed word j is an optional given name after the needed one, a middle name (or a Vietnamese middle name,
 * before the given name): not a second surname, patronymic or father's name at the end, nor a family name's second word.
 */
function isMiddleName(parts: PersonParts, j: number): boolean {
  if (!parts.optional[j]) return false;
  if (parts.middleFrom !== undefined) return j >= parts.middleFrom && j < parts.givenFrom;
  return parts.givenFrom >= 0 && j > parts.givenFrom && j <= parts.givenTo;
}

/**
 * The mean weight of the listed words a person's name needs (those not optional); Infinity when every word is optional
 * (the parts say nothing then).
 */
function neededWeight(l: NameSide, parts: PersonParts, nl: number): number {
  let sum = 0;
  let n = 0;
  for (let j = 0; j < nl; j++) {
    if (parts.optional[j]) continue;
    sum += l.weights[j] ?? 1;
    n++;
  }
  return n === 0 ? Infinity : sum / n;
}

/** Whether pairing p has the payment's initial (or initials run together) for listed words written out. */
function isAbbreviation(q: NameSide, l: NameSide, p: Pairing): boolean {
  return p.kind === 'initial' && p.q0 === p.q1 && (p.l1 > p.l0 || q.tokens[p.q0].length < l.tokens[p.l0].length);
}

/** A listed word that is a given name or patronymic, not a particle, article or son-of word. */
function isGivenWord(t: string): boolean {
  return t.length >= 2 && !PARTICLES.has(t) && !isArabicArticle(t) && !SON_OF_BEFORE.has(t) && !SON_OF_AFTER.has(t);
}

/**
 * What each of the payment's initials is worth (initials.ts), rewritten into its pairing in `chosen` and into lSim: an
 * initial of an optional part (a middle name, a patronymic) is the part, shortened — similarity 1, weighed as an
 * optional part left out (the marks returned); an initial of the needed given name is worth what the family name
 * (distinctive and spelt as listed, or not) and the listed person's other given names in the payment make of it.
 */
function weighInitials(q: NameSide, l: NameSide, parts: PersonParts, chosen: Pairing[], lSim: number[]): boolean[] | undefined {
  const nl = lSim.length;
  const natural = parts.givenFrom === 0;
  let marks: boolean[] | undefined;
  const given: number[] = [];
  let backed: 'written' | 'initials' | 'none' = 'none';
  for (let k = 0; k < chosen.length; k++) {
    const p = chosen[k];
    const abbreviated = isAbbreviation(q, l, p);
    let needed = false;
    for (let j = p.l0; j <= p.l1; j++) {
      // A word before the last that the payment gives as its initial is a given name, whichever reading of a name in
      // natural order holds (Juan Manuel GARCIA, or Manuel as a first surname): family names are not abbreviated.
      const isGiven = (j >= parts.givenFrom && j <= parts.givenTo) || (abbreviated && natural && j < nl - 1);
      if (!parts.optional[j]) {
        if (abbreviated && isGiven && !given.includes(k)) given.push(k);
        needed = true;
      } else if (isGiven && isGivenWord(l.tokens[j]) && lSim[j] > 0) {
        // Another given name of the listed person, in the payment.
        backed = !abbreviated ? 'written' : backed === 'written' ? 'written' : 'initials';
      }
      if (abbreviated && parts.optional[j]) {
        marks ??= new Array<boolean>(nl).fill(false);
        marks[j] = true;
        lSim[j] = 1;
      }
    }
    if (abbreviated && !needed) chosen[k] = { ...p, sim: 1, because: 'optional' };
  }
  if (given.length === 0) return marks;
  // The family name: its needed word, or in natural order the last word where the payment abbreviates that one.
  let familyAt = parts.family;
  let family = chosen.find((p) => p.l0 <= familyAt && familyAt <= p.l1);
  if (natural && family !== undefined && isAbbreviation(q, l, family)) {
    familyAt = nl - 1;
    family = chosen.find((p) => p.l0 <= familyAt && familyAt <= p.l1);
  }
  const spelt = family !== undefined && family.l0 === family.l1 && (family.kind === 'exact' || family.kind === 'variant');
  const sim = givenInitialSimilarity(familyDistinctiveness([spelt ? (l.weights[familyAt] ?? 1) : -1]), backed);
  for (const k of given) {
    const p = chosen[k];
    chosen[k] = { ...p, sim, because: backed === 'none' ? 'alone' : 'backed' };
    for (let j = p.l0; j <= p.l1; j++) if (!parts.optional[j]) lSim[j] = sim;
  }
  return marks;
}

/**
 * "Balogun O.E." for "Olufemi Ebo BALOGUN", "A.G. Al Otaibi" for "Ali Ghassan AL OTAIBI": a payment word of two or
 * three letters that is a word as well (Le, Oe) or a legal form (AG, SL, OE) is read as the initials of the listed
 * person's given names when that is all that is left of both names — the payment's other words are the listed
 * family name, and its letters are the first letters of the listed words before it, in order. Normalisation has
 * dropped the dots that said so; the structure says it again. Paired into `chosen`, qSim and lSim as a run.
 */
function givenInitialsRun(q: NameSide, qSim: number[], nq: number, l: NameSide, lSim: number[], nl: number, chosen: Pairing[]): void {
  let at = -1;
  for (let i = 0; i < nq; i++) {
    if (qSim[i] !== 0) continue;
    // A run of initials by its letters (a word the list knows, with a vowel, is a word: Bo, Jo, Ed), or a legal form's
    // letters (AG, SL); never an article or particle of names (Al Rashid is no A. L. Rashid).
    if (at >= 0 || !mayBeGivenInitials(q.tokens, i, q.known?.[i] === true)) return;
    at = i;
  }
  // (the words the run stands for, a son-of word between two of them included)
  const n = at < 0 ? 0 : runEnd(q.tokens[at], l.tokens, 0) + 1;
  if (n === 0 || n >= nl) return;
  for (let j = 0; j < nl; j++) if ((lSim[j] === 0) !== j < n) return;
  chosen.push({ q0: at, q1: at, l0: 0, l1: n - 1, sim: INITIAL_SIMILARITY, kind: 'initial' });
  qSim[at] = INITIAL_SIMILARITY;
  for (let j = 0; j < n; j++) lSim[j] = INITIAL_SIMILARITY;
}

/**
 * One-letter initials paired crosswise ("A. A. Shima" for "SHIMA, Amin Allah" as Allah, Amin): the greedy pairing
 * takes equal initials in whatever order the position heuristic gives, and a crossing would read as given names
 * swapped. The same initial stands for either word as well, at the same similarity: uncrossed.
 */
function uncrossInitials(q: NameSide, chosen: Pairing[]): void {
  for (let a = 0; a < chosen.length; a++) {
    for (let b = 0; b < chosen.length; b++) {
      const x = chosen[a];
      const y = chosen[b];
      if (x.kind !== 'initial' || y.kind !== 'initial' || x.q0 >= y.q0 || x.l0 <= y.l0) continue;
      if (x.q0 !== x.q1 || y.q0 !== y.q1 || x.l0 !== x.l1 || y.l0 !== y.l1 || q.tokens[x.q0] !== q.tokens[y.q0]) continue;
      chosen[a] = { ...x, l0: y.l0, l1: y.l1 };
      chosen[b] = { ...y, l0: x.l0, l1: x.l1 };
    }
  }
}

/**
 * "payment initial~listed word" when the payment has an initial (or initials run together) that stands for no listed
 * word, and the listed person has a given name or patronymic left over that it could have stood for: that is another
 * person's middle name (Juan P. Garcia for Juan Manuel Garcia), where a listed person without one left over may just
 * not have the payee's middle name listed. The particles y, e, i are words as often (Garcia y Lopez). So too a middle
 * name written out (`written`) between the listed given name and the family name that is no spelling of the one left
 * over (Naveed Akbar Awan for Naveed Iqbal Awan; see mayBeOneName for what is no conflict).
 */
function conflictingInitial(
  q: NameSide,
  qSim: readonly number[],
  nq: number,
  l: NameSide,
  lSim: readonly number[],
  parts: PersonParts,
  chosen: readonly Pairing[],
): { detail: string; written: boolean } | undefined {
  let left = -1;
  const from = parts.middleFrom ?? parts.givenFrom;
  // (Vietnamese Van is a middle name, no Dutch particle)
  const middle = (j: number): boolean => isGivenWord(l.tokens[j]) || (parts.middleFrom !== undefined && j < parts.givenFrom);
  for (let j = from; j <= parts.givenTo && j >= 0 && left < 0; j++) if (lSim[j] === 0 && parts.optional[j] && middle(j)) left = j;
  if (left < 0) return undefined;
  // Only where a given or middle name stands: before the family name, or after it when the payment writes it first
  // ("Juan Garcia L." has a second surname's initial, no middle name's).
  const family = chosen.find((p) => p.l0 <= parts.family && parts.family <= p.l1);
  if (family === undefined) return undefined;
  const given = chosen.find((p) => p.l0 <= parts.givenFrom && parts.givenFrom <= p.l1);
  const familyFirst = (q.familyEnd ?? 0) > 0 || family.q0 === 0;
  for (let i = familyFirst ? family.q1 + 1 : 0; i < (familyFirst ? nq : family.q0); i++) {
    const t = q.tokens[i];
    if (qSim[i] !== 0 || (PARTICLES.has(t) && parts.middleFrom === undefined) || NOT_INITIALS.has(t)) continue;
    if (isInitial(t) || isInitialsRun(t, q.known?.[i] === true)) return { detail: `${t}~${l.tokens[left]}`, written: false };
    // (after the given name, or before it where the middle names stand before it: Le Minh Lan for Le Thu Lan)
    const between = given !== undefined && (parts.middleFrom === undefined ? i > given.q1 : i < given.q0);
    // (a Vietnamese middle name may be a particle elsewhere: Van)
    if (between && (parts.middleFrom !== undefined || isWrittenMiddleName(t)) && !mayBeOneName(t, l.tokens[left])) {
      return { detail: `${t}~${l.tokens[left]}`, written: true };
    }
  }
  return undefined;
}

/** A payment word that reads as a middle name written out: no title, particle, article, son-of word or Allah. */
function isWrittenMiddleName(t: string): boolean {
  return t.length >= 3 && isGivenWord(t) && !isNamePrefix(t) && !ALLAH.has(t) && !isCompoundHead(t);
}

/**
 * Whether two middle names may be one name spelt two ways, or misspelt, that the pairing did not take for one: alike in
 * letters (Yaqub / Yekoub, Mundhir / Monzir, Zrio / Mario), one's romanisation key the start of the other's (Izzuddin /
 * Ezz al Din), or a patronymic, whose spellings are many (Alischerowitsch / Aliserovic; differentPatronymics tells
 * two fathers apart). Akbar / Iqbal, Nasser / Javed are two names.
 */
function mayBeOneName(a: string, b: string): boolean {
  if (jaroWinkler(a, b) >= ALIKE_MIDDLE_NAMES || PATRONYMIC.test(a) || PATRONYMIC.test(b)) return true;
  const ka = romanisationKey(a).toLowerCase();
  const kb = romanisationKey(b).toLowerCase();
  return ka.startsWith(kb) || kb.startsWith(ka);
}
const ALIKE_MIDDLE_NAMES = 0.7;

/** What payment token i weighs in the payment coverage when the listed name does not explain it. */
function unmatchedWeight(
  q: NameSide,
  i: number,
  nq: number,
  isPerson: boolean,
  syllableName: boolean,
  ctx: NameScoreContext,
  features: ScoreFeature[] | undefined,
  listedForms: readonly string[],
): number {
  let w = q.weights[i] ?? 1;
  // A payment name written "FAMILY, Given …" has its first given name after the comma: never optional.
  if (isPerson && i > 0 && i < nq - 1 && i !== q.familyEnd) {
    if (syllableName && (q.keys?.[i] ?? keysOf(q.tokens[i])).oneSyllable) features?.push({ feature: 'extra_syllable', value: 1, detail: q.tokens[i] });
    else w *= OPTIONAL_MIDDLE_FACTOR;
  } else if (isPerson && i === nq - 1 && nq >= 3 && !((q.familyEnd ?? 0) > 0) && q.tokens[i].length === 1) {
    // A last initial after given and family name is a second surname's (Juan Garcia L.), which a list leaves out.
    w *= OPTIONAL_MIDDLE_FACTOR;
  }
  // A company name's Arabic article the listed name does without (a person's middle words are optional already).
  if (!isPerson && nq > 1 && i < nq - 1 && isOptionalArticle(q.tokens[i])) w *= OPTIONAL_MIDDLE_FACTOR;
  // A legal form out of place ("Pinestar LLC Media") or cut off at the field limit ("UG (haftu") is no identity.
  else if (!isPerson && (LEGAL_FORM_WORDS.has(q.tokens[i]) || (ctx.truncated && i === nq - 1 && isLegalFormPrefix(q.tokens[i])))) {
    w *= STRAY_LEGAL_FORM_FACTOR;
  } else if (!isPerson && nq > 1 && (i === 0 || i === nq - 1) && q.known?.[i] === false && slippedLegalForm(q.tokens[i], listedForms) !== undefined) {
    // The listed name's legal form mistyped where a form stands (OOI Promservis, Marden Trading Lrd): a form, no
    // word of the name.
    w *= STRAY_LEGAL_FORM_FACTOR;
    features?.push({ feature: 'legal_form_slip', value: STRAY_LEGAL_FORM_FACTOR, detail: `${q.tokens[i]}~${slippedLegalForm(q.tokens[i], listedForms)}` });
  } else if (!isPerson && i === nq - 1 && nq > 1 && q.tokens[i].length <= 4 && q.known?.[i] === false) {
    // A short unknown last word of a company name is most likely a legal form the table does not know.
    w *= UNKNOWN_SHORT_SUFFIX_FACTOR;
  }
  return w;
}

/**
 * Whether some pairing of candidatePairings would cover payment token i (ignoring the known-word discount, which
 * only ever lowers a similarity): the same comparisons, those of token i only.
 */
/**
 * Whether payment token i and listed token j pair by themselves (tokenSimilarity above 0). Candidates of one payment
 * name share most of their words (its common words brought them): each listed word is compared with token i once.
 * The keys stand for the word (one per listed token); the expanded spelling and whether initials count are the rest
 * of what the comparison depends on (a cut last word is a prefix by its position).
 */
function singlePair(q: NameSide, l: NameSide, i: number, j: number, allowPrefix: boolean, allowInitial: boolean, memos: BoundMemos): boolean {
  const lk = memoKey(l, j);
  const known = recall(memos.pairs, lk, i);
  if (known !== UNKNOWN) return known === PAIRED;
  const paired =
    tokenSimilarity(q.tokens[i], q.expanded[i], l.tokens[j], l.expanded[j], allowPrefix, allowInitial, q.keys?.[i], l.keys?.[j]).sim > 0 ||
    readingPairs(q.readings?.[i], l, j, allowInitial);
  remember(memos.pairs, lk, i, paired);
  return paired;
}

/** Whether a reading is payment word t (or its expansion x) letter for letter once the i, y and j of each are left out. */
function sameButGlides(reading: string, t: string, x: string): boolean {
  const r = withoutGlides(reading);
  return r === withoutGlides(t) || (x !== t && r === withoutGlides(x));
}

/**
 * Whether a word as its name's Cyrillic system reads it pairs with word k of the other side: payment word i read against
 * listed word j (singlePair), or listed word j read against payment word i (not kept: few names have a system).
 */
function readingPairs(readings: Readings, other: NameSide, k: number, allowInitial: boolean): boolean {
  return (
    readings !== undefined &&
    sameFirstLetter(readings, other.tokens[k]) &&
    readingSimilarity(readings, '', other.tokens[k], other.expanded[k], allowInitial, other.keys?.[k]) !== undefined
  );
}

/**
 * Whether payment tokens k and k + 1 written as one pair with listed token j (joinedTokensPairing): as singlePair, each
 * listed word is compared with the payment's joined words once across the candidates (the comparison depends on the
 * words alone, not on the kind of the listed name).
 */
function paymentJoinedPair(q: NameSide, l: NameSide, k: number, j: number, memos: BoundMemos): boolean {
  const lk = memoKey(l, j);
  const known = recall(memos.joined, lk, k);
  if (known !== UNKNOWN) return known === PAIRED;
  const paired = joinedTokensPairing(q, l, k, j, true) !== undefined;
  remember(memos.joined, lk, k, paired);
  return paired;
}

function mayPair(q: NameSide, l: NameSide, ctx: NameScoreContext, i: number, nq: number, nl: number, memo: BoundMemos): boolean {
  const allowPrefix = ctx.truncated && i === nq - 1;
  const allowInitial = ctx.listKind !== 'organisation';
  for (let j = 0; j < nl; j++) if (singlePair(q, l, i, j, allowPrefix, allowInitial, memo)) return true;
  if (ctx.listKind === 'person') for (let j = 0; j < nl; j++) if (koreanFamilyByLaw(q, nq, i, l, nl, j)) return true;
  if (l.readings !== undefined) for (let j = 0; j < nl; j++) if (readingPairs(l.readings?.[j], q, i, allowInitial)) return true;
  if (runAt(q, l, ctx, i, nl, 0, true) >= 0) return true;
  for (let j = 0; j + 1 < nl; j++) if (joinedTokensPairing(q, l, i, j, false) !== undefined) return true;
  for (let k = Math.max(0, i - 1); k <= i && k + 1 < nq; k++) {
    for (let j = 0; j < nl; j++) if (paymentJoinedPair(q, l, k, j, memo)) return true;
  }
  for (let j = 0; j + 2 < nl; j++) if (syllableRunPairing(q, l, i, j, false, 3) !== undefined) return true;
  for (let k = Math.max(0, i - 2); k <= i && k + 2 < nq; k++) {
    for (let j = 0; j < nl; j++) if (syllableRunPairing(q, l, k, j, true, 3) !== undefined) return true;
  }
  for (const [k] of articleJoins(q, nq, l, nl)) if (k <= i && i <= k + 2) return true;
  for (const [, t] of articleJoins(l, nl, q, nq)) if (t === i) return true;
  return false;
}

/**
 * The first listed word from `from` on that payment word i, initials run together, pairs with (candidatePairings), or -1;
 * with `loose`, also a word that may be a run only where it stands for every given name (givenInitialsRun).
 */
function runAt(q: NameSide, l: NameSide, ctx: NameScoreContext, i: number, nl: number, from = 0, loose = false): number {
  const t = q.tokens[i];
  const known = q.known?.[i] === true;
  if (ctx.listKind !== 'person' || !(isInitialsRun(t, known) || (loose && (mayBeInitialsRun(t) || mayBeGivenInitials(q.tokens, i, known))))) return -1;
  for (let j = from; j + t.length <= nl; j++) if (runEnd(t, l.tokens, j) >= 0) return j;
  return -1;
}

/** Whether some pairing of candidatePairings would cover listed token j (as mayPair for a payment token). */
function mayCover(q: NameSide, l: NameSide, ctx: NameScoreContext, j: number, nq: number, nl: number, memo: BoundMemos): boolean {
  const allowInitial = ctx.listKind !== 'organisation';
  for (let i = 0; i < nq; i++) if (singlePair(q, l, i, j, ctx.truncated && i === nq - 1, allowInitial, memo)) return true;
  if (ctx.listKind === 'person') for (let i = 0; i < nq; i++) if (koreanFamilyByLaw(q, nq, i, l, nl, j)) return true;
  if (l.readings !== undefined) for (let i = 0; i < nq; i++) if (readingPairs(l.readings?.[j], q, i, allowInitial)) return true;
  for (let i = 0; i < nq; i++) {
    // (a run passes over son-of words: it may start up to twice its letters before j)
    for (
      let from = runAt(q, l, ctx, i, nl, Math.max(0, j - 2 * q.tokens[i].length + 2), true);
      from >= 0 && from <= j;
      from = runAt(q, l, ctx, i, nl, from + 1, true)
    ) {
      if (runEnd(q.tokens[i], l.tokens, from) >= j) return true;
    }
  }
  for (let i = 0; i < nq; i++) {
    if (j > 0 && joinedTokensPairing(q, l, i, j - 1, false) !== undefined) return true;
    if (j + 1 < nl && joinedTokensPairing(q, l, i, j, false) !== undefined) return true;
    if (i + 1 < nq && paymentJoinedPair(q, l, i, j, memo)) return true;
    for (let k = Math.max(0, j - 2); k <= j && k + 2 < nl; k++) if (syllableRunPairing(q, l, i, k, false, 3) !== undefined) return true;
    if (i + 2 < nq && syllableRunPairing(q, l, i, j, true, 3) !== undefined) return true;
  }
  for (const [, t] of articleJoins(q, nq, l, nl)) if (t === j) return true;
  for (const [k] of articleJoins(l, nl, q, nq)) if (k <= j && j <= k + 2) return true;
  return false;
}

/**
 * Whether personParts will find a part of the listed person's name missing whatever the pairing: a part no payment
 * token can cover (the given name, the family name, a syllable of a syllable name, a last word that cannot be
 * optional).
 */
function personSurelyMissing(q: NameSide, l: NameSide, ctx: NameScoreContext, nq: number, nl: number, syllableName: boolean, memo: BoundMemos): boolean {
  if (syllableName && nl >= 3) {
    for (let j = 0; j < nl; j++) if (!mayCover(q, l, ctx, j, nq, nl, memo)) return true;
    return false;
  }
  const fe = l.familyEnd ?? 0;
  if (fe > 0 && fe < nl) {
    let family = false;
    for (let j = 0; j < fe && !family; j++) family = mayCover(q, l, ctx, j, nq, nl, memo);
    if (!family) return true;
    let given = false;
    for (let j = fe; j < nl && !given; j++) given = mayCover(q, l, ctx, j, nq, nl, memo);
    return !given;
  }
  if (!mayCover(q, l, ctx, 0, nq, nl, memo)) return true;
  // The last word, unless it may be optional (personParts' lastOptional, whatever is matched).
  const last = l.tokens[nl - 1];
  let surname = nl - 2;
  while (surname > 0 && SECOND_SURNAME_PARTICLES.has(l.tokens[surname])) surname--;
  const mayBeOptional =
    nl >= 3 && (PATRONYMIC.test(last) || SON_OF_AFTER.has(last) || SON_OF_BEFORE.has(l.tokens[nl - 2]) || (surname > 0 && !PARTICLES.has(l.tokens[surname])));
  return !mayBeOptional && !mayCover(q, l, ctx, nl - 1, nq, nl, memo);
}

/**
 * The list coverage of a company's or merchant's name at most (not cut): a listed token no payment token can cover
 * weighs in it only as missing, as score_ weighs it (an article or a short last word less).
 */
function listCoverageBound(q: NameSide, l: NameSide, ctx: NameScoreContext, nq: number, nl: number, memo: BoundMemos, below: number): number {
  let covered = 0;
  for (let j = 0; j < nl; j++) covered += l.weights[j] ?? 1;
  let missing = 0;
  for (let j = 0; j < nl; j++) {
    if (mayCover(q, l, ctx, j, nq, nl, memo)) continue;
    let w = l.weights[j] ?? 1;
    covered -= w;
    if (nl > 1 && j < nl - 1 && isOptionalArticle(l.tokens[j])) w *= OPTIONAL_MIDDLE_FACTOR;
    else if (j === nl - 1 && nl > 1 && l.tokens[j].length <= 3) w *= UNKNOWN_SHORT_SUFFIX_FACTOR;
    missing += w;
    if (covered + missing <= 0 || covered / (covered + missing) < below) return covered + missing <= 0 ? 0 : covered / (covered + missing);
  }
  return covered + missing <= 0 ? 0 : covered / (covered + missing);
}

/**
 * Whether the score is surely below `floor`, from the payment coverage alone: the score is at most
 * 1/2 + 1/2 × payment coverage (list coverage and every factor are at most 1), and a payment token no pairing can
 * cover weighs in the coverage only as unexplained. The heaviest payment tokens are tried first, and only while
 * their being unexplained could still bring the bound below the floor; most candidates a search brings share a
 * common word with the payment and miss its distinctive one ("Fatma Zeynep Bribri" for "Fatma Zeynep Çetin"), and
 * one token's comparisons say so where the score compares every token with every other. Never true of a candidate
 * scoring at or above the floor (the scorer's own comparisons, not an estimate).
 */
export function scoreSurelyBelow(q: NameSide, l: NameSide, ctx: NameScoreContext, floor: number, bound: CoverageBound): boolean {
  const { order } = bound;
  // Whether initials count (persons and merchants, not organisations) is part of a comparison: one memo each.
  const memo = ctx.listKind === 'organisation' ? bound.organisations : bound.others;
  const nq = Math.min(q.tokens.length, MAX_TOKENS);
  const nl = Math.min(l.tokens.length, MAX_TOKENS);
  if (nq === 0 || nl === 0) return 0 < floor - BOUND_MARGIN;
  const isPerson = ctx.listKind === 'person';
  const syllableName = isPerson && nl >= 2 && !isVietnameseName(l.tokens, nl) && isSyllableName(l, nl);
  // Margin for rounding: the scorer multiplies in another order.
  const target = 2 * (floor - BOUND_MARGIN) - 1;
  if (target <= 0) return false;
  let total = 0;
  for (let i = 0; i < nq; i++) total += q.weights[i] ?? 1;
  // explained: the weight of tokens that may be explained (full weight); unexplained: the others as the scorer weighs them.
  let explained = total;
  let unexplained = 0;
  // The weight of the tokens not yet tried (the order is by weight, heaviest first).
  let untried = total;
  for (const i of order) {
    if (i >= nq) continue;
    const w = q.weights[i] ?? 1;
    // Even with this token and every one after it unexplained (at most at full weight) the bound would stay at the
    // floor: no use trying.
    if (explained - untried >= target * (explained + unexplained)) break;
    untried -= w;
    if (mayPair(q, l, ctx, i, nq, nl, memo)) continue;
    explained -= w;
    unexplained += unmatchedWeight(q, i, nq, isPerson, syllableName, ctx, undefined, l.legalForms);
    const den = explained + unexplained;
    if (den <= 0 || explained / den < target) return true;
  }
  // The listed side: what the payment coverage leaves of the score, times the list coverage at most, or the factor
  // of a part of a person's name missing.
  const den = explained + unexplained;
  const paymentFactor = 1 - PAYMENT_COVERAGE_SHARE + PAYMENT_COVERAGE_SHARE * (den > 0 ? explained / den : 0);
  const below = (floor - BOUND_MARGIN) / paymentFactor;
  if (isPerson) return nl >= 2 && PERSON_PART_MISSING_FACTOR < below && personSurelyMissing(q, l, ctx, nq, nl, syllableName, memo);
  // A cut value's listed name goes on past the cut, which weighs nothing: no bound from the listed side.
  return !ctx.truncated && listCoverageBound(q, l, ctx, nq, nl, memo, below) < below;
}
const BOUND_MARGIN = 1e-9;

/**
 * Per listed word (its keys), the payment tokens compared with it (bit i) and those it pairs with (bit i +
 * MEMO_RESULT_SHIFT): payment tokens past MAX_TOKENS are never compared.
 */
type PairMemo = Map<TokenKeys, number>;
const MEMO_RESULT_SHIFT = 16;
const UNKNOWN = -1;
const PAIRED = 1;

/** The memo key of listed word j: its keys, when it is compared as written (its expanded spelling the same), else undefined. */
function memoKey(l: NameSide, j: number): TokenKeys | undefined {
  const lk = l.keys?.[j];
  return lk !== undefined && l.expanded[j] === l.tokens[j] ? lk : undefined;
}

/** What the memo holds for payment position i and the listed word of key lk: PAIRED, 0, or UNKNOWN. */
function recall(memo: PairMemo, lk: TokenKeys | undefined, i: number): number {
  if (lk === undefined) return UNKNOWN;
  const known = memo.get(lk);
  if (known === undefined || (known & (1 << i)) === 0) return UNKNOWN;
  return (known & (1 << (i + MEMO_RESULT_SHIFT))) !== 0 ? PAIRED : 0;
}

function remember(memo: PairMemo, lk: TokenKeys | undefined, i: number, paired: boolean): void {
  if (lk !== undefined) memo.set(lk, (memo.get(lk) ?? 0) | (1 << i) | (paired ? 1 << (i + MEMO_RESULT_SHIFT) : 0));
}

/**
 * The comparisons scoreSurelyBelow keeps for one payment name and one kind of listed name: of single words (pairs),
 * and of two payment words joined with a listed word (joined, shared by the kinds: such a comparison allows no initial).
 */
interface BoundMemos {
  readonly pairs: PairMemo;
  readonly joined: PairMemo;
}

/** What scoreSurelyBelow keeps for one payment name (one reading of it) across its candidates. */
export interface CoverageBound {
  /** The payment's token positions, heaviest first. */
  readonly order: readonly number[];
  readonly organisations: BoundMemos;
  readonly others: BoundMemos;
}

/** scoreSurelyBelow's state for payment name q, to be passed with q for each of its candidates (a truncated query stays one: allowPrefix is by position). */
export function coverageBound(q: NameSide): CoverageBound {
  const order = Array.from(q.tokens, (_, i) => i);
  sortSmall(order, (a, b) => (q.weights[b] ?? 1) - (q.weights[a] ?? 1));
  const joined: PairMemo = new Map();
  return { order, organisations: { pairs: new Map(), joined }, others: { pairs: new Map(), joined } };
}

/** Endings that make a family name of a given name (Farhad → Farhadi, Rahim → Rahimov, Hasan → Hasanzade). */
const SURNAME_ENDINGS = ['i', 'y', 'ee', 'iy', 'zade', 'zadeh', 'zada', 'zoda', 'ov', 'ev', 'ova', 'eva', 'li', 'zai', 'zay', 'pur', 'pour'];

/**
 * The listed word a payment word matched that is that listed word with a surname's ending ("Sina Farhadi" for "Sina
 * Farhad Jafari": Farhadi is a family name built on the name Farhad, not the listed person's Farhad), or -1.
 */
function surnameBuiltOn(q: NameSide, l: NameSide, chosen: readonly Pairing[]): number {
  for (const p of chosen) {
    if (p.kind === 'exact' || p.q0 !== p.q1 || p.l0 !== p.l1) continue;
    const qt = q.tokens[p.q0];
    const lt = l.tokens[p.l0];
    if (lt.length >= 3 && qt.length > lt.length && qt.startsWith(lt) && SURNAME_ENDINGS.includes(qt.slice(lt.length))) return p.l0;
  }
  return -1;
}

/** Token matches that say two spellings sound or are built alike, not that the table knows them as one name. */
function isLooseMatch(p: Pairing): boolean {
  return (
    p.kind === 'romanised' ||
    p.kind === 'phonetic' ||
    p.kind === 'known_word' ||
    p.kind === 'other_name' ||
    p.kind === 'other_syllables' ||
    (p.kind === 'equivalent' && p.because?.includes('+') === true)
  );
}

/**
 * "payment~listed~other word" when a needed listed word (not an optional middle name) is matched loosely (see
 * isLooseMatch) and the payment has a name word of its own the listed name does not match (no particle, title,
 * article or initial); undefined otherwise.
 */
function unsupportedVariant(q: NameSide, qSim: readonly number[], nq: number, l: NameSide, parts: PersonParts, chosen: readonly Pairing[]): string | undefined {
  let loose: Pairing | undefined;
  for (const p of chosen) if (isLooseMatch(p) && parts.optional[p.l0] !== true) loose = p;
  if (loose === undefined) return undefined;
  for (let i = 0; i < nq; i++) {
    const t = q.tokens[i];
    if (qSim[i] !== 0 || t.length < 3 || PARTICLES.has(t) || isNamePrefix(t) || isArabicArticle(t) || SON_OF_BEFORE.has(t) || SON_OF_AFTER.has(t)) continue;
    return `${q.tokens[loose.q0]}~${l.tokens[loose.l0]}~${t}`;
  }
  return undefined;
}

/** Token matches by likeness of letters or sound alone: no table, no syllable reading, says they are one name. */
function isLikenessOnly(p: Pairing): boolean {
  return (
    p.kind === 'romanised' || p.kind === 'phonetic' || p.kind === 'known_word' || p.kind === 'other_name' || p.kind === 'other_syllables' || p.kind === 'typo'
  );
}

/**
 * "payment~listed~shared part" when exactly one needed listed word (no optional part, particle or article) is
 * matched only by likeness (isLikenessOnly), it weighs more than the other needed words, and every other needed
 * word is spelt as listed and common in the list (weight at most SHARED_PART_WEIGHT); undefined otherwise. The
 * weights are the list's own IDF: a given name many listed persons carry tells none of them apart.
 */
function alikeDistinctivePart(
  q: NameSide,
  l: NameSide,
  lSim: readonly number[],
  nl: number,
  parts: PersonParts,
  chosen: readonly Pairing[],
): string | undefined {
  let alike: Pairing | undefined;
  for (const p of chosen) {
    if (p.l0 !== p.l1 || parts.optional[p.l0] === true || !isLikenessOnly(p)) continue;
    if (alike !== undefined) return undefined;
    alike = p;
  }
  if (alike === undefined) return undefined;
  const alikeWeight = l.weights[alike.l0] ?? 1;
  let shared: string | undefined;
  for (let j = 0; j < nl; j++) {
    if (j === alike.l0 || parts.optional[j] === true || PARTICLES.has(l.tokens[j]) || isArabicArticle(l.tokens[j])) continue;
    const w = l.weights[j] ?? 1;
    // Spelt otherwise too, the whole name is in another romanisation, where a respelt family name is expected.
    if (lSim[j] < 1 || w > SHARED_PART_WEIGHT || w >= alikeWeight) return undefined;
    shared ??= l.tokens[j];
  }
  return shared === undefined ? undefined : `${q.tokens[alike.q0]}~${l.tokens[alike.l0]}~${shared}`;
}

/**
 * Whether the payment, in natural order like the listed name, starts with a given name of its own (no word of the
 * listed name, not an initial, title or particle) and has the listed name's first word right after it.
 */
function ownGivenNameFirst(q: NameSide, qSim: readonly number[], nq: number, l: NameSide, chosen: readonly Pairing[]): boolean {
  const given = listedGivenAt(l);
  if (given < 0 || (q.familyEnd ?? 0) !== 0 || nq < 3 || qSim[0] !== 0) return false;
  const first = q.tokens[0];
  if (first.length < 3 || PARTICLES.has(first) || isNamePrefix(first) || isArabicArticle(first) || isCompoundHead(first)) return false;
  for (const p of chosen) if (p.l0 === given) return p.q0 === 1;
  return false;
}

/**
 * Where the listed person's (first) given name is: first in natural order, right after the family name in "FAMILY,
 * Given …" ("ROSTAMI, Omid" is the Omid Rostami a payment writes); -1 when commas stand between every part.
 */
function listedGivenAt(l: NameSide): number {
  const fe = l.familyEnd ?? 0;
  return fe < 0 || fe >= l.tokens.length ? -1 : fe;
}
/**
 * Words put before a given name that lists leave out: titles, the Sayyid of a Prophet's descendant, and the
 * abbreviations of Muhammad (Md, Muhd); Muhammad itself, which South Asian and Iranian usage writes before the name
 * one goes by, is asked of the equivalence table (isNamePrefix), so every spelling it knows counts.
 */
const NAME_PREFIXES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'eng',
  'sir',
  'haji',
  'hajji',
  'hadji',
  'alhaji',
  'alhaj',
  'sheikh',
  'shaikh',
  'sheik',
  'shaykh',
  'cheikh',
  'sayyid',
  'sayed',
  'sayyed',
  'seyed',
  'seyyed',
  'syed',
  'said',
  'mir',
  'mullah',
  'mulla',
  'mawlana',
  'maulana',
  'imam',
  'hafiz',
  'qari',
  'md',
  'muhd',
]);

/** The equivalence table's group of Muhammad's spellings (Mohammed, Muhammet, Magomed, Mamadou …). */
const MUHAMMAD_GROUP = NAME_EQUIVALENTS.findIndex((g) => g.name === 'muhammad');

/** A title, or Muhammad in any spelling the table knows, before the name one goes by. */
function isNamePrefix(token: string): boolean {
  if (NAME_PREFIXES.has(token)) return true;
  return nameGroupsOf(token)?.includes(MUHAMMAD_GROUP) === true;
}

/**
 * "Ilham Artemovic Gasanov" for "HASANOV, Ilham Farhodovic": each name has a patronymic the other does not match, and
 * they start with other consonants, so no romanisation makes them one (Andreewitsch / Andreevic start alike and
 * are left to the token comparison). Returns "payment~listed", or undefined.
 */
function differentPatronymics(q: NameSide, qSim: readonly number[], nq: number, l: NameSide, lSim: readonly number[], nl: number): string | undefined {
  let lp = -1;
  for (let j = 0; j < nl && lp < 0; j++) if (lSim[j] === 0 && PATRONYMIC.test(l.tokens[j])) lp = j;
  if (lp < 0) return undefined;
  for (let i = 0; i < nq; i++) {
    if (qSim[i] !== 0 || !PATRONYMIC.test(q.tokens[i])) continue;
    const a = romanisationKey(q.tokens[i]);
    const b = romanisationKey(l.tokens[lp]);
    if (a.slice(0, 2) !== b.slice(0, 2)) return `${q.tokens[i]}~${l.tokens[lp]}`;
  }
  return undefined;
}

/**
 * "Said Yaqub Kamal al-Falasi" for "AL-FALASI, Kamal Said": the payee's own given name is a later given name of
 * the listed person's (a father's name, a second name) and the listed person's given name is somewhere else in
 * the payment — the same names, another person (Kamal's son Said, not Kamal).
 */
function givenNamesSwapped(q: NameSide, l: NameSide, nl: number, chosen: readonly Pairing[]): boolean {
  const lf = l.familyEnd ?? 0;
  const qf = q.familyEnd ?? 0;
  if (lf < 0 || qf < 0) return false;
  let listedFirstAt = -1;
  let paymentFirstTo = -1;
  for (const p of chosen) {
    if (p.l0 <= lf && lf <= p.l1) listedFirstAt = p.q0;
    if (p.q0 <= qf && qf <= p.q1) paymentFirstTo = p.l0;
  }
  if (listedFirstAt < 0 || paymentFirstTo < 0 || listedFirstAt === qf) return false;
  // Every word where the listed name has it: the payment's comma is punctuation, not "FAMILY, Given" ("Gül, Damla
  // Önal" for "Gül Damla Önal").
  if (q.tokens.length === nl && chosen.every((p) => p.q0 === p.l0 && p.q1 === p.l1)) return false;
  // The listed given name last in the payment: the name is written family first ("Akesson-Black Jorgen" for "Jörgen
  // Åkesson-Bläck"), as payments often do; a compound family name's second word is then no given name. So too with
  // more given names after it, in the listed order ("GARCIA LOPEZ J M" for "Juan Manuel GARCIA LOPEZ").
  if (listedFirstAt === q.tokens.length - 1 || (lf === 0 && familyFirst(q, chosen, listedFirstAt, paymentFirstTo))) return false;
  // Where the payment's first given name sits in the listed name: another given name, not the family name.
  const given = (l.familyEnd ?? 0) > 0 ? paymentFirstTo > lf : paymentFirstTo > 0 && paymentFirstTo < nl - 1;
  return given && !PARTICLES.has(l.tokens[paymentFirstTo]);
}

/**
 * Whether a listed name in natural order is written family first: the payment's words from `givenAt` (where the listed
 * first given name is) to the end all pair with listed words before `familyFrom` (where the payment's first word is),
 * in the listed order, and the payment's words before `givenAt` with listed words from `familyFrom` on.
 */
function familyFirst(q: NameSide, chosen: readonly Pairing[], givenAt: number, familyFrom: number): boolean {
  let last = -1;
  for (let i = 0; i < q.tokens.length; i++) {
    const p = chosen.find((c) => c.q0 <= i && i <= c.q1);
    if (p === undefined) return false;
    if (i < givenAt) {
      if (p.l0 < familyFrom) return false;
    } else {
      if (p.l1 >= familyFrom || (i === p.q0 && p.l0 < last)) return false;
      last = p.l1;
    }
  }
  return true;
}

/**
 * "Hasan bin Hamid al-Qurashi" for "Hamid Hamza AL QURASHI": the listed person's given name is the payee's father's
 * name (after bin / ibn / ben), and the payee's own given name is no word of the listed name — the son, not the father.
 */
function givenIsFathers(q: NameSide, l: NameSide, qSim: readonly number[], chosen: readonly Pairing[]): boolean {
  const given = listedGivenAt(l);
  if (given < 0 || (q.familyEnd ?? 0) !== 0 || qSim[0] !== 0) return false;
  for (const p of chosen) if (p.l0 === given) return p.q0 >= 2 && SON_OF_BEFORE.has(q.tokens[p.q0 - 1]);
  return false;
}

/**
 * Whether the payment has a compound given name (Abd / Abu + name, name + article + name, name + Allah) one part
 * of which the listed name matched and another part not: the head unmatched before a matched name (Abdel Hamid for
 * Hamid), or a matched first name before an unmatched article + name (Dhiya ar-Rahmaan for Ziya).
 */
function paymentCompoundSplit(q: NameSide, qSim: readonly number[], nq: number): boolean {
  // In natural order the last word is the family name (al-Qurashi), no part of a given name.
  const limit = (q.familyEnd ?? 0) > 0 ? nq - 1 : nq - 2;
  for (let k = 0; k + 1 <= limit; k++) {
    const end = compoundNameEnd(q.tokens, k, limit);
    if (end === k) continue;
    let matched = 0;
    let unmatched = 0;
    for (let j = k; j <= end; j++) {
      if (isArabicArticle(q.tokens[j]) && j > k) continue;
      if (qSim[j] > 0) matched++;
      else unmatched++;
    }
    if (matched > 0 && unmatched > 0) return true;
  }
  return false;
}

/**
 * Whether a value at a field length limit was cut inside the listed name: its last word is paired with a listed word
 * (whole, or its start), or is a stub of a letter or two that the listed word after the last one matched starts
 * with, or a word of the legal form the value has, or the start of a legal-form word. A value that ends in words of
 * its own ("Fjordheim Trading Capital" for "Fjordheim Eiendom ANS") is another name that happens to be as long as the
 * field: the listed words it lacks are missing, not cut off. So is one that left the listed name before the cut
 * ("ALFA TRADING NORD VOSTO" for ALFA TRADING KAPITAL VOSTOK: the value goes on with NORD where the listed name goes
 * on with KAPITAL), and one whose stub is not the head of the listed word it would be the head of ("FOREIGN TRADE
 * UNITARY ENTERPRISE BE" for FOREIGN TRADE UNITARY ALFA, "… KONTSERN R" for … KONTSERN ALFA). Neither is said of a
 * person's name (lastMatchedList -1): its words come in any order, middle names left out or added.
 */
function cutInListedName(q: NameSide, qSim: readonly number[], nq: number, l: NameSide, lastMatchedList: number): boolean {
  const last = q.tokens[nq - 1];
  if (qSim[nq - 1] > 0) return true;
  const next = lastMatchedList >= 0 && lastMatchedList + 1 < l.tokens.length ? lastMatchedList + 1 : -1;
  if (next >= 0) {
    let lastMatched = -1;
    for (let i = 0; i < nq; i++) if (qSim[i] > 0) lastMatched = i;
    // (A legal form after the name is no word of another name: "Fjordheim Eiendom UG (haftu".)
    for (let i = lastMatched + 1; lastMatched >= 0 && i < nq - 1; i++) if (!LEGAL_FORM_WORDS.has(q.tokens[i])) return false;
  }
  // (The listed name's noise words are gone from its tokens: "… OF TH" is cut inside OF THE RUSSIAN FEDERATION.)
  if (last.length <= 2) return next < 0 || l.tokens[next].startsWith(last) || l.expanded[next].startsWith(last) || isNoiseWordHead(last);
  return (q.legalForms.length > 0 && LEGAL_FORM_WORDS.has(last)) || isLegalFormPrefix(last);
}

/** A cut word this short tells few listed words apart (see stubOnlyAfterLegalForm). */
const MAX_STUB_LENGTH = 3;

/**
 * Whether all the cut value shows of listed name l besides legal-form words is a stub of MAX_STUB_LENGTH letters or
 * less: its last word, paired with listed word `lastMatched` (the last one matched), the other matched listed words
 * legal-form words.
 */
function stubOnlyAfterLegalForm(q: NameSide, nq: number, l: NameSide, lSim: readonly number[], lastMatched: number, chosen: readonly Pairing[]): boolean {
  if (lastMatched < 0 || q.tokens[nq - 1].length > MAX_STUB_LENGTH || LEGAL_FORM_WORDS.has(l.tokens[lastMatched])) return false;
  // A listed word no longer than the payment's is shown whole ("OOO VTB", "UAC"): a name of its own, no stub.
  if (l.tokens[lastMatched].length <= q.tokens[nq - 1].length) return false;
  if (!chosen.some((p) => p.q1 === nq - 1 && p.l0 === lastMatched && p.l1 === lastMatched)) return false;
  for (let j = 0; j < lastMatched; j++) if (lSim[j] > 0 && !LEGAL_FORM_WORDS.has(l.tokens[j])) return false;
  return true;
}

/** Whether the listed words matched, up to `upTo`, are all legal-form words. */
function legalFormWordsOnly(l: NameSide, lSim: readonly number[], upTo: number): boolean {
  for (let j = 0; j <= upTo; j++) if (lSim[j] > 0 && !LEGAL_FORM_WORDS.has(l.tokens[j])) return false;
  return true;
}

function isLegalFormPrefix(token: string): boolean {
  for (const w of LEGAL_FORM_WORDS) if (w.length > token.length && w.startsWith(token)) return true;
  return false;
}

/** Whether the pairs, taken in payment order, are in list order too (pairs never share a payment token). */
function isMonotone(pairs: readonly Pairing[]): boolean {
  for (let a = 0; a < pairs.length; a++) {
    for (let b = 0; b < pairs.length; b++) if (pairs[a].q0 < pairs[b].q0 && pairs[a].l0 > pairs[b].l0) return false;
  }
  return true;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
