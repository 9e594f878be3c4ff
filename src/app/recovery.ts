/**
 * Completes decisions a crash interrupted. A decision on a hold is one atomic state change (with a marker), then its
 * effects; recovery re-runs the effects for every marker left behind, and each effect is idempotent, so running it
 * for a decision still in progress elsewhere is harmless. (Accepted messages need no recovery here: their queue
 * jobs are intents written atomically with them, which the intent dispatcher moves into BullMQ.)
 */
import type { HoldStore } from '../store/hold-store';
import type { ReviewService } from './review-service';

/** Leave markers younger than this to the request that is still working on them. */
const GRACE_MS = 10_000;

export interface RecoveryDeps {
  holds: HoldStore;
  review: ReviewService;
  now: () => Date;
}

export async function recover(d: RecoveryDeps): Promise<{ decisions: number }> {
  let decisions = 0;
  const now = d.now();
  for (const holdId of await d.holds.pendingEffects()) {
    const hold = await d.holds.get(holdId);
    const decidedAt = hold?.decision ? Date.parse(hold.decision.confirmedAt ?? hold.decision.at) : 0;
    if (hold && now.getTime() - decidedAt < GRACE_MS) continue;
    if (hold) await d.review.applyEffects(hold);
    else await d.holds.effectsDone(holdId);
    decisions++;
  }
  return { decisions };
}
