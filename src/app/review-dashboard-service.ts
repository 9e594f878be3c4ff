/**
 * The team lead's view of the review work (GET /v1/review/dashboard): what waits and how close it is to its deadline,
 * what was decided per day and how fast, which methods and lists produce the work, exceptions in force, post-hoc
 * items. Built from aggregates the accept and decision scripts keep (store/review-stats), so its cost is a handful of
 * counts plus one small hash per day shown: the same with 100 or 10,000 holds waiting.
 */
import type { ExceptionRecord } from '../model/records';
import type { ReviewDashboard, ReviewDay, ReviewWork, TimeToDecision } from '../model/review-dashboard';
import { TTD_BOUNDS_MS, dayOf } from '../store/review-stats';
import type { ReviewStatsStore, ScoreRange } from '../store/review-stats-store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Time left to the deadline (relative to now): bucket → range of (deadline − now). */
export const DEADLINE_BUCKETS: readonly { bucket: string; range: ScoreRange }[] = [
  { bucket: 'overdue', range: { to: 0 } },
  { bucket: 'lt1h', range: { from: 0, to: HOUR } },
  { bucket: '1h-4h', range: { from: HOUR, to: 4 * HOUR } },
  { bucket: '4h-24h', range: { from: 4 * HOUR, to: DAY } },
  { bucket: 'gt24h', range: { from: DAY } },
];

/** Age: bucket → range of (now − created), as [from, to). */
export const AGE_BUCKETS: readonly { bucket: string; from: number; to?: number }[] = [
  { bucket: 'lt1h', from: 0, to: HOUR },
  { bucket: '1h-4h', from: HOUR, to: 4 * HOUR },
  { bucket: '4h-24h', from: 4 * HOUR, to: DAY },
  { bucket: '1d-3d', from: DAY, to: 3 * DAY },
  { bucket: 'gt3d', from: 3 * DAY },
];

export const DASHBOARD_DAYS = { default: 30, max: 366 } as const;

export interface ReviewDashboardDeps {
  stats: ReviewStatsStore;
  /** Open post-hoc items of rescreening (payments that cleared before an entry they hit was listed). */
  paidBeforeListing: () => Promise<number>;
  now: () => Date;
}

export class ReviewDashboardService {
  constructor(private readonly d: ReviewDashboardDeps) {}

  async get(days: number = DASHBOARD_DAYS.default): Promise<ReviewDashboard> {
    const now = this.d.now();
    const nowMs = now.getTime();
    const dates = lastDays(now, days);
    const [open, postHocOverdue, aggregates, exceptions, paidBeforeListing] = await Promise.all([
      this.d.stats.openCounts(
        DEADLINE_BUCKETS.map((b) => shift(b.range, nowMs)),
        // an age in [from, to) is a creation time in (now − to, now − from]
        AGE_BUCKETS.map((b) => ({ ...(b.to !== undefined ? { from: nowMs - b.to } : {}), to: nowMs - b.from })),
        nowMs,
      ),
      this.d.stats.postHocOverdue(nowMs),
      this.d.stats.days(dates),
      this.d.stats.exceptionsInForce(),
      this.d.paidBeforeListing(),
    ]);
    const perDay = dates.map((date, i) => dayFigures(date, aggregates[i]!));
    const total = sumFields(aggregates);
    return {
      generatedAt: now.toISOString(),
      timeZone: 'UTC',
      days,
      waiting: {
        holds: open.open - open.postHoc,
        postHoc: open.postHoc,
        escalated: open.escalated,
        byDeadline: DEADLINE_BUCKETS.map((b, i) => ({
          bucket: b.bucket,
          holds: open.byDeadline[i]!.all - open.byDeadline[i]!.postHoc,
          postHoc: open.byDeadline[i]!.postHoc,
        })),
        byAge: AGE_BUCKETS.map((b, i) => ({
          bucket: b.bucket,
          holds: open.byCreated[i]!.all - open.byCreated[i]!.postHoc,
          postHoc: open.byCreated[i]!.postHoc,
        })),
        oldestReceivedAt: open.oldestCreatedMs === undefined ? null : new Date(open.oldestCreatedMs).toISOString(),
        nextDeadline: open.nextDeadlineMs === undefined ? null : new Date(open.nextDeadlineMs).toISOString(),
      },
      perDay,
      period: {
        ...figures(total),
        hitsByMethod: ranked(total, 'hits:method:').map(([method, hits]) => ({ method, hits })),
        hitsBySource: ranked(total, 'hits:source:').map(([source, hits]) => ({ source, hits })),
      },
      exceptions: exceptionFigures(exceptions, nowMs),
      postHoc: { open: open.postHoc, overdue: postHocOverdue, paidBeforeListing },
    };
  }
}

/** The last `n` UTC days, oldest first, today last. */
export function lastDays(now: Date, n: number): string[] {
  const today = Date.parse(dayOf(now));
  return Array.from({ length: n }, (_, i) => dayOf(new Date(today - (n - 1 - i) * DAY)));
}

function shift(r: ScoreRange, by: number): ScoreRange {
  return { ...(r.from !== undefined ? { from: r.from + by } : {}), ...(r.to !== undefined ? { to: r.to + by } : {}) };
}

function sumFields(rows: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function dayFigures(date: string, a: Record<string, number>): ReviewDay {
  return { date, ...figures(a) };
}

/** The day's (or a period's) aggregates under the dashboard's names. */
function figures(a: Record<string, number>): ReviewWork {
  const n = (field: string) => a[field] ?? 0;
  return {
    held: n('held'),
    postHocOpened: n('post-hoc'),
    rejectedAtOnce: n('rejected-at-once'),
    released: n('released'),
    rejected: n('rejected'),
    expired: n('expired'),
    escalated: n('escalated'),
    findings: { falsePositive: n('finding:false-positive'), match: n('finding:match') },
    timeToDecision: timeToDecision(a),
  };
}

/** Fields under a prefix ("hits:method:iban" → ["iban", n]), most first. */
function ranked(a: Record<string, number>, prefix: string): [string, number][] {
  return Object.entries(a)
    .filter(([k, v]) => k.startsWith(prefix) && v > 0)
    .map(([k, v]): [string, number] => [k.slice(prefix.length), v])
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/** p50 / p90 from the histogram buckets ttd:1 … ttd:<n+1> (linear inside a bucket), mean from the exact sum. */
export function timeToDecision(a: Record<string, number>): TimeToDecision {
  const decisions = a['ttd:n'] ?? 0;
  if (decisions === 0) return { decisions: 0, p50Ms: null, p90Ms: null, meanMs: null };
  const counts = Array.from({ length: TTD_BOUNDS_MS.length + 1 }, (_, i) => a[`ttd:${i + 1}`] ?? 0);
  const quantile = (q: number): number => {
    const target = q * decisions;
    let before = 0;
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i]!;
      if (c > 0 && before + c >= target) {
        const lower = i === 0 ? 0 : TTD_BOUNDS_MS[i - 1]!;
        // the open-ended last bucket: no upper bound is known, its lower bound is the honest answer
        const upper = i < TTD_BOUNDS_MS.length ? TTD_BOUNDS_MS[i]! : lower;
        return Math.round(lower + ((upper - lower) * (target - before)) / c);
      }
      before += c;
    }
    return TTD_BOUNDS_MS[TTD_BOUNDS_MS.length - 1]!;
  };
  return { decisions, p50Ms: quantile(0.5), p90Ms: quantile(0.9), meanMs: Math.round((a['ttd:ms'] ?? 0) / decisions) };
}

function exceptionFigures(records: readonly ExceptionRecord[], nowMs: number): ReviewDashboard['exceptions'] {
  let active = 0;
  let proposed = 0;
  let within7 = 0;
  let within30 = 0;
  let next: number | undefined;
  for (const r of records) {
    if (r.state === 'proposed') proposed++;
    if (r.state !== 'active' || !r.expiresAt) continue;
    const expires = Date.parse(r.expiresAt);
    if (expires <= nowMs) continue;
    active++;
    if (expires - nowMs <= 7 * DAY) within7++;
    if (expires - nowMs <= 30 * DAY) within30++;
    next = next === undefined ? expires : Math.min(next, expires);
  }
  return {
    active,
    proposed,
    expiringWithin7Days: within7,
    expiringWithin30Days: within30,
    nextExpiry: next === undefined ? null : new Date(next).toISOString(),
  };
}
