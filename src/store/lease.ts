/**
 * A lease in Redis: at most one holder at a time among all gateway instances on one Redis, for work that must have a
 * single writer (draining the intent list into BullMQ, sealing the audit chain). The holder renews it while it works;
 * if the holder dies, the lease expires and another instance takes over. Writes that depend on holding the lease
 * check its token inside their own script (see `LEASE_GUARD`), so a holder whose lease expired mid-step cannot
 * write over its successor.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Lua prologue: KEYS[1] is the lease key, ARGV[1] the holder's token. */
export const LEASE_GUARD = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'lease-lost' end`;

const ACQUIRE_OR_RENEW = `
local v = redis.call('GET', KEYS[1])
if v == false then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0
`;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export class Lease {
  readonly token = randomBytes(12).toString('hex');

  constructor(
    private readonly redis: Redis,
    readonly key: string,
    private readonly ttlMs: number,
  ) {}

  /** Takes the lease if free, extends it if ours; false when another instance holds it. */
  async hold(): Promise<boolean> {
    return (await this.redis.eval(ACQUIRE_OR_RENEW, 1, this.key, this.token, String(this.ttlMs))) === 1;
  }

  async release(): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.key, this.token);
  }
}
