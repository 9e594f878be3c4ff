/**
 * The status queue's worker: one job, one status report of a later decision (release → ACSP, reject / expiry → RJCT),
 * handed to the delivery use case (STATUS_URL, or DATA_DIR/status/). Retried like a forward; a refusal ends it.
 */
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { DeliveryService } from '../app/delivery-service';
import { QUEUE_NAMES, type StatusJobData } from '../queues/queues';
import { type QueueConnection, workerOptions } from './worker-options';

export interface StatusWorkerDeps {
  queues: QueueConnection;
  deliveries: DeliveryService;
  log: Logger;
  backoffBaseMs: number;
}

export function startStatusWorker(d: StatusWorkerDeps): Worker<StatusJobData> {
  const worker = new Worker<StatusJobData>(QUEUE_NAMES.status, (job) => deliverStatus(job, d), workerOptions(d.queues, QUEUE_NAMES.status, 4, d.backoffBaseMs));
  worker.on('error', (e) => d.log.error({ err: e.message }, 'status worker error'));
  return worker;
}

async function deliverStatus(job: Job<StatusJobData>, d: StatusWorkerDeps): Promise<void> {
  const outcome = await d.deliveries.deliverStatusReport(job.data);
  if (outcome.kind === 'delivered') return;
  d.log.warn({ reportId: job.data.reportId, attempt: job.attemptsMade + 1, err: outcome.error.message }, 'status report delivery failed');
  throw outcome.kind === 'refused' ? new UnrecoverableError(outcome.error.message) : outcome.error;
}
