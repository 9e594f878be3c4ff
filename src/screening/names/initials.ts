/**
 * Initials in persons' names (issue 11, structure-aware matching): a name written as its first letter ("J. Smith",
 * "Yu. Ivanov" for Ю.), several given names as letters run together ("JM" or "J.M.", which normalisation writes
 * "jm"), and what an initial that agrees with a listed part is worth.
 *
 * An agreeing initial says the listed name could be this one; one letter in some twenty makes it no more than that.
 * What it is worth depends on what else says so:
 * - an initial of a part the payment may leave out anyway (a middle name, a patronymic) costs nothing: the part is
 *   there, shortened;
 * - an initial that is the only evidence for the listed given name is worth what the family name makes of it — a
 *   distinctive family name spelt as listed leaves few other persons it could be, a family name many listed persons
 *   share leaves many;
 * - other given names of the listed person in the payment (written out, or as agreeing initials too) back it.
 * An initial that agrees with no listed given name where the listed name has one left over is another person's.
 */

import { LEGAL_FORM_WORDS, PARTICLES } from '../text/legal-forms';
import { isArabicArticle } from './name-equivalents';
import { isOneSyllable } from './syllables';

/**
 * Initials of two letters: one Cyrillic letter romanised (Ю. Yu, Я. Ya, Е. Ye, Ё. Yo, Ж. Zh, Х. Kh, Ц. Ts, Ч. Ch,
 * Ш. Sh) — of a longer name, not of one Chinese or Korean syllable (Yu is no initial of Yuan). Any other two letters
 * are a word (Li is no initial of Ling) or initials run together (JM).
 */
export const ROMANISED_INITIALS: ReadonlySet<string> = new Set(['yu', 'ya', 'ye', 'yo', 'zh', 'kh', 'ts', 'ch', 'sh']);

/** A given name as its initial: what an initial pairing is worth before the rest of the name is known. */
export const INITIAL_SIMILARITY = 0.85;
/** The only evidence for the listed given name, beside a distinctive family name spelt as listed. */
const INITIAL_DISTINCTIVE_SIMILARITY = 0.95;
/** The listed person's other given name is in the payment, written out: the initial only completes it. */
const INITIAL_SUPPORTED_SIMILARITY = 0.97;
/**
 * A listed word at or below this weight is shared by many listed names (with the list's IDF, some thirty times
 * the reference frequency or more at one in a thousand entries): a common given name, which says little of who.
 * The scorer uses the same bound.
 */
export const SHARED_PART_WEIGHT = 0.5;
/** At or above this weight a listed word is in a handful of names (some three listings in 50,000, ten in a million). */
const DISTINCTIVE_WEIGHT = 0.85;

/** Longest run of initials written together that is read as initials (JMG). */
const MAX_RUN = 3;
const LETTERS = /^[a-z]+$/;
const VOWELS = /[aeiouy]/;

/** Whether a word stands for one name by its first letter (J, or Yu for Ю.). */
export function isInitial(token: string): boolean {
  return token.length === 1 || ROMANISED_INITIALS.has(token);
}

/**
 * Whether a word of a person's name is several initials written together ("jm" from "JM" or "J.M."): two or three
 * letters, not a romanised Cyrillic initial, a title or a legal form (S.A., AB), and no word — without a vowel (no syllable has none), or unknown to the
 * list (Li, An, Ho are listed words; Ja, Mo may be either, and the list says which it has seen).
 */
export function isInitialsRun(token: string, known: boolean): boolean {
  return (
    token.length >= 2 &&
    token.length <= MAX_RUN &&
    !ROMANISED_INITIALS.has(token) &&
    !TITLES.has(token) &&
    !LEGAL_FORM_WORDS.has(token) &&
    // (an article or particle of names is that word: Al Rashid, De Vries, El Amin are no initials)
    !PARTICLES.has(token) &&
    !isArabicArticle(token) &&
    LETTERS.test(token) &&
    (!known || !VOWELS.test(token))
  );
}
/**
 * Whether a word of a person's name could be initials run together by its letters alone though it is a word or a legal
 * form too (Le, Oe, AG, SL: "L.E.", "O.E.", "A.G.", "S.L." once normalised): two letters, no title, generational suffix
 * or Cyrillic initial; or three letters that are a legal form (a word of three letters, Ali, Ana, Abd, is a name far
 * more often than initials). Read so only where the name's structure leaves nothing else for it.
 */
export function mayBeInitialsRun(token: string): boolean {
  if (isInitialsRun(token, false)) return true;
  if (!LETTERS.test(token) || ROMANISED_INITIALS.has(token) || TITLES.has(token) || NOT_INITIALS.has(token)) return false;
  return token.length === 2 || (token.length === MAX_RUN && LEGAL_FORM_WORDS.has(token));
}

/**
 * Whether the candidate search reads a payment word as initials though it is a legal form (AG, SL, OE): the words and
 * names of two letters (Le, Ho, Li) would pair their first letter with every other word of the payment.
 */
export function legalFormInitials(token: string): boolean {
  // (not a legal form that is a particle or an article of names as well: De, As)
  return LEGAL_FORM_WORDS.has(token) && !PARTICLES.has(token) && !isArabicArticle(token) && mayBeInitialsRun(token);
}

/**
 * Short words of a name that are no initials though read as a run of them: Hj (Haji) and Ng are name words without a
 * vowel, Jr, Sr and the numerals II, III, IV a generational suffix. None stands for a given name.
 */
export const NOT_INITIALS: ReadonlySet<string> = new Set(['hj', 'ng', 'ii', 'iii', 'iv', 'jr', 'sr']);

/** Titles and name suffixes written without a vowel: no initials (Mr, Dr, Md for Muhammad, Jr). */
const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'md', 'jr', 'sr', 'st']);

/** Son / daughter of (bin, ben, bint, ould), before the father's name. */
export const SON_OF_BEFORE: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'binti', 'ben', 'ibni', 'bn', 'ould', 'walad']);

/**
 * The last listed word of the run of initials `run` starting at listed word `from`, or -1 when the run is no initials of
 * the listed words from there: each letter the first letter of the next listed word. A son-of word between two of them
 * is passed over ("H.A." for "Hisham bin Abdulmonim": the initials are those of the names, the father's name after
 * bin is one of them, and bin no name of its own).
 */
export function runEnd(run: string, listed: readonly string[], from: number): number {
  let j = from;
  for (let k = 0; k < run.length; k++, j++) {
    if (k > 0) while (j < listed.length - 1 && SON_OF_BEFORE.has(listed[j])) j++;
    if (j >= listed.length || listed[j].length < 2 || listed[j][0] !== run[k]) return -1;
  }
  return j - 1;
}

/**
 * The assimilated Arabic article (as-Salim, ash-Shami, ad-Din, an-Nur, ar-Rashid, at-Tamimi, az-Zahra; es-, ed-, us-
 * …): the l written as the next name's first consonant, so it is an article only before a name that starts with it.
 * Before another name (A.S. Kovalchuk, "as kovalchuk" once normalised) it is no article, and may be initials. The
 * article written al, el, ul, ol or il stands before any name, and stays one.
 */
const ASSIMILATED = /^[aeiu](?:d|r|s|sh|t|z|n)$/;
function assimilatedArticleOutOfPlace(token: string, next: string | undefined): boolean {
  return ASSIMILATED.test(token) && (next === undefined || !next.startsWith(token.slice(1)));
}

/**
 * Whether a payment word may be the initials of every given name of the listed person, read so only where the name's
 * structure leaves nothing else for it (name-score's givenInitialsRun; the candidate search pairs its letters): initials
 * run together by their letters, a legal form's letters (AG, SL), a romanised Cyrillic initial of one name read as two
 * (Ya: "Y.A. Voronina" for Yelena Anatolyevna — Я is Ya, Е is Ye; not beside syllables, see othersAreSyllables), or an assimilated article where it cannot be one
 * (see assimilatedArticleOutOfPlace). Never a particle (De Vries, Le Pen) or the article that stands before any name (Al
 * Rashid is no A. L. Rashid): there the name reads as family name alone, which every namesake satisfies as well.
 * @param tokens the payment's words, the word asked about at `at` (the next one, and whether the others are each one
 *   Chinese or Korean syllable, othersAreSyllables, say what a Yu or an article is there)
 */
export function mayBeGivenInitials(tokens: readonly string[], at: number, known: boolean): boolean {
  const token = tokens[at];
  if (PARTICLES.has(token)) return false;
  if (isArabicArticle(token)) return assimilatedArticleOutOfPlace(token, tokens[at + 1]) && LETTERS.test(token);
  if (isInitialsRun(token, known) || legalFormInitials(token)) return true;
  // (Yu, Ya beside words that are each one Chinese or Korean syllable are a syllable of that name: Yu Peng is no Y. U. Peng)
  return token.length === 2 && ROMANISED_INITIALS.has(token) && !othersAreSyllables(tokens, at);
}

/** Whether every word of a name but word `at` is one written Chinese or Korean syllable (a name of syllables). */
export function othersAreSyllables(tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < tokens.length; k++) if (k !== at && !isOneSyllable(tokens[k])) return false;
  return true;
}

/**
 * How distinctive the listed family name is, from 0 (shared by many listed persons) to 1 (in a handful), for an initial
 * standing for the given name: 0 unless every needed word besides the initial is spelt as listed (a variant spelling
 * beside an initial is two uncertainties, not one).
 * @param anchors the weight of each needed listed word besides the initial, negative when not spelt as listed
 */
export function familyDistinctiveness(anchors: readonly number[]): number {
  if (anchors.length === 0) return 0;
  let d = 1;
  for (const w of anchors) d = Math.min(d, w < 0 ? 0 : Math.min(1, Math.max(0, (w - SHARED_PART_WEIGHT) / (DISTINCTIVE_WEIGHT - SHARED_PART_WEIGHT))));
  return d;
}

/**
 * What an initial standing for the listed person's needed given name is worth.
 * @param distinctiveness familyDistinctiveness of the rest of the name
 * @param support 'written' when another listed given name is in the payment written out, 'initials' when only as agreeing
 * initials, 'none' when the initial is the only evidence for the given names
 */
export function givenInitialSimilarity(distinctiveness: number, support: 'written' | 'initials' | 'none'): number {
  if (support === 'written') return INITIAL_SUPPORTED_SIMILARITY;
  const alone = INITIAL_SIMILARITY + (INITIAL_DISTINCTIVE_SIMILARITY - INITIAL_SIMILARITY) * distinctiveness;
  // Two or three agreeing initials are less likely by chance than one: half way to a given name written out.
  return support === 'initials' ? (alone + INITIAL_SUPPORTED_SIMILARITY) / 2 : alone;
}
