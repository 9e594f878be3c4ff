/**
 * WATCHLIST_REFRESH: the sources are read again every so often, by one instance at a time. Every instance ticks; the
 * one that finds the last refresh (by any instance, recorded in Redis) older than the interval and gets the lease
 * does it. If that instance dies, another one's next tick takes over.
 */
import type { WatchlistService } from './watchlist-service';

export class WatchlistRefreshSchedule {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly watchlist: WatchlistService,
    private readonly everyMs: number,
    private readonly onError: (e: unknown) => void,
  ) {}

  /** Checks a quarter of the interval (between 100 ms and 30 s), so a refresh is at most that late. */
  start(): void {
    const tickMs = Math.min(30_000, Math.max(100, Math.floor(this.everyMs / 4)));
    const tick = () => {
      if (this.stopped) return;
      if (this.running === undefined) {
        this.running = this.watchlist
          .refresh({ ifDueMs: this.everyMs })
          .catch(this.onError)
          .finally(() => (this.running = undefined));
      }
      this.timer = setTimeout(tick, tickMs);
      this.timer.unref();
    };
    this.timer = setTimeout(tick, tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
