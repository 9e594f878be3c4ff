/**
 * Completes work a crash interrupted. Accepting a message is: one atomic write (record + recovery marker), then
 * queue jobs with deterministic ids, then clearing the marker; a decision on a hold is: one atomic state change
 * (+ marker), then its effects. Recovery re-runs the second half for every marker left behind; each step is
 * idempotent, so running it for work still in progress elsewhere is harmless.
 */
import type { MessageStore } from '../store/message-store';
import type { HoldStore } from '../store/hold-store';
import type { ReviewService } from './review-service';
import type { GatewayQueues } from '../queues/queues';
import type { HoldRecord } from './records';
import { enqueue } from './accept-message';

/** Leave markers younger than this to the request that is still working on them. */
const GRACE_MS = 10_000;

export interface RecoveryDeps {
  store: MessageStore;
  holds: HoldStore;
  review: ReviewService;
  queues: GatewayQueues;
  now: () => Date;
}

export async function recover(d: RecoveryDeps): Promise<{ messages: number; decisions: number }> {
  let messages = 0;
  let decisions = 0;
  const now = d.now();
  for (const id of await d.store.pendingEnqueue()) {
    if (now.getTime() - idTime(id) < GRACE_MS) continue;
    const stored = await d.store.get(id);
    if (stored) {
      const holds = (await d.holds.getMany(stored.plan.holds.map((h) => h.holdId))).filter((h: HoldRecord) => h.state === 'pending');
      await enqueue(stored.plan, holds, d, now);
    }
    d.store.markEnqueued(id);
    messages++;
  }
  for (const holdId of await d.holds.pendingEffects()) {
    const hold = await d.holds.get(holdId);
    const decidedAt = hold?.decision ? Date.parse(hold.decision.confirmedAt ?? hold.decision.at) : 0;
    if (hold && now.getTime() - decidedAt < GRACE_MS) continue;
    if (hold) await d.review.applyEffects(hold);
    else await d.holds.effectsDone(holdId);
    decisions++;
  }
  return { messages, decisions };
}

/** Gateway ids carry their creation time in base 36 after the kind letter (see ids.ts). */
function idTime(id: string): number {
  const t = Number.parseInt(id.slice(1, 9), 36);
  return Number.isFinite(t) ? t : 0;
}
