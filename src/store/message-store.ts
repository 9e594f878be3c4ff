/**
 * Durable records of accepted messages in Redis. The one atomic step that makes a message "accepted": duplicate
 * keys, the message record, its hold records, the intents of its queue jobs and its audit events are written by one
 * Lua script, so either all of it exists or none of it does.
 */
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import type { EnqueuePlan, HoldRecord, Intent, MessageMeta, StoredMessage, TransactionState } from '../model/records';
import type { MessageResult } from '../model/result';
import type { AuditEventInput } from '../model/audit';
import { holdFields } from './hold-codec';
import { DAY_KEPT_MS, acceptedCounts, dayOf } from './review-stats';
import { inboxEntry } from './audit-store';
import { defineScripts } from './scripts';
import { confirmedWrite } from './redis';

export type PersistOutcome =
  | { kind: 'stored' }
  | { kind: 'duplicate'; existingId: string }
  /** A transaction key was taken between the pre-check and the write (a concurrent resend): screen again. */
  | { kind: 'retry' };

export interface AcceptedMessage {
  meta: MessageMeta;
  raw: string;
  /** SHA-256 (hex) of the body's bytes: a resend with the same digest is the same message (a replay). */
  digest: string;
  result: MessageResult;
  transactions: TransactionState[];
  plan: EnqueuePlan;
  holds: HoldRecord[];
  /** Keys → value "<gateway id>:<index>" for transaction-level duplicate detection. */
  transactionKeys: { key: string; value: string }[];
  duplicateKey: string;
  /** Queue jobs the message needs, moved into BullMQ by the intent dispatcher. */
  intents: Intent[];
  /** Audit events of the accept, appended atomically with it. */
  audit: AuditEventInput[];
}

export class MessageStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly options: { duplicateWindowMs: number; retentionMs: number },
  ) {
    defineScripts(redis);
  }

  /** Values of transaction-level duplicate keys that exist already (key → "<gateway id>:<index>"). */
  async existingKeys(keys: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (keys.length === 0) return found;
    const values = await this.redis.mget(...keys);
    values.forEach((v, i) => {
      if (v !== null) found.set(keys[i]!, v);
    });
    return found;
  }

  async persistAccepted(m: AcceptedMessage): Promise<PersistOutcome> {
    const open = (m.plan.forward ? 1 : 0) + m.plan.holds.length;
    const fields: string[] = [
      'meta', JSON.stringify(m.meta),
      'result', JSON.stringify(m.result),
      'plan', JSON.stringify(m.plan),
      'open', String(open),
      'digest', m.digest,
    ];
    m.transactions.forEach((t, i) => fields.push(`tx:${i}`, JSON.stringify(t)));
    if (m.plan.forward) fields.push(`fwd:${m.plan.forward.forwardId}`, 'queued');

    const holdArgs = m.holds.map((h) =>
      JSON.stringify({
        id: h.id,
        open: h.state === 'pending',
        created: Date.parse(h.createdAt),
        deadline: Date.parse(h.deadline),
        score: h.score,
        postHoc: h.postHoc,
        fields: holdFields(h),
      }),
    );
    const keys = [
      this.keys.message(m.meta.id),
      m.duplicateKey,
      this.keys.messagesByMsgId(m.meta.msgId),
      this.keys.intents,
      this.keys.holdsByCreated,
      this.keys.holdsByDeadline,
      this.keys.holdsByScore,
      this.keys.auditInbox,
      ...m.transactionKeys.map((t) => t.key),
      ...m.holds.map((h) => this.keys.hold(h.id)),
      this.keys.reviewDay(dayOf(new Date(m.meta.receivedAt))),
      this.keys.holdsOpenPostHoc,
      this.keys.holdsOpenPostHocByCreated,
    ];
    const counts = [...acceptedCounts(m.result, m.holds)];
    const args = [
      m.meta.id,
      String(this.options.duplicateWindowMs),
      String(this.options.retentionMs),
      String(m.transactionKeys.length),
      String(m.holds.length),
      String(fields.length / 2),
      m.raw,
      String(m.intents.length),
      String(m.audit.length),
      ...m.transactionKeys.map((t) => t.value),
      ...holdArgs,
      ...fields,
      ...m.intents.map((i) => JSON.stringify(i)),
      ...m.audit.map(inboxEntry),
      String(DAY_KEPT_MS),
      String(counts.length),
      ...counts.flatMap(([field, n]) => [field, String(n)]),
    ];
    const reply = await confirmedWrite(() => this.redis.cpPersist(keys.length, ...keys, ...args), 'accept of this message');
    // Our own id: the script ran, its answer was lost with the connection, and ioredis sent it again after reconnecting.
    if (reply[0] === 'duplicate' && reply[1] === m.meta.id) return { kind: 'stored' };
    if (reply[0] === 'duplicate') return { kind: 'duplicate', existingId: reply[1] };
    if (reply[0] === 'retry') return { kind: 'retry' };
    return { kind: 'stored' };
  }

  async get(messageId: string): Promise<StoredMessage | undefined> {
    const h = await this.redis.hgetall(this.keys.message(messageId));
    if (!h.meta) return undefined;
    const meta = JSON.parse(h.meta) as MessageMeta;
    const transactions: TransactionState[] = [];
    for (let i = 0; i < meta.nbOfTxs; i++) {
      const t = h[`tx:${i}`];
      if (t) transactions.push(JSON.parse(t) as TransactionState);
    }
    const forwards: StoredMessage['forwards'] = {};
    for (const [k, v] of Object.entries(h)) if (k.startsWith('fwd:')) forwards[k.slice(4)] = v as 'queued';
    return {
      meta,
      result: JSON.parse(h.result!) as MessageResult,
      raw: h.raw,
      transactions,
      forwards,
      plan: JSON.parse(h.plan!) as EnqueuePlan,
      ...(h.digest ? { digest: h.digest } : {}),
    };
  }

  async raw(messageId: string): Promise<string | null> {
    return this.redis.hget(this.keys.message(messageId), 'raw');
  }

  async idsByMsgId(msgId: string): Promise<string[]> {
    return this.redis.smembers(this.keys.messagesByMsgId(msgId));
  }

  /** What a forward worker needs, in one round trip: the unit's state, the original, its transactions' states. */
  async forwardContext(
    messageId: string,
    forwardId: string,
    txIndexes: readonly number[],
  ): Promise<{ state: string | null; raw: string | null; transactions: (TransactionState | undefined)[] }> {
    const [state, raw, ...txs] = await this.redis.hmget(this.keys.message(messageId), `fwd:${forwardId}`, 'raw', ...txIndexes.map((i) => `tx:${i}`));
    return { state: state ?? null, raw: raw ?? null, transactions: txs.map((t) => (t ? (JSON.parse(t) as TransactionState) : undefined)) };
  }

  /**
   * Records the outcome of a forward unit on each of its transactions, atomically. A delivered unit is closed; a dead
   * one stays open, so the original is kept for the operator who resolves it.
   */
  async finishForward(
    messageId: string,
    forwardId: string,
    outcome: 'delivered' | 'dead',
    txIndexes: readonly number[],
    states: readonly TransactionState[],
    audit: AuditEventInput,
  ): Promise<void> {
    const pairs = txIndexes.flatMap((i, n) => [`tx:${i}`, JSON.stringify(states[n])]);
    await this.redis.cpFinishForward(this.keys.message(messageId), this.keys.auditInbox, forwardId, outcome, String(this.options.retentionMs), inboxEntry(audit), ...pairs);
  }

  async recordDeadLetter(forwardId: string, entry: Record<string, unknown>): Promise<void> {
    await this.redis.hset(this.keys.deadLetters, forwardId, JSON.stringify(entry));
  }

  async deadLetters(): Promise<Record<string, unknown>[]> {
    const all = await this.redis.hvals(this.keys.deadLetters);
    return all.map((v) => JSON.parse(v) as Record<string, unknown>).sort((a, b) => String(a.at).localeCompare(String(b.at)));
  }

  async deadLetterCount(): Promise<number> {
    return this.redis.hlen(this.keys.deadLetters);
  }

  async setTransactionState(messageId: string, index: number, state: TransactionState): Promise<void> {
    await this.redis.hset(this.keys.message(messageId), `tx:${index}`, JSON.stringify(state));
  }

  /** A new forward unit of an accepted message (a released hold). Idempotent. */
  async openForwardUnit(messageId: string, forwardId: string): Promise<void> {
    await this.redis.cpOpenUnit(this.keys.message(messageId), forwardId);
  }

  /** Closes a unit (forward id or hold id). Idempotent; returns the units still open, or -1 if it was closed before. */
  async closeUnit(messageId: string, unitId: string): Promise<number> {
    return this.redis.cpCloseUnit(this.keys.message(messageId), unitId, String(this.options.retentionMs));
  }

}
