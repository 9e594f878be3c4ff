/**
 * The costly per-entry part of indexing — identifier keys (canonical form, HMAC), tokenised names, the expiry
 * check — separated from the inserts, so that a loader can prepare entries in a worker thread while the thread
 * that owns the index inserts them. Prepared entries travel in columns (PreparedBatch): a structured clone of a
 * few arrays per batch, not of several objects per entry.
 */
import type { IdentifierKey } from './identifiers/identifier-index';
import { canonicalIdentifier, canonicalIssuer } from './identifiers/canonical';
import { nameTokens } from './names/name-index-builder';
import type { EntryKind, IdentifierType, ListIdentifier, WatchlistEntry } from './types';

export const ENTRY_KINDS: readonly EntryKind[] = ['organisation', 'person', 'merchant'];
const TYPES: readonly IdentifierType[] = ['iban', 'account', 'bic', 'proxy', 'domain', 'url', 'email', 'phone', 'lei', 'crypto'];

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
 * thread sends. The identifiers are as listed; keys, expiry and the inserts are the receiving thread's.
 * Strings that may be absent are '' then (an empty issuer or expiry means the same as none to the index).
 */
export interface PreparedBatch {
  readonly count: number;
  /** Line of each entry in the list file, for errors found by the receiver. */
  readonly lines: Int32Array;
  readonly ids: string[];
  readonly kinds: Uint8Array;
  /** Distinct sources of the batch; sources holds an index into it per entry (-1: none). */
  readonly sourceTable: string[];
  readonly sources: Int32Array;
  readonly expiresAt: string[];
  /** Identifiers, entry by entry: the entry's position in the batch, type code, value or (form 1) HMAC, issuer. */
  readonly identEntry: Int32Array;
  readonly identType: Uint8Array;
  readonly identForm: Uint8Array;
  readonly identText: string[];
  readonly identIssuer: string[];
  /** Tokenised names, entry by entry: the entry's position, the name, its token count, legal forms; tokens flat. */
  readonly nameEntry: Int32Array;
  readonly nameText: string[];
  readonly nameTokenCount: Int32Array;
  readonly nameLegal: string[];
  readonly tokens: string[];
  /** Expanded spelling per token ('' when the same as the token). */
  readonly expanded: string[];
}

function emptyColumns() {
  return {
    lines: [] as number[],
    ids: [] as string[],
    kinds: [] as number[],
    sourceTable: [] as string[],
    sourceCodes: new Map<string, number>(),
    sources: [] as number[],
    expiresAt: [] as string[],
    identEntry: [] as number[],
    identType: [] as number[],
    identForm: [] as number[],
    identText: [] as string[],
    identIssuer: [] as string[],
    nameEntry: [] as number[],
    nameText: [] as string[],
    nameTokenCount: [] as number[],
    nameLegal: [] as string[],
    tokens: [] as string[],
    expanded: [] as string[],
  };
}

/** Collects validated entries into a PreparedBatch, tokenising their names. */
export class BatchWriter {
  private c = emptyColumns();

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
    c.expiresAt.push(entry.expiresAt ?? '');
    for (const ident of entry.identifiers) {
      c.identEntry.push(at);
      c.identType.push(TYPES.indexOf(ident.type));
      c.identForm.push(ident.hmac !== undefined ? 1 : 0);
      c.identText.push(ident.hmac ?? ident.value ?? '');
      c.identIssuer.push(ident.issuer ?? '');
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
      ids: c.ids,
      kinds: Uint8Array.from(c.kinds),
      sourceTable: c.sourceTable,
      sources: Int32Array.from(c.sources),
      expiresAt: c.expiresAt,
      identEntry: Int32Array.from(c.identEntry),
      identType: Uint8Array.from(c.identType),
      identForm: Uint8Array.from(c.identForm),
      identText: c.identText,
      identIssuer: c.identIssuer,
      nameEntry: Int32Array.from(c.nameEntry),
      nameText: c.nameText,
      nameTokenCount: Int32Array.from(c.nameTokenCount),
      nameLegal: c.nameLegal,
      tokens: c.tokens,
      expanded: c.expanded,
    };
  }
}

/**
 * The batch's entries back as entries (with the names they were listed with: those not tokenised here
 * normalise to nothing and are not indexed either way) and their tokenised names, in order.
 */
export function* batchEntries(b: PreparedBatch): Generator<{ entry: WatchlistEntry; line: number; names: PreparedName[] }> {
  let ident = 0;
  let name = 0;
  let token = 0;
  for (let e = 0; e < b.count; e++) {
    const identifiers: ListIdentifier[] = [];
    for (; ident < b.identEntry.length && b.identEntry[ident] === e; ident++) {
      const type = TYPES[b.identType[ident]];
      const text = b.identText[ident];
      const issuer = b.identIssuer[ident];
      const listed: ListIdentifier = b.identForm[ident] === 1 ? { type, hmac: text } : { type, value: text };
      identifiers.push(issuer === '' ? listed : { ...listed, issuer });
    }
    const names: PreparedName[] = [];
    for (; name < b.nameEntry.length && b.nameEntry[name] === e; name++) {
      const tokens: string[] = [];
      const expanded: string[] = [];
      for (let k = 0; k < b.nameTokenCount[name]; k++, token++) {
        tokens.push(b.tokens[token]);
        expanded.push(b.expanded[token] === '' ? b.tokens[token] : b.expanded[token]);
      }
      names.push({ name: b.nameText[name], tokens, expanded, legalKey: b.nameLegal[name] });
    }
    const source = b.sources[e] < 0 ? undefined : b.sourceTable[b.sources[e]];
    const entry: WatchlistEntry = {
      id: b.ids[e],
      kind: ENTRY_KINDS[b.kinds[e]],
      names: names.map((n) => n.name),
      identifiers,
      ...(source !== undefined ? { source } : {}),
      ...(b.expiresAt[e] !== '' ? { expiresAt: b.expiresAt[e] } : {}),
    };
    yield { entry, line: b.lines[e], names };
  }
}
