import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { SojournShare } from '../../../src/runtime/sojourn';
import { Admission } from '../../../src/http/admission';

/** A clock the test moves. */
const clock = () => {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

/** `n` admitted requests answered after `ms` each (started together, the clock moved once). */
const answer = (s: SojournShare, c: ReturnType<typeof clock>, n: number, ms: number) => {
  const done = Array.from({ length: n }, () => s.started());
  c.advance(ms);
  for (const d of done) d();
};
const arrive = (s: SojournShare, n: number, inFlight: number) => {
  let admitted = 0;
  for (let i = 0; i < n; i++) if (s.admit(inFlight)) admitted++;
  return admitted;
};
const share = (s: SojournShare) => s.state().share;

it('admits everything below engageAt in progress, however long admitted requests take (a closed loop queues nothing)', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, now: c.now }, false);
  for (let i = 0; i < 10; i++) {
    expect(arrive(s, 50, 31)).toBe(50);
    answer(s, c, 10, 500);
    s.update();
  }
  expect(share(s)).toBe(1);
});

it('shrinks the share once the least sojourn stayed above the target for `persist` intervals, in proportion', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, keepInFlight: 16, persist: 2, maxShrink: 0.5, now: c.now }, false);
  expect(arrive(s, 10, 40)).toBe(10); // engaged, share still 1
  answer(s, c, 10, 25);
  s.update();
  expect(share(s)).toBe(1); // one interval above: a stall's backlog, not yet a queue
  answer(s, c, 10, 25);
  s.update();
  expect(share(s)).toBeCloseTo(20 / 25, 6);
  answer(s, c, 10, 400); // far above: at most halved per interval
  s.update();
  expect(share(s)).toBeCloseTo(0.4, 6);
  expect(s.state().leastMs).toBe(400);
  // exactly that share admitted, spread evenly, while keepInFlight or more are in progress
  expect(arrive(s, 1000, 40)).toBe(400);
  // fewer in progress: everything admitted (a process starved of CPU by others, not its own queue)
  expect(arrive(s, 100, 15)).toBe(100);
});

it('one fast answer in an interval means no standing queue: the least, not the mean, counts', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, persist: 1, maxGrowth: 1.25, now: c.now }, false);
  arrive(s, 1, 40);
  answer(s, c, 10, 100);
  s.update();
  const low = share(s);
  expect(low).toBeLessThan(1);
  const slow = s.started();
  answer(s, c, 1, 5); // a fast one answered while a slow one (a large batch) is still running
  slow();
  s.update();
  expect(share(s)).toBeCloseTo(low * 1.25, 6);
});

it('takes an interval with nothing answered as no sign of a queue (slow uploads held, or too little admitted to see)', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, keepInFlight: 16, persist: 1, maxShrink: 0.5, maxGrowth: 1.25, now: c.now }, false);
  arrive(s, 1, 40);
  answer(s, c, 10, 1000);
  s.update();
  expect(share(s)).toBe(0.5);
  const held = Array.from({ length: 20 }, () => s.started());
  c.advance(1000);
  s.update();
  expect(share(s)).toBeCloseTo(0.5 * 1.25, 6);
  expect(s.state().leastMs).toBeNaN();
  for (const h of held) h();
});

it('grows back at most maxGrowth per interval below the target, then lets go', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, persist: 1, maxShrink: 0.5, minShare: 0.02, maxGrowth: 1.25, now: c.now }, false);
  arrive(s, 1, 40);
  for (let i = 0; i < 10; i++) {
    answer(s, c, 5, 1000);
    s.update();
  }
  expect(share(s)).toBe(0.02);
  let steps = 0;
  while (share(s) < 1 && steps < 100) {
    answer(s, c, 5, 2);
    s.update();
    steps++;
  }
  expect(steps).toBe(Math.ceil(Math.log(1 / 0.02) / Math.log(1.25)));
  // let go: everything admitted again, however many are in progress, until it engages again
  expect(arrive(s, 100, 31)).toBe(100);
});

/** A response whose 'close' the test emits. */
const response = () => new EventEmitter() as unknown as ServerResponse;

it('Admission: past engageAt, refuses a share while admitted messages spend longer than the target; answers free it', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, keepInFlight: 16, persist: 2, maxShrink: 0.5, now: c.now }, false);
  const a = new Admission({ maxInFlight: 0, maxLoopDelayMs: 0, sojourn: s });
  const open: ServerResponse[] = [];
  for (let i = 0; i < 40; i++) {
    expect(a.refusal()).toBeUndefined();
    const res = response();
    a.admit(res);
    open.push(res);
  }
  c.advance(300);
  // 10 answered 300 ms after they arrived, two intervals in a row, as many arriving as answered (a standing queue)
  for (const res of open.splice(0, 5)) res.emit('close');
  s.update();
  for (const res of open.splice(0, 5)) res.emit('close');
  for (let i = 0; i < 5; i++) {
    expect(a.refusal()).toBeUndefined();
    const res = response();
    a.admit(res);
    open.push(res);
  }
  s.update();
  expect(s.state().share).toBe(0.5);
  const why = Array.from({ length: 10 }, () => a.refusal());
  expect(why.filter((w) => w === undefined)).toHaveLength(5);
  expect(why.find((w) => w !== undefined)).toMatch(/spend 300 ms in the gateway \(SOJOURN_TARGET_MS=20\) and it admits 50 % of new messages/);
  // the work drained below keepInFlight: everything admitted
  for (const res of open.splice(0, open.length - 15)) res.emit('close');
  expect(Array.from({ length: 5 }, () => a.refusal()).every((w) => w === undefined)).toBe(true);
});

/**
 * Requests in progress across intervals. `interval`: the clock moves `ms`, the `answered` oldest in progress are
 * answered (`ms` after they were admitted), `arriving` new ones ask to be admitted with the count in progress, and the
 * interval ends with the loop's `utilisation`; it returns how many were refused.
 */
const inProgress = (s: SojournShare, c: ReturnType<typeof clock>, backlog: number) => {
  const pending = Array.from({ length: backlog }, () => s.started());
  s.update(1); // nothing answered yet: no sign of a queue
  return (o: { arriving: number; answered: number; ms: number; utilisation: number }) => {
    c.advance(o.ms);
    for (const done of pending.splice(0, o.answered)) done();
    let refused = 0;
    for (let i = 0; i < o.arriving; i++) {
      if (s.admit(pending.length)) pending.push(s.started());
      else refused++;
    }
    s.update(o.utilisation);
    return refused;
  };
};

it('refuses nothing for a downstream stall: slow answers while the loop is mostly idle, then the backlog worked off', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, keepInFlight: 16, persist: 2, busyAbove: 0.75, now: c.now }, false);
  const interval = inProgress(s, c, 10);
  // 500 msg/s, 25 per 50 ms interval. A Redis fsync or fork holds every answer: nothing is answered for 4 intervals
  // while 100 pile up (the loop reading and screening them, half busy), then answers come back slow with the loop
  // still idle between them (Redis's disk is the wait), then the backlog drains with the loop flat out.
  let refused = 0;
  for (let i = 0; i < 4; i++) refused += interval({ arriving: 25, answered: 0, ms: 50, utilisation: 0.45 });
  for (let i = 0; i < 4; i++) refused += interval({ arriving: 25, answered: 25, ms: 120, utilisation: 0.4 });
  for (let i = 0; i < 6; i++) refused += interval({ arriving: 25, answered: 45, ms: 60, utilisation: 1 });
  expect(refused).toBe(0);
  expect(share(s)).toBe(1);
});

it('still sheds a standing overload: the loop busy and the work in progress not falling', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, keepInFlight: 16, persist: 2, maxShrink: 0.5, busyAbove: 0.75, now: c.now }, false);
  const interval = inProgress(s, c, 100);
  expect(arrive(s, 50, 40)).toBe(50); // engaged
  // 1,000 msg/s offered, 45 answered per interval, all 80 ms after they arrived
  interval({ arriving: 50, answered: 45, ms: 80, utilisation: 1 });
  expect(share(s)).toBe(1); // one interval: not yet a standing queue
  interval({ arriving: 50, answered: 45, ms: 80, utilisation: 0.95 });
  expect(share(s)).toBeCloseTo(0.5, 6);
  // working the queue off (12 of 25 admitted, 45 answered) holds the share; standing again (45 of 90 admitted, 45
  // answered) it shrinks again
  interval({ arriving: 25, answered: 45, ms: 80, utilisation: 1 });
  expect(share(s)).toBeCloseTo(0.5, 6);
  interval({ arriving: 90, answered: 45, ms: 40, utilisation: 1 });
  expect(share(s)).toBeCloseTo(0.5 * (20 / 40), 6);
  expect(arrive(s, 100, 100)).toBe(25);
});

it('a slow interval the refusals would not shorten neither counts towards a standing queue nor forgets one', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, keepInFlight: 16, persist: 2, maxShrink: 0.5, busyAbove: 0.75, now: c.now }, false);
  const interval = inProgress(s, c, 40);
  arrive(s, 1, 40); // engaged
  interval({ arriving: 40, answered: 40, ms: 25, utilisation: 1 }); // standing, 1
  interval({ arriving: 40, answered: 40, ms: 25, utilisation: 0.3 }); // loop idle: not counted (the share grows, already 1)
  expect(share(s)).toBe(1);
  interval({ arriving: 40, answered: 40, ms: 25, utilisation: 1 }); // standing, 2
  expect(share(s)).toBeCloseTo(20 / 25, 6);
});

it('grows back while the loop is idle however slow the answers: a queue that waits downstream, refusing does not shorten', () => {
  const c = clock();
  const s = new SojournShare({ targetMs: 20, engageAt: 32, keepInFlight: 16, persist: 2, maxShrink: 0.5, maxGrowth: 1.25, busyAbove: 0.75, now: c.now }, false);
  const interval = inProgress(s, c, 40);
  arrive(s, 1, 40); // engaged
  // A standing queue with the loop busy: shrunk to a quarter.
  interval({ arriving: 40, answered: 40, ms: 80, utilisation: 1 });
  interval({ arriving: 40, answered: 40, ms: 80, utilisation: 1 });
  interval({ arriving: 80, answered: 40, ms: 80, utilisation: 1 });
  expect(share(s)).toBeCloseTo(0.25, 6);
  // Then the loop idles while Redis answers every message 30 ms late (fsync over the target, an AOF rewrite): 40
  // messages in progress, as many arriving as answered. The share grows back to everything admitted.
  const refused: number[] = [];
  for (let i = 0; i < 10; i++) refused.push(interval({ arriving: 40, answered: 40, ms: 30, utilisation: 0.3 }));
  expect(share(s)).toBe(1);
  expect(s.state().leastMs).toBe(30); // still slow: it grew over the target
  expect(refused[0]).toBeGreaterThan(0);
  expect(refused.slice(-3)).toEqual([0, 0, 0]);
  // The standing queue was never seen to empty (no interval at or under the target): one busy slow interval sheds again.
  interval({ arriving: 40, answered: 40, ms: 40, utilisation: 1 });
  expect(share(s)).toBeCloseTo(0.5, 6);
});
