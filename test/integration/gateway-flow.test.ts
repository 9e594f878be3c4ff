/**
 * The spine end to end on a real Redis with real BullMQ workers: pacs.008 in, screened per transaction, forwarded
 * to a core (a real HTTP server standing in for it) or held, status reports out, reviewer decisions.
 */
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008, tx } from '../helpers/pacs008';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';
import { xsdErrors } from '../helpers/xsd';

let core: HttpRecorder;
let hub: HttpRecorder;
let t: TestGateway;

beforeAll(async () => {
  core = await new HttpRecorder().start();
  hub = await new HttpRecorder().start();
  t = await startTestGateway('flow', { CORE_URL: core.url, STATUS_URL: hub.url });
});
afterAll(async () => {
  await t.destroy();
  await core.stop();
  await hub.stop();
});
beforeEach(async () => {
  await t.settled();
  core.requests.length = 0;
  hub.requests.length = 0;
  core.script = [];
});

const count = (xml: string, tag: string) => (xml.match(new RegExp(`<(\\w+:)?${tag}[ >]`, 'g')) ?? []).length;
const text = (xml: string, tag: string) => new RegExp(`<(?:\\w+:)?${tag}[^>]*>([^<]*)<`).exec(xml)?.[1];

describe('a clean payment', () => {
  it('is accepted ACSP and forwarded once, byte for byte, with an Idempotency-Key', async () => {
    const xml = pacs008([{ creditorName: 'ACME Trading GmbH', creditorIban: ibanDE(1) }]);
    const res = await t.submit(xml).expect(200);
    expect(res.body.groupStatus).toBe('ACSP');
    expect(res.body.transactions.map((x: { status: string }) => x.status)).toEqual(['ACSP']);
    expect(res.body.message).toMatchObject({ type: 'pacs.008.001.08', nbOfTxs: 1 });
    await core.waitFor(() => core.accepted.length === 1);
    const sent = core.accepted[0]!;
    expect(sent.body).toBe(xml);
    expect(sent.headers['content-type']).toMatch(/application\/xml/);
    expect(sent.headers['idempotency-key']).toEqual(expect.any(String));
    await new Promise((r) => setTimeout(r, 300));
    expect(core.requests).toHaveLength(1);
  });

  it('answers with a pacs.002.001.10 valid against the official XSD when asked for XML', async () => {
    const res = await t.submit(pacs008([{ creditorName: 'Delta Tools Ltd', creditorIban: ibanDE(4) }]), 'application/xml').expect(200);
    expect(res.headers['content-type']).toMatch(/xml/);
    const xml = res.text;
    expect(xml).toContain('urn:iso:std:iso:20022:tech:xsd:pacs.002.001.10');
    expect(await xsdErrors(xml, 'pacs.002.001.10')).toEqual([]);
    expect(text(xml, 'TxSts')).toBe('ACSP');
  });
});

describe('a message with a Business Application Header inside an envelope', () => {
  it('is screened like a bare one and answered with an AppHdr and a pacs.002, both valid', async () => {
    const xml = pacs008(
      [
        { creditorName: 'Header Test Oy', creditorIban: ibanDE(31) },
        { creditorName: 'Second Oy', creditorIban: LISTED.iban },
      ],
      { appHdr: true },
    );
    const json = await t.submit(xml).expect(200);
    expect(json.body.transactions.map((x: { status: string }) => x.status)).toEqual(['ACSP', 'PDNG']);
    const again = await t.submit(pacs008([{ creditorName: 'Header Test Oy', creditorIban: ibanDE(32) }], { appHdr: true }), 'application/xml').expect(200);
    expect(again.text).toMatch(/<(\w+:)?AppHdr/);
    expect(again.text).toMatch(/<(\w+:)?MsgDefIdr>pacs\.002\.001\.10</);
    expect(await xsdErrors(again.text, 'pacs.002.001.10')).toEqual([]);
    // Both messages forward something; wait for them so later tests count only their own deliveries.
    await core.waitFor(() => core.accepted.length === 2);
    const split = core.accepted.find((r) => r.body.includes('Header Test Oy') && r.body.includes('AppHdr'));
    expect(split).toBeDefined();
    expect(await xsdErrors(split!.body, 'pacs.008.001.08')).toEqual([]);
  });
});

describe('a message where one of three transactions hits', () => {
  let body: { transactions: { status: string; holdId?: string; hits: { method: string; entryId: string; field: string }[] }[] };
  let forwarded: string;

  beforeAll(async () => {
    core.requests.length = 0;
    const xml = pacs008([
      { creditorName: 'Alpha Books AB', creditorIban: ibanDE(2), amount: '10.00' },
      { creditorName: 'Totally Different Name', creditorIban: LISTED.iban, amount: '20.00' },
      { creditorName: 'Gamma Garden Oy', creditorIban: ibanDE(3), amount: '30.50' },
    ]);
    body = (await t.submit(xml).expect(200)).body;
    await core.waitFor(() => core.accepted.length === 1);
    forwarded = core.accepted[0]!.body;
  });

  it('reports ACSP, PDNG, ACSP and explains the hit', () => {
    expect(body.transactions.map((x) => x.status)).toEqual(['ACSP', 'PDNG', 'ACSP']);
    const hit = body.transactions[1]!.hits.find((h) => h.method === 'iban');
    expect(hit).toMatchObject({ entryId: 'SE-POL-000123', field: 'CdtrAcct/Id/IBAN' });
    expect(body.transactions[1]!.holdId).toEqual(expect.any(String));
  });

  it('forwards one 2-transaction pacs.008 with a recomputed group header, valid against the official XSD', async () => {
    const sent = forwarded;
    expect(count(sent, 'CdtTrfTxInf')).toBe(2);
    expect(text(sent, 'NbOfTxs')).toBe('2');
    expect(text(sent, 'CtrlSum')).toBe('40.50');
    expect(sent).not.toContain(LISTED.iban);
    expect(await xsdErrors(sent, 'pacs.008.001.08')).toEqual([]);
  });

  it('lists the hold for reviewers with its hits', async () => {
    const holdId = body.transactions[1]!.holdId!;
    const res = await t.http.get(`/v1/holds/${holdId}`).set(t.as('reviewerA')).expect(200);
    expect(res.body).toMatchObject({ id: holdId, state: 'pending', index: 1 });
    expect(res.body.hits[0].entryId).toBe('SE-POL-000123');
    expect(res.body.original).toContain('Totally Different Name');
    const list = await t.http.get('/v1/holds').set(t.as('reviewerA')).expect(200);
    expect(list.body.holds.map((h: { id: string }) => h.id)).toContain(holdId);
  });

  it('release needs a second reviewer, then forwards exactly once and reports ACSP to the hub', async () => {
    const holdId = body.transactions[1]!.holdId!;
    core.requests.length = 0;
    const first = await t.http.post(`/v1/holds/${holdId}/release`).set(t.as('reviewerA')).send({ comment: 'not the listed seller' }).expect(202);
    expect(first.body.state).toBe('proposed');
    await t.http.post(`/v1/holds/${holdId}/release`).set(t.as('reviewerA')).send({ comment: 'again' }).expect(409);
    const second = await t.http.post(`/v1/holds/${holdId}/release`).set(t.as('reviewerB')).send({ comment: 'confirmed' }).expect(200);
    expect(second.body.state).toBe('released');
    expect(second.body.hold.decision).toMatchObject({ reviewer: 'alice', confirmedBy: 'bob' });
    await core.waitFor(() => core.accepted.length === 1);
    const sent = core.accepted[0]!.body;
    expect(count(sent, 'CdtTrfTxInf')).toBe(1);
    expect(sent).toContain(LISTED.iban);
    expect(await xsdErrors(sent, 'pacs.008.001.08')).toEqual([]);
    await hub.waitFor(() => hub.accepted.length === 1);
    expect(text(hub.accepted[0]!.body, 'TxSts')).toBe('ACSP');
    await t.http.post(`/v1/holds/${holdId}/release`).set(t.as('reviewerB')).send({ comment: 'once more' }).expect(409);
    await new Promise((r) => setTimeout(r, 300));
    expect(core.requests).toHaveLength(1);
  });
});

describe('a rejected hold', () => {
  it('gets a RJCT report with RR04 and no explanatory text', async () => {
    const res = await t.submit(pacs008([{ creditorName: 'Someone', creditorIban: LISTED.iban }])).expect(200);
    const holdId = res.body.transactions[0].holdId as string;
    await t.http.post(`/v1/holds/${holdId}/reject`).set(t.as('reviewerB')).send({ comment: 'listed seller' }).expect(202);
    await t.http.post(`/v1/holds/${holdId}/reject`).set(t.as('reviewerA')).send({ comment: 'agreed' }).expect(200);
    await hub.waitFor(() => hub.accepted.length === 1);
    const report = hub.accepted[0]!.body;
    expect(text(report, 'TxSts')).toBe('RJCT');
    expect(text(report, 'Cd')).toBe('RR04');
    expect(report).not.toMatch(/AddtlInf/);
    expect(await xsdErrors(report, 'pacs.002.001.10')).toEqual([]);
    const status = await t.http.get(`/v1/messages/${res.body.message.id}/status`).set(t.as('submitter')).expect(200);
    expect(status.body.transactions[0]).toMatchObject({ status: 'RJCT', stage: 'rejected', reasonCode: 'RR04' });
    expect(core.requests).toHaveLength(0);
  });
});

describe('the core failing', () => {
  it('503 twice then 200: delivered once, the same Idempotency-Key each time', async () => {
    core.script = [503, 503];
    await t.submit(pacs008([{ creditorName: 'Retry Books AB', creditorIban: ibanDE(7) }])).expect(200);
    await core.waitFor(() => core.accepted.length === 1);
    expect(core.requests.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(new Set(core.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
  });

  it('4xx: dead-lettered, visible in the API, the message status and the metrics', async () => {
    core.script = [422];
    const res = await t.submit(pacs008([{ creditorName: 'Refused Ltd', creditorIban: ibanDE(8) }])).expect(200);
    await core.waitFor(() => core.requests.length === 1);
    await waitUntil(async () => (await t.http.get('/v1/forwards/dead-letters').set(t.as('admin'))).body.deadLetters.length > 0, 10_000, 'dead letter');
    const dead = (await t.http.get('/v1/forwards/dead-letters').set(t.as('admin'))).body.deadLetters;
    expect(dead.some((d: { messageId: string; httpStatus: number }) => d.messageId === res.body.message.id && d.httpStatus === 422)).toBe(true);
    const status = await t.http.get(`/v1/messages/${res.body.message.id}/status`).set(t.as('submitter')).expect(200);
    expect(status.body.transactions[0].stage).toBe('dead-letter');
    const metrics = await t.http.get('/metrics').expect(200);
    expect(metrics.text).toMatch(/chokepoint_forward_dead_letters [1-9]/);
    await new Promise((r) => setTimeout(r, 300));
    expect(core.requests).toHaveLength(1);
  });
});

describe('screening scope', () => {
  it('a debtor named like a list entry is not a hit', async () => {
    const res = await t.submit(pacs8Debtor()).expect(200);
    expect(res.body.transactions[0].hits).toEqual([]);
    expect(res.body.transactions[0].status).toBe('ACSP');
  });

  it('the listed domain inside remittance text is a hit on RmtInf', async () => {
    const res = await t
      .submit(pacs008([{ creditorName: 'Anon', creditorIban: ibanDE(9), remittance: `order 5531 via https://www.${LISTED.domain}/pay` }]))
      .expect(200);
    const hit = res.body.transactions[0].hits.find((h: { method: string }) => h.method === 'domain');
    expect(hit).toMatchObject({ entryId: 'SE-POL-000123', field: expect.stringMatching(/^RmtInf\/Ustrd/) });
  });
});

function pacs8Debtor(): string {
  return pacs008([tx({ creditorName: 'Epsilon Foods AB', creditorIban: ibanDE(5), debtorName: LISTED.name, debtorIban: LISTED.iban })]);
}

describe('duplicates', () => {
  it('an identical resend gets the original answer as a replay and is not forwarded again', async () => {
    const xml = pacs008([{ creditorName: 'Once Only AB', creditorIban: ibanDE(11) }]);
    const first = await t.submit(xml).expect(200);
    await core.waitFor(() => core.accepted.some((r) => r.body.includes('Once Only AB')));
    const again = await t.submit(xml).expect(200);
    expect(again.headers['x-chokepoint-replay']).toBe('true');
    expect(again.body).toEqual({ ...first.body, replay: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(core.requests.filter((r) => r.body.includes('Once Only AB'))).toHaveLength(1);
  });
});
