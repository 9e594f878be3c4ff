/**
 * The use case behind POST /v1/messages: a read message is checked for duplicates, screened per transaction, and
 * made durable in Redis in one atomic step — its record, its holds, the intents of its queue jobs (forward,
 * deadlines) and its audit events. Only then is the outcome returned, so nothing is acknowledged to the hub before it
 * is durable; the intent dispatcher moves the jobs into BullMQ right after.
 */
import type { InboundMessage, TransactionStatus, TransactionView } from '../iso20022/types';
import type { TransactionScreening } from '../screening/types';
import type { RedisKeys } from '../store/keys';
import type { MessageStore } from '../store/message-store';
import type { ScreeningService, Suppressor } from './screening-service';
import type { AuditEventInput } from '../model/audit';
import type { EnqueuePlan, ForwardUnit, HoldRecord, Intent, MessageMeta, TransactionState } from '../model/records';
import { MessageResult, TransactionResult, groupStatusOf, hitView, transactionResult } from '../model/result';
import { derivedMsgId, newId } from '../model/ids';
import type { ClearedPayment } from '../model/rescreen';
import { AppError } from '../errors/app-error';
import { type OutcomePolicy, holdDeadlineMs, statusOf } from '../policy/outcome';

export interface AcceptDeps {
  screening: ScreeningService;
  store: MessageStore;
  keys: RedisKeys;
  outcomes: OutcomePolicy;
  /** Moves the intents written with an accepted message into BullMQ; kicked so they go at once. */
  dispatcher?: { kick(): void };
  suppress?: Suppressor;
  /** Audit data of an applied false-positive exception (its counterparty scope). */
  suppressionAudit?: (exceptionId: string) => Record<string, unknown>;
  now: () => Date;
  /** RESCREEN_LOOKBACK: what rescreening needs of the cleared payments is kept this long, by the accept's own write. */
  rescreenLookbackMs?: number;
  /** Time spent per stage, for the latency breakdown in /metrics. */
  observeStage?: (stage: 'dedupe' | 'screen' | 'persist', seconds: number) => void;
}

export interface AcceptOutcome {
  /** 200 accepted, 409 seen before (the earlier outcome is returned). */
  httpStatus: 200 | 409;
  result: MessageResult;
  messageId: string;
  /** Why it was 409: the whole message, or every transaction of it, was seen before. */
  duplicate?: 'DUPLICATE_MESSAGE' | 'DUPLICATE_TRANSACTION';
  /** The identical message was accepted before: this is that answer again, nothing was done now. */
  replay?: boolean;
  /** `result` as JSON when the store serialised it already: the answer sends these bytes. */
  resultJson?: string;
}

/** Who sent a message and what exactly: a resend is a replay when both are the same as the original's. */
export interface Submission {
  /** Name of the submitter's token. */
  submitter: string;
  /** SHA-256 (hex) of the body's bytes. */
  digest: string;
}

/**
 * Resends racing each other: after this many lost races the request fails with 503 and may be retried. The first
 * attempt does not look for duplicates before the write (see acceptMessage), so it is one more than the races allowed.
 */
const MAX_RACES = 4;

/** POST /v1/messages after reading: duplicates, screening, the one atomic write. */
export class AcceptService {
  constructor(private readonly deps: AcceptDeps) {}

  accept(msg: InboundMessage, submission: Submission): Promise<AcceptOutcome> {
    return acceptMessage(msg, submission, this.deps);
  }
}

async function acceptMessage(msg: InboundMessage, submission: Submission, deps: AcceptDeps): Promise<AcceptOutcome> {
  const { submitter } = submission;
  const agent = instructingAgentOf(msg, submitter);
  const duplicateKey = deps.keys.duplicateMessage(agent, msg.group.msgId);

  let t = process.hrtime.bigint();
  const lap = (stage: Parameters<NonNullable<AcceptDeps['observeStage']>>[0]) => {
    const now = process.hrtime.bigint();
    deps.observeStage?.(stage, Number(now - t) / 1e9);
    t = now;
  };
  const txKeys = msg.transactions.map((tx) => transactionKeys(tx, agent, deps.keys));
  for (let race = 0; race < MAX_RACES; race++) {
    // The first attempt is written without looking: the accept script checks every duplicate key anyway and stores
    // nothing when one exists ('duplicate' for the message, 'retry' for a transaction). Only then is the round trip
    // for the message key and every transaction key paid, so that transactions seen before are not screened again
    // and get their earlier outcome. Most messages are new: one round trip fewer per message.
    const duplicates = new Map<number, string>();
    if (race > 0) {
      const seen = await deps.store.existingKeys([duplicateKey, ...txKeys.flat()]);
      lap('dedupe');
      const earlier = seen.get(duplicateKey);
      if (earlier) return duplicateOutcome(earlier, submission, deps);
      txKeys.forEach((keys, i) => {
        const hit = keys.map((k) => seen.get(k)).find((v) => v !== undefined);
        if (hit) duplicates.set(i, hit);
      });
    }

    const { snapshot, results } = await deps.screening.screen(msg, {
      skip: new Set(duplicates.keys()),
      ...(deps.suppress ? { suppress: deps.suppress } : {}),
    });
    const now = deps.now();
    const planned = await plan(msg, results, duplicates, { agent, submitter, now, snapshot, deps });
    lap('screen');

    const at = now.toISOString();
    const forward = planned.enqueue.forward;
    const lookback = deps.rescreenLookbackMs ?? 0;
    // A plain literal, no spread in front: an object literal that starts with a spread is built as a copy of it
    // and then grows one property at a time (several microseconds for this one).
    const outcome = await deps.store.persistAccepted({
      cleared:
        forward && lookback > 0
          ? { unitId: forward.forwardId, payments: clearedPayments(msg, forward, at, deps.screening), atMs: now.getTime(), keepMs: lookback }
          : undefined,
      meta: planned.meta,
      raw: msg.raw,
      digest: submission.digest,
      result: planned.result,
      transactions: planned.states,
      plan: planned.enqueue,
      holds: planned.holds,
      duplicateKey,
      transactionKeys: txKeys.flatMap((keys, i) => (duplicates.has(i) ? [] : keys.map((key) => ({ key, value: `${planned.meta.id}:${i}` })))),
      intents: intentsOf(planned.enqueue),
      audit: [
        {
          type: 'received',
          messageId: planned.meta.id,
          at,
          actor: submitter,
          data: { msgType: msg.id.name, msgId: msg.group.msgId, instructingAgent: agent, nbOfTxs: msg.transactions.length, appHdr: !!msg.appHdr },
        },
        { type: 'screened', messageId: planned.meta.id, at, actor: 'gateway', data: screenedAuditData(msg, planned.result, snapshot) },
        ...planned.holds.map((h): AuditEventInput => ({
          type: 'held',
          messageId: h.messageId,
          holdId: h.id,
          at,
          actor: 'gateway',
          data: { index: h.index, deadline: h.deadline, postHoc: h.postHoc, entries: [...new Set(h.hits.map((x) => x.entryId))] },
        })),
        ...planned.result.transactions.flatMap((t) =>
          t.hits
            .filter((h) => h.suppressedBy)
            .map((h): AuditEventInput => ({
              type: 'exception-applied',
              messageId: planned.meta.id,
              at,
              actor: 'gateway',
              data: {
                exceptionId: h.suppressedBy,
                ...deps.suppressionAudit?.(h.suppressedBy!),
                entryId: h.entryId,
                method: h.method,
                field: h.field,
                index: t.index,
                endToEndId: t.endToEndId,
              },
            })),
        ),
        ...(planned.enqueue.forward
          ? [
              {
                type: 'forwarded' as const,
                messageId: planned.meta.id,
                at,
                actor: 'gateway',
                data: {
                  forwardId: planned.enqueue.forward.forwardId,
                  transactions: planned.enqueue.forward.txIndexes.length,
                  whole: planned.enqueue.forward.whole,
                },
              },
            ]
          : []),
      ],
    });
    lap('persist');
    if (outcome.kind === 'duplicate') return duplicateOutcome(outcome.existingId, submission, deps);
    if (outcome.kind === 'retry') continue;
    deps.dispatcher?.kick();
    const allDuplicate = msg.transactions.length > 0 && duplicates.size === msg.transactions.length;
    if (allDuplicate)
      return { httpStatus: 409, result: { ...planned.result, duplicate: true }, messageId: planned.meta.id, duplicate: 'DUPLICATE_TRANSACTION' };
    return { httpStatus: 200, result: planned.result, messageId: planned.meta.id, resultJson: outcome.resultJson };
  }
  throw new AppError('OVERLOADED', 'The same transactions are being submitted concurrently; retry the request');
}

/**
 * What the audit trail keeps of a screening: the list and policy versions, the count per decision, and each
 * transaction that was not cleared with the entries it hit. Bounded for large batches that mostly clear.
 */
function screenedAuditData(msg: InboundMessage, result: MessageResult, snapshot: ReturnType<ScreeningService['current']>): Record<string, unknown> {
  const counts: Record<string, number> = {};
  const flagged: { index: number; decision: string; entries: string[] }[] = [];
  for (const t of result.transactions) {
    counts[t.decision] = (counts[t.decision] ?? 0) + 1;
    if (t.decision !== 'clear' || t.hits.length > 0)
      flagged.push({ index: t.index, decision: t.decision, entries: [...new Set(t.hits.map((h) => h.entryId))] });
  }
  return {
    msgType: msg.id.name,
    nbOfTxs: msg.transactions.length,
    watchlistVersion: snapshot.screener.listVersion,
    policyVersion: snapshot.policy.version,
    decisions: counts,
    flagged,
  };
}

/** The queue jobs an accepted message needs: its forward, and a deadline job per hold. */
function intentsOf(p: EnqueuePlan): Intent[] {
  return [...(p.forward ? [{ kind: 'forward' as const, unit: p.forward }] : []), ...p.holds.map((h) => ({ kind: 'deadline' as const, holdId: h.holdId }))];
}

/** The (instructing agent, MsgId) scope of duplicate detection: GrpHdr/InstgAgt, else AppHdr/Fr, else the submitter. */
function instructingAgentOf(msg: InboundMessage, submitter: string): string {
  return msg.group.instructingAgent ?? msg.appHdr?.fromBic ?? msg.transactions[0]?.instructingAgent ?? `token:${submitter}`;
}

function transactionKeys(tx: TransactionView, agent: string, keys: RedisKeys): string[] {
  const out: string[] = [];
  if (tx.uetr) out.push(keys.duplicateUetr(tx.uetr));
  if (tx.txId) out.push(keys.duplicateTxId(tx.instructingAgent ?? agent, tx.txId));
  return out;
}

interface PlanContext {
  agent: string;
  submitter: string;
  now: Date;
  snapshot: ReturnType<ScreeningService['current']>;
  deps: AcceptDeps;
}

async function plan(msg: InboundMessage, results: readonly (TransactionScreening | undefined)[], duplicates: ReadonlyMap<number, string>, c: PlanContext) {
  const id = newId('m');
  const at = c.now.toISOString();
  const meta: MessageMeta = {
    id,
    type: msg.id.name,
    msgId: msg.group.msgId,
    nbOfTxs: msg.transactions.length,
    instructingAgent: c.agent,
    receivedAt: at,
    submitter: c.submitter,
    watchlistVersion: c.snapshot.screener.listVersion,
    policyVersion: c.snapshot.policy.version,
  };
  const states: TransactionState[] = [];
  const txResults: TransactionResult[] = [];
  const holds: HoldRecord[] = [];
  const cleared: number[] = [];

  for (const tx of msg.transactions) {
    const i = tx.index;
    const earlier = duplicates.get(i);
    if (earlier !== undefined) {
      const { state, result } = await earlierOutcome(earlier, tx, c.deps);
      states.push({ ...state, stage: 'duplicate', updatedAt: at });
      txResults.push(result);
      continue;
    }
    const s = results[i]!;
    if (s.decision === 'clear') {
      cleared.push(i);
      let postHocReviewId: string | undefined;
      if (s.postHocReview) {
        postHocReviewId = newId('p');
        holds.push(holdRecord(postHocReviewId, id, msg, tx, s, c, { postHoc: true }));
      }
      states.push({ status: 'ACSP', stage: 'forward-queued', updatedAt: at });
      txResults.push(transactionResult(msg, s, 'ACSP', postHocReviewId ? { postHocReviewId } : {}));
    } else if (s.decision === 'hold') {
      const holdId = newId('h');
      holds.push(holdRecord(holdId, id, msg, tx, s, c, { postHoc: false }));
      const { status, reasonCode } = statusOf('hold', c.deps.outcomes);
      states.push({ status, stage: 'held', holdId, ...(reasonCode ? { reasonCode } : {}), updatedAt: at });
      txResults.push(transactionResult(msg, s, status, { holdId, ...(reasonCode ? { reasonCode } : {}) }));
    } else {
      const { status, reasonCode } = statusOf('reject', c.deps.outcomes, s.reasonCode);
      states.push({ status, stage: 'rejected', ...(reasonCode ? { reasonCode } : {}), updatedAt: at });
      txResults.push(transactionResult(msg, s, status, reasonCode ? { reasonCode } : {}));
    }
  }

  let forward: ForwardUnit | undefined;
  if (cleared.length > 0) {
    const whole = cleared.length === msg.transactions.length;
    const forwardId = `${id}-f`;
    forward = { forwardId, messageId: id, txIndexes: cleared, whole, ...(whole ? {} : { msgId: derivedMsgId('CPF', forwardId) }) };
    for (const i of cleared) states[i] = { ...states[i]!, forwardId };
  }
  const result: MessageResult = {
    message: { type: msg.id.name, msgId: msg.group.msgId, nbOfTxs: msg.transactions.length, id, instructingAgent: c.agent },
    watchlistVersion: meta.watchlistVersion,
    policyVersion: meta.policyVersion,
    groupStatus: groupStatusOf(txResults.map((t) => t.status)),
    transactions: txResults,
  };
  const deadlines = holds.filter((h) => h.state === 'pending' && !h.postHoc).map((h) => ({ holdId: h.id, deadline: Date.parse(h.deadline) }));
  const enqueuePlan: EnqueuePlan = forward ? { forward, holds: deadlines } : { holds: deadlines };
  return { meta, states, result, holds, enqueue: enqueuePlan };
}

function holdRecord(
  holdId: string,
  messageId: string,
  msg: InboundMessage,
  tx: TransactionView,
  s: TransactionScreening,
  c: PlanContext,
  kind: { postHoc: boolean },
): HoldRecord {
  const top = s.hits.filter((h) => !h.suppressedBy).sort((a, b) => b.score - a.score)[0];
  return {
    id: holdId,
    messageId,
    index: tx.index,
    state: 'pending',
    createdAt: c.now.toISOString(),
    deadline: new Date(c.now.getTime() + holdDeadlineMs(tx, c.deps.outcomes.holdDeadlines)).toISOString(),
    score: top?.score ?? 0,
    method: top?.method ?? 'name',
    ...(tx.paymentType.serviceLevels[0] ? { serviceLevel: tx.paymentType.serviceLevels[0] } : {}),
    instant: c.deps.screening.isInstant(tx),
    postHoc: kind.postHoc,
    message: { type: msg.id.name, msgId: msg.group.msgId, instructingAgent: c.agent },
    transaction: {
      endToEndId: tx.endToEndId,
      ...(tx.txId ? { txId: tx.txId } : {}),
      ...(tx.uetr ? { uetr: tx.uetr } : {}),
      amount: tx.amount,
      payee: keptPayee(tx),
    },
    hits: s.hits.map(hitView),
    watchlistVersion: c.snapshot.screener.listVersion,
    policyVersion: c.snapshot.policy.version,
  };
}

/** The current outcome of an earlier transaction ("<gateway id>:<index>"), reported for its resend. */
async function earlierOutcome(ref: string, tx: TransactionView, deps: AcceptDeps): Promise<{ state: TransactionState; result: TransactionResult }> {
  const sep = ref.lastIndexOf(':');
  const messageId = ref.slice(0, sep);
  const index = Number(ref.slice(sep + 1));
  const earlier = await deps.store.get(messageId);
  const state = earlier?.transactions[index] ?? { status: 'RJCT' as TransactionStatus, stage: 'duplicate' as const, updatedAt: deps.now().toISOString() };
  const before = earlier?.result.transactions[index];
  return {
    state: { ...state },
    result: {
      index: tx.index,
      endToEndId: tx.endToEndId,
      ...(tx.txId !== undefined ? { txId: tx.txId } : {}),
      ...(tx.uetr !== undefined ? { uetr: tx.uetr } : {}),
      decision: before?.decision ?? 'reject',
      status: state.status,
      ...(state.reasonCode ? { reasonCode: state.reasonCode } : {}),
      ...(state.holdId ? { holdId: state.holdId } : {}),
      duplicateOf: { messageId, index },
      hits: before?.hits ?? [],
    },
  };
}

/**
 * A message whose (instructing agent, MsgId) was seen before. The identical message (same body bytes, same
 * submitter) is a replay: the hub did not get, or did not trust, the first answer, and gets it again — 200 with the
 * stored result (409 when the original was made only of earlier transactions), nothing done again. Any other
 * message under those identifiers is a duplicate: 409 with the earlier result and every transaction's current status.
 */
async function duplicateOutcome(messageId: string, resend: Submission, deps: Pick<AcceptDeps, 'store'>): Promise<AcceptOutcome> {
  const earlier = await deps.store.get(messageId);
  if (!earlier) throw new AppError('DUPLICATE_MESSAGE', `This message was received before as ${messageId}; its record has expired`);
  if (earlier.digest === resend.digest && earlier.meta.submitter === resend.submitter) {
    // The original's answer may have been "outcome unknown" because its write had not reached the replicas yet.
    await deps.store.settled();
    return replayOf(messageId, earlier.result);
  }
  const transactions = earlier.result.transactions.map((t, i) => {
    const now = earlier.transactions[i];
    return now ? { ...t, status: now.status, ...(now.reasonCode ? { reasonCode: now.reasonCode } : {}) } : t;
  });
  return {
    httpStatus: 409,
    messageId,
    duplicate: 'DUPLICATE_MESSAGE',
    result: { ...earlier.result, duplicate: true, groupStatus: groupStatusOf(transactions.map((t) => t.status)), transactions },
  };
}

/** The answer the original got, again. */
function replayOf(messageId: string, result: MessageResult): AcceptOutcome {
  const allDuplicate = result.transactions.length > 0 && result.transactions.every((t) => t.duplicateOf !== undefined);
  return allDuplicate
    ? { httpStatus: 409, messageId, result: { ...result, duplicate: true }, duplicate: 'DUPLICATE_TRANSACTION', replay: true }
    : { httpStatus: 200, messageId, result, replay: true };
}

/** What rescreening keeps of the payments a message cleared: payee fields, ids, the forward's key and the time. */
function clearedPayments(msg: InboundMessage, forward: ForwardUnit, at: string, screening: Pick<ScreeningService, 'isInstant'>): ClearedPayment[] {
  return forward.txIndexes.map((i) => {
    const tx = msg.transactions[i]!;
    return {
      messageId: forward.messageId,
      index: i,
      msgId: msg.group.msgId,
      ...(forward.whole ? {} : { forwardMsgId: forward.msgId! }),
      endToEndId: tx.endToEndId,
      ...(tx.txId ? { txId: tx.txId } : {}),
      ...(tx.uetr ? { uetr: tx.uetr } : {}),
      forwardId: forward.forwardId,
      clearedAt: at,
      instant: screening.isInstant(tx),
      payee: keptPayee(tx),
    };
  });
}

/** The payee fields as a hold or a cleared payment keeps them: what rescreening needs to screen them again. */
export function keptPayee(tx: Pick<TransactionView, 'payee'>): HoldRecord['transaction']['payee'] {
  return tx.payee.map((f) => ({
    path: f.path,
    role: f.role,
    kind: f.kind,
    value: f.value,
    ...(f.issuer ? { issuer: f.issuer } : {}),
    ...(f.partyType ? { partyType: f.partyType } : {}),
    ...(f.partyRef ? { partyRef: f.partyRef } : {}),
  }));
}
