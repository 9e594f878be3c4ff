/**
 * The share of new requests a process can take without saturating its event loop, from the loop's utilisation (the
 * part of the time it was busy rather than waiting for I/O: performance.eventLoopUtilization, sampled every
 * `intervalMs`). A loop that is never idle works through a backlog it cannot see (requests waiting in socket buffers,
 * the kernel's accept queue, the clients' pools): refusing only once a count of requests in progress is reached leaves
 * no CPU to read and refuse the rest, and everything waits seconds. Keeping the loop just under `target` leaves the
 * headroom that answers the excess at once.
 *
 * The controller, once per sample:
 * - busier than `target` with requests arriving: the share shrinks in proportion to the excess (× target ÷ utilisation;
 *   at saturation, where the excess cannot be seen, by a fixed step), down to `minShare`;
 * - at or below `target`: it grows, at most by `maxGrowth` per sample (slower than it shrinks: a loop that just
 *   caught up still has the backlog's answers to write), up to 1 (everything admitted);
 * - busy with almost no request arriving (a list index built, a collection, the process scheduled late): the work is
 *   not the requests', and refusing them would not lighten it, so the share does not shrink;
 * - busy while fewer than `keepInFlight` requests were in progress at some moment of the sample: the admitted work is
 *   not what fills the loop (the refusals themselves, or a process starved of CPU), so the share grows: refusing more
 *   would lose payments and free nothing.
 * A request is admitted while its credit allows (`admit`): an exact share without randomness, spread evenly.
 *
 * The controller engages only once `engageAt` requests are in progress at once, and lets go when the share is back
 * to 1. A client that waits for each answer before it sends the next (a closed loop: a hub's pool of N connections)
 * can never queue more than N requests, however busy the loop: refusing it part of them would only have it send again
 * at once, the loop as busy as before, with fewer payments accepted. Requests arriving faster than they are answered
 * (an open loop past capacity) pile up in progress first, past any such pool.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { AdmittedShare } from './admitted-share';

export interface LoopShareOptions {
  /** Utilisation (0–1) the loop is kept under. */
  target: number;
  intervalMs?: number;
  minShare?: number;
  maxGrowth?: number;
  /** Requests per sample below which a busy loop is not blamed on them. */
  minArrivals?: number;
  /** Requests in progress at once from which the share applies. */
  engageAt?: number;
  /** Requests in progress below which the share does not shrink (the loop is busy with something else). */
  keepInFlight?: number;
}

/** Utilisation at or above which the loop counts as saturated (its excess cannot be measured). */
const SATURATED = 0.98;
/** Shrink per sample at saturation. */
const SATURATED_STEP = 0.7;

export class LoopShare {
  private readonly share: AdmittedShare;
  private utilisation = 0;
  private arrivals = 0;
  /** The fewest requests in progress seen by an arrival since the last sample. */
  private leastInFlight = Infinity;
  private last: EventLoopUtilization;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly o: Required<LoopShareOptions>;

  /** `sample`: false for a controller driven by `update` alone (tests). */
  constructor(options: LoopShareOptions, sample = true) {
    this.o = { intervalMs: 50, minShare: 0.05, maxGrowth: 1.25, minArrivals: 4, engageAt: 64, keepInFlight: 16, ...options };
    this.share = new AdmittedShare(this.o);
    this.last = performance.eventLoopUtilization();
    if (!sample) return;
    this.timer = setInterval(() => {
      const now = performance.eventLoopUtilization();
      this.update(performance.eventLoopUtilization(now, this.last).utilization);
      this.last = now;
    }, this.o.intervalMs);
    // A probe never keeps a process alive.
    this.timer.unref();
  }

  /** One sample: the loop's utilisation since the previous one. */
  update(utilisation: number): void {
    const { target, maxGrowth, minArrivals, keepInFlight } = this.o;
    this.utilisation = utilisation;
    const { arrivals, leastInFlight } = this;
    this.arrivals = 0;
    this.leastInFlight = Infinity;
    if (!this.share.isEngaged) return;
    const busy = utilisation > target && arrivals >= minArrivals;
    let factor: number;
    if (busy && leastInFlight >= keepInFlight) factor = utilisation >= SATURATED ? SATURATED_STEP : target / utilisation;
    // Too little in progress to keep the gateway's throughput: the loop is busy with the refusals or starved of CPU,
    // and refusing more would only lose payments.
    else if (busy) factor = maxGrowth;
    else factor = Math.max(1, utilisation > 0 ? Math.min(maxGrowth, target / utilisation) : maxGrowth);
    this.share.scale(factor);
  }

  /** Whether the request arriving now, with `inFlight` others in progress, is within the share. */
  admit(inFlight: number): boolean {
    this.arrivals++;
    if (inFlight < this.leastInFlight) this.leastInFlight = inFlight;
    return this.share.admit(inFlight);
  }

  /** The utilisation the loop is kept under. */
  get target(): number {
    return this.o.target;
  }

  /** The share of new requests admitted (0–1) and the utilisation of the last sample. */
  state(): { share: number; utilisation: number } {
    return { share: this.share.value, utilisation: this.utilisation };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
