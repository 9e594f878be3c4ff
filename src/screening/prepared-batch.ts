/**
 * The costly per-entry part of indexing — identifier keys (canonical form, HMAC), tokenised names, the expiry
 * check — separated from the inserts, so that a loader can prepare entries in a worker thread while the thread
 * that owns the index inserts them. Prepared entries travel in columns (PreparedBatch): a structured clone of a
 * few arrays per batch, not of several objects per entry.
 */
import type { IdentifierKey } from './identifiers/identifier-index';
import { canonicalIdentifier, canonicalIssuer } from './identifiers/canonical';
import { nameTokens } from './names/name-index-builder';
import { packedAt, StringColumn, type PackedStrings } from './string-column';
import type { EntryKind, IdentifierType, ListIdentifier, WatchlistEntry } from './types';

export const ENTRY_KINDS: readonly EntryKind[] = ['organisation', 'person', 'merchant'];
/** Identifier types by their code in a batch. */
export const BATCH_TYPES: readonly IdentifierType[] = ['iban', 'account', 'bic', 'proxy', 'domain', 'url', 'email', 'phone', 'lei', 'crypto'];

export interface PreparedName {
  readonly name: string;
  readonly tokens: readonly string[];
  readonly expanded: readonly string[];
  readonly legalKey: string;
}

export interface PreparedEntry {
  readonly keys: readonly IdentifierKey[];
  /** Canonical issuer per identifier (canonicalIssuer), undefined where none is listed. */
  readonly issuers: readonly (string | undefined)[];
  readonly names: readonly PreparedName[];
  /** NaN: does not expire. */
  readonly expiresMs: number;
}

export type Preparation = { prepared: PreparedEntry } | { prepared?: undefined; invalidIdentifier?: number };

/**
 * An entry ready to insert; or, for an entry that is not indexed, the first identifier whose value is not valid
 * of its type (an expired entry is validated too, and otherwise skipped). `tokenised`: its names already
 * through nameTokens (those that normalise to nothing left out), when another thread did that.
 */
export function prepareEntry(
  entry: WatchlistEntry,
  keyOf: (ident: ListIdentifier, entryId: string) => IdentifierKey | undefined,
  nowMs: number,
  tokenised?: readonly PreparedName[],
): Preparation {
  let expiresMs = NaN;
  if (entry.expiresAt !== undefined && entry.expiresAt !== null) {
    expiresMs = Date.parse(entry.expiresAt);
    if (!Number.isNaN(expiresMs) && expiresMs <= nowMs) {
      const bad = entry.identifiers.findIndex((i) => i.value !== undefined && canonicalIdentifier(i.type, i.value) === undefined);
      return bad < 0 ? {} : { invalidIdentifier: bad };
    }
  }
  const keys: IdentifierKey[] = [];
  const issuers: (string | undefined)[] = [];
  for (let k = 0; k < entry.identifiers.length; k++) {
    const ident = entry.identifiers[k];
    const key = keyOf(ident, entry.id);
    if (key === undefined) return { invalidIdentifier: k };
    keys.push(key);
    issuers.push(ident.issuer === undefined ? undefined : canonicalIssuer(ident.issuer));
  }
  return { prepared: { keys, issuers, names: tokenised ?? tokeniseNames(entry), expiresMs } };
}

/** The entry's names through nameTokens; those that normalise to nothing are left out (they are not indexed). */
export function tokeniseNames(entry: Pick<WatchlistEntry, 'names' | 'kind'>): PreparedName[] {
  const names: PreparedName[] = [];
  for (const name of entry.names) {
    const t = nameTokens(name, entry.kind);
    if (t !== undefined) names.push({ name, ...t });
  }
  return names;
}

/**
 * Validated entries with their names tokenised, in columns (see the file comment): what a loader's worker
 * thread sends. The identifiers are as listed; keys and the inserts are the receiving thread's. Strings that
 * may be absent are '' then (an empty issuer means the same as none to the index).
 */
export interface PreparedBatch {
  readonly count: number;
  /** Line of each entry in the list file, for errors found by the receiver. */
  readonly lines: Int32Array;
  /** Entry ids and (below) names packed, not as strings: the receiver keeps them packed (StringColumn). */
  readonly ids: PackedStrings;
  readonly kinds: Uint8Array;
  /** Distinct sources of the batch; sources holds an index into it per entry (-1: none). */
  readonly sourceTable: string[];
  readonly sources: Int32Array;
  /** expiresAt as a time (NaN: none or not a date); expired: 1 when at or before the load's time (not indexed). */
  readonly expiresMs: Float64Array;
  readonly expired: Uint8Array;
  /**
   * Identifiers, entry by entry: the entry's position in the batch, type code, form (IDENT_VALUE, IDENT_HMAC,
   * IDENT_CANONICAL, IDENT_INVALID), text (the value as listed, the HMAC, or the canonical value), issuer.
   */
  readonly identEntry: Int32Array;
  readonly identType: Uint8Array;
  readonly identForm: Uint8Array;
  readonly identText: string[];
  readonly identIssuer: string[];
  /**
   * Names, entry by entry: the entry's position, the name, its token count, legal forms; tokens flat. A token
   * count of NOT_TOKENISED: the name is left for the receiver to tokenise (no tokens, no legal forms here).
   */
  readonly nameEntry: Int32Array;
  readonly nameText: PackedStrings;
  readonly nameTokenCount: Int32Array;
  readonly nameLegal: string[];
  readonly tokens: PackedStrings;
  /** Expanded spelling per token ('' when the same as the token). */
  readonly expanded: PackedStrings;
}

function emptyColumns() {
  return {
    lines: [] as number[],
    ids: new StringColumn(),
    kinds: [] as number[],
    sourceTable: [] as string[],
    sourceCodes: new Map<string, number>(),
    sources: [] as number[],
    expiresMs: [] as number[],
    expired: [] as number[],
    identEntry: [] as number[],
    identType: [] as number[],
    identForm: [] as number[],
    identText: [] as string[],
    identIssuer: [] as string[],
    nameEntry: [] as number[],
    nameText: new StringColumn(),
    nameTokenCount: [] as number[],
    nameLegal: [] as string[],
    tokens: new StringColumn(),
    expanded: new StringColumn(),
  };
}

/** An identifier's form in a batch: a value as listed, an HMAC (keyed-hash list), ... */
export const IDENT_VALUE = 0;
export const IDENT_HMAC = 1;
/** ... a value the worker canonicalised already (canonicalIdentifier), or found not valid of its type. */
export const IDENT_CANONICAL = 2;
export const IDENT_INVALID = 3;

/**
 * Types whose values the worker canonicalises (libphonenumber's parse is the largest part of canonicalising a
 * list's identifiers; moving it balances the two threads). The building thread still meets an invalid one in
 * file and identifier order, so the first problem reported is the same.
 */
const CANONICAL_IN_WORKER: readonly IdentifierType[] = ['phone', 'proxy'];

/** When an entry with this expiresAt is not indexed (as prepareEntry decides): NaN, or the expiry time. */
function expiryOf(expiresAt: string | null | undefined): number {
  return expiresAt === undefined || expiresAt === null ? NaN : Date.parse(expiresAt);
}

/** nameTokenCount of a name the batch carries as listed only (see BatchWriter.tokenise). */
export const NOT_TOKENISED = -1;

/** Collects validated entries into a PreparedBatch, tokenising their names. */
export class BatchWriter {
  private c = emptyColumns();
  /**
   * Whether names are tokenised here (the default) or left to the receiver: a reading thread ahead of the
   * building thread does the tokenising, one that the building thread waits for leaves it, so the two share
   * the work whatever the machine gives each. The index is the same either way (nameTokens is pure).
   */
  tokenise = true;

  /** @param nowMs the load's time: entries that expire at or before it are not indexed (their names not tokenised). */
  constructor(private readonly nowMs: number) {}

  get count(): number {
    return this.c.ids.length;
  }

  add(entry: WatchlistEntry, line: number): void {
    const c = this.c;
    const at = c.ids.length;
    c.lines.push(line);
    c.ids.push(entry.id);
    c.kinds.push(ENTRY_KINDS.indexOf(entry.kind));
    let source = -1;
    if (entry.source !== undefined) {
      source = c.sourceCodes.get(entry.source) ?? -1;
      if (source < 0) {
        source = c.sourceTable.length;
        c.sourceTable.push(entry.source);
        c.sourceCodes.set(entry.source, source);
      }
    }
    c.sources.push(source);
    const expiresMs = expiryOf(entry.expiresAt);
    const expired = !Number.isNaN(expiresMs) && expiresMs <= this.nowMs;
    c.expiresMs.push(expiresMs);
    c.expired.push(expired ? 1 : 0);
    for (const ident of entry.identifiers) {
      c.identEntry.push(at);
      c.identType.push(BATCH_TYPES.indexOf(ident.type));
      if (ident.hmac !== undefined) {
        c.identForm.push(IDENT_HMAC);
        c.identText.push(ident.hmac);
      } else if (ident.value !== undefined && CANONICAL_IN_WORKER.includes(ident.type)) {
        const canonical = canonicalIdentifier(ident.type, ident.value);
        c.identForm.push(canonical === undefined ? IDENT_INVALID : IDENT_CANONICAL);
        c.identText.push(canonical ?? ident.value);
      } else {
        c.identForm.push(IDENT_VALUE);
        c.identText.push(ident.value ?? '');
      }
      c.identIssuer.push(ident.issuer ?? '');
    }
    // An expired entry is only validated: its names are not indexed.
    if (expired) return;
    if (!this.tokenise) {
      for (const name of entry.names) {
        c.nameEntry.push(at);
        c.nameText.push(name);
        c.nameTokenCount.push(NOT_TOKENISED);
        c.nameLegal.push('');
      }
      return;
    }
    for (const n of tokeniseNames(entry)) {
      c.nameEntry.push(at);
      c.nameText.push(n.name);
      c.nameTokenCount.push(n.tokens.length);
      c.nameLegal.push(n.legalKey);
      for (let i = 0; i < n.tokens.length; i++) {
        c.tokens.push(n.tokens[i]);
        c.expanded.push(n.expanded[i] === n.tokens[i] ? '' : n.expanded[i]);
      }
    }
  }

  /** The batch so far; the writer starts a new one. */
  take(): PreparedBatch {
    const c = this.c;
    this.c = emptyColumns();
    return {
      count: c.ids.length,
      lines: Int32Array.from(c.lines),
      ids: c.ids.pack(),
      kinds: Uint8Array.from(c.kinds),
      sourceTable: c.sourceTable,
      sources: Int32Array.from(c.sources),
      expiresMs: Float64Array.from(c.expiresMs),
      expired: Uint8Array.from(c.expired),
      identEntry: Int32Array.from(c.identEntry),
      identType: Uint8Array.from(c.identType),
      identForm: Uint8Array.from(c.identForm),
      identText: c.identText,
      identIssuer: c.identIssuer,
      nameEntry: Int32Array.from(c.nameEntry),
      nameText: c.nameText.pack(),
      nameTokenCount: Int32Array.from(c.nameTokenCount),
      nameLegal: c.nameLegal,
      tokens: c.tokens.pack(),
      expanded: c.expanded.pack(),
    };
  }
}

/** Identifier i of the batch (a value the worker canonicalised as its canonical value). */
export function batchIdentifier(b: PreparedBatch, i: number): ListIdentifier {
  const type = BATCH_TYPES[b.identType[i]];
  const text = b.identText[i];
  const issuer = b.identIssuer[i];
  const listed: ListIdentifier = b.identForm[i] === IDENT_HMAC ? { type, hmac: text } : { type, value: text };
  return issuer === '' ? listed : { ...listed, issuer };
}

/** Entry e of the batch with its identifiers as listed (names left out), for an error message. */
export function batchEntry(b: PreparedBatch, e: number): WatchlistEntry {
  const identifiers: ListIdentifier[] = [];
  for (let i = 0; i < b.identEntry.length; i++) if (b.identEntry[i] === e) identifiers.push(batchIdentifier(b, i));
  const source = b.sources[e] < 0 ? undefined : b.sourceTable[b.sources[e]];
  return { id: packedAt(b.ids, e), kind: ENTRY_KINDS[b.kinds[e]], names: [], identifiers, ...(source !== undefined ? { source } : {}) };
}
