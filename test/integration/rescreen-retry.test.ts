/**
 * A rescreen that fails mid-run is finished later, once. The list changes, the rescreen opens its first post-hoc item
 * and then loses Redis (the store refuses the next write, as a dropped connection does), so the version is not marked
 * done:
 *  - the instance's scheduled check takes it up again, without any new list change or restart;
 *  - or, while the dead run's lease still blocks that, a newer version arrives: its run folds the unfinished version
 *    in and finds the item already opened.
 * Either way each payment has one item, each opening is audited once, and the work is audited as done once.
 */
import { promises as fs } from 'node:fs';
import { RescreenStore } from '../../src/store/rescreen-store';
import type { PostHocItem } from '../../src/model/rescreen';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { waitFor } from '../helpers/http-recorder';
import { SAMPLE_WATCHLIST, type TestGateway, listLine, startTestGateway } from '../helpers/test-gateway';
import { auditEvents } from './review-support';

jest.setTimeout(60_000);

let g: TestGateway;
let sample: string[];

beforeAll(async () => {
  g = await startTestGateway('rescreen-retry', {}, undefined, { rescreenRetryMs: 300 });
  sample = (await fs.readFile(SAMPLE_WATCHLIST, 'utf8')).trimEnd().split('\n');
});

afterEach(() => jest.restoreAllMocks());

afterAll(async () => {
  await g.destroy();
});

type Payee = { name: string; iban: string };

async function payAll(payees: Payee[]): Promise<string[]> {
  const ids: string[] = [];
  for (const p of payees) {
    const r = await g.submit(pacs008([{ creditorName: p.name, creditorIban: p.iban }])).expect(200);
    expect(r.body.transactions[0].decision).toBe('clear');
    ids.push(r.body.message.id as string);
  }
  return ids;
}

/** The store's second post-hoc write fails as on a dropped connection (after `beforeFailing`); the others are real. */
function secondWriteFails(beforeFailing: () => Promise<unknown> = async () => undefined) {
  const real = Object.getOwnPropertyDescriptor(RescreenStore.prototype, 'openPostHoc')!.value as (this: RescreenStore, item: PostHocItem) => Promise<boolean>;
  let writes = 0;
  return jest.spyOn(RescreenStore.prototype, 'openPostHoc').mockImplementation(async function (this: RescreenStore, item) {
    writes++;
    if (writes !== 2) return real.call(this, item);
    await beforeFailing();
    throw new Error('Connection is closed.');
  });
}

async function putList(lines: string[]): Promise<string> {
  const put = await g.http
    .put('/v1/watchlist')
    .set(g.as('admin'))
    .set('Content-Type', 'application/x-ndjson')
    .send(lines.join('\n') + '\n')
    .expect(200);
  return put.body.version as string;
}

const done = async (version: string) => (await g.gw.redis.hexists(g.gw.keys.rescreenDone, version)) === 1;

async function itemsOf(messageIds: string[]): Promise<{ id: string; version: string; payment: { messageId: string } }[]> {
  const page = (await g.http.get('/v1/review/post-hoc').query({ limit: 100 }).set(g.as('reviewerA')).expect(200)).body as {
    items: { id: string; version: string; payment: { messageId: string } }[];
  };
  return page.items.filter((i) => messageIds.includes(i.payment.messageId));
}

async function expectOneItemEach(messageIds: string[]): Promise<void> {
  const items = await itemsOf(messageIds);
  expect(items.map((i) => i.payment.messageId).sort()).toEqual([...messageIds].sort());
  const opened = (await auditEvents(g.gw, 'post-hoc-opened')).map((e) => e.data?.postHocId);
  for (const i of items) expect(opened.filter((id) => id === i.id)).toHaveLength(1);
}

it('a rescreen cut short by a Redis failure is finished by the next scheduled run, nothing opened twice', async () => {
  const payees = [
    { name: 'Kesselflicker Nachlauf Werk AA', iban: ibanDE(9601) },
    { name: 'Kesselflicker Nachlauf Werk BB', iban: ibanDE(9602) },
  ];
  const paid = await payAll(payees);
  const openPostHoc = secondWriteFails();
  const version = await putList([...sample, ...payees.map((p, i) => listLine(`NL-${i + 1}`, p.name, p.iban))]);

  await waitFor('the version rescreened to the end', async () => ((await done(version)) ? true : undefined), 30_000);
  await g.gw.rescreen.settled();

  // First run: one item opened, the second write failed. The scheduled run: the first found (not opened again), the second opened.
  expect(openPostHoc).toHaveBeenCalledTimes(4);
  await expect(openPostHoc.mock.results[1]!.value).rejects.toThrow('Connection is closed.');
  await expectOneItemEach(paid);
  const rescreened = (await auditEvents(g.gw, 'rescreened')).filter((e) => e.data?.version === version && e.holdId === undefined);
  expect(rescreened).toHaveLength(1);
  expect(rescreened[0]!.data).toMatchObject({ payments: { opened: 1 } });
});

it('a version whose run died half-way is folded into the next version, which finds the item already opened', async () => {
  const payees = [
    { name: 'Glockengiesser Faltung Werk AA', iban: ibanDE(9611) },
    { name: 'Glockengiesser Faltung Werk BB', iban: ibanDE(9612) },
  ];
  const paid = await payAll(payees);
  const current = (await fs.readFile(g.gw.watchlist.info()!.file, 'utf8')).trimEnd().split('\n');
  // The run dies with its lease still held (as when the process is killed): nothing runs until the lease is free.
  secondWriteFails(() => g.gw.redis.set(g.gw.keys.rescreenLease, 'dead-holder', 'PX', 60_000));
  const v1 = await putList([...current, ...payees.map((p, i) => listLine(`GF-${i + 1}`, p.name, p.iban))]);
  await waitFor('the run of v1 cut short', async () => ((await itemsOf(paid)).length === 1 ? true : undefined), 30_000);
  await g.gw.rescreen.settled();
  expect(await done(v1)).toBe(false);

  const v2 = await putList([
    ...current,
    ...payees.map((p, i) => listLine(`GF-${i + 1}`, p.name, p.iban)),
    listLine('GF-OTHER', 'Unrelated Listing Oy', ibanDE(9619)),
  ]);
  await g.gw.redis.del(g.gw.keys.rescreenLease);
  await waitFor('v2 rescreened, v1 with it', async () => ((await done(v2)) && (await done(v1)) ? true : undefined), 30_000);
  await g.gw.rescreen.settled();
  await expectOneItemEach(paid);
});
