/**
 * The screener: a list (names + identifiers) indexed once, then any number of payee field sets screened
 * against it. Pure and synchronous; entries can be streamed into a builder and dropped afterwards.
 */
import type { PayeeField } from '../iso20022/types';
import { canonicalBic, canonicalIban, canonicalIdentifier, canonicalIssuer } from './identifiers/canonical';
import { IdentifierIndex, type IdentifierKey } from './identifiers/identifier-index';
import { IDENTIFIER_ALGORITHM, matchIdentifiers } from './identifiers/identifier-matcher';
import { NameIndex, type SearchTrace } from './names/name-index';
import type { PreparedName as PreparedQuery } from './names/name-model';
import type { DeletionEntries } from './names/fuzzy-vocabulary';
import type { HashMultimap } from './names/hash-multimap';
import { NameIndexBuilder } from './names/name-index-builder';
import type { SearchCounters } from './names/search-counters';
import { coverageBound, type CoverageBound, NAME_ALGORITHM, nameScore, scoreName, scoreSurelyBelow } from './names/name-score';
import { nameQueries } from './payee-names';
import {
  BATCH_TYPES,
  batchEntry,
  batchIdentifier,
  ENTRY_KINDS,
  IDENT_CANONICAL,
  IDENT_HMAC,
  IDENT_INVALID,
  IDENT_VALUE,
  NOT_TOKENISED,
  prepareEntry,
  type PreparedBatch,
  type PreparedName,
} from './prepared-batch';
import { SnapshotMismatch, type SnapshotReader, SnapshotWriter } from './snapshot';
import { packedAt, StringColumn } from './string-column';
import type { EntryKind, Hit, ListIdentifier, Screener, ScoreFeature, WatchlistEntry } from './types';

export interface ScreenerOptions {
  /** List version recorded in every decision (the caller computes it, e.g. sha256 of the file). */
  readonly version: string;
  /** Keyed-hash mode: payment identifiers are canonicalised then HMAC-SHA256'd with this key before lookup. */
  readonly hmacKey?: Uint8Array;
  /** Entries whose expiresAt is before this are not indexed (default: now). */
  readonly now?: Date;
  /** Name hits below this are not returned at all (policies report from their own, higher threshold). */
  readonly nameFloor?: number;
  /** At most this many listed names are scored per payment name. */
  readonly candidateLimit?: number;
  /** A token in more listed names than this is not a blocking key by itself. */
  readonly postingsCap?: number;
  /** Payment names whose results are kept (0: no cache). */
  readonly nameCacheSize?: number;
}

export const DEFAULT_NAME_FLOOR = 0.75;
/**
 * Listed names scored per payment name. In a dense list the payment's common words bring many namesakes, and the
 * listed person the payment means, written otherwise (initials, another romanisation, a part dropped), can rank below
 * a dozen of them. 24 rather than 12 (2026-12-08, holdout seed 7): positives at <= 0.5 % false positives 97.0 -> 97.2 %
 * (Cyrillic and Central Asian +1.5 / +2.0, initials +0.7), negatives held 0.4 % either way; bench:match seeds 1 / 3
 * +0.21 / +0.22; CPU per party screening at 1,000,000 entries +10 % (77.8 / 79.6 -> 89.0 / 85.2 µs, two pairs).
 */
export const DEFAULT_CANDIDATE_LIMIT = 24;
const DEFAULT_NAME_CACHE_SIZE = 20_000;

/** Builds a screener entry by entry, so a million-entry file never has to be held as objects. */
export class ScreenerBuilder {
  private readonly ids = new StringColumn();
  private readonly kinds: EntryKind[] = [];
  private readonly sources: (string | undefined)[] = [];
  private readonly names = new NameIndexBuilder();
  private readonly identifiers: IdentifierIndex;
  private readonly nowMs: number;
  /** The earliest expiry among the indexed entries: from then on the index is no longer what a build gives. */
  private expiresFirstMs = Infinity;

  private readonly keyOf: (ident: ListIdentifier, entryId: string) => IdentifierKey | undefined;

  constructor(private readonly options: ScreenerOptions) {
    this.identifiers = new IdentifierIndex(options.hmacKey);
    this.nowMs = (options.now ?? new Date()).getTime();
    this.keyOf = (ident, entryId) => this.identifiers.keyOf(ident, entryId);
  }

  /** Indexes one entry (skipped when expired). Returns whether it was indexed. */
  add(entry: WatchlistEntry): boolean {
    return this.addChecked(entry).indexed;
  }

  /**
   * Indexes one entry and reports the first identifier whose value is not valid of its type (it is then not
   * indexed, nor is the rest of the entry): lets a loader validate while indexing, canonicalising only once.
   */
  addChecked(entry: WatchlistEntry, tokenised?: readonly PreparedName[]): { indexed: boolean; invalidIdentifier?: number } {
    const p = prepareEntry(entry, this.keyOf, this.nowMs, tokenised);
    if (p.prepared === undefined) return p.invalidIdentifier === undefined ? { indexed: false } : { indexed: false, invalidIdentifier: p.invalidIdentifier };
    this.ids.push(entry.id);
    const index = this.addEntry(entry.kind, entry.source, p.prepared.expiresMs);
    for (let k = 0; k < p.prepared.keys.length; k++) this.identifiers.insertKey(index, entry.identifiers[k].type, p.prepared.issuers[k], p.prepared.keys[k]);
    for (const n of p.prepared.names) this.names.addTokens(index, n.name, entry.kind, n.tokens, n.expanded, n.legalKey);
    return { indexed: true };
  }

  /**
   * Indexes a batch of validated entries whose names another thread tokenised, as addChecked
   * would one by one; stops at the first entry with an invalid identifier value and says which. Read straight
   * from the batch's columns: no entry objects.
   */
  addBatch(b: PreparedBatch): { indexed: number; invalid?: { line: number; entry: WatchlistEntry; identifier: number } } {
    let indexed = 0;
    let ident = 0;
    let name = 0;
    let token = 0;
    const keys: IdentifierKey[] = [];
    for (let e = 0; e < b.count; e++) {
      const firstIdent = ident;
      while (ident < b.identEntry.length && b.identEntry[ident] === e) ident++;
      let bad = -1;
      if (b.expired[e] === 1) {
        // Validated, not indexed (as prepareEntry).
        for (let i = firstIdent; i < ident && bad < 0; i++) {
          const form = b.identForm[i];
          if (form === IDENT_INVALID || (form === IDENT_VALUE && canonicalIdentifier(BATCH_TYPES[b.identType[i]], b.identText[i]) === undefined))
            bad = i - firstIdent;
        }
        if (bad < 0) continue;
      } else {
        keys.length = 0;
        for (let i = firstIdent; i < ident && bad < 0; i++) {
          const form = b.identForm[i];
          const key =
            form === IDENT_CANONICAL
              ? this.identifiers.keyOfCanonical(BATCH_TYPES[b.identType[i]], b.identText[i])
              : form === IDENT_INVALID
                ? undefined
                : // The entry id only names the entry in keyOf's error (a keyed-hash list without its key).
                  this.keyOf(batchIdentifier(b, i), form === IDENT_HMAC ? packedAt(b.ids, e) : '');
          if (key === undefined) bad = i - firstIdent;
          else keys.push(key);
        }
      }
      if (bad >= 0) return { indexed, invalid: { line: b.lines[e], entry: batchEntry(b, e), identifier: bad } };
      const kind = ENTRY_KINDS[b.kinds[e]];
      this.ids.pushPacked(b.ids, e);
      const index = this.addEntry(kind, b.sources[e] < 0 ? undefined : b.sourceTable[b.sources[e]], b.expiresMs[e]);
      for (let i = firstIdent; i < ident; i++) {
        const issuer = b.identIssuer[i];
        this.identifiers.insertKey(index, BATCH_TYPES[b.identType[i]], issuer === '' ? undefined : canonicalIssuer(issuer), keys[i - firstIdent]);
      }
      for (; name < b.nameEntry.length && b.nameEntry[name] === e; name++) {
        const n = b.nameTokenCount[name];
        if (n === NOT_TOKENISED) {
          this.names.add(index, packedAt(b.nameText, name), kind);
          continue;
        }
        this.names.addTokenRange(index, b.nameText, name, kind, b.tokens, b.expanded, token, n, b.nameLegal[name]);
        token += n;
      }
      indexed++;
    }
    return { indexed };
  }

  /** The entry's id is pushed first. */
  private addEntry(kind: EntryKind, source: string | undefined, expiresMs: number): number {
    if (expiresMs < this.expiresFirstMs) this.expiresFirstMs = expiresMs;
    this.kinds.push(kind);
    this.sources.push(source);
    return this.ids.length - 1;
  }

  /** @param version the list version, when it is known only after reading (streaming loaders hash as they go). */
  build(version?: string): ListScreener {
    return this.prepareBuild(version)();
  }

  /** The name index's deletion entries, for the table to be built in another thread (prepareBuild). */
  takeDeletions(): DeletionEntries {
    return this.names.takeDeletions();
  }

  /**
   * build, but for the name index's deletion table: the function returned finishes the screener with it (built
   * here when not given; required after takeDeletions). Lets another thread build that table meanwhile.
   */
  prepareBuild(version?: string): (deletions?: HashMultimap) => ListScreener {
    const options = version === undefined ? this.options : { ...this.options, version };
    const validity = { builtAtMs: this.nowMs, expiresFirstMs: this.expiresFirstMs };
    this.ids.trim();
    this.identifiers.trim();
    const names = this.names.prepareBuild({ postingsCap: this.options.postingsCap });
    return (deletions) => new ListScreener(options, this.ids, this.kinds, this.sources, names(deletions), this.identifiers, validity);
  }
}

export function buildScreener(entries: Iterable<WatchlistEntry>, options: ScreenerOptions): ListScreener {
  const builder = new ScreenerBuilder(options);
  for (const entry of entries) builder.add(entry);
  return builder.build();
}

/** Countries of the payee side, for phone numbers written without an international prefix. */
function payeeRegions(fields: readonly PayeeField[]): string[] {
  const regions: string[] = [];
  const add = (c: string | undefined): void => {
    if (c !== undefined && /^[A-Z]{2}$/.test(c) && !regions.includes(c)) regions.push(c);
  };
  for (const f of fields) {
    if (f.kind === 'iban') add(canonicalIban(f.value)?.slice(0, 2));
    else if (f.kind === 'country') add(f.value.trim().toUpperCase());
    else if (f.kind === 'bic') add(canonicalBic(f.value)?.slice(4, 6));
  }
  return regions.slice(0, 3);
}

/**
 * When a built index stays what a build would give: entries expired before builtAtMs are not in it, and from
 * expiresFirstMs on one of its entries has expired (Infinity: none expires).
 */
export interface IndexValidity {
  readonly builtAtMs: number;
  readonly expiresFirstMs: number;
}

type PartyType = 'organisation' | 'person' | undefined;

/** See ListScreener.diagnoseName. */
export type NameDiagnosis = { readonly direct: number; readonly listed: string } & SearchTrace;

interface NameMatch {
  readonly record: number;
  readonly entry: number;
  readonly score: number;
  readonly features: readonly ScoreFeature[];
}

export class ListScreener implements Screener {
  readonly listVersion: string;
  private readonly nameFloor: number;
  private readonly candidateLimit: number;
  private readonly nameCacheSize: number;
  private readonly nameCache = new Map<string, readonly NameMatch[]>();
  /** Entry id → index, made when diagnoseName is first asked. */
  private entryIndexes: Map<string, number> | undefined;

  constructor(
    options: ScreenerOptions,
    private readonly ids: StringColumn,
    private readonly kinds: readonly EntryKind[],
    private readonly sources: readonly (string | undefined)[],
    private readonly names: NameIndex,
    private readonly identifiers: IdentifierIndex,
    readonly validity: IndexValidity,
  ) {
    this.listVersion = options.version;
    this.nameFloor = options.nameFloor ?? DEFAULT_NAME_FLOOR;
    this.candidateLimit = options.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT;
    this.nameCacheSize = options.nameCacheSize ?? DEFAULT_NAME_CACHE_SIZE;
  }

  /**
   * The built index as flat sections (snapshot.ts), for a cache of built lists. The list version, the HMAC key
   * and the options are not in it: the caller keys and checks the snapshot by them.
   */
  snapshot(): SnapshotWriter {
    const w = new SnapshotWriter();
    this.ids.snapshot(w, 'ids');
    w.u8(
      'kinds',
      Uint8Array.from(this.kinds, (k) => ENTRY_KINDS.indexOf(k)),
    );
    const sourceNames: string[] = [];
    const sourceCodes = new Int32Array(this.sources.length);
    const codeOf = new Map<string, number>();
    for (let i = 0; i < this.sources.length; i++) {
      const s = this.sources[i];
      if (s === undefined) {
        sourceCodes[i] = -1;
        continue;
      }
      let code = codeOf.get(s);
      if (code === undefined) {
        code = sourceNames.length;
        sourceNames.push(s);
        codeOf.set(s, code);
      }
      sourceCodes[i] = code;
    }
    w.strings('sourceNames', sourceNames);
    w.i32('sources', sourceCodes);
    w.value('builtAtMs', this.validity.builtAtMs);
    w.value('expiresFirstMs', Number.isFinite(this.validity.expiresFirstMs) ? this.validity.expiresFirstMs : -1);
    this.names.snapshot(w, 'names');
    this.identifiers.snapshot(w, 'identifiers');
    return w;
  }

  /** A screener from its snapshot; options.hmacKey must be the key it was built with. Throws SnapshotMismatch. */
  static restore(r: SnapshotReader, options: ScreenerOptions): ListScreener {
    const ids = StringColumn.restore(r, 'ids');
    const kindCodes = r.u8('kinds');
    const sourceNames = r.strings('sourceNames');
    const sourceCodes = r.i32('sources');
    if (kindCodes.length !== ids.length || sourceCodes.length !== ids.length) throw new SnapshotMismatch('entry tables');
    const kinds = Array.from(kindCodes, (c) => ENTRY_KINDS[c]);
    const sources = Array.from(sourceCodes, (c) => (c < 0 ? undefined : sourceNames[c]));
    const expiresFirst = r.number('expiresFirstMs');
    const validity = { builtAtMs: r.number('builtAtMs'), expiresFirstMs: expiresFirst < 0 ? Infinity : expiresFirst };
    return new ListScreener(options, ids, kinds, sources, NameIndex.restore(r, 'names'), IdentifierIndex.restore(r, 'identifiers', options.hmacKey), validity);
  }

  /** The work of the name searches and scoring so far (bench figures: see SearchCounters). */
  get searchCounters(): SearchCounters {
    return this.names.counters;
  }

  get entryCount(): number {
    return this.ids.length;
  }

  /** Counts for GET /v1/watchlist. */
  stats(): { entries: number; names: number; identifiers: number; hashed: boolean } {
    return { entries: this.ids.length, names: this.names.size, identifiers: this.identifiers.size, hashed: this.identifiers.hashed };
  }

  screenFields(fields: readonly PayeeField[]): Hit[] {
    const best = new Map<string, Hit>();
    const keep = (entry: number, hit: Hit): void => {
      const key = `${entry}|${hit.field}`;
      const existing = best.get(key);
      if (existing === undefined || hit.score > existing.score) best.set(key, hit);
    };
    let regionsFound: readonly string[] | undefined;
    const regions = (): readonly string[] => (regionsFound ??= payeeRegions(fields));
    for (const field of fields) {
      for (const m of matchIdentifiers(this.identifiers, field, regions)) {
        const entry = this.identifiers.record(m.record).entry;
        keep(entry, {
          entryId: this.ids.at(entry),
          score: 1,
          field: field.path,
          role: field.role,
          value: m.value,
          matched: m.matched,
          method: m.method,
          algorithm: IDENTIFIER_ALGORITHM,
          explanation: m.explanation,
          ...this.entryMeta(entry),
        });
      }
    }
    for (const q of nameQueries(fields)) {
      for (const m of this.matchName(q.text, q.truncated, q.field.partyType)) {
        const explanation: readonly ScoreFeature[] =
          q.joinedWith === undefined ? m.features : [...m.features, { feature: 'joined_with_address_line', value: 1, detail: q.joinedWith }];
        keep(m.entry, {
          entryId: this.ids.at(m.entry),
          score: m.score,
          field: q.field.path,
          role: q.field.role,
          value: q.text,
          matched: this.names.nameOf(m.record),
          method: 'name',
          algorithm: NAME_ALGORITHM,
          explanation,
          ...this.entryMeta(m.entry),
        });
      }
    }
    return best.size === 0 ? [] : [...best.values()].sort(compareHits);
  }

  /**
   * Listed names a payment name matches at or above the floor. Results are cached per (text, cut, party
   * type): payments to the same creditor come again and again, and the screener never changes (a new list
   * version is a new screener). The cache is bounded and forgets the oldest names first.
   */
  private matchName(text: string, truncated: boolean, partyType: PartyType): readonly NameMatch[] {
    const key = this.nameCacheSize > 0 ? `${truncated ? 1 : 0}${partyType === undefined ? '-' : partyType[0]}${text}` : '';
    const cached = this.nameCacheSize > 0 ? this.nameCache.get(key) : undefined;
    if (cached !== undefined) return cached;
    const matches: NameMatch[] = [];
    const prepared = this.names.prepare(text, truncated);
    if (prepared.full.tokens.length > 0) {
      // The payment's tokens by weight, for each of the two readings (see scoreSurelyBelow).
      let fullBound: CoverageBound | undefined;
      let coreBound: CoverageBound | undefined;
      const counters = this.names.counters;
      const candidates = this.names.candidates(prepared, this.candidateLimit, truncated);
      // Per candidate scored, its match (undefined: below the floor): a listed name met again is not scored again.
      const outcomes: (NameMatch | undefined)[] = [];
      for (let c = 0; c < candidates.length; c++) {
        const record = candidates[c];
        const same = this.scoredAlike(candidates, c, truncated && prepared.coreFrom > 0);
        if (same >= 0) {
          counters.alike++;
          const m = outcomes[same];
          outcomes.push(m === undefined ? undefined : { ...m, record, entry: this.names.entryOf(record) });
          if (m !== undefined) matches.push(outcomes[c]!);
          continue;
        }
        outcomes.push(undefined);
        const { full, query, side, context } = this.scoring(prepared, record, truncated, partyType);
        // Most candidates score below the floor: the bound says so for most of them at a fraction of the cost.
        const bound = full ? (fullBound ??= coverageBound(query)) : (coreBound ??= coverageBound(query));
        if (scoreSurelyBelow(query, side, context, this.nameFloor, bound)) {
          counters.boundedOut++;
          continue;
        }
        counters.scored++;
        // The explanation only for the few that score: most candidates do not.
        if (nameScore(query, side, context) < this.nameFloor) continue;
        counters.matched++;
        const { score, features } = scoreName(query, side, context);
        outcomes[c] = { record, entry: this.names.entryOf(record), score: round(score), features };
        matches.push(outcomes[c]!);
      }
    }
    if (this.nameCacheSize > 0) {
      if (this.nameCache.size >= this.nameCacheSize) this.nameCache.delete(this.nameCache.keys().next().value as string);
      this.nameCache.set(key, matches);
    }
    return matches;
  }

  /**
   * An earlier candidate (index) whose listed name scores as candidate c's does, or -1. `cutForm`: the payment value is
   * cut after a legal form in front, and whether the form survived the cut is read from each listed name as written
   * (cutFormWordsShared): such candidates are each scored.
   */
  private scoredAlike(candidates: readonly number[], c: number, cutForm: boolean): number {
    if (cutForm) return -1;
    for (let k = 0; k < c; k++) if (this.names.scoresAlike(candidates[k], candidates[c])) return k;
    return -1;
  }

  /** What a listed name is scored with against a prepared payment name: the payment's reading, the listed side, the context. */
  private scoring(prepared: PreparedQuery, record: number, truncated: boolean, partyType: PartyType) {
    const kind = this.names.kindOf(record);
    const full = kind === 'person' || prepared.core.tokens.length === 0;
    const query = full ? prepared.full : prepared.core;
    const side = this.names.side(record);
    const cutFormWords = truncated && !full ? this.names.cutFormWordsShared(prepared, record) : 0;
    const context = cutFormWords > 0 ? { listKind: kind, truncated, partyType, cutFormWords } : { listKind: kind, truncated, partyType };
    return { full, query, side, context };
  }

  /**
   * Diagnosis (bench:match --diagnose), not screening: how the candidate search treats listed entry `entryId` for a
   * payment name — the best score its names get when scored directly, whether one of them is among the candidates
   * screening scores, and else why not (see NameIndex.searchTrace).
   */
  diagnoseName(text: string, truncated: boolean, partyType: PartyType, entryId: string): NameDiagnosis {
    if (this.entryIndexes === undefined) {
      this.entryIndexes = new Map();
      for (let e = 0; e < this.ids.length; e++) this.entryIndexes.set(this.ids.at(e), e);
    }
    const entry = this.entryIndexes.get(entryId);
    const prepared = this.names.prepare(text, truncated);
    const records: number[] = [];
    if (entry !== undefined) for (let r = 0; r < this.names.size; r++) if (this.names.entryOf(r) === entry) records.push(r);
    let direct = 0;
    let best = -1;
    for (const r of records) {
      const { query, side, context } = this.scoring(prepared, r, truncated, partyType);
      const score = scoreName(query, side, context).score;
      if (score > direct) [direct, best] = [score, r];
    }
    const trace = this.names.searchTrace(prepared, this.candidateLimit, truncated, records);
    return { direct, listed: best < 0 ? '' : this.names.nameOf(best), ...trace };
  }

  private entryMeta(entry: number): { source?: string; entryKind: EntryKind } {
    const source = this.sources[entry];
    return source === undefined ? { entryKind: this.kinds[entry] } : { source, entryKind: this.kinds[entry] };
  }
}

function compareHits(a: Hit, b: Hit): number {
  return (
    b.score - a.score ||
    Number(a.method === 'name') - Number(b.method === 'name') ||
    (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0) ||
    (a.field < b.field ? -1 : 1)
  );
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
