/**
 * Hold deadlines: one per hold, by service level (HOLD_DEADLINES), enforced by a delayed BullMQ job. With two gateway
 * instances on one Redis prefix the expiry runs exactly once per hold; a deadline that passes while no gateway runs
 * is applied when one starts again; the 'escalate' policy flags the hold instead of rejecting it.
 */
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';
import { auditEvents, holdPayment, tag } from './review-support';

const reportsFor = (hub: HttpRecorder, messageId: string) => hub.accepted.filter((r) => r.headers['x-chokepoint-message-id'] === messageId);

describe('two gateway instances on one Redis', () => {
  let hub: HttpRecorder;
  let a: TestGateway;
  let b: TestGateway;

  beforeAll(async () => {
    hub = await new HttpRecorder().start();
    a = await startTestGateway('review-deadline-2x', { STATUS_URL: hub.url, HOLD_DEADLINE: '24h', HOLD_DEADLINES: 'URGP=1500ms,SDVA=4s,NURG=48h' });
    b = await startTestGateway('review-deadline-2x', a.env, { dataDir: a.dataDir, prefix: a.prefix });
  });
  afterAll(async () => {
    await b.stop();
    await a.destroy();
    await hub.stop();
  });

  it('apply the deadline of the service level, and expire each hold exactly once with RJCT RR04', async () => {
    const urgent: Awaited<ReturnType<typeof holdPayment>>[] = [];
    for (let i = 0; i < 6; i++) urgent.push(await holdPayment(i % 2 ? a : b, { serviceLevel: 'URGP' }));
    const normal = await holdPayment(a, { serviceLevel: 'SEPA' });
    const slow = await holdPayment(b, { serviceLevel: 'NURG' });

    const first = await a.gw.review.get(urgent[0]!.holdId);
    expect(Date.parse(first.deadline) - Date.parse(first.createdAt)).toBe(1500);
    const n = await a.gw.review.get(normal.holdId);
    expect(Date.parse(n.deadline) - Date.parse(n.createdAt)).toBe(24 * 3_600_000);
    const s = await a.gw.review.get(slow.holdId);
    expect(Date.parse(s.deadline) - Date.parse(s.createdAt)).toBe(48 * 3_600_000);

    for (const h of urgent) {
      await waitUntil(async () => (await a.gw.review.get(h.holdId)).state === 'expired', 15_000, `expiry of ${h.holdId}`);
    }
    await hub.waitFor(() => urgent.every((h) => reportsFor(hub, h.messageId).length > 0));
    await new Promise((r) => setTimeout(r, 1000)); // room for a second (wrong) expiry to show up

    const expired = await auditEvents(a.gw, 'expired');
    for (const h of urgent) {
      expect(expired.filter((e) => e.holdId === h.holdId)).toHaveLength(1);
      const reports = reportsFor(hub, h.messageId);
      expect(reports).toHaveLength(1);
      expect(tag(reports[0]!.body, 'TxSts')).toBe('RJCT');
      expect(tag(reports[0]!.body, 'Cd')).toBe('RR04');
      const hold = await b.gw.review.get(h.holdId);
      expect(hold.decision).toMatchObject({ action: 'reject', reviewer: 'gateway', reason: 'RR04' });
      const status = await b.http.get(`/v1/messages/${h.messageId}/status`).set(b.as('submitter')).expect(200);
      expect(status.body.transactions[0]).toMatchObject({ status: 'RJCT', stage: 'rejected', reasonCode: 'RR04' });
    }
    expect((await a.gw.review.get(normal.holdId)).state).toBe('pending');
    expect((await a.gw.review.get(slow.holdId)).state).toBe('pending');
    const open = await a.http.get('/v1/holds?limit=500').set(a.as('reviewerA')).expect(200);
    expect(open.body.holds.map((h: { id: string }) => h.id).sort()).toEqual([normal.holdId, slow.holdId].sort());
  });

  it('an expiry delivered to both instances at once is applied by one of them', async () => {
    const { holdId, messageId } = await holdPayment(a);
    const outcomes = await Promise.all([a.gw.review.expire(holdId), b.gw.review.expire(holdId), a.gw.review.expire(holdId)]);
    expect(outcomes.filter((o) => o === 'expired')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'ignored')).toHaveLength(2);
    await hub.waitFor(() => reportsFor(hub, messageId).length === 1);
    expect((await auditEvents(a.gw, 'expired')).filter((e) => e.holdId === holdId)).toHaveLength(1);
  });

  it('a decided hold is not expired afterwards', async () => {
    // A deadline the two decisions surely beat on a loaded machine (with URGP's 1.5 s the hold could expire first),
    // then waited out, with room for a (wrong) expiry job to run.
    const { holdId } = await holdPayment(a, { serviceLevel: 'SDVA' });
    const deadline = Date.parse((await a.gw.review.get(holdId)).deadline);
    await a.http.post(`/v1/holds/${holdId}/release`).set(a.as('reviewerA')).send({ comment: 'known customer' }).expect(202);
    await b.http.post(`/v1/holds/${holdId}/release`).set(b.as('reviewerB')).send({ comment: 'agreed' }).expect(200);
    await new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now()) + 1000));
    expect((await a.gw.review.get(holdId)).state).toBe('released');
    expect((await auditEvents(a.gw, 'expired')).filter((e) => e.holdId === holdId)).toHaveLength(0);
    expect(await a.gw.queues.review.getJob(holdId)).toBeUndefined();
  });
});

it('a deadline that passed while no gateway ran is applied once when one starts again', async () => {
  const hub = await new HttpRecorder().start();
  // Long enough that the hold is made and the gateway stopped before the deadline even on a loaded machine; then the
  // deadline is waited out with no gateway running.
  const first = await startTestGateway('review-deadline-restart', { STATUS_URL: hub.url, HOLD_DEADLINE: '3s' });
  const { holdId, messageId } = await holdPayment(first);
  const deadline = Date.parse((await first.gw.review.get(holdId)).deadline);
  await first.stop();
  await new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now()) + 500));
  expect(hub.requests).toHaveLength(0);

  // The gateway that starts applies the deadline at once: it may already be expired when the start returns (reading
  // 'pending' here was a race the worker won now and then), so when it was applied is read from the decision.
  const restartedAt = Date.now();
  const second = await startTestGateway('review-deadline-restart', first.env, { dataDir: first.dataDir, prefix: first.prefix });
  try {
    await hub.waitFor(() => reportsFor(hub, messageId).length === 1);
    const hold = await second.gw.review.get(holdId);
    expect(hold.state).toBe('expired');
    expect(Date.parse(hold.decision!.at)).toBeGreaterThanOrEqual(restartedAt);
    await new Promise((r) => setTimeout(r, 500));
    expect(reportsFor(hub, messageId)).toHaveLength(1);
    expect((await auditEvents(second.gw, 'expired')).filter((e) => e.holdId === holdId)).toHaveLength(1);
  } finally {
    await second.destroy();
    await hub.stop();
  }
});

it('HOLD_EXPIRY_ACTION=escalate flags the hold at its deadline; it stays open for a decision', async () => {
  const hub = await new HttpRecorder().start();
  const t = await startTestGateway('review-deadline-escalate', { STATUS_URL: hub.url, HOLD_DEADLINE: '1s', HOLD_EXPIRY_ACTION: 'escalate' });
  try {
    const { holdId, messageId } = await holdPayment(t);
    await waitUntil(async () => (await t.gw.review.get(holdId)).state === 'escalated', 10_000, 'escalation');
    const ev = (await auditEvents(t.gw, 'escalated')).filter((e) => e.holdId === holdId);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ actor: 'gateway', messageId, data: { why: 'deadline' } });
    expect(hub.requests).toHaveLength(0);
    const list = await t.http.get('/v1/holds?escalated=true').set(t.as('reviewerA')).expect(200);
    expect(list.body.holds.map((h: { id: string }) => h.id)).toEqual([holdId]);
    await t.http.post(`/v1/holds/${holdId}/reject`).set(t.as('reviewerA')).send({ comment: 'late, but listed' }).expect(202);
    await t.http.post(`/v1/holds/${holdId}/reject`).set(t.as('reviewerB')).send({ comment: 'agreed' }).expect(200);
    await hub.waitFor(() => reportsFor(hub, messageId).length === 1);
    expect(tag(hub.accepted[0]!.body, 'TxSts')).toBe('RJCT');
  } finally {
    await t.destroy();
    await hub.stop();
  }
});
