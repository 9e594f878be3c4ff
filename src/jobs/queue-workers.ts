/**
 * The gateway's background jobs, started together: forward (cleared payments → core or outbox), status (reports of
 * later decisions → hub), deadline (hold expiry). Each queue worker is as thin as a route: it hands its job to a use
 * case (DeliveryService, ReviewService) and tells BullMQ what became of it. They run in the HTTP process or in
 * queue-worker processes of their own (WORKER_PROCESSES).
 */
import type { Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { DeliveryService } from '../app/delivery-service';
import type { ReviewService } from '../app/review-service';
import type { Metrics } from '../observability/metrics';
import { startForwardWorker } from './forward-worker';
import { startStatusWorker } from './status-worker';
import { startDeadlineWorker } from './deadline-worker';
import type { QueueConnection } from './worker-options';

export interface QueueWorkerDeps {
  queues: QueueConnection;
  deliveries: DeliveryService;
  review: ReviewService;
  metrics: Metrics;
  log: Logger;
  /** Parallel deliveries to the core (FORWARD_CONCURRENCY). */
  forwardConcurrency: number;
  /** Deliveries of a forward unit, or of a status report, before it is dead-lettered (FORWARD_ATTEMPTS). */
  forwardAttempts: number;
  /** First retry delay of a delivery (FORWARD_BACKOFF); doubles, at most 5 minutes. */
  backoffBaseMs: number;
}

/** Starts the queue workers; `close` lets the active jobs finish. */
export function startQueueWorkers(d: QueueWorkerDeps): { close(): Promise<void> } {
  const { queues, deliveries, log } = d;
  const workers: Worker[] = [
    startForwardWorker({
      queues,
      deliveries,
      log,
      concurrency: d.forwardConcurrency,
      attempts: d.forwardAttempts,
      backoffBaseMs: d.backoffBaseMs,
      onOutcome: (o) => d.metrics.forwards.inc({ outcome: o }),
    }),
    startStatusWorker({
      queues,
      deliveries,
      log,
      backoffBaseMs: d.backoffBaseMs,
      attempts: d.forwardAttempts,
      onOutcome: (o) => d.metrics.statusReports.inc({ outcome: o }),
    }),
    startDeadlineWorker({ queues, review: d.review, log }),
  ];
  log.info({ core: deliveries.destinations.core, status: deliveries.destinations.hub }, 'queue workers started');
  return { close: async () => void (await Promise.all(workers.map((w) => w.close()))) };
}
