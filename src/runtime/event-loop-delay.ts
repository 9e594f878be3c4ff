/**
 * How late this process's event loop runs, cheaply enough to ask on every request. A timer ticks every `intervalMs`;
 * a tick that fires late measured the delay then. The delay reported is the highest measured recently, or the
 * current tick's if it is overdue by more right now:
 * - overdue: while the loop works through a burst of requests in one pass (timers do not run in between), the
 *   requests at the end of the burst see the delay the ones at its start caused;
 * - recently: a delay of d ms stays reported for d ms (at least `minHoldMs`, at most `maxHoldMs`). The requests
 *   that waited out a stall are not all read in the first pass after it (a new connection's bytes are read a pass
 *   after it is accepted), and the passes between are quick: without the hold, the later part of the backlog would
 *   be admitted although it waited as long. A backlog grows with the stall, so the hold does too.
 */
import { performance } from 'node:perf_hooks';

export class EventLoopDelay {
  private lastTick = performance.now();
  private lastDelay = 0;
  private peak = 0;
  private peakAt = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly intervalMs = 10,
    private readonly minHoldMs = 100,
    private readonly maxHoldMs = 2000,
  ) {
    this.timer = setInterval(() => {
      const now = performance.now();
      this.lastDelay = Math.max(0, now - this.lastTick - this.intervalMs);
      this.lastTick = now;
      if (this.lastDelay >= this.peak || now - this.peakAt > this.holdOf(this.peak)) {
        this.peak = this.lastDelay;
        this.peakAt = now;
      }
    }, intervalMs);
    // A probe never keeps a process alive.
    this.timer.unref();
  }

  /** Milliseconds the loop runs late (see above). */
  current(): number {
    const now = performance.now();
    const recent = now - this.peakAt <= this.holdOf(this.peak) ? this.peak : this.lastDelay;
    return Math.max(recent, now - this.lastTick - this.intervalMs);
  }

  private holdOf(delay: number): number {
    return Math.min(this.maxHoldMs, Math.max(this.minHoldMs, delay));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
