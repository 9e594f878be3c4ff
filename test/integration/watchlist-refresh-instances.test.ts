/**
 * Two gateway instances on one Redis, one bare list file, WATCHLIST_REFRESH: only one of them reads the file again and
 * builds the new version (a lease); the other takes it over from the announcement. A file with a bad entry fails the
 * refresh with the file's line, and both keep serving the list in force.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { waitFor } from '../helpers/http-recorder';
import { TestGateway, listLine, numberedList, startTestGateway } from '../helpers/test-gateway';
import { auditEvents } from './review-support';

jest.setTimeout(120_000);

let dir: string;
let file: string;
let a: TestGateway;
let b: TestGateway;

const lines = (n: number, extra: string[] = []) => numberedList({ id: 'L', name: 'Listed Media House', letters: 'AF', ibanFrom: 8100 }, n, extra);
const versionOf = async (g: TestGateway) =>
  (await g.http.get('/v1/watchlist').set(g.as('admin')).expect(200)).body as {
    version: string;
    sources: { lastRefresh: { outcome: string; reason?: string } }[];
  };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-instances-'));
  file = path.join(dir, 'list.jsonl');
  await fs.writeFile(file, lines(5));
  a = await startTestGateway('refresh-two', { WATCHLIST: file, WATCHLIST_REFRESH: '300ms' });
  b = await startTestGateway('refresh-two', { WATCHLIST: file, WATCHLIST_REFRESH: '300ms' }, { dataDir: a.dataDir, prefix: a.prefix });
});
afterAll(async () => {
  await b?.stop();
  await a?.destroy();
  await fs.rm(dir, { recursive: true, force: true });
});

it('both instances start on the same version; a changed file is built once and served by both', async () => {
  const start = (await versionOf(a)).version;
  expect((await versionOf(b)).version).toBe(start);
  await fs.writeFile(file, lines(5, [listLine('L-NEW', 'Fresh Listing Studio Oy', ibanDE(8199))]));
  const next = await waitFor('instance A on the new version', async () => ((await versionOf(a)).version !== start ? (await versionOf(a)).version : undefined));
  await waitFor('instance B on the new version', async () => ((await versionOf(b)).version === next ? true : undefined));
  for (const g of [a, b]) {
    const r = await g.submit(pacs008([{ creditorName: 'Somebody Else GmbH', creditorIban: ibanDE(8199) }])).expect(200);
    expect(r.body).toMatchObject({ watchlistVersion: next, transactions: [{ decision: 'hold' }] });
  }
  const built = (await auditEvents(a.gw, 'watchlist-changed')).filter((e) => e.data?.version === next);
  expect(built).toHaveLength(1);
});

it('a bad entry fails the refresh with the file and line; both keep the list in force', async () => {
  const before = (await versionOf(a)).version;
  await fs.writeFile(
    file,
    lines(5, [listLine('L-NEW', 'Fresh Listing Studio Oy', ibanDE(8199)), '{"id":"L-BAD","kind":"shop","names":["x"],"identifiers":[]}']),
  );
  const failed = await waitFor('a failed refresh', async () => {
    const s = await versionOf(b);
    return s.sources[0]!.lastRefresh.outcome === 'failed' ? s : undefined;
  });
  expect(failed.sources[0]!.lastRefresh.reason).toMatch(/list\.jsonl:7: kind/);
  expect(failed.version).toBe(before);
  expect((await versionOf(a)).version).toBe(before);
});
