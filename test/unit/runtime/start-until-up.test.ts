import { AppError } from '../../../src/errors/app-error';
import { mayPass, startUntilUp } from '../../../src/runtime/start-until-up';

/** A clock that only moves when the code under test sleeps. */
function fakeTime() {
  let t = 0;
  const pauses: number[] = [];
  return {
    pauses,
    now: () => t,
    sleep: async (ms: number) => {
      pauses.push(ms);
      t += ms;
    },
  };
}

it('tries a start that meets a failover again, with growing pauses, until it succeeds', async () => {
  const time = fakeTime();
  const retries: unknown[] = [];
  let calls = 0;
  const started = await startUntilUp(
    async () => {
      calls++;
      if (calls === 1) throw new Error('Too many Cluster redirections. Last error: Error: Connection is closed.');
      if (calls === 2) throw new AppError('NOT_READY', 'Redis cluster at 127.0.0.1:7000 did not answer within 5 s');
      return 'up';
    },
    { giveUpAfterMs: 60_000, onRetry: (f) => retries.push(f), now: time.now, sleep: time.sleep },
  );
  expect(started).toBe('up');
  expect(time.pauses).toEqual([250, 500]);
  // What failed is named by kind, never by its message (which may quote an address).
  expect(retries).toEqual([
    { attempt: 1, error: 'Error', waitMs: 250 },
    { attempt: 2, error: 'AppError', code: 'NOT_READY', waitMs: 500 },
  ]);
});

it('ends at once on an error that names a mistake: trying again cannot mend a configuration', async () => {
  const time = fakeTime();
  let calls = 0;
  const config = new AppError('CONFIG_INVALID', 'REDIS_CLUSTER_NODES: not a host:port list');
  await expect(
    startUntilUp(
      async () => {
        calls++;
        throw config;
      },
      { giveUpAfterMs: 60_000, onRetry: () => undefined, now: time.now, sleep: time.sleep },
    ),
  ).rejects.toBe(config);
  expect(calls).toBe(1);
  expect(mayPass(config)).toBe(false);
});

it('gives up with the last error once its patience is spent, and stops when nobody wants the process any more', async () => {
  const time = fakeTime();
  const down = new Error('Connection is closed.');
  await expect(startUntilUp(() => Promise.reject(down), { giveUpAfterMs: 10_000, onRetry: () => undefined, now: time.now, sleep: time.sleep })).rejects.toBe(
    down,
  );
  // 250 + 500 + 1000 + 2000 + 4000 = 7,750 ms slept; the next pause (5,000) would pass the 10 s.
  expect(time.pauses).toEqual([250, 500, 1000, 2000, 4000]);

  const orphan = fakeTime();
  let wanted = true;
  await expect(
    startUntilUp(
      () => {
        wanted = false;
        return Promise.reject(down);
      },
      { giveUpAfterMs: 60_000, onRetry: () => undefined, stillWanted: () => wanted, now: orphan.now, sleep: orphan.sleep },
    ),
  ).rejects.toBe(down);
  expect(orphan.pauses).toEqual([]);
});
