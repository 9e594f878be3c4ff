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
import { inboxEntry } from './audit-store';

/**
 * KEYS: message, duplicate-message, msgid index, intents, holds by created / deadline / score, audit inbox,
 *       then one duplicate key per transaction key, then one key per hold.
 * ARGV: gateway id, window ms, retention ms, nDup, nHold, nFields, raw body, nIntents, nAudit,
 *       then nDup duplicate values, nHold hold JSONs, nFields (field, value) pairs of the message record,
 *       nIntents intents and nAudit audit events.
 * Fields travel as plain arguments (no JSON to decode in Lua): a 10,000-transaction batch stays cheap for Redis.
 */
const PERSIST_SCRIPT = `
local nDup, nHold, nFields = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local nIntents, nAudit = tonumber(ARGV[8]), tonumber(ARGV[9])
local existing = redis.call('GET', KEYS[2])
if existing then return {'duplicate', existing} end
for i = 1, nDup do
  local v = redis.call('GET', KEYS[8 + i])
  if v then return {'retry', v} end
end
local gid = ARGV[1]
local window = tonumber(ARGV[2])
local retention = tonumber(ARGV[3])
redis.call('SET', KEYS[2], gid, 'PX', window)
for i = 1, nDup do redis.call('SET', KEYS[8 + i], ARGV[9 + i], 'PX', window) end
local f0 = 9 + nDup + nHold
for i = 1, nFields do redis.call('HSET', KEYS[1], ARGV[f0 + 2 * i - 1], ARGV[f0 + 2 * i]) end
local i0 = f0 + 2 * nFields
local open = tonumber(redis.call('HGET', KEYS[1], 'open'))
if open > 0 then
  redis.call('HSET', KEYS[1], 'raw', ARGV[7])
  for i = 1, nIntents do redis.call('RPUSH', KEYS[4], ARGV[i0 + i]) end
else
  redis.call('PEXPIRE', KEYS[1], retention)
end
redis.call('SADD', KEYS[3], gid)
redis.call('PEXPIRE', KEYS[3], retention)
for i = 1, nHold do
  local h = cjson.decode(ARGV[9 + nDup + i])
  local key = KEYS[8 + nDup + i]
  for j = 1, #h.fields, 2 do redis.call('HSET', key, h.fields[j], h.fields[j + 1]) end
  if h.open then
    redis.call('ZADD', KEYS[5], h.created, h.id)
    redis.call('ZADD', KEYS[6], h.deadline, h.id)
    redis.call('ZADD', KEYS[7], h.score, h.id)
  end
end
local a0 = i0 + nIntents
for i = 1, nAudit do redis.call('RPUSH', KEYS[8], ARGV[a0 + i]) end
return {'stored', gid}
`;

/**
 * Units of a message are what keeps it open: its forward deliveries and its holds. Opening and closing are idempotent
 * (guarded by a marker per unit), so a step repeated after a crash cannot unbalance the count. When no unit is left
 * open, the raw body is dropped and the record expires after the retention period: Redis holds what is in flight,
 * not history.
 */
const OPEN_UNIT_SCRIPT = `
if redis.call('HSETNX', KEYS[1], 'fwd:' .. ARGV[1], 'queued') == 1 then redis.call('HINCRBY', KEYS[1], 'open', 1) end
return 1
`;
const CLOSE_UNIT_SCRIPT = `
if redis.call('HSETNX', KEYS[1], 'closed:' .. ARGV[1], '1') == 0 then return -1 end
local open = redis.call('HINCRBY', KEYS[1], 'open', -1)
if open <= 0 then
  redis.call('HDEL', KEYS[1], 'raw')
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
end
return open
`;

/**
 * KEYS: message, audit inbox ; ARGV: forwardId, outcome, retentionMs, audit event, then (field, value) pairs of
 * transaction states. Records the outcome of a forward unit with its audit event and, when delivered, closes the
 * unit (same rules as CLOSE_UNIT_SCRIPT).
 */
const FINISH_FORWARD_SCRIPT = `
redis.call('HSET', KEYS[1], 'fwd:' .. ARGV[1], ARGV[2])
redis.call('RPUSH', KEYS[2], ARGV[4])
for i = 5, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
if ARGV[2] ~= 'delivered' then return -2 end
if redis.call('HSETNX', KEYS[1], 'closed:' .. ARGV[1], '1') == 0 then return -1 end
local open = redis.call('HINCRBY', KEYS[1], 'open', -1)
if open <= 0 then
  redis.call('HDEL', KEYS[1], 'raw')
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
end
return open
`;

export type PersistOutcome =
  | { kind: 'stored' }
  | { kind: 'duplicate'; existingId: string }
  /** A transaction key was taken between the pre-check and the write (a concurrent resend): screen again. */
  | { kind: 'retry' };

export interface AcceptedMessage {
  meta: MessageMeta;
  raw: string;
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
    redis.defineCommand('cpPersist', { lua: PERSIST_SCRIPT });
    redis.defineCommand('cpOpenUnit', { numberOfKeys: 1, lua: OPEN_UNIT_SCRIPT });
    redis.defineCommand('cpCloseUnit', { numberOfKeys: 1, lua: CLOSE_UNIT_SCRIPT });
    redis.defineCommand('cpFinishForward', { numberOfKeys: 2, lua: FINISH_FORWARD_SCRIPT });
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
    ];
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
    ];
    const reply = (await this.cmd.cpPersist(keys.length, ...keys, ...args)) as [string, string];
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
    await this.cmd.cpFinishForward(this.keys.message(messageId), this.keys.auditInbox, forwardId, outcome, String(this.options.retentionMs), inboxEntry(audit), ...pairs);
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
    await this.cmd.cpOpenUnit(this.keys.message(messageId), forwardId);
  }

  /** Closes a unit (forward id or hold id). Idempotent; returns the units still open, or -1 if it was closed before. */
  async closeUnit(messageId: string, unitId: string): Promise<number> {
    return this.cmd.cpCloseUnit(this.keys.message(messageId), unitId, String(this.options.retentionMs));
  }

  private get cmd(): PersistCommand {
    return this.redis as unknown as PersistCommand;
  }
}

interface PersistCommand {
  cpPersist(numKeys: number, ...args: string[]): Promise<unknown>;
  cpOpenUnit(key: string, unitId: string): Promise<number>;
  cpCloseUnit(key: string, unitId: string, retentionMs: string): Promise<number>;
  cpFinishForward(key: string, inbox: string, forwardId: string, outcome: string, retentionMs: string, audit: string, ...pairs: string[]): Promise<number>;
}
