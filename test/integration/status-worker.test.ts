/**
 * The status queue's worker with BullMQ on the real Redis: a status report the hub keeps failing ends, after
 * FORWARD_ATTEMPTS deliveries, as a dead letter with its audit event (the job completes), never silently in BullMQ's
 * failed set; a report whose delivery could not be recorded (Redis failing) is tried again beyond that bound, as it
 * has decided nothing.
 */
import type { Worker } from 'bullmq';
import pino from 'pino';
import { RedisAuditTrail } from '../../src/store/audit-store';
import { DeliveryService } from '../../src/app/delivery-service';
import { startStatusWorker } from '../../src/jobs/status-worker';
import type { AuditEvent, AuditEventInput } from '../../src/model/audit';
import { HttpSink } from '../../src/jobs/sinks/http-sink';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { queueStore } from '../helpers/queue-store';

const ATTEMPTS = 2;
const q = queueStore('status-worker');
const { prefix, keys, redis, store, queues } = q;
const audit = new RedisAuditTrail(redis, keys);
const hub = new HttpRecorder();
/** Audit writes that fail before one succeeds, as while Redis is failing over. */
let failingRecords = 0;
const outcomes: string[] = [];
let worker: Worker;

beforeAll(async () => {
  await hub.start();
  const failingAudit = {
    record: (e: AuditEventInput) => {
      if (failingRecords > 0) {
        failingRecords--;
        return Promise.reject(new Error('Connection is closed.'));
      }
      return audit.record(e);
    },
  };
  const deliveries = new DeliveryService({
    store,
    audit: failingAudit,
    core: new HttpSink({ url: hub.url, timeoutMs: 5_000 }),
    hub: new HttpSink({ url: hub.url, timeoutMs: 5_000 }),
    now: () => new Date(),
  });
  worker = startStatusWorker({
    queues: q.connection,
    deliveries,
    log: pino({ level: 'silent' }),
    attempts: ATTEMPTS,
    backoffBaseMs: 10,
    onOutcome: (o) => outcomes.push(o),
  });
});

afterAll(async () => {
  await worker.close();
  await hub.stop();
  await q.close();
});

const report = (n: number) => ({ reportId: `r-${prefix}-${n}`, messageId: `m-${prefix}-${n}`, xml: '<Document/>' });
const requestsFor = (reportId: string) => hub.requests.filter((r) => r.headers['idempotency-key'] === reportId);

async function auditOf(messageId: string): Promise<AuditEvent[]> {
  await audit.seal();
  const out: AuditEvent[] = [];
  for await (const e of audit.events()) if (e.messageId === messageId) out.push(e);
  return out;
}

it('dead-letters a report after FORWARD_ATTEMPTS deliveries the hub failed, with its audit event, and the job completes', async () => {
  const r = report(1);
  hub.answer = (h) => (h['idempotency-key'] === r.reportId ? 503 : undefined);
  await queues.addStatus(r);
  await waitUntil(async () => (await store.statusDeadLetters()).some((l) => l.reportId === r.reportId), 20_000, 'the dead letter');
  await waitUntil(async () => (await queues.status.getJobState(r.reportId)) === 'completed', 5_000, 'the job completed');

  expect(requestsFor(r.reportId)).toHaveLength(ATTEMPTS);
  expect((await store.statusDeadLetters()).find((l) => l.reportId === r.reportId)).toMatchObject({
    messageId: r.messageId,
    reason: expect.stringMatching(/503/),
    attempts: ATTEMPTS,
  });
  expect((await auditOf(r.messageId)).map((e) => [e.type, e.data?.reportId])).toEqual([['status-dead-lettered', r.reportId]]);
  expect(await store.statusDeadLetterCount()).toBe(1);
  expect(await queues.status.getJobCounts('failed')).toEqual({ failed: 0 });
  hub.answer = undefined;
});

it('a report the hub refuses (4xx) is dead-lettered at once', async () => {
  const r = report(2);
  hub.answer = (h) => (h['idempotency-key'] === r.reportId ? 422 : undefined);
  await queues.addStatus(r);
  await waitUntil(async () => (await store.statusDeadLetters()).some((l) => l.reportId === r.reportId), 20_000, 'the dead letter');
  expect(requestsFor(r.reportId)).toHaveLength(1);
  expect((await store.statusDeadLetters()).find((l) => l.reportId === r.reportId)).toMatchObject({ httpStatus: 422, attempts: 1 });
  expect(await queues.status.getJobCounts('failed')).toEqual({ failed: 0 });
  hub.answer = undefined;
});

it('tries a report whose delivery could not be recorded more often than FORWARD_ATTEMPTS, and records it sent once', async () => {
  const r = report(3);
  hub.fallback = 200;
  failingRecords = ATTEMPTS + 2;
  await queues.addStatus(r);
  await waitUntil(async () => (await queues.status.getJobState(r.reportId)) === 'completed', 20_000, 'the job completed');
  expect(failingRecords).toBe(0);
  expect((await auditOf(r.messageId)).map((e) => e.type)).toEqual(['status-sent']);
  expect((await store.statusDeadLetters()).some((l) => l.reportId === r.reportId)).toBe(false);
  expect(await queues.status.getJobCounts('failed')).toEqual({ failed: 0 });
});
