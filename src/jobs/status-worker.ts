/**
 * Delivers status reports of later decisions (release → ACSP, reject / expiry → RJCT) to the hub: STATUS_URL, or
 * DATA_DIR/status/ when none is configured. Same at-least-once + stable key discipline as the forward worker.
 */
import { Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RedisKeys } from '../store/keys';
import { QUEUE_NAMES } from '../store/keys';
import type { StatusJobData } from '../queues/queues';
import { workerOptions } from './worker-options';
import type { AuditTrail } from '../model/audit';
import { PermanentDeliveryError, XmlSink } from '../model/delivery';

export interface StatusWorkerDeps {
  connection: Redis;
  keys: RedisKeys;
  sink: XmlSink;
  audit: AuditTrail;
  log: Logger;
  backoffBaseMs: number;
  now: () => Date;
}

export function startStatusWorker(d: StatusWorkerDeps): Worker<StatusJobData> {
  const worker = new Worker<StatusJobData>(QUEUE_NAMES.status, (job) => deliverStatus(job, d), workerOptions(d.connection, d.keys, 4, d.backoffBaseMs));
  worker.on('error', (e) => d.log.error({ err: e.message }, 'status worker error'));
  return worker;
}

async function deliverStatus(job: Job<StatusJobData>, d: StatusWorkerDeps): Promise<void> {
  try {
    await d.sink.deliver({ key: job.data.reportId, xml: job.data.xml, headers: { 'X-Chokepoint-Message-Id': job.data.messageId } });
  } catch (e) {
    d.log.warn({ reportId: job.data.reportId, attempt: job.attemptsMade + 1, err: (e as Error).message }, 'status report delivery failed');
    if (e instanceof PermanentDeliveryError) throw new UnrecoverableError(e.message);
    throw e;
  }
  await d.audit.record({ type: 'status-sent', messageId: job.data.messageId, at: d.now().toISOString(), actor: 'gateway', data: { reportId: job.data.reportId } });
}
