/**
 * A leased pump drains a list in steps. With a batch size, a step that took less than a full batch found the list
 * empty behind it, so the drain ends without renewing the lease and reading again; a full batch goes round once more.
 */
import { Lease } from '../../../src/store/lease';
import type { RedisClient } from '../../../src/store/redis';
import { LeasedPump } from '../../../src/store/leased-pump';

function pumpOver(list: number[], batch?: number) {
  const calls = { holds: 0, steps: 0, errors: 0 };
  const lease = {
    keep: () => {
      calls.holds++;
      return Promise.resolve(true);
    },
    release: () => Promise.resolve(),
  } as unknown as Lease;
  const step = () => {
    calls.steps++;
    return Promise.resolve(list.splice(0, 3).length);
  };
  const pump = new LeasedPump(lease, step, { pollMs: 60_000, onError: () => calls.errors++, ...(batch ? { batch } : {}) });
  return { pump, calls };
}

describe('LeasedPump', () => {
  it('ends a drain after a step that took less than a full batch', async () => {
    const list = [1, 2, 3, 4, 5, 6, 7];
    const { pump, calls } = pumpOver(list, 3);
    await pump.runNow();
    expect(list).toEqual([]);
    expect(calls).toEqual({ holds: 3, steps: 3, errors: 0 });
  });

  it('without a batch size, repeats until a step handles nothing', async () => {
    const list = [1, 2, 3, 4, 5, 6, 7];
    const { pump, calls } = pumpOver(list);
    await pump.runNow();
    expect(list).toEqual([]);
    expect(calls).toEqual({ holds: 4, steps: 4, errors: 0 });
  });
});

describe('Lease.keep', () => {
  it('renews in Redis once the last renewal is a third of the time to live old, and at once after a release or a loss', async () => {
    const sent: string[] = [];
    const redis = {
      defineCommand: () => undefined,
      cpLeaseHold: (_key: string, _token: string, ttl: string) => (sent.push(`hold ${ttl}`), Promise.resolve(1)),
      cpLeaseRelease: () => (sent.push('release'), Promise.resolve(1)),
    } as unknown as RedisClient;
    const lease = new Lease(redis, 'lease', 300);
    expect(await lease.keep()).toBe(true);
    expect(await lease.keep()).toBe(true);
    expect(sent).toEqual(['hold 300']);
    await new Promise((r) => setTimeout(r, 120));
    expect(await lease.keep()).toBe(true);
    expect(sent).toEqual(['hold 300', 'hold 300']);
    await lease.release();
    expect(await lease.keep()).toBe(true);
    expect(sent).toEqual(['hold 300', 'hold 300', 'release', 'hold 300']);
    // A guarded write found the lease gone (a failover lost the key): the next keep renews at once.
    lease.lost();
    expect(await lease.keep()).toBe(true);
    expect(sent).toEqual(['hold 300', 'hold 300', 'release', 'hold 300', 'hold 300']);
  });

  it('while another instance holds it, asks again after a tenth of the time to live, or at once when told', async () => {
    let calls = 0;
    let free = false;
    const redis = { defineCommand: () => undefined, cpLeaseHold: () => (calls++, Promise.resolve(free ? 1 : 0)) } as unknown as RedisClient;
    const lease = new Lease(redis, 'lease', 300);
    expect(await lease.keep()).toBe(false);
    expect(await lease.keep()).toBe(false);
    expect(calls).toBe(1);
    expect(await lease.keep(true)).toBe(false);
    expect(calls).toBe(2);
    free = true;
    await new Promise((r) => setTimeout(r, 40));
    expect(await lease.keep()).toBe(true);
    expect(calls).toBe(3);
  });
});
