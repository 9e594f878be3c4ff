/**
 * Reads what the team dashboard shows, at a cost that does not grow with the number of holds: counts of open holds
 * within score ranges of the sorted sets (ZCOUNT, logarithmic), one small hash per day of history (review-stats.ts),
 * and the exceptions in force through the open-pair index (never the whole exception history).
 */
import type { RedisClient } from './redis';
import type { RedisKeys } from './keys';
import type { ExceptionRecord } from '../model/records';
import { hgetallEach } from './read-hashes';

/** A half-open score range (from, to]; undefined ends are open. */
export interface ScoreRange {
  readonly from?: number;
  readonly to?: number;
}

export interface OpenCounts {
  /** All open items (holds and post-hoc items), post-hoc items, escalated items. */
  open: number;
  postHoc: number;
  escalated: number;
  /** Per range of deadlines, and per range of creation times: all open items, and the post-hoc items among them. */
  byDeadline: { all: number; postHoc: number }[];
  byCreated: { all: number; postHoc: number }[];
  oldestCreatedMs?: number;
  nextDeadlineMs?: number;
}

const bound = (x: number | undefined, open: string) => (x === undefined ? open : String(x));

export class ReviewStatsStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
  ) {}

  /** Open items counted by deadline and creation time ranges (one round trip). Post-hoc items are among them. */
  async openCounts(deadlineRanges: readonly ScoreRange[], createdRanges: readonly ScoreRange[], nowMs: number): Promise<OpenCounts> {
    const k = this.keys;
    const range = (r: ScoreRange): [string, string] => [r.from === undefined ? '-inf' : `(${r.from}`, bound(r.to, '+inf')];
    const p = this.redis.pipeline();
    p.zcard(k.holdsByCreated);
    p.zcard(k.holdsOpenPostHoc);
    p.scard(k.holdsOpenEscalated);
    for (const r of deadlineRanges) {
      p.zcount(k.holdsByDeadline, ...range(r));
      p.zcount(k.holdsOpenPostHoc, ...range(r));
    }
    for (const r of createdRanges) {
      p.zcount(k.holdsByCreated, ...range(r));
      p.zcount(k.holdsOpenPostHocByCreated, ...range(r));
    }
    p.zrange(k.holdsByCreated, 0, 0, 'WITHSCORES');
    p.zrangebyscore(k.holdsByDeadline, `(${nowMs}`, '+inf', 'WITHSCORES', 'LIMIT', 0, 1);
    const replies = ((await p.exec()) ?? []).map(([err, v]) => {
      if (err) throw err;
      return v;
    });
    let i = 0;
    const next = () => replies[i++];
    const open = Number(next());
    const postHoc = Number(next());
    const escalated = Number(next());
    const byDeadline = deadlineRanges.map(() => ({ all: Number(next()), postHoc: Number(next()) }));
    const byCreated = createdRanges.map(() => ({ all: Number(next()), postHoc: Number(next()) }));
    const oldest = next() as string[];
    const nextDeadline = next() as string[];
    return {
      open,
      postHoc,
      escalated,
      byDeadline,
      byCreated,
      ...(oldest.length === 2 ? { oldestCreatedMs: Number(oldest[1]) } : {}),
      ...(nextDeadline.length === 2 ? { nextDeadlineMs: Number(nextDeadline[1]) } : {}),
    };
  }

  /** Open post-hoc items whose deadline has passed. */
  async postHocOverdue(nowMs: number): Promise<number> {
    return this.redis.zcount(this.keys.holdsOpenPostHoc, '-inf', nowMs);
  }

  /** The aggregates of each day (review-stats.ts), in the order given; a day without any is {}. */
  async days(days: readonly string[]): Promise<Record<string, number>[]> {
    // One script, not a pipeline: a day not read as empty while a cluster slot migrates (read-hashes.ts).
    const hashes = await hgetallEach(
      this.redis,
      days.map((d) => this.keys.reviewDay(d)),
    );
    return hashes.map((h) => {
      const out: Record<string, number> = {};
      for (const [field, n] of Object.entries(h)) out[field] = Number(n);
      return out;
    });
  }

  /** Every exception proposed or active (possibly lapsed): the records the open-pair index points to. */
  async exceptionsInForce(): Promise<ExceptionRecord[]> {
    const ids = [...new Set(await this.redis.hvals(this.keys.exceptionPairs))];
    if (ids.length === 0) return [];
    const records = await this.redis.hmget(this.keys.exceptions, ...ids);
    return records.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as ExceptionRecord);
  }
}
