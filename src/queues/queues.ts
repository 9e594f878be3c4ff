/**
 * The gateway's BullMQ queues: forward (cleared payments → core), review (held transactions, each a delayed job that
 * fires at its deadline), status (status reports of later decisions → hub). Producers only; the queue workers are in
 * jobs/. Job ids are deterministic, so adding the same job twice (crash recovery) is a no-op.
 */
import { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RedisKeys } from '../store/keys';
import type { ForwardUnit, HoldRecord } from '../model/records';
import type { OutboundStatusReport } from '../model/delivery';

/** BullMQ queue names (under the gateway's BullMQ prefix, RedisKeys.bullPrefix). */
export const QUEUE_NAMES = {
  forward: 'forward',
  review: 'review',
  status: 'status',
} as const;

export type ForwardJobData = ForwardUnit;

/** The review job carries the held transaction, its hits and the reference to the stored original needed to forward it. */
export interface ReviewJobData {
  holdId: string;
  messageId: string;
  index: number;
  hold: HoldRecord;
}

export type StatusJobData = OutboundStatusReport;

export const BACKOFF_TYPE = 'capped-exponential';

function reviewData(hold: HoldRecord): ReviewJobData {
  return { holdId: hold.id, messageId: hold.messageId, index: hold.index, hold };
}

/** delay · 2^(attempt-1), at most 5 minutes, with ±20 % jitter so retries of many jobs do not arrive together. */
export function cappedExponentialBackoff(baseMs: number) {
  return (attemptsMade: number): number => {
    const raw = Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), 300_000);
    return Math.round(raw * (0.8 + Math.random() * 0.4));
  };
}

export interface QueueSettings {
  forwardAttempts: number;
  statusAttempts: number;
}

export class GatewayQueues {
  readonly forward: Queue<ForwardJobData>;
  readonly review: Queue<ReviewJobData>;
  readonly status: Queue<StatusJobData>;

  constructor(
    connection: Redis,
    keys: RedisKeys,
    private readonly settings: QueueSettings,
  ) {
    const opts = { connection, prefix: keys.bullPrefix };
    this.forward = new Queue<ForwardJobData>(QUEUE_NAMES.forward, opts);
    this.review = new Queue<ReviewJobData>(QUEUE_NAMES.review, opts);
    this.status = new Queue<StatusJobData>(QUEUE_NAMES.status, opts);
    for (const q of [this.forward, this.review, this.status]) q.on('error', () => undefined);
  }

  addForward(unit: ForwardUnit) {
    return this.forward.add('forward', unit, this.retrying(unit.forwardId, this.settings.forwardAttempts));
  }

  addForwards(units: readonly ForwardUnit[]) {
    return this.forward.addBulk(units.map((unit) => ({ name: 'forward', data: unit, opts: this.retrying(unit.forwardId, this.settings.forwardAttempts) })));
  }

  addReviews(holds: readonly HoldRecord[], now: Date) {
    return this.review.addBulk(holds.map((hold) => ({ name: 'deadline', data: reviewData(hold), opts: this.deadlineOptions(hold, now) })));
  }

  /** The review job waits (delayed) until the hold's deadline, then the deadline worker applies the expiry policy. */
  private deadlineOptions(hold: HoldRecord, now: Date): JobsOptions {
    return {
      jobId: hold.id,
      delay: Math.max(0, Date.parse(hold.deadline) - now.getTime()),
      attempts: 10,
      backoff: { type: BACKOFF_TYPE, delay: 1000 },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 10_000 },
    };
  }

  addStatus(data: StatusJobData) {
    return this.status.add('status', data, this.retrying(data.reportId, this.settings.statusAttempts));
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
