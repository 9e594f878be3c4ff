/**
 * Large batches in the running gateway (compiled, so bodies over 256 KiB are read in a worker thread): a 10,000
 * transaction pacs.008 is accepted and forwarded whole, byte for byte; an invalid large body gets the same coded
 * error with path and line as a small one. (Its speed is measured by `npm run bench:batch`, not here.)
 */
import { promises as fs } from 'node:fs';
import { HttpRecorder } from '../helpers/http-recorder';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { makeDataDir } from '../helpers/test-gateway';
import { startCliGateway, CliGateway } from '../helpers/cli-gateway';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

jest.setTimeout(120_000);
let core: HttpRecorder;
let gw: CliGateway;
let dataDir: string;
const prefix = testPrefix('batch');

beforeAll(async () => {
  core = await new HttpRecorder().start();
  dataDir = await makeDataDir();
  gw = await startCliGateway(dataDir, { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix, CORE_URL: core.url });
});
afterAll(async () => {
  await gw.stop();
  await core.stop();
  await deletePrefix(prefix);
  await fs.rm(dataDir, { recursive: true, force: true });
});

const batch = (n: number) =>
  pacs008(Array.from({ length: n }, (_, i) => ({ creditorName: `Payee ${i} AB`, creditorIban: ibanDE(200_000 + i), amount: '1.25' })));

it('accepts 10,000 transactions and forwards the original once', async () => {
  const xml = batch(10_000);
  expect(Buffer.byteLength(xml)).toBeGreaterThan(256 * 1024);
  const res = await gw.post(xml);
  expect(res.status).toBe(200);
  const body = JSON.parse(res.body);
  expect(body.transactions).toHaveLength(10_000);
  expect(body.groupStatus).toBe('ACSP');
  await core.waitFor(() => core.accepted.length === 1, 60_000);
  expect(core.accepted[0]!.body).toBe(xml);
});

it('an invalid large body is refused with code, path and line from the worker thread', async () => {
  const xml = batch(3000).replace('<NbOfTxs>3000</NbOfTxs>', '<NbOfTxs>2999</NbOfTxs>');
  const res = await gw.post(xml);
  expect(res.status).toBe(422);
  const err = JSON.parse(res.body);
  expect(err.error.code).toBe('NB_OF_TXS_MISMATCH');
  expect(err.error.path).toMatch(/NbOfTxs/);
  expect(err.statusReport).toContain('RJCT');
  const broken = await gw.post(batch(3000).slice(0, 400_000));
  expect(broken.status).toBe(400);
  expect(JSON.parse(broken.body).error).toMatchObject({ code: 'XML_MALFORMED', line: expect.any(Number) });
});
