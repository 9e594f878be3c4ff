import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

export interface AdmissionLimits {
  /** Requests in progress at once (0: no limit). */
  maxInFlight: number;
  /** Event-loop delay in ms past which new requests are refused (0: not checked). */
  maxLoopDelayMs: number;
  /** The current event-loop delay in ms (runtime/event-loop-delay.ts). */
  loopDelay?: () => number;
}

/**
 * Admission control for the accept path. Past its capacity a gateway that queues every request answers all of them
 * late (seconds, then the hub's timeout and a resend); one that refuses the excess at once keeps the admitted requests
 * within a bounded delay and tells the hub at once to retry or route elsewhere. Two signals: requests in progress
 * (work waiting on Redis and the reader thread; Little's law: limit ÷ throughput) and how late the event loop runs
 * (CPU saturation: every request waits that long before and between its steps, so a late loop means the queue is
 * already long). A refused request was not read, stored or screened: 503 OVERLOADED with Retry-After, nothing to undo.
 *
 * One instance per process: the early gate (`shedEarly`, ahead of routing) and the route's stage (`admission`) ask
 * the same counts.
 */
export class Admission {
  private inFlight = 0;

  constructor(private readonly limits: AdmissionLimits) {}

  /** Why a message arriving now is refused, or undefined when it is admitted. */
  refusal(): string | undefined {
    const { maxInFlight, maxLoopDelayMs, loopDelay } = this.limits;
    if (maxInFlight > 0 && this.inFlight >= maxInFlight)
      return `${this.inFlight} messages are being processed (MAX_IN_FLIGHT=${maxInFlight}); nothing was accepted, retry later`;
    if (maxLoopDelayMs > 0 && loopDelay !== undefined) {
      const delay = loopDelay();
      if (delay > maxLoopDelayMs)
        return `The gateway runs ${Math.round(delay)} ms behind (MAX_EVENT_LOOP_DELAY_MS=${maxLoopDelayMs}); nothing was accepted, retry later`;
    }
    return undefined;
  }

  /** Counts the request in progress until its response is done (or its client went away). */
  admit(res: ServerResponse): void {
    this.inFlight++;
    // 'close' comes once per response: after it was sent, or when the client went away before the answer.
    res.once('close', () => this.inFlight--);
  }
}

/** The route's stage: refuses (through the error handler) or admits. */
export function admission(a: Admission): RequestHandler {
  return (_req, res, next) => {
    const why = a.refusal();
    if (why !== undefined) {
      res.set('Retry-After', '1');
      next(new AppError('OVERLOADED', why));
      return;
    }
    a.admit(res);
    next();
  };
}

const OVERLOADED_STATUS = new AppError('OVERLOADED', '').httpStatus;

/**
 * The refusal of a message when the gateway is behind, as the first thing the app does with a request: before
 * routing, the token check, the body and the error handler. Past capacity the refusals are most of the traffic, and
 * each one that costs a full pass through express takes the CPU the admitted ones need: the queue of requests not yet
 * looked at (socket buffers, the kernel's accept queue, the client's own) then grows without bound and everything
 * waits seconds, refused or not. A refusal written here costs a fraction of that. The body is not read (Node drops it
 * after the answer, and the connection stays open for the next request). Unauthenticated requests are refused the
 * same way: nothing was done, and the token is checked when there is room.
 */
export function shedEarly(a: Admission, path: string, onRefused?: () => void): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if (req.method !== 'POST' || !isPath(req.url, path)) return next();
    const why = a.refusal();
    if (why === undefined) return next();
    onRefused?.();
    const body = `{"error":${JSON.stringify({ code: 'OVERLOADED', message: why })}}`;
    res.writeHead(OVERLOADED_STATUS, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Retry-After': '1',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  };
}

/** `url` is `path`, with or without a query string. */
function isPath(url: string | undefined, path: string): boolean {
  return url !== undefined && url.startsWith(path) && (url.length === path.length || url.charCodeAt(path.length) === 63); /* ? */
}
