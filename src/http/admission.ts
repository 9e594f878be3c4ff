import type { ServerResponse } from 'node:http';
import { refusal } from '../errors/app-error';
import type { PlainMiddleware } from './plain-http';

export interface AdmissionLimits {
  /** Requests in progress at once (0: no limit). */
  maxInFlight: number;
  /** Event-loop delay in ms past which new requests are refused (0: not checked). */
  maxLoopDelayMs: number;
  /** The current event-loop delay in ms (runtime/event-loop-delay.ts). */
  loopDelay?: () => number;
  /**
   * The share of new requests the event loop can take (runtime/loop-utilisation.ts): `admit` says whether the one
   * arriving now is within it; `state` and `target` word the refusal.
   */
  loopShare?: { admit(inFlight: number): boolean; state(): { share: number; utilisation: number }; target: number };
  /**
   * The share of new requests admitted so that admitted ones spend about a target time in the process
   * (runtime/sojourn.ts): `admit` as above, `started` times an admitted request until it was answered.
   */
  sojourn?: { admit(inFlight: number): boolean; started(): () => void; state(): { share: number; leastMs: number }; targetMs: number };
}

/**
 * Admission control for the accept path. Past its capacity a gateway that queues every request answers all of them
 * late (seconds, then the hub's timeout and a resend); one that refuses the excess at once keeps the admitted requests
 * within a bounded delay and tells the hub at once to retry or route elsewhere. Signals: requests in progress
 * (work waiting on Redis and the reader thread; Little's law: limit ÷ throughput), how late the event loop runs
 * (CPU saturation: every request waits that long before and between its steps, so a late loop means the queue is
 * already long) and, when configured, the shares of new requests that keep the time admitted ones spend in the
 * process near a target (runtime/sojourn.ts) and the loop under a target utilisation (runtime/loop-utilisation.ts;
 * docs/architecture.md, Shedding load past capacity). A refused request was not read, stored or screened: 503 OVERLOADED with Retry-After, nothing to undo.
 *
 * One instance per process: the early gate (http/hot-route.ts, ahead of routing) and the route's stage (`admission`)
 * ask the same counts.
 */
export class Admission {
  private inFlight = 0;
  /** Responses counted in flight: a request is admitted once, whichever of the gate and the stage saw it first. */
  private readonly counted = new WeakSet<ServerResponse>();

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
    const sojourn = this.limits.sojourn;
    if (sojourn !== undefined && !sojourn.admit(this.inFlight)) {
      const s = sojourn.state();
      return `Messages spend ${Number.isNaN(s.leastMs) ? 'long' : `${Math.round(s.leastMs)} ms`} in the gateway (SOJOURN_TARGET_MS=${sojourn.targetMs}) and it admits ${Math.round(100 * s.share)} % of new messages; nothing was accepted, retry later`;
    }
    const share = this.limits.loopShare;
    if (share !== undefined && !share.admit(this.inFlight)) {
      const s = share.state();
      return `The gateway is busy ${Math.round(100 * s.utilisation)} % of the time (MAX_EVENT_LOOP_UTILISATION=${share.target}) and admits ${Math.round(100 * s.share)} % of new messages; nothing was accepted, retry later`;
    }
    return undefined;
  }

  /** Counts the request in progress until its response is done (or its client went away). */
  admit(res: ServerResponse): void {
    this.counted.add(res);
    this.inFlight++;
    const answered = this.limits.sojourn?.started();
    // 'close' comes once per response: after it was sent, or when the client went away before the answer.
    res.once('close', () => {
      this.inFlight--;
      answered?.();
    });
  }

  admitted(res: ServerResponse): boolean {
    return this.counted.has(res);
  }
}

/**
 * The route's stage: refuses (through the error handler) or admits. A request the early gate admitted
 * (http/hot-route.ts) passes: one look at the limits per request.
 */
export function admission(a: Admission): PlainMiddleware {
  return (_req, res, next) => {
    if (a.admitted(res)) return next();
    const why = a.refusal();
    if (why !== undefined) {
      res.setHeader('Retry-After', '1');
      next(refusal('OVERLOADED', why));
      return;
    }
    a.admit(res);
    next();
  };
}
