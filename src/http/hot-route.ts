/**
 * POST /v1/messages ahead of express. The hubs' submissions are nearly all the traffic, and express's own work per
 * request (new prototypes for the request and response, the router's walk over every layer, its URL parsing) cost
 * about as much CPU as the HTTP side of a message apart from reading, screening and storing it. Here they are
 * answered by the route's own stages and handler (api/route.ts directRoute), run on Node's objects: same checks,
 * same error answers (http/errors.ts), same headers and metrics. Every other request, and a submission whose Accept
 * may prefer XML (negotiated by express), goes to express.
 *
 * First of all, admission (admission.ts): past capacity the refusals are most of the traffic, and each must cost next
 * to nothing, or the CPU they take from the admitted requests lets the queue of requests not yet looked at (socket
 * buffers, the kernel's accept queue, the client's own) grow without bound, and everything waits seconds, refused or
 * not. A refusal is answered before the token check and without reading the body (Node drops it after the answer, and
 * the connection stays open for the next request): nothing was done, and the token is checked when there is room.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';
import { refusal } from '../errors/app-error';
import type { Metrics } from '../observability/metrics';
import type { Admission } from './admission';
import type { ErrorResponder } from './errors';
import type { PlainRequest, PlainResponse } from './plain-http';
import { securityHeaders } from './plain-http';
import { timeRequest } from './request-metrics';
import { mayWantXml } from './xml-body';

type Handle = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void;

export interface HotRoute {
  /** The operation's path (exact; express answers its variants: a trailing slash, other letter case). */
  path: string;
  admission: Admission;
  /** The operation's stages and handler (api/route.ts directRoute). */
  route: (req: PlainRequest, res: PlainResponse) => void;
  fail: ErrorResponder;
  metrics: Metrics;
}

/**
 * Puts the hot route in front of `app`. express's application function hands every request to `app.handle`
 * (express/lib/express.js), so the hot route sits in front of every server made of the app: npm start's, app.listen's
 * and supertest's alike.
 */
export function withHotRoute(app: Express, h: HotRoute): void {
  const target = app as unknown as { handle: Handle };
  const viaExpress = target.handle.bind(app) as Handle;
  const routeName = () => h.path;
  target.handle = (req, res, next) => {
    if (req.method !== 'POST' || !isPath(req.url, h.path)) return viaExpress(req, res, next);
    securityHeaders(res);
    const why = h.admission.refusal();
    if (why !== undefined) {
      res.setHeader('Retry-After', '1');
      return h.fail(refusal('OVERLOADED', why), req, res);
    }
    h.admission.admit(res);
    if (mayWantXml(req)) return viaExpress(req, res, next);
    const plain = res as PlainResponse;
    plain.locals = Object.create(null) as Record<string, unknown>;
    timeRequest(h.metrics, req, res, routeName);
    h.route(req, plain);
  };
}

/** `url` is `path`, with or without a query string. */
function isPath(url: string | undefined, path: string): boolean {
  return url !== undefined && url.startsWith(path) && (url.length === path.length || url.charCodeAt(path.length) === 63); /* ? */
}
