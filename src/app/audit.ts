/**
 * The audit trail: every event of a payment's life, appended to a hash chain so that a changed, removed or
 * reordered event is detected (`chokepoint audit verify`). Events name ids and decisions, never debtor data.
 */
import { createHash } from 'node:crypto';

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
  | 'exception-proposed'
  | 'exception-confirmed'
  | 'exception-applied'
  | 'watchlist-loaded';

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

/** Deterministic JSON: keys sorted at every level, so the hash does not depend on property order. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

export function chainHash(prev: string, e: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256').update(prev).update('\n').update(canonicalJson(e)).digest('hex');
}

export function seal(prev: string, seq: number, input: AuditEventInput): AuditEvent {
  const body = { ...input, seq, prev };
  return { ...body, hash: chainHash(prev, body) };
}

/** Checks a run of events against the chain; returns the first broken link or undefined. */
export function findBrokenLink(events: Iterable<AuditEvent>, expectedPrev = GENESIS, expectedSeq = 1): { seq: number; reason: string } | undefined {
  let prev = expectedPrev;
  let seq = expectedSeq;
  for (const e of events) {
    if (e.seq !== seq) return { seq, reason: `expected event ${seq}, found ${e.seq}` };
    if (e.prev !== prev) return { seq, reason: 'link to the previous event does not match' };
    const { hash, ...body } = e;
    if (chainHash(prev, body) !== hash) return { seq, reason: 'content does not match its hash' };
    prev = hash;
    seq++;
  }
  return undefined;
}
