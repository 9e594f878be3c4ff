/**
 * The decision policy as data, and the decision itself. The shipped defaults are calibrated on the quality
 * benchmark (bench/match, docs/screening.md) through the gateway's own decisions: with the name hold threshold
 * at 0.88, a 1,000,000-entry list gives name recall 97.92 % at a false-positive rate of 0.49 % on hard
 * negatives (50,000 entries: 98.85 % at 0.15 %; held-out list 98.40 % at 0.10 %). Lower holds more
 * negatives at scale; higher loses two-typo and transliterated names first. Report threshold 0.80: weaker
 * hits are shown to reviewers of held payments but decide nothing.
 */
import type { Decision, DecisionPolicy, Hit } from './types';

export const DEFAULT_POLICY: DecisionPolicy = {
  version: 'policy-2026-01',
  nameReportThreshold: 0.8,
  nameHoldThreshold: 0.88,
  onIdentifierHit: 'hold',
  onNameHit: 'hold',
  instant: { onIdentifierHit: 'reject', onNameHit: 'reject' },
};

export function nameHoldThreshold(policy: DecisionPolicy, hit: Hit): number {
  const bySource = hit.source === undefined ? undefined : policy.nameHoldThresholdBySource?.[hit.source];
  return bySource ?? policy.nameHoldThreshold;
}

const SEVERITY: Readonly<Record<Decision, number>> = { clear: 0, hold: 1, reject: 2 };

export function moreSevere(a: Decision, b: Decision): Decision {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

export interface PolicyOutcome {
  readonly decision: Decision;
  readonly reason: string;
  readonly postHocReview?: boolean;
}

/**
 * Decides on the hits that count (not suppressed). Identifier hits decide by `onIdentifierHit` (instant:
 * reject); name hits at or above the hold threshold by `onNameHit` (instant: reject, or release with a
 * post-hoc review). The reason names the method, entry id and score, never the payment's data.
 */
export function decide(hits: readonly Hit[], policy: DecisionPolicy, instant: boolean): PolicyOutcome {
  const active = hits.filter((h) => h.suppressedBy === undefined);
  const identifier = active.find((h) => h.method !== 'name');
  const name = active.find((h) => h.method === 'name' && h.score >= nameHoldThreshold(policy, h));
  let decision: Decision = 'clear';
  let postHocReview = false;
  const reasons: string[] = [];
  if (identifier !== undefined) {
    decision = moreSevere(decision, instant ? policy.instant.onIdentifierHit : policy.onIdentifierHit);
    reasons.push(`${identifier.method} hit on ${identifier.entryId} (${identifier.algorithm})`);
  }
  if (name !== undefined) {
    const threshold = nameHoldThreshold(policy, name);
    const onName: Decision = instant ? (policy.instant.onNameHit === 'reject' ? 'reject' : 'clear') : policy.onNameHit;
    if (instant && policy.instant.onNameHit === 'release' && identifier === undefined) postHocReview = true;
    decision = moreSevere(decision, onName);
    reasons.push(`name hit on ${name.entryId} score ${name.score.toFixed(3)} >= ${threshold} (${name.algorithm})`);
  }
  if (reasons.length === 0) {
    const suppressed = hits.length - active.length;
    if (suppressed > 0) reasons.push(`${suppressed} hit(s) suppressed by approved exceptions`);
    else if (active.length > 0) reasons.push(`name hits below hold threshold ${policy.nameHoldThreshold}`);
    else reasons.push('no hit');
  }
  const reason = `${decision}: ${reasons.join('; ')}${postHocReview ? '; released for post-hoc review' : ''}`;
  return postHocReview ? { decision, reason, postHocReview } : { decision, reason };
}
