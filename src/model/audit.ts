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
