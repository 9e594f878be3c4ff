/**
 * Building the name index: listed names interned as token ids in name blocks, then document frequencies, token
 * postings, the pair index of common tokens (and of persons' initials) and the fuzzy vocabulary, all in typed
 * arrays.
 */
import type { EntryKind } from '../types';
import { normaliseName, type NormalisedName } from '../text/normalise';
import { FuzzyVocabularyBuilder, type DeletionEntries } from './fuzzy-vocabulary';
import { HashMultimap } from './hash-multimap';
import { IntBuffer } from './int-buffer';
import { familyTokens, NameIndex } from './name-index';
import { PARTICLES } from '../text/legal-forms';
import {
  BLOCK_COUNT,
  BLOCK_TOKENS,
  BLOCK_WEIGHT,
  defaultPostingsCap,
  fillBlockWeights,
  initialKey,
  KIND_CODES,
  MAX_COMMON_PER_NAME,
  outlineKey,
  PERSON_CODE,
  tokenWeightsOf,
  type NameIndexOptions,
} from './name-model';
import { koreanOutline, koreanSyllableReadings } from './syllables';
import { Postings } from './postings';
import { StringColumn, type PackedStrings } from '../string-column';
import { pairHash } from './token-hash';
import { Vocabulary } from './vocabulary';

/** A comma: "FAMILY, Given …". */
const COMMA = 44;

/**
 * What the index keeps of a listed name: its tokens, their expanded spellings and its legal forms (sorted,
 * joined by commas); undefined when it normalises to nothing. The costly part of adding a name, and pure.
 */
export function nameTokens(name: string, kind: EntryKind): { tokens: readonly string[]; expanded: readonly string[]; legalKey: string } | undefined {
  const n = normaliseName(name);
  // Legal forms are a company thing: a person's name keeps every token ("Bram Vos", "Ana Da Silva").
  const person = kind === 'person';
  const tokens = person ? n.fullTokens : n.tokens;
  if (tokens.length === 0) return undefined;
  return { tokens, expanded: person ? n.fullExpanded : n.expanded, legalKey: person ? '' : legalKeyOf(n) };
}

function legalKeyOf(n: NormalisedName): string {
  return [...n.legalForms].sort().join(',');
}

function isDigits(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return token.length > 0;
}

export class NameIndexBuilder {
  private readonly vocab = new Vocabulary();
  private readonly recEntry = new IntBuffer();
  private readonly recBlock = new IntBuffer();
  private readonly blocks = new IntBuffer(1 << 16);
  private readonly recKind = new IntBuffer();
  private readonly recLegal = new IntBuffer();
  private readonly legalSets: string[][] = [[]];
  private readonly legalSetIds = new Map<string, number>([['', 0]]);
  private readonly names = new StringColumn();
  /**
   * Gathered name by name rather than in build, so that a loader's idle time while its reading thread works
   * goes into them: the fuzzy vocabulary's entries of every new token, document frequencies (in how many
   * listed names a token occurs, once per name) and the (token, block) pairs of the postings.
   */
  private readonly fuzzy = new FuzzyVocabularyBuilder();
  private readonly df = new IntBuffer();
  private readonly postingKeys = new IntBuffer();
  private readonly postingBlocks = new IntBuffer();

  /** Adds one name of one entry; names that normalise to nothing are skipped. */
  add(entry: number, name: string, kind: EntryKind): void {
    const t = nameTokens(name, kind);
    if (t !== undefined) this.addTokens(entry, name, kind, t.tokens, t.expanded, t.legalKey);
  }

  /** Adds a name already tokenised by nameTokens (e.g. in a loader's worker thread). */
  addTokens(entry: number, name: string, kind: EntryKind, tokens: readonly string[], expanded: readonly string[], legalKey: string): void {
    const block = this.openBlock(entry, tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      this.blocks.push(this.intern(tokens[i]));
      this.blocks.push(expanded[i] === tokens[i] ? -1 : this.intern(expanded[i]));
    }
    this.names.push(name);
    this.closeBlock(block, kind, tokens.length, legalKey);
  }

  /**
   * Adds a name tokenised in another thread (PreparedBatch): name `n` of the packed names, its tokens
   * tokens[from, from + count), with their expanded spellings ('' when the same as the token).
   */
  addTokenRange(
    entry: number,
    names: PackedStrings,
    n: number,
    kind: EntryKind,
    tokens: PackedStrings,
    expanded: PackedStrings,
    from: number,
    count: number,
    legalKey: string,
  ): void {
    const block = this.openBlock(entry, count);
    for (let i = from; i < from + count; i++) {
      this.blocks.push(this.vocab.internPacked(tokens, i, this.added));
      const empty = expanded.ends[i] === (i === 0 ? 0 : expanded.ends[i - 1]);
      this.blocks.push(empty ? -1 : this.vocab.internPacked(expanded, i, this.added));
    }
    this.names.pushPacked(names, n);
    this.closeBlock(block, kind, count, legalKey);
  }

  /** A name's record and the head of its block; the token ids follow. */
  private openBlock(entry: number, count: number): number {
    const block = this.blocks.length;
    this.recEntry.push(entry);
    this.recBlock.push(block);
    this.blocks.push(this.recEntry.length - 1);
    this.blocks.push(count);
    this.blocks.push(0); // weight sum, known once document frequencies are
    return block;
  }

  /** Document frequencies and postings of the block's distinct ids (once per name), then the record's kind and legal forms. */
  private closeBlock(block: number, kind: EntryKind, count: number, legalKey: string): void {
    const ids = block + BLOCK_TOKENS;
    const end = ids + 2 * count;
    const blocks = this.blocks;
    for (let p = ids; p < end; p++) {
      const id = blocks.get(p);
      if (id < 0) continue;
      let again = false;
      for (let q = ids; q < p && !again; q++) again = blocks.get(q) === id;
      if (again) continue;
      this.df.set(id, this.df.get(id) + 1);
      this.postingKeys.push(id);
      this.postingBlocks.push(block);
    }
    this.recKind.push(Math.max(0, KIND_CODES.indexOf(kind)));
    this.recLegal.push(kind === 'person' ? 0 : this.legalSetId(legalKey));
  }

  private intern(token: string): number {
    const size = this.vocab.size;
    const id = this.vocab.intern(token);
    if (id === size) this.added(id, token);
    return id;
  }

  /** What a token new to the vocabulary starts: its document frequency and fuzzy entries. */
  private readonly added = (id: number, token: string): void => {
    this.df.push(0);
    // Digit-only tokens (house numbers in names) are not typos of anything.
    if (!isDigits(token)) this.fuzzy.add(id, token);
  };

  private legalSetId(key: string): number {
    let id = this.legalSetIds.get(key);
    if (id === undefined) {
      id = this.legalSets.length;
      this.legalSets.push(key.split(','));
      this.legalSetIds.set(key, id);
    }
    return id;
  }

  /** The fuzzy vocabulary's deletion entries, for the table to be built in another thread (prepareBuild). */
  takeDeletions(): DeletionEntries {
    return this.fuzzy.takeDeletions();
  }

  build(options: NameIndexOptions = {}): NameIndex {
    return this.prepareBuild(options)();
  }

  /**
   * Builds every table but the fuzzy vocabulary's deletion table; the function returned finishes the index with
   * it (see FuzzyVocabularyBuilder.prepareBuild).
   */
  prepareBuild(options: NameIndexOptions = {}): (deletions?: HashMultimap) => NameIndex {
    const records = this.recEntry.length;
    this.names.trim();
    const blocks = this.blocks.toArray();
    const recBlock = this.recBlock.toArray();
    const vocabSize = this.vocab.size;

    const df = this.df.toArray();
    // Postings hold blocks.
    const postings = Postings.build(vocabSize, this.postingKeys.view(), this.postingBlocks.view(), this.postingKeys.length);
    const cap = options.postingsCap ?? defaultPostingsCap(records);
    const tokenWeights = tokenWeightsOf(this.vocab, df, records);
    fillBlockWeights(blocks, recBlock, tokenWeights);

    // Names made only of common tokens (Maria Garcia) are found through pairs of their common tokens.
    // Each entry carries its block's weight sum, taken here while the blocks are read in order: filled in once the
    // entries are grouped by hash, it would be a cache miss per entry (0.3 s at 1M, on the load's critical path).
    const pairHashes = new IntBuffer(1024);
    const pairHandles = new IntBuffer(1024);
    const pairWeights = new IntBuffer(1024);
    const pairLows = new IntBuffer(1024);
    const pairHighs = new IntBuffer(1024);
    const addPair = (a: number, c: number, b: number, complete: boolean): void => {
      pairHashes.push(pairHash(a, c));
      pairHandles.push(b);
      pairWeights.push(blocks[b + BLOCK_WEIGHT]);
      pairLows.push(Math.min(a, c));
      pairHighs.push(complete ? Math.max(a, c) : ~Math.max(a, c));
    };
    // A key of its own (a Korean outline): no pair of ids (its higher id is negative, as no query pair's is).
    const addKey = (key: number, b: number): void => {
      pairHashes.push(key);
      pairHandles.push(b);
      pairWeights.push(blocks[b + BLOCK_WEIGHT]);
      pairLows.push(0);
      pairHighs.push(-1);
    };
    const common: number[] = [];
    const korean = new KoreanTokens(this.vocab);
    for (let r = 0; r < records; r++) {
      const b = recBlock[r];
      const n = blocks[b + BLOCK_COUNT];
      const tokens = b + BLOCK_TOKENS;
      // Every distinct common id, in order; the first MAX_COMMON_PER_NAME form pairs.
      common.length = 0;
      for (let k = 0; k < n; k++) {
        const id = blocks[tokens + 2 * k];
        const x = blocks[tokens + 2 * k + 1];
        if (df[id] > cap && !common.includes(id)) common.push(id);
        if (x >= 0 && df[x] > cap && !common.includes(x)) common.push(x);
      }
      const paired = Math.min(common.length, MAX_COMMON_PER_NAME);
      for (let a = 0; a < paired; a++) for (let c = a + 1; c < paired; c++) addPair(common[a], common[c], b, paired === common.length);
      // Persons are paid as "J. Smith" and "Smith J.": the initial of the first or last name with the other.
      if (this.recKind.get(r) === PERSON_CODE && n >= 2) {
        const first = blocks[tokens];
        const last = blocks[tokens + 2 * (n - 1)];
        addPair(initialKey(this.vocab.token(first)[0]), last, b, false);
        addPair(initialKey(this.vocab.token(last)[0]), first, b, false);
        // "I. Marchenko" for "MARCHENKO, Irina Tarasivna": the first given name's initial with the family name, when
        // the name says which is which and the first given name is not the last word.
        const familyEnd = n >= 3 && this.names.includesUnit(r, COMMA) ? familyTokens(this.names.at(r)) : 0;
        if (familyEnd > 0 && familyEnd < n - 1) {
          let family = 0;
          while (family < familyEnd - 1 && PARTICLES.has(this.vocab.token(blocks[tokens + 2 * family]))) family++;
          addPair(initialKey(this.vocab.token(blocks[tokens + 2 * familyEnd])[0]), blocks[tokens + 2 * family], b, false);
        }
      }
      // Korean names: the outline of each syllable string, one word or two one-syllable words joined (Hyon Min).
      for (let k = 0; k < n; k++) {
        const id = blocks[tokens + 2 * k];
        const own = korean.outline(id);
        if (own !== 0) addKey(own, b);
        const next = k + 1 < n ? blocks[tokens + 2 * k + 2] : -1;
        if (next >= 0 && korean.oneSyllable(id) && korean.oneSyllable(next)) {
          const outline = koreanOutline(this.vocab.token(id) + this.vocab.token(next));
          if (outline !== undefined) addKey(outlineKey(outline), b);
        }
      }
    }
    const pairs = HashMultimap.build(pairHashes, pairHandles, pairWeights, pairLows, pairHighs);
    const fuzzy = this.fuzzy.prepareBuild(this.vocab);
    const recEntry = this.recEntry.toArray();
    const recKind = Uint8Array.from(this.recKind.view());
    const recLegal = Uint16Array.from(this.recLegal.view());
    return (deletions) =>
      new NameIndex({
        vocab: this.vocab,
        recEntry,
        blocks,
        recBlock,
        recKind,
        recLegal,
        legalSets: this.legalSets,
        names: this.names,
        df,
        tokenWeights,
        postings,
        pairs,
        fuzzy: fuzzy(deletions),
        postingsCap: cap,
      });
  }
}

/** Per listed token id, worked out when first met: whether it is one Korean syllable, and its outline's key. */
class KoreanTokens {
  /** 0 not yet known, 1 no syllable, 2 one syllable. */
  private readonly single: Uint8Array;
  /** outlineKey of the token alone (0: none), valid once single is known. */
  private readonly own: Int32Array;

  constructor(private readonly vocab: Vocabulary) {
    this.single = new Uint8Array(vocab.size);
    this.own = new Int32Array(vocab.size);
  }

  oneSyllable(id: number): boolean {
    if (this.single[id] === 0) this.learn(id);
    return this.single[id] === 2;
  }

  outline(id: number): number {
    if (this.single[id] === 0) this.learn(id);
    return this.own[id];
  }

  private learn(id: number): void {
    const token = this.vocab.token(id);
    this.single[id] = koreanSyllableReadings(token) === undefined ? 1 : 2;
    const outline = koreanOutline(token);
    this.own[id] = outline === undefined ? 0 : outlineKey(outline);
  }
}
