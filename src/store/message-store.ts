/**
 * Durable records of accepted messages in Redis. The one atomic step that makes a message "accepted": duplicate
 * keys, the message record, its hold records, the intents of its queue jobs and its audit events are written by one
 * Lua script, so either all of it exists or none of it does.
 */
import type { RedisClient } from './redis';
import type { RedisKeys } from './keys';
import type { EnqueuePlan, ForwardUnit, HoldRecord, Intent, MessageMeta, StoredMessage, TransactionState } from '../model/records';
import type { MessageResult } from '../model/result';
import type { AuditEventInput } from '../model/audit';
import type { StatusDeadLetter } from '../model/delivery';
import type { ClearedPayment } from '../model/rescreen';
import { sealCleared } from './cleared-record';
import { holdFields } from './hold-codec';
import { DAY_KEPT_MS, acceptedCounts, dayOf } from './review-stats';
import { inboxEntry } from './audit-store';
import { defineScripts } from './scripts';
import type { PayloadSealer } from './sealed-payload';
import type { AppError } from '../errors/app-error';
import { type ReplicaAcks, primaryOnly } from './replica-acks';
import { sendWithTurn } from './write-batching';
import { hmgetEachBuffer } from './read-hashes';
import { type ResentLog, ignoreResent } from './resent';

/** The AAD of a message's sealed fields: a field copied into another message's record does not open there. */
const rawContext = (messageId: string) => `msg:${messageId}:raw`;
const resultContext = (messageId: string) => `msg:${messageId}:result`;

export type PersistOutcome =
  /** `resultJson`: the result as stored, to answer with the same bytes rather than serialise it again. */
  | { kind: 'stored'; resultJson: string }
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
  /**
   * What rescreening keeps of the forward unit's cleared payments, for `keepMs` (RESCREEN_LOOKBACK), written by the
   * same script: an acknowledged accept always has it (written after, a crash in between lost it).
   */
  cleared?: { unitId: string; payments: readonly ClearedPayment[]; atMs: number; keepMs: number };
}

/** A forward unit's state, its stored original and its transactions' states, as a delivery reads them. */
export interface ForwardContext {
  state: string | null;
  /** null: gone (the message is final), or kept but `unreadable`. */
  raw: string | null;
  /** Why a kept original could not be opened (RECORD_KEY_UNKNOWN, RECORD_UNREADABLE). */
  unreadable?: AppError;
  transactions: (TransactionState | undefined)[];
}

/** What became of a forward unit, to record: its transactions' new states, its audit event, its dead letter. */
export interface ForwardFinish {
  unit: Pick<ForwardUnit, 'messageId' | 'forwardId' | 'txIndexes'>;
  outcome: 'delivered' | 'dead';
  states: readonly TransactionState[];
  audit: AuditEventInput;
  deadLetter?: Record<string, unknown>;
}

export class MessageStore {
  private readonly acks: ReplicaAcks;
  private clearedTrimmedAt = 0;

  constructor(
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
    private readonly options: {
      duplicateWindowMs: number;
      retentionMs: number;
      acks?: ReplicaAcks;
      /** Told when a write finds it ran before (sent again by the client after its answer was lost). */
      resent?: ResentLog;
    },
    private readonly sealer: PayloadSealer,
  ) {
    defineScripts(redis);
    this.acks = options.acks ?? primaryOnly(redis);
  }

  /** Before an answer is given from a stored accept (a replay): it has reached the replicas an acknowledgement needs. */
  settled(): Promise<void> {
    return this.acks.settled('earlier accept of this message');
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
    const resultJson = JSON.stringify(m.result);
    const fields: (string | Buffer)[] = [
      'meta',
      JSON.stringify(m.meta),
      // Sealed when it has hits: they name the payee's values. Without hits it holds ids, decisions and statuses only,
      // which the record keeps readable anyway (meta, states, the duplicate keys' names), and the seal was a third
      // of the accept's AES work for nothing; the reader takes either (openText).
      'result',
      hasHits(m.result) ? this.sealer.sealText(resultJson, resultContext(m.meta.id)) : resultJson,
      'plan',
      JSON.stringify(m.plan),
      'open',
      String(open),
      'digest',
      m.digest,
    ];
    m.transactions.forEach((t, i) => fields.push(`tx:${i}`, JSON.stringify(t)));
    if (m.plan.forward) fields.push(`fwd:${m.plan.forward.forwardId}`, 'queued');
    // The original is kept while units are open (a forward to build, a hold to decide); sealed here, Lua stores bytes.
    if (open > 0) fields.push('raw', this.sealer.seal(m.raw, rawContext(m.meta.id)));

    const holdArgs = m.holds.map((h) =>
      JSON.stringify({
        id: h.id,
        open: h.state === 'pending',
        created: Date.parse(h.createdAt),
        deadline: Date.parse(h.deadline),
        score: h.score,
        postHoc: h.postHoc,
        fields: holdFields(h, this.sealer),
      }),
    );
    const counts = [...acceptedCounts(m.result, m.holds)];
    const keys = [
      this.keys.message(m.meta.id),
      m.duplicateKey,
      this.keys.messagesByMsgId(m.meta.msgId),
      this.keys.intents,
      this.keys.auditInbox,
      ...m.transactionKeys.map((t) => t.key),
      ...m.holds.map((h) => this.keys.hold(h.id)),
      ...(m.cleared ? [this.keys.cleared(m.cleared.unitId), this.keys.clearedByTime] : []),
      // Only when used: each key costs the script a Lua string, and a clean message has no hold and no review count.
      ...(m.holds.length > 0 || counts.length > 0
        ? [
            this.keys.holdsByCreated,
            this.keys.holdsByDeadline,
            this.keys.holdsByScore,
            this.keys.reviewDay(dayOf(new Date(m.meta.receivedAt))),
            this.keys.holdsOpenPostHoc,
            this.keys.holdsOpenPostHocByCreated,
          ]
        : []),
    ];
    // Sealed here, before the script: Lua stores opaque bytes.
    const args: (string | Buffer)[] = [
      m.meta.id,
      String(this.options.duplicateWindowMs),
      String(this.options.retentionMs),
      String(m.transactionKeys.length),
      String(m.holds.length),
      String(fields.length / 2),
      String(open),
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
      ...(m.cleared
        ? [
            '1',
            sealCleared(this.sealer, m.cleared.unitId, m.cleared.payments),
            String(m.cleared.atMs),
            String(m.cleared.keepMs),
            m.cleared.unitId,
            this.trimClearedIndex(m.cleared.atMs) ? '1' : '0',
          ]
        : ['0']),
    ];
    const reply = await this.acks.write(() => {
      sendWithTurn(this.redis);
      return this.redis.cpPersist(keys.length, ...keys, ...args);
    }, 'accept of this message');
    // Our own id: the script ran, its answer was lost with the connection, and ioredis sent it again after reconnecting.
    if (reply[0] === 'duplicate' && reply[1] === m.meta.id) {
      this.resent('accept', { messageId: m.meta.id });
      return { kind: 'stored', resultJson };
    }
    if (reply[0] === 'duplicate') return { kind: 'duplicate', existingId: reply[1] };
    if (reply[0] === 'retry') return { kind: 'retry' };
    return { kind: 'stored', resultJson };
  }

  private get resent(): ResentLog {
    return this.options.resent ?? ignoreResent;
  }

  /**
   * Whether this accept trims the index of cleared records of what expired: at most once a second per process, not on
   * every accept (readers ask it from a time on, so an entry past its time only takes room until the next trim).
   */
  private trimClearedIndex(atMs: number): boolean {
    if (atMs - this.clearedTrimmedAt < 1000) return false;
    this.clearedTrimmedAt = atMs;
    return true;
  }

  /** The record without its original (`raw` reads that). */
  async get(messageId: string): Promise<StoredMessage | undefined> {
    const h = await this.redis.hgetall(this.keys.message(messageId));
    if (!h.meta) return undefined;
    delete h.raw;
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
      result: JSON.parse(this.sealer.openText(h.result!, resultContext(messageId))) as MessageResult,
      transactions,
      forwards,
      plan: JSON.parse(h.plan!) as EnqueuePlan,
      ...(h.digest ? { digest: h.digest } : {}),
    };
  }

  /** The original as received, while it is kept; throws RECORD_KEY_UNKNOWN / RECORD_UNREADABLE when it does not open. */
  async raw(messageId: string): Promise<string | null> {
    const sealed = await this.redis.hgetBuffer(this.keys.message(messageId), 'raw');
    return sealed === null ? null : this.sealer.open(sealed, rawContext(messageId));
  }

  async idsByMsgId(msgId: string): Promise<string[]> {
    return this.redis.smembers(this.keys.messagesByMsgId(msgId));
  }

  /**
   * What delivering a group of forward units needs, in one round trip: per unit its state, the original, its
   * transactions' states. Not a pipeline: while a cluster slot migrates, that read an original not moved yet as gone
   * (read-hashes.ts).
   */
  async forwardContexts(units: readonly Pick<ForwardUnit, 'messageId' | 'forwardId' | 'txIndexes'>[]): Promise<ForwardContext[]> {
    const replies = await hmgetEachBuffer(
      this.redis,
      units.map((u) => ({ key: this.keys.message(u.messageId), fields: ['fwd:' + u.forwardId, 'raw', ...u.txIndexes.map((i) => `tx:${i}`)] })),
    );
    return replies.map((reply, n) => {
      const [state, sealed, ...txs] = reply;
      const transactions = txs.map((t) => (t ? (JSON.parse(t.toString('utf8')) as TransactionState) : undefined));
      let raw: string | null = null;
      let unreadable: AppError | undefined;
      try {
        if (sealed) raw = this.sealer.open(sealed, rawContext(units[n]!.messageId));
      } catch (e) {
        unreadable = e as AppError;
      }
      return { state: state ? state.toString('utf8') : null, raw, ...(unreadable ? { unreadable } : {}), transactions };
    });
  }

  /**
   * Records the outcomes of a group of forward units, atomically: on each of its transactions, the unit's audit event
   * and, for a dead one, its dead letter. A delivered unit is closed; a dead one stays open, so the original is kept
   * for the operator who resolves it. A unit finished before (the call sent again by the client after its answer was
   * lost, or two runs of its job at once) gets no second audit event nor dead letter.
   */
  async finishForwards(finishes: readonly ForwardFinish[]): Promise<void> {
    if (finishes.length === 0) return;
    const keys = [this.keys.auditInbox, this.keys.deadLetters, ...finishes.map((f) => this.keys.message(f.unit.messageId))];
    const args = [String(this.options.retentionMs)];
    for (const f of finishes) {
      args.push(f.unit.forwardId, f.outcome, inboxEntry(f.audit), f.deadLetter ? JSON.stringify(f.deadLetter) : '', String(f.unit.txIndexes.length));
      f.unit.txIndexes.forEach((i, n) => args.push(`tx:${i}`, JSON.stringify(f.states[n])));
    }
    const replies = await this.redis.cpFinishForwards(keys.length, keys, args);
    replies.forEach((r, i) => {
      if (r === -3) this.resent('forward outcome', { forwardId: finishes[i]!.unit.forwardId, outcome: finishes[i]!.outcome });
    });
  }

  async deadLetters(): Promise<Record<string, unknown>[]> {
    const all = await this.redis.hvals(this.keys.deadLetters);
    return all.map((v) => JSON.parse(v) as Record<string, unknown>).sort((a, b) => String(a.at).localeCompare(String(b.at)));
  }

  async deadLetterCount(): Promise<number> {
    return this.redis.hlen(this.keys.deadLetters);
  }

  /**
   * A status report that will not be delivered: its dead letter and audit event, in one step; a report dead-lettered
   * before (the step sent again by the client after its answer was lost) gets no second event.
   */
  async deadLetterStatusReport(letter: StatusDeadLetter, event: AuditEventInput): Promise<void> {
    const r = await this.redis.cpStatusDeadLetter(
      this.keys.statusDeadLetters,
      this.keys.auditInbox,
      letter.reportId,
      JSON.stringify(letter),
      inboxEntry(event),
    );
    if (r === 0) this.resent('status report dead letter', { reportId: letter.reportId });
  }

  async statusDeadLetters(): Promise<StatusDeadLetter[]> {
    const all = await this.redis.hvals(this.keys.statusDeadLetters);
    return all.map((v) => JSON.parse(v) as StatusDeadLetter).sort((a, b) => a.at.localeCompare(b.at));
  }

  async statusDeadLetterCount(): Promise<number> {
    return this.redis.hlen(this.keys.statusDeadLetters);
  }

  /**
   * A transaction's new state after a decision, unless its delivery's outcome (forwarded, dead-letter) is recorded
   * already: a write sent again after its answer was lost, or a recovery re-run, must not set it back.
   */
  async setTransactionState(messageId: string, index: number, state: TransactionState): Promise<void> {
    const written = await this.redis.cpTxState(this.keys.message(messageId), `tx:${index}`, JSON.stringify(state));
    if (written === 0) this.resent('transaction state', { messageId, index, stage: state.stage });
  }

  /**
   * A new forward unit of an accepted message (a released hold). Idempotent; `event` (the unit's audit event) is
   * written by the step that opens it, once.
   */
  async openForwardUnit(messageId: string, forwardId: string, event?: AuditEventInput): Promise<void> {
    await this.redis.cpOpenUnit(this.keys.message(messageId), this.keys.auditInbox, forwardId, event ? inboxEntry(event) : '');
  }

  /**
   * Closes a hold's unit (a forward unit is closed by its delivery: finishForwards). Idempotent; returns the units still
   * open, or -1 if it was closed before. On a record whose released hold's forward was delivered by the version before
   * (one marker for both closes, the second never counted) it counts the lost close too (close-unit.lua).
   */
  async closeUnit(messageId: string, holdId: string): Promise<number> {
    return this.redis.cpCloseUnit(this.keys.message(messageId), holdId, String(this.options.retentionMs));
  }

  /**
   * Counts the close a record of the version before lost: a released hold whose hold was closed and whose forward unit
   * was delivered under one marker, one of the two closes never counted, the original kept and the record never
   * expiring. Counts nothing else (never the hold's own close), nothing twice, and nothing on a record that is gone.
   * True when it counted one now.
   */
  async closeLostForward(messageId: string, holdId: string): Promise<boolean> {
    return (await this.redis.cpCloseUnit(this.keys.message(messageId), holdId, String(this.options.retentionMs), 'lost')) >= 0;
  }
}

function hasHits(result: MessageResult): boolean {
  return result.transactions.some((t) => t.hits.length > 0);
}
