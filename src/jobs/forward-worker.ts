/**
 * Delivers cleared transactions to the core. At-least-once with a stable Idempotency-Key (the forward id): the worker
 * skips a unit already delivered, and a redelivery after a crash carries the same key (HTTP) or replaces the same
 * file (outbox), so the core books each payment once. 4xx from the core is final: the unit goes to the dead letters,
 * visible in GET /v1/forwards/dead-letters, in the message status and in the metrics.
 */
import { Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { buildForwardMessage, readMessage } from '../iso20022';
import type { MessageStore } from '../store/message-store';
import type { RedisKeys } from '../store/keys';
import { QUEUE_NAMES } from '../store/keys';
import type { ForwardJobData } from '../queues/queues';
import { workerOptions } from './worker-options';
import type { TransactionState } from '../model/records';
import { PermanentDeliveryError, XmlSink } from '../model/delivery';
import type { Logger } from 'pino';

export interface ForwardWorkerDeps {
  connection: Redis;
  keys: RedisKeys;
  store: MessageStore;
  sink: XmlSink;
  log: Logger;
  concurrency: number;
  backoffBaseMs: number;
  now: () => Date;
  onOutcome?: (outcome: 'delivered' | 'retry' | 'dead') => void;
}

export function startForwardWorker(d: ForwardWorkerDeps): Worker<ForwardJobData> {
  const worker = new Worker<ForwardJobData>(QUEUE_NAMES.forward, (job) => processForward(job, d), workerOptions(d.connection, d.keys, d.concurrency, d.backoffBaseMs));
  worker.on('error', (e) => d.log.error({ err: e.message }, 'forward worker error'));
  return worker;
}

export function forwardXml(unit: ForwardJobData, raw: string): string {
  if (unit.whole) return raw;
  return buildForwardMessage(readMessage(raw, { validate: false }), unit.txIndexes, { msgId: unit.msgId! });
}

async function processForward(job: Job<ForwardJobData>, d: ForwardWorkerDeps): Promise<string> {
  const unit = job.data;
  const ctx = await d.store.forwardContext(unit.messageId, unit.forwardId, unit.txIndexes);
  if (ctx.state === 'delivered' || ctx.state === 'dead') return ctx.state;
  if (ctx.raw === null) {
    await deadLetter(unit, ctx.transactions, d, 'the stored original is gone');
    throw new UnrecoverableError('stored original missing');
  }
  try {
    await d.sink.deliver({ key: unit.forwardId, xml: forwardXml(unit, ctx.raw), headers: { 'X-Chokepoint-Message-Id': unit.messageId } });
  } catch (e) {
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (e instanceof PermanentDeliveryError || last) {
      await deadLetter(unit, ctx.transactions, d, (e as Error).message, e instanceof PermanentDeliveryError ? e.status : undefined);
      throw new UnrecoverableError((e as Error).message);
    }
    d.onOutcome?.('retry');
    d.log.warn({ forwardId: unit.forwardId, attempt: job.attemptsMade + 1, err: (e as Error).message }, 'forward failed, will retry');
    throw e;
  }
  const at = d.now().toISOString();
  await d.store.finishForward(unit.messageId, unit.forwardId, 'delivered', unit.txIndexes, statesAfter(unit, ctx.transactions, 'forwarded', at), {
    type: 'delivered',
    messageId: unit.messageId,
    at,
    actor: 'gateway',
    data: { forwardId: unit.forwardId, transactions: unit.txIndexes.length, attempts: job.attemptsMade + 1 },
  });
  d.onOutcome?.('delivered');
  d.log.debug({ messageId: unit.messageId, forwardId: unit.forwardId, transactions: unit.txIndexes.length, to: d.sink.description }, 'forwarded');
  return 'delivered';
}

/** The transactions' new states; a released hold keeps its hold id, so the status view can link the two. */
function statesAfter(unit: ForwardJobData, before: readonly (TransactionState | undefined)[], stage: 'forwarded' | 'dead-letter', at: string): TransactionState[] {
  return unit.txIndexes.map((_, n) => ({
    status: 'ACSP',
    stage,
    forwardId: unit.forwardId,
    ...(before[n]?.holdId ? { holdId: before[n]!.holdId } : {}),
    updatedAt: at,
  }));
}

async function deadLetter(unit: ForwardJobData, before: readonly (TransactionState | undefined)[], d: ForwardWorkerDeps, why: string, status?: number): Promise<void> {
  const at = d.now().toISOString();
  await d.store.recordDeadLetter(unit.forwardId, { forwardId: unit.forwardId, messageId: unit.messageId, transactions: unit.txIndexes, reason: why, ...(status ? { httpStatus: status } : {}), at });
  await d.store.finishForward(unit.messageId, unit.forwardId, 'dead', unit.txIndexes, statesAfter(unit, before, 'dead-letter', at), {
    type: 'dead-lettered',
    messageId: unit.messageId,
    at,
    actor: 'gateway',
    data: { forwardId: unit.forwardId, reason: why, ...(status ? { httpStatus: status } : {}) },
  });
  d.onOutcome?.('dead');
  d.log.error({ messageId: unit.messageId, forwardId: unit.forwardId, reason: why }, 'forward dead-lettered');
}
