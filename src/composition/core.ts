/**
 * What every gateway process needs, whatever its role (HTTP, queue workers or both): RedisClient (the embedded one when
 * REDIS_URL is unset), keys, metrics, the audit trail and its sealer, the message and hold stores, the queues and
 * the intent dispatcher, and the use cases both roles call (status reports, review, deliveries) with the
 * crash-recovery sweep.
 */
import path from 'node:path';
import type { RedisClient } from '../store/redis';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { Metrics } from '../observability/metrics';
import { startEmbeddedRedis } from '../runtime/embedded-redis';
import { RedisTarget, closeRedis, connectOrFail, createRedis } from '../store/redis';
import { ReplicaAcks } from '../store/replica-acks';
import { RedisKeys } from '../store/keys';
import { MessageStore } from '../store/message-store';
import { HoldStore } from '../store/hold-store';
import { RedisAuditTrail } from '../store/audit-store';
import { AuditArchiver } from '../store/audit-archive';
import { GatewayQueues } from '../queues/queues';
import { IntentDispatcher } from '../queues/intent-dispatcher';
import { StatusReportService } from '../app/status-report-service';
import { ReviewService } from '../app/review-service';
import { clearedKeeper } from '../app/rescreen-service';
import { RescreenStore } from '../store/rescreen-store';
import type { ClearedPayment } from '../model/rescreen';
import { DeliveryService } from '../app/delivery-service';
import { deliverySinks } from '../jobs/sinks';
import { Closers } from './closers';
import { reviewSettingsOf } from './policy';
import { openSealer } from './encryption';
import { checkSealingKeys } from '../store/sealing-keys';
import type { PayloadSealer } from '../store/sealed-payload';
import type { ResentLog } from '../store/resent';

export interface Core {
  readonly config: Config;
  readonly log: Logger;
  readonly now: () => Date;
  /** Where this process's connections go (the embedded server's address filled in). */
  readonly redisTarget: RedisTarget;
  /** Fails fast when Redis is down (the request path). */
  readonly redis: RedisClient;
  /** Retries forever (BullMQ workers, blocking commands). */
  readonly workerConnection: RedisClient;
  readonly subscriber: RedisClient;
  readonly keys: RedisKeys;
  /** Seals what the stores keep of payments (originals, holds); other stores of payment data use it too. */
  readonly sealer: PayloadSealer;
  /** Rescreening's store, and what keeps cleared payments for it (after an accept, after a release). */
  readonly rescreenStore: RescreenStore;
  readonly keepCleared: (payments: readonly ClearedPayment[]) => Promise<void>;
  readonly metrics: Metrics;
  readonly audit: RedisAuditTrail;
  readonly store: MessageStore;
  readonly holds: HoldStore;
  readonly queues: GatewayQueues;
  readonly dispatcher: IntentDispatcher;
  readonly reports: StatusReportService;
  readonly review: ReviewService;
  readonly deliveries: DeliveryService;
  readonly closers: Closers;
  readonly recover: () => ReturnType<ReviewService['recoverInterruptedDecisions']>;
  /** Logs a write that found it ran before (store/resent.ts): ids only. */
  readonly resent: ResentLog;
}

/**
 * `background`: run the single-writer background work here — moving queue intents into BullMQ and sealing the audit
 * chain. With worker processes, those run there, off the HTTP process's event loop (a lease picks one process).
 */
export async function openCore(config: Config, o: { log: Logger; now: () => Date; recoveryIntervalMs?: number; background: boolean }): Promise<Core> {
  const { log, now } = o;
  const closers = new Closers(log);
  try {
    const sealer = await openSealer(config, log);
    let redisTarget: RedisTarget;
    if (config.redis.kind === 'single' && !config.redis.url) {
      const embedded = await startEmbeddedRedis({ dataDir: config.dataDir, persistence: 'aof-always' });
      closers.push(() => embedded.stop());
      redisTarget = { kind: 'single', url: embedded.url };
      log.info(
        { redis: embedded.url, adopted: embedded.adopted, dir: path.join(config.dataDir, 'redis') },
        'embedded redis-server (append-only, fsync always)',
      );
    } else {
      redisTarget = config.redis as RedisTarget;
    }
    const redis = createRedis(redisTarget, 'request', 'request');
    const workerConnection = createRedis(redisTarget, 'worker', 'worker');
    const subscriber = createRedis(redisTarget, 'worker', 'subscriber');
    closers.push(
      () => closeRedis(redis),
      () => closeRedis(workerConnection),
      () => closeRedis(subscriber),
    );
    await connectOrFail(redis, redisTarget, config.redisConnectTimeoutMs);

    const keys = new RedisKeys(config.redisPrefix, redisTarget.kind === 'cluster');
    await checkSealingKeys(redis, keys, sealer);
    const acks = new ReplicaAcks(redis, config.replicaWait, keys.replicaBarrier);
    const metrics = new Metrics();
    // A write that found it ran before: the Redis client sent it again after its answer was lost (or it was done twice).
    const resent: ResentLog = (write, ids) => log.warn({ write, ...ids }, 'write found done before (sent again after a lost answer): nothing changed');
    const audit = new RedisAuditTrail(redis, keys, (e) => log.warn({ err: (e as Error).message }, 'audit sealer'), resent);
    if (o.background) {
      audit.startSealing();
      closers.push(() => audit.stopSealing());
      const archiver = new AuditArchiver(redis, keys, audit, { dir: config.auditArchiveDir, keepInRedis: config.auditKeepInRedis, perFile: 100_000 }, (e) =>
        log.warn({ err: (e as Error).message }, 'audit archiver'),
      );
      archiver.start();
      closers.push(() => archiver.stop());
    }

    const retentionMs = Math.max(config.duplicateWindowMs, 24 * 3_600_000);
    const store = new MessageStore(redis, keys, { duplicateWindowMs: config.duplicateWindowMs, retentionMs, acks, resent }, sealer);
    const holds = new HoldStore(redis, keys, sealer, acks, resent);
    const queues = new GatewayQueues(redis, keys, acks);
    closers.push(() => queues.close());
    const dispatcher = new IntentDispatcher(redis, keys, queues, holds, now, (e) => log.warn({ err: (e as Error).message }, 'intent dispatcher'), acks, resent);
    if (o.background) {
      dispatcher.start();
      closers.push(() => dispatcher.stop());
    }
    const reports = new StatusReportService(
      {
        rejectReason: config.rejectReason,
        xmlLimits: config.xmlLimits,
        ...(config.pendingReason ? { pendingReason: config.pendingReason } : {}),
        ...(config.gatewayBic ? { gatewayBic: config.gatewayBic } : {}),
      },
      now,
    );
    const rescreenStore = new RescreenStore(redis, keys, sealer, resent);
    const keepCleared = clearedKeeper(rescreenStore, config.rescreenLookbackMs, (msg, data) => log.warn(data, msg));
    const review = new ReviewService({
      holds,
      store,
      queues,
      audit,
      reports,
      now,
      settings: reviewSettingsOf(config),
      keepCleared,
    });
    const sinks = deliverySinks({
      ...(config.coreUrl ? { coreUrl: config.coreUrl } : {}),
      ...(config.coreAuthHeader ? { coreAuthHeader: config.coreAuthHeader } : {}),
      ...(config.statusUrl ? { statusUrl: config.statusUrl } : {}),
      timeoutMs: config.coreTimeoutMs,
      coreParallel: config.forwardConcurrency,
      dataDir: config.dataDir,
    });
    const leftovers = ((await sinks.core.prepare?.()) ?? 0) + ((await sinks.hub.prepare?.()) ?? 0);
    if (leftovers) log.warn({ files: leftovers }, 'removed half-written files an earlier crash left in the outbox (their deliveries are made again)');
    const deliveries = new DeliveryService({
      store,
      audit,
      ...sinks,
      now,
    });
    const runRecovery = () => review.recoverInterruptedDecisions();
    const recovered = await runRecovery();
    if (recovered.decisions) log.warn(recovered, 'completed decisions interrupted by an earlier crash');
    // Not awaited: a walk of the decided holds, only the first time long (every one since this version).
    review
      .repairLostCloses()
      .then((r) => r.repaired && log.warn(r, 'closed messages the version before left open (their originals dropped, records expiring)'))
      .catch((e) => log.warn({ err: (e as Error).message }, 'sweep for closes the version before lost failed'));
    const timer = setInterval(() => {
      runRecovery().catch((e) => log.warn({ err: (e as Error).message }, 'recovery sweep failed'));
    }, o.recoveryIntervalMs ?? 15_000);
    timer.unref();
    closers.push(async () => clearInterval(timer));

    return {
      config,
      log,
      now,
      redisTarget,
      redis,
      workerConnection,
      subscriber,
      keys,
      sealer,
      rescreenStore,
      keepCleared,
      metrics,
      audit,
      store,
      holds,
      queues,
      dispatcher,
      reports,
      review,
      deliveries,
      closers,
      recover: runRecovery,
      resent,
    };
  } catch (e) {
    await closers.closeAll();
    throw e;
  }
}
