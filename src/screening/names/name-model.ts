/**
 * What the name index's builder and its queries share: the record layout, the prepared query, token weights.
 */
import type { EntryKind } from '../types';
import { GENERIC_WORDS, PARTICLES } from '../text/legal-forms';
import type { FuzzyVocabulary } from './fuzzy-vocabulary';
import type { HashMultimap } from './hash-multimap';
import type { NameSide } from './name-score';
import type { Postings } from './postings';
import type { Vocabulary } from './vocabulary';
import type { StringColumn } from '../string-column';
import { fnv1a, pairHash } from './token-hash';

export const KIND_CODES: readonly EntryKind[] = ['organisation', 'person', 'merchant'];
export const PERSON_CODE = 1;
export const GENERIC_WEIGHT = 0.3;
export const PARTICLE_WEIGHT = 0.3;
export const INITIAL_WEIGHT = 0.5;
/** Common tokens of one name that form pair keys (pairs grow quadratically). */
export const MAX_COMMON_PER_NAME = 6;
/**
 * Pair-index key of a Korean name's outline (syllables.koreanOutline): a listed name's syllable string, one word or
 * two one-syllable words joined, found from the payment's in any other spelling and cut (Hyeonmin / Hyon-min).
 */
export function outlineKey(outline: string): number {
  return pairHash(OUTLINE_MARK, fnv1a(outline));
}
const OUTLINE_MARK = -0x20001;
/** Pair-index key of an initial letter (negative, apart from token ids). */
export function initialKey(letter: string): number {
  return -1 - letter.charCodeAt(0);
}

export interface NameIndexOptions {
  /** A token in more listed names than this is not a blocking key by itself. */
  readonly postingsCap?: number;
}

export interface QuerySide extends NameSide {
  /** Vocabulary ids of tokens / expanded tokens (-1 when unknown to the list). */
  readonly ids: readonly number[];
  readonly xids: readonly number[];
}

/** A payment name, prepared once per query: all tokens (scored against persons, used for blocking), and
 * without legal forms (scored against organisations and merchants). */
export interface PreparedName {
  readonly full: QuerySide;
  readonly core: QuerySide;
  /** Where the core tokens start within the full ones (legal forms come off the ends). */
  readonly coreFrom: number;
}

/**
 * Listed names as blocks in one Int32Array, addressed by their offset (the "handle" postings and pairs
 * store): [record, token count, weight sum (float32 bits), id of token 1, id of its expanded spelling or -1,
 * id of token 2, …]. Everything a candidate search reads about a name is in its block, so touching a
 * candidate costs one cache miss, not one per array.
 */
export const BLOCK_RECORD = 0;
export const BLOCK_COUNT = 1;
export const BLOCK_WEIGHT = 2;
export const BLOCK_TOKENS = 3;

/**
 * Entries of the pair index (HashMultimap, stride PAIR_STRIDE): [pair hash, block, the block's weight sum (float32
 * bits), the pair's lower id, its higher id — or ~higher id when the entry does not hold
 * every common token of its name (more than MAX_COMMON_PER_NAME, or a person's initial pair); a key that is no
 * pair of ids (a Korean outline) has 0 and -1]. A large query
 * brings thousands of names through pairs: with its weight in the entry, such a name is ranked without a read of
 * its block (a cache miss each at 1M); and a name whose common tokens all form pairs, reached through a pair that
 * is the query's own (not one sharing its hash), has been credited through pairs with every common token of the
 * query it has, so crediting common tokens need not read its block either.
 */
export const PAIR_STRIDE = 5;
export const PAIR_BLOCK = 1;
export const PAIR_WEIGHT = 2;
export const PAIR_LOW = 3;
export const PAIR_HIGH = 4;

export interface NameIndexParts {
  readonly vocab: Vocabulary;
  readonly recEntry: Int32Array;
  /** Name blocks (see BLOCK_*), with their weight sums (fillBlockWeights). */
  readonly blocks: Int32Array;
  /** Record → offset of its block. */
  readonly recBlock: Int32Array;
  readonly recKind: Uint8Array;
  readonly recLegal: Uint16Array;
  readonly legalSets: readonly string[][];
  /** The listed names as written (StringColumn: no JS string each). */
  readonly names: StringColumn;
  readonly df: Int32Array;
  /** Per token id, its weight (tokenWeightsOf). */
  readonly tokenWeights: Float32Array;
  readonly postings: Postings;
  /** The pair index, each entry with its block's weight sum (PAIR_WEIGHT). */
  readonly pairs: HashMultimap;
  readonly fuzzy: FuzzyVocabulary;
  readonly postingsCap: number;
}

/**
 * A token in more listed names than this blocks only in pairs. Fixed rather than growing with the list: the
 * cost of a query is the postings it visits, and that must not grow with the list.
 */
export function defaultPostingsCap(_records: number): number {
  return 100;
}

/** weightOf's reference document frequency for a list of `records` names. */
export function dfRefOf(records: number): number {
  return Math.max(20, records / 20_000);
}

/** Per listed token id, its weight. */
export function tokenWeightsOf(vocab: Vocabulary, df: Int32Array, records: number): Float32Array {
  const dfRef = dfRefOf(records);
  const weights = new Float32Array(vocab.size);
  for (let id = 0; id < vocab.size; id++) weights[id] = weightOf(vocab.token(id), df[id], dfRef);
  return weights;
}

/** Each name block's weight sum, into its BLOCK_WEIGHT (the float's bits). */
export function fillBlockWeights(blocks: Int32Array, recBlock: Int32Array, tokenWeights: Float32Array): void {
  const floats = new Float32Array(blocks.buffer, blocks.byteOffset, blocks.length);
  for (let r = 0; r < recBlock.length; r++) {
    const b = recBlock[r];
    let sum = 0;
    for (let k = 0, t = b + BLOCK_TOKENS; k < blocks[b + BLOCK_COUNT]; k++, t += 2) sum += tokenWeights[blocks[t]];
    floats[b + BLOCK_WEIGHT] = sum;
  }
}

export function weightOf(token: string, df: number, dfRef: number): number {
  if (token.length === 1) return INITIAL_WEIGHT;
  if (PARTICLES.has(token)) return PARTICLE_WEIGHT;
  const idf = 1 / (1 + Math.log1p(df / dfRef));
  return GENERIC_WORDS.has(token) ? Math.min(GENERIC_WEIGHT, idf) : idf;
}
