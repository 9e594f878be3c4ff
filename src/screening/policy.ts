/**
 * The decision policy as data, and the decision itself. The shipped defaults are calibrated on the quality
 * benchmark (bench/match, docs/screening.md) through the gateway's own decisions: with the name hold threshold
 * at 0.88, a 1,000,000-entry list gives name recall 97.92 % at a false-positive rate of 0.49 % on hard
 * negatives (50,000 entries: 98.85 % at 0.15 %; held-out list 98.40 % at 0.10 %). Lower holds more
 * negatives at scale; higher loses two-typo and transliterated names first. Report threshold 0.80: weaker
 * hits are shown to reviewers of held payments but decide nothing.
 */
import type { Decision, DecisionPolicy, Hit, SourceRules } from './types';

export const DEFAULT_POLICY: DecisionPolicy = {
  version: 'policy-2026-01',
  nameReportThreshold: 0.8,
  nameHoldThreshold: 0.88,
  onIdentifierHit: 'hold',
  onNameHit: 'hold',
  instant: { onIdentifierHit: 'reject', onNameHit: 'reject' },
};

/** The rules a hit of this list source is decided by: the source's own, else the policy's. */
export function rulesFor(policy: DecisionPolicy, source: string | undefined): Required<SourceRules> {
  const own = source === undefined ? undefined : policy.sources?.[source];
  const legacyHold = source === undefined ? undefined : policy.nameHoldThresholdBySource?.[source];
  return {
    nameReportThreshold: own?.nameReportThreshold ?? policy.nameReportThreshold,
    nameHoldThreshold: own?.nameHoldThreshold ?? legacyHold ?? policy.nameHoldThreshold,
    onIdentifierHit: own?.onIdentifierHit ?? policy.onIdentifierHit,
    onNameHit: own?.onNameHit ?? policy.onNameHit,
  };
}

export function nameHoldThreshold(policy: DecisionPolicy, hit: Hit): number {
  return rulesFor(policy, hit.source).nameHoldThreshold;
}

/** Whether a hit is shown at all: every identifier hit, name hits from their source's report threshold. */
export function isReported(policy: DecisionPolicy, hit: Hit): boolean {
  if (hit.method !== 'name') return true;
  const rules = rulesFor(policy, hit.source);
  // A source may hold below the general report threshold: what holds must be shown.
  return hit.score >= Math.min(rules.nameReportThreshold, rules.nameHoldThreshold);
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
 * Decides on the hits that count (not suppressed), each by the rules of its list source. Identifier hits decide by
 * `onIdentifierHit` (instant: reject); name hits at or above their hold threshold by `onNameHit` (instant: reject, or
 * release with a post-hoc review). The most severe outcome wins; the reason names the hit that set it (method, entry
 * id and, for names, score and threshold), never the payment's data.
 */
export function decide(hits: readonly Hit[], policy: DecisionPolicy, instant: boolean): PolicyOutcome {
  const active = hits.filter((h) => h.suppressedBy === undefined);
  let decision: Decision = 'clear';
  let identifier: { hit: Hit; decision: Decision } | undefined;
  let name: { hit: Hit; decision: Decision; threshold: number } | undefined;
  for (const h of active) {
    const rules = rulesFor(policy, h.source);
    if (h.method !== 'name') {
      const d = instant ? policy.instant.onIdentifierHit : rules.onIdentifierHit;
      if (identifier === undefined || SEVERITY[d] > SEVERITY[identifier.decision]) identifier = { hit: h, decision: d };
    } else if (h.score >= rules.nameHoldThreshold) {
      const d: Decision = instant ? (policy.instant.onNameHit === 'reject' ? 'reject' : 'clear') : rules.onNameHit;
      if (name === undefined || SEVERITY[d] > SEVERITY[name.decision]) name = { hit: h, decision: d, threshold: rules.nameHoldThreshold };
    }
  }
  let postHocReview = false;
  const reasons: string[] = [];
  if (identifier !== undefined) {
    decision = moreSevere(decision, identifier.decision);
    reasons.push(`${identifier.hit.method} hit on ${identifier.hit.entryId} (${identifier.hit.algorithm})`);
  }
  if (name !== undefined) {
    if (instant && policy.instant.onNameHit === 'release' && identifier === undefined) postHocReview = true;
    decision = moreSevere(decision, name.decision);
    reasons.push(`name hit on ${name.hit.entryId} score ${name.hit.score.toFixed(3)} >= ${name.threshold} (${name.hit.algorithm})`);
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
