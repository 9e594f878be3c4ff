import { EventLoopDelay } from '../../../src/runtime/event-loop-delay';

const block = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    /* the loop is held up */
  }
};
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('reports a stall while it lasts (overdue tick) and for as long again after it (the backlog it left)', async () => {
  const probe = new EventLoopDelay(10, 50, 2000);
  try {
    await tick(50);
    block(300);
    // still inside the pass that stalled: no tick has run, the overdue one says it
    expect(probe.current()).toBeGreaterThanOrEqual(250);
    await tick(30);
    // the tick after the stall measured it; it stays reported while the backlog is worked through
    expect(probe.current()).toBeGreaterThanOrEqual(250);
    await tick(600);
    // an unloaded test process can still be scheduled late now and then: well under the stall, not zero
    expect(probe.current()).toBeLessThan(250);
  } finally {
    probe.stop();
  }
});
