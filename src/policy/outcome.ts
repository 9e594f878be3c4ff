import type { TransactionStatus } from '../iso20022/types';
import type { Decision } from '../screening/types';

export interface StatusPolicy {
  rejectReason: string;
  pendingStatus: 'PDNG' | 'ACSP';
  pendingReason?: string;
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
