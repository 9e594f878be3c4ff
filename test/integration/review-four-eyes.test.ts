/**
 * Four-eyes review through the API, on a real gateway (Redis, BullMQ workers, a core and a hub standing in as HTTP
 * servers): nobody confirms their own proposal, the second reviewer sees the first one's decision and comment,
 * opposite proposals are resolved by the configured rule, claims keep two reviewers off the same item.
 */
import { ReviewService } from '../../src/app/review-service';
import { StatusReportService } from '../../src/app/status-report-service';
import type { HttpRecorder } from '../helpers/http-recorder';
import { LISTED } from '../helpers/pacs008';
import type { TestGateway } from '../helpers/test-gateway';
import { auditEvent, auditEvents, holdPayment, tag, useGateway } from './review-support';

let core: HttpRecorder;
let hub: HttpRecorder;
let t: TestGateway;
const harness = useGateway('review-4eyes');
beforeAll(() => ({ t, core, hub } = harness));

const post = (holdId: string, action: string, role: 'reviewerA' | 'reviewerB', body: object = {}) =>
  t.http.post(`/v1/holds/${holdId}/${action}`).set(t.as(role)).send(body);

describe('a release proposed by one reviewer', () => {
  let holdId: string;
  let messageId: string;

  beforeAll(async () => {
    ({ holdId, messageId } = await holdPayment(t));
    const res = await post(holdId, 'release', 'reviewerA', { comment: 'payee is a bookshop, IBAN typo on the list' }).expect(202);
    expect(res.body.state).toBe('proposed');
  });

  it('is shown to the second reviewer with the first one’s decision and comment', async () => {
    const res = await t.http.get(`/v1/holds/${holdId}`).set(t.as('reviewerB')).expect(200);
    expect(res.body.state).toBe('pending');
    expect(res.body.proposal).toMatchObject({ action: 'release', reviewer: 'alice', comment: 'payee is a bookshop, IBAN typo on the list' });
    expect(res.body.decision).toBeUndefined();
  });

  it('cannot be confirmed, nor the hold claimed, by the same reviewer', async () => {
    const again = await post(holdId, 'release', 'reviewerA', { comment: 'sure' }).expect(409);
    expect(again.body.error.code).toBe('FOUR_EYES_SAME_REVIEWER');
    const claim = await post(holdId, 'claim', 'reviewerA').expect(409);
    expect(claim.body.error.code).toBe('FOUR_EYES_SAME_REVIEWER');
    expect(core.requests).toHaveLength(0);
  });

  it('becomes final when a different reviewer makes the same call: forwarded once, ACSP to the hub and in the status', async () => {
    const res = await post(holdId, 'release', 'reviewerB', { comment: 'agreed, bookshop' }).expect(200);
    expect(res.body.state).toBe('released');
    expect(res.body.hold.decision).toMatchObject({ action: 'release', reviewer: 'alice', confirmedBy: 'bob', confirmComment: 'agreed, bookshop' });
    await core.waitFor(() => core.accepted.length === 1);
    expect(core.accepted[0]!.body).toContain(LISTED.iban);
    await hub.waitFor(() => hub.accepted.some((r) => r.headers['x-chokepoint-message-id'] === messageId));
    const report = hub.accepted.find((r) => r.headers['x-chokepoint-message-id'] === messageId)!.body;
    expect(tag(report, 'TxSts')).toBe('ACSP');
    await auditEvent(t.gw, 'delivered', (e) => e.type === 'delivered' && e.messageId === messageId);
    const status = await t.http.get(`/v1/messages/${messageId}/status`).set(t.as('submitter')).expect(200);
    expect(status.body.transactions[0]).toMatchObject({ status: 'ACSP', stage: 'forwarded', holdId });
    const types = (await auditEvents(t.gw)).filter((e) => e.holdId === holdId).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['held', 'proposed', 'confirmed', 'forwarded', 'released']));
    const proposed = (await auditEvents(t.gw, 'proposed')).find((e) => e.holdId === holdId)!;
    expect(proposed).toMatchObject({ actor: 'alice', data: { action: 'release', comment: 'payee is a bookshop, IBAN typo on the list' } });
  });

  it('is not decided twice', async () => {
    const res = await post(holdId, 'reject', 'reviewerB', { comment: 'changed my mind' }).expect(409);
    expect(res.body.error.code).toBe('HOLD_NOT_PENDING');
    await new Promise((r) => setTimeout(r, 300));
    expect(core.requests).toHaveLength(1);
  });
});

describe('opposite proposals (configured rule: escalate)', () => {
  it('set both aside and escalate the hold; fresh proposals then decide it', async () => {
    const { holdId, messageId } = await holdPayment(t);
    await post(holdId, 'release', 'reviewerA', { comment: 'looks fine' }).expect(202);
    const conflict = await post(holdId, 'reject', 'reviewerB', { comment: 'no: same street address as the listed seller' }).expect(409);
    expect(conflict.body.error.code).toBe('FOUR_EYES_CONFLICT');
    const hold = (await t.http.get(`/v1/holds/${holdId}`).set(t.as('reviewerA')).expect(200)).body;
    expect(hold).toMatchObject({ state: 'escalated', escalated: true });
    expect(hold.proposal).toBeUndefined();
    const escalatedList = await t.http.get('/v1/holds?escalated=true&limit=500').set(t.as('reviewerA')).expect(200);
    expect(escalatedList.body.holds.map((h: { id: string }) => h.id)).toContain(holdId);
    const ev = await auditEvent(t.gw, 'escalated', (e) => e.type === 'escalated' && e.holdId === holdId);
    expect(ev).toMatchObject({ messageId, actor: 'bob', data: { proposed: 'release', proposedBy: 'alice', counter: 'reject' } });

    await post(holdId, 'reject', 'reviewerB', { comment: 'listed seller', reason: 'AG01' }).expect(202);
    const done = await post(holdId, 'reject', 'reviewerA', { comment: 'agreed after escalation' }).expect(200);
    expect(done.body.state).toBe('rejected');
    await hub.waitFor(() => hub.accepted.some((r) => r.headers['x-chokepoint-message-id'] === messageId));
    const report = hub.accepted.find((r) => r.headers['x-chokepoint-message-id'] === messageId)!.body;
    expect(tag(report, 'TxSts')).toBe('RJCT');
    expect(tag(report, 'Cd')).toBe('AG01');
    const status = await t.http.get(`/v1/messages/${messageId}/status`).set(t.as('submitter')).expect(200);
    expect(status.body.transactions[0]).toMatchObject({ status: 'RJCT', stage: 'rejected', reasonCode: 'AG01' });
  });
});

describe('opposite proposals (configured rule: keep)', () => {
  it('refuse the contradicting call and keep the first proposal', async () => {
    const { holdId } = await holdPayment(t);
    const gw = t.gw;
    const keep = new ReviewService({
      holds: gw.holds,
      store: gw.store,
      queues: gw.queues,
      audit: gw.audit,
      reports: new StatusReportService({ rejectReason: 'RR04' }, () => new Date()),
      now: () => new Date(),
      settings: { ...gw.review.settings, conflictRule: 'keep' },
    });
    await keep.act(holdId, 'release', 'alice', { comment: 'fine' });
    await expect(keep.act(holdId, 'reject', 'bob', { comment: 'not fine' })).rejects.toMatchObject({ code: 'FOUR_EYES_CONFLICT' });
    const hold = await gw.review.get(holdId);
    expect(hold.state).toBe('pending');
    expect(hold.escalated).toBeUndefined();
    expect(hold.proposal).toMatchObject({ action: 'release', reviewer: 'alice' });
  });
});

describe('claims', () => {
  it('keep other reviewers off a claimed hold until it is unclaimed', async () => {
    const { holdId } = await holdPayment(t);
    const claimed = await post(holdId, 'claim', 'reviewerA').expect(200);
    expect(claimed.body.claimedBy).toBe('alice');
    expect((await post(holdId, 'claim', 'reviewerB').expect(409)).body.error.code).toBe('HOLD_CLAIMED');
    expect((await post(holdId, 'release', 'reviewerB', { comment: 'x' }).expect(409)).body.error.code).toBe('HOLD_CLAIMED');
    expect((await post(holdId, 'unclaim', 'reviewerB').expect(409)).body.error.code).toBe('HOLD_CLAIMED');

    const mine = await t.http.get('/v1/holds?claimed=me&limit=500').set(t.as('reviewerA')).expect(200);
    expect(mine.body.holds.map((h: { id: string }) => h.id)).toEqual([holdId]);
    const others = await t.http.get('/v1/holds?claimed=other&limit=500').set(t.as('reviewerB')).expect(200);
    expect(others.body.holds.map((h: { id: string }) => h.id)).toContain(holdId);
    const free = await t.http.get('/v1/holds?claimed=none&limit=500').set(t.as('reviewerB')).expect(200);
    expect(free.body.holds.map((h: { id: string }) => h.id)).not.toContain(holdId);

    await post(holdId, 'unclaim', 'reviewerA').expect(200);
    await post(holdId, 'claim', 'reviewerB').expect(200);
    const types = (await auditEvents(t.gw, 'claimed', 'unclaimed')).filter((e) => e.holdId === holdId).map((e) => `${e.type}:${e.actor}`);
    expect(types).toEqual(['claimed:alice', 'unclaimed:alice', 'claimed:bob']);
  });

  it('a proposal by the claimant releases the claim so another reviewer can confirm', async () => {
    const { holdId } = await holdPayment(t);
    await post(holdId, 'claim', 'reviewerA').expect(200);
    await post(holdId, 'reject', 'reviewerA', { comment: 'listed seller', reason: 'RR04' }).expect(202);
    const hold = (await t.http.get(`/v1/holds/${holdId}`).set(t.as('reviewerB')).expect(200)).body;
    expect(hold.claimedBy).toBeUndefined();
    await post(holdId, 'reject', 'reviewerB', { comment: 'confirmed' }).expect(200);
  });
});

describe('decision input', () => {
  it('needs a comment and a reason from the code list', async () => {
    const { holdId } = await holdPayment(t);
    expect((await post(holdId, 'reject', 'reviewerA', {}).expect(400)).body.error.code).toBe('REQUEST_INVALID');
    expect((await post(holdId, 'reject', 'reviewerA', { comment: 'x', reason: 'ZZ99' }).expect(400)).body.error.code).toBe('REASON_UNKNOWN');
    expect((await post(holdId, 'reject', 'reviewerA', { comment: 'x', reason: 'rr04' }).expect(400)).body.error.code).toBe('REQUEST_INVALID');
  });

  it('is refused to submitters and without a token', async () => {
    const { holdId } = await holdPayment(t);
    await t.http.post(`/v1/holds/${holdId}/release`).send({ comment: 'x' }).expect(401);
    await t.http.post(`/v1/holds/${holdId}/release`).set(t.as('submitter')).send({ comment: 'x' }).expect(403);
    await t.http.get('/v1/holds').set(t.as('submitter')).expect(403);
  });
});
