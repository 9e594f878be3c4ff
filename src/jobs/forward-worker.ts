/**
 * The forward queue's worker: one job, one forward unit, handed to the delivery use case. What BullMQ needs to know
 * comes from the outcome: a failure to retry is thrown as it came (BullMQ backs off and tries again), a dead letter
 * as UnrecoverableError (no more attempts).
 */
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { DeliveryService } from '../app/delivery-service';
import { type ForwardJobData, QUEUE_NAMES } from '../queues/queues';
import { type QueueConnection, workerOptions } from './worker-options';

export interface ForwardWorkerDeps {
  queues: QueueConnection;
  deliveries: DeliveryService;
  log: Logger;
  concurrency: number;
  backoffBaseMs: number;
  onOutcome?: (outcome: 'delivered' | 'retry' | 'dead') => void;
}

export function startForwardWorker(d: ForwardWorkerDeps): Worker<ForwardJobData> {
  const worker = new Worker<ForwardJobData>(QUEUE_NAMES.forward, (job) => forward(job, d), workerOptions(d.queues, d.concurrency, d.backoffBaseMs));
  worker.on('error', (e) => d.log.error({ err: e.message }, 'forward worker error'));
  return worker;
}

async function forward(job: Job<ForwardJobData>, d: ForwardWorkerDeps): Promise<string> {
  const unit = job.data;
  const number = job.attemptsMade + 1;
  const outcome = await d.deliveries.forward(unit, { number, last: number >= (job.opts.attempts ?? 1) });
  switch (outcome.kind) {
    case 'done-before':
      return outcome.state;
    case 'delivered':
      d.onOutcome?.('delivered');
      d.log.debug({ messageId: unit.messageId, forwardId: unit.forwardId, transactions: unit.txIndexes.length }, 'forwarded');
      return 'delivered';
    case 'dead':
      d.onOutcome?.('dead');
      d.log.error({ messageId: unit.messageId, forwardId: unit.forwardId, reason: outcome.reason }, 'forward dead-lettered');
      throw new UnrecoverableError(outcome.reason);
    case 'retry':
      d.onOutcome?.('retry');
      d.log.warn({ forwardId: unit.forwardId, attempt: number, err: outcome.error.message }, 'forward failed, will retry');
      throw outcome.error;
  }
}
