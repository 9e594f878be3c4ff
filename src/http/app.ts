/**
 * The express application, built without listening so tests can drive it with supertest. Routes are thin: each
 * registers an operation of http/api (access, parsing and validation come from it), calls a use case and shapes the
 * answer; errors go to the one error handler. The same operations generate GET /openapi.json.
 */
import express, { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { MessageService } from '../app/message-service';
import type { ReviewService } from '../app/review-service';
import type { ReviewDashboardService } from '../app/review-dashboard-service';
import type { WatchlistService } from '../app/watchlist-service';
import type { ExceptionService } from '../app/exception-service';
import type { DeliveryService } from '../app/delivery-service';
import type { RescreenService } from '../app/rescreen-service';
import type { TokenRegistry } from './tokens';
import type { Metrics } from '../observability/metrics';
import { AppError } from '../errors/app-error';
import { errorHandler, errorResponder } from './errors';
import { BodyBudget } from './body-reader';
import { Admission, type AdmissionLimits } from './admission';
import { submitMessage } from './api/operations/messages';
import { messageRoutes, submitHandler } from './routes/messages';
import { holdRoutes } from './routes/holds';
import { adminRoutes } from './routes/admin';
import { exceptionRoutes } from './routes/exceptions';
import { reviewPageRouter } from './routes/review-page';
import { reviewDashboardRoutes } from './routes/review-dashboard';
import { postHocRoutes } from './routes/post-hoc';
import { docsRoutes } from './routes/docs';
import { Readiness, healthRoutes } from './routes/health';
import { type RouteContext, directRoute } from './api/route';
import { withHotRoute } from './hot-route';
import { securityHeaders } from './plain-http';
import { timeRequest } from './request-metrics';

export interface HttpDeps {
  messages: MessageService;
  review: ReviewService;
  dashboard: ReviewDashboardService;
  exceptions: ExceptionService;
  watchlist: WatchlistService;
  rescreen: RescreenService;
  deliveries: DeliveryService;
  tokens: TokenRegistry;
  metrics: Metrics;
  /** Metrics of the gateway's worker processes, merged into GET /metrics. */
  extraMetrics?: () => Promise<unknown[][]>;
  readiness: Readiness;
  log: Logger;
  maxBodyBytes: number;
  /** Bytes of request bodies held at once before the next body gets 503 OVERLOADED (default: no limit). */
  maxBodyBytesInFlight?: number;
  /** POST /v1/messages in progress at once before the next gets 503 OVERLOADED (0: no limit). */
  maxInFlight?: number;
  /** Event-loop delay (ms) past which POST /v1/messages gets 503 OVERLOADED (0: not checked), and its probe. */
  maxLoopDelayMs?: number;
  loopDelay?: () => number;
  /** The share of POST /v1/messages the event loop can take (runtime/loop-utilisation.ts); the rest get 503 OVERLOADED. */
  loopShare?: AdmissionLimits['loopShare'];
  /** The share of POST /v1/messages admitted so that admitted ones spend about a target time in the process (runtime/sojourn.ts). */
  sojourn?: AdmissionLimits['sojourn'];
  /** The reviewers' page: where its files are, and the clock its session answer reports. */
  reviewPage: { dir: string; now: () => Date };
  /** The version the API description reports. */
  version: () => string;
  /** Errors that mean the durable store is unreachable (answered 503 STORE_UNAVAILABLE). */
  isStoreUnavailable: (e: unknown) => boolean;
}

export function buildApp(d: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  const admitted = new Admission({
    maxInFlight: d.maxInFlight ?? 0,
    maxLoopDelayMs: d.maxLoopDelayMs ?? 0,
    ...(d.loopDelay ? { loopDelay: d.loopDelay } : {}),
    ...(d.loopShare ? { loopShare: d.loopShare } : {}),
    ...(d.sojourn ? { sojourn: d.sojourn } : {}),
  });
  app.use(observe(d.metrics));
  app.use((_req, res, next) => {
    securityHeaders(res);
    next();
  });
  const ctx: RouteContext = {
    tokens: d.tokens,
    maxBodyBytes: d.maxBodyBytes,
    bodyBudget: new BodyBudget(d.maxBodyBytesInFlight ?? Infinity),
    admission: admitted,
  };
  // The hubs' routes first: every request walks the routers in this order until one matches.
  app.use(messageRoutes(d.messages, ctx));
  app.use(healthRoutes(d.readiness, d.metrics, ctx, d.extraMetrics));
  app.use(docsRoutes(ctx, d.version));
  app.use(holdRoutes(d.review, ctx));
  app.use(adminRoutes(d.watchlist, d.deliveries, ctx));
  app.use(exceptionRoutes(d.exceptions, ctx));
  app.use(reviewPageRouter({ dir: d.reviewPage.dir, review: d.review, watchlist: () => d.watchlist.info(), now: d.reviewPage.now }, ctx));
  app.use(reviewDashboardRoutes(d.dashboard, ctx));
  app.use(postHocRoutes(d.rescreen, ctx));
  app.use((req: Request, _res: Response, next: NextFunction) => next(new AppError('NOT_FOUND', `No route ${req.method} ${req.path}`)));
  const fail = errorResponder(d.log, d.metrics, d.isStoreUnavailable);
  app.use(errorHandler(fail));
  // The hubs' submissions, ahead of all of the above (hot-route.ts).
  withHotRoute(app, {
    path: submitMessage.path,
    admission: admitted,
    route: directRoute(submitMessage, ctx, submitHandler(d.messages), fail),
    fail,
    metrics: d.metrics,
  });
  return app;
}

/** Request count and latency per route pattern (never the raw path: it may carry ids). */
function observe(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    timeRequest(
      metrics,
      req,
      res,
      () => (req.route as { path?: string } | undefined)?.path ?? (res.statusCode === 404 ? 'unmatched' : req.path.split('/').slice(0, 3).join('/')),
    );
    next();
  };
}
