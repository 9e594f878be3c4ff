/**
 * Building the name index: listed names interned as token ids in name blocks, then document frequencies, token
 * postings, the pair index of common tokens (and of persons' initials) and the fuzzy vocabulary, all in typed
 * arrays.
 */
import type { EntryKind } from '../types';
import { normaliseName, type NormalisedName } from '../text/normalise';
import { FuzzyVocabulary } from './fuzzy-vocabulary';
import { HashMultimap } from './hash-multimap';
import { IntBuffer } from './int-buffer';
import { NameIndex } from './name-index';
import {
  BLOCK_COUNT, BLOCK_TOKENS, defaultPostingsCap, initialKey, KIND_CODES, MAX_COMMON_PER_NAME, PERSON_CODE,
  type NameIndexOptions,
} from './name-model';
import { Postings } from './postings';
import { pairHash } from './token-hash';
import { Vocabulary } from './vocabulary';

export class NameIndexBuilder {
  private readonly vocab = new Vocabulary();
  private readonly recEntry = new IntBuffer();
  private readonly recBlock = new IntBuffer();
  private readonly blocks = new IntBuffer(1 << 16);
  private readonly recKind = new IntBuffer();
  private readonly recLegal = new IntBuffer();
  private readonly legalSets: string[][] = [[]];
  private readonly legalSetIds = new Map<string, number>([['', 0]]);
  private readonly names: string[] = [];

  /** Adds one name of one entry; names that normalise to nothing are skipped. */
  add(entry: number, name: string, kind: EntryKind): void {
    const n = normaliseName(name);
    // Legal forms are a company thing: a person's name keeps every token ("Bram Vos", "Ana Da Silva").
    const person = kind === 'person';
    const tokens = person ? n.fullTokens : n.tokens;
    const expanded = person ? n.fullExpanded : n.expanded;
    if (tokens.length === 0) return;
    const record = this.recEntry.length;
    this.recEntry.push(entry);
    this.recBlock.push(this.blocks.length);
    this.blocks.push(record);
    this.blocks.push(tokens.length);
    this.blocks.push(0); // weight sum, known once document frequencies are
    for (let i = 0; i < tokens.length; i++) {
      this.blocks.push(this.vocab.intern(tokens[i]));
      this.blocks.push(expanded[i] === tokens[i] ? -1 : this.vocab.intern(expanded[i]));
    }
    this.recKind.push(Math.max(0, KIND_CODES.indexOf(kind)));
    this.recLegal.push(person ? 0 : this.legalSetId(n));
    this.names.push(name);
  }

  private legalSetId(n: NormalisedName): number {
    const key = [...n.legalForms].sort().join(',');
    let id = this.legalSetIds.get(key);
    if (id === undefined) {
      id = this.legalSets.length;
      this.legalSets.push(key.split(','));
      this.legalSetIds.set(key, id);
    }
    return id;
  }

  build(options: NameIndexOptions = {}): NameIndex {
    const records = this.recEntry.length;
    const blocks = this.blocks.toArray();
    const recBlock = this.recBlock.toArray();
    const vocabSize = this.vocab.size;

    // Document frequency per token: in how many listed names it occurs (once per name). Postings hold blocks.
    const df = new Int32Array(vocabSize);
    const seen = new Int32Array(vocabSize).fill(-1);
    const keys = new IntBuffer(blocks.length / 2 + 16);
    const handles = new IntBuffer(blocks.length / 2 + 16);
    for (let r = 0; r < records; r++) {
      const b = recBlock[r];
      for (let p = b + BLOCK_TOKENS, end = p + 2 * blocks[b + BLOCK_COUNT]; p < end; p++) {
        const id = blocks[p];
        if (id < 0 || seen[id] === r) continue;
        seen[id] = r;
        df[id]++;
        keys.push(id);
        handles.push(b);
      }
    }
    const postings = Postings.build(vocabSize, keys.view(), handles.view(), keys.length);
    const cap = options.postingsCap ?? defaultPostingsCap(records);

    // Names made only of common tokens (Maria Garcia) are found through pairs of their common tokens.
    const pairHashes = new IntBuffer(1024);
    const pairHandles = new IntBuffer(1024);
    const common: number[] = [];
    for (let r = 0; r < records; r++) {
      const b = recBlock[r];
      const n = blocks[b + BLOCK_COUNT];
      const tokens = b + BLOCK_TOKENS;
      common.length = 0;
      for (let k = 0; k < n && common.length < MAX_COMMON_PER_NAME; k++) {
        const id = blocks[tokens + 2 * k];
        const x = blocks[tokens + 2 * k + 1];
        if (df[id] > cap && !common.includes(id)) common.push(id);
        if (x >= 0 && df[x] > cap && !common.includes(x)) common.push(x);
      }
      for (let a = 0; a < common.length; a++) {
        for (let c = a + 1; c < common.length; c++) {
          pairHashes.push(pairHash(common[a], common[c]));
          pairHandles.push(b);
        }
      }
      // Persons are paid as "J. Smith" and "Smith J.": the initial of the first or last name with the other.
      if (this.recKind.get(r) === PERSON_CODE && n >= 2) {
        const first = blocks[tokens];
        const last = blocks[tokens + 2 * (n - 1)];
        pairHashes.push(pairHash(initialKey(this.vocab.token(first)[0]), last));
        pairHandles.push(b);
        pairHashes.push(pairHash(initialKey(this.vocab.token(last)[0]), first));
        pairHandles.push(b);
      }
    }
    const pairs = HashMultimap.build(pairHashes, pairHandles);
    const fuzzy = FuzzyVocabulary.build(this.vocab, (id) => !/^[0-9]+$/.test(this.vocab.token(id)));
    return new NameIndex({
      vocab: this.vocab, recEntry: this.recEntry.toArray(), blocks, recBlock,
      recKind: Uint8Array.from(this.recKind.view()), recLegal: Uint16Array.from(this.recLegal.view()), legalSets: this.legalSets,
      names: this.names, df, postings, pairs, fuzzy, postingsCap: cap,
    });
  }
}
