/**
 * The gateway's BullMQ queues: forward (cleared payments → core), review (held transactions, each a delayed job that
 * fires at its deadline), status (status reports of later decisions → hub). Producers only; the queue workers are in
 * jobs/. Job ids are deterministic, so adding the same job twice (crash recovery) is a no-op.
 */
import { createHash } from 'node:crypto';
import { JobsOptions, Queue } from 'bullmq';
import type { RedisClient } from '../store/redis';
import type { RedisKeys } from '../store/keys';
import type { ReplicaAcks } from '../store/replica-acks';
import type { ForwardUnit, HoldRecord } from '../model/records';
import type { OutboundStatusReport } from '../model/delivery';

/** BullMQ queue names (each under its prefix, RedisKeys.queuePrefix: on a cluster, a hash tag per queue). */
export const QUEUE_NAMES = {
  forward: 'forward',
  review: 'review',
  status: 'status',
} as const;

/**
 * A forward job: a group of units, each delivered once under its own key (one dispatch sweep's cleared payments, or a
 * released hold alone). Jobs queued before groups existed carry one bare unit.
 */
export type ForwardJobData = { units: ForwardUnit[] } | ForwardUnit;

/** The units of a forward job, whichever its shape. */
export function unitsOf(data: ForwardJobData): ForwardUnit[] {
  return 'units' in data ? data.units : [data];
}

/**
 * How many units one forward job carries at most, and how many transactions (a unit of a large batch goes alone):
 * the job's life cycle in Redis (~40 commands) is paid once per group, while what a group holds in memory stays small
 * (a few MB at most). 256, not 64: a worker process's dispatcher sweeps every 50 ms, so from ~1,300 payments/s on a
 * sweep of single-transaction payments passed 64 and paid a second job for its tail (70 → 64 + 6); BullMQ's commands
 * per payment with sweeps of 70 / 100 went 1.54 / 1.08 → 0.90 / 0.63.
 */
export const FORWARD_GROUP = { maxUnits: 256, maxTransactions: 1000 } as const;

/** Consecutive units in groups within FORWARD_GROUP, in their order. */
export function forwardGroups(units: readonly ForwardUnit[]): ForwardUnit[][] {
  const groups: ForwardUnit[][] = [];
  let group: ForwardUnit[] = [];
  let transactions = 0;
  for (const unit of units) {
    const n = unit.txIndexes.length;
    if (group.length > 0 && (group.length >= FORWARD_GROUP.maxUnits || transactions + n > FORWARD_GROUP.maxTransactions)) {
      groups.push(group);
      group = [];
      transactions = 0;
    }
    group.push(unit);
    transactions += n;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * The job id of a group: its unit's forward id when alone, else derived from every forward id in it. The same group
 * queued twice (a sweep repeated after a crash) is one job; a sweep that after a crash sees more intents and groups
 * them differently queues other jobs, whose units already delivered are skipped (delivery checks each unit's state).
 */
function groupJobId(units: readonly ForwardUnit[]): string {
  if (units.length === 1) return units[0]!.forwardId;
  return `g-${createHash('sha256')
    .update(units.map((u) => u.forwardId).join('\n'))
    .digest('base64url')
    .slice(0, 24)}`;
}

/**
 * The review job names the hold; the hold itself (payee data, sealed) stays in its record, read when the deadline
 * comes. Jobs queued by earlier versions also carry the whole hold, which nothing reads.
 */
export interface ReviewJobData {
  holdId: string;
  messageId: string;
  index: number;
}

export type StatusJobData = OutboundStatusReport;

export const BACKOFF_TYPE = 'capped-exponential';

function reviewData(hold: HoldRecord): ReviewJobData {
  return { holdId: hold.id, messageId: hold.messageId, index: hold.index };
}

/** delay · 2^(attempt-1), at most 5 minutes, with ±20 % jitter so retries of many jobs do not arrive together. */
export function cappedExponentialBackoff(baseMs: number) {
  return (attemptsMade: number): number => {
    const raw = Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), 300_000);
    return Math.round(raw * (0.8 + Math.random() * 0.4));
  };
}

/**
 * BullMQ's attempts of a forward job, a status report's and a hold's deadline job: without bound. A delivery the core refuses or
 * keeps failing ends as a dead letter after FORWARD_ATTEMPTS (the use case decides that, and the job completes), but a
 * job that throws because the gateway could not read or record (Redis errors, a failover) has decided nothing: had
 * BullMQ failed it after its attempts, its payment would stay accepted and never reach the core nor the dead
 * letters, and a hold would never expire. Retries back off to one per 5 minutes.
 */
export const UNTIL_DECIDED = Number.MAX_SAFE_INTEGER;

export class GatewayQueues {
  readonly forward: Queue<ForwardJobData>;
  readonly review: Queue<ReviewJobData>;
  readonly status: Queue<StatusJobData>;

  constructor(
    connection: RedisClient,
    private readonly keys: RedisKeys,
    /** With REDIS_MIN_REPLICAS on a cluster: a job counts as queued once its shard's replicas have it (settle). */
    private readonly acks?: ReplicaAcks,
  ) {
    const opts = (name: string) => ({ connection, prefix: keys.queuePrefix(name) });
    this.forward = new Queue<ForwardJobData>(QUEUE_NAMES.forward, opts(QUEUE_NAMES.forward));
    this.review = new Queue<ReviewJobData>(QUEUE_NAMES.review, opts(QUEUE_NAMES.review));
    this.status = new Queue<StatusJobData>(QUEUE_NAMES.status, opts(QUEUE_NAMES.status));
    for (const q of [this.forward, this.review, this.status]) q.on('error', () => undefined);
  }

  /** One unit in a job of its own (a released hold). */
  addForward(unit: ForwardUnit) {
    return this.settle(QUEUE_NAMES.forward, this.forward.add('forward', { units: [unit] }, this.retrying(unit.forwardId, UNTIL_DECIDED)));
  }

  /** Units in groups (FORWARD_GROUP), one job per group. */
  addForwardGroups(units: readonly ForwardUnit[]) {
    return this.settle(
      QUEUE_NAMES.forward,
      this.forward.addBulk(
        forwardGroups(units).map((group) => ({
          name: 'forward',
          data: { units: group },
          opts: this.retrying(groupJobId(group), UNTIL_DECIDED),
        })),
      ),
    );
  }

  addReviews(holds: readonly HoldRecord[], now: Date) {
    return this.settle(
      QUEUE_NAMES.review,
      this.review.addBulk(holds.map((hold) => ({ name: 'deadline', data: reviewData(hold), opts: this.deadlineOptions(hold, now) }))),
    );
  }

  /** The review job waits (delayed) until the hold's deadline, then the deadline worker applies the expiry policy. */
  private deadlineOptions(hold: HoldRecord, now: Date): JobsOptions {
    return {
      jobId: hold.id,
      delay: Math.max(0, Date.parse(hold.deadline) - now.getTime()),
      attempts: UNTIL_DECIDED,
      backoff: { type: BACKOFF_TYPE, delay: 1000 },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 10_000 },
    };
  }

  addStatus(data: StatusJobData) {
    return this.settle(QUEUE_NAMES.status, this.status.add('status', data, this.retrying(data.reportId, UNTIL_DECIDED)));
  }

  /**
   * A job's add, once it is safe to record elsewhere that the job exists (an intent removed, a decision's effects
   * marked done). On a cluster the queues live on other shards than the state and replication is not ordered across
   * shards: with REDIS_MIN_REPLICAS the add waits for its shard's replicas, else a failover there could lose a job
   * whose intent or marker is already gone. On one server replication is in order: nothing to wait for.
   */
  private async settle<T>(queue: string, added: Promise<T>): Promise<T> {
    const out = await added;
    await this.acks?.queued(`${this.keys.queuePrefix(queue)}:${queue}:id`, `${queue} job`);
    return out;
  }

  private retrying(jobId: string, attempts: number): JobsOptions {
    return {
      jobId,
      attempts,
      backoff: { type: BACKOFF_TYPE, delay: 1000 },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 10_000 },
    };
  }

  async depths(): Promise<Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, number>> = {};
    for (const q of [this.forward, this.review, this.status]) {
      out[q.name] = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized');
    }
    return out;
  }

  async close(): Promise<void> {
    await Promise.all([this.forward.close(), this.review.close(), this.status.close()]);
  }
}
