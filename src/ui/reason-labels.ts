/**
 * Names of the ISO 20022 ExternalStatusReason1Code values a reviewer may choose when rejecting, as the external code
 * list gives them. Shown next to the code on the review page; the status report carries only the code.
 */
export const REASON_LABELS: Readonly<Record<string, string>> = {
  RR04: 'Regulatory reason',
  AG01: 'Transaction forbidden',
  AC04: 'Closed account number',
  AC06: 'Blocked account',
  BE01: 'Inconsistent with end customer',
  FF01: 'Invalid file format',
  MS02: 'Not specified reason, customer generated',
  MS03: 'Not specified reason, agent generated',
  NOAS: 'No answer from customer',
  RR01: 'Missing debtor account or identification',
  RR02: 'Missing debtor name or address',
  RR03: 'Missing creditor name or address',
};

export function reasonOptions(codes: readonly string[]): { code: string; label: string }[] {
  return codes.map((code) => ({ code, label: REASON_LABELS[code] ?? code }));
}
