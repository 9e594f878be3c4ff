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
 */
export function admission(limits: AdmissionLimits): RequestHandler {
  const { maxInFlight, maxLoopDelayMs, loopDelay } = limits;
  let inFlight = 0;
  return (_req, res, next) => {
    if (maxInFlight > 0 && inFlight >= maxInFlight) {
      res.set('Retry-After', '1');
      next(new AppError('OVERLOADED', `${inFlight} messages are being processed (MAX_IN_FLIGHT=${maxInFlight}); nothing was accepted, retry later`));
      return;
    }
    if (maxLoopDelayMs > 0 && loopDelay !== undefined) {
      const delay = loopDelay();
      if (delay > maxLoopDelayMs) {
        res.set('Retry-After', '1');
        next(
          new AppError(
            'OVERLOADED',
            `The gateway runs ${Math.round(delay)} ms behind (MAX_EVENT_LOOP_DELAY_MS=${maxLoopDelayMs}); nothing was accepted, retry later`,
          ),
        );
        return;
      }
    }
    inFlight++;
    // 'close' comes once per response: after it was sent, or when the client went away before the answer.
    res.once('close', () => inFlight--);
    next();
  };
}
