/**
 * PUT /v1/watchlist: a new list is validated, indexed and made active (the next payment is screened against it); a
 * bad list is refused with its line and reason and leaves the active list as it was.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { TestGateway, listLine, startTestGateway } from '../helpers/test-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway('watchlist-put');
});
afterAll(async () => t.destroy());

const NEW_IBAN = ibanDE(4242);

it('replaces the list: the new entry hits, the old one no longer does, and GET shows the new version', async () => {
  const before = await t.http.get('/v1/watchlist').set(t.as('admin')).expect(200);
  const list = [listLine('NEW-1', 'Freshly Listed Pictures Ltd', NEW_IBAN), listLine('NEW-2', 'Second Listed Studio Oy', ibanDE(4343))].join('\n') + '\n';
  const put = await t.http.put('/v1/watchlist').set(t.as('admin')).set('Content-Type', 'application/x-ndjson').send(list).expect(200);
  expect(put.body.entries).toBe(2);
  expect(put.body.origin).toBe('api');
  expect(put.body.version).not.toBe(before.body.version);
  const now = await t.http.get('/v1/watchlist').set(t.as('reviewerA')).expect(200);
  expect(now.body.version).toBe(put.body.version);
  // Stored under DATA_DIR/watchlists/ by version (beside the configured list it replaced), nothing left of the staging.
  const stored = await fs.readdir(path.join(t.dataDir, 'watchlists'));
  expect(stored).toEqual(expect.arrayContaining([`${put.body.version.replace(':', '-')}.jsonl`, `${before.body.version.replace(':', '-')}.jsonl`]));
  expect(stored.filter((f) => f.startsWith('.'))).toEqual([]);

  const hit = await t.submit(pacs008([{ creditorName: 'Somebody Else GmbH', creditorIban: NEW_IBAN }])).expect(200);
  expect(hit.body.transactions[0].decision).toBe('hold');
  expect(hit.body.transactions[0].hits[0]).toMatchObject({ entryId: 'NEW-1', method: 'iban' });
  expect(hit.body.watchlistVersion).toBe(put.body.version);
  const old = await t.submit(pacs008([{ creditorName: 'Another Payee AB', creditorIban: LISTED.iban }])).expect(200);
  expect(old.body.transactions[0].decision).toBe('clear');
});

it('refuses a bad list with the line and reason, and keeps the active one', async () => {
  const active = await t.http.get('/v1/watchlist').set(t.as('admin')).expect(200);
  const bad = [listLine('OK-1', 'Good Entry Media Ltd', ibanDE(4444)), '{"id":"BAD-1","kind":"organisation","names":[]}'].join('\n') + '\n';
  const res = await t.http.put('/v1/watchlist').set(t.as('admin')).set('Content-Type', 'application/x-ndjson').send(bad).expect(422);
  expect(res.body.error.code).toBe('WATCHLIST_INVALID');
  expect(res.body.error.message).toMatch(/upload:2\b/);
  const after = await t.http.get('/v1/watchlist').set(t.as('admin')).expect(200);
  expect(after.body.version).toBe(active.body.version);
  const staged = (await fs.readdir(path.join(t.dataDir, 'watchlists'))).filter((f) => f.startsWith('.'));
  expect(staged).toEqual([]);
});
