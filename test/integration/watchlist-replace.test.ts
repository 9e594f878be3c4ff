/**
 * PUT /v1/watchlist on the gateway as it runs (compiled CLI): the upload is loaded in a worker thread and its index
 * handed to the HTTP thread, which screens the next payment against it; a bad upload is refused with its line.
 */
import { promises as fs } from 'node:fs';
import { CliGateway, startCliGateway } from '../helpers/cli-gateway';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, listLine, makeDataDir } from '../helpers/test-gateway';

jest.setTimeout(120_000);

let gw: CliGateway;
let dataDir: string;
beforeAll(async () => {
  dataDir = await makeDataDir();
  gw = await startCliGateway(dataDir);
});
afterAll(async () => {
  await gw.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const put = (body: string) =>
  fetch(`http://127.0.0.1:${gw.port}/v1/watchlist`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${TOKENS.admin}`, 'content-type': 'application/x-ndjson' },
    body,
  });

it('screens against an uploaded list: identifier and name hits come from the index built in the worker thread', async () => {
  const iban = ibanDE(5151);
  const res = await put(
    [listLine('UP-1', 'Threadbuilt Imagery Holdings Ltd', iban), listLine('UP-2', 'Other Listed Media AB', ibanDE(5252))].join('\n') + '\n',
  );
  expect(res.status).toBe(200);
  const active = (await res.json()) as { version: string; entries: number };
  expect(active.entries).toBe(2);

  const byIban = JSON.parse((await gw.post(pacs008([{ creditorName: 'Unrelated Payee GmbH', creditorIban: iban }]))).body);
  expect(byIban.watchlistVersion).toBe(active.version);
  expect(byIban.transactions[0].decision).toBe('hold');
  expect(byIban.transactions[0].hits[0]).toMatchObject({ entryId: 'UP-1', method: 'iban' });

  const byName = JSON.parse((await gw.post(pacs008([{ creditorName: 'Threadbuilt Imagery Holdings Ltd', creditorIban: ibanDE(5353) }]))).body);
  expect(byName.transactions[0].hits.some((h: { entryId: string; method: string }) => h.entryId === 'UP-1' && h.method === 'name')).toBe(true);
});

it('refuses a bad upload with the line and reason and keeps the active list', async () => {
  const before = (await (await fetch(`http://127.0.0.1:${gw.port}/v1/watchlist`, { headers: { authorization: `Bearer ${TOKENS.admin}` } })).json()) as {
    version: string;
  };
  const res = await put([listLine('OK-9', 'Fine Entry Studio Oy', ibanDE(5454)), '{"id":"BAD-9","kind":"organisation","names":[]}'].join('\n') + '\n');
  expect(res.status).toBe(422);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('WATCHLIST_INVALID');
  expect(body.error.message).toMatch(/upload:2\b/);
  const after = (await (await fetch(`http://127.0.0.1:${gw.port}/v1/watchlist`, { headers: { authorization: `Bearer ${TOKENS.admin}` } })).json()) as {
    version: string;
  };
  expect(after.version).toBe(before.version);
});
