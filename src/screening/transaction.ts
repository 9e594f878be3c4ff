/** Screening of one transaction: its payee fields against the list, then the policy's decision. */
import type { TransactionView } from '../iso20022/types';
import { accountFaults } from './identifiers/account-checks';
import { decide, isReported } from './policy';
import type { DecisionPolicy, Hit, Screener, TransactionScreening } from './types';

export interface ScreeningContext {
  /** Instant payment (SvcLvl / LclInstrm INST): no human hold possible. */
  readonly instant: boolean;
  /** Returns the id of an approved exception that suppresses this hit, if any. */
  readonly suppress?: (hit: Hit) => string | undefined;
}

/** Screen one transaction: all its payee fields; decide by policy. */
/** `tx`: the transaction, or what is kept of one for rescreening (its place and payee fields). */
export function screenTransaction(
  screener: Screener,
  tx: Pick<TransactionView, 'index' | 'payee'>,
  policy: DecisionPolicy,
  context: ScreeningContext,
): TransactionScreening {
  const reported = screener
    .screenFields(tx.payee)
    .filter((h) => isReported(policy, h))
    .map((h) => {
      const exception = context.suppress?.(h);
      return exception === undefined ? h : { ...h, suppressedBy: exception };
    });
  const outcome = decide(reported, policy, context.instant);
  // An account that is no valid IBAN cannot be screened: refused whatever the hits, with the standard's reason.
  const fault = accountFaults(tx.payee)[0];
  // One object literal for the common case: spreading a shared part into the result (and a conditional spread at
  // its end) made V8 copy it key by key, the costliest line of screening a transaction without hits. Keys keep the
  // order they had: the common fields, decision, reason, then reasonCode or postHocReview.
  const screening: TransactionScreening = {
    index: tx.index,
    hits: reported,
    listVersion: screener.listVersion,
    policyVersion: policy.version,
    thresholds: { nameReport: policy.nameReportThreshold, nameHold: policy.nameHoldThreshold },
    decision: fault === undefined ? outcome.decision : 'reject',
    reason: fault === undefined ? outcome.reason : `reject: the IBAN at ${fault.path} is not valid (${fault.problem}); ${outcome.reason}`,
  };
  if (fault !== undefined) return { ...screening, reasonCode: fault.reasonCode };
  return outcome.postHocReview ? { ...screening, postHocReview: true } : screening;
}
