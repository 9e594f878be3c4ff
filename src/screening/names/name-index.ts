/**
 * The name index, queried: candidate generation is bounded — a query visits at most the postings of its tokens
 * that are not common (df ≤ cap), within a budget for alternative spellings, and scores at most `limit`
 * candidates (plus exact ties). Built by NameIndexBuilder.
 *
 * At a million names the cost of a query is its cache misses more than its arithmetic: postings and pairs hold
 * the offsets of name blocks (name-model), so a candidate's tokens and weight are one read away.
 */
import type { EntryKind } from '../types';
import { cutTrailingLegalForm, normaliseName, type NormalisedName } from '../text/normalise';
import { isNoiseWordHead, LEGAL_FORM_WORDS, PARTICLES } from '../text/legal-forms';
import { CandidateAccumulator } from './candidate-accumulator';
import { MAX_FORM_WORDS, MIN_MISSPELT_FORM_LENGTH, misspeltLegalForm } from './legal-form-typos';
import type { NameSide } from './name-score';
import {
  BLOCK_COUNT,
  BLOCK_RECORD,
  BLOCK_TOKENS,
  BLOCK_WEIGHT,
  dfRefOf,
  GENERIC_WEIGHT,
  initialKey,
  KIND_CODES,
  outlineKey,
  PAIR_BLOCK,
  PAIR_HIGH,
  PAIR_LOW,
  PAIR_STRIDE,
  PAIR_WEIGHT,
  PERSON_CODE,
  tokenWeightsOf,
  weightOf,
  type NameIndexParts,
  type PreparedName,
  type QuerySide,
} from './name-model';
import { pairHash, prefixPolys, rangeHash } from './token-hash';
import { FuzzyVocabulary } from './fuzzy-vocabulary';
import { equivalentSpellings, isArabicArticle, isCompoundHead, nameGroupsOf } from './name-equivalents';
import { abdRest, abdSpellings, abuRest, compoundFirstName, letterVariants, reverseLetterVariants, udDinStem } from './romanisation-rules';
import { type CyrillicSystem, detectListedSystem, detectSystem, listedWordReadings, readAs, type Readings } from './cyrillic-systems';
import { ListedReadingIndex } from './listed-reading-index';
import { articleRest, ghForms, isLetterRule, MIN_ARTICLE_REST, tokenSimilarity } from './token-similarity';
import { INITIAL_SIMILARITY, mayBeGivenInitials } from './initials';
import { romanisationKey, vowelKey } from './romanisation-key';
import { HashMultimap } from './hash-multimap';
import { Postings } from './postings';
import { Vocabulary } from './vocabulary';
import { StringColumn } from '../string-column';
import { TokenKeys } from './token-keys';
import { sortSmall } from './small-sort';
import { chineseSyllableReadings, isOneSyllable, koreanFamilyPlace, koreanOutline, naRaOthers, syllableRespellings, syllablesOf } from './syllables';
import { SnapshotMismatch, type SnapshotReader, type SnapshotWriter } from '../snapshot';
import { SearchCounters } from './search-counters';

/** Arabic compound names written as one word: Abdulrahman, Abderrahmane, Abubakar (head, then the name). */
// (Maghrebi Bou, Moorish Ould and Hausa Dan, "son of", joined to a name of four letters or more: Boughazala,
// Ouldsalek, Danfodio.)
const COMPOUND_HEAD = /^(abd(?:ul|el|al|ol|ur|us|ou|u|ar|er|or)?|abu|abou|(?:bou|ould|dan)(?=[a-z]{4}))([a-z]{3,})$/;
/** Evidence weight of another spelling of the name in the table of name spellings. */
const EQUIVALENT_EVIDENCE = 0.96;
/** A listed word that is the payment's with the Arabic article written on or off (token-similarity's articleRest). */
const ARTICLE_EVIDENCE = 0.96;
/** The article as written on the front of a name the list may hold (assimilated forms are found from their side only). */
const ARTICLES_WRITTEN_ON = ['al', 'el'];
/** A listed word one letter rule away (romanisation-rules): as the scorer counts it. */
const ROMANISED_RULE_EVIDENCE = 0.92;
/** A listed word the scorer counts as another spelling of a listed payment word at least this much (see knownSpelledOtherwise). */
const SPELT_OTHERWISE_EVIDENCE = 0.85;
/** A listed word that a payment word read by its name's Cyrillic romanisation system is (cyrillic-systems). */
const READING_EVIDENCE = 0.94;
/** Evidence weight of a Korean name's outline found in the list (see visitOutlines), and the entries of a bucket visited. */
const OUTLINE_EVIDENCE = 0.93;
/** Evidence weight of a listed word the cut last word of a truncated value is the head of (the scorer's prefix). */
const PREFIX_EVIDENCE = 0.96;
const OUTLINE_BUDGET = 200;
/** Listed persons' Cyrillic readings kept (see listedReadings). */
const READINGS_KEPT = 50_000;
interface ListedReadings {
  readonly system: CyrillicSystem;
  readonly readings: readonly Readings[];
}
/** Evidence weight of 나 / 라 written by the other usage in a Korean family name's place (the scorer's similarity). */
const NA_RA_EVIDENCE = 0.98;
/** Letters of an initials run looked up as initials ("SNK": each may begin a listed given name). */
const MAX_RUN_LETTERS = 4;
/** Candidates whose found tokens carry less than this share of their name's weight are not scored. */
const MIN_EVIDENCE = 0.34;
/** A cut last word this long at least is looked for among the words of the records the other words found (creditCutWord). */
const MIN_CUT_HEAD = 2;
/** A cut value: candidates must explain at least this share of it. */
const MIN_TRUNCATED_EVIDENCE = 0.5;
/** Unknown tokens shorter than this get no split or two-edit search (a short token allows one edit only). */
const MIN_DEEP_LENGTH = 5;
/** Postings of a token's alternative spellings visited at most (same spellings are not counted). */
const POSTINGS_BUDGET_PER_TOKEN = 300;
/** Candidates beyond the limit kept because they rank exactly like the last one (duplicate listings). */
const MAX_TIES = 52;
/** The longest written syllable (Chinese or Korean: hsiung, chuang, myeong). */
const MAX_SYLLABLE_LENGTH = 6;
/** Listed spellings of each syllable of a known syllable string split in two (see syllableSplitKeys). */
const MAX_SPLIT_SPELLINGS = 4;
/** Concatenations worth splitting join two real words (a legal form counts as one). */
const MIN_SPLIT_LENGTH = 5;
/** A candidate ranked this well ends the search: the costlier searches could only add weaker ones. */
const GOOD_ENOUGH_RANK = 0.85;
/** The rank of a listed name whose head a cut value is: above any other (ranks are at most 1). */
const HEAD_RANK = 1.01;

/** Listed tokens whose spellingKeys are kept (then the table starts over): ~50 bytes and a few keys each. */
const SPELLING_KEYS_KEPT = 50_000;
/** Words the list does not know whose keys are kept by spelling (then the table starts over). */
const WORD_KEYS_KEPT = 50_000;

/** Joined words longer than this are no single name written apart. */
const MAX_JOINED_LENGTH = 16;

/**
 * Whether a payment word and the next may be one listed word written apart in another spelling: a syllable of an
 * East Asian given name (Ho Beom / Hobum, Kuo-wei / Guowei), an article (Al Hasan / Alhassan) or the head of an
 * Arabic compound (Abdur Rahman / Abdulrahman).
 */
export function joinsNext(t: string, next: string): boolean {
  // Wade-Giles writes the syllable yi as a lone i (Kai-i, I-sheng for Kaiyi, Yisheng): beside a Chinese syllable
  // that is no Western given name or particle (Dan I Peter, Ken I Sato keep their initial).
  if (t === 'i' || next === 'i') return wadeGilesSyllable(t === 'i' ? next : t);
  // An initial is no syllable: "K. Kuyateh" is not one word.
  if (t.length + next.length > MAX_JOINED_LENGTH || t.length === 1 || next.length === 1) return false;
  // (also two syllables of five or six letters, Hsuan Shuang, and a name before Allah, Kaleem Allah / Kaleemullah)
  return Math.min(t.length, next.length) <= 4 || isArabicArticle(t) || isCompoundHead(t) || ALLAH_FORMS.has(next) || (isOneSyllable(t) && isOneSyllable(next));
}

/** Chinese syllables that are as often a Western given name or particle, beside which a lone i stays an initial. */
const WESTERN_SYLLABLES: ReadonlySet<string> = new Set(['dan', 'ken', 'ben', 'jan', 'lee', 'de', 'la', 'le', 'di', 'du', 'jo', 'lou', 'man', 'mo']);

/** Whether a lone i beside `t` may be Wade-Giles yi: `t` a Chinese syllable (not Korean alone), no Western word. */
function wadeGilesSyllable(t: string): boolean {
  return t !== 'i' && !WESTERN_SYLLABLES.has(t) && chineseSyllableReadings(t) !== undefined;
}

/**
 * Whether a name with a lone i is a Chinese name written in Wade-Giles: every other word a Chinese syllable (the family
 * name among them: Shao Kai-i, Mao I-sheng; not Sun I Park, Dan I Peter, where the i is an initial).
 */
function wadeGilesName(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && tokens.every((t) => t === 'i' || (t.length <= MAX_SYLLABLE_LENGTH && chineseSyllableReadings(t) !== undefined));
}

/** A syllable written apart as pinyin writes it joined: Wade-Giles i is yi (Kai-i joined is kaiyi, not kaii). */
function wadeGilesYi(t: string): string {
  return t === 'i' ? 'yi' : t;
}

/** Allah as the second word of a compound written apart (Habib Allah, Kaleem Ullah): joined, a name of its own. */
const ALLAH_FORMS = new Set(['allah', 'ullah', 'ollah', 'ulla', 'alla', 'olla', 'ullo', 'ellah']);

/**
 * The canonical spellings of an Arabic compound written as one word whose joining part the list may spell otherwise
 * (romanisation-rules udDinStem, abuRest, compoundFirstName): the name before -ud-din as -uddin and -uddine
 * (Shams al Din joined: shamsuddin, whose skeleton Shamseddin, Shamsaddin and Shamsettin share), the name before Allah as
 * -ullah, the name after Abu with Abu and Bu (Abu Zayd joined: abuzayd, buzayd, the skeleton of Bouzaid). Their
 * skeletons' buckets hold the listed spellings the scorer's compound rules accept.
 */
export function compoundCanonicals(joined: string): string[] {
  const stem = udDinStem(joined);
  if (stem !== undefined) return [`${stem}uddin`, `${stem}uddine`];
  const abu = abuRest(joined);
  if (abu !== undefined) return [`abu${abu}`, `bu${abu}`];
  const first = compoundFirstName(joined);
  return first === undefined ? [] : [`${first}ullah`];
}
/** Listed tokens read per skeleton bucket of a joined word (each is measured with the scorer's similarity). */
const JOINED_BUCKET_READ = 32;
/** A joined word and a listed one the scorer reads as one name (as its articleJoins and joined pairings do). */
const MIN_JOINED_SIMILARITY = 0.9;

/** Whether the first n cut words are the listed words' head: the same words, the last one cut anywhere. */
function isHeadOfWords(listed: readonly string[], cut: readonly string[], n: number): boolean {
  if (listed.length < n) return false;
  for (let i = 0; i < n - 1; i++) if (listed[i] !== cut[i]) return false;
  return listed[n - 1].startsWith(cut[n - 1]);
}

/** Whether the cut value's words are the head of the listed name as written, legal form and all (see NameIndex.isHeadOf). */
function cutWordsHead(cut: readonly string[], listed: NormalisedName): boolean {
  // A stub cut from a noise word ("… OF TH") is the head of a word the listed name's tokens no longer have.
  const n = cut.length - (cut.length > 2 && isNoiseWordHead(cut[cut.length - 1]) ? 1 : 0);
  if (n < 2) return false;
  return isHeadOfWords(listed.fullTokens, cut, n);
}

/**
 * Whether the cut value, a legal form in front and then the name, is the head of a listed name written with the
 * same legal form in front, spelt another way: "Cong ty Trach nhiem Huu han Sao Th" of CONG TY TNHH SAO THUY PHAT,
 * "OOO «Zeni" of LIMITED LIABILITY COMPANY ZENIT. The words after the forms must agree, the last one cut anywhere.
 */
function cutCoreHead(prepared: PreparedName, listed: NormalisedName): boolean {
  const cut = prepared.core.tokens;
  if (prepared.coreFrom === 0 || cut.length === 0) return false;
  if (listed.coreStart === 0 || !prepared.core.legalForms.some((f) => listed.legalForms.includes(f))) return false;
  return isHeadOfWords(listed.tokens, cut, cut.length);
}

/** Scratch for the prefix polynomials of a token being split, and the hashes of its heads and tails. */
let splitPrefix = new Int32Array(65);
let headHashes = new Int32Array(65);
let tailHashes = new Int32Array(65);

const UNKNOWN_FAMILY_END = -128;
const COMMA = 0x2c;

/** Candidates whose blocks creditCommon reads ahead at a time (a power of two). */
const CREDIT_CHUNK = 64;

/** Candidates ranked this close below the limit-th one are kept as its ties (see NameIndex.topRanked). */
const NEAR_TIE = 0.005;
/** Candidates only near the limit-th rank (not tied with it) kept at most. */
const MAX_NEAR_TIES = 16;
/** Scratch to read a rank's bits as the float (and back). */
const bitsScratch = new Int32Array(1);
const floatScratch = new Float32Array(bitsScratch.buffer);
const nearScratch = new Float32Array(1);
const nearBits = new Int32Array(nearScratch.buffer);
function rankOfBits(bits: number): number {
  bitsScratch[0] = bits;
  return floatScratch[0];
}

/** Query tokens the candidate accumulator credits once per record (see CandidateAccumulator.add). */
const CREDIT_BITS = 31;

/** How many common keys the query's tokens have (they are only ever added to). */
function refCount(common: readonly (readonly KeyRef[])[]): number {
  let n = 0;
  for (const refs of common) n += refs.length;
  return n;
}

/** A token id's bit (0–255) in the filter of a query's common ids. */
function filterBit(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 24;
}

/** "FAMILY, Given …" (one comma): how many words the family name has; 0 without a comma, -1 with several. */
export function familyTokens(raw: string): number {
  const comma = raw.indexOf(',');
  if (comma <= 0) return 0;
  // "Zeyad, EL-KOURDI, Adil": commas between every part say nothing about which part is which.
  if (raw.indexOf(',', comma + 1) >= 0) return -1;
  return normaliseName(raw.slice(0, comma)).fullTokens.length;
}

/** See NameIndex.searchTrace. */
export interface SearchTrace {
  /** A target record is among the candidates screening scores. */
  readonly candidate: boolean;
  /** The search ended before the costlier searches (a candidate ranked GOOD_ENOUGH_RANK). */
  readonly stoppedEarly: boolean;
  /** A target record is among the candidates when every search runs. */
  readonly withAllSearches: boolean;
  /** ... and when the limit is lifted too. */
  readonly unlimited: boolean;
  /** Some search reached a target record (every search run). */
  readonly touched: boolean;
  /** The largest share of a target's name the searches found evidence for. */
  readonly targetShare: number;
  /** Its best rank (-1: none qualified), and the ranks of the candidates kept. */
  readonly targetRank: number;
  readonly keptRanks: readonly number[];
}

/** A token of the query resolved to listed tokens: the listed token id and how similar it is. */
interface KeyRef {
  readonly id: number;
  readonly sim: number;
  /**
   * How many payment words after this one the listed token also stands for ("Ou yang" or "Abdul Wahhab" for one
   * listed word): each is credited with its own weight, so that the name found is not ranked as half found.
   */
  readonly span?: number;
  /**
   * Another listed token the payment word stands for too: a word split in two known ones (YUNUSAFRIDI) is found by
   * the rarer half's postings, and credited with both halves' listed weights — else the listed name looks half found
   * and its namesakes of the rarer half rank above it.
   */
  readonly also?: number;
  /**
   * `also` is credited only on the names that have it (their blocks read): a syllable string split in two (see
   * syllableSplitKeys) is found by syllables many given names share, and every name with the rarer one alone would
   * otherwise look wholly found and crowd out the person with both.
   */
  readonly checkAlso?: boolean;
}

/**
 * A payment word the index does not know: its comparison keys (computed once, without the module caches keyed
 * by string) and, kept as first asked for, the candidate keys that depend on the word alone (see NameIndex.words).
 */
class WordKeys extends TokenKeys {
  /** spellingKeys of the word. */
  spelling: readonly KeyRef[] | undefined = undefined;
  /** Listed tokens one edit away or sounding alike (fuzzy.alternatives). */
  typos: readonly KeyRef[] | undefined = undefined;
  /** deepKeys of the word (never modified: visitKeys gets a copy). */
  deep: readonly KeyRef[] | undefined = undefined;

  constructor(
    token: string,
    readonly index: NameIndex,
  ) {
    super(token);
  }
}

/** The same side with other legal forms (an object literal: V8 copies a spread key by key). */
function withLegalForms(side: QuerySide, legalForms: readonly string[]): QuerySide {
  const { tokens, expanded, weights, ids, xids, known, keys, familyEnd, system, readings } = side;
  return familyEnd === undefined
    ? { tokens, expanded, weights, legalForms, ids, xids, known, keys, system, readings }
    : { tokens, expanded, weights, legalForms, ids, xids, known, keys, familyEnd, system, readings };
}

export class NameIndex {
  /** The work of the searches so far (see SearchCounters). */
  readonly counters = new SearchCounters();
  private readonly acc = new CandidateAccumulator();
  private readonly tokenWeights: Float32Array;
  /** The name blocks' weight sums, seen as floats. */
  private readonly blockWeights: Float32Array;
  /** The pair index's entries seen as floats (for their PAIR_WEIGHT). */
  private readonly pairFloats: Float32Array;
  /**
   * Scratch: the common tokens of the current query (listed id, query position, similarity). A query has a
   * handful: a candidate's tokens are compared against this short list, which stays in registers and cache.
   */
  private commonIds = new Int32Array(16);
  private commonPos = new Int32Array(16);
  private commonSims = new Float32Array(16);
  private commonSpans = new Int32Array(16);
  /** The listed weight a common id credits (its weight times its similarity). */
  private commonListed = new Float32Array(16);
  private readonly commonFilter = new Int32Array(8);
  private counts = new Int32Array(256);
  private todo = new Int32Array(256);
  private heap = new Int32Array(16);
  /** Scratch of best(): the indexes of the touched records that qualify. */
  private found = new Int32Array(256);
  /** The weight sums of the current query's touched records, read for the first listWeightsRead of them. */
  private listWeights = new Float32Array(256);
  private listWeightsRead = 0;
  /** Where loads made only to bring data into the cache ahead of use go (so they are not optimised away). */
  private sink = 0;
  /** Per listed token id, its spellingKeys (shared, never modified). */
  private readonly spellingKeysOf = new Map<number, readonly KeyRef[]>();
  /** Per listed token id, its knownSpelledOtherwise keys (shared, never modified). */
  private readonly otherwiseOf = new Map<number, readonly KeyRef[]>();
  /**
   * Payment words the list does not know, by spelling (bounded): their comparison keys and candidate keys, which
   * depend on the word alone. The same words come in payment after payment (a payee's name, a town, a firm's
   * words), and each search for one is a few dozen cache misses into the large tables; the prepared query
   * carries the word's entry, so a query looks it up once.
   */
  private readonly words = new Map<string, WordKeys>();
  /** Two words joined (three, "abd al rahman"), by spelling: their joinedSpellingKeys (bounded; shared, never modified). */
  private readonly joinedKeys = new Map<string, readonly KeyRef[]>();
  private readonly joinedKeysWithSelf = new Map<string, readonly KeyRef[]>();
  /** Scratch of creditCutWord: per listed token id met, whether the cut word is its head. */
  private readonly cutHeads = new Map<number, boolean>();
  /** Whether the last search ended before the costlier searches (see GOOD_ENOUGH_RANK). */
  private stoppedEarly = false;
  /** Diagnosis only (searchTrace): run every search whatever the first ones found. */
  private searchAll = false;
  /** Rank of the first record the last best() returned. */
  private bestRank = 0;
  /** The current query was cut at a field length: the listed name goes on past what the payment shows. */
  private truncated = false;
  /** A cut value's words (noise words left out, legal forms kept): a listed name it is the head of ranks first. */
  private cutWords: readonly string[] = [];
  /** The cut value as prepared: its legal form in front, for a listed name that writes the same form another way. */
  private cutPrepared: PreparedName | undefined;
  /** The payment weight a cut value's candidate must explain half of (see candidates()). */
  private evidenceSum = 0;
  /** Per record, the word count of its family name (see familyTokens), worked out when first scored. */
  private readonly familyEnds: Int8Array;
  private readonly dfRef: number;
  readonly postingsCap: number;

  constructor(private readonly p: NameIndexParts) {
    this.postingsCap = p.postingsCap;
    const records = p.recEntry.length;
    this.familyEnds = new Int8Array(records).fill(UNKNOWN_FAMILY_END);
    this.dfRef = dfRefOf(records);
    this.tokenWeights = p.tokenWeights;
    const { blocks } = p;
    this.blockWeights = new Float32Array(blocks.buffer, blocks.byteOffset, blocks.length);
    const pairs = p.pairs.data;
    if (p.pairs.stride !== PAIR_STRIDE) throw new SnapshotMismatch('pair index');
    this.pairFloats = new Float32Array(pairs.buffer, pairs.byteOffset, pairs.length);
  }

  get size(): number {
    return this.p.recEntry.length;
  }

  entryOf(record: number): number {
    return this.p.recEntry[record];
  }

  nameOf(record: number): string {
    return this.p.names.at(record);
  }

  kindOf(record: number): EntryKind {
    return KIND_CODES[this.p.recKind[record]];
  }

  /** The listed name as the scorer sees it. */
  side(record: number): NameSide {
    const { vocab, blocks } = this.p;
    const b = this.p.recBlock[record];
    const tokens: string[] = [];
    const expanded: string[] = [];
    const weights: number[] = [];
    const keys: TokenKeys[] = [];
    for (let k = 0, t = b + BLOCK_TOKENS; k < blocks[b + BLOCK_COUNT]; k++, t += 2) {
      const token = vocab.token(blocks[t]);
      const x = blocks[t + 1];
      tokens.push(token);
      expanded.push(x < 0 ? token : vocab.token(x));
      weights.push(this.tokenWeights[blocks[t]]);
      keys.push(vocab.keys(blocks[t]));
    }
    const legal = this.p.legalSets[this.p.recLegal[record]];
    const legalForms = legal.length === 1 && legal[0] === '' ? [] : legal;
    if (this.p.recKind[record] !== PERSON_CODE) return { tokens, expanded, weights, legalForms, keys };
    const familyEnd = this.familyEndOf(record);
    // A person's name written in the German or Polish romanisation of Cyrillic, as its own spelling shows twice over (a
    // Slavic surname or patronymic ending of that system and one of its spellings): its words as that system reads them
    // (the scorer compares a payment written the English way with those).
    const read = this.listedReadings(record, tokens, expanded);
    if (read !== undefined) {
      const { system, readings } = read;
      return familyEnd > 0 && familyEnd < tokens.length
        ? { tokens, expanded, weights, legalForms, keys, familyEnd, system, readings }
        : { tokens, expanded, weights, legalForms, keys, system, readings };
    }
    // Object literals, not a spread of one into another: V8 copies a spread key by key (every candidate scored).
    return familyEnd > 0 && familyEnd < tokens.length
      ? { tokens, expanded, weights, legalForms, keys, familyEnd }
      : { tokens, expanded, weights, legalForms, keys };
  }

  /** The Cyrillic system listed person `record`'s name is written in and its words' readings (kept, bounded), if any. */
  private listedReadings(record: number, tokens: readonly string[], expanded: readonly string[]): ListedReadings | undefined {
    let r = this.readingsKept.get(record);
    if (r === undefined) {
      const system = detectListedSystem(tokens);
      // (not a word of four letters or less: Chan, Juan, Jun are as often Chinese, Spanish, Korean as Хан, Хуан, Юн; and
      // only a word that carries a sign of the system itself — Ajbek, Bajschanow, Morosowa, not the Nasim, Elisa or
      // Michał beside one, each as real a name as the Nazim, Eliza, Mikhal its reading would make of it)
      const readings = system === undefined ? undefined : tokens.map((t, i) => listedWordReadings(system, t, expanded[i]));
      r = system === undefined || readings === undefined || readings.every((x) => x === undefined) ? null : { system, readings };
      if (this.readingsKept.size >= READINGS_KEPT) this.readingsKept.clear();
      this.readingsKept.set(record, r);
    }
    return r ?? undefined;
  }
  private readonly readingsKept = new Map<number, ListedReadings | null>();

  /** Listed words by their German and Polish readings (ListedReadingIndex), made when the first payment is searched. */
  private get listedReadingIndex(): ListedReadingIndex {
    const { vocab } = this.p;
    return (this.readingIndex ??= new ListedReadingIndex(vocab.size, (id) => vocab.token(id)));
  }
  private readingIndex: ListedReadingIndex | undefined;

  /** "FAMILY, Given …": how many words of listed person `record`'s name are the family name (see familyTokens). */
  private familyEndOf(record: number): number {
    let familyEnd = this.familyEnds[record];
    if (familyEnd === UNKNOWN_FAMILY_END) {
      // (most names have no comma: known without making the name's string)
      familyEnd = this.p.names.includesUnit(record, COMMA) ? familyTokens(this.p.names.at(record)) : 0;
      this.familyEnds[record] = familyEnd;
    }
    return familyEnd;
  }

  /**
   * Whether listed names a and b are the same to the scorer: the same words in the same spellings, of the same kind,
   * with the same legal forms and, for persons, the same family name. A common name is listed many times (namesakes,
   * an entry's aliases): a payment name's candidates then hold it more than once, and it is scored once.
   */
  scoresAlike(a: number, b: number): boolean {
    const { recKind, recLegal, recBlock, blocks } = this.p;
    if (recKind[a] !== recKind[b] || recLegal[a] !== recLegal[b]) return false;
    const ba = recBlock[a];
    const bb = recBlock[b];
    const n = blocks[ba + BLOCK_COUNT];
    if (blocks[bb + BLOCK_COUNT] !== n) return false;
    for (let k = BLOCK_TOKENS; k < BLOCK_TOKENS + 2 * n; k++) if (blocks[ba + k] !== blocks[bb + k]) return false;
    if (recKind[a] !== PERSON_CODE) return true;
    // (side() gives a family name only when it leaves a given name)
    const fa = this.familyEndOf(a);
    const fb = this.familyEndOf(b);
    return fa === fb || ((fa <= 0 || fa >= n) && (fb <= 0 || fb >= n));
  }

  /**
   * A payment name → tokens with the list's weights (unknown tokens weigh 1: they are distinctive).
   * @param truncated the value was cut at a field length: a legal form after the name may be cut too (see cutForm)
   */
  prepare(raw: string, truncated = false): PreparedName {
    this.counters.prepared++;
    const n = normaliseName(raw);
    const familyEnd = familyTokens(raw);
    const full = this.side_(n.fullTokens, n.fullExpanded, [], familyEnd !== 0 && familyEnd < n.fullTokens.length ? familyEnd : undefined);
    // The core tokens are a contiguous run of the full ones (legal forms come off the ends).
    let from = n.coreStart;
    let to = from + n.tokens.length;
    let legalForms = n.legalForms;
    const cut = truncated ? this.cutForm(full, from, to) : undefined;
    if (cut !== undefined) {
      ({ from, to } = cut);
      legalForms = [...legalForms, ...cut.codes];
    }
    const misspelt = this.misspeltLegalForms(full, from, to);
    if (misspelt === undefined && to - from === n.fullTokens.length) return { full, core: withLegalForms(full, legalForms), coreFrom: 0 };
    // A misspelt legal form comes off the name scored against companies, as one spelt right does; a person's name
    // keeps every word (and candidates() does not count it against a listed name: the list does not know it).
    if (misspelt !== undefined) {
      ({ from, to } = misspelt);
      legalForms = [...legalForms, ...misspelt.codes];
    }
    const core: QuerySide = {
      tokens: full.tokens.slice(from, to),
      expanded: full.expanded.slice(from, to),
      legalForms,
      ids: full.ids.slice(from, to),
      xids: full.xids.slice(from, to),
      weights: full.weights.slice(from, to),
      known: full.known?.slice(from, to),
      keys: full.keys?.slice(from, to),
      system: full.system,
      readings: full.readings?.slice(from, to),
      ...(misspelt === undefined ? {} : { legalFormTypos: misspelt.typos }),
      ...(cut === undefined ? {} : { cutTail: full.tokens.slice(cut.to) }),
    };
    return { full, core, coreFrom: from };
  }

  /**
   * A cut value that ends inside the legal form written after the name ("… Négoce Société à res", "… Enterprises Ghana
   * Li"): the core without it (normalise's cutTrailingLegalForm), so that the name is what a candidate must explain
   * and is scored, as the listed name stripped of its whole form is. A single cut word that the list knows as a word
   * ("… Trading Lim", Lim a name) stays a word of the name.
   */
  private cutForm(q: QuerySide, from: number, to: number): { from: number; to: number; codes: string[] } | undefined {
    if (to !== q.tokens.length || to - from < 2) return undefined;
    const known = q.ids[to - 1] >= 0 || q.xids[to - 1] >= 0;
    const cut = cutTrailingLegalForm(q.tokens, from, to);
    if (cut !== undefined && !(cut.cutWords === 1 && known)) return { from: cut.start, to: cut.end, codes: cut.codes };
    // "… Pharmaceutical Supplies of t": a stub of a noise word, which names drop (a letter, or two the list does not
    // know as a word: "… Binh An" keeps its An).
    const last = q.tokens[to - 1];
    if (to - from >= 3 && last.length <= 2 && (last.length === 1 || !known) && isNoiseWordHead(last)) return { from, to: to - 1, codes: [] };
    return undefined;
  }

  /**
   * Legal forms misspelt at the ends of the core tokens [from, to) of a payment name (Compayn, Linmited, JOINT STCLK
   * COMPANY), words the list does not know; undefined when there is none. Only a name with such a word at an end
   * is searched (most are not).
   */
  private misspeltLegalForms(q: QuerySide, from: number, to: number): { from: number; to: number; codes: string[]; typos: string[] } | undefined {
    const known = (i: number): boolean => q.ids[i] >= 0 || q.xids[i] >= 0;
    const unknownWithin = (a: number, b: number): boolean => {
      for (let i = Math.max(a, from); i < Math.min(b, to); i++) if (!known(i) && q.tokens[i].length >= MIN_MISSPELT_FORM_LENGTH) return true;
      return false;
    };
    if (!unknownWithin(to - MAX_FORM_WORDS, to) && !unknownWithin(from, from + MAX_FORM_WORDS)) return undefined;
    const codes: string[] = [];
    const typos: string[] = [];
    for (let leading = 0; leading < 2; leading++) {
      for (;;) {
        const found = misspeltLegalForm(q.tokens, from, to, known, leading === 1, leading === 0 && codes.length > 0);
        if (found === undefined) break;
        codes.push(found.code);
        typos.push(...found.typos);
        if (leading === 1) from += found.length;
        else to -= found.length;
      }
    }
    return codes.length === 0 ? undefined : { from, to, codes, typos };
  }

  /** @param familyEnd see NameSide (the key is set only when given) */
  private side_(tokens: readonly string[], expanded: readonly string[], legalForms: readonly string[], familyEnd?: number): QuerySide {
    const { vocab } = this.p;
    const ids: number[] = [];
    const xids: number[] = [];
    const weights: number[] = [];
    const known: boolean[] = [];
    const keys: TokenKeys[] = [];
    // One pass over the tokens, not one per array.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const id = vocab.id(t);
      const xid = expanded[i] === t ? id : vocab.id(expanded[i]);
      ids.push(id);
      xids.push(xid);
      // A word no listed name has is distinctive — unless it is a legal form the list's names were stripped of
      // ("Limited Liability Company …"): that says nothing about who the payee is.
      weights.push(id >= 0 ? this.tokenWeights[id] : LEGAL_FORM_WORDS.has(t) ? GENERIC_WEIGHT : weightOf(t, 0, this.dfRef));
      known.push(id >= 0 || xid >= 0);
      keys.push(id >= 0 ? vocab.keys(id) : this.word(t));
    }
    // A name romanised from Cyrillic by the German or French system, or written in Kazakh or Uzbek Latin: each
    // token as that system reads it (cyrillic-systems), for the search and the scorer.
    const system = detectSystem(tokens, expanded);
    const readings = system === undefined ? undefined : tokens.map((t, i) => readAs(system, t, expanded[i]));
    // Object literals, not a spread of one into another: V8 copies a spread key by key.
    return familyEnd === undefined
      ? { tokens, expanded, weights, legalForms, ids, xids, known, keys, system, readings }
      : { tokens, expanded, weights, legalForms, ids, xids, known, keys, familyEnd, system, readings };
  }

  /**
   * Records worth scoring for a prepared query, best evidence first, at most `limit`. Each query token is
   * resolved to listed tokens (same spelling, expanded spelling, one edit away, sounding alike, joined with its
   * neighbour, split in two); rare ones bring their postings, common ones only in pairs. A record is kept when
   * the tokens found carry enough of its name's weight to possibly score.
   */
  candidates(prepared: PreparedName, limit: number, truncated = false): number[] {
    const q = prepared.full;
    const counters = this.counters;
    counters.searches++;
    this.truncated = truncated;
    this.cutWords = truncated ? q.tokens : [];
    this.cutPrepared = truncated ? prepared : undefined;
    this.acc.begin();
    this.listWeightsRead = 0;
    const common: KeyRef[][] = q.tokens.map(() => []);
    // Rare keys whose postings the budget left unread: credited, as common ones are, on the records found otherwise.
    const skipped: KeyRef[][] = q.tokens.map(() => []);
    const rarest = { key: -1, token: -1 };
    for (let i = 0; i < q.tokens.length; i++) this.visitKeys(q, i, this.cheapKeys(q, i), common, rarest, skipped);
    // A cut value's last word is the head of a listed word ("STATE UNITARY ENTERPRISE \"URALMASHZ" for URALMASHZAVOD):
    // often all the name a long legal form in front leaves. After such a form, a word known as it stands too: short
    // syllables are each other's heads ("CONG TY TNHH MOT THANH VIEN DUC HOA" cut from … DUC HOANG).
    const cut = this.cutWordOf(prepared, truncated);
    if (cut >= 0) this.visitKeys(q, cut, this.cutWordKeys(q, cut), common, rarest, skipped);
    this.visitPairs(q, common);
    this.visitInitials(q);
    this.visitOutlines(q);
    this.creditCommon(q, common, skipped, 0);
    if (cut > 0) this.creditCutWord(q, cut, 0);
    // What the pairs and the credits of common tokens have given so far (see below).
    const creditedUpTo = this.acc.length;
    const creditedRefs = refCount(common);
    const skippedRefs = refCount(skipped);
    let querySum = q.weights.reduce((a, b) => a + b, 0);
    // A legal form around the name that no listed name has (the list's names were stripped of theirs: "LIMITED
    // LIABILITY COMPANY «…»") is no part of the name a candidate must explain.
    const coreTo = prepared.coreFrom + prepared.core.tokens.length;
    for (let i = 0; i < q.tokens.length; i++) {
      if ((i < prepared.coreFrom || i >= coreTo) && q.ids[i] < 0 && q.xids[i] < 0) querySum -= q.weights[i];
      // (A legal form after the name of a cut value, cut itself or not, is no part of its name either, known or not.)
      else if (truncated && i >= coreTo) querySum -= q.weights[i];
    }
    // The cut last word of a truncated value, unknown as it stands, says nothing against a candidate.
    const last = q.tokens.length - 1;
    const cutUnknown = truncated && last > 0 && last < coreTo && q.ids[last] < 0 && q.xids[last] < 0;
    if (cutUnknown) querySum -= q.weights[last];
    // What a cut value's candidate must explain: the name, not a legal form written in front of it, known to the list
    // or not ("LIMITED LIABILITY COMPANY TORGOVYI" is TORGOVYI DOM … as listed: the form's words weigh more than the
    // one word of the name that survived).
    let nameSum = 0;
    for (let i = prepared.coreFrom; i < coreTo; i++) nameSum += q.weights[i];
    if (cutUnknown && last > prepared.coreFrom) nameSum -= q.weights[last];
    this.evidenceSum = truncated ? Math.min(querySum, nameSum) : querySum;
    const found = this.best(limit, querySum);
    this.stoppedEarly = found.length > 0 && this.bestRank >= GOOD_ENOUGH_RANK;
    if (this.stoppedEarly && !this.searchAll) {
      counters.stoppedEarly++;
      counters.touched += this.acc.length;
      counters.candidates += found.length;
      return found;
    }
    // Nothing convincing yet: the costlier searches, for the longer tokens the list does not know.
    // (changed: whether the accumulator may have changed since best(). Most words the list does not know have no
    // deep keys at all — then nothing below changes the ranking, and best() need not rank the same records again.)
    let changed = false;
    for (let i = 0; i < q.tokens.length; i++) {
      if (q.ids[i] >= 0 || q.xids[i] >= 0 || q.tokens[i].length < MIN_DEEP_LENGTH) continue;
      const keys = this.deepKeys(q, i);
      counters.deepSearches++;
      if (keys.length === 0 && q.tokens.length <= CREDIT_BITS) continue;
      this.visitKeys(q, i, keys, common, rarest, skipped);
      changed = true;
    }
    if (changed) {
      // Unless the costlier searches found more common tokens, their pairs were all visited and the records touched
      // before all credited: the accumulator credits a (record, token) once, so doing it again would change nothing
      // — only the records these searches brought are credited. (Past CREDIT_BITS tokens it credits each time.)
      const pairsAgain = refCount(common) !== creditedRefs || q.tokens.length > CREDIT_BITS;
      const again = pairsAgain || refCount(skipped) !== skippedRefs;
      if (pairsAgain) this.visitPairs(q, common);
      this.creditCommon(q, common, skipped, again ? 0 : creditedUpTo);
      if (cut > 0) this.creditCutWord(q, cut, creditedUpTo);
    }
    // A one-word name made of a common word: the rarest reading's postings, bounded by the cap.
    if (this.acc.length === 0 && rarest.key >= 0 && q.tokens.length === 1) {
      const start = this.p.postings.start(rarest.key);
      const w = q.weights[rarest.token];
      const lw = this.tokenWeights[rarest.key];
      for (let k = 0; k < this.postingsCap; k++) this.acc.add(this.p.postings.at(start + k), rarest.token, w, lw);
      changed = true;
    }
    const result = changed ? this.best(limit, querySum) : found;
    counters.touched += this.acc.length;
    counters.candidates += result.length;
    return result;
  }

  /**
   * Diagnosis (bench:match --diagnose), not screening: whether one of the listed `records` is among the candidates of
   * a search; if not, whether it is once every search runs (the costlier ones skipped after a good-enough
   * candidate), once the limit is lifted too, and what evidence it gathered (its rank, and the last kept one's).
   */
  searchTrace(prepared: PreparedName, limit: number, truncated: boolean, records: readonly number[]): SearchTrace {
    const blocks = new Set(records.map((r) => this.p.recBlock[r]));
    const among = (found: readonly number[]): boolean => found.some((r) => records.includes(r));
    const candidate = among(this.candidates(prepared, limit, truncated));
    const stoppedEarly = this.stoppedEarly;
    this.searchAll = true;
    try {
      const all = this.candidates(prepared, limit, truncated);
      const withAllSearches = among(all);
      const keptRanks = all.map((r) => this.rankOfBlock(this.p.recBlock[r]));
      let targetRank = -1;
      let targetShare = 0;
      let touched = false;
      for (let k = 0; k < this.acc.length; k++) {
        if (!blocks.has(this.acc.records[k])) continue;
        touched = true;
        const listShare = this.acc.listed[k] / Math.max(1e-6, this.blockWeights[this.acc.records[k] + BLOCK_WEIGHT]);
        targetShare = Math.max(targetShare, listShare);
        if (listShare >= MIN_EVIDENCE || this.truncated) targetRank = Math.max(targetRank, this.acc.rank[k]);
      }
      const unlimited = among(this.candidates(prepared, Number.MAX_SAFE_INTEGER, truncated));
      return { candidate, stoppedEarly, withAllSearches, unlimited, touched, targetShare, targetRank, keptRanks };
    } finally {
      this.searchAll = false;
    }
  }

  /** The rank the last search gave the touched record of block b (-1: untouched or not qualified). */
  private rankOfBlock(b: number): number {
    for (let k = 0; k < this.acc.length; k++) if (this.acc.records[k] === b) return this.acc.rank[k];
    return -1;
  }

  /**
   * The position of a cut value's last word, which may be the head of a listed word, known to the list as it stands or
   * not (short syllables are each other's heads: "CONG TY TNHH MOT THANH VIEN DUC HOA" cut from … DUC HOANG, "… Nhat
   * Lo" from NHAT LOC; "… Enerhosnab" from ENERHOSNABSBYT); -1 when it is a word of a legal form after the name (see
   * prepare's cutForm).
   */
  private cutWordOf(prepared: PreparedName, truncated: boolean): number {
    const n = prepared.full.tokens.length;
    return truncated && n > 0 && prepared.coreFrom + prepared.core.tokens.length === n ? n - 1 : -1;
  }

  /**
   * The listed words a cut value's last word is the head of ("STATE UNITARY ENTERPRISE \"URALMASHZ" for URALMASHZAVOD):
   * often all the name a long legal form in front leaves. Long ones from the ends table, short ones (Vinh for Vin, Kim
   * for Ki) from the deletion table: a syllable's completions are common words, found in pairs with the name's others.
   */
  private cutWordKeys(q: QuerySide, cut: number): KeyRef[] {
    const t = q.tokens[cut];
    const keys: KeyRef[] = this.p.fuzzy.prefixAlternatives(t, PREFIX_EVIDENCE);
    for (const key of this.p.fuzzy.shortPrefixAlternatives(t, PREFIX_EVIDENCE)) keys.push(key);
    return keys;
  }

  /**
   * A cut value's last word (position i) credited to the records touched since index `from` whose name has a word it
   * is the head of (Nhat Lo: NHAT LOC; Behsaz Ki: BEHSAZ KISH …): the other words of the name found them, and the cut
   * word, too short or too common a head to be looked up in the whole list, is looked up among their words. A record
   * credited at i already is not read.
   */
  private creditCutWord(q: QuerySide, i: number, from: number): void {
    const stub = q.tokens[i];
    if (stub.length < MIN_CUT_HEAD) return;
    const { blocks, vocab } = this.p;
    const acc = this.acc;
    const bit = i < CREDIT_BITS ? 1 << i : 0;
    const w = q.weights[i] * PREFIX_EVIDENCE;
    // Per listed token id met, whether the stub is its head (a query's candidates share most of their words).
    const heads = this.cutHeads;
    heads.clear();
    let read = 0;
    for (let k = from; k < acc.length; k++) {
      if ((acc.lastToken[k] & bit) !== 0) continue;
      read++;
      const b = acc.records[k];
      for (let p = b + BLOCK_TOKENS, end = p + 2 * blocks[b + BLOCK_COUNT]; p < end; p += 2) {
        const id = blocks[p];
        let head = heads.get(id);
        if (head === undefined) {
          const t = vocab.token(id);
          head = t.length > stub.length && t.startsWith(stub);
          heads.set(id, head);
        }
        if (!head) continue;
        acc.addAt(k, i, w, this.tokenWeights[id] * PREFIX_EVIDENCE);
        break;
      }
    }
    this.counters.blocksRead += read;
  }

  /** The listed names with both common halves of a word split in two (ref.id and ref.also), credited at position i. */
  private visitSplitPair(q: QuerySide, i: number, ref: KeyRef): void {
    const { pairs } = this.p;
    const data = pairs.data;
    const hash = pairHash(ref.id, ref.also!);
    const low = Math.min(ref.id, ref.also!);
    const high = Math.max(ref.id, ref.also!);
    const w = q.weights[i] * ref.sim;
    const lw = this.listedWeight(ref);
    const first = pairs.begin(hash);
    const e = pairs.end(hash);
    this.counters.pairProbes++;
    this.counters.pairEntries += (e - first) / PAIR_STRIDE;
    // Only this pair's entries: another pair sharing its hash is no name with both halves.
    for (let x = first; x < e; x += PAIR_STRIDE)
      if (data[x] === hash && data[x + PAIR_LOW] === low && data[x + PAIR_HIGH] === high) this.acc.add(data[x + PAIR_BLOCK], i, w, lw);
  }

  /** The listed weight a key credits (see KeyRef.also). */
  private listedWeight(ref: KeyRef): number {
    const also = ref.also;
    return (also === undefined ? this.tokenWeights[ref.id] : this.tokenWeights[ref.id] + this.tokenWeights[also]) * ref.sim;
  }

  /**
   * Rare keys bring their postings; common ones are kept for pairs. Rare keys past the budget are kept in `skipped`: a
   * frequent given name has a dozen listed spellings (Zainab: Zeinab, Zaynab, Zeynep …) of a hundred names each, and
   * the one the listed person has may be past the budget — credited on the records the other words found, it still
   * sets that person apart from the namesakes of the other words.
   */
  private visitKeys(q: QuerySide, i: number, keys: KeyRef[], common: KeyRef[][], rarest: { key: number; token: number }, skipped: KeyRef[][]): void {
    const { postings } = this.p;
    // Same spellings first (sim 1), then the closest and rarest alternatives, within a budget of postings per
    // token: a large list has many one-edit neighbours, and visiting all their names would make a query's
    // cost grow with the list.
    // (keys is this call's own array: sorted in place, stable, no copy.)
    if (keys.length > 1) sortSmall(keys, (a, b) => b.sim - a.sim || postings.count(a.id) - postings.count(b.id));
    let budget = POSTINGS_BUDGET_PER_TOKEN;
    this.counters.keys += keys.length;
    for (const ref of keys) {
      const count = postings.count(ref.id);
      if (count === 0) continue;
      if (ref.sim < 1 && count <= this.postingsCap) {
        if (count > budget) {
          if (!skipped[i].some((c) => c.id === ref.id)) skipped[i].push(ref);
          continue;
        }
        budget -= count;
      }
      if (count > this.postingsCap) {
        // A word split in two common words (MILADFALLAHI): the pair of its halves, which the pair index holds.
        if (ref.also !== undefined) this.visitSplitPair(q, i, ref);
        if (!common[i].some((c) => c.id === ref.id)) common[i].push(ref);
        if (rarest.key < 0 || count < postings.count(rarest.key)) {
          rarest.key = ref.id;
          rarest.token = i;
        }
        continue;
      }
      const start = postings.start(ref.id);
      this.counters.postings += count;
      const w = q.weights[i] * ref.sim;
      const lw = this.listedWeight(ref);
      const span = ref.span ?? 0;
      if (ref.checkAlso === true) {
        const own = this.tokenWeights[ref.id] * ref.sim;
        const { blocks } = this.p;
        this.counters.blocksRead += count;
        for (let k = 0; k < count; k++) {
          const b = postings.at(start + k);
          let has = false;
          for (let t = b + BLOCK_TOKENS, end = t + 2 * blocks[b + BLOCK_COUNT]; t < end && !has; t += 2) has = blocks[t] === ref.also;
          this.acc.add(b, i, w, has ? lw : own);
        }
        continue;
      }
      if (span === 0) {
        for (let k = 0; k < count; k++) this.acc.add(postings.at(start + k), i, w, lw);
        continue;
      }
      for (let k = 0; k < count; k++) {
        const at = this.acc.touch(postings.at(start + k));
        this.acc.addAt(at, i, w, lw);
        for (let s = 1; s <= span; s++) this.acc.addAt(at, i + s, q.weights[i + s] * ref.sim, 0);
      }
    }
  }

  /**
   * Common tokens bring no postings, but a candidate found through another token may contain them: credit
   * them by looking at its tokens, so "Sanne Jansen" ranks above every other Jansen.
   */
  private creditCommon(q: QuerySide, common: KeyRef[][], skipped: KeyRef[][], from: number): void {
    // The common ids of this query, once (a later query position wins for an id listed twice), then the rare ones
    // the budget skipped (see visitKeys).
    let n = 0;
    let nCommon = 0;
    for (const refs of [common, skipped]) {
      for (let i = 0; i < refs.length; i++) {
        for (const ref of refs[i]) {
          let at = -1;
          for (let c = 0; c < n && at < 0; c++) if (this.commonIds[c] === ref.id) at = c;
          if (at < 0) {
            if (n === this.commonIds.length) this.growCommon();
            at = n++;
            this.commonIds[at] = ref.id;
          }
          this.commonPos[at] = i;
          this.commonSpans[at] = ref.span ?? 0;
          this.commonSims[at] = ref.sim;
          this.commonListed[at] = this.listedWeight(ref);
        }
      }
      if (refs === common) nCommon = n;
    }
    if (n === 0) return;
    const { blocks } = this.p;
    const acc = this.acc;
    const ids = this.commonIds;
    // A record already credited for every query position these ids stand for can gain nothing here (the
    // accumulator credits a position once): its block is not read — most records the pairs brought are such.
    // (The rare ids' positions apart: a record a pair brought may still gain them, see creditTodo.)
    let positions = 0;
    let rarePositions = 0;
    for (let c = 0; c < n && positions !== -1; c++) {
      const last = this.commonPos[c] + this.commonSpans[c];
      for (let i = this.commonPos[c]; i <= last; i++) {
        positions = last < CREDIT_BITS ? positions | (1 << i) : -1;
        if (c >= nCommon) rarePositions |= 1 << i;
      }
    }
    const pending = this.creditTodo(from, acc.length, positions, rarePositions, nCommon, n);
    this.counters.blocksRead += pending;
    // A 256-bit filter of the common ids: most tokens of a candidate are not among them, and one bit says so
    // (a name's spellings and skeletons make dozens of common ids, too many to compare each token with).
    const filter = this.commonFilter;
    filter.fill(0);
    for (let c = 0; c < n; c++) {
      const h = filterBit(ids[c]);
      filter[h >>> 5] |= 1 << (h & 31);
    }
    // A chunk of candidates' blocks first read in a loop of independent loads, then credited: the processor
    // overlaps their cache misses, where the credit loop would wait for each in turn, and a chunk's blocks are
    // still in the nearest caches when credited (a thousand blocks read ahead would not be).
    if (this.counts.length < pending) this.counts = new Int32Array(2 * pending);
    const counts = this.counts;
    for (let j = 0; j < pending; j++) {
      if ((j & (CREDIT_CHUNK - 1)) === 0) this.blockCounts(j, Math.min(pending, j + CREDIT_CHUNK));
      const k = this.todo[j];
      const b = acc.records[k];
      for (let p = b + BLOCK_TOKENS, end = p + 2 * counts[j]; p < end; p += 2) {
        let at = -1;
        const id = blocks[p];
        let h = filterBit(id);
        if ((filter[h >>> 5] & (1 << (h & 31))) !== 0) for (let c = 0; c < n && at < 0; c++) if (ids[c] === id) at = c;
        if (at < 0) {
          const x = blocks[p + 1];
          if (x < 0) continue;
          h = filterBit(x);
          if ((filter[h >>> 5] & (1 << (h & 31))) === 0) continue;
          for (let c = 0; c < n && at < 0; c++) if (ids[c] === x) at = c;
          if (at < 0) continue;
        }
        const i = this.commonPos[at];
        acc.addAt(k, i, q.weights[i] * this.commonSims[at], this.commonListed[at]);
        for (let s = 1; s <= this.commonSpans[at]; s++) acc.addAt(k, i + s, q.weights[i + s] * this.commonSims[at], 0);
      }
    }
  }

  /**
   * The indexes k in [from, to) of the touched records still to credit — all of them when `positions` is -1, else
   * those not yet credited for every position in the bit set and not `paired` (CandidateAccumulator) — into
   * this.todo; returns how many.
   *
   * Why a paired record gains nothing: its common ids all form pairs in the index, and the query's own pair (a, c)
   * at positions i ≠ j brought it. Crediting its block would credit, for each common id x of the query it has, the
   * last position p of x — but visitPairs visited x at p with a (or c) at a position other than p (one of i, j is
   * not p; when x is a or c and p is the other's position, the pair (a at i, c at j) itself credited p), and that
   * pair is indexed for the record. (Past CREDIT_BITS positions the accumulator credits again: `positions` is -1.)
   * That holds for common ids only: a paired record not yet credited for all of `rarePositions` (the positions of rare
   * ids the budget skipped, this.commonIds[rareFrom, rareTo)) is credited too — when it has one of them (their postings
   * say so without reading its block: a query with such ids touches hundreds of paired records, few of which have one).
   */
  private creditTodo(from: number, to: number, positions: number, rarePositions: number, rareFrom: number, rareTo: number): number {
    if (this.todo.length < to - from) this.todo = new Int32Array(2 * (to - from));
    const todo = this.todo;
    const { lastToken: credited, paired } = this.acc;
    let count = 0;
    if (positions === -1) {
      for (let k = from; k < to; k++) todo[count++] = k;
      return count;
    }
    for (let k = from; k < to; k++) {
      const c = credited[k];
      if ((c & positions) === positions) continue;
      if (paired[k] === 0 || ((c & rarePositions) !== rarePositions && this.hasRareId(this.acc.records[k], rareFrom, rareTo))) todo[count++] = k;
    }
    return count;
  }

  /** Whether block b's name has one of the ids this.commonIds[from, to) (rare ids: their postings are read). */
  private hasRareId(b: number, from: number, to: number): boolean {
    for (let c = from; c < to; c++) if (this.p.postings.has(this.commonIds[c], b)) return true;
    return false;
  }

  /** The token counts of the blocks of this.todo[from, to) into this.counts (scratch, as long as this.todo's count). */
  private blockCounts(from: number, to: number): void {
    const { records } = this.acc;
    const { blocks } = this.p;
    const counts = this.counts;
    const todo = this.todo;
    for (let j = from; j < to; j++) counts[j] = blocks[records[todo[j]] + BLOCK_COUNT];
  }

  private growCommon(): void {
    const size = this.commonIds.length * 2;
    const ids = new Int32Array(size);
    ids.set(this.commonIds);
    const pos = new Int32Array(size);
    pos.set(this.commonPos);
    const sims = new Float32Array(size);
    sims.set(this.commonSims);
    const spans = new Int32Array(size);
    spans.set(this.commonSpans);
    this.commonSpans = spans;
    const listed = new Float32Array(size);
    listed.set(this.commonListed);
    this.commonListed = listed;
    this.commonIds = ids;
    this.commonPos = pos;
    this.commonSims = sims;
  }

  /**
   * "J. Smith", "Smith J.", "JM Smith": an initial (or initials run together) and a name of the same person, through
   * the person pairs (initial, other name). The initial is credited with the rest of the listed name, less what an
   * initial leaves unsure: the entry's weight is the listed name's, the other name's is the query word's own. So among
   * namesakes those whose given name has the initial rank first, as the scorer will score them (middle names the
   * payment leaves out cost little there), not below every namesake of shorter name or commoner given name: an
   * initial's own weight would hardly move them. That credit is one however many initials the payment has ("H. A.
   * Nuaymi" finds "Habib Allah … Nuaymi" through (h, nuaymi) and others through (a, …)): all are credited at the
   * first initial's position, which the accumulator credits once. A particle is no name to pair with (every
   * "AL-…, A…" is (a, al)). Romanised initials (Yu) are syllables of names too, and bring no pairs.
   */
  private visitInitials(q: QuerySide): void {
    const { pairs } = this.p;
    const data = pairs.data;
    const floats = this.pairFloats;
    let at = -1;
    for (let i = 0; i < q.tokens.length; i++) {
      const t = q.tokens[i];
      // (a legal form of two or three letters may be initials too, "O.E." or "A.G." once normalised: the scorer reads
      // it so only where it stands for every given name, see givenInitialsRun)
      if (t.length !== 1 && !mayBeGivenInitials(q.tokens, i, q.ids[i] >= 0 || q.xids[i] >= 0)) continue;
      if (at < 0) at = i;
      // Each letter of a run: the list pairs the initial of a person's first word with the last and that of the last
      // with the first, and the payment's run may begin with either given name ("S.N. Gu" for Gu Su Na: (n, gu)).
      for (let l = 0; l < Math.min(t.length, MAX_RUN_LETTERS); l++) {
        if (t.indexOf(t[l]) < l) continue;
        const key = initialKey(t[l]);
        for (let j = 0; j < q.tokens.length; j++) {
          if (j === i || q.ids[j] < 0 || PARTICLES.has(q.tokens[j])) continue;
          const hash = pairHash(key, q.ids[j]);
          const other = this.tokenWeights[q.ids[j]];
          const first = pairs.begin(hash);
          const e = pairs.end(hash);
          this.counters.pairProbes++;
          this.counters.pairEntries += (e - first) / PAIR_STRIDE;
          for (let x = first; x < e; x += PAIR_STRIDE) {
            if (data[x] !== hash) continue;
            const listWeight = floats[x + PAIR_WEIGHT];
            const credit = INITIAL_SIMILARITY * Math.max(q.weights[i], listWeight - q.weights[j]);
            const listed = INITIAL_SIMILARITY * Math.max(0, listWeight - other);
            this.acc.addPair(data[x + PAIR_BLOCK], at, credit, listed, j, q.weights[j], other, listWeight, false);
          }
        }
      }
    }
  }

  /**
   * Korean names in another spelling and cut (Hyeonmin / Hyon-min, Uchong / U-jong): each payment word that is a
   * string of syllables, and each two one-syllable words joined, by their outline (syllables.koreanOutline), among the
   * listed names' outlines (in the pair index). A bucket is bounded: the outline is coarse.
   */
  private visitOutlines(q: QuerySide): void {
    const n = q.tokens.length;
    for (let i = 0; i < n; i++) {
      const t = q.tokens[i];
      if (t.length >= 4) {
        const keys = q.keys?.[i];
        this.visitOutline(q, keys === undefined ? koreanOutline(t) : keys.outline, i, i);
      }
      if (i + 1 < n && t.length <= 6 && q.tokens[i + 1].length <= 6) {
        const keys = q.keys;
        const a = keys?.[i];
        const b = keys?.[i + 1];
        if (a !== undefined && b !== undefined && a.korean !== undefined && b.korean !== undefined)
          this.visitOutline(q, koreanOutline(t + q.tokens[i + 1]), i, i + 1);
      }
    }
  }

  private visitOutline(q: QuerySide, outline: string | undefined, i0: number, i1: number): void {
    if (outline === undefined) return;
    const { pairs } = this.p;
    const data = pairs.data;
    const hash = outlineKey(outline);
    const w0 = q.weights[i0] * OUTLINE_EVIDENCE;
    let budget = OUTLINE_BUDGET;
    const first = pairs.begin(hash);
    const e = pairs.end(hash);
    this.counters.pairProbes++;
    this.counters.pairEntries += (e - first) / PAIR_STRIDE;
    for (let x = first; x < e && budget > 0; x += PAIR_STRIDE) {
      if (data[x] !== hash) continue;
      budget--;
      const b = data[x + PAIR_BLOCK];
      // The listed words an outline stands for are not known here: the payment's weights stand in for theirs.
      this.acc.add(b, i0, w0, w0);
      if (i1 !== i0) this.acc.add(b, i1, q.weights[i1] * OUTLINE_EVIDENCE, q.weights[i1] * OUTLINE_EVIDENCE);
    }
  }

  private visitPairs(q: QuerySide, common: KeyRef[][]): void {
    const acc = this.acc;
    const { pairs } = this.p;
    const data = pairs.data;
    const floats = this.pairFloats;
    for (let i = 0; i < common.length; i++) {
      for (let j = i + 1; j < common.length; j++) {
        for (const a of common[i]) {
          // A listed word that stands for the payment's words i to i + span pairs with words after them.
          const span = a.span ?? 0;
          if (j <= i + span) continue;
          for (const c of common[j]) {
            const hash = pairHash(a.id, c.id);
            const low = Math.min(a.id, c.id);
            const high = Math.max(a.id, c.id);
            const wa = q.weights[i] * a.sim;
            const wc = q.weights[j] * c.sim;
            const la = this.listedWeight(a);
            const lc = this.listedWeight(c);
            const first = pairs.begin(hash);
            const e = pairs.end(hash);
            this.counters.pairProbes++;
            this.counters.pairEntries += (e - first) / PAIR_STRIDE;
            for (let x = first; x < e; x += PAIR_STRIDE) {
              if (data[x] !== hash) continue;
              // The entry holds every common id of its name, and is this pair's, not one sharing its hash.
              const paired = data[x + PAIR_LOW] === low && data[x + PAIR_HIGH] === high;
              const k = acc.addPair(data[x + PAIR_BLOCK], i, wa, la, j, wc, lc, floats[x + PAIR_WEIGHT], paired);
              for (let s = 1; s <= span; s++) acc.addAt(k, i + s, q.weights[i + s] * a.sim, 0);
            }
          }
        }
      }
    }
  }

  /** Same or expanded spelling, joined with the next token, one edit away or sounding alike. */
  private cheapKeys(q: QuerySide, i: number): KeyRef[] {
    const { vocab } = this.p;
    const keys: KeyRef[] = [];
    const t = q.tokens[i];
    if (q.ids[i] >= 0) keys.push({ id: q.ids[i], sim: 1 });
    if (q.xids[i] >= 0 && q.xids[i] !== q.ids[i]) keys.push({ id: q.xids[i], sim: 1 });
    // "JSC ARGUMENT" in the payment, "JSCARGUMENT" in the list.
    if (i + 1 < q.tokens.length) {
      const joined = vocab.idOfJoined(t, q.tokens[i + 1]);
      if (joined >= 0) keys.push({ id: joined, sim: 1, span: 1 });
    }
    // "Ho Beom" or "Al Hasan" in the payment, "Hobum" or "Alhassan" in the list: a syllable, an article or a
    // compound's head and the next word as one, in another spelling.
    if (i + 1 < q.tokens.length && joinsNext(t, q.tokens[i + 1]) && ((t !== 'i' && q.tokens[i + 1] !== 'i') || wadeGilesName(q.tokens))) {
      const joined = wadeGilesYi(t) + wadeGilesYi(q.tokens[i + 1]);
      // (Kai-i is Kaiyi as pinyin writes it: that spelling itself too)
      const pinyin = joined !== t + q.tokens[i + 1] ? vocab.id(joined) : -1;
      if (pinyin >= 0) keys.push({ id: pinyin, sim: ROMANISED_RULE_EVIDENCE, span: 1 });
      for (const key of this.joinedSpellingKeys(joined, false)) keys.push(key);
    }
    // "Abdus Salam" in the payment, "Abdulsalam" in the list: the compound's head in its other spellings, joined.
    if (i + 1 < q.tokens.length && isCompoundHead(t)) {
      for (const key of this.compoundKeys(t, q.tokens[i + 1])) keys.push(key);
    }
    // "Abd al Rahman" in the payment, "Abdulrahman" in the list: the three words as one, in any spelling.
    if (i + 2 < q.tokens.length && isArabicArticle(q.tokens[i + 1])) {
      for (const key of this.joinedSpellingKeys(t + q.tokens[i + 1] + q.tokens[i + 2], true)) keys.push(key);
    }
    const word = q.ids[i] < 0 ? this.wordAt(q, i) : undefined;
    for (const key of word === undefined ? this.spellingKeys(t, q.ids[i]) : (word.spelling ??= this.computeSpellingKeys(t))) keys.push(key);
    // The Korean family name 나 / 라 written Ra for Na or Na for Ra, in a family name's place (syllables.naRa).
    for (const other of naRaOthers(t)) {
      const id = vocab.id(other);
      if (id >= 0 && koreanFamilyPlace(q.tokens, q.tokens.length, i)) keys.push({ id, sim: NA_RA_EVIDENCE });
    }
    // The word as the Cyrillic romanisation system of its name reads it (Asis of "Asis Abdykadyrow" as aziz): that
    // spelling, and its other spellings, wherever the list has them.
    const readings = q.readings?.[i];
    if (readings !== undefined) {
      for (const r of readings) {
        const id = vocab.id(r);
        if (id >= 0) keys.push({ id, sim: READING_EVIDENCE });
        for (const key of this.spellingKeys(r, id)) keys.push(key.sim > READING_EVIDENCE ? { id: key.id, sim: READING_EVIDENCE } : key);
      }
    }
    // A consonant with a háček spelt out (Ščukina as shchukina): the listed spellings of that sound (Szczukina), as the
    // scorer's spelt-out comparison reads them — also where the folded letters are another listed person's word.
    if (q.expanded[i] !== t) {
      const expanded = this.word(q.expanded[i]);
      for (const key of (expanded.spelling ??= this.computeSpellingKeys(q.expanded[i]))) keys.push(key);
    }
    // A listed word written in the German or Polish romanisation of Cyrillic whose reading is this word (Kajrat, Morosowa
    // of "Kayrat", "Morozova"): the scorer reads the listed name so where its own spelling says that system.
    for (const id of this.listedReadingIndex.idsOf(t)) keys.push({ id, sim: READING_EVIDENCE });
    // A word the list knows is no typo of another listed word (the scorer discounts such pairs to nothing) — but it may
    // be another spelling of the same name, which the scorer counts in full.
    if (q.ids[i] >= 0 || q.xids[i] >= 0) {
      const id = q.ids[i] >= 0 ? q.ids[i] : q.xids[i];
      for (const key of this.knownSpelledOtherwise(id)) keys.push(key);
      return keys;
    }
    for (const alt of word === undefined ? this.p.fuzzy.alternatives(t) : (word.typos ??= this.p.fuzzy.alternatives(t))) keys.push(alt);
    if (q.expanded[i] !== t) {
      const expanded = this.word(q.expanded[i]);
      for (const alt of (expanded.typos ??= this.p.fuzzy.alternatives(q.expanded[i]))) keys.push(alt);
    }
    return keys;
  }

  /** The index's entry for a word it does not know (see words), made when missing. */
  private word(t: string): WordKeys {
    let word = this.words.get(t);
    if (word === undefined) {
      word = new WordKeys(t, this);
      if (this.words.size >= WORD_KEYS_KEPT) this.words.clear();
      this.words.set(t, word);
    }
    return word;
  }

  /** The entry of the query's word i, when this index prepared the query and does not know the word. */
  private wordAt(q: QuerySide, i: number): WordKeys | undefined {
    const keys = q.keys?.[i];
    return keys instanceof WordKeys && keys.index === this ? keys : undefined;
  }

  /**
   * Two words joined (`withSelf`: three, "abdalrahman"), as one listed word in any spelling: the word itself when
   * asked, the table's spellings, the same skeleton. Kept by spelling (a joined word is never a listed token id).
   */
  private joinedSpellingKeys(joined: string, withSelf: boolean): readonly KeyRef[] {
    const table = withSelf ? this.joinedKeysWithSelf : this.joinedKeys;
    const kept = table.get(joined);
    if (kept !== undefined) return kept;
    const { vocab } = this.p;
    const keys: KeyRef[] = [];
    // The words joined are the payment's next one or two too.
    const span = withSelf ? 2 : 1;
    if (withSelf) {
      const id = vocab.id(joined);
      if (id >= 0) keys.push({ id, sim: 1, span });
    }
    for (const spelling of equivalentSpellings(joined)) {
      const other = vocab.id(spelling);
      if (other >= 0) keys.push({ id: other, sim: EQUIVALENT_EVIDENCE, span });
    }
    for (const alt of this.p.fuzzy.romanisedAlternatives(joined)) keys.push({ id: alt.id, sim: alt.sim, span });
    // Syllables written apart in another romanisation (Hsuan Shuang for Xuanshuang): the joined string respelled.
    for (const spelling of syllableRespellings(joined)) {
      const other = vocab.id(spelling);
      if (other >= 0 && !keys.some((k) => k.id === other)) keys.push({ id: other, sim: ROMANISED_RULE_EVIDENCE, span });
    }
    // A name before Allah written apart (Kaleem Allah for Kaleemullah): the letter rules' spellings of the joined word.
    for (const variants of [letterVariants(joined), reverseLetterVariants(joined)]) {
      for (const v of variants) {
        const other = vocab.id(v.spelling);
        if (other >= 0 && !keys.some((k) => k.id === other)) keys.push({ id: other, sim: ROMANISED_RULE_EVIDENCE, span });
      }
    }
    // An Arabic compound whose joining part the list spells otherwise (Shams al Din / Shamseddin, Abu Zayd / Bouzaid,
    // Shafiq Allah / Shafeequllah): the listed words of its canonical spellings' skeletons, measured by the scorer.
    for (const canonical of compoundCanonicals(joined)) {
      for (const id of this.p.fuzzy.skeletonMembers(romanisationKey(canonical), JOINED_BUCKET_READ)) {
        if (keys.some((k) => k.id === id)) continue;
        const l = vocab.token(id);
        const m = tokenSimilarity(joined, joined, l, l, false, false, undefined, vocab.keys(id));
        if (m.sim >= MIN_JOINED_SIMILARITY && m.kind !== 'typo' && m.kind !== 'phonetic') keys.push({ id, sim: m.sim, span });
      }
    }
    if (table.size >= WORD_KEYS_KEPT) table.clear();
    table.set(joined, keys);
    return keys;
  }

  /**
   * An Arabic compound's head and the name after it as one listed word, the head in any of its spellings (Abdus Salam:
   * abdulsalam, abdelsalam, abdsalam). Kept by the two words (with joinedSpellingKeys's, which a space sets apart).
   */
  private compoundKeys(head: string, rest: string): readonly KeyRef[] {
    const both = `${head} ${rest}`;
    const kept = this.joinedKeys.get(both);
    if (kept !== undefined) return kept;
    const keys: KeyRef[] = [];
    for (const spelling of equivalentSpellings(head)) {
      const id = this.p.vocab.id(spelling + rest);
      if (id >= 0) keys.push({ id, sim: EQUIVALENT_EVIDENCE, span: 1 });
    }
    if (this.joinedKeys.size >= WORD_KEYS_KEPT) this.joinedKeys.clear();
    this.joinedKeys.set(both, keys);
    return keys;
  }

  /**
   * The keys a token has by itself, whatever its neighbours: the name after a compound's head, the table's other
   * spellings, the same romanisation skeleton. Kept per listed token (`id` ≥ 0; bounded): given names and company
   * words come in payment after payment, and their skeleton's bucket is a few cache misses in a large index. A word
   * the list does not know is kept with its other keys (see words): a Cyrillic reading of a payment word (Asis read as
   * aziz) comes again with each payment that writes the word, and its keys were worked out anew each time.
   */
  private spellingKeys(t: string, id: number): readonly KeyRef[] {
    if (id < 0) {
      const word = this.word(t);
      return (word.spelling ??= this.computeSpellingKeys(t));
    }
    const kept = this.spellingKeysOf.get(id);
    if (kept !== undefined) return kept;
    const keys = this.computeSpellingKeys(t);
    if (this.spellingKeysOf.size >= SPELLING_KEYS_KEPT) this.spellingKeysOf.clear();
    this.spellingKeysOf.set(id, keys);
    return keys;
  }

  /**
   * A listed word's neighbours (one edit away, sounding alike, the syllables it can spell) that the scorer counts as
   * the same name in another spelling — not as a typo, which between two listed words it discounts to nothing. In a
   * dense list the payment's spelling of a name is often another listed person's word (Rania for listed Ranya, Lo for
   * Lu), and its typo search, skipped for a listed word, was all that found the listed person. Kept per token id.
   */
  private knownSpelledOtherwise(id: number): readonly KeyRef[] {
    const kept = this.otherwiseOf.get(id);
    if (kept !== undefined) return kept;
    const { vocab } = this.p;
    const t = vocab.token(id);
    const tk = vocab.keys(id);
    const keys: KeyRef[] = [];
    const consider = (other: number): void => {
      if (other === id || keys.some((k) => k.id === other)) return;
      const l = vocab.token(other);
      const m = tokenSimilarity(t, t, l, l, false, false, tk, vocab.keys(other));
      // (Not a letter rule's likeness, Halabi / Chalabi, Ziynab / Zaynab: between two listed words it is as often two
      // names, and brought more negatives than positives.)
      if (m.sim >= SPELT_OTHERWISE_EVIDENCE && m.kind !== 'typo' && m.kind !== 'phonetic' && !(m.kind === 'romanised' && isLetterRule(m)))
        keys.push({ id: other, sim: m.sim });
    };
    for (const alt of this.p.fuzzy.alternatives(t)) consider(alt.id);
    if (isOneSyllable(t)) {
      for (const spelling of syllableRespellings(t)) {
        const other = vocab.id(spelling);
        if (other >= 0) consider(other);
      }
    }
    // A syllable string the list also writes apart (Leiwei / Lei Wei, Jaeil / Chae Il): its two syllables as listed
    // words. The typo search that splits a word runs only for words the list does not know, and in a dense list a
    // given name written as one word is nearly always another listed person's.
    if (t.length >= MIN_SPLIT_LENGTH - 1 && t.length <= 2 * MAX_SYLLABLE_LENGTH && syllablesOf(t) !== undefined) this.syllableSplitKeys(t, keys);
    if (this.otherwiseOf.size >= SPELLING_KEYS_KEPT) this.otherwiseOf.clear();
    this.otherwiseOf.set(id, keys);
    return keys;
  }

  /**
   * The keys of a syllable string split in two syllables the list holds as words, each as written or in another
   * romanisation (syllableRespellings, a few each): the rarer half's id, with the other as `also` (see KeyRef.also).
   */
  private syllableSplitKeys(t: string, keys: KeyRef[]): void {
    const { vocab, df } = this.p;
    const listed = (part: string): number[] => {
      const ids: number[] = [];
      for (const spelling of [part, ...syllableRespellings(part)]) {
        const id = vocab.id(spelling);
        if (id >= 0 && !ids.includes(id)) ids.push(id);
        if (ids.length === MAX_SPLIT_SPELLINGS) break;
      }
      return ids;
    };
    for (let k = 2; k <= t.length - 2; k++) {
      const head = t.slice(0, k);
      const tail = t.slice(k);
      if (!isOneSyllable(head) || !isOneSyllable(tail)) continue;
      const heads = listed(head);
      const tails = heads.length === 0 ? [] : listed(tail);
      for (const a of heads) {
        for (const b of tails) {
          const sim = vocab.token(a) === head && vocab.token(b) === tail ? 1 : ROMANISED_RULE_EVIDENCE;
          if (!keys.some((x) => (x.id === a && x.also === b) || (x.id === b && x.also === a)))
            keys.push(df[a] <= df[b] ? { id: a, sim, also: b, checkAlso: true } : { id: b, sim, also: a, checkAlso: true });
        }
      }
    }
  }

  private computeSpellingKeys(t: string, withArticle = true): KeyRef[] {
    const { vocab } = this.p;
    const keys: KeyRef[] = [];
    // The Arabic article written on (Alkhalij in the payment, Khalij on the list, or the other way round): the name
    // behind it in any spelling, or the name with the article on as the list writes it.
    if (withArticle) {
      const rest = articleRest(t);
      if (rest !== undefined) {
        const id = vocab.id(rest);
        if (id >= 0) keys.push({ id, sim: ARTICLE_EVIDENCE });
        for (const key of this.computeSpellingKeys(rest, false)) keys.push(key);
      } else if (t.length >= MIN_ARTICLE_REST) {
        for (const article of ARTICLES_WRITTEN_ON) {
          const id = vocab.id(article + t);
          if (id >= 0) keys.push({ id, sim: ARTICLE_EVIDENCE });
        }
      }
    }
    // "Abdulrahman" in the payment, "Abd al-Rahman" in the list: the name after the head is the evidence.
    const compound = COMPOUND_HEAD.exec(t);
    if (compound !== null) {
      const rest = compound[2].length > 3 && compound[2][0] === compound[2][1] ? compound[2].slice(1) : compound[2];
      const restId = vocab.id(rest);
      if (restId >= 0) keys.push({ id: restId, sim: EQUIVALENT_EVIDENCE });
      // Bou, Ould and Dan also begin everyday words (Boutique, Danfoss): other spellings only of a name the list or
      // the table knows.
      const sonOf = compound[1] === 'bou' || compound[1] === 'ould' || compound[1] === 'dan';
      if (!sonOf || restId >= 0 || equivalentSpellings(rest).length > 0) for (const alt of this.p.fuzzy.romanisedAlternatives(rest)) keys.push(alt);
    }
    // "Abdulsalam" in the payment, "Abdessalam" in the list: the compound with its article spelt the other ways.
    const abdName = abdRest(t);
    if (abdName !== undefined) {
      for (const spelling of abdSpellings(abdName)) {
        const other = spelling === t ? -1 : vocab.id(spelling);
        if (other >= 0) keys.push({ id: other, sim: EQUIVALENT_EVIDENCE });
      }
    }
    // "Nasreddine" or "Wahidullah" in the payment, "Nasr al-Din" or "Waheed Ullah" in the list: the first name, in any
    // spelling, is the evidence.
    const first = compoundFirstName(t);
    if (first !== undefined) {
      const firstId = vocab.id(first);
      if (firstId >= 0) keys.push({ id: firstId, sim: EQUIVALENT_EVIDENCE });
      for (const spelling of equivalentSpellings(first)) {
        const other = vocab.id(spelling);
        if (other >= 0) keys.push({ id: other, sim: EQUIVALENT_EVIDENCE });
      }
      for (const alt of this.p.fuzzy.romanisedAlternatives(first)) keys.push(alt);
    }
    // Other romanisations of the name, whether or not the list knows this spelling too (Husayn and Hussein
    // are both listed words, for different people): the table's spellings, then the same skeleton.
    const spellings = equivalentSpellings(t);
    for (const spelling of spellings) {
      const other = vocab.id(spelling);
      if (other >= 0) keys.push({ id: other, sim: EQUIVALENT_EVIDENCE });
    }
    const groups = nameGroupsOf(t);
    for (const alt of this.p.fuzzy.romanisedAlternatives(t, groups)) keys.push(alt);
    // The listed spellings of the name the table does not write (Useynu, Fatumatah: the scorer knows them by the
    // table's key): each skeleton of the group's spellings, its tokens of the group. In a dense list the payment's
    // spelling is often another listed person's word, and no typo search runs for it.
    if (groups !== undefined) {
      const skeletons = [romanisationKey(t)];
      for (const spelling of spellings) {
        const key = romanisationKey(spelling);
        if (skeletons.includes(key)) continue;
        skeletons.push(key);
        for (const alt of this.p.fuzzy.groupAlternatives(spelling, groups)) keys.push(alt);
      }
    }
    // The Russian form of a Ukrainian name and the other way round (Grishchenko / Hryshchenko): the scorer's g/h.
    for (const form of ghForms(t)) {
      const other = vocab.id(form);
      if (other >= 0) keys.push({ id: other, sim: ROMANISED_RULE_EVIDENCE });
    }
    // One letter as another script's tradition writes it (Kadhimi for Kazemi, Gasanov for Hasanov): the variant's
    // skeleton, which the scorer checks again letter by letter.
    // Both ways: the listed token may be the one the rule rewrites (Kompaoray for Kompaore, Ramesh for Rames). A rule
    // that wants the other token as written (exact) needs the spelling only; the others the variant's skeleton too,
    // each skeleton and vowel key looked up once (ay, ey, ai, ei for one e make one key). A vowel rule leaves the
    // skeleton as it is: the token's own skeleton's bucket has the listed spelling (romanisedAlternatives).
    let seen: string[] | undefined;
    for (const variants of [letterVariants(t), reverseLetterVariants(t)]) {
      for (const v of variants) {
        if (v.vowel) continue;
        const other = vocab.id(v.spelling);
        if (other >= 0) keys.push({ id: other, sim: ROMANISED_RULE_EVIDENCE });
        if (v.exact) continue;
        const key = `${romanisationKey(v.spelling)} ${vowelKey(v.spelling)}`;
        seen ??= [`${romanisationKey(t)} ${vowelKey(t)}`];
        if (seen.includes(key)) continue;
        seen.push(key);
        for (const alt of this.p.fuzzy.romanisedAlternatives(v.spelling)) keys.push(alt);
      }
    }
    return keys;
  }

  /**
   * "JSCARGUMENT" or "MEDIALLC" in the payment, "JSC ARGUMENT" in the list: an unknown token split in two
   * known ones, or in a known one and a legal form (legal forms are not in the vocabulary of company names);
   * and listed tokens two or three edits away.
   */
  private deepKeys(q: QuerySide, i: number): KeyRef[] {
    const word = this.wordAt(q, i);
    if (word === undefined) return this.computeDeepKeys(q.tokens[i]);
    // A copy: visitKeys sorts the array it is given.
    return (word.deep ??= this.computeDeepKeys(q.tokens[i])).slice();
  }

  private computeDeepKeys(t: string): KeyRef[] {
    const { vocab } = this.p;
    const keys: KeyRef[] = [];
    const n = t.length;
    if (n >= MIN_SPLIT_LENGTH) {
      // Head and tail are looked up by hash from the token's prefix polynomials: no substring is built.
      if (splitPrefix.length <= n) {
        splitPrefix = new Int32Array(2 * n);
        headHashes = new Int32Array(2 * n);
        tailHashes = new Int32Array(2 * n);
      }
      prefixPolys(t, splitPrefix);
      // All heads' and tails' table slots first, in one loop of independent loads, then the lookups proper.
      let sink = 0;
      for (let k = 2; k <= n - 2; k++) {
        headHashes[k] = rangeHash(splitPrefix, 0, k);
        tailHashes[k] = rangeHash(splitPrefix, k, n);
        sink ^= vocab.touch(headHashes[k]) ^ vocab.touch(tailHashes[k]);
      }
      this.sink ^= sink;
      for (let k = 2; k <= n - 2; k++) {
        const a = vocab.idOfRange(t, 0, k, headHashes[k]);
        const b = vocab.idOfRange(t, k, n, tailHashes[k]);
        if (a >= 0 && b >= 0) keys.push(this.p.df[a] <= this.p.df[b] ? { id: a, sim: 1, also: b } : { id: b, sim: 1, also: a });
        else if (a >= 0 && LEGAL_FORM_WORDS.has(t.slice(k))) keys.push({ id: a, sim: 1 });
        else if (b >= 0 && LEGAL_FORM_WORDS.has(t.slice(0, k))) keys.push({ id: b, sim: 1 });
        else if (k <= MAX_SYLLABLE_LENGTH || n - k <= MAX_SYLLABLE_LENGTH) this.respelledSplit(t, k, a, b, keys);
      }
    }
    for (const alt of this.p.fuzzy.distantAlternatives(t)) keys.push(alt);
    return keys;
  }

  /**
   * "Zhigang" for Chih-kang, "Poram" for Bo Ram: a word split at k in two parts, a syllable of which the list writes
   * in another romanisation (syllables.syllableRespellings), the other as written (a, b: the parts' ids, -1 when
   * unknown) or respelled too. Both parts' listed spellings are keys: syllables are common words of such lists, found
   * in pairs with the name's other words.
   */
  private respelledSplit(t: string, k: number, a: number, b: number, keys: KeyRef[]): void {
    const head = t.slice(0, k);
    const tail = t.slice(k);
    const headSyllable = a < 0 && isOneSyllable(head);
    const tailSyllable = b < 0 && isOneSyllable(tail);
    if ((a < 0 && !headSyllable) || (b < 0 && !tailSyllable)) return;
    const from = keys.length;
    const spelt = (part: string, id: number): boolean => {
      if (id >= 0) {
        keys.push({ id, sim: 1 });
        return true;
      }
      let found = false;
      for (const other of syllableRespellings(part)) {
        const x = this.p.vocab.id(other);
        if (x < 0) continue;
        keys.push({ id: x, sim: ROMANISED_RULE_EVIDENCE });
        found = true;
      }
      return found;
    };
    if (!spelt(head, a) || !spelt(tail, b)) keys.length = from;
  }

  /**
   * The candidates worth scoring, most promising first: ranked like the score itself, by the share of the
   * listed name found (which must reach MIN_EVIDENCE) and the share of the payment name explained.
   */
  private best(limit: number, querySum: number): number[] {
    const acc = this.acc;
    const { records: touched, weight: w, listed, rank } = acc;
    const weights = this.blockWeights;
    if (this.found.length < acc.length) {
      this.found = new Int32Array(2 * acc.length);
      const listWeights = new Float32Array(2 * acc.length);
      listWeights.set(this.listWeights.subarray(0, this.listWeightsRead));
      this.listWeights = listWeights;
    }
    const found = this.found;
    // The listed names' weights first: those a pair entry brought along, the others read from their blocks in a
    // loop of independent loads (each is a cache miss, and the processor overlaps them); kept for the query's next
    // best(): a name's weight does not change.
    const listWeights = this.listWeights;
    const pairWeights = acc.listWeight;
    for (let k = this.listWeightsRead; k < acc.length; k++) {
      const lw = pairWeights[k];
      listWeights[k] = lw >= 0 ? lw : weights[touched[k] + BLOCK_WEIGHT];
    }
    this.listWeightsRead = acc.length;
    let count = 0;
    const blocks = this.p.blocks;
    for (let k = 0; k < acc.length; k++) {
      const listShare = listed[k] / Math.max(1e-6, listWeights[k]);
      const paymentShare = Math.min(1, w[k] / Math.max(1e-6, querySum));
      if (this.truncated) {
        // A cut value shows only the head of the listed name: how much of the payment the name explains counts
        // first, and how much of the name survived breaks ties (the name whose prefix it is ranks first).
        if (w[k] < MIN_TRUNCATED_EVIDENCE * this.evidenceSum) continue;
        rank[k] = this.isHeadOf(blocks[touched[k] + BLOCK_RECORD]) ? HEAD_RANK : paymentShare * (0.5 + 0.5 * Math.min(1, listShare));
      } else {
        if (listShare < MIN_EVIDENCE) continue;
        rank[k] = Math.min(1, listShare) * (0.5 + 0.5 * paymentShare);
      }
      found[count++] = k;
    }
    const kept = count > limit ? this.topRanked(found, count, limit) : Array.from(found.subarray(0, count));
    this.bestRank = kept.length > 0 ? rank[kept[0]] : 0;
    for (let j = 0; j < kept.length; j++) kept[j] = blocks[touched[kept[j]] + BLOCK_RECORD];
    return kept;
  }

  /**
   * Whether the cut value is the head of the listed name as written, legal form and all: its words are the listed
   * name's first words, the last one cut anywhere ("OPEN JOINT STOCK COMPANY «URALMASHZ" for OPEN JOINT STOCK COMPANY
   * «URALMASHZAVOD» OF THE MINISTRY …). The list's names are indexed without their legal forms, so a cut value that
   * is mostly a legal form in front finds every listed name of that form's name alike; the one whose head it is
   * was written with that form. Only for cut values (rare), only for the records found.
   */
  private isHeadOf(record: number): boolean {
    const listed = normaliseName(this.p.names.at(record));
    return cutWordsHead(this.cutWords, listed) || (this.cutPrepared !== undefined && cutCoreHead(this.cutPrepared, listed));
  }

  /**
   * How many words of a legal form written in front the cut payment name shares with listed name `record`, when
   * it is the head of that name as written (see isHeadOf), or of that name after the same form written another way
   * (cutCoreHead); 0 when it is not, or has no form in front. The scorer counts them as part of the name that
   * survived the cut.
   */
  cutFormWordsShared(prepared: PreparedName, record: number): number {
    if (prepared.coreFrom === 0) return 0;
    // (normalised once for both tests: the listed name is read from the store by record)
    const listed = normaliseName(this.p.names.at(record));
    return cutWordsHead(prepared.full.tokens, listed) || cutCoreHead(prepared, listed) ? prepared.coreFrom : 0;
  }

  /**
   * The `limit` best-ranked of the found indexes, best first, ties in the order touched — and, since listings
   * of the same name are separate cases, those tied with the last one kept, within reason (MAX_TIES). A common
   * name brings hundreds of candidates: the limit-th rank is found with a small heap, and only what ranks
   * above it is sorted.
   */
  private topRanked(found: Int32Array, count: number, limit: number): number[] {
    if (limit <= 0) return [];
    const bits = this.acc.rankBits;
    // Ranks are non-negative floats: their bits order like them. A min-heap of the `limit` highest.
    if (this.heap.length < limit) this.heap = new Int32Array(limit);
    const heap = this.heap;
    let size = 0;
    for (let j = 0; j < count; j++) {
      const v = bits[found[j]];
      if (size < limit) {
        let c = size++;
        while (c > 0 && heap[(c - 1) >> 1] > v) {
          heap[c] = heap[(c - 1) >> 1];
          c = (c - 1) >> 1;
        }
        heap[c] = v;
      } else if (v > heap[0]) {
        let c = 0;
        for (;;) {
          const l = 2 * c + 1;
          if (l >= limit) break;
          const m = l + 1 < limit && heap[l + 1] < heap[l] ? l + 1 : l;
          if (heap[m] >= v) break;
          heap[c] = heap[m];
          c = m;
        }
        heap[c] = v;
      }
    }
    const threshold = heap[0];
    // Within NEAR_TIE of the limit-th rank counts as tied: in a dense list a dozen namesakes rank within a hair of
    // each other ("M. Mirzai" among the M… Mirzais, whose names differ only in weight), and which of them the limit
    // cut was chance. (Ranks are non-negative floats: the bits of rank - NEAR_TIE order like it.)
    nearScratch[0] = Math.max(0, rankOfBits(threshold) - NEAR_TIE);
    const near = Math.min(threshold, nearBits[0]);
    const above: number[] = [];
    const tied: number[] = [];
    for (let j = 0; j < count; j++) {
      const v = bits[found[j]];
      if (v > threshold) above.push(found[j]);
      else if (v >= near) tied.push(found[j]);
    }
    // Above the threshold: fewer than `limit`, ordered by rank, ties in touch order (a stable sort).
    sortSmall(above, (a, b) => bits[b] - bits[a]);
    if (near < threshold) sortSmall(tied, (a, b) => bits[b] - bits[a]);
    // Exact ties up to MAX_TIES (duplicate listings); those only near it, MAX_NEAR_TIES more at most: each is a
    // scorer run, and in a dense list nearly every query has dozens within a hair.
    let exact = 0;
    while (exact < tied.length && bits[tied[exact]] >= threshold) exact++;
    const take = Math.min(tied.length, limit + MAX_TIES - above.length, exact + MAX_NEAR_TIES);
    for (let j = 0; j < take; j++) above.push(tied[j]);
    return above;
  }

  snapshot(w: SnapshotWriter, name: string): void {
    const p = this.p;
    p.vocab.snapshot(w, `${name}.vocab`);
    w.i32(`${name}.recEntry`, p.recEntry);
    // The blocks and the pair entries hold their names' weight sums: the cache takes an index only from the same
    // code (index-cache's engine fingerprint), which would compute the same sums again.
    w.i32(`${name}.blocks`, p.blocks);
    w.i32(`${name}.recBlock`, p.recBlock);
    w.u8(`${name}.recKind`, p.recKind);
    w.u16(`${name}.recLegal`, p.recLegal);
    w.strings(
      `${name}.legalSets`,
      p.legalSets.map((set) => set.join(',')),
    );
    p.names.snapshot(w, `${name}.names`);
    w.i32(`${name}.df`, p.df);
    p.postings.snapshot(w, `${name}.postings`);
    p.pairs.snapshot(w, `${name}.pairs`);
    p.fuzzy.snapshot(w, `${name}.fuzzy`);
    w.value(`${name}.postingsCap`, p.postingsCap);
  }

  static restore(r: SnapshotReader, name: string): NameIndex {
    const vocab = Vocabulary.restore(r, `${name}.vocab`);
    // Set 0 is the empty set (no legal form); the others were joined from their sorted forms.
    const legalSets = r.strings(`${name}.legalSets`).map((key, i) => (i === 0 ? [] : key.split(',')));
    const recEntry = r.i32(`${name}.recEntry`);
    const df = r.i32(`${name}.df`);
    return new NameIndex({
      vocab,
      recEntry,
      blocks: r.i32(`${name}.blocks`),
      recBlock: r.i32(`${name}.recBlock`),
      recKind: r.u8(`${name}.recKind`),
      recLegal: r.u16(`${name}.recLegal`),
      legalSets,
      names: StringColumn.restore(r, `${name}.names`),
      df,
      tokenWeights: tokenWeightsOf(vocab, df, recEntry.length),
      postings: Postings.restore(r, `${name}.postings`),
      pairs: HashMultimap.restore(r, `${name}.pairs`),
      fuzzy: FuzzyVocabulary.restore(r, `${name}.fuzzy`, vocab),
      postingsCap: r.number(`${name}.postingsCap`),
    });
  }

  get bytes(): number {
    const p = this.p;
    return (
      p.recEntry.byteLength +
      p.blocks.byteLength +
      p.recBlock.byteLength +
      p.recKind.byteLength +
      p.recLegal.byteLength +
      p.df.byteLength +
      p.postings.bytes +
      p.pairs.bytes +
      p.fuzzy.bytes +
      p.vocab.bytes +
      this.tokenWeights.byteLength
    );
  }
}
