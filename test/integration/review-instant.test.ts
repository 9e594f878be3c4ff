/**
 * Instant payments (LclInstrm / SvcLvl INST) are never held: an identifier hit is rejected RJCT RR04; a name-only hit
 * is rejected too, or — with INSTANT_NAME_HIT_ACTION=release — forwarded at once with a post-hoc review item, which
 * reviewers decide like a hold: the decision records a finding and nothing is forwarded again.
 */
import { HttpRecorder } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';
import { auditEvent, auditEvents, tag } from './review-support';

let core: HttpRecorder;
let hub: HttpRecorder;
let rejecting: TestGateway;
let releasing: TestGateway;

beforeAll(async () => {
  core = await new HttpRecorder().start();
  hub = await new HttpRecorder().start();
  rejecting = await startTestGateway('review-instant-rj', { CORE_URL: core.url, STATUS_URL: hub.url, INSTANT_NAME_HIT_ACTION: 'reject' });
  releasing = await startTestGateway('review-instant-rl', { CORE_URL: core.url, STATUS_URL: hub.url, INSTANT_NAME_HIT_ACTION: 'release' });
});
afterAll(async () => {
  await rejecting.destroy();
  await releasing.destroy();
  await core.stop();
  await hub.stop();
});

let n = 0;
const identifierHit = () => pacs008([{ creditorName: `Some Payee ${n++}`, creditorIban: LISTED.iban, instant: true }]);
const nameOnlyHit = () => pacs008([{ creditorName: LISTED.name, creditorIban: ibanDE(70_000 + n++), instant: true }]);
const sentTo = (r: HttpRecorder, messageId: string) => r.requests.filter((x) => x.headers['x-chokepoint-message-id'] === messageId);
const settle = () => new Promise((r) => setTimeout(r, 400));

describe.each([
  ['reject', () => rejecting],
  ['release', () => releasing],
])('INSTANT_NAME_HIT_ACTION=%s', (_action, gw) => {
  it('an identifier hit is rejected RJCT RR04 at once, never held nor forwarded', async () => {
    const t = gw();
    const res = await t.submit(identifierHit()).expect(200);
    const tx = res.body.transactions[0];
    expect(tx).toMatchObject({ decision: 'reject', status: 'RJCT', reasonCode: 'RR04' });
    expect(tx.holdId).toBeUndefined();
    expect(tx.postHocReviewId).toBeUndefined();
    expect(tx.hits.some((h: { method: string; entryId: string }) => h.method === 'iban' && h.entryId === 'SE-POL-000123')).toBe(true);
    const xml = await t.submit(identifierHit(), 'application/xml').expect(200);
    expect(tag(xml.text, 'TxSts')).toBe('RJCT');
    expect(tag(xml.text, 'Cd')).toBe('RR04');
    await settle();
    expect(sentTo(core, res.body.message.id)).toHaveLength(0);
    const status = await t.http.get(`/v1/messages/${res.body.message.id}/status`).set(t.as('submitter')).expect(200);
    expect(status.body.transactions[0]).toMatchObject({ status: 'RJCT', stage: 'rejected', reasonCode: 'RR04' });
  });
});

describe('a name-only hit on an instant payment', () => {
  it('with the reject setting: RJCT RR04, no hold, nothing forwarded', async () => {
    const res = await rejecting.submit(nameOnlyHit()).expect(200);
    const tx = res.body.transactions[0];
    expect(tx.hits.length).toBeGreaterThan(0);
    expect(tx.hits.every((h: { method: string }) => h.method === 'name')).toBe(true);
    expect(tx).toMatchObject({ decision: 'reject', status: 'RJCT', reasonCode: 'RR04' });
    expect(tx.holdId).toBeUndefined();
    await settle();
    expect(sentTo(core, res.body.message.id)).toHaveLength(0);
    expect((await rejecting.http.get('/v1/holds?kind=any').set(rejecting.as('reviewerA')).expect(200)).body.holds).toHaveLength(0);
  });

  describe('with the release setting', () => {
    let messageId: string;
    let itemId: string;

    beforeAll(async () => {
      const res = await releasing.submit(nameOnlyHit()).expect(200);
      const tx = res.body.transactions[0];
      expect(tx).toMatchObject({ decision: 'clear', status: 'ACSP' });
      expect(tx.holdId).toBeUndefined();
      messageId = res.body.message.id;
      itemId = tx.postHocReviewId;
      expect(itemId).toEqual(expect.any(String));
    });

    it('is forwarded at once, and a post-hoc review item is open for reviewers', async () => {
      await core.waitFor(() => sentTo(core, messageId).length === 1);
      const list = await releasing.http.get('/v1/holds?kind=post-hoc').set(releasing.as('reviewerA')).expect(200);
      expect(list.body.holds.map((h: { id: string }) => h.id)).toEqual([itemId]);
      expect((await releasing.http.get('/v1/holds?kind=hold').set(releasing.as('reviewerA')).expect(200)).body.holds).toHaveLength(0);
      const item = (await releasing.http.get(`/v1/holds/${itemId}`).set(releasing.as('reviewerB')).expect(200)).body;
      expect(item).toMatchObject({ id: itemId, postHoc: true, instant: true, state: 'pending', messageId });
      expect(item.hits[0]).toMatchObject({ method: 'name', entryId: 'SE-POL-000123' });
    });

    it('past its deadline it is flagged overdue, never decided by the gateway', async () => {
      const res = await releasing.submit(nameOnlyHit()).expect(200);
      const id = res.body.transactions[0].postHocReviewId as string;
      expect(await releasing.gw.review.expire(id)).toBe('escalated');
      const item = await releasing.gw.review.get(id);
      expect(item).toMatchObject({ state: 'escalated', escalated: true });
      expect(item.decision).toBeUndefined();
      const ev = await auditEvent(releasing.gw, 'overdue', (e) => e.type === 'escalated' && e.holdId === id);
      expect(ev.data).toEqual({ why: 'post-hoc review overdue' });
      // reviewers still decide it; clean up so the other tests see one open item
      await releasing.http.post(`/v1/holds/${id}/release`).set(releasing.as('reviewerA')).send({ comment: 'checked' }).expect(202);
      await releasing.http.post(`/v1/holds/${id}/release`).set(releasing.as('reviewerB')).send({ comment: 'ok' }).expect(200);
    });

    it('a decision (four-eyes) records a finding and forwards nothing again', async () => {
      await releasing.http
        .post(`/v1/holds/${itemId}/release`)
        .set(releasing.as('reviewerA'))
        .send({ comment: 'a different company of the same name' })
        .expect(202);
      const done = await releasing.http.post(`/v1/holds/${itemId}/release`).set(releasing.as('reviewerB')).send({ comment: 'agreed' }).expect(200);
      expect(done.body.state).toBe('released');
      const ev = await auditEvent(releasing.gw, 'post-hoc finding', (e) => e.type === 'released' && e.holdId === itemId);
      expect(ev).toMatchObject({ actor: 'bob', messageId, data: { postHoc: true, finding: 'false-positive', proposedBy: 'alice', confirmedBy: 'bob' } });
      await settle();
      expect(sentTo(core, messageId)).toHaveLength(1);
      expect(sentTo(hub, messageId)).toHaveLength(0);
      expect((await auditEvents(releasing.gw, 'forwarded')).filter((e) => e.holdId === itemId)).toHaveLength(0);
      const open = await releasing.http.get('/v1/holds?kind=post-hoc').set(releasing.as('reviewerA')).expect(200);
      expect(open.body.holds).toHaveLength(0);
      const decided = await releasing.http.get('/v1/holds?view=decided').set(releasing.as('reviewerA')).expect(200);
      expect(decided.body.holds.map((h: { id: string }) => h.id)).toContain(itemId);
    });

    it('a finding that it was the listed payee is recorded as a match, still nothing is sent', async () => {
      const res = await releasing.submit(nameOnlyHit()).expect(200);
      const id = res.body.transactions[0].postHocReviewId as string;
      const mid = res.body.message.id as string;
      await core.waitFor(() => sentTo(core, mid).length === 1);
      await releasing.http
        .post(`/v1/holds/${id}/reject`)
        .set(releasing.as('reviewerB'))
        .send({ comment: 'same seller, new account', reason: 'RR04' })
        .expect(202);
      await releasing.http.post(`/v1/holds/${id}/reject`).set(releasing.as('reviewerA')).send({ comment: 'confirmed' }).expect(200);
      const ev = await auditEvent(releasing.gw, 'post-hoc match', (e) => e.type === 'rejected' && e.holdId === id);
      expect(ev.data).toMatchObject({ postHoc: true, finding: 'match', reason: 'RR04' });
      await settle();
      expect(sentTo(core, mid)).toHaveLength(1);
      expect(sentTo(hub, mid)).toHaveLength(0);
      const status = await releasing.http.get(`/v1/messages/${mid}/status`).set(releasing.as('submitter')).expect(200);
      expect(status.body.transactions[0].status).toBe('ACSP');
    });
  });
});

it('a name-only hit on a normal payment is held (instant policy does not apply)', async () => {
  const res = await releasing.submit(pacs008([{ creditorName: LISTED.name, creditorIban: ibanDE(79_999) }])).expect(200);
  expect(res.body.transactions[0]).toMatchObject({ decision: 'hold', status: 'PDNG', holdId: expect.any(String) });
});
