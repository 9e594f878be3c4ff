/**
 * Payment value → listed identifiers. Each payment value kind is canonicalised the way the list was, and
 * looked up under every namespace it may have been listed in (a phone may be listed as proxy or phone, a host
 * under its registrable domain, a branch BIC under its head office).
 */
import { getDomain } from 'tldts';
import type { PayeeField } from '../../iso20022/types';
import type { MatchMethod, ScoreFeature } from '../types';
import {
  canonicalAccount,
  canonicalBic,
  canonicalEmail,
  canonicalIban,
  canonicalIssuer,
  canonicalLei,
  canonicalPhone,
  canonicalProxy,
  canonicalUrl,
  ibanAccountCandidates,
  ibanWithCheckDigitsCorrected,
  leiWithCheckDigitsCorrected,
} from './canonical';
import { extractIdentifiers } from './extract';
import type { IdentifierIndex, IdNamespace } from './identifier-index';

export const IDENTIFIER_ALGORITHM = 'identifier-v1';

export interface IdentifierMatch {
  readonly record: number;
  readonly method: MatchMethod;
  /** The payment's value, or the part of it that matched. */
  readonly value: string;
  /** The list's identifier as shown (canonical, or type + hash prefix in keyed-hash mode). */
  readonly matched: string;
  readonly explanation: ScoreFeature[];
}

/** Where an account number was found, for checking it against the listed account servicer. */
interface PaymentIssuer {
  readonly bic?: string;
  readonly code?: string;
  /** From an IBAN: its country and bank code. */
  readonly country?: string;
  readonly bankId?: string;
}

const METHOD_OF_NAMESPACE: Readonly<Record<IdNamespace, MatchMethod>> = {
  iban: 'iban',
  acct: 'account',
  bic: 'bic',
  tel: 'proxy',
  proxy: 'proxy',
  email: 'email',
  domain: 'domain',
  url: 'domain',
  lei: 'lei',
  crypto: 'crypto',
};

const BIC_SHAPE = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

const NO_FEATURES: readonly ScoreFeature[] = [];

class Collector {
  readonly out: IdentifierMatch[] = [];
  constructor(private readonly index: IdentifierIndex) {}

  /**
   * The records listed under a canonical value. Nearly every payment value is listed nowhere: the explanation
   * (`lead`, then `features`) is only put together for a record found, so callers pass its parts, not an array.
   */
  lookup(
    ns: IdNamespace,
    canonical: string,
    value: string,
    features: readonly ScoreFeature[] = NO_FEATURES,
    accept?: (record: number) => ScoreFeature | null,
    lead?: ScoreFeature,
  ): void {
    for (const record of this.index.lookup(ns, canonical)) {
      let extra: ScoreFeature[] = [];
      if (accept !== undefined) {
        const verdict = accept(record);
        if (verdict === null) continue;
        extra = [verdict];
      }
      const type = this.index.record(record).type;
      const exact: ScoreFeature = { feature: `${ns}_exact`, value: 1 };
      this.out.push({
        record,
        method: METHOD_OF_NAMESPACE[ns],
        value,
        matched: this.index.display(type, canonical),
        explanation: lead === undefined ? [exact, ...features, ...extra] : [exact, { ...lead }, ...features, ...extra],
      });
    }
  }

  /** An account number, checked against the listed servicer when both sides name one. */
  account(account: string, value: string, issuer: PaymentIssuer, features: readonly ScoreFeature[] = NO_FEATURES, lead?: ScoreFeature): void {
    this.lookup('acct', account, value, features, (record) => issuerVerdict(this.index.record(record).issuer, issuer), lead);
  }
}

/** Explanation leads shared by every lookup that may need them (lookup copies one into a hit). */
const ACCOUNT_IN_IBAN: ScoreFeature = { feature: 'account_in_iban', value: 1 };
const BIC_HEAD_OFFICE_LISTED: ScoreFeature = { feature: 'bic_head_office_listed', value: 1 };

function issuerVerdict(listed: string | undefined, p: PaymentIssuer): ScoreFeature | null {
  const unverified: ScoreFeature = { feature: 'issuer_unverified', value: 0.5 };
  if (listed === undefined) return unverified;
  if (BIC_SHAPE.test(listed)) {
    if (p.bic !== undefined) return p.bic.slice(0, 8) === listed.slice(0, 8) ? { feature: 'issuer_verified', value: 1 } : null;
    if (p.country !== undefined) return listed.slice(4, 6) === p.country ? unverified : null;
    return unverified;
  }
  const code = p.code ?? p.bankId;
  if (code === undefined) return unverified;
  if (code === listed) return { feature: 'issuer_verified', value: 1 };
  return code.startsWith(listed) || listed.startsWith(code) ? unverified : null;
}

function paymentIssuerOf(raw: string | undefined): PaymentIssuer {
  if (raw === undefined) return {};
  const bic = canonicalBic(raw);
  if (bic !== undefined) return { bic };
  const code = canonicalIssuer(raw);
  return code === undefined ? {} : { code };
}

function matchIban(c: Collector, iban: string, value: string, features: readonly ScoreFeature[] = NO_FEATURES): void {
  c.lookup('iban', iban, value, features);
  // A listed domestic account matches the account number inside an IBAN.
  const parts = ibanAccountCandidates(iban);
  if (parts.accounts.length === 0) return;
  const issuer: PaymentIssuer = { country: parts.country, bankId: parts.bankId };
  for (const account of parts.accounts) c.account(account, value, issuer, features, ACCOUNT_IN_IBAN);
}

/**
 * An IBAN written with wrong check digits: matched as the valid IBAN of the same country and BBAN, which is the
 * account a core that routes on the BBAN credits. The explanation says so, with both check digits.
 */
function matchIbanWithWrongCheckDigits(c: Collector, value: string): void {
  const corrected = ibanWithCheckDigitsCorrected(value);
  if (corrected !== undefined) matchIban(c, corrected, value, [checkDigitsFeature('iban', value, corrected)]);
}

function checkDigitsFeature(type: 'iban' | 'lei', written: string, corrected: string): ScoreFeature {
  const digits =
    type === 'iban'
      ? (v: string) =>
          v
            .replace(/[^0-9A-Za-z]/g, '')
            .replace(/^IBAN/i, '')
            .slice(2, 4)
      : (v: string) => v.slice(-2);
  return { feature: `${type}_check_digits_invalid`, value: 1, detail: `${digits(written)} written, ${digits(corrected)} valid: matched on the rest` };
}

function matchLei(c: Collector, value: string): void {
  const lei = canonicalLei(value);
  if (lei !== undefined) c.lookup('lei', lei, value);
  const corrected = lei === undefined ? leiWithCheckDigitsCorrected(value) : undefined;
  if (corrected !== undefined) c.lookup('lei', corrected, value, [checkDigitsFeature('lei', value.trim().toUpperCase(), corrected)]);
}

function matchBic(c: Collector, bic: string, value: string): void {
  c.lookup('bic', bic, value);
  // Decision (docs/screening.md): a listed head office (8 characters or XXX) covers every branch; a listed
  // branch covers only itself.
  if (bic.length === 11) c.lookup('bic', bic.slice(0, 8), value, NO_FEATURES, undefined, BIC_HEAD_OFFICE_LISTED);
}

/** Host (and URL path) → listed domains (the host, its parents down to the registrable domain) and URLs. */
function matchWeb(c: Collector, hostAndPath: string, value: string): void {
  const slash = hostAndPath.indexOf('/');
  const host = slash < 0 ? hostAndPath : hostAndPath.slice(0, slash);
  const path = slash < 0 ? '' : hostAndPath.slice(slash);
  const registrable = getDomain(host, { allowPrivateDomains: true }) ?? host;
  let h = host;
  for (;;) {
    c.lookup('domain', h, value, NO_FEATURES, undefined, h === host ? undefined : { feature: 'parent_domain', value: 1, detail: h });
    if (h === registrable || h.length <= registrable.length) break;
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  let prefix = host;
  c.lookup('url', prefix, value);
  for (const segment of path.split('/').filter((s) => s.length > 0)) {
    prefix += '/' + segment;
    c.lookup('url', prefix, value);
  }
}

function matchEmail(c: Collector, email: string, value: string): void {
  c.lookup('email', email, value);
  c.lookup('proxy', email, value);
  matchWeb(c, email.slice(email.lastIndexOf('@') + 1), value);
}

function matchPhone(c: Collector, phones: readonly string[], value: string): void {
  for (const p of phones) {
    c.lookup('tel', p, value);
    c.lookup('proxy', p, value);
  }
}

function phoneCandidates(value: string, regions: () => readonly string[]): string[] {
  const out: string[] = [];
  const international = canonicalPhone(value);
  if (international !== undefined) out.push(international);
  else
    for (const r of regions()) {
      const p = canonicalPhone(value, r);
      if (p !== undefined && !out.includes(p)) out.push(p);
    }
  return out;
}

function matchText(c: Collector, text: string): void {
  for (const x of extractIdentifiers(text)) {
    switch (x.kind) {
      case 'email':
        matchEmail(c, x.canonical, x.value);
        break;
      case 'url':
        matchWeb(c, x.canonical, x.value);
        break;
      case 'iban':
        matchIban(c, x.canonical, x.value, x.checkDigitsCorrected ? [checkDigitsFeature('iban', x.value, x.canonical)] : NO_FEATURES);
        break;
      case 'phone':
        matchPhone(c, [x.canonical], x.value);
        break;
      case 'crypto':
        c.lookup('crypto', x.canonical, x.value);
        break;
    }
  }
}

/**
 * All listed identifiers one payee field matches.
 * @param regions countries of the payee side (creditor account, address, agent), for numbers written without
 *   an international prefix; asked only for such numbers.
 */
export function matchIdentifiers(index: IdentifierIndex, field: PayeeField, regions: () => readonly string[]): IdentifierMatch[] {
  const c = new Collector(index);
  const v = field.value;
  switch (field.kind) {
    case 'iban': {
      const iban = canonicalIban(v);
      if (iban !== undefined) matchIban(c, iban, v);
      else matchIbanWithWrongCheckDigits(c, v);
      break;
    }
    case 'account': {
      const iban = canonicalIban(v);
      if (iban !== undefined) matchIban(c, iban, v);
      else matchIbanWithWrongCheckDigits(c, v);
      const account = canonicalAccount(v);
      if (account !== undefined) c.account(account, v, paymentIssuerOf(field.issuer));
      // An account identification is free text (Max34Text): an e-mail or web address written there is looked up too.
      if (iban === undefined) matchText(c, v);
      break;
    }
    case 'bic': {
      const bic = canonicalBic(v);
      if (bic !== undefined) matchBic(c, bic, v);
      break;
    }
    case 'proxy': {
      const phones = phoneCandidates(v, regions);
      matchPhone(c, phones, v);
      const proxy = canonicalProxy(v);
      if (proxy !== undefined && !phones.includes(proxy)) c.lookup('proxy', proxy, v);
      const email = v.includes('@') ? canonicalEmail(v) : undefined;
      if (email !== undefined) matchEmail(c, email, v);
      else matchText(c, v);
      break;
    }
    case 'phone': {
      const phones = phoneCandidates(v, regions);
      if (phones.length > 0) matchPhone(c, phones, v);
      else matchText(c, v);
      break;
    }
    case 'email': {
      const email = canonicalEmail(v);
      if (email !== undefined) matchEmail(c, email, v);
      else matchText(c, v); // written so that it does not parse: shop[at]example(dot)test
      break;
    }
    case 'url': {
      const url = canonicalUrl(v);
      if (url !== undefined) matchWeb(c, url, v);
      else matchText(c, v);
      break;
    }
    case 'lei':
      matchLei(c, v);
      break;
    case 'orgId':
    case 'privateId':
      // Free identification text (Max35Text): an LEI, or whatever the payee chose to write there.
      matchLei(c, v);
      matchText(c, v);
      break;
    case 'clearingMemberId':
    case 'label':
    case 'text':
    case 'address':
    case 'name':
      matchText(c, v);
      break;
    default:
      break;
  }
  return c.out;
}
