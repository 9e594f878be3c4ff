import { Cluster, ClusterOptions, Redis, RedisOptions } from 'ioredis';
import type { RedisTopology } from '../model/redis-topology';
import { AppError } from '../errors/app-error';

/**
 * Two kinds of connection:
 * - 'request': the HTTP path. No offline queue and one retry, so that a request fails fast with 503
 *   (nothing accepted) when Redis is down, instead of hanging until the hub times out.
 * - 'worker': BullMQ workers and blocking commands. Retries forever (BullMQ requires maxRetriesPerRequest null).
 */
export type ConnectionKind = 'request' | 'worker';

/** A connection to the gateway's Redis: one server (direct or through Sentinel), or a Redis Cluster. */
export type RedisClient = Redis | Cluster;

/** Where to connect: the topology with the embedded server's address filled in. */
export type RedisTarget = Exclude<RedisTopology, { kind: 'single' }> | { kind: 'single'; url: string; password?: string };

/** A failover moves the primary: after a lost connection, ask again soon (Sentinel or the cluster names the new one). */
const SENTINEL_RETRY_CAP_MS = 500;

/**
 * Every connection of the product is made here. Through Sentinel, ioredis asks the sentinels for the current primary
 * whenever it (re)connects: a dead primary drops the connection, a demoted one has its clients killed by the sentinels
 * or answers READONLY (then it reconnects). ioredis's failoverDetector is left off: its +switch-master message,
 * arriving while ioredis is reconnecting after the primary died, ends the connection for good (status "end").
 */
export function createRedis(target: RedisTarget, kind: ConnectionKind, name: string): RedisClient {
  const cap = target.kind === 'single' ? 5_000 : SENTINEL_RETRY_CAP_MS;
  const common: RedisOptions = {
    connectionName: `chokepoint:${name}`,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 6), cap),
    ...(target.password ? { password: target.password } : {}),
    // On disconnect ioredis waits this long for a socket's 'close' before destroying it, also when the socket was
    // already closed by an error; its default of 2 s held every stop (and a failed start) for 2 s.
    disconnectTimeout: 300,
  };
  const options: RedisOptions =
    kind === 'request'
      ? { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 5_000 }
      : { ...common, maxRetriesPerRequest: null, enableReadyCheck: true };
  const redis: RedisClient =
    target.kind === 'cluster'
      ? createCluster(target.nodes, kind, options, cap)
      : target.kind === 'sentinel'
        ? new Redis({
            ...options,
            sentinels: target.sentinels.map((s) => ({ host: s.host, port: s.port })),
            name: target.name,
            role: 'master',
            sentinelRetryStrategy: (times) => Math.min(200 * times, 2_000),
            ...(target.sentinelPassword ? { sentinelPassword: target.sentinelPassword } : {}),
            // A demoted primary refuses writes: reconnect (Sentinel names the new one); the refused command is not resent.
            reconnectOnError: (e) => (/^READONLY/.test(e.message) ? 1 : false),
          })
        : new Redis(target.url, options);
  // ioredis emits 'error' on every failed reconnect; without a listener Node would crash the process.
  redis.on('error', () => undefined);
  return redis;
}

/**
 * Redis Cluster through ioredis's Cluster client: it learns the slot map from any node given, sends each command to
 * the primary of its key's slot, follows MOVED and ASK (a slot migrating) and asks for the map again after a
 * failover. The node connections get the options of a single server ('request': fail fast; 'worker': retry forever,
 * as BullMQ requires). Reads go to primaries only: a replica may lag, and every read here decides something.
 */
function createCluster(nodes: readonly { host: string; port: number }[], kind: ConnectionKind, options: RedisOptions, cap: number): Cluster {
  const { retryStrategy: _perNode, ...redisOptions } = options;
  const clusterOptions: ClusterOptions = {
    redisOptions,
    scaleReads: 'master',
    clusterRetryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 6), cap),
    // 'request' fails at once while the slot map is being learnt again (503, nothing stored); 'worker' waits.
    enableOfflineQueue: kind !== 'request',
    enableReadyCheck: true,
    retryDelayOnFailover: 200,
    retryDelayOnClusterDown: 200,
    retryDelayOnTryAgain: 100,
    maxRedirections: 16,
    slotsRefreshTimeout: 2_000,
  };
  return new Cluster(
    nodes.map((n) => ({ host: n.host, port: n.port })),
    clusterOptions,
  );
}

/** Resolves once the connection is ready (or rejects after timeoutMs). */
export function waitReady(redis: RedisClient, timeoutMs = 10_000): Promise<void> {
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

/** Error replies with which Redis refuses a command as a whole, before running any of it. */
const REFUSED_WHOLE = /^(READONLY|LOADING|MISCONF|OOM|BUSY|NOREPLICAS|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|NOAUTH|WRONGPASS|NOPERM)\b/;

/** Messages of ioredis for a command it never wrote to a socket (no connection and no offline queue). */
const NEVER_SENT = /enableOfflineQueue options is false/;

/**
 * true for errors that mean "Redis is not reachable now" (as opposed to a bug): the request is answered 503 and
 * may be retried. For a read that is the whole truth; a write goes through `confirmedWrite`, which tells the writes
 * that may have happened from those that certainly did not.
 */
export function isRedisUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  return (
    e.name === 'MaxRetriesPerRequestError' ||
    NEVER_SENT.test(e.message) ||
    (e.name === 'ReplyError' && REFUSED_WHOLE.test(e.message)) ||
    /Connection is closed|ECONNREFUSED|ECONNRESET|EPIPE|Command timed out|Too many Cluster redirections|Failed to refresh slots cache|All sentinels are unreachable/.test(
      e.message,
    )
  );
}

/**
 * What a failed write says about its effect. 'not-written': the command never left this process, or Redis refused it
 * as a whole (an error reply before running it), so nothing was stored. 'unknown': it was sent and no answer came —
 * the connection dropped, the command timed out, or the retry after a reconnect failed — so it may have run. Other
 * errors (a script's own error: a bug) are neither.
 */
export function writeFailure(e: unknown): 'not-written' | 'unknown' | undefined {
  if (!(e instanceof Error)) return undefined;
  if (NEVER_SENT.test(e.message)) return 'not-written';
  if (e.name === 'ReplyError') return REFUSED_WHOLE.test(e.message) ? 'not-written' : undefined;
  return isRedisUnavailable(e) ? 'unknown' : undefined;
}

/**
 * Runs a write whose answer the caller reports to someone as done or not done. A write that may have happened
 * without an answer becomes STORE_OUTCOME_UNKNOWN (never "nothing stored"); one that certainly did not happen keeps
 * its error (answered 503 STORE_UNAVAILABLE).
 */
export async function confirmedWrite<T>(write: () => Promise<T>, what: string): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (writeFailure(e) === 'unknown') {
      throw new AppError('STORE_OUTCOME_UNKNOWN', `The durable store (Redis) did not answer the ${what}: it may or may not have been done`, { cause: e });
    }
    throw e;
  }
}

/** The URL as it may be shown in a log line or an error: the password replaced by `***`. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/**
 * At start, Redis must answer within `timeoutMs`, or the start fails with a line naming the URL (password redacted)
 * and the last connection error: a supervisor sees a wrong REDIS_URL as a failed start it can report and retry,
 * instead of a process that runs forever without ever being ready. (Once running, a lost Redis is waited for.)
 */
export async function connectOrFail(redis: RedisClient, target: RedisTarget, timeoutMs: number): Promise<void> {
  let last: string | undefined;
  const onError = (e: Error) => (last = e.message);
  redis.on('error', onError);
  try {
    await waitReady(redis, timeoutMs);
  } catch {
    throw new AppError(
      'NOT_READY',
      `Redis ${describeTarget(target)} did not answer within ${timeoutMs / 1000} s${last ? ` (${last})` : ''}: check ${target.kind === 'single' ? 'REDIS_URL' : target.kind === 'sentinel' ? 'REDIS_SENTINELS and REDIS_SENTINEL_NAME' : 'REDIS_CLUSTER_NODES'} (REDIS_CONNECT_TIMEOUT sets how long to wait at start)`,
    );
  } finally {
    redis.off('error', onError);
  }
}

/** Where a target points, for messages (passwords left out). */
export function describeTarget(target: RedisTarget): string {
  const list = (nodes: readonly { host: string; port: number }[]) => nodes.map((n) => `${n.host}:${n.port}`).join(',');
  if (target.kind === 'single') return `at ${redactRedisUrl(target.url)}`;
  if (target.kind === 'sentinel') return `master ${target.name} of the sentinels ${list(target.sentinels)}`;
  return `cluster at ${list(target.nodes)}`;
}

/**
 * Closes a connection without waiting on a Redis that is not there: QUIT (which lets replies in flight arrive) when
 * the connection is ready, bounded by `timeoutMs`; otherwise — or after that — the socket is dropped. A QUIT queued on
 * a connection that never connected would otherwise wait forever and keep the process from exiting.
 */
export async function closeRedis(redis: RedisClient, timeoutMs = 2_000): Promise<void> {
  if (redis.status === 'ready') {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([redis.quit().catch(() => undefined), new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
    clearTimeout(timer);
  }
  redis.disconnect();
}
