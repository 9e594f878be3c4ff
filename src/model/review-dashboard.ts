/**
 * The team lead's figures of the review work, as GET /v1/review/dashboard answers them and the dashboard page draws
 * them: one zod schema, so the route, the page and the API description share one shape.
 */
import { z } from 'zod';

const count = z.number().int().min(0);
const isoTime = z.iso.datetime({ offset: true });
const ms = z.number().min(0);

/** Holds waiting, counted into buckets of one measure (time left to the deadline, or age). */
export const waitingBucket = z.object({
  /** Stable id of the bucket: 'overdue', 'lt1h', '1h-4h', '4h-24h', 'gt24h' (deadline); 'lt1h' … 'gt3d' (age). */
  bucket: z.string(),
  /** Holds awaiting a decision (post-hoc items not included). */
  holds: count,
  /** Post-hoc review items (payment already released). */
  postHoc: count,
});

export const timeToDecision = z.object({
  /** Reviewers' final releases and rejects of holds counted (expiries and post-hoc findings are not decisions of this kind). */
  decisions: count,
  /** Milliseconds from held to decided, read from a histogram (accurate to one bucket: factors 1.33 to 2); null without decisions. */
  p50Ms: ms.nullable(),
  p90Ms: ms.nullable(),
  meanMs: ms.nullable(),
});

/** What a day (or a period) held and decided. */
const reviewWork = z.object({
  held: count,
  postHocOpened: count,
  /** Transactions the policy rejected at once (no review possible, e.g. an identifier hit on an instant payment). */
  rejectedAtOnce: count,
  released: count,
  rejected: count,
  expired: count,
  escalated: count,
  /** Post-hoc items decided: released = a false positive, rejected = the listed payee after all. */
  findings: z.object({ falsePositive: count, match: count }),
  timeToDecision,
});

export const reviewDay = reviewWork.extend({
  /** UTC day. */
  date: z.string().regex(/^\d{4}-\d\d-\d\d$/),
});

export const reviewDashboard = z.object({
  generatedAt: isoTime,
  /** Days are UTC days, the last one today (so far). */
  timeZone: z.literal('UTC'),
  days: z.number().int().min(1),
  waiting: z.object({
    holds: count,
    postHoc: count,
    /** Open items flagged escalated (opposite proposals, or a deadline passed under the escalate policy). */
    escalated: count,
    byDeadline: z.array(waitingBucket),
    byAge: z.array(waitingBucket),
    oldestReceivedAt: isoTime.nullable(),
    nextDeadline: isoTime.nullable(),
  }),
  perDay: z.array(reviewDay),
  period: reviewWork.extend({
    /** Hits of the transactions held, opened for post-hoc review or rejected at once (suppressed hits left out). */
    hitsByMethod: z.array(z.object({ method: z.string(), hits: count })),
    hitsBySource: z.array(z.object({ source: z.string(), hits: count })),
  }),
  exceptions: z.object({
    /** Confirmed and not expired. */
    active: count,
    /** Waiting for a second reviewer. */
    proposed: count,
    expiringWithin7Days: count,
    expiringWithin30Days: count,
    nextExpiry: isoTime.nullable(),
  }),
  postHoc: z.object({
    /** Post-hoc review holds open (instant payments released on a name-only hit). */
    open: count,
    overdue: count,
    /** Open items of rescreening: payments that cleared before an entry they hit was listed (GET /v1/review/post-hoc). */
    paidBeforeListing: count,
  }),
});

export type ReviewDashboard = z.infer<typeof reviewDashboard>;
export type ReviewDay = z.infer<typeof reviewDay>;
export type ReviewWork = z.infer<typeof reviewWork>;
export type TimeToDecision = z.infer<typeof timeToDecision>;
