/**
 * The forward queue's worker: one job, one group of forward units, handed to the delivery use case. What BullMQ
 * needs to know comes from the outcomes: while a unit of the group asks for a retry, the job fails with that unit's
 * error and BullMQ backs off and tries the group again (the units delivered or dead-lettered meanwhile are skipped,
 * so each unit is retried on its own); a unit out of attempts or refused for good is dead-lettered by the use case
 * and ends there, whatever the rest of its group does. A job that throws before it decided (its records could not be
 * read or written) is tried again without bound: FORWARD_ATTEMPTS counts deliveries, not Redis failures, and a try
 * that could not reach Redis is not counted at all (retryOrThrow).
 */
import { type Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { DeliveryService } from '../app/delivery-service';
import { type ForwardJobData, QUEUE_NAMES, unitsOf } from '../queues/queues';
import { type QueueConnection, retryOrThrow, workerOptions } from './worker-options';

export interface ForwardWorkerDeps {
  queues: QueueConnection;
  deliveries: DeliveryService;
  log: Logger;
  /** Groups in progress at once (FORWARD_CONCURRENCY: small groups at a low rate still go out side by side). */
  concurrency: number;
  /**
   * Deliveries of a unit before it is dead-lettered (FORWARD_ATTEMPTS). BullMQ's own attempts of the job are
   * unbounded (UNTIL_DECIDED): a job that throws because Redis failed is tried again until it decides. A job queued
   * by an earlier version carries its bound in its options, and the smaller of the two counts.
   */
  attempts: number;
  backoffBaseMs: number;
  onOutcome?: (outcome: 'delivered' | 'retry' | 'dead') => void;
}

export function startForwardWorker(d: ForwardWorkerDeps): Worker<ForwardJobData> {
  const worker = new Worker<ForwardJobData>(
    QUEUE_NAMES.forward,
    (job, token) => forward(job, token, d),
    workerOptions(d.queues, QUEUE_NAMES.forward, d.concurrency, d.backoffBaseMs),
  );
  worker.on('error', (e) => d.log.error({ err: e.message }, 'forward worker error'));
  worker.on('stalled', (jobId) => d.log.warn({ jobId }, 'forward job stalled (its worker lost it): run again'));
  return worker;
}

async function forward(
  job: Job<ForwardJobData>,
  token: string | undefined,
  d: ForwardWorkerDeps,
): Promise<{ delivered: number; dead: number; before: number }> {
  const units = unitsOf(job.data);
  const number = job.attemptsMade + 1;
  const outcomes = await d.deliveries
    .forwardAll(units, { number, last: number >= Math.min(job.opts.attempts ?? d.attempts, d.attempts) })
    .catch((e: unknown) => retryOrThrow(d.queues, job, token, e, d.log));
  const counts = { delivered: 0, dead: 0, before: 0 };
  let retry: Error | undefined;
  outcomes.forEach((outcome, i) => {
    const unit = units[i]!;
    switch (outcome.kind) {
      case 'done-before':
        counts.before++;
        return;
      case 'delivered':
        counts.delivered++;
        d.onOutcome?.('delivered');
        d.log.debug({ messageId: unit.messageId, forwardId: unit.forwardId, transactions: unit.txIndexes.length }, 'forwarded');
        return;
      case 'dead':
        counts.dead++;
        d.onOutcome?.('dead');
        d.log.error({ messageId: unit.messageId, forwardId: unit.forwardId, reason: outcome.reason }, 'forward dead-lettered');
        return;
      case 'retry':
        retry ??= outcome.error;
        d.onOutcome?.('retry');
        d.log.warn({ forwardId: unit.forwardId, attempt: number, err: outcome.error.message }, 'forward failed, will retry');
        return;
    }
  });
  if (retry) throw retry;
  return counts;
}
