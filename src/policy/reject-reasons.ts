/**
 * The ISO 20022 ExternalStatusReason1Code values a reviewer may give when rejecting a hold, with their names as the
 * external code list gives them (shown beside the code on the review page; a status report carries only the code).
 * The one table of them: the review use case checks a reviewer's reason against it, the page lists it.
 */
export interface RejectReason {
  readonly code: string;
  readonly label: string;
}

export const REVIEW_REJECT_REASONS: readonly RejectReason[] = [
  { code: 'RR04', label: 'Regulatory reason' },
  { code: 'AG01', label: 'Transaction forbidden' },
  { code: 'AC04', label: 'Closed account number' },
  { code: 'AC06', label: 'Blocked account' },
  { code: 'BE01', label: 'Inconsistent with end customer' },
  { code: 'FF01', label: 'Invalid file format' },
  { code: 'MS02', label: 'Not specified reason, customer generated' },
  { code: 'MS03', label: 'Not specified reason, agent generated' },
  { code: 'NOAS', label: 'No answer from customer' },
  { code: 'RR01', label: 'Missing debtor account or identification' },
  { code: 'RR02', label: 'Missing debtor name or address' },
  { code: 'RR03', label: 'Missing creditor name or address' },
];
