/**
 * The forward queue's worker with BullMQ on the real Redis: FORWARD_ATTEMPTS bounds the deliveries of a unit (the core
 * failing ends in a dead letter), never the tries of a job that could not read or record its units (Redis failing):
 * such a job has decided nothing, and failing it would leave its payment accepted but neither at the core nor in
 * the dead letters.
 */
import { createHash } from 'node:crypto';
import type { Worker } from 'bullmq';
import pino from 'pino';
import { readMessage } from '../../src/iso20022';
import { RedisAuditTrail } from '../../src/store/audit-store';
import { readWatchlistFile } from '../../src/watchlist/read-file';
import { decisionPolicy } from '../../src/policy/decision-policy';
import { ScreeningService } from '../../src/app/screening-service';
import { AcceptService } from '../../src/app/accept-service';
import { DeliveryService } from '../../src/app/delivery-service';
import { startForwardWorker } from '../../src/jobs/forward-worker';
import type { ForwardUnit } from '../../src/model/records';
import { HttpSink } from '../../src/jobs/sinks/http-sink';
import { HttpRecorder } from '../helpers/http-recorder';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { queueStore } from '../helpers/queue-store';
import { SAMPLE_WATCHLIST } from '../helpers/test-gateway';

jest.setTimeout(90_000);
const ATTEMPTS = 2;
const q = queueStore('forward-worker');
const { keys, redis, store, queues } = q;
const core = new HttpRecorder();
/** Reads of the units' records that fail before one succeeds, as while Redis is failing over. */
let failingReads = 0;
/** Writes of a delivery's outcome that Redis refuses as a whole (OOM at maxmemory) while it still hands out jobs. */
let refusedFinishes = 0;
let accept: AcceptService;
let worker: Worker;

beforeAll(async () => {
  await core.start();
  const { screener } = await readWatchlistFile(SAMPLE_WATCHLIST);
  const status = { rejectReason: 'RR04', pendingStatus: 'PDNG' as const };
  const screening = new ScreeningService({ screener, policy: decisionPolicy({ instantNameHitAction: 'reject' }) }, { instantCodes: ['INST'], status });
  const now = () => new Date();
  accept = new AcceptService({ screening, store, keys, outcomes: { ...status, holdDeadlines: { default: 3_600_000, byServiceLevel: {} } }, now });
  const failingStore = new Proxy(store, {
    get(target, name, receiver) {
      if (name === 'finishForwards' && refusedFinishes > 0) {
        refusedFinishes--;
        const e = new Error("OOM command not allowed when used memory > 'maxmemory'. script: a3297, on @user_script:24.");
        e.name = 'ReplyError';
        return () => Promise.reject(e);
      }
      if (name === 'forwardContexts' && failingReads > 0) {
        failingReads--;
        return () => Promise.reject(new Error('Connection is closed.'));
      }
      const value = Reflect.get(target, name, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const deliveries = new DeliveryService({
    store: failingStore,
    audit: new RedisAuditTrail(redis, keys),
    core: new HttpSink({ url: core.url, timeoutMs: 5_000 }),
    hub: new HttpSink({ url: core.url, timeoutMs: 5_000 }),
    now,
  });
  worker = startForwardWorker({
    queues: q.connection,
    deliveries,
    log: pino({ level: 'silent' }),
    concurrency: 2,
    attempts: ATTEMPTS,
    backoffBaseMs: 10,
  });
});

afterAll(async () => {
  await worker.close();
  await core.stop();
  await q.close();
});

let seq = 0;

async function clearedUnit(): Promise<{ unit: ForwardUnit; messageId: string }> {
  const xml = pacs008([{ creditorName: 'Baeckerei Sonnenschein GmbH', creditorIban: ibanDE(700 + seq++) }]);
  const outcome = await accept.accept(readMessage(xml), { submitter: 'hub-test', digest: createHash('sha256').update(xml).digest('hex') });
  return { unit: (await store.get(outcome.messageId))!.plan.forward!, messageId: outcome.messageId };
}

async function settled(messageId: string, forwardId: string, withinMs = 20_000): Promise<string | undefined> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const state = (await store.get(messageId))!.forwards[forwardId];
    if (state === 'delivered' || state === 'dead' || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The unit's job once BullMQ has recorded its end. The worker records the unit's outcome (what `settled` waits for)
 * inside the job, and BullMQ counts the attempt and moves the job to completed only after it returns: read at once,
 * `attemptsMade` may still be the count before the last try.
 */
async function finishedJob(forwardId: string, withinMs = 10_000) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const job = await queues.forward.getJob(forwardId);
    const state = job ? await job.getState() : undefined;
    if (state === 'completed' || state === 'failed') return { job: job!, state };
    if (Date.now() > deadline) throw new Error(`job ${forwardId} not finished within ${withinMs} ms (${state})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('tries a job whose records could not be read more often than FORWARD_ATTEMPTS, and delivers it once', async () => {
  const { unit, messageId } = await clearedUnit();
  core.fallback = 200;
  failingReads = ATTEMPTS + 3;
  await queues.addForwardGroups([unit]);

  expect(await settled(messageId, unit.forwardId)).toBe('delivered');
  expect(failingReads).toBe(0);
  expect(core.accepted.filter((r) => r.headers['idempotency-key'] === unit.forwardId)).toHaveLength(1);
  expect(await queues.forward.getJobCounts('failed')).toEqual({ failed: 0 });
});

it('a try that could not reach Redis is not an attempt: retried within about a second, the deliveries keep their FORWARD_ATTEMPTS', async () => {
  const { unit, messageId } = await clearedUnit();
  // Three reads fail (a Redis restart), then the core fails the first delivery: the unit must get its second one.
  failingReads = ATTEMPTS + 1;
  let answered = 0;
  core.answer = (headers) => (headers['idempotency-key'] === unit.forwardId && answered++ === 0 ? 503 : undefined);
  const queuedAt = Date.now();
  await queues.addForwardGroups([unit]);

  expect(await settled(messageId, unit.forwardId)).toBe('delivered');
  const took = Date.now() - queuedAt;
  expect(failingReads).toBe(0);
  expect(core.requests.filter((r) => r.headers['idempotency-key'] === unit.forwardId).map((r) => r.status)).toEqual([503, 200]);
  // Each failed read waited about a second (not BullMQ's doubling backoff); BullMQ counted the two deliveries only.
  expect(took).toBeLessThan((ATTEMPTS + 1) * 1_000 + 5_000);
  const { job, state } = await finishedJob(unit.forwardId);
  expect(state).toBe('completed');
  expect(job.attemptsMade).toBe(2);
  core.answer = undefined;
});

it('Redis refusing the outcome while it hands out jobs: tried again ever more slowly, never counted, delivered once it writes', async () => {
  const { unit, messageId } = await clearedUnit();
  // Every try delivers (the core books the Idempotency-Key once) and then cannot record it: at one try a second the core
  // would get the unit again every second for as long as Redis refuses.
  refusedFinishes = 1_000;
  await queues.addForwardGroups([unit]);
  await new Promise((r) => setTimeout(r, 10_000));
  const deliveries = core.requests.filter((r) => r.headers['idempotency-key'] === unit.forwardId).length;
  expect(deliveries).toBeGreaterThanOrEqual(3);
  expect(deliveries).toBeLessThanOrEqual(7); // tries at 0, 1, 2, 3, 5, 9 s
  refusedFinishes = 0;
  expect(await settled(messageId, unit.forwardId, 40_000)).toBe('delivered');
  const { job, state } = await finishedJob(unit.forwardId);
  expect(state).toBe('completed');
  expect(job.attemptsMade).toBe(1);
});

it('dead-letters a unit after FORWARD_ATTEMPTS deliveries the core failed, and the job completes', async () => {
  const { unit, messageId } = await clearedUnit();
  core.answer = (headers) => (headers['idempotency-key'] === unit.forwardId ? 503 : undefined);

  await queues.addForwardGroups([unit]);
  expect(await settled(messageId, unit.forwardId)).toBe('dead');
  expect(core.requests.filter((r) => r.headers['idempotency-key'] === unit.forwardId)).toHaveLength(ATTEMPTS);
  expect((await finishedJob(unit.forwardId)).state).toBe('completed');
  expect(await queues.forward.getJobCounts('failed')).toEqual({ failed: 0 });
  core.answer = undefined;
});
