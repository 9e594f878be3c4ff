/**
 * What a screening decision means for the payment: the status it is reported with and, for a hold, how long it may
 * wait for a reviewer. Set by configuration (REJECT_REASON, PENDING_STATUS / PENDING_REASON, HOLD_DEADLINE(S)).
 */
import type { TransactionStatus, TransactionView } from '../iso20022/types';
import type { Decision } from '../screening/types';

export interface HoldDeadlines {
  /** Milliseconds a hold may wait for a decision, by service level code; `default` for all others. */
  readonly default: number;
  readonly byServiceLevel: Readonly<Record<string, number>>;
}

export interface StatusPolicy {
  rejectReason: string;
  pendingStatus: 'PDNG' | 'ACSP';
  pendingReason?: string;
}

export interface OutcomePolicy extends StatusPolicy {
  holdDeadlines: HoldDeadlines;
}

/**
 * The status a decision is reported with: clear → ACSP, hold → PDNG (configurable), reject → RJCT + the configured
 * reason, or the reason screening gave for a fault of the payment's own data (AC03 for an invalid creditor IBAN).
 */
export function statusOf(decision: Decision, p: StatusPolicy, screeningReason?: string): { status: TransactionStatus; reasonCode?: string } {
  if (decision === 'clear') return { status: 'ACSP' };
  if (decision === 'hold') return { status: p.pendingStatus, ...(p.pendingReason ? { reasonCode: p.pendingReason } : {}) };
  return { status: 'RJCT', reasonCode: screeningReason ?? p.rejectReason };
}

/** How long a hold of this transaction may wait: the deadline of its first service level that has one, else the default. */
export function holdDeadlineMs(tx: Pick<TransactionView, 'paymentType'>, deadlines: HoldDeadlines): number {
  const level = tx.paymentType.serviceLevels.find((c) => c in deadlines.byServiceLevel);
  return level ? deadlines.byServiceLevel[level]! : deadlines.default;
}
