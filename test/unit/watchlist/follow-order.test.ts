/**
 * An instance that follows list changes made elsewhere serves the version active in Redis, however its loads end:
 * v1 and v2 announced one after the other, v1's (larger, slower) load finishing last, leave it on v2; so does its own
 * announcement of v1 arriving after its upload of v2. Before, the last load to finish was swapped in, and the
 * instance served v1 until its next poll (rescreening v2 waited as long). The loads are held and released by hand.
 */
import type { ActiveWatchlist } from '../../../src/model/records';
import type { LoadedWatchlist } from '../../../src/watchlist/read-file';

const loads = new Map<string, { resolve: (l: LoadedWatchlist) => void; promise: Promise<LoadedWatchlist> }>();
jest.mock('../../../src/watchlist/read-file', () => ({
  ...jest.requireActual('../../../src/watchlist/read-file'),
  readWatchlistFile: (file: string) => {
    let resolve!: (l: LoadedWatchlist) => void;
    const promise = new Promise<LoadedWatchlist>((r) => (resolve = r));
    loads.set(file, { resolve, promise });
    return promise;
  },
}));

import { WatchlistService, type WatchlistDeps } from '../../../src/app/watchlist-service';
import type { ScreeningService } from '../../../src/app/screening-service';

const record = (version: string, previous?: string): ActiveWatchlist => ({
  version,
  file: `/lists/${version}.jsonl`,
  entries: 1,
  origin: 'api',
  configuredVersion: 'v0',
  ...(previous !== undefined ? { previous } : {}),
  loadedAt: '2026-12-07T00:00:00.000Z',
});
const loaded = (version: string): LoadedWatchlist => ({ version, file: `/lists/${version}.jsonl`, entries: 1, screener: { listVersion: version } as never });
const finish = async (version: string) => {
  loads.get(`/lists/${version}.jsonl`)!.resolve(loaded(version));
  await new Promise((r) => setImmediate(r));
};

function follower() {
  let active: ActiveWatchlist | undefined;
  let deliver!: (a: ActiveWatchlist) => void;
  const served: string[] = [];
  const swapped: string[] = [];
  const service = new WatchlistService({
    store: { active: async () => active },
    announcements: { announce: async () => undefined, follow: async (on: (a: ActiveWatchlist) => void) => void (deliver = on), close: async () => undefined },
    dataDir: '/nowhere',
    sources: { sources: [], single: false },
    now: () => new Date(),
    log: () => undefined,
    onLoaded: (a: ActiveWatchlist) => served.push(a.version),
  } as unknown as WatchlistDeps);
  service.attach({ replace: (s: { screener: { listVersion: string } }) => swapped.push(s.screener.listVersion) } as unknown as ScreeningService);
  return {
    service,
    served,
    swapped,
    setActive: (a: ActiveWatchlist) => (active = a),
    announce: (a: ActiveWatchlist) => deliver(a),
  };
}

afterEach(() => loads.clear());

it('v1 and v2 announced in turn, v1 loaded last: the instance serves v2 (and triggers nothing for v1)', async () => {
  const f = follower();
  await f.service.follow();
  f.setActive(record('v1', 'v0'));
  f.announce(record('v1', 'v0'));
  f.setActive(record('v2', 'v1'));
  f.announce(record('v2', 'v1'));
  await finish('v2');
  await finish('v1');
  expect(f.service.info()?.version).toBe('v2');
  expect(f.swapped).toEqual(['v2']);
  expect(f.served).toEqual(['v2']);
  await f.service.close();
});

it('an announcement that arrives after the version it announced was replaced is not swapped in', async () => {
  const f = follower();
  await f.service.follow();
  f.setActive(record('v2', 'v1'));
  f.announce(record('v1', 'v0'));
  await finish('v1');
  expect(f.swapped).toEqual([]);
  expect(f.served).toEqual([]);
  // The version active in Redis is taken as usual.
  f.announce(record('v2', 'v1'));
  await finish('v2');
  expect(f.service.info()?.version).toBe('v2');
  expect(f.served).toEqual(['v2']);
  await f.service.close();
});
