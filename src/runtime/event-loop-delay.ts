/**
 * How late this process's event loop runs, cheaply enough to ask on every request. A timer ticks every `intervalMs`
 * and records how late each tick fired. The delay reported is the larger of:
 * - the least delay of the ticks of the last `windowMs`: the loop has been late all that time, i.e. work is queueing
 *   (the CPU is saturated). The least, not the greatest: one late tick is a pause (a collection, the process
 *   scheduled late on a busy machine) that is over, and refusing on it would turn every hiccup into refusals; the
 *   queue that matters is the one that persists (the rule of CoDel, which drops on a queue delay that stayed above
 *   its target for a whole interval);
 * - how overdue the next tick is right now: while the loop works through a burst in one pass (timers do not run in
 *   between), the requests at the end of the burst see the delay the ones at its start caused.
 */
import { performance } from 'node:perf_hooks';

export class EventLoopDelay {
  private lastTick = performance.now();
  /** Ticks of the last window, oldest first: their times and delays. */
  private readonly times: number[] = [];
  private readonly delays: number[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly intervalMs = 10,
    private readonly windowMs = 100,
  ) {
    this.timer = setInterval(() => {
      const now = performance.now();
      this.times.push(now);
      this.delays.push(Math.max(0, now - this.lastTick - this.intervalMs));
      this.lastTick = now;
      this.forget(now);
    }, intervalMs);
    // A probe never keeps a process alive.
    this.timer.unref();
  }

  /** Milliseconds the loop runs late (see above). */
  current(): number {
    const now = performance.now();
    this.forget(now);
    let least = Infinity;
    for (const d of this.delays) if (d < least) least = d;
    return Math.max(least === Infinity ? 0 : least, now - this.lastTick - this.intervalMs);
  }

  private forget(now: number): void {
    while (this.times.length > 0 && now - this.times[0]! > this.windowMs) {
      this.times.shift();
      this.delays.shift();
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
