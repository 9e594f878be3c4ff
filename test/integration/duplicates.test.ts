/**
 * Duplicates: (instructing agent, MsgId), UETR and (instructing agent, TxId) within the window; the identical message
 * resent gets the original answer as a replay (200, X-Chokepoint-Replay), another message under seen ids gets 409 with
 * the earlier outcome, and neither is screened or forwarded again; AppHdr copies are not executed.
 */
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';

const WINDOW_MS = 10_000;
let core: HttpRecorder;
let t: TestGateway;
beforeAll(async () => {
  core = await new HttpRecorder().start();
  // Long enough that a resend after waiting for the core's first delivery is still inside it on a machine loaded many
  // times over (3 s was not, in a clean-clone CI at load average 25); the last test waits it out.
  t = await startTestGateway('dups', { CORE_URL: core.url, DUPLICATE_WINDOW: `${WINDOW_MS / 1000}s` });
});
afterAll(async () => {
  await t.destroy();
  await core.stop();
});
const settle = () => new Promise((r) => setTimeout(r, 400));
const forwardedWith = (s: string) => core.accepted.filter((r) => r.body.includes(s)).length;

it('a transaction resent inside a new message keeps its earlier outcome and is not forwarded again', async () => {
  const uetr = '6e9d4c1a-2b3c-4d5e-8f90-a1b2c3d4e5f6';
  await t.submit(pacs008([{ creditorName: 'Uetr Once AB', creditorIban: ibanDE(61), uetr }])).expect(200);
  await core.waitFor(() => forwardedWith('Uetr Once AB') === 1);
  const res = await t
    .submit(
      pacs008([
        { creditorName: 'Uetr Once AB', creditorIban: ibanDE(61), uetr },
        { creditorName: 'Fresh One AB', creditorIban: ibanDE(62) },
      ]),
    )
    .expect(200);
  expect(res.body.transactions[0]).toMatchObject({ status: 'ACSP', duplicateOf: { index: 0 } });
  expect(res.body.transactions[1].duplicateOf).toBeUndefined();
  await core.waitFor(() => forwardedWith('Fresh One AB') === 1);
  await settle();
  expect(forwardedWith('Uetr Once AB')).toBe(1);
});

it('a new message made only of seen transactions is 409 DUPLICATE_TRANSACTION', async () => {
  const spec = { creditorName: 'TxId Twice AB', creditorIban: ibanDE(63), txId: `TXDUP${Date.now()}` };
  await t.submit(pacs008([spec])).expect(200);
  const res = await t.submit(pacs008([{ ...spec, uetr: undefined }])).expect(409);
  expect(res.body.error.code).toBe('DUPLICATE_TRANSACTION');
});

it('a held transaction resent is reported PDNG with the same hold, and no second hold is opened', async () => {
  const uetr = '0b9d4c1a-2b3c-4d5e-8f90-a1b2c3d4e5f6';
  const first = await t.submit(pacs008([{ creditorName: 'Held Once', creditorIban: LISTED.iban, uetr }])).expect(200);
  const again = await t.submit(pacs008([{ creditorName: 'Held Once', creditorIban: LISTED.iban, uetr }])).expect(409);
  expect(again.body.transactions[0]).toMatchObject({ status: 'PDNG', holdId: first.body.transactions[0].holdId });
  const holds = await t.http.get('/v1/holds?limit=500').set(t.as('reviewerA')).expect(200);
  expect(holds.body.holds.filter((h: { transaction: { uetr?: string } }) => h.transaction.uetr === uetr)).toHaveLength(1);
});

it('ten identical submissions at once: one is accepted, nine are replays of its answer, one forward', async () => {
  const xml = pacs008([{ creditorName: 'Race Ten AB', creditorIban: ibanDE(64) }]);
  const answers = await Promise.all(Array.from({ length: 10 }, () => t.submit(xml)));
  expect(answers.map((r) => r.status)).toEqual(new Array(10).fill(200));
  expect(answers.filter((r) => r.headers['x-chokepoint-replay'] === 'true')).toHaveLength(9);
  expect(new Set(answers.map((r) => r.body.message.id)).size).toBe(1);
  await core.waitFor(() => forwardedWith('Race Ten AB') === 1);
  await settle();
  expect(forwardedWith('Race Ten AB')).toBe(1);
});

it('PssblDplct: processed when the original never arrived, the earlier outcome when it did', async () => {
  const xml = pacs008([{ creditorName: 'Possible Dup AB', creditorIban: ibanDE(65) }], { possibleDuplicate: true });
  await t.submit(xml).expect(200);
  expect((await t.submit(xml).expect(200)).headers['x-chokepoint-replay']).toBe('true');
  await core.waitFor(() => forwardedWith('Possible Dup AB') === 1);
});

it('the same MsgId with other content, or from another submitter, is 409 with the earlier outcome, not a replay', async () => {
  const xml = pacs008([{ creditorName: 'Same Ids AB', creditorIban: ibanDE(67) }]);
  const first = await t.submit(xml).expect(200);
  const changed = await t.submit(xml.replace('<Nm>Same Ids AB</Nm>', '<Nm>Same Ids Changed AB</Nm>')).expect(409);
  expect(changed.body.error.code).toBe('DUPLICATE_MESSAGE');
  expect(changed.headers['x-chokepoint-replay']).toBeUndefined();
  expect(changed.body.message.id).toBe(first.body.message.id);
  // Byte for byte the same, sent with another submitter's token: not the same sender's resend. (Without an
  // instructing agent in the message, MsgId is scoped by the submitter; its UETR is the one seen before.)
  const other = await t.http.post('/v1/messages').set(t.as('submitterB')).set('Content-Type', 'application/xml').send(xml).expect(409);
  expect(other.body.error.code).toBe('DUPLICATE_TRANSACTION');
  expect(other.headers['x-chokepoint-replay']).toBeUndefined();
  await core.waitFor(() => forwardedWith('Same Ids AB') === 1);
  await settle();
  expect(forwardedWith('Same Ids Changed AB')).toBe(0);
});

it('CpyDplct COPY: screened for information, never stored, held or forwarded', async () => {
  const res = await t.submit(pacs008([{ creditorName: 'Copy Only', creditorIban: LISTED.iban }], { copyDuplicate: 'COPY' })).expect(200);
  expect(res.body.informationalCopy).toBe(true);
  expect(res.body.transactions[0].hits[0].entryId).toBe('SE-POL-000123');
  expect(res.body.transactions[0].holdId).toBeUndefined();
  await settle();
  expect(forwardedWith('Copy Only')).toBe(0);
});

it('after the window a resend is a new message', async () => {
  const xml = pacs008([{ creditorName: 'Window AB', creditorIban: ibanDE(66) }]);
  await t.submit(xml).expect(200);
  expect((await t.submit(xml).expect(200)).headers['x-chokepoint-replay']).toBe('true');
  await new Promise((r) => setTimeout(r, WINDOW_MS + 200));
  expect((await t.submit(xml).expect(200)).headers['x-chokepoint-replay']).toBeUndefined();
  await waitUntil(() => forwardedWith('Window AB') === 2, 10_000, 'second forward');
});
