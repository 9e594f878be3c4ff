/**
 * A leased pump drains a list in steps. With a batch size, a step that took less than a full batch found the list
 * empty behind it, so the drain ends without renewing the lease and reading again; a full batch goes round once more.
 */
import type { Lease } from '../../../src/store/lease';
import { LeasedPump } from '../../../src/store/leased-pump';

function pumpOver(list: number[], batch?: number) {
  const calls = { holds: 0, steps: 0, errors: 0 };
  const lease = {
    hold: () => {
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
