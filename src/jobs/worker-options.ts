import type { WorkerOptions } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { BACKOFF_TYPE, cappedExponentialBackoff } from '../queues/queues';

/**
 * A job's lock is renewed every 7.5 s while it runs; if its worker dies (a crash, a power cut), the job is handed to
 * another worker within about 30 s (lock expiry + the next stalled check) instead of BullMQ's default of up to a
 * minute. Delivery is idempotent, so a job taken over from a worker that was still alive does no harm.
 */
const LOCK_MS = 15_000;

/**
 * A job whose worker stopped renewing its lock (a crash, a kill -9, a Redis failover that lost the lock) is stalled:
 * BullMQ hands it to another worker. By default it does so once and fails the job the second time without running
 * it, so a payment whose job stalled twice (two worker crashes, or a crash and a failover) would stay queued forever,
 * neither delivered nor dead-lettered. Every job here is idempotent (a delivered unit is skipped, a decided hold is
 * not decided again), so a stalled job is always run again.
 */
const MAX_STALLED = Number.MAX_SAFE_INTEGER;

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
    maxStalledCount: MAX_STALLED,
    settings: {
      backoffStrategy: (attemptsMade: number, type?: string) => (type === BACKOFF_TYPE ? backoff(attemptsMade) : 0),
    },
  };
}
