/**
 * A forward job its worker lost: active in Redis, locked by a token nobody renews, as a Redis restart or failover can
 * leave one whose fetch or outcome was cut off mid-way (or a worker that died). The stalled check hands it to a worker
 * again within about 10 s (lock 5 s, checks every 5 s: src/jobs/worker-options.ts); with the 15 s lock it was up to
 * 30 s, which, with BullMQ's 15 s pause after a connection error, left a payment caught at a Redis kill at the core
 * up to ~45 s after every other one.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'bullmq';
import pino from 'pino';
import { readMessage } from '../../src/iso20022';
import { RedisAuditTrail } from '../../src/store/audit-store';
import { readWatchlistFile } from '../../src/watchlist/read-file';
import { decisionPolicy } from '../../src/policy/decision-policy';
import { ScreeningService } from '../../src/app/screening-service';
import { AcceptService } from '../../src/app/accept-service';
import { DeliveryService } from '../../src/app/delivery-service';
import { QUEUE_NAMES } from '../../src/queues/queues';
import { startForwardWorker } from '../../src/jobs/forward-worker';
import { workerOptions } from '../../src/jobs/worker-options';
import { HttpSink } from '../../src/jobs/sinks/http-sink';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { queueStore } from '../helpers/queue-store';
import { SAMPLE_WATCHLIST } from '../helpers/test-gateway';

jest.setTimeout(60_000);

const q = queueStore('lost-job');
const { keys, redis, store, queues, connection } = q;
const core = new HttpRecorder();
const workers: Worker[] = [];

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close(true)));
  await core.stop();
  await q.close();
});

it('a job left active under a lock nobody renews is delivered within about 10 s', async () => {
  await core.start();
  const { screener } = await readWatchlistFile(SAMPLE_WATCHLIST);
  const status = { rejectReason: 'RR04', pendingStatus: 'PDNG' as const };
  const screening = new ScreeningService({ screener, policy: decisionPolicy({ instantNameHitAction: 'reject' }) }, { instantCodes: ['INST'], status });
  const now = () => new Date();
  const accept = new AcceptService({ screening, store, keys, outcomes: { ...status, holdDeadlines: { default: 3_600_000, byServiceLevel: {} } }, now });
  const xml = pacs008([{ creditorName: 'Baeckerei Sonnenschein GmbH', creditorIban: ibanDE(7700) }]);
  const outcome = await accept.accept(readMessage(xml), { submitter: 'hub-test', digest: createHash('sha256').update(xml).digest('hex') });
  const unit = (await store.get(outcome.messageId))!.plan.forward!;
  await queues.addForwardGroups([unit]);

  // A worker with the product's options takes the job and is never heard of again: no renewal, no outcome.
  const lost = new Worker(QUEUE_NAMES.forward, null, { ...workerOptions(connection, QUEUE_NAMES.forward, 1, 10), autorun: false });
  workers.push(lost);
  const taken = await lost.getNextJob('token-of-a-lost-fetch');
  expect(taken?.id).toBe(unit.forwardId);
  const lostAt = Date.now();
  expect(await queues.forward.getJobState(unit.forwardId)).toBe('active');

  workers.push(
    startForwardWorker({
      queues: connection,
      deliveries: new DeliveryService({
        store,
        audit: new RedisAuditTrail(redis, keys),
        core: new HttpSink({ url: core.url, timeoutMs: 5_000 }),
        hub: new HttpSink({ url: core.url, timeoutMs: 5_000 }),
        now,
      }),
      log: pino({ level: 'silent' }),
      concurrency: 1,
      attempts: 3,
      backoffBaseMs: 10,
    }),
  );
  await waitUntil(() => core.accepted.some((r) => r.headers['idempotency-key'] === unit.forwardId), 45_000, 'the lost job delivered');
  const after = Date.now() - lostAt;
  console.log(`a forward job lost at its fetch reached the core ${after} ms later`);
  expect(after).toBeLessThan(15_000);
  expect(core.accepted.filter((r) => r.headers['idempotency-key'] === unit.forwardId)).toHaveLength(1);
});
