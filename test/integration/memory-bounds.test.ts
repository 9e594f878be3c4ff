/**
 * Memory per request is bounded, in the built gateway over HTTP: a body of MAX_BODY_BYTES (32 MiB) made of tiny
 * elements is refused at MAX_XML_ELEMENTS with XML_LIMIT_EXCEEDED instead of growing a tree of gigabytes, and of four
 * such bodies at once only as many as MAX_BODY_BYTES_IN_FLIGHT holds are read: the others get 503 OVERLOADED at once.
 * The process's peak resident set (VmHWM, reset before each case) is asserted with a generous margin: before these
 * bounds one such body added 1.3-2.5 GB. The figures themselves come from `npm run bench:memory`.
 */
import { promises as fs, readFileSync } from 'node:fs';
import { tinyElementsBody } from '../../bench/memory/bodies';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, makeDataDir } from '../helpers/test-gateway';
import { startCliGateway, CliGateway } from '../helpers/cli-gateway';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

jest.setTimeout(180_000);
const MIB = 1024 * 1024;
let gw: CliGateway;
let dataDir: string;
const prefix = testPrefix('membounds');

beforeAll(async () => {
  dataDir = await makeDataDir();
  // The shipped defaults: MAX_BODY_BYTES 32 MiB, MAX_BODY_BYTES_IN_FLIGHT twice that, MAX_XML_ELEMENTS 1,000,000.
  gw = await startCliGateway(dataDir, { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix });
  // The read thread starts with the first large body: a cost of the process, not of the bodies measured below.
  await post(tinyElementsBody(512 * 1024));
});
afterAll(async () => {
  await gw.stop();
  await deletePrefix(prefix);
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function post(body: Buffer): Promise<{ status: number; retryAfter: string | null; code?: string; message?: string }> {
  const r = await fetch(`http://127.0.0.1:${gw.port}/v1/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/xml' },
    body,
  });
  const json = (await r.json()) as { error?: { code: string; message: string } };
  return { status: r.status, retryAfter: r.headers.get('retry-after'), code: json.error?.code, message: json.error?.message };
}

/** Runs `fn` and returns how many MB the gateway's peak resident set rose above its size before. */
async function peakAddedMb(fn: () => Promise<unknown>): Promise<number> {
  const pid = gw.child.pid!;
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
  await fs.writeFile(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current resident set
  const before = kb('VmHWM');
  await fn();
  return (kb('VmHWM') - before) / 1024;
}

it('refuses a 32 MiB body of tiny elements at the element limit, with the place, in bounded memory', async () => {
  const body = tinyElementsBody(32 * MIB);
  let answer!: Awaited<ReturnType<typeof post>>;
  const added = await peakAddedMb(async () => (answer = await post(body)));
  expect(answer.status).toBe(413);
  expect(answer.code).toBe('XML_LIMIT_EXCEEDED');
  expect(answer.message).toMatch(/more than 1000000 elements \(MAX_XML_ELEMENTS\) \(line 1, column \d+\)/);
  // measured about +260 MB (8x the body); before the limits 1,300-2,500 MB
  expect(added).toBeLessThan(20 * 32);
});

it('reads four concurrent 32 MiB bodies only as far as the budget holds: the excess gets 503 OVERLOADED at once', async () => {
  const body = tinyElementsBody(32 * MIB);
  let answers!: Awaited<ReturnType<typeof post>>[];
  const added = await peakAddedMb(async () => (answers = await Promise.all([post(body), post(body), post(body), post(body)])));
  const refused = answers.filter((a) => a.status === 503);
  const read = answers.filter((a) => a.status !== 503);
  // the budget is two bodies of the largest size
  expect(refused).toHaveLength(2);
  for (const a of refused) {
    expect(a).toMatchObject({ code: 'OVERLOADED', retryAfter: '1' });
    expect(a.message).toContain('MAX_BODY_BYTES_IN_FLIGHT');
  }
  for (const a of read) expect(a).toMatchObject({ status: 413, code: 'XML_LIMIT_EXCEEDED' });
  // measured about +330 MB; before the budget four bodies peaked at 3.2 GB
  expect(added).toBeLessThan(30 * 32);

  // the budget is given back: an ordinary message is accepted
  const ok = await post(Buffer.from(pacs008([{ creditorName: 'Memory Bounds AB', creditorIban: ibanDE(31) }])));
  expect(ok.status).toBe(200);
});

it('refuses nesting deeper than MAX_XML_DEPTH', async () => {
  const answer = await post(tinyElementsBody(MIB, 'deep'));
  expect(answer).toMatchObject({ status: 413, code: 'XML_LIMIT_EXCEEDED' });
  expect(answer.message).toMatch(/nested deeper than 64 levels \(MAX_XML_DEPTH\) \(line 1, column \d+\)/);
});
