/**
 * Composition root: config → Redis → stores and queues → use cases → workers → HTTP. The only place that wires
 * adapters together. Used by `chokepoint serve` (npm start), by the integration tests and by the benchmark.
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Worker } from 'bullmq';
import type { Express } from 'express';
import type { Config } from './config';
import { loadPolicy } from './config/policy';
import { createLogger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { EmbeddedRedis, startEmbeddedRedis } from './runtime/embedded-redis';
import { createRedis, waitReady } from './store/redis';
import { RedisKeys } from './store/keys';
import { MessageStore } from './store/message-store';
import { HoldStore } from './store/hold-store';
import { ExceptionStore } from './store/exception-store';
import { RedisAuditTrail } from './store/audit-store';
import { GatewayQueues } from './queues/queues';
import { TokenRegistry, TokensFile, loadTokens } from './auth/tokens';
import { ScreeningService } from './app/screening-service';
import { WatchlistService, ActiveWatchlist } from './app/watchlist-service';
import { StatusReports } from './app/status-reports';
import { ReviewService } from './app/review-service';
import { ExceptionService } from './app/exceptions';
import { MessageReader } from './app/message-reader';
import { Gateway } from './app/gateway';
import { recover } from './app/recovery';
import { HttpSink } from './delivery/http-sink';
import { DirectorySink } from './delivery/directory-sink';
import type { XmlSink } from './delivery/sink';
import { startForwardWorker } from './forwarding/forward-worker';
import { startStatusWorker } from './status/status-worker';
import { startDeadlineWorker } from './review/deadline-worker';
import { buildApp } from './http/app';
import { IntentDispatcher } from './queues/intent-dispatcher';
import { exceptionRoutes } from './http/routes/exceptions';
import { loadStrictXsd } from './strict-xsd';
import type { Router } from 'express';

/** ISO 20022 ExternalStatusReason1Code values a reviewer may give when rejecting (shown in the review page). */
export const REVIEW_REJECT_REASONS = ['RR04', 'AG01', 'AC04', 'AC06', 'BE01', 'FF01', 'MS02', 'MS03', 'NOAS', 'RR01', 'RR02', 'RR03'] as const;

export interface StartOptions {
  /** Bind the HTTP server (default true). Tests use the app with supertest instead. */
  listen?: boolean;
  log?: Logger;
  now?: () => Date;
  /** Print generated tokens (npm start does, once). */
  onTokensGenerated?: (file: TokensFile, path: string) => void;
  /** Extra routers (the reviewers' page). */
  routers?: (deps: { review: ReviewService; tokens: TokenRegistry }) => Router[];
  /** Interval of the crash-recovery sweep (default 15 s). */
  recoveryIntervalMs?: number;
}

export interface RunningGateway {
  readonly app: Express;
  readonly server?: http.Server;
  readonly url?: string;
  readonly config: Config;
  readonly keys: RedisKeys;
  readonly redis: Redis;
  readonly redisUrl: string;
  readonly gateway: Gateway;
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
  recover(): ReturnType<typeof recover>;
  close(): Promise<void>;
}

export async function startGateway(config: Config, options: StartOptions = {}): Promise<RunningGateway> {
  const log = options.log ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch((e) => log.warn({ err: (e as Error).message }, 'while closing'));
  };

  try {
    let embedded: EmbeddedRedis | undefined;
    let redisUrl = config.redisUrl;
    if (!redisUrl) {
      embedded = await startEmbeddedRedis({ dataDir: config.dataDir, persistence: 'aof-always' });
      closers.push(() => embedded!.stop());
      redisUrl = embedded.url;
      log.info({ redis: redisUrl, adopted: embedded.adopted, dir: path.join(config.dataDir, 'redis') }, 'embedded redis-server (append-only, fsync always)');
    }
    const redis = createRedis(redisUrl, 'request', 'request');
    const workerConnection = createRedis(redisUrl, 'worker', 'worker');
    const subscriber = createRedis(redisUrl, 'worker', 'subscriber');
    closers.push(() => redis.quit(), () => workerConnection.quit(), () => subscriber.quit());
    await waitReady(redis, 15_000);

    const keys = new RedisKeys(config.redisPrefix);
    const metrics = new Metrics();
    const tokens = await loadTokens({ tokensFile: config.tokensFile, dataDir: config.dataDir });
    if (tokens.generated) options.onTokensGenerated?.(tokens.file, tokens.path);
    const tokenRegistry = new TokenRegistry(tokens.file);

    const policy = loadPolicy(config);
    const audit = new RedisAuditTrail(redis, keys, (e) => log.warn({ err: (e as Error).message }, 'audit sealer'));
    audit.startSealing();
    closers.push(() => audit.stopSealing());
    const watchlist = new WatchlistService({
      redis,
      keys,
      policy,
      ...(config.watchlistHmacKey ? { hmacKey: config.watchlistHmacKey } : {}),
      dataDir: config.dataDir,
      configuredFile: config.watchlistFile,
      now,
      onLoaded: (a: ActiveWatchlist) => {
        log.info({ version: a.version, entries: a.entries, origin: a.origin }, 'watchlist active');
        void audit.record({ type: 'watchlist-loaded', at: now().toISOString(), actor: 'gateway', data: { version: a.version, entries: a.entries, origin: a.origin } }).catch(() => undefined);
      },
    });
    const initial = await watchlist.loadInitial();
    const screening = new ScreeningService(initial.snapshot, { instantCodes: config.instantCodes });
    watchlist.attach(screening);
    await watchlist.follow(subscriber, (msg, err) => log.info({ err: err ? (err as Error).message : undefined }, msg));
    closers.push(() => watchlist.close());

    const retentionMs = Math.max(config.duplicateWindowMs, 24 * 3_600_000);
    const store = new MessageStore(redis, keys, { duplicateWindowMs: config.duplicateWindowMs, retentionMs });
    const holds = new HoldStore(redis, keys);
    const queues = new GatewayQueues(redis, keys, { forwardAttempts: config.forwardAttempts, statusAttempts: config.forwardAttempts });
    closers.push(() => queues.close());
    const dispatcher = new IntentDispatcher(redis, keys, queues, holds, now, (e) => log.warn({ err: (e as Error).message }, 'intent dispatcher'));
    dispatcher.start();
    closers.push(() => dispatcher.stop());
    const reports = new StatusReports({ rejectReason: config.rejectReason, ...(config.pendingReason ? { pendingReason: config.pendingReason } : {}), ...(config.gatewayBic ? { gatewayBic: config.gatewayBic } : {}) }, now);
    const review = new ReviewService({
      holds,
      store,
      queues,
      audit,
      reports,
      now,
      settings: {
        fourEyes: config.fourEyes,
        conflictRule: 'escalate',
        rejectReason: config.rejectReason,
        rejectReasons: REVIEW_REJECT_REASONS,
        expiryAction: config.holdExpiryAction,
      },
    });
    const exceptions = new ExceptionService({
      store: new ExceptionStore(redis, keys),
      holds,
      messages: store,
      audit,
      now,
      onError: (what, e) => log.warn({ err: (e as Error).message }, what),
    });
    await exceptions.follow(subscriber, keys.exceptionsChannel);
    closers.push(async () => exceptions.close());
    const reader = new MessageReader({ largeBodyBytes: 256 * 1024, threads: 1, validate: config.schemaValidation });
    if (!config.schemaValidation) log.warn('SCHEMA_VALIDATION=off: messages are not validated against their schema (for measurements only)');
    closers.push(() => reader.close());
    const strict = config.strictXsdDir ? await loadStrictXsd(config.strictXsdDir) : undefined;
    if (strict) {
      closers.push(async () => strict.close());
      log.info({ dir: config.strictXsdDir, namespaces: strict.namespaces.length }, 'strict mode: operator XSDs loaded');
    }
    const gateway = new Gateway({
      reader,
      ...(strict ? { strict } : {}),
      screening,
      reports,
      store,
      metrics,
      accept: {
        screening,
        store,
        keys,
        dispatcher,
        suppress: exceptions.suppressor(),
        now,
        observeStage: (stage, seconds) => metrics.acceptStage.observe({ stage }, seconds),
        outcomes: {
          rejectReason: config.rejectReason,
          pendingStatus: config.pendingStatus,
          ...(config.pendingReason ? { pendingReason: config.pendingReason } : {}),
          deadlineFor: (tx) => {
            const sl = tx.paymentType.serviceLevels.find((c) => c in config.holdDeadlines.byServiceLevel);
            return sl ? config.holdDeadlines.byServiceLevel[sl]! : config.holdDeadlines.default;
          },
        },
      },
    });

    const workers: Worker[] = [];
    if (config.runWorkers) {
      const coreSink: XmlSink = config.coreUrl
        ? new HttpSink({ url: config.coreUrl, timeoutMs: config.coreTimeoutMs, ...(config.coreAuthHeader ? { extraHeader: config.coreAuthHeader } : {}) })
        : new DirectorySink(path.join(config.dataDir, 'outbox'));
      const statusSink: XmlSink = config.statusUrl ? new HttpSink({ url: config.statusUrl, timeoutMs: config.coreTimeoutMs }) : new DirectorySink(path.join(config.dataDir, 'status'));
      workers.push(
        startForwardWorker({
          connection: workerConnection,
          keys,
          store,
          sink: coreSink,
          log,
          concurrency: config.forwardConcurrency,
          backoffBaseMs: config.forwardBackoffMs,
          now,
          onOutcome: (o) => metrics.forwards.inc({ outcome: o }),
        }),
        startStatusWorker({ connection: workerConnection, keys, sink: statusSink, audit, log, backoffBaseMs: config.forwardBackoffMs, now }),
        startDeadlineWorker({ connection: workerConnection, keys, review, log }),
      );
      log.info({ core: coreSink.description, status: statusSink.description }, 'workers started');
      // Closers run in reverse order: workers stop (finishing active jobs) before the queues and Redis close.
      closers.push(() => Promise.all(workers.map((w) => w.close())));
    }

    const runRecovery = () => recover({ holds, review, now });
    const recovered = await runRecovery();
    if (recovered.decisions) log.warn(recovered, 'completed decisions interrupted by an earlier crash');
    const timer = setInterval(() => {
      runRecovery().catch((e) => log.warn({ err: (e as Error).message }, 'recovery sweep failed'));
    }, options.recoveryIntervalMs ?? 15_000);
    timer.unref();
    closers.push(async () => clearInterval(timer));

    metrics.attachGauges({
      queueDepths: () => queues.depths(),
      openHolds: () => holds.countOpen(),
      deadLetters: () => store.deadLetterCount(),
      watchlist: () => ({ entries: watchlist.info()?.entries ?? 0, version: watchlist.info()?.version ?? 'none' }),
    });

    const app = buildApp({
      gateway,
      review,
      watchlist,
      store,
      tokens: tokenRegistry,
      metrics,
      log,
      maxBodyBytes: config.maxBodyBytes,
      readiness: {
        async check() {
          const redisOk = await redis.ping().then((p) => p === 'PONG').catch(() => false);
          const list = watchlist.info();
          return { ready: redisOk && !!list, checks: { redis: redisOk, watchlist: list ? list.version : false } };
        },
      },
      extra: [exceptionRoutes(exceptions, tokenRegistry), ...(options.routers?.({ review, tokens: tokenRegistry }) ?? [])],
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
      redisUrl,
      gateway,
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
      recover: runRecovery,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
