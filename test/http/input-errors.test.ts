/** Bad input gets a clear error with a code and a place, a RJCT status report where the message can be identified, and never a crash. */
import fc from 'fast-check';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway('input', { MAX_BODY_BYTES: '20000' });
});
afterAll(async () => t.destroy());

const good = () => pacs008([{ creditorName: 'Input Test AB', creditorIban: ibanDE(21) }]);

it('malformed XML → 400 XML_MALFORMED with the line', async () => {
  const res = await t.submit('<Document><oops>').expect(400);
  expect(res.body.error.code).toBe('XML_MALFORMED');
  expect(res.body.error.line).toEqual(expect.any(Number));
});

it('an unscreened message type → 422 naming the namespace', async () => {
  const xml = good().replace(/pacs\.008\.001\.08/g, 'camt.056.001.08');
  const res = await t.submit(xml).expect(422);
  expect(res.body.error.code).toBe('MESSAGE_UNSUPPORTED');
  expect(res.body.error.message).toContain('camt.056.001.08');
});

it('NbOfTxs that disagrees with the content → 422 with a RJCT report', async () => {
  const xml = good().replace('<NbOfTxs>1</NbOfTxs>', '<NbOfTxs>2</NbOfTxs>');
  const res = await t.submit(xml).expect(422);
  expect(res.body.error.code).toBe('NB_OF_TXS_MISMATCH');
  expect(res.body.error.path).toMatch(/NbOfTxs/);
  expect(res.body.statusReport).toContain('RJCT');
  const asXml = await t.submit(xml, 'application/xml').expect(422);
  expect(asXml.text).toContain('<GrpSts>RJCT</GrpSts>');
});

it('CtrlSum that disagrees → 422 CTRL_SUM_MISMATCH', async () => {
  const res = await t.submit(good().replace('<CtrlSum>149.00</CtrlSum>', '<CtrlSum>150.00</CtrlSum>')).expect(422);
  expect(res.body.error.code).toBe('CTRL_SUM_MISMATCH');
});

it('a missing mandatory element → 422 MESSAGE_INVALID with path and line', async () => {
  const res = await t.submit(good().replace(/<CreDtTm>[^<]*<\/CreDtTm>/, '')).expect(422);
  expect(res.body.error.code).toBe('MESSAGE_INVALID');
  expect(JSON.stringify(res.body.error)).toMatch(/GrpHdr/);
});

it('too large → 413', async () => {
  const big = pacs008(Array.from({ length: 40 }, (_, i) => ({ creditorName: 'Big Batch AB', creditorIban: ibanDE(100 + i) })));
  const res = await t.submit(big).expect(413);
  expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
});

it('wrong media type → 415', async () => {
  const res = await t.http.post('/v1/messages').set(t.as('submitter')).set('Content-Type', 'application/json').send('{"a":1}').expect(415);
  expect(res.body.error.code).toBe('MEDIA_TYPE_UNSUPPORTED');
});

it('an empty body → 400 BODY_MISSING', async () => {
  const res = await t.http.post('/v1/messages').set(t.as('submitter')).set('Content-Type', 'application/xml').send('').expect(400);
  expect(res.body.error.code).toBe('BODY_MISSING');
});

it('a DOCTYPE (entity expansion) is refused, not expanded', async () => {
  const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>` + good().replace(/^<\?xml[^>]*>\s*/, '');
  const res = await t.submit(xml);
  expect([400, 422]).toContain(res.status);
  expect(res.body.error.code).toEqual(expect.any(String));
});

it('no input crashes it: random bytes, truncations and mutations always get a coded answer', async () => {
  const base = good();
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
        fc.nat(base.length).map((n) => base.slice(0, n)),
        fc.tuple(fc.nat(base.length), fc.string({ maxLength: 20 })).map(([n, s]) => base.slice(0, n) + s + base.slice(n)),
      ),
      async (body) => {
        const res = await t.submit(body);
        expect([200, 400, 409, 422]).toContain(res.status);
        if (res.status !== 200 && res.status !== 409) expect(res.body.error.code).toEqual(expect.any(String));
      },
    ),
    { numRuns: 150 },
  );
  await t.http.get('/healthz').expect(200);
});
