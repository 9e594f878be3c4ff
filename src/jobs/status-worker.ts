/**
 * The status queue's worker: one job, one status report of a later decision (release → ACSP, reject / expiry → RJCT),
 * handed to the delivery use case (STATUS_URL, or DATA_DIR/status/). Like a forward: FORWARD_ATTEMPTS counts the
 * hub's failures, and a report refused or out of attempts ends as a dead letter the use case records (the job
 * completes); a job that throws because Redis failed has decided nothing and is tried again without bound, a try
 * that could not reach Redis not counted (retryOrThrow).
 */
import { type Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { DeliveryService } from '../app/delivery-service';
import { QUEUE_NAMES, type StatusJobData } from '../queues/queues';
import { type QueueConnection, retryOrThrow, workerOptions } from './worker-options';

export interface StatusWorkerDeps {
  queues: QueueConnection;
  deliveries: DeliveryService;
  log: Logger;
  backoffBaseMs: number;
  /**
   * Deliveries of a report before it is dead-lettered (FORWARD_ATTEMPTS). A job queued by an earlier version carries
   * its bound in its options, and the smaller of the two counts.
   */
  attempts: number;
  onOutcome?: (outcome: 'delivered' | 'retry' | 'dead') => void;
}

export function startStatusWorker(d: StatusWorkerDeps): Worker<StatusJobData> {
  const worker = new Worker<StatusJobData>(
    QUEUE_NAMES.status,
    (job, token) => deliverStatus(job, token, d),
    workerOptions(d.queues, QUEUE_NAMES.status, 4, d.backoffBaseMs),
  );
  worker.on('error', (e) => d.log.error({ err: e.message }, 'status worker error'));
  worker.on('stalled', (jobId) => d.log.warn({ jobId }, 'status job stalled (its worker lost it): run again'));
  return worker;
}

async function deliverStatus(job: Job<StatusJobData>, token: string | undefined, d: StatusWorkerDeps): Promise<void> {
  const number = job.attemptsMade + 1;
  const outcome = await d.deliveries
    .deliverStatusReport(job.data, { number, last: number >= Math.min(job.opts.attempts ?? d.attempts, d.attempts) })
    .catch((e: unknown) => retryOrThrow(d.queues, job, token, e, d.log));
  d.onOutcome?.(outcome.kind);
  if (outcome.kind === 'delivered') return;
  if (outcome.kind === 'dead') {
    d.log.error({ reportId: job.data.reportId, messageId: job.data.messageId, reason: outcome.reason }, 'status report dead-lettered');
    return;
  }
  d.log.warn({ reportId: job.data.reportId, attempt: number, err: outcome.error.message }, 'status report delivery failed, will retry');
  throw outcome.error;
}
