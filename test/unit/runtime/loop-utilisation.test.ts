import { LoopShare } from '../../../src/runtime/loop-utilisation';

/** `n` arrivals with `inFlight` requests in progress each; how many were admitted. */
const arrive = (s: LoopShare, n: number, inFlight: number) => {
  let admitted = 0;
  for (let i = 0; i < n; i++) if (s.admit(inFlight)) admitted++;
  return admitted;
};
const share = (s: LoopShare) => s.state().share;

it('admits everything while fewer than engageAt are in progress, however busy the loop (a closed loop queues nothing)', () => {
  const s = new LoopShare({ target: 0.9, engageAt: 64 }, false);
  for (let i = 0; i < 20; i++) {
    expect(arrive(s, 50, 32)).toBe(50);
    s.update(1);
  }
  expect(share(s)).toBe(1);
});

it('past engageAt, shrinks the share in proportion to the excess, and admits exactly that share', () => {
  const s = new LoopShare({ target: 0.9, engageAt: 64, keepInFlight: 16, minShare: 0.05 }, false);
  expect(arrive(s, 50, 64)).toBe(50); // engaged, share still 1
  s.update(0.95);
  expect(share(s)).toBeCloseTo(0.9 / 0.95, 6);
  arrive(s, 50, 64);
  s.update(1); // saturated: the excess cannot be seen, a fixed step
  expect(share(s)).toBeCloseTo((0.9 / 0.95) * 0.7, 6);
  const sh = share(s);
  expect(arrive(s, 1000, 64)).toBe(Math.floor(1000 * sh));
  for (let i = 0; i < 30; i++) {
    arrive(s, 50, 64);
    s.update(1);
  }
  expect(share(s)).toBe(0.05);
  expect(arrive(s, 1000, 64)).toBe(50);
});

it('does not shrink when the loop is busy with something other than the admitted requests', () => {
  const s = new LoopShare({ target: 0.9, engageAt: 64, keepInFlight: 16, minArrivals: 4, maxGrowth: 1.25 }, false);
  arrive(s, 50, 64);
  s.update(1);
  const after = share(s);
  // busy, but almost nothing arrived (an index built, a collection): unchanged
  arrive(s, 2, 64);
  s.update(1);
  expect(share(s)).toBe(after);
  // busy, but the work in progress drained below keepInFlight: refusing more would only lose payments
  arrive(s, 40, 64);
  arrive(s, 10, 3);
  s.update(1);
  expect(share(s)).toBeCloseTo(after * 1.25, 6);
});

it('grows back at most maxGrowth per sample once the loop is under target, then lets go', () => {
  const s = new LoopShare({ target: 0.9, engageAt: 64, maxGrowth: 1.25, minShare: 0.05 }, false);
  arrive(s, 50, 64);
  for (let i = 0; i < 30; i++) {
    arrive(s, 50, 64);
    s.update(1);
  }
  expect(share(s)).toBe(0.05);
  s.update(0.1);
  expect(share(s)).toBeCloseTo(0.0625, 6);
  for (let i = 0; i < 20; i++) s.update(0.1);
  expect(share(s)).toBe(1);
  // let go: the next busy samples change nothing until engageAt is reached again
  expect(arrive(s, 50, 32)).toBe(50);
  s.update(1);
  expect(share(s)).toBe(1);
});

it('samples the real loop and stops', async () => {
  const s = new LoopShare({ target: 0.5, intervalMs: 10 });
  await new Promise((r) => setTimeout(r, 50));
  expect(s.state().utilisation).toBeGreaterThanOrEqual(0);
  expect(s.state().utilisation).toBeLessThanOrEqual(1);
  s.stop();
});
