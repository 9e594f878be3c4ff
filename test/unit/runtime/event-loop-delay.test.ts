import { EventLoopDelay } from '../../../src/runtime/event-loop-delay';

const block = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    /* the loop is held up */
  }
};
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('reports a stall while it lasts, and a loop that stays late, but not a pause that is over', async () => {
  const probe = new EventLoopDelay(10, 100);
  try {
    await tick(150);
    block(300);
    // still inside the pass that stalled: no tick has run, the overdue one says it
    expect(probe.current()).toBeGreaterThanOrEqual(250);
    // the loop late on every tick for longer than the window: work is queueing
    for (let i = 0; i < 8; i++) {
      block(60);
      await tick(0);
    }
    expect(probe.current()).toBeGreaterThanOrEqual(40);
    // on time again: the pauses are over and no longer count
    await tick(300);
    expect(probe.current()).toBeLessThan(40);
  } finally {
    probe.stop();
  }
});
