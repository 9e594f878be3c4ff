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

  /** Takes the lease if free, extends it if ours; false when another instance holds it. */
  async hold(): Promise<boolean> {
    return (await this.redis.cpLeaseHold(this.key, this.token, String(this.ttlMs))) === 1;
  }

  async release(): Promise<void> {
    await this.redis.cpLeaseRelease(this.key, this.token);
  }
}
