/**
 * WATCHLIST_REFRESH under a running gateway with two sources: a native file and a UN consolidated list served over
 * HTTP (ETag / If-None-Match). A change of either becomes a new version that screens the next payment, with its diff
 * at GET /v1/watchlist/changes and in the audit trail; a source that breaks (truncated, unreadable, publisher down)
 * is refused or fails, and the list in force stays, visibly (GET /v1/watchlist, /metrics, audit).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { ListServer, unConsolidatedXml } from '../helpers/list-server';
import { waitFor } from '../helpers/http-recorder';
import { TestGateway, listLine, startTestGateway } from '../helpers/test-gateway';
import { auditEvents } from './review-support';

jest.setTimeout(120_000);

let server: ListServer;
let dir: string;
let file: string;
let t: TestGateway;

const coalition = (n: number, extra: string[] = []) =>
  [
    ...Array.from({ length: n }, (_, i) =>
      listLine(`C-${i + 1}`, `Coalition Listed Studio ${String.fromCharCode(65 + i)}${String.fromCharCode(75 + i)}`, ibanDE(6100 + i)),
    ),
    ...extra,
  ].join('\n') + '\n';
const unEntities = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    ref: `QDe.${101 + i}`,
    name: `HARBOUR EXAMPLE TRADING ${String.fromCharCode(65 + i)}${String.fromCharCode(80 + i)}`,
    iban: ibanDE(7100 + i),
  }));
const UN_PATH = '/un/consolidated.xml';

const status = async () => (await t.http.get('/v1/watchlist').set(t.as('reviewerA')).expect(200)).body;
/** The status that showed a version other than `than` (the one checked: a second read may be a later refresh's). */
const newVersion = (than: string) =>
  waitFor(`a version other than ${than}`, async () => {
    const s = await status();
    return s.version !== than ? s : undefined;
  });
/** The audit record of the refresh that made `version` active: its readings, whatever later refreshes read. */
const refreshThatMade = (version: string) =>
  waitFor(`the refresh that made ${version} active`, async () =>
    (await auditEvents(t.gw, 'watchlist-refresh')).find((e) => e.data?.version === version && e.data?.changed === true),
  );
/**
 * Rewrites the list file as a publisher should (a new file renamed over the old): fs.writeFile truncates, then writes,
 * and a refresh (every 300 ms) that read the file in between would refuse it as emptied, not for the reason a test
 * sets up.
 */
const publish = async (text: string) => {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, file);
};
const outcomeOf = (s: { sources: { label: string; lastRefresh: { outcome: string; reason?: string } }[] }, prefix: string) =>
  s.sources.find((x) => x.label.startsWith(prefix))!.lastRefresh;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-refresh-'));
  file = path.join(dir, 'coalition.jsonl');
  await fs.writeFile(file, coalition(10));
  server = await new ListServer().start();
  server.set(UN_PATH, unConsolidatedXml(unEntities(10)));
  t = await startTestGateway('watchlist-refresh', { WATCHLIST: `${file},un-xml:${server.url}${UN_PATH}`, WATCHLIST_REFRESH: '300ms' });
});
afterAll(async () => {
  await t?.destroy();
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

it('starts on both sources merged into one version, and asks the publisher with the ETag on every refresh', async () => {
  const s = await status();
  expect(s.entries).toBe(20);
  expect(s.refresh.everyMs).toBe(300);
  expect(s.sources.map((x: { label: string; format: string; entries: number }) => [x.label, x.format, x.entries])).toEqual([
    ['native:coalition.jsonl', 'native', 10],
    [`un-xml:${server.url.replace('http://', '')}${UN_PATH}`, 'un-xml', 10],
  ]);
  await waitFor('an unchanged refresh', async () => (outcomeOf(await status(), 'un-xml').outcome === 'unchanged' ? true : undefined));
  expect(server.answered.some((a) => a.conditional && a.status === 304)).toBe(true);
  // The UN reader's entries keep their source and id.
  const hit = await t.submit(pacs008([{ creditorName: 'Unrelated Payee Oy', creditorIban: ibanDE(7103) }])).expect(200);
  expect(hit.body.transactions[0].hits[0]).toMatchObject({ entryId: 'un-sc:QDe.104', source: 'un-sc', method: 'iban' });
});

it('a changed file becomes a new version under the running gateway; its diff is at /changes and in the audit trail', async () => {
  const before = (await status()).version;
  await publish(coalition(10, [listLine('C-NEW', 'Newly Listed Pictures Ltd', ibanDE(6199))]));
  const after = await newVersion(before);
  expect(after.entries).toBe(21);
  expect(after.previous).toBe(before);
  // GET shows the last refresh, which may already be the next one (unchanged): the one that made the version is in
  // the audit trail.
  expect(outcomeOf(after, 'native').outcome).toMatch(/^(updated|unchanged)$/);
  const made = await refreshThatMade(after.version);
  expect((made.data!.sources as { label: string; outcome: string }[]).find((x) => x.label.startsWith('native'))).toMatchObject({
    outcome: 'updated',
    entries: 11,
  });

  const res = await t.submit(pacs008([{ creditorName: 'Somebody Else GmbH', creditorIban: ibanDE(6199) }])).expect(200);
  expect(res.body.watchlistVersion).toBe(after.version);
  expect(res.body.transactions[0]).toMatchObject({ decision: 'hold', hits: [expect.objectContaining({ entryId: 'C-NEW' })] });

  const changes = await t.http.get('/v1/watchlist/changes').query({ since: before }).set(t.as('admin')).expect(200);
  expect(changes.body.version).toBe(after.version);
  expect(changes.body.versions).toEqual([
    expect.objectContaining({ version: after.version, previous: before, origin: 'refresh', counts: { added: 1, removed: 0, changed: 0 } }),
  ]);
  expect(changes.body.changes).toEqual([
    expect.objectContaining({
      change: 'added',
      entryId: 'C-NEW',
      version: after.version,
      entry: expect.objectContaining({ names: ['Newly Listed Pictures Ltd'] }),
    }),
  ]);
  await t.http.get('/v1/watchlist/changes').query({ since: before }).set(t.as('submitter')).expect(403);

  const events = (await auditEvents(t.gw, 'watchlist-changed')).filter((e) => e.data?.version === after.version);
  expect(events[0]?.data).toMatchObject({ previous: before, origin: 'refresh', counts: { added: 1, removed: 0, changed: 0 }, added: ['C-NEW'] });
});

it('a list republished over HTTP (new ETag) is fetched, converted and made active: added and changed entries', async () => {
  const before = (await status()).version;
  const republished = unEntities(10).map((e, i) => (i === 0 ? { ...e, name: 'HARBOUR EXAMPLE TRADING RENAMED' } : e));
  server.set(UN_PATH, unConsolidatedXml([...republished, { ref: 'QDe.150', name: 'FRESHLY DESIGNATED SHIPPING', iban: ibanDE(7150) }]));
  const after = await newVersion(before);
  // Updated, or already read again unchanged by the next refresh.
  expect(outcomeOf(after, 'un-xml')).toMatchObject({ outcome: expect.stringMatching(/^(updated|unchanged)$/), entries: 11 });
  const changes = await t.http.get('/v1/watchlist/changes').query({ since: before }).set(t.as('reviewerA')).expect(200);
  const byId = Object.fromEntries(changes.body.changes.map((c: { entryId: string; change: string }) => [c.entryId, c]));
  expect(byId['un-sc:QDe.150']).toMatchObject({ change: 'added' });
  expect(byId['un-sc:QDe.101']).toMatchObject({
    change: 'changed',
    entry: { names: ['HARBOUR EXAMPLE TRADING RENAMED'] },
    previous: { names: ['HARBOUR EXAMPLE TRADING AP'] },
  });
  const res = await t.submit(pacs008([{ creditorName: 'Unrelated Payee AB', creditorIban: ibanDE(7150) }])).expect(200);
  expect(res.body.transactions[0].hits[0]).toMatchObject({ entryId: 'un-sc:QDe.150' });
});

it('a truncated file is refused and the list in force stays; so does an unreadable one; both show in GET and /metrics', async () => {
  const before = await status();
  await publish(coalition(2));
  const refused = await waitFor('a refused refresh', async () => {
    const s = await status();
    return outcomeOf(s, 'native').outcome === 'refused' ? s : undefined;
  });
  expect(refused.version).toBe(before.version);
  expect(outcomeOf(refused, 'native').reason).toMatch(/would remove 9 of 11 entries at once \(81\.8 %, more than 10 %\)/);
  // Still screened against the entries the refused file dropped.
  const res = await t.submit(pacs008([{ creditorName: 'Another Payee Ltd', creditorIban: ibanDE(6105) }])).expect(200);
  expect(res.body.transactions[0]).toMatchObject({ decision: 'hold', hits: [expect.objectContaining({ entryId: 'C-6' })] });

  const metrics = (await t.http.get('/metrics').expect(200)).text;
  expect(metrics).toMatch(/chokepoint_watchlist_source_last_refresh\{source="native:coalition\.jsonl",outcome="refused"\} 1/);
  expect(metrics).toMatch(/chokepoint_watchlist_age_seconds \d+/);
  expect(metrics).toMatch(/chokepoint_watchlist_source_entries\{source="native:coalition\.jsonl"\} 11/);

  await publish('this is not a watchlist\n'.repeat(20));
  const garbage = await waitFor('a refusal of the unreadable file', async () => {
    const s = await status();
    return /shrank to nothing/.test(outcomeOf(s, 'native').reason ?? '') ? s : undefined;
  });
  expect(garbage.version).toBe(before.version);

  const refreshes = await auditEvents(t.gw, 'watchlist-refresh');
  expect(refreshes.some((e) => (e.data?.sources as { outcome: string }[]).some((s) => s.outcome === 'refused'))).toBe(true);
});

it('a publisher that is down fails the refresh of its source and keeps its last good reading; back up, it is read again', async () => {
  await publish(coalition(10, [listLine('C-NEW', 'Newly Listed Pictures Ltd', ibanDE(6199))]));
  const before = await status();
  server.failWith = 500;
  const failed = await waitFor('a failed refresh', async () => {
    const s = await status();
    return outcomeOf(s, 'un-xml').outcome === 'failed' ? s : undefined;
  });
  expect(outcomeOf(failed, 'un-xml').reason).toMatch(/answered HTTP 500/);
  expect(failed.version).toBe(before.version);
  const kept = await t.submit(pacs008([{ creditorName: 'Unrelated Payee AB', creditorIban: ibanDE(7150) }])).expect(200);
  expect(kept.body.transactions[0].decision).toBe('hold');
  server.failWith = undefined;
  await waitFor('the source read again', async () => (outcomeOf(await status(), 'un-xml').outcome === 'unchanged' ? true : undefined));
});
