/**
 * Per-day aggregates of the review work, kept up to date by the very Lua scripts that accept messages and decide holds
 * (the same atomic step), so that the team dashboard reads a year of history as one small hash per day instead of
 * walking every hold: what was held, hit by which method and list, and decided how and how fast.
 *
 * The updates are Lua functions in lua/review-stats.lua, put in front of the accept and decision scripts (scripts.ts).
 * One hash per UTC day, `<prefix>:review:day:<YYYY-MM-DD>`, kept for DAY_KEPT_MS after its last change:
 *   held, post-hoc, rejected-at-once                 transactions held for review, post-hoc items opened, rejected
 *                                                    by the policy at once (no review)
 *   hits:method:<method>, hits:source:<list>         their hits (exceptions' suppressed hits left out)
 *   released, rejected, expired, escalated           reviewers' final decisions, deadline expiries, escalations
 *   finding:false-positive, finding:match            post-hoc items decided (they are findings, not releases)
 *   ttd:<bucket>, ttd:n, ttd:ms                      time from held to a reviewer's final decision: histogram over
 *                                                    TTD_BOUNDS_MS, count, sum in milliseconds
 * Days are UTC days: one boundary for every gateway instance and every reviewer, wherever they sit.
 */
import type { HoldRecord } from '../model/records';
import type { MessageResult } from '../model/result';

/** How long a day's aggregates are kept: a year of history and some. */
export const DAY_KEPT_MS = 400 * 86_400_000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/**
 * Upper bounds of the time-to-decision buckets (the last bucket is everything longer). Neighbours differ by a factor
 * of 1.33 to 2, so a percentile read from the histogram is within one bucket of the true one.
 */
export const TTD_BOUNDS_MS: readonly number[] = [
  0.5 * MINUTE,
  MINUTE,
  2 * MINUTE,
  3 * MINUTE,
  5 * MINUTE,
  7.5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  20 * MINUTE,
  30 * MINUTE,
  45 * MINUTE,
  HOUR,
  1.5 * HOUR,
  2 * HOUR,
  3 * HOUR,
  4 * HOUR,
  6 * HOUR,
  8 * HOUR,
  12 * HOUR,
  18 * HOUR,
  DAY,
  1.5 * DAY,
  2 * DAY,
  3 * DAY,
  4 * DAY,
  5 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
];

/** The UTC day of a moment, as the key suffix: "2026-03-02". */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Which list an entry without a source is counted under. */
export const NO_SOURCE = '(none)';

/**
 * What an accepted message adds to its day: holds and post-hoc items opened, transactions rejected at once, and the
 * hits (not suppressed by an exception) of every transaction that was stopped or flagged, by method and by list.
 */
export function acceptedCounts(result: MessageResult, holds: readonly HoldRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (field: string) => counts.set(field, (counts.get(field) ?? 0) + 1);
  for (const h of holds) add(h.postHoc ? 'post-hoc' : 'held');
  for (const t of result.transactions) {
    if (t.duplicateOf) continue;
    const stopped = t.decision === 'hold' || t.decision === 'reject' || t.postHocReviewId !== undefined;
    if (!stopped) continue;
    if (t.decision === 'reject') add('rejected-at-once');
    for (const hit of t.hits) {
      if (hit.suppressedBy) continue;
      add(`hits:method:${hit.method}`);
      add(`hits:source:${hit.source ?? NO_SOURCE}`);
    }
  }
  return counts;
}
