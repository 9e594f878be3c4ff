import { DelayedError, type Job, type WorkerOptions } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error';
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
 * How soon a job whose use case could not reach Redis runs again: STORE_RETRY_MS after each of its first
 * STORE_RETRIES_AT_ONCE such tries (a restart or failover is over within them), then doubling to STORE_RETRY_MAX_MS. Not BullMQ's backoff: that doubles per attempt (to 5 minutes) and
 * counts towards FORWARD_ATTEMPTS, which is for the core's failures. While Redis is down no job is handed out, so
 * nothing spins; but Redis can hand out jobs and still refuse the use case's writes (OOM at maxmemory, NOPERM of an ACL,
 * a down shard of a cluster), and a forward job then delivers again under the same Idempotency-Key at every try: the
 * doubling keeps that to one resend per job every 30 s instead of one a second.
 */
const STORE_RETRY_MS = 1_000;
const STORE_RETRIES_AT_ONCE = 3;
const STORE_RETRY_MAX_MS = 30_000;

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
 * What a processor does with the error of its use case. One that says Redis could not be reached or did not answer a
 * write (a restart, a failover, a refusal of the whole command, or STORE_OUTCOME_UNKNOWN: every job here is idempotent,
 * so running it again settles what the write did) decided nothing: the job waits (storeRetryDelayMs) and the try is
 * not counted, so neither the next try's backoff nor a delivery's last attempt (attemptsMade against FORWARD_ATTEMPTS)
 * moves. Every other error is thrown for BullMQ to count and back off. If the job cannot be moved (Redis gone again, or
 * its lock lost meanwhile), the error goes to BullMQ as before: a counted try, or a stalled job run again.
 */
export async function retryOrThrow(q: QueueConnection, job: Job, token: string | undefined, error: unknown, log: Logger): Promise<never> {
  const storeFailed = q.isStoreUnavailable(error) || (error instanceof AppError && error.code === 'STORE_OUTCOME_UNKNOWN');
  if (token === undefined || !storeFailed) throw error;
  const delayMs = storeRetryDelayMs(job);
  try {
    await job.moveToDelayed(Date.now() + delayMs, token);
  } catch {
    throw error;
  }
  log.warn(
    { queue: job.queueName, jobId: job.id, err: error instanceof Error ? error.message : String(error), retryInMs: delayMs },
    'job could not reach Redis: tried again, not counted',
  );
  throw new DelayedError();
}

/**
 * The tries of this job that did not count so far (BullMQ counts every start in attemptsStarted, and only counted
 * tries in attemptsMade), this one included, set the wait.
 */
export function storeRetryDelayMs(job: Pick<Job, 'attemptsStarted' | 'attemptsMade'>): number {
  const uncounted = Math.max(1, job.attemptsStarted - job.attemptsMade);
  return Math.min(STORE_RETRY_MAX_MS, STORE_RETRY_MS * 2 ** Math.min(Math.max(0, uncounted - STORE_RETRIES_AT_ONCE), 16));
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
