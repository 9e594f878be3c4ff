/**
 * A lease in Redis: at most one holder at a time among all gateway instances on one Redis, for work that must have a
 * single writer (draining the intent list into BullMQ, sealing the audit chain). The holder renews it while it works;
 * if the holder dies, the lease expires and another instance takes over. Writes that depend on holding the lease
 * check its token inside their own script (first line: the lease key is KEYS[1], the token ARGV[1]; see
 * lua/audit-seal.lua), so a holder whose lease expired mid-step cannot write over its successor.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisClient } from './redis';
import { defineScripts } from './scripts';

export class Lease {
  /** Says which process holds it ("<host>/<pid>/<random>"), so an operator can see where the single writer runs. */
  readonly token = `${hostname()}/${process.pid}/${randomBytes(8).toString('hex')}`;

  constructor(
    private readonly redis: RedisClient,
    readonly key: string,
    private readonly ttlMs: number,
  ) {
    defineScripts(redis);
  }

  /** When the last renewal that found the lease ours was sent (performance.now()); -Infinity when not held. */
  private renewedAt = Number.NEGATIVE_INFINITY;
  /** When the last try found it held by another instance; -Infinity after a success. */
  private refusedAt = Number.NEGATIVE_INFINITY;

  /** Takes the lease if free, extends it if ours; false when another instance holds it. */
  async hold(): Promise<boolean> {
    const sentAt = performance.now();
    const held = (await this.redis.cpLeaseHold(this.key, this.token, String(this.ttlMs))) === 1;
    this.renewedAt = held ? sentAt : Number.NEGATIVE_INFINITY;
    this.refusedAt = held ? Number.NEGATIVE_INFINITY : sentAt;
    return held;
  }

  /**
   * As hold(), but renewed in Redis only once the last renewal is a third of the time to live old. Until then the
   * lease is still ours with at least two thirds of its time left: only its expiry or our release frees it, and Redis
   * started counting after we sent the renewal. A pump that drains every few milliseconds pays one renewal per third
   * of the TTL instead of one per drain; its writes still check the token in their own scripts. Likewise an instance
   * that found the lease held by another asks again after a tenth of the TTL (`now`: at once): a standby's polls cost
   * nothing, and it takes over at most that much later than the holder's lease expires.
   */
  keep(now = false): Promise<boolean> {
    const at = performance.now();
    if (at - this.renewedAt < this.ttlMs / 3) return Promise.resolve(true);
    if (!now && at - this.refusedAt < this.ttlMs / 10) return Promise.resolve(false);
    return this.hold();
  }

  /** A write guarded by the lease found another token (or none, after a failover lost the key): renew before the next. */
  lost(): void {
    this.renewedAt = Number.NEGATIVE_INFINITY;
  }

  async release(): Promise<void> {
    this.renewedAt = Number.NEGATIVE_INFINITY;
    await this.redis.cpLeaseRelease(this.key, this.token);
  }
}
