/**
 * The share of new requests a process admits so that the ones it admits spend at most about `targetMs` in it, from
 * the time the request reached the route to its answer (a sojourn, as CoDel names it). Past capacity a gateway that
 * admits on counts alone lets its queue of admitted work grow to the count (Little's law: 256 in progress at 800/s
 * answer 320 ms late); worse, a loop kept busy by that work runs long iterations, and Node accepts one new connection
 * per loop iteration (libuv 1.46), so new connections wait seconds in the kernel's accept queue before anything can
 * refuse them. Bounding the time admitted requests spend inside bounds both.
 *
 * The signal is the least sojourn of the requests answered during an interval (`intervalMs`), the rule of CoDel: one
 * slow request (a large batch, a collection, a fsync that took long) is not a queue; a floor under every request of
 * an interval is, and only one that lasts `persist` intervals in a row (a stall's backlog, answered in the interval
 * after it, is not refused for). Once per interval:
 * - least sojourn above `targetMs` for `persist` intervals in a row: the share shrinks in proportion (× target ÷ sojourn, at least × `maxShrink`),
 *   down to `minShare`;
 * - otherwise it grows, at most by `maxGrowth` per interval, up to 1 (everything admitted).
 * Requests are admitted while the credit allows (`admit`): an exact share, without randomness, spread evenly.
 *
 * Only a queue that refusing shortens is refused for. An interval above the target is not counted towards `persist`
 * when:
 * - the loop is mostly idle (utilisation under `busyAbove`): the share grows, as when not slow. The admitted requests
 *   wait on something downstream — Redis fsyncing its append-only file (fsync always: 10–40 ms spikes on this disk), a
 *   fork for an AOF rewrite, the disk of the outbox — that serves them no faster for being sent fewer; refusing there
 *   lost payments at half capacity (issue 13: 25–559 of 7,500–15,000 at 500 msg/s, the CPU 30–40 % idle). With Redis
 *   paused 400 ms every 2.5 s (CLIENT PAUSE) under 120 msg/s, not counting these intervals refused 204–650 of 2,400
 *   before and 19–21 after (7bc0b8f, which held the share there; those left in intervals where the process was
 *   starved of CPU by other work, its loop busy). Holding the share was not enough: shrunk during a busy spell, it
 *   stayed shrunk for as long as the downstream stayed slow (a Redis fsyncing in 25–40 ms against the 20 ms default,
 *   a long AOF rewrite), refusing past `keepInFlight` with the loop idle; growing lets it recover. Past capacity the
 *   loop is busy (this process's own work, or the CPU taken by Redis and the workers, which leaves it runnable and
 *   late), so this never hides an overload of the machine; a Redis that is itself saturated is bounded by
 *   MAX_IN_FLIGHT.
 * - more answered than admitted (the work in progress fell) with the loop busy: the share is held. A backlog left by
 *   a stall being worked off, a queue that empties by itself, CoDel's "good queue". Past capacity the work in progress
 *   does not fall interval after interval (it cannot fall below zero), so the intervals where it stands or grows
 *   still shrink the share.
 * Neither kind resets the count either: as in CoDel, only an interval whose least sojourn is at or under the target
 * shows that the queue emptied. An overload whose utilisation dips under `busyAbove` now and then (50 ms samples of a
 * loop running long ticks) thus still reaches `persist` and is shed; the idle intervals between grow the share back.
 *
 * It engages once `engageAt` requests are in progress at once and lets go when the share is back at 1; while fewer
 * than `keepInFlight` are in progress every request is admitted. A closed loop of fewer than `engageAt` connections
 * (a hub's pool waiting for each answer) queues nothing however slow the answers, and refusing part of it only has
 * it send again at once; and a process starved of CPU by others answers slowly without any queue of its own, where
 * refusing below `keepInFlight` would lose payments and free nothing.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { AdmittedShare } from './admitted-share';

export interface SojournOptions {
  /** Least time (ms) in the process, over an interval, past which the share shrinks. */
  targetMs: number;
  intervalMs?: number;
  /** Intervals in a row above the target before the share shrinks. */
  persist?: number;
  minShare?: number;
  /** The most the share shrinks in one interval (a factor: 0.5 halves it). */
  maxShrink?: number;
  maxGrowth?: number;
  /** Requests in progress at once from which the share applies. */
  engageAt?: number;
  /** Requests in progress below which every request is admitted. */
  keepInFlight?: number;
  /**
   * Loop utilisation (0–1) under which a slow interval is laid on something downstream, not on a queue of work here:
   * above the loop's utilisation at half capacity (about 0.5: 0.9–1.4 ms of the HTTP process's CPU per message at
   * 500 msg/s), below the 0.9 that MAX_EVENT_LOOP_UTILISATION keeps it under past capacity.
   */
  busyAbove?: number;
  /** The clock (ms); tests drive it. */
  now?: () => number;
}

export class SojournShare {
  private readonly share: AdmittedShare;
  /** The least sojourn and the number of answers since the last interval ended. */
  private least = Infinity;
  private answered = 0;
  /** Requests admitted (started) since the last interval ended. */
  private startedCount = 0;
  private lastLeast = NaN;
  /** Intervals above the target since the last one at or under it, only those with a standing queue counted. */
  private above = 0;
  private readonly timer: NodeJS.Timeout | undefined;
  private lastLoop: EventLoopUtilization;
  private readonly o: Required<SojournOptions>;

  /** `sample`: false for a controller driven by `update` alone (tests). */
  constructor(options: SojournOptions, sample = true) {
    this.o = {
      intervalMs: 50,
      persist: 2,
      minShare: 0.02,
      maxShrink: 0.5,
      maxGrowth: 1.25,
      engageAt: 32,
      keepInFlight: 16,
      busyAbove: 0.75,
      now: () => performance.now(),
      ...options,
    };
    this.share = new AdmittedShare(this.o);
    this.lastLoop = performance.eventLoopUtilization();
    if (!sample) return;
    this.timer = setInterval(() => {
      const now = performance.eventLoopUtilization();
      this.update(performance.eventLoopUtilization(now, this.lastLoop).utilization);
      this.lastLoop = now;
    }, this.o.intervalMs);
    // A probe never keeps a process alive.
    this.timer.unref();
  }

  /** Whether the request arriving now, with `inFlight` others in progress, is within the share. */
  admit(inFlight: number): boolean {
    return this.share.admit(inFlight, inFlight < this.o.keepInFlight);
  }

  /** Starts the clock of an admitted request; the function returned stops it (call once, when it was answered). */
  started(): () => void {
    this.startedCount++;
    const t0 = this.o.now();
    return () => {
      const ms = this.o.now() - t0;
      this.answered++;
      if (ms < this.least) this.least = ms;
    };
  }

  /** Ends an interval (the timer calls it every `intervalMs`); `utilisation`: the loop's over the interval (tests: 1, busy). */
  update(utilisation = 1): void {
    const { targetMs, persist, maxShrink, maxGrowth, busyAbove } = this.o;
    const { least, answered, startedCount } = this;
    this.least = Infinity;
    this.answered = 0;
    this.startedCount = 0;
    this.lastLeast = answered > 0 ? least : NaN;
    // Nothing answered says nothing of a queue (too little admitted to see one, or only slow uploads in progress):
    // the share grows, as CoDel drops nothing from an empty queue; MAX_IN_FLIGHT bounds work that is stuck.
    const slow = answered > 0 && least > targetMs;
    // Slow with the loop idle, the wait is downstream; slow with the work in progress falling, a backlog drains by
    // itself (the header says why). Only the rest is a standing queue: counted, and shrunk for once it persists.
    const idle = utilisation < busyAbove;
    const standing = slow && !idle && answered <= startedCount;
    if (!slow) this.above = 0;
    else if (standing) this.above++;
    if (!this.share.isEngaged) return;
    let factor: number;
    if (standing && this.above >= persist) factor = Math.max(maxShrink, targetMs / least);
    // A busy loop's backlog draining, or a standing queue not yet `persist` intervals old: held.
    else if (slow && !idle) factor = 1;
    // Refusing would not shorten a queue that waits downstream: the share must recover, as when not slow.
    else factor = maxGrowth;
    // Back at 1 while still above the target (a shrink waiting for `persist`, a downstream still slow), it stays engaged.
    this.share.scale(factor, !slow);
  }

  get targetMs(): number {
    return this.o.targetMs;
  }

  /** The share of new requests admitted (0–1) and the least sojourn (ms) of the last interval (NaN: none answered). */
  state(): { share: number; leastMs: number } {
    return { share: this.share.value, leastMs: this.lastLeast };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
