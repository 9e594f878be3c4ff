/**
 * The counterparty a reviewer-approved exception is scoped to. An exception says "this listed entry hit this
 * payee, and it is not them": it must not silence the entry for anybody else. The payee is identified by its
 * account — canonical creditor IBAN, account (+ servicer) or proxy — and only when the payment carries none of
 * those, by its normalised creditor name.
 */
import type { TransactionView } from '../iso20022/types';
import { canonicalAccount, canonicalIban, canonicalIssuer, canonicalProxy } from './identifiers/canonical';
import { normaliseKey } from './text/normalise';

/** Stable keys of the transaction's payee, most specific first ('iban:…', 'account:…', 'proxy:…', else 'name:…'). */
export function counterpartyKeys(tx: Pick<TransactionView, 'payee'>): string[] {
  const keys: string[] = [];
  const add = (k: string): void => {
    if (!keys.includes(k)) keys.push(k);
  };
  for (const f of tx.payee) {
    if (f.role !== 'creditorAccount' && f.role !== 'underlyingCreditorAccount') continue;
    if (f.kind === 'iban' || f.kind === 'account') {
      const iban = canonicalIban(f.value);
      if (iban !== undefined) {
        add(`iban:${iban}`);
        continue;
      }
      const account = canonicalAccount(f.value);
      if (account !== undefined) {
        const issuer = f.issuer === undefined ? undefined : canonicalIssuer(f.issuer);
        add(issuer === undefined ? `account:${account}` : `account:${account}@${issuer}`);
      }
    } else if (f.kind === 'proxy') {
      const proxy = canonicalProxy(f.value);
      if (proxy !== undefined) add(`proxy:${proxy}`);
    }
  }
  if (keys.length > 0) return keys;
  for (const f of tx.payee) {
    if (f.kind === 'name' && (f.role === 'creditor' || f.role === 'underlyingCreditor')) {
      const name = normaliseKey(f.value);
      if (name.length > 0) add(`name:${name}`);
    }
  }
  return keys;
}
