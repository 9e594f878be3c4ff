/**
 * The HTTP side of a gateway process: access tokens, what GET /metrics and /readyz report, the express app over the
 * use cases, and the listening server (closed first at shutdown: no new requests, the ones in flight finish).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { packageVersion, reviewPageDir } from '../config';
import { isRedisUnavailable } from '../store/redis';
import type { MessageService } from '../app/message-service';
import { ReviewDashboardService } from '../app/review-dashboard-service';
import { ReviewStatsStore } from '../store/review-stats-store';
import { buildApp } from '../http/app';
import { TokenRegistry } from '../http/tokens';
import { type GeneratedTokens, loadTokens, watchTokensFile } from '../http/token-file';
import { EventLoopDelay } from '../runtime/event-loop-delay';
import { LoopShare } from '../runtime/loop-utilisation';
import { SojournShare } from '../runtime/sojourn';
import type { Core } from './core';
import type { Screening } from './screening';

/**
 * The tokens file (TOKENS_FILE, or generated into DATA_DIR on first start; `onGenerated` shows the new values once),
 * read again when it changes (`chokepoint tokens create|revoke`).
 */
export async function openTokens(core: Core, onGenerated?: (generated: GeneratedTokens) => void): Promise<TokenRegistry> {
  const loaded = await loadTokens({ tokensFile: core.config.tokensFile, dataDir: core.config.dataDir });
  if (loaded.generated) onGenerated?.(loaded.generated);
  const registry = new TokenRegistry(loaded.file);
  const stop = watchTokensFile(
    loaded.path,
    (file) => {
      registry.replace(file);
      core.log.info({ file: loaded.path, tokens: registry.size }, 'tokens file read again');
    },
    (e) => core.log.warn({ err: e.message }, 'tokens file: kept the tokens in force'),
    undefined,
    loaded.signature,
  );
  core.closers.push(async () => stop());
  return registry;
}

export interface HttpOptions {
  /** Bind the server; false: only the app (tests drive it with supertest). */
  listen: boolean;
  /** Metrics of the gateway's queue-worker processes, merged into GET /metrics. */
  extraMetrics?: () => Promise<unknown[][]>;
}

export async function startHttp(
  core: Core,
  parts: { screening: Screening; messages: MessageService; tokens: TokenRegistry },
  o: HttpOptions,
): Promise<{ app: Express; server?: http.Server; url?: string }> {
  const { config, log, now, redis, keys, metrics, store, holds, queues, review, deliveries, closers } = core;
  const { watchlist, exceptions } = parts.screening;
  metrics.attachGauges({
    queueDepths: () => queues.depths(),
    openHolds: () => holds.countOpen(),
    deadLetters: () => store.deadLetterCount(),
    statusDeadLetters: () => store.statusDeadLetterCount(),
    watchlist: () => ({ entries: watchlist.info()?.entries ?? 0, version: watchlist.info()?.version ?? 'none' }),
    watchlistStatus: () => watchlist.status(),
  });

  const loopDelay = config.maxEventLoopDelayMs > 0 ? new EventLoopDelay() : undefined;
  if (loopDelay) closers.push(async () => loopDelay.stop());
  const loopShare = config.maxEventLoopUtilisation > 0 ? new LoopShare({ target: config.maxEventLoopUtilisation }) : undefined;
  if (loopShare) closers.push(async () => loopShare.stop());
  const sojourn = config.sojournTargetMs > 0 ? new SojournShare({ targetMs: config.sojournTargetMs }) : undefined;
  if (sojourn) closers.push(async () => sojourn.stop());
  const app = buildApp({
    messages: parts.messages,
    review,
    dashboard: new ReviewDashboardService({
      stats: new ReviewStatsStore(redis, keys),
      paidBeforeListing: () => parts.screening.rescreen.countOpenPostHoc(),
      now,
    }),
    exceptions,
    watchlist,
    rescreen: parts.screening.rescreen,
    deliveries,
    tokens: parts.tokens,
    metrics,
    ...(o.extraMetrics ? { extraMetrics: o.extraMetrics } : {}),
    log,
    maxBodyBytes: config.maxBodyBytes,
    maxInFlight: config.maxInFlight,
    maxBodyBytesInFlight: config.maxBodyBytesInFlight,
    maxLoopDelayMs: config.maxEventLoopDelayMs,
    ...(loopDelay ? { loopDelay: () => loopDelay.current() } : {}),
    ...(loopShare ? { loopShare } : {}),
    ...(sojourn ? { sojourn } : {}),
    readiness: {
      async check() {
        const redisOk = await redis
          .ping()
          .then((p) => p === 'PONG')
          .catch(() => false);
        const list = watchlist.info();
        return { ready: redisOk && !!list, checks: { redis: redisOk, watchlist: list ? list.version : false } };
      },
    },
    reviewPage: { dir: reviewPageDir(), now },
    version: packageVersion,
    isStoreUnavailable: isRedisUnavailable,
  });
  if (!o.listen) return { app };

  const server = http.createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000, requestTimeout: 120_000 }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  // The start's once-listener takes only the first error: later ones (an accept the kernel refused) are logged here;
  // with no listener left, one would be thrown and end the process.
  server.on('error', (e: NodeJS.ErrnoException) => log.error({ code: e.code, syscall: e.syscall }, 'HTTP server error'));
  const addr = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${addr.port}`;
  // Closed first: stop taking requests, let the ones in flight finish, then the rest shuts down.
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      }),
  );
  log.info({ url }, 'chokepoint listening');
  return { app, server, url };
}
