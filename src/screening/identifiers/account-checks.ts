/**
 * Account identifiers that cannot be screened because they are not valid: an IBAN whose country has no IBANs, whose
 * length is not the country's, or whose check digits fail. Such a payment is refused, never cleared: the gateway
 * cannot know which account a core would credit (many route on the BBAN and ignore the check digits), and the
 * payee's bank would refuse it anyway. The status reason is the one ISO 20022 defines for it (ExternalStatusReason1
 * code list): AC03 InvalidCreditorAccountNumber for the creditor's account, AC01 IncorrectAccountNumber for the
 * accounts of agents.
 */
import type { PayeeField, PayeeRole } from '../../iso20022/types';
import { ibanProblem, type IbanProblem } from './canonical';

export interface AccountFault {
  readonly path: string;
  readonly problem: IbanProblem;
  /** AC03 for a creditor account, AC01 for any other. */
  readonly reasonCode: 'AC03' | 'AC01';
}

const CREDITOR_ACCOUNTS: ReadonlySet<PayeeRole> = new Set(['creditorAccount', 'underlyingCreditorAccount']);

/** The IBAN elements of a transaction's payee side that are not valid IBANs, creditor accounts first. */
export function accountFaults(fields: readonly PayeeField[]): AccountFault[] {
  const faults: AccountFault[] = [];
  for (const f of fields) {
    if (f.kind !== 'iban') continue;
    const problem = ibanProblem(f.value);
    if (problem !== undefined) faults.push({ path: f.path, problem, reasonCode: CREDITOR_ACCOUNTS.has(f.role) ? 'AC03' : 'AC01' });
  }
  return faults.sort((a, b) => (a.reasonCode === b.reasonCode ? 0 : a.reasonCode === 'AC03' ? -1 : 1));
}
