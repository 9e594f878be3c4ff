/**
 * Every later decision produces its status report: release → ACSP (and the forward), reject → RJCT with the chosen
 * reason, expiry → RJCT RR04; with no STATUS_URL they are written to DATA_DIR/status/, and GET /v1/messages/:id/status
 * shows the new state. (With STATUS_URL the same reports are POSTed: review-four-eyes and review-deadlines.)
 */
import { promises as fs } from 'node:fs';
import { waitUntil } from '../helpers/http-recorder';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';
import { xsdErrors } from '../helpers/xsd';
import { holdPayment, tag } from './review-support';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway('review-status', { FOUR_EYES: 'false', HOLD_DEADLINES: 'URGP=1s' });
});
afterAll(async () => t.destroy());

/** The report in DATA_DIR/status/ about this message (the status worker writes one file per report). */
async function reportAbout(messageId: string, msgIdOfOriginal: string): Promise<string> {
  let found: string | undefined;
  await waitUntil(
    async () => {
      for (const f of await t.statusDir()) {
        const xml = await fs.readFile(f, 'utf8');
        if (tag(xml, 'OrgnlMsgId') === msgIdOfOriginal) found = xml;
      }
      return found !== undefined;
    },
    10_000,
    `status report of ${messageId}`,
  );
  return found!;
}

const status = (messageId: string) => t.http.get(`/v1/messages/${messageId}/status`).set(t.as('submitter')).expect(200);

it('release → ACSP report in DATA_DIR/status and the transaction forwarded', async () => {
  const { holdId, messageId, body } = await holdPayment(t);
  await t.http.post(`/v1/holds/${holdId}/release`).set(t.as('reviewerA')).send({ comment: 'known supplier' }).expect(200);
  const xml = await reportAbout(messageId, (body.message as { msgId: string }).msgId);
  expect(tag(xml, 'TxSts')).toBe('ACSP');
  expect(await xsdErrors(xml, 'pacs.002.001.10')).toEqual([]);
  await waitUntil(async () => (await status(messageId)).body.transactions[0].stage === 'forwarded', 10_000, 'forwarded');
  expect((await status(messageId)).body.transactions[0]).toMatchObject({ status: 'ACSP', holdId });
  expect((await t.outbox()).length).toBe(1);
});

it('reject → RJCT report with the reviewer’s reason code, no explanatory text', async () => {
  const { holdId, messageId, body } = await holdPayment(t);
  await t.http.post(`/v1/holds/${holdId}/reject`).set(t.as('reviewerB')).send({ comment: 'listed seller', reason: 'AG01' }).expect(200);
  const xml = await reportAbout(messageId, (body.message as { msgId: string }).msgId);
  expect(tag(xml, 'TxSts')).toBe('RJCT');
  expect(tag(xml, 'Cd')).toBe('AG01');
  expect(xml).not.toMatch(/AddtlInf|listed seller/);
  expect((await status(messageId)).body.transactions[0]).toMatchObject({ status: 'RJCT', stage: 'rejected', reasonCode: 'AG01', holdId });
});

it('expiry → RJCT RR04 report', async () => {
  const { messageId, body } = await holdPayment(t, { serviceLevel: 'URGP' });
  const xml = await reportAbout(messageId, (body.message as { msgId: string }).msgId);
  expect(tag(xml, 'TxSts')).toBe('RJCT');
  expect(tag(xml, 'Cd')).toBe('RR04');
  expect((await status(messageId)).body.transactions[0]).toMatchObject({ status: 'RJCT', reasonCode: 'RR04' });
});
