/**
 * The composition root: config → Redis → stores and queues → use cases → queue workers → HTTP. The one folder that
 * wires adapters to use cases (this file and its siblings, one concern each: core, screening, messages, http,
 * policy, queue workers, the serve / work processes and the command line's connections). Used by `chokepoint serve` /
 * `chokepoint work` (npm start), by the integration tests and by the benchmark.
 */
import type http from 'node:http';
import type { RedisClient } from '../store/redis';
import type { Logger } from 'pino';
import type { Express } from 'express';
import type { Config } from '../config';
import { createLogger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { RedisKeys } from '../store/keys';
import { isRedisUnavailable, type RedisTarget } from '../store/redis';
import type { MessageStore } from '../store/message-store';
import type { HoldStore } from '../store/hold-store';
import type { RedisAuditTrail } from '../store/audit-store';
import type { GatewayQueues } from '../queues/queues';
import type { IntentDispatcher } from '../queues/intent-dispatcher';
import type { TokenRegistry } from '../http/tokens';
import type { GeneratedTokens } from '../http/token-file';
import type { WatchlistService } from '../app/watchlist-service';
import type { ReviewService } from '../app/review-service';
import type { RescreenService } from '../app/rescreen-service';
import type { ExceptionService } from '../app/exception-service';
import type { MessageService } from '../app/message-service';
import { Core, openCore } from './core';
import { openScreening } from './screening';
import { openMessages } from './messages';
import { openTokens, startHttp } from './http';
import { startQueueWorkers } from '../jobs/queue-workers';

export interface StartOptions {
  /** Bind the HTTP server (default true). Tests use the app with supertest instead. */
  listen?: boolean;
  /** Run the queue workers in this process (default: config RUN_WORKERS). `chokepoint serve` runs them in worker processes. */
  workers?: boolean;
  /** Run the intent dispatcher and the audit sealer here even without in-process workers (default: with them). */
  background?: boolean;
  log?: Logger;
  now?: () => Date;
  /** Show generated tokens (npm start does, once: on its terminal, or by naming the file that holds them). */
  onTokensGenerated?: (generated: GeneratedTokens) => void;
  /** Interval of the crash-recovery sweep (default 15 s). */
  recoveryIntervalMs?: number;
  /** Interval of the check for a rescreen not finished (default 60 s). */
  rescreenRetryMs?: number;
  /** Metrics of other processes of this gateway (queue-worker processes), merged into GET /metrics. */
  extraMetrics?: () => Promise<unknown[][]>;
  /** Run at close after HTTP has drained and before the queues and Redis close (serve stops its worker processes here). */
  beforeStoreCloses?: () => Promise<unknown>;
}

export interface RunningGateway {
  readonly app: Express;
  readonly server?: http.Server;
  readonly url?: string;
  readonly config: Config;
  readonly keys: RedisKeys;
  readonly redis: RedisClient;
  readonly redisTarget: RedisTarget;
  readonly messages: MessageService;
  readonly review: ReviewService;
  readonly exceptions: ExceptionService;
  readonly watchlist: WatchlistService;
  readonly rescreen: RescreenService;
  readonly audit: RedisAuditTrail;
  readonly queues: GatewayQueues;
  /** Moves queue intents of accepted messages into BullMQ (tests flush it). */
  readonly dispatcher: IntentDispatcher;
  readonly store: MessageStore;
  readonly holds: HoldStore;
  readonly metrics: Metrics;
  readonly tokens: TokenRegistry;
  /** Run the crash-recovery sweep now (tests). */
  recover(): ReturnType<ReviewService['recoverInterruptedDecisions']>;
  close(): Promise<void>;
}

export async function startGateway(config: Config, options: StartOptions = {}): Promise<RunningGateway> {
  const log = options.log ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const inProcessWorkers = options.workers ?? config.runWorkers;
  const core = await openCore(config, {
    log,
    now,
    background: inProcessWorkers || options.background === true,
    ...(options.recoveryIntervalMs !== undefined ? { recoveryIntervalMs: options.recoveryIntervalMs } : {}),
  });
  // Closers run in reverse: pushed now, this runs after everything opened below (HTTP first) and before Redis.
  if (options.beforeStoreCloses) core.closers.push(options.beforeStoreCloses);
  try {
    const tokens = await openTokens(core, options.onTokensGenerated);
    const screening = await openScreening(core, options.rescreenRetryMs !== undefined ? { rescreenRetryMs: options.rescreenRetryMs } : {});
    const messages = await openMessages(core, screening, { dispatcherHere: inProcessWorkers || options.background === true });
    if (inProcessWorkers) runQueueWorkers(core);
    const served = await startHttp(
      core,
      { screening, messages, tokens },
      { listen: options.listen !== false, ...(options.extraMetrics ? { extraMetrics: options.extraMetrics } : {}) },
    );
    return {
      ...served,
      config,
      keys: core.keys,
      redis: core.redis,
      redisTarget: core.redisTarget,
      messages,
      review: core.review,
      exceptions: screening.exceptions,
      watchlist: screening.watchlist,
      rescreen: screening.rescreen,
      audit: core.audit,
      queues: core.queues,
      dispatcher: core.dispatcher,
      store: core.store,
      holds: core.holds,
      metrics: core.metrics,
      tokens,
      recover: core.recover,
      close: () => core.closers.closeAll(),
    };
  } catch (e) {
    await core.closers.closeAll();
    throw e;
  }
}

/** `chokepoint work`: the queue workers alone (no HTTP, no watchlist). */
export async function startQueueWorkerProcess(
  config: Config,
  options: Pick<StartOptions, 'log' | 'now' | 'recoveryIntervalMs'> = {},
): Promise<{ core: Core; close: () => Promise<void> }> {
  const log = options.log ?? createLogger(config.logLevel);
  const core = await openCore(config, {
    log,
    now: options.now ?? (() => new Date()),
    background: true,
    ...(options.recoveryIntervalMs !== undefined ? { recoveryIntervalMs: options.recoveryIntervalMs } : {}),
  });
  runQueueWorkers(core);
  return { core, close: () => core.closers.closeAll() };
}

/** The queue workers in this process; closed before the queues and Redis (closers run in reverse order). */
function runQueueWorkers(core: Core): void {
  const workers = startQueueWorkers({
    queues: { connection: core.workerConnection, prefix: (queue: string) => core.keys.queuePrefix(queue), isStoreUnavailable: isRedisUnavailable },
    deliveries: core.deliveries,
    review: core.review,
    metrics: core.metrics,
    log: core.log,
    forwardConcurrency: core.config.forwardConcurrency,
    forwardAttempts: core.config.forwardAttempts,
    backoffBaseMs: core.config.forwardBackoffMs,
  });
  core.closers.push(() => workers.close());
}
