/**
 * Building the name index: listed names interned as token ids, then document frequencies, token postings, the
 * pair index of common tokens (and of persons' initials) and the fuzzy vocabulary, all in typed arrays.
 */
import type { EntryKind } from '../types';
import { normaliseName, type NormalisedName } from '../text/normalise';
import { FuzzyVocabulary } from './fuzzy-vocabulary';
import { HashMultimap, pairHash } from './hash-multimap';
import { IntBuffer } from './int-buffer';
import { NameIndex } from './name-index';
import { defaultPostingsCap, initialKey, KIND_CODES, MAX_COMMON_PER_NAME, PERSON_CODE, type NameIndexOptions } from './name-model';
import { Postings } from './postings';
import { Vocabulary } from './vocabulary';

export class NameIndexBuilder {
  private readonly vocab = new Vocabulary();
  private readonly recEntry = new IntBuffer();
  private readonly recStart = new IntBuffer();
  private readonly recTok = new IntBuffer();
  private readonly recTokX = new IntBuffer();
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
    this.recEntry.push(entry);
    this.recStart.push(this.recTok.length);
    for (let i = 0; i < tokens.length; i++) {
      this.recTok.push(this.vocab.intern(tokens[i]));
      this.recTokX.push(expanded[i] === tokens[i] ? -1 : this.vocab.intern(expanded[i]));
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
    this.recStart.push(this.recTok.length);
    const start = this.recStart.toArray();
    const tok = this.recTok.toArray();
    const tokX = this.recTokX.toArray();
    const vocabSize = this.vocab.size;

    // Document frequency per token: in how many listed names it occurs (once per name).
    const df = new Int32Array(vocabSize);
    const seen = new Int32Array(vocabSize).fill(-1);
    const keys = new IntBuffer(tok.length * 2 + 16);
    const recs = new IntBuffer(tok.length * 2 + 16);
    for (let r = 0; r < records; r++) {
      for (let p = start[r]; p < start[r + 1]; p++) {
        for (const id of [tok[p], tokX[p]]) {
          if (id < 0 || seen[id] === r) continue;
          seen[id] = r;
          df[id]++;
          keys.push(id);
          recs.push(r);
        }
      }
    }
    const postings = Postings.build(vocabSize, keys.view(), recs.view(), keys.length);
    const cap = options.postingsCap ?? defaultPostingsCap(records);

    // Names made only of common tokens (Maria Garcia) are found through pairs of their common tokens.
    const pairHashes = new IntBuffer(1024);
    const pairRecords = new IntBuffer(1024);
    const common: number[] = [];
    for (let r = 0; r < records; r++) {
      common.length = 0;
      for (let p = start[r]; p < start[r + 1] && common.length < MAX_COMMON_PER_NAME; p++) {
        for (const id of [tok[p], tokX[p]]) if (id >= 0 && df[id] > cap && !common.includes(id)) common.push(id);
      }
      for (let a = 0; a < common.length; a++) {
        for (let b = a + 1; b < common.length; b++) {
          pairHashes.push(pairHash(common[a], common[b]));
          pairRecords.push(r);
        }
      }
      // Persons are paid as "J. Smith" and "Smith J.": the initial of the first or last name with the other.
      const n = start[r + 1] - start[r];
      if (this.recKind.get(r) === PERSON_CODE && n >= 2) {
        const first = tok[start[r]];
        const last = tok[start[r + 1] - 1];
        pairHashes.push(pairHash(initialKey(this.vocab.token(first)[0]), last));
        pairRecords.push(r);
        pairHashes.push(pairHash(initialKey(this.vocab.token(last)[0]), first));
        pairRecords.push(r);
      }
    }
    const pairs = HashMultimap.build(pairHashes, pairRecords);
    const fuzzy = FuzzyVocabulary.build(this.vocab, (id) => !/^[0-9]+$/.test(this.vocab.token(id)));
    return new NameIndex({
      vocab: this.vocab, recEntry: this.recEntry.toArray(), recStart: start, recTok: tok, recTokX: tokX,
      recKind: Uint8Array.from(this.recKind.view()), recLegal: Uint16Array.from(this.recLegal.view()), legalSets: this.legalSets,
      names: this.names, df, postings, pairs, fuzzy, postingsCap: cap,
    });
  }
}
