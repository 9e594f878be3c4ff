/**
 * The review queue's worker. Each hold is a delayed job that becomes due at the hold's deadline; BullMQ hands a due
 * job to exactly one worker among all gateway instances on the Redis, and ReviewService.expire is a compare-and-set
 * on the hold's state, so the expiry policy runs once even if a job is retried. Jobs survive restarts with Redis.
 */
import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { ReviewService } from '../app/review-service';
import { QUEUE_NAMES, type ReviewJobData } from '../queues/queues';
import { type QueueConnection, retryOrThrow, workerOptions } from './worker-options';

export function startDeadlineWorker(d: { queues: QueueConnection; review: ReviewService; log: Logger }): Worker<ReviewJobData> {
  const worker = new Worker<ReviewJobData>(
    QUEUE_NAMES.review,
    async (job, token) => {
      const outcome = await d.review.expire(job.data.holdId).catch((e: unknown) => retryOrThrow(d.queues, job, token, e, d.log));
      if (outcome !== 'ignored') d.log.info({ holdId: job.data.holdId, outcome }, 'hold deadline passed');
      return outcome;
    },
    workerOptions(d.queues, QUEUE_NAMES.review, 4, 1000),
  );
  worker.on('error', (e) => d.log.error({ err: e.message }, 'deadline worker error'));
  worker.on('stalled', (jobId) => d.log.warn({ jobId }, 'deadline job stalled (its worker lost it): run again'));
  return worker;
}
