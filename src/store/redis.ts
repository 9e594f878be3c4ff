import { Redis, RedisOptions } from 'ioredis';

/**
 * Two kinds of connection:
 * - 'request': the HTTP path. No offline queue and one retry, so that a request fails fast with 503
 *   (nothing accepted) when Redis is down, instead of hanging until the hub times out.
 * - 'worker': BullMQ workers and blocking commands. Retries forever (BullMQ requires maxRetriesPerRequest null).
 */
export type ConnectionKind = 'request' | 'worker';

export function createRedis(url: string, kind: ConnectionKind, name: string): Redis {
  const common: RedisOptions = {
    connectionName: `chokepoint:${name}`,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 6), 5_000),
  };
  const options: RedisOptions =
    kind === 'request'
      ? { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 5_000 }
      : { ...common, maxRetriesPerRequest: null, enableReadyCheck: true };
  const redis = new Redis(url, options);
  // ioredis emits 'error' on every failed reconnect; without a listener Node would crash the process.
  redis.on('error', () => undefined);
  return redis;
}

/** Resolves once the connection is ready (or rejects after timeoutMs). */
export function waitReady(redis: Redis, timeoutMs = 10_000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis did not become ready within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off('ready', onReady);
    };
    redis.on('ready', onReady);
  });
}

/**
 * true for errors that mean "Redis is not reachable now" (as opposed to a bug): the request is answered 503 and
 * may be retried; nothing was accepted.
 */
export function isRedisUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  return (
    e.name === 'MaxRetriesPerRequestError' ||
    /enableOfflineQueue|Connection is closed|ECONNREFUSED|ECONNRESET|EPIPE|Command timed out|LOADING|READONLY|MISCONF/.test(e.message)
  );
}
