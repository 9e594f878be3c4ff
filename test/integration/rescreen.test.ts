/**
 * Every list change acted on, under two running gateways on one Redis with WATCHLIST_REFRESH and two sources (a
 * native file and a UN list served over HTTP with an ETag):
 *  - a changed file reaches both instances (the time from the write to both serving it is measured and printed);
 *  - open holds are re-evaluated: one whose entry was delisted is marked "all its hits were delisted" (its release
 *    still takes four eyes), one whose entry changed gets the new hits beside the original ones;
 *  - payments cleared minutes before (the gateways' clock is set back when they are sent) are screened against the
 *    added entries: a hit opens a post-hoc item with the forward's ids; a payment older than RESCREEN_LOOKBACK does
 *    not; reviewers list and close items (audited) and the dashboard counts them;
 *  - the same from the HTTP source; a rescreen repeated (as after a crash) adds nothing; a broken list is kept out.
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

const MINUTE = 60_000;
let offset = 0;
const clock = () => new Date(Date.now() + offset);

let server: ListServer;
let dir: string;
let file: string;
let a: TestGateway;
let b: TestGateway;

const entry = (i: number, name = `Coalition Rescreen Studio ${String.fromCharCode(65 + i)}${String.fromCharCode(75 + i)}`) =>
  listLine(`RS-${i + 1}`, name, ibanDE(9100 + i));
const coalition = (lines: string[]) => lines.join('\n') + '\n';
const base = () => Array.from({ length: 12 }, (_, i) => entry(i));
const unEntities = [
  { ref: 'QDr.101', name: 'HARBOUR RESCREEN TRADING AA', iban: ibanDE(9300) },
  { ref: 'QDr.102', name: 'HARBOUR RESCREEN TRADING BB', iban: ibanDE(9301) },
];
const UN_PATH = '/un/rescreen.xml';

const status = async (g: TestGateway) =>
  (await g.http.get('/v1/watchlist').set(g.as('reviewerA')).expect(200)).body as {
    version: string;
    sources: { label: string; lastRefresh?: { outcome: string; at: string } }[];
  };

/** From the change to both instances serving a version other than `before`: the version and the milliseconds. */
async function propagation(before: string, change: () => Promise<void> | void): Promise<{ version: string; ms: number }> {
  const t0 = Date.now();
  await change();
  const version = await waitFor(
    'instance A on a new version',
    async () => {
      const v = (await status(a)).version;
      return v !== before ? v : undefined;
    },
    30_000,
  );
  await waitFor('instance B on the same version', async () => ((await status(b)).version === version ? true : undefined), 30_000);
  return { version, ms: Date.now() - t0 };
}

/** Sends one payment with the gateways' clock set `minutesAgo` back; returns the transaction's result. */
async function pay(minutesAgo: number, creditorName: string, creditorIban: string) {
  offset = -minutesAgo * MINUTE;
  try {
    const r = await a.submit(pacs008([{ creditorName, creditorIban }])).expect(200);
    return { messageId: r.body.message.id as string, ...r.body.transactions[0] };
  } finally {
    offset = 0;
  }
}

const hold = async (id: string) => (await a.http.get(`/v1/holds/${id}`).set(a.as('reviewerA')).expect(200)).body;
const openItems = async () =>
  (await b.http.get('/v1/review/post-hoc').set(b.as('reviewerB')).expect(200)).body as {
    items: { id: string; version: string; why: string; payment: Record<string, unknown>; hits: { entryId: string }[] }[];
    total: number;
  };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-rescreen-'));
  file = path.join(dir, 'coalition.jsonl');
  await fs.writeFile(file, coalition(base()));
  server = await new ListServer().start();
  server.set(UN_PATH, unConsolidatedXml(unEntities));
  const env = { WATCHLIST: `${file},un-xml:${server.url}${UN_PATH}`, WATCHLIST_REFRESH: '200ms', RESCREEN_LOOKBACK: '10m' };
  a = await startTestGateway('rescreen', env, undefined, { now: clock });
  b = await startTestGateway('rescreen', env, { dataDir: a.dataDir, prefix: a.prefix }, { now: clock });
});
afterAll(async () => {
  await b?.stop();
  await a?.destroy();
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

const times: number[] = [];
let delistedHoldId: string;
let changedHoldId: string;
let recent: { messageId: string; endToEndId: string; txId?: string; uetr?: string; decision: string };

it('a changed file reaches both instances; open holds are re-evaluated and payments cleared minutes before are rescreened', async () => {
  // Cleared 5 and 25 minutes ago (the lookback is 10 minutes); two holds on entries about to be delisted and changed.
  recent = await pay(5, 'Quiet Meadow Prints AB', ibanDE(9400));
  const old = await pay(25, 'Quiet Orchard Prints AB', ibanDE(9401));
  expect([recent.decision, old.decision]).toEqual(['clear', 'clear']);
  const delisted = await pay(2, 'Some Payee Oy', ibanDE(9102));
  const changed = await pay(2, 'Other Payee Oy', ibanDE(9103));
  expect([delisted.decision, changed.decision]).toEqual(['hold', 'hold']);
  delistedHoldId = delisted.holdId;
  changedHoldId = changed.holdId;
  await a.settled();

  const before = (await status(a)).version;
  const lines = base().filter((_, i) => i !== 2);
  lines[2] = entry(3, 'Coalition Rescreen Studio Renamed');
  lines.push(listLine('RS-NEW', 'Freshly Listed Meadow Prints', ibanDE(9400)), listLine('RS-OLD', 'Freshly Listed Orchard Prints', ibanDE(9401)));
  const { version, ms } = await propagation(before, () => fs.writeFile(file, coalition(lines)));
  times.push(ms);

  // Rescreened once, by one instance.
  await waitFor('the rescreen', async () => ((await auditEvents(a.gw, 'rescreened')).some((e) => !e.holdId && e.data?.version === version) ? true : undefined));
  const summaries = (await auditEvents(a.gw, 'rescreened')).filter((e) => !e.holdId && e.data?.version === version);
  expect(summaries).toHaveLength(1);
  expect(summaries[0]!.data).toMatchObject({ holds: { noted: 2, allDelisted: 1 }, payments: { opened: 1 } });

  const d = await hold(delistedHoldId);
  expect(d.hits).toEqual([expect.objectContaining({ entryId: 'RS-3' })]);
  expect(d.rescreens).toEqual([expect.objectContaining({ version, previous: before, delisted: ['RS-3'], changed: [], allDelisted: true, hits: [] })]);
  const c = await hold(changedHoldId);
  expect(c.rescreens).toEqual([
    expect.objectContaining({ version, delisted: [], changed: ['RS-4'], allDelisted: false, hits: [expect.objectContaining({ entryId: 'RS-4' })] }),
  ]);
  expect(c.hits).toEqual([expect.objectContaining({ entryId: 'RS-4' })]);
  // The audit trail has the original hits (held) and the new ones (rescreened).
  const trail = await auditEvents(a.gw, 'held', 'rescreened');
  expect(trail.find((e) => e.type === 'held' && e.holdId === changedHoldId)!.data).toMatchObject({ entries: ['RS-4'] });
  expect(trail.find((e) => e.type === 'rescreened' && e.holdId === changedHoldId)!.data).toMatchObject({ version, changed: ['RS-4'], entries: ['RS-4'] });

  // Marked, not released: the usual four eyes still apply.
  const proposed = await a.http.post(`/v1/holds/${delistedHoldId}/release`).set(a.as('reviewerA')).send({ comment: 'All its hits were delisted' }).expect(202);
  expect(proposed.body.state).toBe('proposed');

  // One post-hoc item, for the payment cleared 5 minutes ago, with the forward's ids; none for the one 25 minutes ago.
  const page = await openItems();
  expect(page.total).toBe(1);
  const item = page.items[0]!;
  expect(item).toMatchObject({
    version,
    why: expect.stringMatching(/^paid before the entry was listed: RS-NEW added in version /),
    hits: [expect.objectContaining({ entryId: 'RS-NEW', method: 'iban' })],
    payment: {
      messageId: recent.messageId,
      index: 0,
      endToEndId: recent.endToEndId,
      txId: recent.txId,
      uetr: recent.uetr,
      msgId: expect.any(String),
      idempotencyKey: `${recent.messageId}-f`,
      clearedAt: expect.any(String),
      forwardedAt: expect.any(String),
      payee: expect.arrayContaining([expect.objectContaining({ kind: 'iban', value: ibanDE(9400) })]),
    },
  });
  expect(Date.now() - Date.parse(item.payment.clearedAt as string)).toBeGreaterThan(4 * MINUTE);
  const opened = (await auditEvents(a.gw, 'post-hoc-opened')).filter((e) => e.data?.version === version);
  expect(opened.map((e) => e.messageId)).toEqual([recent.messageId]);
  expect(JSON.stringify(opened)).not.toContain(ibanDE(9400));
  expect((await a.http.get('/v1/review/dashboard').set(a.as('reviewerA')).expect(200)).body.postHoc.paidBeforeListing).toBe(1);
});

it('a rescreen repeated after a crash adds nothing; reviewers close an item, audited, and the dashboard follows', async () => {
  const { version } = await status(a);
  await a.gw.redis.hdel(a.gw.keys.rescreenDone, version);
  const again = await a.gw.rescreen.run(version);
  expect(again).toMatchObject({ holds: { noted: 0 }, payments: { opened: 0 } });
  expect((await openItems()).total).toBe(1);
  expect((await hold(delistedHoldId)).rescreens).toHaveLength(1);

  const [item] = (await openItems()).items;
  await b.http.post(`/v1/review/post-hoc/${item!.id}/close`).set(b.as('submitter')).send({ outcome: 'recalled', comment: 'x' }).expect(403);
  const closed = await b.http
    .post(`/v1/review/post-hoc/${item!.id}/close`)
    .set(b.as('reviewerB'))
    .send({ outcome: 'recalled', comment: 'Recall sent, case 114' })
    .expect(200);
  expect(closed.body).toMatchObject({ state: 'closed', closed: { by: 'bob', outcome: 'recalled', comment: 'Recall sent, case 114' } });
  const twice = await a.http.post(`/v1/review/post-hoc/${item!.id}/close`).set(a.as('reviewerA')).send({ outcome: 'reported', comment: 'again' }).expect(409);
  expect(twice.body.error.code).toBe('POST_HOC_CLOSED');
  expect((await openItems()).total).toBe(0);
  const closedPage = (await a.http.get('/v1/review/post-hoc').query({ state: 'closed' }).set(a.as('reviewerA')).expect(200)).body;
  expect(closedPage.items.map((i: { id: string }) => i.id)).toEqual([item!.id]);
  expect((await auditEvents(a.gw, 'post-hoc-closed')).map((e) => [e.actor, e.data?.postHocId, e.data?.outcome])).toEqual([['bob', item!.id, 'recalled']]);
  expect((await a.http.get('/v1/review/dashboard').set(a.as('reviewerA')).expect(200)).body.postHoc.paidBeforeListing).toBe(0);
});

it('a list republished over HTTP (new ETag) reaches both instances and is rescreened like a file, released holds too', async () => {
  const paid = await pay(3, 'Tidewater Goods Ltd', ibanDE(9500));
  expect(paid.decision).toBe('clear');
  // Held on RS-6, released with four eyes: paid as well.
  const held = await pay(3, 'Saltmarsh Supplies Ltd', ibanDE(9105));
  expect(held.decision).toBe('hold');
  await a.http.post(`/v1/holds/${held.holdId}/release`).set(a.as('reviewerA')).send({ comment: 'Not RS-6' }).expect(202);
  await b.http.post(`/v1/holds/${held.holdId}/release`).set(b.as('reviewerB')).send({ comment: 'Agreed' }).expect(200);
  await a.settled();
  const before = (await status(a)).version;
  const { version, ms } = await propagation(before, () =>
    server.set(
      UN_PATH,
      unConsolidatedXml([
        ...unEntities,
        { ref: 'QDr.150', name: 'TIDEWATER DESIGNATED GOODS', iban: ibanDE(9500) },
        { ref: 'QDr.151', name: 'SALTMARSH DESIGNATED', iban: ibanDE(9105) },
      ]),
    ),
  );
  times.push(ms);
  const items = await waitFor('two post-hoc items of the HTTP source', async () => {
    const mine = (await openItems()).items.filter((i) => i.version === version);
    return mine.length === 2 ? mine : undefined;
  });
  const byEntry = Object.fromEntries(items.map((i) => [i.hits[0]!.entryId, i]));
  expect(byEntry['un-sc:QDr.150']).toMatchObject({
    payment: { messageId: paid.messageId, endToEndId: paid.endToEndId, idempotencyKey: `${paid.messageId}-f` },
  });
  // Only the hit on the added entry counts; the release's forward is the hold's.
  expect(byEntry['un-sc:QDr.151']).toMatchObject({
    hits: [expect.objectContaining({ entryId: 'un-sc:QDr.151' })],
    payment: { messageId: held.messageId, endToEndId: held.endToEndId, idempotencyKey: held.holdId, forwardedAt: expect.any(String) },
  });
});

it('versions replaced before their rescreen ran are folded into the next one: nothing they added is missed', async () => {
  const paid = await pay(2, 'Marsh Lantern Goods AB', ibanDE(9700));
  expect(paid.decision).toBe('clear');
  await a.settled();
  const current = (await fs.readFile(a.gw.watchlist.info()!.file, 'utf8')).trimEnd().split('\n');
  // Another holder of the rescreen lease: both versions become active without a rescreen.
  await a.gw.redis.set(a.gw.keys.rescreenLease, 'test-holder', 'PX', 60_000);
  const put = async (lines: string[]) =>
    (
      await a.http
        .put('/v1/watchlist')
        .set(a.as('admin'))
        .set('Content-Type', 'application/x-ndjson')
        .send(lines.join('\n') + '\n')
        .expect(200)
    ).body.version as string;
  const v1 = await put([...current, listLine('RS-FOLD', 'Marsh Lantern Listed', ibanDE(9700))]);
  const v2 = await put([...current, listLine('RS-FOLD', 'Marsh Lantern Listed', ibanDE(9700)), listLine('RS-OTHER', 'Unrelated Listing Oy', ibanDE(9701))]);
  expect(await a.gw.redis.hexists(a.gw.keys.rescreenDone, v1)).toBe(0);
  // v2 replaced v1 (no refresh put the configured sources' list back in between: they did not change), and both
  // instances serve v2 with their rescreens of v1 and v2 given up for the lease: B loads the announced versions in the
  // background, and a late one would otherwise rescreen v1 on its own once the lease is free.
  expect(a.gw.watchlist.info()).toMatchObject({ version: v2, previous: v1 });
  await waitFor('instance B on v2', async () => ((await status(b)).version === v2 ? true : undefined));
  await Promise.all([a.gw.rescreen.settled(), b.gw.rescreen.settled()]);
  await a.gw.redis.del(a.gw.keys.rescreenLease);
  a.gw.rescreen.trigger(v2);
  const item = await waitFor('the folded rescreen', async () => (await openItems()).items.find((i) => i.version === v2));
  expect(item).toMatchObject({ hits: [expect.objectContaining({ entryId: 'RS-FOLD' })], payment: { messageId: paid.messageId } });
  // Both marked done at the end of that run, after its items (the item can be seen before).
  await waitFor('v1 marked done with v2', async () => ((await a.gw.redis.hexists(a.gw.keys.rescreenDone, v1)) === 1 ? true : undefined), 10_000);
});

it('a broken list is kept out on both instances; the propagation times are reported', async () => {
  // The list in force once a refresh round has run after the previous test's uploads and both instances serve it:
  // before that, a refresh may still replace an uploaded version, which is no refusal. The round is known done from
  // its audit record, written at its end: the sources' readings in GET are written before the version they make
  // active (WatchlistService.refresh), so fresh readings alone could be a round still committing a version.
  const since = Date.now();
  const before = await waitFor('a refresh round after the last change, both instances on one version', async () => {
    const done = (await auditEvents(a.gw, 'watchlist-refresh')).some((e) => Date.parse(e.at) > since);
    const [sa, sb] = [await status(a), await status(b)];
    return done && sa.version === sb.version ? sa.version : undefined;
  });
  await fs.writeFile(file, coalition(base().slice(0, 3)));
  await waitFor('a refused refresh', async () =>
    (await status(b)).sources.find((s) => s.label.startsWith('native'))!.lastRefresh?.outcome === 'refused' ? true : undefined,
  );
  expect((await status(a)).version).toBe(before);
  expect((await status(b)).version).toBe(before);
  // The figure the closing note asks for (WATCHLIST_REFRESH 200 ms: a refresh is due at most 100 ms late).
  console.log(`list change → both instances serving it: ${times.map((t) => `${t} ms`).join(', ')} (file, then HTTP source)`);
  expect(times).toHaveLength(2);
});
