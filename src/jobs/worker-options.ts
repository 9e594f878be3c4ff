import { DelayedError, type Job, type WorkerOptions } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import { BACKOFF_TYPE, cappedExponentialBackoff } from '../queues/queues';

/**
 * A job's lock is renewed every 2.5 s while it runs; a job whose worker lost it is run again within about 10 s (lock
 * expiry + the next stalled check; test/integration/lost-job.test.ts measured 7 s). Lost is a dead worker (a crash, a
 * power cut), or a fetch or an outcome that a Redis restart or failover cut off mid-way: the job stays active under a
 * token nobody renews. With the 15 s lock that took up to 30 s, the payment waiting all that time behind the others.
 * Delivery is idempotent, so a job taken over from a worker still alive (its event loop blocked for longer than the
 * lock) does no harm; renewals and stalled checks cost one small script per queue every 2.5 s and 5 s.
 */
const LOCK_MS = 5_000;

/**
 * After a connection error a worker waits this long before it fetches again or sends a job's outcome again (BullMQ's
 * default is 15 s: longer than the lock, so an outcome sent again after a Redis restart found the lock gone and the
 * job had to wait for the stalled check as well).
 */
const RUN_RETRY_MS = 1_000;

/**
 * A job whose worker stopped renewing its lock (a crash, a kill -9, a Redis failover that lost the lock) is stalled:
 * BullMQ hands it to another worker. By default it does so once and fails the job the second time without running
 * it, so a payment whose job stalled twice (two worker crashes, or a crash and a failover) would stay queued forever,
 * neither delivered nor dead-lettered. Every job here is idempotent (a delivered unit is skipped, a decided hold is
 * not decided again), so a stalled job is always run again.
 */
const MAX_STALLED = Number.MAX_SAFE_INTEGER;

/**
 * How soon a job whose use case could not reach Redis runs again. Not BullMQ's backoff: that doubles per attempt (to
 * 5 minutes) and counts towards FORWARD_ATTEMPTS, which is for the core's failures. A job is only handed out while its
 * worker reaches Redis, so while Redis is down nothing spins; when it is back, the job goes within a second.
 */
const STORE_RETRY_MS = 1_000;

/**
 * Where the queues are: the connection (one that retries forever), BullMQ's key prefix of a queue
 * (RedisKeys.queuePrefix), and which errors mean that Redis could not be reached (store/redis isRedisUnavailable).
 */
export interface QueueConnection {
  readonly connection: Redis | Cluster;
  readonly prefix: (queue: string) => string;
  readonly isStoreUnavailable: (e: unknown) => boolean;
}

/**
 * What a processor does with the error of its use case. One that says Redis could not be reached (a restart, a
 * failover) decided nothing: the job waits STORE_RETRY_MS, and the try is not counted, so neither the next try's
 * backoff nor a delivery's last attempt (attemptsMade against FORWARD_ATTEMPTS) moves. Every other error is thrown
 * for BullMQ to count and back off. If the job cannot be moved (Redis gone again, or its lock lost meanwhile), the
 * error goes to BullMQ as before: a counted try, or a stalled job run again.
 */
export async function retryOrThrow(q: QueueConnection, job: Job, token: string | undefined, error: unknown): Promise<never> {
  if (token === undefined || !q.isStoreUnavailable(error)) throw error;
  try {
    await job.moveToDelayed(Date.now() + STORE_RETRY_MS, token);
  } catch {
    throw error;
  }
  throw new DelayedError();
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
    runRetryDelay: RUN_RETRY_MS,
    settings: {
      backoffStrategy: (attemptsMade: number, type?: string) => (type === BACKOFF_TYPE ? backoff(attemptsMade) : 0),
    },
  };
}
