/**
 * Runs a single-writer background step (drain a Redis list in batches) on whichever gateway instance holds the
 * lease: every `pollMs`, and at once when this instance has just added work (`kick`). A step returns how many items
 * it handled; the pump repeats it until the list is empty. The lease is renewed once per third of its time to live
 * (Lease.keep), not per drain: an idle pump costs one read of its list per poll, and a standby's polls (another
 * instance holds the lease) ask for it once per tenth of the TTL.
 */
import type { Lease } from './lease';

export interface PumpOptions {
  pollMs: number;
  onError: (e: unknown) => void;
  /**
   * The most a step takes. A step that took fewer found the list empty behind it, so the drain ends there instead of
   * paying another lease renewal and an empty read to learn it; what arrives later is kicked or polled as always.
   * Without it, the pump repeats until a step handles nothing.
   */
  batch?: number;
}

export class LeasedPump {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly lease: Lease,
    private readonly step: () => Promise<number>,
    private readonly options: PumpOptions,
  ) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.options.pollMs);
      this.timer.unref();
    };
    tick();
  }

  /** Drain soon. Calls while a drain runs make it go round once more. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Drains everything now (if the lease can be had), and resolves when done. */
  async runNow(): Promise<void> {
    while (this.running) await this.running;
    this.running = this.drain(true);
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** `now`: ask for the lease even if another instance held it a moment ago (runNow, stop). */
  private async drain(now = false): Promise<void> {
    try {
      if (!(await this.lease.keep(now))) return;
      const full = this.options.batch ?? 1;
      while ((await this.step()) >= full) {
        if (!(await this.lease.keep())) return;
      }
    } catch (e) {
      this.options.onError(e);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await this.running;
    await this.drain(true);
    await this.lease.release().catch(() => undefined);
  }
}
