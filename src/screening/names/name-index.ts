/**
 * The name index: listed names as interned token sequences in typed arrays, token postings for candidate
 * generation, and document frequencies for token weights. Candidate generation is bounded: a query visits at
 * most the postings of its tokens that are not common (df ≤ cap) and scores at most `limit` candidates.
 */
import type { EntryKind } from '../types';
import { normaliseName, type NormalisedName } from '../text/normalise';
import { GENERIC_WORDS, PARTICLES } from '../text/legal-forms';
import { IntBuffer } from './int-buffer';
import type { NameSide } from './name-score';
import { Postings } from './postings';
import { Vocabulary } from './vocabulary';

const KIND_CODES: readonly EntryKind[] = ['organisation', 'person', 'merchant'];
const GENERIC_WEIGHT = 0.3;
const PARTICLE_WEIGHT = 0.3;
const INITIAL_WEIGHT = 0.5;

export interface NameIndexOptions {
  /** A token in more listed names than this is not a blocking key by itself. */
  readonly postingsCap?: number;
}

export interface PreparedName extends NameSide {
  /** Vocabulary ids of tokens / expanded tokens (-1 when unknown to the list). */
  readonly ids: readonly number[];
  readonly xids: readonly number[];
}

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
    if (n.tokens.length === 0) return;
    this.recEntry.push(entry);
    this.recStart.push(this.recTok.length);
    for (let i = 0; i < n.tokens.length; i++) {
      this.recTok.push(this.vocab.intern(n.tokens[i]));
      this.recTokX.push(n.expanded[i] === n.tokens[i] ? -1 : this.vocab.intern(n.expanded[i]));
    }
    this.recKind.push(Math.max(0, KIND_CODES.indexOf(kind)));
    this.recLegal.push(this.legalSetId(n));
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
    const cap = options.postingsCap ?? Math.max(200, Math.ceil(records / 500));
    return new NameIndex(this.vocab, this.recEntry.toArray(), start, tok, tokX, Uint8Array.from(this.recKind.view()),
      Uint16Array.from(this.recLegal.view()), this.legalSets, this.names, df, postings, cap);
  }
}

/** Accumulates per-record evidence during one query without allocating per query. */
class CandidateAccumulator {
  readonly weight: Float32Array;
  private readonly stamp: Int32Array;
  private readonly tokenStamp: Int32Array;
  private current = 0;
  readonly touched = new IntBuffer(256);

  constructor(size: number) {
    this.weight = new Float32Array(size);
    this.stamp = new Int32Array(size);
    this.tokenStamp = new Int32Array(size);
  }

  begin(): void {
    this.current++;
    this.touched.length = 0;
  }

  /** Credits record r with w for query token t (once per token). */
  add(r: number, t: number, w: number): void {
    if (this.stamp[r] !== this.current) {
      this.stamp[r] = this.current;
      this.tokenStamp[r] = -1;
      this.weight[r] = 0;
      this.touched.push(r);
    }
    if (this.tokenStamp[r] === t) return;
    this.tokenStamp[r] = t;
    this.weight[r] += w;
  }
}

export class NameIndex {
  private readonly acc: CandidateAccumulator;
  private readonly tokenWeights: Float32Array;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly recEntry: Int32Array,
    private readonly recStart: Int32Array,
    private readonly recTok: Int32Array,
    private readonly recTokX: Int32Array,
    private readonly recKind: Uint8Array,
    private readonly recLegal: Uint16Array,
    private readonly legalSets: readonly string[][],
    private readonly names: readonly string[],
    private readonly df: Int32Array,
    private readonly postings: Postings,
    readonly postingsCap: number,
  ) {
    this.acc = new CandidateAccumulator(recEntry.length);
    this.tokenWeights = new Float32Array(vocab.size);
    const dfRef = Math.max(20, recEntry.length / 20_000);
    for (let id = 0; id < vocab.size; id++) this.tokenWeights[id] = weightOf(vocab.token(id), df[id], dfRef);
  }

  get size(): number {
    return this.recEntry.length;
  }

  entryOf(record: number): number {
    return this.recEntry[record];
  }

  nameOf(record: number): string {
    return this.names[record];
  }

  kindOf(record: number): EntryKind {
    return KIND_CODES[this.recKind[record]];
  }

  /** The listed name as the scorer sees it. */
  side(record: number): NameSide {
    const tokens: string[] = [];
    const expanded: string[] = [];
    const weights: number[] = [];
    for (let p = this.recStart[record]; p < this.recStart[record + 1]; p++) {
      const t = this.vocab.token(this.recTok[p]);
      tokens.push(t);
      expanded.push(this.recTokX[p] < 0 ? t : this.vocab.token(this.recTokX[p]));
      weights.push(this.tokenWeights[this.recTok[p]]);
    }
    const legal = this.legalSets[this.recLegal[record]];
    return { tokens, expanded, weights, legalForms: legal.length === 1 && legal[0] === '' ? [] : legal };
  }

  /** A payment name → tokens with the list's weights (unknown tokens weigh 1: they are distinctive). */
  prepare(raw: string): PreparedName {
    const n = normaliseName(raw);
    const ids = n.tokens.map((t) => this.vocab.id(t));
    const xids = n.expanded.map((t, i) => (t === n.tokens[i] ? ids[i] : this.vocab.id(t)));
    const dfRef = Math.max(20, this.recEntry.length / 20_000);
    const weights = n.tokens.map((t, i) => (ids[i] >= 0 ? this.tokenWeights[ids[i]] : weightOf(t, 0, dfRef)));
    return { tokens: n.tokens, expanded: n.expanded, weights, legalForms: n.legalForms, ids, xids };
  }

  /**
   * Records worth scoring for a prepared query, best evidence first, at most `limit`. Evidence per record is
   * the weight of the query tokens found in it (exact, expanded spelling, adjacent query tokens joined, or an
   * unknown query token split in two known ones).
   */
  candidates(q: PreparedName, limit: number): number[] {
    const acc = this.acc;
    acc.begin();
    const n = q.tokens.length;
    let rarestKey = -1;
    let rarestToken = -1;
    for (let i = 0; i < n; i++) {
      const w = q.weights[i];
      for (const key of this.keysForToken(q, i)) {
        const count = this.postings.count(key);
        if (count === 0) continue;
        if (count > this.postingsCap) {
          if (rarestKey < 0 || count < this.postings.count(rarestKey)) {
            rarestKey = key;
            rarestToken = i;
          }
          continue;
        }
        this.visit(key, i, w, count);
      }
    }
    // Only common tokens: visit the rarest one's postings, bounded by the cap.
    if (acc.touched.length === 0 && rarestKey >= 0) this.visit(rarestKey, rarestToken, q.weights[rarestToken], this.postingsCap);
    return this.topByWeight(limit);
  }

  private visit(key: number, token: number, w: number, count: number): void {
    const start = this.postings.start(key);
    for (let p = 0; p < count; p++) this.acc.add(this.postings.at(start + p), token, w);
  }

  private keysForToken(q: PreparedName, i: number): number[] {
    const keys: number[] = [];
    if (q.ids[i] >= 0) keys.push(q.ids[i]);
    if (q.xids[i] >= 0 && q.xids[i] !== q.ids[i]) keys.push(q.xids[i]);
    // "JSC ARGUMENT" in the payment, "JSCARGUMENT" in the list.
    if (i + 1 < q.tokens.length) {
      const joined = this.vocab.id(q.tokens[i] + q.tokens[i + 1]);
      if (joined >= 0) keys.push(joined);
    }
    // "JSCARGUMENT" in the payment, "JSC ARGUMENT" in the list: split an unknown token into two known ones.
    const t = q.tokens[i];
    if (q.ids[i] < 0 && t.length >= 5) {
      for (let k = 2; k <= t.length - 2; k++) {
        const a = this.vocab.id(t.slice(0, k));
        if (a < 0) continue;
        const b = this.vocab.id(t.slice(k));
        if (b < 0) continue;
        keys.push(this.df[a] <= this.df[b] ? a : b);
      }
    }
    return keys;
  }

  private topByWeight(limit: number): number[] {
    const touched = this.acc.touched.view();
    const records = Array.from(touched);
    if (records.length > limit) {
      const w = this.acc.weight;
      records.sort((a, b) => w[b] - w[a]);
      records.length = limit;
    }
    return records;
  }
}

function weightOf(token: string, df: number, dfRef: number): number {
  if (token.length === 1) return INITIAL_WEIGHT;
  if (PARTICLES.has(token)) return PARTICLE_WEIGHT;
  const idf = 1 / (1 + Math.log1p(df / dfRef));
  return GENERIC_WORDS.has(token) ? Math.min(GENERIC_WEIGHT, idf) : idf;
}
