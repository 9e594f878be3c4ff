/**
 * Composition root: config → Redis → stores and queues → use cases → workers → HTTP. The only place that wires
 * adapters together. Used by `chokepoint serve` / `chokepoint work` (npm start), by the integration tests and by
 * the benchmark.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Express, Router } from 'express';
import type { Config } from '../config';
import { loadPolicy } from '../config/policy';
import { createLogger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { RedisKeys } from '../store/keys';
import type { MessageStore } from '../store/message-store';
import type { HoldStore } from '../store/hold-store';
import { ExceptionStore } from '../store/exception-store';
import { WatchlistStore } from '../store/watchlist-store';
import { redisAnnouncements } from '../store/announcements';
import type { RedisAuditTrail } from '../store/audit-store';
import type { GatewayQueues } from '../queues/queues';
import type { IntentDispatcher } from '../queues/intent-dispatcher';
import { TokenRegistry, TokensFile, loadTokens } from '../http/tokens';
import { ScreeningService } from '../app/screening-service';
import { WatchlistService } from '../app/watchlist-service';
import type { ActiveWatchlist } from '../model/records';
import type { ReviewService } from '../app/review-service';
import { ExceptionService } from '../app/exception-service';
import { MessageReader } from '../runtime/message-reader';
import { MessageService } from '../app/message-service';
import { AcceptService } from '../app/accept-service';
import { buildApp } from '../http/app';
import { exceptionRoutes } from '../http/routes/exceptions';
import { reviewPageRouter } from '../http/routes/review-page';
import { reviewDashboardRoutes } from '../http/routes/review-dashboard';
import { ReviewDashboardService } from '../app/review-dashboard-service';
import { ReviewStatsStore } from '../store/review-stats-store';
import { vendorAssets } from '../ui/vendor';
import { loadStrictXsd } from '../strict-xsd';
import { Core, openCore } from './core';
import { startQueueWorkers } from './workers';

export { REVIEW_REJECT_REASONS } from './core';

export interface StartOptions {
  /** Bind the HTTP server (default true). Tests use the app with supertest instead. */
  listen?: boolean;
  /** Run the queue workers in this process (default: config RUN_WORKERS). `chokepoint serve` runs them in worker processes. */
  workers?: boolean;
  /** Run the intent dispatcher and the audit sealer here even without in-process workers (default: with them). */
  background?: boolean;
  log?: Logger;
  now?: () => Date;
  /** Print generated tokens (npm start does, once). */
  onTokensGenerated?: (file: TokensFile, path: string) => void;
  /** Extra routers, mounted after the gateway's own (the reviewers' page and the exceptions API are built in). */
  routers?: (deps: { review: ReviewService; tokens: TokenRegistry }) => Router[];
  /** Interval of the crash-recovery sweep (default 15 s). */
  recoveryIntervalMs?: number;
  /** Metrics of other processes of this gateway (worker processes), merged into GET /metrics. */
  extraMetrics?: () => Promise<unknown[][]>;
}

export interface RunningGateway {
  readonly app: Express;
  readonly server?: http.Server;
  readonly url?: string;
  readonly config: Config;
  readonly keys: RedisKeys;
  readonly redis: Redis;
  readonly redisUrl: string;
  readonly messages: MessageService;
  readonly review: ReviewService;
  readonly exceptions: ExceptionService;
  readonly watchlist: WatchlistService;
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
  try {
    return await startHttp(core, options, inProcessWorkers);
  } catch (e) {
    await core.closers.closeAll();
    throw e;
  }
}

/** `chokepoint work`: the queue workers alone (no HTTP, no watchlist). */
export async function startWorkerProcess(config: Config, options: Pick<StartOptions, 'log' | 'now' | 'recoveryIntervalMs'> = {}): Promise<{ core: Core; close(): Promise<void> }> {
  const log = options.log ?? createLogger(config.logLevel);
  const core = await openCore(config, {
    log,
    now: options.now ?? (() => new Date()),
    background: true,
    ...(options.recoveryIntervalMs !== undefined ? { recoveryIntervalMs: options.recoveryIntervalMs } : {}),
  });
  startQueueWorkers(core);
  return { core, close: () => core.closers.closeAll() };
}

async function startHttp(core: Core, options: StartOptions, inProcessWorkers: boolean): Promise<RunningGateway> {
  const { config, log, now, redis, keys, metrics, audit, store, holds, queues, dispatcher, reports, review, closers } = core;
  const tokens = await loadTokens({ tokensFile: config.tokensFile, dataDir: config.dataDir });
  if (tokens.generated) options.onTokensGenerated?.(tokens.file, tokens.path);
  const tokenRegistry = new TokenRegistry(tokens.file);

  const policy = loadPolicy(config);
  const announcements = redisAnnouncements(redis, core.subscriber, keys, (e) => log.warn({ err: (e as Error).message }, 'announcement not understood'));
  const watchlist = new WatchlistService({
    store: new WatchlistStore(redis, keys),
    announcements: announcements.watchlist,
    policy,
    ...(config.watchlistHmacKey ? { hmacKey: config.watchlistHmacKey } : {}),
    dataDir: config.dataDir,
    configuredFile: config.watchlistFile,
    now,
    onLoaded: (a: ActiveWatchlist, index: string | undefined) => {
      log.info({ version: a.version, entries: a.entries, origin: a.origin, index }, 'watchlist active');
      void audit.record({ type: 'watchlist-loaded', at: now().toISOString(), actor: 'gateway', data: { version: a.version, entries: a.entries, origin: a.origin } }).catch(() => undefined);
    },
  });
  const initial = await watchlist.loadInitial();
  const statusPolicy = {
    rejectReason: config.rejectReason,
    pendingStatus: config.pendingStatus,
    ...(config.pendingReason ? { pendingReason: config.pendingReason } : {}),
  };
  const screening = new ScreeningService(initial.snapshot, { instantCodes: config.instantCodes, status: statusPolicy });
  watchlist.attach(screening);
  await watchlist.follow((msg, err) => log.info({ err: err ? (err as Error).message : undefined }, msg));
  closers.push(() => watchlist.close());

  const exceptions = new ExceptionService({
    store: new ExceptionStore(redis, keys),
    holds,
    messages: store,
    audit,
    announcements: announcements.exceptions,
    now,
    onError: (what, e) => log.warn({ err: (e as Error).message }, what),
  });
  await exceptions.follow();
  closers.push(() => exceptions.close());
  const reader = new MessageReader({ largeBodyBytes: config.largeBodyBytes, threads: 1, validate: config.schemaValidation });
  if (!config.schemaValidation) log.warn('SCHEMA_VALIDATION=off: messages are not validated against their schema (for measurements only)');
  closers.push(() => reader.close());
  const strict = config.strictXsdDir ? await loadStrictXsd(config.strictXsdDir) : undefined;
  if (strict) {
    closers.push(async () => strict.close());
    log.info({ dir: config.strictXsdDir, namespaces: strict.namespaces.length }, 'strict mode: operator XSDs loaded');
  }
  const messages = new MessageService({
    reader,
    ...(strict ? { strict } : {}),
    screening,
    reports,
    store,
    metrics,
    accept: new AcceptService({
      screening,
      store,
      keys,
      // The process that runs the dispatcher moves intents at once; otherwise the worker process polls (≤ 50 ms).
      ...(inProcessWorkers || options.background ? { dispatcher } : {}),
      suppress: exceptions.suppressor(),
      suppressionAudit: (id) => exceptions.appliedAuditData(id),
      now,
      observeStage: (stage, seconds) => metrics.acceptStage.observe({ stage }, seconds),
      outcomes: { ...statusPolicy, holdDeadlines: config.holdDeadlines },
    }),
  });

  if (inProcessWorkers) startQueueWorkers(core);

  metrics.attachGauges({
    queueDepths: () => queues.depths(),
    openHolds: () => holds.countOpen(),
    deadLetters: () => store.deadLetterCount(),
    watchlist: () => ({ entries: watchlist.info()?.entries ?? 0, version: watchlist.info()?.version ?? 'none' }),
  });

  const app = buildApp({
    messages,
    review,
    watchlist,
    store,
    tokens: tokenRegistry,
    metrics,
    ...(options.extraMetrics ? { extraMetrics: options.extraMetrics } : {}),
    log,
    maxBodyBytes: config.maxBodyBytes,
    maxInFlight: config.maxInFlight,
    readiness: {
      async check() {
        const redisOk = await redis.ping().then((p) => p === 'PONG').catch(() => false);
        const list = watchlist.info();
        return { ready: redisOk && !!list, checks: { redis: redisOk, watchlist: list ? list.version : false } };
      },
    },
    extra: [
      exceptionRoutes(exceptions, tokenRegistry),
      reviewPageRouter({ review, tokens: tokenRegistry, watchlist: () => watchlist.info(), now }),
      reviewDashboardRoutes(new ReviewDashboardService({ stats: new ReviewStatsStore(redis, keys), now }), tokenRegistry),
      vendorAssets(),
      ...(options.routers?.({ review, tokens: tokenRegistry }) ?? []),
    ],
  });

  let server: http.Server | undefined;
  let url: string | undefined;
  if (options.listen !== false) {
    server = http.createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000, requestTimeout: 120_000 }, app);
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, () => resolve());
    });
    const addr = server.address() as AddressInfo;
    url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${addr.port}`;
    // Closed first: stop taking requests, let the ones in flight finish, then the rest shuts down.
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          server!.close(() => resolve());
          server!.closeIdleConnections();
          setTimeout(() => server!.closeAllConnections(), 10_000).unref();
        }),
    );
    log.info({ url }, 'chokepoint listening');
  }

  return {
    app,
    server,
    url,
    config,
    keys,
    redis,
    redisUrl: core.redisUrl,
    messages,
    review,
    exceptions,
    watchlist,
    audit,
    queues,
    dispatcher,
    store,
    holds,
    metrics,
    tokens: tokenRegistry,
    recover: core.recover,
    close: () => closers.closeAll(),
  };
}
