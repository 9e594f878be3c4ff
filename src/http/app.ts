/**
 * The express application, built without listening so tests can drive it with supertest. Routes are thin: they
 * check access, parse the request, call a use case and shape the answer; errors go to the one error handler.
 */
import express, { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { MessageService } from '../app/message-service';
import type { ReviewService } from '../app/review-service';
import type { WatchlistService } from '../app/watchlist-service';
import type { MessageStore } from '../store/message-store';
import type { TokenRegistry } from './tokens';
import type { Metrics } from '../observability/metrics';
import { AppError } from '../errors/app-error';
import { errorHandler } from './errors';
import { messageRoutes } from './routes/messages';
import { holdRoutes } from './routes/holds';
import { adminRoutes } from './routes/admin';
import { Readiness, healthRoutes } from './routes/health';

export interface HttpDeps {
  messages: MessageService;
  review: ReviewService;
  watchlist: WatchlistService;
  store: MessageStore;
  tokens: TokenRegistry;
  metrics: Metrics;
  /** Metrics of the gateway's worker processes, merged into GET /metrics. */
  extraMetrics?: () => Promise<unknown[][]>;
  readiness: Readiness;
  log: Logger;
  maxBodyBytes: number;
  /** POST /v1/messages in progress at once before the next gets 503 OVERLOADED (0: no limit). */
  maxInFlight?: number;
  /** Extra routers mounted before the 404 handler (the reviewers' page). */
  extra?: express.Router[];
}

export function buildApp(d: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(observe(d.metrics));
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    next();
  });
  app.use(healthRoutes(d.readiness, d.metrics, d.extraMetrics));
  app.use(messageRoutes(d.messages, d.tokens, d.maxBodyBytes, d.maxInFlight));
  app.use(holdRoutes(d.review, d.store, d.tokens));
  app.use(adminRoutes(d.watchlist, d.store, d.tokens, d.maxBodyBytes));
  for (const r of d.extra ?? []) app.use(r);
  app.use((req: Request, _res: Response, next: NextFunction) => next(new AppError('NOT_FOUND', `No route ${req.method} ${req.path}`)));
  app.use(errorHandler(d.log, d.metrics));
  return app;
}

/** Request count and latency per route pattern (never the raw path: it may carry ids). */
function observe(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const route = (req.route?.path as string | undefined) ?? (res.statusCode === 404 ? 'unmatched' : req.path.split('/').slice(0, 3).join('/'));
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method: req.method, route }, seconds);
    });
    next();
  };
}
