/**
 * A refresh that makes a new version active has recorded the sources' readings first: GET /v1/watchlist read at any
 * moment never shows the new version beside the readings it replaced (a hub polling the status for a change would
 * see "unchanged" under the new version). Before, the version was committed first and the records written after.
 */
import type { ActiveWatchlist } from '../../../src/model/records';
import type { SourceRecord } from '../../../src/model/watchlist';

jest.mock('../../../src/watchlist/source-set', () => ({
  materialise: async () => ({
    records: [{ label: 'feed', current: { file: '/lists/v2.jsonl', entries: 11 }, last: { at: 'now', outcome: 'updated', entries: 11 } }],
    changed: true,
    unread: [],
    list: { file: '/lists/v2.jsonl', version: 'v2', entries: 11, duplicates: {} },
  }),
}));
jest.mock('../../../src/watchlist/read-file', () => ({
  ...jest.requireActual('../../../src/watchlist/read-file'),
  readWatchlistFile: async () => ({ version: 'v2', file: '/lists/v2.jsonl', entries: 11, screener: { listVersion: 'v2' } }),
}));
jest.mock('../../../src/watchlist/list-files', () => ({ ...jest.requireActual('../../../src/watchlist/list-files'), readable: async () => false }));

import { WatchlistService, type WatchlistDeps } from '../../../src/app/watchlist-service';

function service_(o: { commitFails?: boolean } = {}) {
  let records = new Map<string, SourceRecord>([['feed', { label: 'feed', last: { at: 'before', outcome: 'unchanged', entries: 10 } } as SourceRecord]]);
  let active: ActiveWatchlist | undefined = {
    version: 'v1',
    file: '/lists/v1.jsonl',
    entries: 10,
    origin: 'config',
    configuredVersion: 'v1',
    loadedAt: '2026-12-07T00:00:00.000Z',
  };
  const seenAtCommit: (string | undefined)[] = [];
  let writes = 0;
  const service = new WatchlistService({
    store: {
      active: async () => active,
      sourceRecords: async () => records,
      setSourceRecords: async (r: SourceRecord[]) => {
        writes++;
        records = new Map(r.map((x) => [x.label, x]));
      },
      refreshedAt: async () => undefined,
      markRefreshed: async () => undefined,
      setConfiguredVersion: async () => undefined,
      commitVersion: async (a: ActiveWatchlist) => {
        seenAtCommit.push(records.get('feed')?.last?.outcome);
        if (o.commitFails) throw new Error('Connection is closed.');
        active = a;
      },
    },
    announcements: { announce: async () => undefined, follow: async () => undefined, close: async () => undefined },
    audit: { record: async () => undefined },
    lease: { hold: async () => true, release: async () => undefined },
    dataDir: '/nowhere',
    sources: { sources: [{ label: 'feed', format: 'native', path: '/feed.jsonl' }], single: false },
    checks: {},
    now: () => new Date('2026-12-07T00:00:01.000Z'),
    log: () => undefined,
  } as unknown as WatchlistDeps);
  return { service, active: () => active, records: () => records, seenAtCommit, writes: () => writes };
}

it('records the sources before the new version becomes active', async () => {
  const { service, active, seenAtCommit, writes } = service_();
  const out = await service.refresh();
  expect(out?.changed).toBe(true);
  expect(active()?.version).toBe('v2');
  expect(seenAtCommit).toEqual(['updated']);
  // Written once: nothing marked them since.
  expect(writes()).toBe(1);
});

it('names a failed commit as such, not as a list that did not load', async () => {
  const { service, active, records } = service_({ commitFails: true });
  const out = await service.refresh();
  expect(out?.changed).toBe(false);
  expect(active()?.version).toBe('v1');
  const last = records().get('feed')?.last;
  expect(last?.outcome).toBe('failed');
  expect(last?.reason).toBe('the list loaded but could not be made active: Connection is closed.');
});
