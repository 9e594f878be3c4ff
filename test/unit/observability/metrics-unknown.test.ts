/**
 * A gauge whose source cannot be read (Redis down) reports NaN or vanishes, never 0: "no dead letters, no holds"
 * is what an operator would read from a 0, exactly when nothing can be known.
 */
import type { WatchlistStatus } from '../../../src/model/watchlist';
import { Metrics } from '../../../src/observability/metrics';

function sample(text: string, name: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith(name + ' ') || l.startsWith(name + '{'));
}

it('reports counts it cannot read as NaN and drops unread queue depths', async () => {
  let redisUp = true;
  const read = async <T>(v: T): Promise<T> => {
    if (!redisUp) throw new Error('Connection is closed.');
    return v;
  };
  const m = new Metrics({ defaultMetrics: false });
  m.attachGauges({
    queueDepths: () => read({ forward: { waiting: 3 } }),
    openHolds: () => read(2),
    deadLetters: () => read(1),
    statusDeadLetters: () => read(0),
    watchlist: () => ({ entries: 10, version: 'v1' }),
    watchlistStatus: () =>
      read({
        ageSeconds: 60,
        sources: [{ label: 'feed', lastGoodAt: new Date(Date.now() - 60_000).toISOString(), entries: 10 }],
      } as unknown as WatchlistStatus),
  });
  const up = await m.registry.metrics();
  expect(sample(up, 'chokepoint_holds_open')).toBe('chokepoint_holds_open 2');
  expect(sample(up, 'chokepoint_watchlist_age_seconds')).toBe('chokepoint_watchlist_age_seconds 60');
  expect(sample(up, 'chokepoint_watchlist_source_entries')).toBe('chokepoint_watchlist_source_entries{source="feed"} 10');
  expect(sample(up, 'chokepoint_queue_jobs')).toBe('chokepoint_queue_jobs{queue="forward",state="waiting"} 3');

  redisUp = false;
  // The watchlist status is read once per scrape, and forgotten on the next turn of the loop.
  await new Promise((r) => setImmediate(r));
  // prom-client writes 'Nan'; Prometheus reads NaN in any case.
  const down = await m.registry.metrics();
  expect(sample(down, 'chokepoint_holds_open')).toMatch(/^chokepoint_holds_open nan$/i);
  expect(sample(down, 'chokepoint_forward_dead_letters')).toMatch(/^chokepoint_forward_dead_letters nan$/i);
  expect(sample(down, 'chokepoint_status_dead_letters')).toMatch(/^chokepoint_status_dead_letters nan$/i);
  expect(sample(down, 'chokepoint_queue_jobs')).toBeUndefined();
  expect(sample(down, 'chokepoint_watchlist_age_seconds')).toMatch(/^chokepoint_watchlist_age_seconds nan$/i);
  expect(sample(down, 'chokepoint_watchlist_source_entries')).toBeUndefined();
  // What does not come from Redis is still reported.
  expect(sample(down, 'chokepoint_watchlist_entries')).toBe('chokepoint_watchlist_entries{version="v1"} 10');
});
