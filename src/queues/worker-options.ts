import type { WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RedisKeys } from '../store/keys';
import { BACKOFF_TYPE, cappedExponentialBackoff } from './queues';

export function workerOptions(connection: Redis, keys: RedisKeys, concurrency: number, backoffBaseMs: number): WorkerOptions {
  const backoff = cappedExponentialBackoff(backoffBaseMs);
  return {
    connection,
    prefix: keys.bullPrefix,
    concurrency,
    settings: {
      backoffStrategy: (attemptsMade: number, type?: string) => (type === BACKOFF_TYPE ? backoff(attemptsMade) : 0),
    },
  };
}
