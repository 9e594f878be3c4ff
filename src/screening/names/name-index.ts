/**
 * The name index, queried: candidate generation is bounded — a query visits at most the postings of its tokens
 * that are not common (df ≤ cap), within a budget for alternative spellings, and scores at most `limit`
 * candidates (plus exact ties). Built by NameIndexBuilder.
 */
import type { EntryKind } from '../types';
import { normaliseName } from '../text/normalise';
import { LEGAL_FORM_WORDS } from '../text/legal-forms';
import { CandidateAccumulator } from './candidate-accumulator';
import { pairHash } from './hash-multimap';
import type { NameSide } from './name-score';
import { initialKey, KIND_CODES, weightOf, type NameIndexParts, type PreparedName, type QuerySide } from './name-model';

const INITIAL_EVIDENCE = 0.85;
/** Candidates whose found tokens carry less than this share of their name's weight are not scored. */
const MIN_EVIDENCE = 0.34;
/** Unknown tokens shorter than this get no split or two-edit search (a short token allows one edit only). */
const MIN_DEEP_LENGTH = 6;
/** Postings of a token's alternative spellings visited at most (same spellings are not counted). */
const POSTINGS_BUDGET_PER_TOKEN = 300;
/** Candidates beyond the limit kept because they rank exactly like the last one (duplicate listings). */
const MAX_TIES = 52;
/** Concatenations worth splitting join two real words (a legal form counts as one). */
const MIN_SPLIT_LENGTH = 7;
/** A candidate ranked this well ends the search: the costlier searches could only add weaker ones. */
const GOOD_ENOUGH_RANK = 0.85;


/** A token of the query resolved to listed tokens: the listed token id and how similar it is. */
interface KeyRef {
  readonly id: number;
  readonly sim: number;
}

export class NameIndex {
  private readonly acc: CandidateAccumulator;
  private readonly tokenWeights: Float32Array;
  private readonly weightSums: Float32Array;
  /** Scratch per vocabulary id: common tokens of the current query (stamp, query position, similarity). */
  private readonly commonStamp: Int32Array;
  private readonly commonToken: Int32Array;
  private readonly commonSim: Float32Array;
  private commonStampValue = 0;
  /** The query being served (candidate search is synchronous: one at a time). */
  private current?: QuerySide;
  /** Scratch: the rank of each touched record during one query. */
  private readonly rank: Float32Array;
  private readonly dfRef: number;
  readonly postingsCap: number;

  constructor(private readonly p: NameIndexParts) {
    this.postingsCap = p.postingsCap;
    const records = p.recEntry.length;
    this.acc = new CandidateAccumulator(records);
    this.dfRef = Math.max(20, records / 20_000);
    this.tokenWeights = new Float32Array(p.vocab.size);
    for (let id = 0; id < p.vocab.size; id++) this.tokenWeights[id] = weightOf(p.vocab.token(id), p.df[id], this.dfRef);
    this.weightSums = new Float32Array(records);
    this.rank = new Float32Array(records);
    this.commonStamp = new Int32Array(p.vocab.size);
    this.commonToken = new Int32Array(p.vocab.size);
    this.commonSim = new Float32Array(p.vocab.size);
    for (let r = 0; r < records; r++) {
      let sum = 0;
      for (let k = p.recStart[r]; k < p.recStart[r + 1]; k++) sum += this.tokenWeights[p.recTok[k]];
      this.weightSums[r] = sum;
    }
  }

  get size(): number {
    return this.p.recEntry.length;
  }

  entryOf(record: number): number {
    return this.p.recEntry[record];
  }

  nameOf(record: number): string {
    return this.p.names[record];
  }

  kindOf(record: number): EntryKind {
    return KIND_CODES[this.p.recKind[record]];
  }

  /** The listed name as the scorer sees it. */
  side(record: number): NameSide {
    const { vocab, recStart, recTok, recTokX } = this.p;
    const tokens: string[] = [];
    const expanded: string[] = [];
    const weights: number[] = [];
    for (let k = recStart[record]; k < recStart[record + 1]; k++) {
      const t = vocab.token(recTok[k]);
      tokens.push(t);
      expanded.push(recTokX[k] < 0 ? t : vocab.token(recTokX[k]));
      weights.push(this.tokenWeights[recTok[k]]);
    }
    const legal = this.p.legalSets[this.p.recLegal[record]];
    return { tokens, expanded, weights, legalForms: legal.length === 1 && legal[0] === '' ? [] : legal };
  }

  /** A payment name → tokens with the list's weights (unknown tokens weigh 1: they are distinctive). */
  prepare(raw: string): PreparedName {
    const n = normaliseName(raw);
    const full = this.side_(n.fullTokens, n.fullExpanded, []);
    if (n.tokens.length === n.fullTokens.length) return { full, core: { ...full, legalForms: n.legalForms } };
    // The core tokens are a contiguous run of the full ones (legal forms come off the ends).
    const from = n.coreStart;
    const to = from + n.tokens.length;
    const core: QuerySide = {
      tokens: n.tokens, expanded: n.expanded, legalForms: n.legalForms, ids: full.ids.slice(from, to), xids: full.xids.slice(from, to),
      weights: full.weights.slice(from, to), known: full.known?.slice(from, to),
    };
    return { full, core };
  }

  private side_(tokens: readonly string[], expanded: readonly string[], legalForms: readonly string[]): QuerySide {
    const ids = tokens.map((t) => this.p.vocab.id(t));
    const xids = expanded.map((t, i) => (t === tokens[i] ? ids[i] : this.p.vocab.id(t)));
    const weights = tokens.map((t, i) => (ids[i] >= 0 ? this.tokenWeights[ids[i]] : weightOf(t, 0, this.dfRef)));
    const known = ids.map((id, i) => id >= 0 || xids[i] >= 0);
    return { tokens, expanded, weights, legalForms, ids, xids, known };
  }

  /**
   * Records worth scoring for a prepared query, best evidence first, at most `limit`. Each query token is
   * resolved to listed tokens (same spelling, expanded spelling, one edit away, sounding alike, joined with its
   * neighbour, split in two); rare ones bring their postings, common ones only in pairs. A record is kept when
   * the tokens found carry enough of its name's weight to possibly score.
   */
  candidates(prepared: PreparedName, limit: number): number[] {
    const q = prepared.full;
    this.current = q;
    this.acc.begin();
    const common: KeyRef[][] = q.tokens.map(() => []);
    const rarest = { key: -1, token: -1 };
    for (let i = 0; i < q.tokens.length; i++) this.visitKeys(q, i, this.cheapKeys(q, i), common, rarest);
    this.visitPairs(q, common);
    this.visitInitials(q);
    this.creditCommon(common);
    const querySum = q.weights.reduce((a, b) => a + b, 0);
    let found = this.best(limit, querySum);
    if (found.length > 0 && this.rank[found[0]] >= GOOD_ENOUGH_RANK) return found;
    // Nothing convincing yet: the costlier searches, for the longer tokens the list does not know.
    let deep = false;
    for (let i = 0; i < q.tokens.length; i++) {
      if (q.ids[i] >= 0 || q.xids[i] >= 0 || q.tokens[i].length < MIN_DEEP_LENGTH) continue;
      this.visitKeys(q, i, this.deepKeys(q, i), common, rarest);
      deep = true;
    }
    if (deep) {
      this.visitPairs(q, common);
      this.creditCommon(common);
    }
    // A one-word name made of a common word: the rarest reading's postings, bounded by the cap.
    if (this.acc.touched.length === 0 && rarest.key >= 0 && q.tokens.length === 1) {
      const start = this.p.postings.start(rarest.key);
      const w = q.weights[rarest.token];
      for (let k = 0; k < this.postingsCap; k++) this.acc.add(this.p.postings.at(start + k), rarest.token, w);
    }
    found = this.best(limit, querySum);
    return found;
  }

  /** Rare keys bring their postings; common ones are kept for pairs. */
  private visitKeys(q: QuerySide, i: number, keys: readonly KeyRef[], common: KeyRef[][], rarest: { key: number; token: number }): void {
    const { postings } = this.p;
    // Same spellings first (sim 1), then the closest and rarest alternatives, within a budget of postings per
    // token: a large list has many one-edit neighbours, and visiting all their names would make a query's
    // cost grow with the list.
    const ordered = keys.length > 1 ? [...keys].sort((a, b) => b.sim - a.sim || postings.count(a.id) - postings.count(b.id)) : keys;
    let budget = POSTINGS_BUDGET_PER_TOKEN;
    for (const ref of ordered) {
      const count = postings.count(ref.id);
      if (count === 0) continue;
      if (ref.sim < 1 && count <= this.postingsCap) {
        if (count > budget) continue;
        budget -= count;
      }
      if (count > this.postingsCap) {
        if (!common[i].some((c) => c.id === ref.id)) common[i].push(ref);
        if (rarest.key < 0 || count < postings.count(rarest.key)) {
          rarest.key = ref.id;
          rarest.token = i;
        }
        continue;
      }
      const start = postings.start(ref.id);
      const w = q.weights[i] * ref.sim;
      for (let k = 0; k < count; k++) this.acc.add(postings.at(start + k), i, w);
    }
  }

  /**
   * Common tokens bring no postings, but a candidate found through another token may contain them: credit
   * them by looking at its tokens, so "Sanne Jansen" ranks above every other Jansen.
   */
  private creditCommon(common: KeyRef[][]): void {
    const { recStart, recTok, recTokX } = this.p;
    // Mark the common ids of this query once; then one array read per token of each candidate.
    const stamp = ++this.commonStampValue;
    let any = false;
    for (let i = 0; i < common.length; i++) {
      for (const ref of common[i]) {
        this.commonStamp[ref.id] = stamp;
        this.commonToken[ref.id] = i;
        this.commonSim[ref.id] = ref.sim;
        any = true;
      }
    }
    if (!any) return;
    const touched = this.acc.touched.view();
    for (let k = 0; k < touched.length; k++) {
      const r = touched[k];
      for (let p = recStart[r]; p < recStart[r + 1]; p++) {
        let id = recTok[p];
        if (this.commonStamp[id] !== stamp) {
          id = recTokX[p];
          if (id < 0 || this.commonStamp[id] !== stamp) continue;
        }
        const i = this.commonToken[id];
        this.acc.add(r, i, this.queryWeight(i) * this.commonSim[id]);
      }
    }
  }

  private queryWeight(i: number): number {
    return this.current?.weights[i] ?? 1;
  }

  /** "J. Smith": an initial and a name of the same person, through the person pairs (initial, other name). */
  private visitInitials(q: QuerySide): void {
    for (let i = 0; i < q.tokens.length; i++) {
      if (q.tokens[i].length !== 1) continue;
      const key = initialKey(q.tokens[i]);
      for (let j = 0; j < q.tokens.length; j++) {
        if (j === i || q.ids[j] < 0) continue;
        this.p.pairs.forEach(pairHash(key, q.ids[j]), (r) => {
          this.acc.add(r, i, q.weights[i] * INITIAL_EVIDENCE);
          this.acc.add(r, j, q.weights[j]);
        });
      }
    }
  }

  private visitPairs(q: QuerySide, common: KeyRef[][]): void {
    const acc = this.acc;
    for (let i = 0; i < common.length; i++) {
      for (let j = i + 1; j < common.length; j++) {
        for (const a of common[i]) {
          for (const b of common[j]) {
            this.p.pairs.forEach(pairHash(a.id, b.id), (r) => {
              acc.add(r, i, q.weights[i] * a.sim);
              acc.add(r, j, q.weights[j] * b.sim);
            });
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
      const joined = vocab.id(t + q.tokens[i + 1]);
      if (joined >= 0) keys.push({ id: joined, sim: 1 });
    }
    // A word the list knows is no typo of another listed word (the scorer discounts such pairs heavily anyway).
    if (q.ids[i] >= 0 || q.xids[i] >= 0) return keys;
    for (const alt of this.p.fuzzy.alternatives(t)) keys.push(alt);
    if (q.expanded[i] !== t) for (const alt of this.p.fuzzy.alternatives(q.expanded[i])) keys.push(alt);
    return keys;
  }

  /**
   * "JSCARGUMENT" or "MEDIALLC" in the payment, "JSC ARGUMENT" in the list: an unknown token split in two
   * known ones, or in a known one and a legal form (legal forms are not in the vocabulary of company names);
   * and listed tokens two or three edits away.
   */
  private deepKeys(q: QuerySide, i: number): KeyRef[] {
    const { vocab } = this.p;
    const keys: KeyRef[] = [];
    const t = q.tokens[i];
    if (t.length >= MIN_SPLIT_LENGTH) {
      for (let k = 2; k <= t.length - 2; k++) {
        const head = t.slice(0, k);
        const tail = t.slice(k);
        const a = vocab.id(head);
        const b = vocab.id(tail);
        if (a >= 0 && b >= 0) keys.push({ id: this.p.df[a] <= this.p.df[b] ? a : b, sim: 1 });
        else if (a >= 0 && LEGAL_FORM_WORDS.has(tail)) keys.push({ id: a, sim: 1 });
        else if (b >= 0 && LEGAL_FORM_WORDS.has(head)) keys.push({ id: b, sim: 1 });
      }
    }
    for (const alt of this.p.fuzzy.distantAlternatives(t)) keys.push(alt);
    return keys;
  }

  /**
   * The candidates worth scoring, most promising first: ranked like the score itself, by the share of the
   * listed name found (which must reach MIN_EVIDENCE) and the share of the payment name explained.
   */
  private best(limit: number, querySum: number): number[] {
    const touched = this.acc.touched.view();
    const w = this.acc.weight;
    const records: number[] = [];
    const rank = this.rank;
    for (let k = 0; k < touched.length; k++) {
      const r = touched[k];
      const listShare = w[r] / Math.max(1e-6, this.weightSums[r]);
      if (listShare < MIN_EVIDENCE) continue;
      const paymentShare = Math.min(1, w[r] / Math.max(1e-6, querySum));
      rank[r] = Math.min(1, listShare) * (0.5 + 0.5 * paymentShare);
      records.push(r);
    }
    if (records.length > limit) {
      records.sort((a, b) => rank[b] - rank[a]);
      // Listings of the same name are separate cases: keep those tied with the last one kept, within reason.
      let end = limit;
      while (end < records.length && end < limit + MAX_TIES && rank[records[end]] === rank[records[limit - 1]]) end++;
      records.length = end;
    }
    return records;
  }

  get bytes(): number {
    const p = this.p;
    return p.recEntry.byteLength + p.recStart.byteLength + p.recTok.byteLength + p.recTokX.byteLength + p.recKind.byteLength +
      p.recLegal.byteLength + p.df.byteLength + p.postings.bytes + p.pairs.bytes + p.fuzzy.bytes + this.tokenWeights.byteLength + this.weightSums.byteLength;
  }
}
