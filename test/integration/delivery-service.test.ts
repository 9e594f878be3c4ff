/**
 * The delivery use case on its own, without BullMQ: a message accepted by the real accept path (real Redis, the
 * sample list), its forward unit handed to DeliveryService.forward attempt by attempt, the core a real HTTP server
 * answering what each test scripts. What a queue worker does with the outcome is the queue's business; what the
 * gateway records (transaction states, the unit's state, dead letters, audit events) is checked here.
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { readMessage } from '../../src/iso20022';
import { RedisKeys } from '../../src/store/keys';
import { MessageStore } from '../../src/store/message-store';
import { RedisAuditTrail } from '../../src/store/audit-store';
import { PayloadSealer, generateKey } from '../../src/store/sealed-payload';
import { readWatchlistFile } from '../../src/watchlist/read-file';
import { decisionPolicy } from '../../src/policy/decision-policy';
import { ScreeningService } from '../../src/app/screening-service';
import { AcceptService } from '../../src/app/accept-service';
import { DeliveryService } from '../../src/app/delivery-service';
import type { AuditEvent } from '../../src/model/audit';
import type { ForwardUnit } from '../../src/model/records';
import { HttpSink } from '../../src/jobs/sinks/http-sink';
import { HttpRecorder } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';
import { SAMPLE_WATCHLIST } from '../helpers/test-gateway';

const prefix = testPrefix('delivery');
const keys = new RedisKeys(prefix);
const redis = new Redis(redisUrl());
const key = generateKey();
const store = new MessageStore(redis, keys, { duplicateWindowMs: 3_600_000, retentionMs: 3_600_000 }, new PayloadSealer({ current: key, keys: [key] }));
const audit = new RedisAuditTrail(redis, keys);
const core = new HttpRecorder();
const hub = new HttpRecorder();
let accept: AcceptService;
let deliveries: DeliveryService;

beforeAll(async () => {
  await Promise.all([core.start(), hub.start()]);
  const { screener } = await readWatchlistFile(SAMPLE_WATCHLIST);
  const status = { rejectReason: 'RR04', pendingStatus: 'PDNG' as const };
  const screening = new ScreeningService({ screener, policy: decisionPolicy({ instantNameHitAction: 'reject' }) }, { instantCodes: ['INST'], status });
  const now = () => new Date();
  accept = new AcceptService({ screening, store, keys, outcomes: { ...status, holdDeadlines: { default: 3_600_000, byServiceLevel: {} } }, now });
  deliveries = new DeliveryService({
    store,
    audit,
    core: new HttpSink({ url: core.url, timeoutMs: 5_000 }),
    hub: new HttpSink({ url: hub.url, timeoutMs: 5_000 }),
    now,
  });
});

afterAll(async () => {
  await Promise.all([core.stop(), hub.stop()]);
  redis.disconnect();
  await deletePrefix(prefix);
});

let seq = 0;

/** Accepts a message of a clean transaction and a listed payee's: one is held, the other makes a forward unit. */
async function acceptedUnit(): Promise<{ unit: ForwardUnit; messageId: string }> {
  const xml = pacs008([
    { creditorName: 'Baeckerei Sonnenschein GmbH', creditorIban: ibanDE(900 + seq++) },
    { creditorName: LISTED.name, creditorIban: LISTED.iban },
  ]);
  const outcome = await accept.accept(readMessage(xml), { submitter: 'hub-test', digest: createHash('sha256').update(xml).digest('hex') });
  expect(outcome.result.transactions.map((t) => t.decision)).toEqual(['clear', 'hold']);
  const stored = await store.get(outcome.messageId);
  return { unit: stored!.plan.forward!, messageId: outcome.messageId };
}

async function auditOf(messageId: string): Promise<AuditEvent[]> {
  await audit.seal();
  const out: AuditEvent[] = [];
  for await (const e of audit.events()) if (e.messageId === messageId) out.push(e);
  return out;
}

describe('forward', () => {
  it('delivers a unit under its key, records it on the message and in the audit trail, and sends nothing on a second attempt', async () => {
    const { unit, messageId } = await acceptedUnit();
    expect(unit).toMatchObject({ txIndexes: [0], whole: false });
    core.fallback = 200;
    const before = core.requests.length;

    expect(await deliveries.forward(unit, { number: 1, last: false })).toEqual({ kind: 'delivered' });
    const sent = core.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers['idempotency-key']).toBe(unit.forwardId);
    // the cleared transaction alone, under the unit's own MsgId
    expect(sent[0]!.body).toContain(`<MsgId>${unit.msgId}</MsgId>`);
    expect(sent[0]!.body).toContain('<NbOfTxs>1</NbOfTxs>');
    expect(sent[0]!.body).not.toContain(LISTED.iban);

    const stored = await store.get(messageId);
    expect(stored!.forwards[unit.forwardId]).toBe('delivered');
    expect(stored!.transactions[0]).toMatchObject({ status: 'ACSP', stage: 'forwarded', forwardId: unit.forwardId });
    expect(stored!.transactions[1]).toMatchObject({ stage: 'held' });
    expect((await auditOf(messageId)).find((e) => e.type === 'delivered')?.data).toEqual({ forwardId: unit.forwardId, transactions: 1, attempts: 1 });

    expect(await deliveries.forward(unit, { number: 2, last: false })).toEqual({ kind: 'done-before', state: 'delivered' });
    expect(core.requests.length - before).toBe(1);
  });

  it('dead-letters a unit the core refuses (4xx) at the first attempt, keeping the original for the operator', async () => {
    const { unit, messageId } = await acceptedUnit();
    core.script = [422];

    const outcome = await deliveries.forward(unit, { number: 1, last: false });
    expect(outcome).toMatchObject({ kind: 'dead', httpStatus: 422 });
    expect((await deliveries.deadLetters()).find((d) => d.forwardId === unit.forwardId)).toMatchObject({
      messageId,
      transactions: [0],
      httpStatus: 422,
      attempts: 1,
    });
    const stored = await store.get(messageId);
    expect(stored!.forwards[unit.forwardId]).toBe('dead');
    expect(stored!.transactions[0]).toMatchObject({ status: 'ACSP', stage: 'dead-letter', forwardId: unit.forwardId });
    expect(await store.raw(messageId)).not.toBeNull();
    expect((await auditOf(messageId)).find((e) => e.type === 'dead-lettered')?.data).toMatchObject({ forwardId: unit.forwardId, httpStatus: 422 });

    expect(await deliveries.forward(unit, { number: 2, last: false })).toEqual({ kind: 'done-before', state: 'dead' });
  });

  it('asks for a retry while attempts remain, and dead-letters at the last one', async () => {
    const { unit, messageId } = await acceptedUnit();
    core.script = [503, 503];

    const first = await deliveries.forward(unit, { number: 1, last: false });
    expect(first.kind).toBe('retry');
    expect(first.kind === 'retry' && first.error.message).toMatch(/HTTP 503/);
    expect((await store.get(messageId))!.transactions[0]).toMatchObject({ stage: 'forward-queued' });

    const last = await deliveries.forward(unit, { number: 2, last: true });
    expect(last).toMatchObject({ kind: 'dead', reason: expect.stringMatching(/HTTP 503/) });
    expect((await store.get(messageId))!.transactions[0]).toMatchObject({ stage: 'dead-letter' });
    // the dashboard shows how hard the gateway tried
    expect((await deliveries.deadLetters()).find((d) => d.forwardId === unit.forwardId)).toMatchObject({ attempts: 2 });
  });

  it('retries a unit whose stored original reads as gone, and dead-letters it only at the last attempt, sending nothing', async () => {
    const { unit, messageId } = await acceptedUnit();
    await redis.hdel(keys.message(messageId), 'raw');
    const before = core.requests.length;

    // A wrong read (a Redis Cluster slot migrating) looks the same as a loss: not final at the first attempt.
    expect(await deliveries.forward(unit, { number: 1, last: false })).toMatchObject({ kind: 'retry', error: { message: 'the stored original is gone' } });
    expect((await store.get(messageId))!.forwards[unit.forwardId]).toBe('queued');
    expect(await deliveries.forward(unit, { number: 2, last: true })).toEqual({ kind: 'dead', reason: 'the stored original is gone' });
    expect(core.requests.length).toBe(before);
    expect((await store.get(messageId))!.forwards[unit.forwardId]).toBe('dead');
    expect((await deliveries.deadLetters()).find((d) => d.forwardId === unit.forwardId)).toMatchObject({ reason: 'the stored original is gone', attempts: 2 });
  });

  it('retries a unit whose stored original does not open, and dead-letters it with the code at the last attempt, sending nothing', async () => {
    const { unit, messageId } = await acceptedUnit();
    const sealed = (await redis.hgetBuffer(keys.message(messageId), 'raw'))!;
    sealed[sealed.length - 1] ^= 0x01;
    await redis.hset(keys.message(messageId), 'raw', sealed);
    const before = core.requests.length;

    const first = await deliveries.forward(unit, { number: 1, last: false });
    expect(first).toMatchObject({ kind: 'retry', error: { code: 'RECORD_UNREADABLE' } });
    const last = await deliveries.forward(unit, { number: 2, last: true });
    expect(last).toMatchObject({ kind: 'dead', reason: expect.stringMatching(/^RECORD_UNREADABLE: /) });
    expect(core.requests.length).toBe(before);
  });
});

describe('forward in groups', () => {
  afterEach(() => {
    core.answer = undefined;
  });

  it('each unit of a group has its own outcome; a second attempt sends only the unit that asked for a retry', async () => {
    const [ok, refused, flaky] = [await acceptedUnit(), await acceptedUnit(), await acceptedUnit()];
    let flakyCalls = 0;
    core.answer = (h) => {
      const key = h['idempotency-key'];
      if (key === refused.unit.forwardId) return 422;
      if (key === flaky.unit.forwardId) return flakyCalls++ === 0 ? 503 : 200;
      return 200;
    };
    const before = core.requests.length;
    const units = [ok.unit, refused.unit, flaky.unit];

    const first = await deliveries.forwardAll(units, { number: 1, last: false });
    expect(first.map((o) => o.kind)).toEqual(['delivered', 'dead', 'retry']);
    expect(first[1]).toMatchObject({ httpStatus: 422 });
    expect(
      core.requests
        .slice(before)
        .map((r) => r.headers['idempotency-key'])
        .sort(),
    ).toEqual(units.map((u) => u.forwardId).sort());
    expect((await store.get(ok.messageId))!.transactions[0]).toMatchObject({ stage: 'forwarded', forwardId: ok.unit.forwardId });
    expect((await store.get(refused.messageId))!.transactions[0]).toMatchObject({ stage: 'dead-letter' });
    expect((await deliveries.deadLetters()).find((d) => d.forwardId === refused.unit.forwardId)).toMatchObject({
      messageId: refused.messageId,
      httpStatus: 422,
    });
    expect((await store.get(flaky.messageId))!.transactions[0]).toMatchObject({ stage: 'forward-queued' });

    const second = await deliveries.forwardAll(units, { number: 2, last: false });
    expect(second).toEqual([{ kind: 'done-before', state: 'delivered' }, { kind: 'done-before', state: 'dead' }, { kind: 'delivered' }]);
    expect(core.requests.length - before).toBe(4);
    expect(core.requests.at(-1)!.headers['idempotency-key']).toBe(flaky.unit.forwardId);
    expect((await store.get(flaky.messageId))!.transactions[0]).toMatchObject({ stage: 'forwarded' });
    expect((await auditOf(flaky.messageId)).find((e) => e.type === 'delivered')?.data).toEqual({
      forwardId: flaky.unit.forwardId,
      transactions: 1,
      attempts: 2,
    });
    expect((await auditOf(ok.messageId)).filter((e) => e.type === 'delivered')).toHaveLength(1);
  });

  it('at the last attempt a unit that still fails is dead-lettered, the others of its group delivered', async () => {
    const [ok, failing] = [await acceptedUnit(), await acceptedUnit()];
    core.answer = (h) => (h['idempotency-key'] === failing.unit.forwardId ? 502 : 200);
    const outcomes = await deliveries.forwardAll([ok.unit, failing.unit], { number: 25, last: true });
    expect(outcomes[0]).toEqual({ kind: 'delivered' });
    expect(outcomes[1]).toMatchObject({ kind: 'dead', reason: expect.stringMatching(/HTTP 502/) });
    expect((await store.get(failing.messageId))!.forwards[failing.unit.forwardId]).toBe('dead');
    expect(await store.raw(failing.messageId)).not.toBeNull();
  });
});

describe('status reports', () => {
  const report = (n: number) => ({ reportId: `r-${prefix}-${n}`, messageId: `m-${prefix}-${n}`, xml: '<Document/>' });

  const first = { number: 1, last: false };

  it('delivers under the report id and records it in the audit trail', async () => {
    hub.script = [200];
    expect(await deliveries.deliverStatusReport(report(1), first)).toEqual({ kind: 'delivered' });
    expect(hub.requests.at(-1)!.headers['idempotency-key']).toBe(report(1).reportId);
    expect((await auditOf(report(1).messageId)).map((e) => e.type)).toEqual(['status-sent']);
  });

  it('a 4xx is final: a dead letter and its audit event; a 5xx is retried, then dead at the last attempt; none recorded as sent', async () => {
    hub.script = [400, 502, 503];
    expect(await deliveries.deliverStatusReport(report(2), first)).toMatchObject({ kind: 'dead', httpStatus: 400 });
    expect((await deliveries.deliverStatusReport(report(3), first)).kind).toBe('retry');
    expect(await auditOf(report(3).messageId)).toEqual([]);
    expect(await deliveries.deliverStatusReport(report(3), { number: 4, last: true })).toMatchObject({ kind: 'dead', reason: expect.stringMatching(/503/) });

    const letters = await deliveries.statusDeadLetters();
    expect(letters.find((l) => l.reportId === report(2).reportId)).toMatchObject({ messageId: report(2).messageId, httpStatus: 400, attempts: 1 });
    expect(letters.find((l) => l.reportId === report(3).reportId)).toMatchObject({
      messageId: report(3).messageId,
      reason: expect.stringMatching(/503/),
      attempts: 4,
    });
    for (const n of [2, 3]) {
      const events = await auditOf(report(n).messageId);
      expect(events.map((e) => [e.type, e.data?.reportId])).toEqual([['status-dead-lettered', report(n).reportId]]);
    }
  });
});
