import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

/**
 * Admission control for the accept path. Past its capacity a gateway that queues every request answers all of them
 * late (seconds, then the hub's timeout and a resend); one that refuses the excess at once keeps the admitted requests
 * within a bounded delay (Little's law: limit ÷ throughput) and tells the hub, in well under a millisecond, to retry or
 * route elsewhere. A refused request was not read, stored or screened: 503 OVERLOADED with Retry-After, nothing to undo.
 * limit 0 disables the check.
 */
export function admission(limit: number): RequestHandler {
  let inFlight = 0;
  return (_req, res, next) => {
    if (limit > 0 && inFlight >= limit) {
      res.set('Retry-After', '1');
      next(new AppError('OVERLOADED', `${inFlight} messages are being processed (MAX_IN_FLIGHT=${limit}); nothing was accepted, retry later`));
      return;
    }
    inFlight++;
    // 'close' comes once per response: after it was sent, or when the client went away before the answer.
    res.once('close', () => inFlight--);
    next();
  };
}
