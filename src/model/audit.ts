/**
 * The audit trail: every event of a payment's life, appended to a hash chain so that a changed, removed or
 * reordered event is detected (`chokepoint audit verify`). Events name ids and decisions, never debtor data.
 */
import { sha256Hex } from './sha256';

export type AuditEventType =
  | 'received'
  | 'screened'
  | 'held'
  | 'claimed'
  | 'unclaimed'
  | 'proposed'
  | 'confirmed'
  | 'released'
  | 'rejected'
  | 'expired'
  | 'escalated'
  | 'forwarded'
  | 'delivered'
  | 'dead-lettered'
  | 'status-sent'
  /** A status report the hub refused or that ran out of retries (also in GET /v1/forwards/dead-letters). */
  | 'status-dead-lettered'
  | 'exception-proposed'
  | 'exception-confirmed'
  | 'exception-applied'
  | 'exception-revoked'
  | 'watchlist-loaded'
  | 'watchlist-changed'
  | 'watchlist-refresh'
  | 'rescreened'
  /** A reviewer with the reveal permission was shown a hold's debtor data (who, which hold, when, why). */
  | 'debtor-revealed'
  | 'post-hoc-opened'
  | 'post-hoc-closed';

export interface AuditEventInput {
  type: AuditEventType;
  at: string;
  /** Token name of the reviewer / submitter, or 'gateway' for its own actions. */
  actor: string;
  messageId?: string;
  holdId?: string;
  data?: Record<string, unknown>;
}

export interface AuditEvent extends AuditEventInput {
  seq: number;
  prev: string;
  hash: string;
}

export interface AuditTrail {
  record(e: AuditEventInput): Promise<void>;
}

export const GENESIS = '0'.repeat(64);

/**
 * Deterministic JSON: keys sorted at every level, so the hash does not depend on property order. Written as loops
 * that append to one string (the sealer runs it on every event; the array methods' intermediate arrays were most of
 * its cost), with the same output as filter / sort / map / join.
 */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(v[i]);
    return `${out}]`;
  }
  const o = v as Record<string, unknown>;
  return canonicalMembers(sortKeys(Object.keys(o)), (k) => o[k]);
}

/**
 * Sorted in place as Array.prototype.sort() sorts strings (by UTF-16 code units). An event's objects have a handful of
 * keys, and sort() copied each array into a work array first: the sealer's largest allocation after the events.
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > k; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = k;
  }
  return keys;
}

/** `{…}` of the keys (sorted) and their values, leaving out undefined ones. */
function canonicalMembers(sortedKeys: readonly string[], valueOf: (key: string) => unknown): string {
  let out = '{';
  for (const k of sortedKeys) {
    const value = valueOf(k);
    if (value === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${quotedKey(k)}:${canonicalJson(value)}`;
  }
  return `${out}}`;
}

/**
 * Events use a few dozen property names, so their JSON is kept rather than written again for every property of every
 * event (a third of what sealing an event cost). Bounded: names from arbitrary data stop being added past the limit.
 */
const QUOTED_KEYS = new Map<string, string>();
const QUOTED_KEYS_MAX = 4096;
/** Longer names are not kept: a few events with huge property names must not pin them for the process's life. */
const QUOTED_KEY_MAX_LENGTH = 64;

function quotedKey(k: string): string {
  let q = QUOTED_KEYS.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (QUOTED_KEYS.size < QUOTED_KEYS_MAX && k.length <= QUOTED_KEY_MAX_LENGTH) QUOTED_KEYS.set(k, q);
  }
  return q;
}

export function chainHash(prev: string, e: Omit<AuditEvent, 'hash'>): string {
  return sha256Hex(`${prev}\n${canonicalJson(e)}`);
}

export function seal(prev: string, seq: number, input: AuditEventInput): AuditEvent {
  const body = { ...input, seq, prev };
  return { ...body, hash: chainHash(prev, body) };
}

/**
 * An inbox entry (the JSON text of an AuditEventInput) sealed as the next event of the chain: its hash and the line
 * stored in the chain, JSON of the event with seq, prev and hash after the input's own fields (as JSON.stringify of
 * seal()'s event writes it). The line is the entry's text with the three fields appended, not the parsed event
 * written out again; it parses to the same event.
 */
export function sealEntry(prev: string, seq: number, entry: string): { hash: string; line: string } {
  const input = JSON.parse(entry) as AuditEventInput;
  // Inbox entries are objects; anything else is hashed as the spread of it always was.
  const linked = input !== null && typeof input === 'object' ? canonicalWithLink(input, seq, prev) : canonicalJson({ ...(Object(input) as object), seq, prev });
  const hash = sha256Hex(`${prev}\n${linked}`);
  const tail = `"seq":${seq},"prev":"${prev}","hash":"${hash}"}`;
  // An object with fields of its own ends in '}' after them; anything else is written out from the parsed value.
  if (entry.length > 2 && entry.charCodeAt(entry.length - 1) === 0x7d && !('seq' in input || 'prev' in input || 'hash' in input)) {
    return { hash, line: `${entry.slice(0, -1)},${tail}` };
  }
  return { hash, line: JSON.stringify({ ...input, seq, prev, hash }) };
}

/**
 * canonicalJson of `{ ...input, seq, prev }` (what chainHash hashes) without building that copy: the input's keys
 * with seq and prev merged in, sorted. The copy, made for every event the sealer seals, cost as much as the rest.
 */
function canonicalWithLink(input: AuditEventInput, seq: number, prev: string): string {
  const keys = Object.keys(input).filter((k) => k !== 'seq' && k !== 'prev');
  keys.push('seq', 'prev');
  sortKeys(keys);
  const fields = input as unknown as Record<string, unknown>;
  return canonicalMembers(keys, (k) => (k === 'seq' ? seq : k === 'prev' ? prev : fields[k]));
}

/** Follows a chain event by event: each must carry the next seq, link to the previous hash and match its own hash. */
export class ChainChecker {
  readonly startSeq: number;
  private count = 0;

  constructor(
    public prev: string = GENESIS,
    public nextSeq = 1,
  ) {
    this.startSeq = nextSeq;
  }

  get events(): number {
    return this.count;
  }

  /** undefined when the event continues the chain; otherwise the broken link. */
  push(e: AuditEvent): { seq: number; reason: string } | undefined {
    if (e.seq !== this.nextSeq) return { seq: this.nextSeq, reason: `expected event ${this.nextSeq}, found ${e.seq}` };
    if (e.prev !== this.prev) return { seq: this.nextSeq, reason: 'link to the previous event does not match' };
    const { hash, ...body } = e;
    if (chainHash(this.prev, body) !== hash) return { seq: this.nextSeq, reason: 'content does not match its hash' };
    this.prev = hash;
    this.nextSeq++;
    this.count++;
    return undefined;
  }
}

/** Checks a run of events against the chain; returns the first broken link or undefined. */
export function findBrokenLink(events: Iterable<AuditEvent>, expectedPrev = GENESIS, expectedSeq = 1): { seq: number; reason: string } | undefined {
  const checker = new ChainChecker(expectedPrev, expectedSeq);
  for (const e of events) {
    const broken = checker.push(e);
    if (broken) return broken;
  }
  return undefined;
}
