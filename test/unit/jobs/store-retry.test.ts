/** How long a job that could not reach Redis waits before its next try (jobs/worker-options storeRetryDelayMs). */
import { storeRetryDelayMs } from '../../../src/jobs/worker-options';

const after = (uncounted: number, counted = 0) => storeRetryDelayMs({ attemptsStarted: uncounted + counted, attemptsMade: counted });

it('a second after each of the first three tries that could not reach Redis (a restart is over by then)', () => {
  expect([1, 2, 3].map((n) => after(n))).toEqual([1_000, 1_000, 1_000]);
});

it('then doubling to 30 s, so a Redis that hands out jobs but refuses their writes gets one try per job every 30 s', () => {
  expect([4, 5, 6, 7, 8, 20, 10_000].map((n) => after(n))).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
});

it('counted tries (the core failing) do not make the wait longer', () => {
  expect(after(1, 5)).toBe(1_000);
  expect(after(0, 5)).toBe(1_000);
});
