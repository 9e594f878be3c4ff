import type { WorkerOptions } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { BACKOFF_TYPE, cappedExponentialBackoff } from '../queues/queues';

/**
 * A job's lock is renewed every 7.5 s while it runs; if its worker dies (a crash, a power cut), the job is handed to
 * another worker within about 30 s (lock expiry + the next stalled check) instead of BullMQ's default of up to a
 * minute. Delivery is idempotent, so a job taken over from a worker that was still alive does no harm.
 */
const LOCK_MS = 15_000;

/** Where the queues are: the connection (one that retries forever) and BullMQ's key prefix of a queue (RedisKeys.queuePrefix). */
export interface QueueConnection {
  readonly connection: Redis | Cluster;
  readonly prefix: (queue: string) => string;
}

export function workerOptions(q: QueueConnection, queue: string, concurrency: number, backoffBaseMs: number): WorkerOptions {
  const backoff = cappedExponentialBackoff(backoffBaseMs);
  return {
    connection: q.connection,
    prefix: q.prefix(queue),
    concurrency,
    lockDuration: LOCK_MS,
    stalledInterval: LOCK_MS,
    settings: {
      backoffStrategy: (attemptsMade: number, type?: string) => (type === BACKOFF_TYPE ? backoff(attemptsMade) : 0),
    },
  };
}
