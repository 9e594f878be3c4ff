/**
 * Payee-side field extraction, the input of screening. Works by element names, which are stable across the
 * versions of pacs.008, pacs.009 and pain.001 (BICFI/BIC, AnyBIC/BICOrBEI are both read).
 *
 * Typed fields come from Cdtr, UltmtCdtr, CdtrAcct, CdtrAgt(+Acct), IntrmyAgt1..3(+Acct), RmtInf, RltdRmtInf and the
 * same inside a pacs.009 COV's UndrlygCstmrCdtTrf; every other value of the transaction is then swept up as text
 * (sweep.ts). Debtor-side elements (Dbtr, UltmtDbtr, DbtrAcct, DbtrAgt, InitgPty …) are never visited.
 */
import type { PayeeField, PayeeRole, PayeeValueKind } from '../types';
import { elementPath, firstChild, type XmlElement } from '../xml/tree';
import { sweepTransaction } from './sweep';

/** Structured postal address parts that are matched as address text (Ctry and AdrTp are not). */
const ADDRESS_PARTS = new Set([
  'Dept',
  'SubDept',
  'StrtNm',
  'BldgNb',
  'BldgNm',
  'Flr',
  'UnitNb',
  'PstBx',
  'Room',
  'PstCd',
  'TwnNm',
  'TwnLctnNm',
  'DstrctNm',
  'CtrySubDvsn',
  'CareOf',
  'AdrLine',
]);
const BIC_NAMES = ['BICFI', 'BIC'];
const PARTY_BIC_NAMES = ['AnyBIC', 'BICOrBEI', 'BIC', 'BEI'];

class Collector {
  readonly fields: PayeeField[] = [];
  /** The leaves read as typed fields; the sweep offers everything else. */
  readonly taken = new Set<XmlElement>();
  constructor(readonly tx: XmlElement) {}

  add(el: XmlElement | undefined, role: PayeeRole, kind: PayeeValueKind, partyRef: string, extra?: Pick<PayeeField, 'issuer' | 'partyType'>): void {
    if (el === undefined || el.text === '' || el.children.length > 0) return;
    this.taken.add(el);
    const field: PayeeField = { path: elementPath(el, this.tx), role, kind, value: el.text, partyRef };
    this.fields.push(extra === undefined ? field : { ...field, ...definedOnly(extra) });
  }

  addAll(parent: XmlElement | undefined, local: string, role: PayeeRole, kind: PayeeValueKind, partyRef: string): void {
    if (parent === undefined) return;
    for (const c of parent.children) if (c.local === local) this.add(c, role, kind, partyRef);
  }

  address(adr: XmlElement | undefined, role: PayeeRole, partyRef: string): void {
    if (adr === undefined) return;
    for (const c of adr.children) {
      if (ADDRESS_PARTS.has(c.local)) this.add(c, role, 'address', partyRef);
      else if (c.local === 'Ctry') this.add(c, role, 'country', partyRef);
    }
  }

  /** Cdtr / UltmtCdtr of a customer transfer (PartyIdentification). */
  party(el: XmlElement | undefined, role: PayeeRole, partyRef: string): void {
    if (el === undefined) return;
    const id = firstChild(el, 'Id');
    const orgId = firstChild(id, 'OrgId');
    const prvtId = firstChild(id, 'PrvtId');
    const partyType = orgId !== undefined ? 'organisation' : prvtId !== undefined ? 'person' : undefined;
    this.add(firstChild(el, 'Nm'), role, 'name', partyRef, { partyType });
    this.address(firstChild(el, 'PstlAdr'), role, partyRef);
    if (orgId !== undefined) {
      for (const c of orgId.children) {
        if (PARTY_BIC_NAMES.includes(c.local)) this.add(c, role, 'bic', partyRef);
        else if (c.local === 'LEI') this.add(c, role, 'lei', partyRef);
        else if (c.local === 'Othr') this.add(firstChild(c, 'Id'), role, 'orgId', partyRef);
      }
    }
    if (prvtId !== undefined) {
      for (const c of prvtId.children) if (c.local === 'Othr') this.add(firstChild(c, 'Id'), role, 'privateId', partyRef);
    }
    this.add(firstChild(el, 'CtryOfRes'), role, 'country', partyRef);
    const contact = firstChild(el, 'CtctDtls');
    if (contact !== undefined) {
      for (const c of contact.children) {
        if (c.local === 'EmailAdr') this.add(c, role, 'email', partyRef);
        else if (c.local === 'PhneNb' || c.local === 'MobNb') this.add(c, role, 'phone', partyRef);
        else if (c.local === 'URLAdr') this.add(c, role, 'url', partyRef);
      }
    }
  }

  /** A financial institution (CdtrAgt, IntrmyAgtN, and the FI parties of pacs.009). */
  agent(el: XmlElement | undefined, role: PayeeRole, partyRef: string): void {
    const fin = firstChild(el, 'FinInstnId');
    if (fin === undefined) return;
    for (const c of fin.children) {
      if (BIC_NAMES.includes(c.local)) this.add(c, role, 'bic', partyRef);
      else if (c.local === 'Nm') this.add(c, role, 'name', partyRef, { partyType: 'organisation' });
      else if (c.local === 'ClrSysMmbId') this.add(firstChild(c, 'MmbId') ?? firstChild(c, 'Id'), role, 'clearingMemberId', partyRef);
      else if (c.local === 'LEI') this.add(c, role, 'lei', partyRef);
      else if (c.local === 'PstlAdr') this.address(c, role, partyRef);
    }
  }

  /** CdtrAcct and the agents' accounts: IBAN, other identification (with its issuer), proxy, name. */
  account(el: XmlElement | undefined, role: PayeeRole, partyRef: string, servicerBic: string | undefined): void {
    if (el === undefined) return;
    const id = firstChild(el, 'Id');
    if (id !== undefined) {
      for (const c of id.children) {
        if (c.local === 'IBAN') this.add(c, role, 'iban', partyRef);
        else if (c.local === 'Othr' || c.local === 'PrtryAcct') {
          const issuer = firstChild(c, 'Issr')?.text ?? servicerBic;
          this.add(firstChild(c, 'Id'), role, 'account', partyRef, { issuer });
        } else if (c.local === 'BBAN' || c.local === 'UPIC') this.add(c, role, 'account', partyRef, { issuer: servicerBic });
      }
    }
    const proxy = firstChild(el, 'Prxy');
    if (proxy !== undefined) {
      const tp = firstChild(proxy, 'Tp');
      const issuer = firstChild(tp, 'Cd')?.text ?? firstChild(tp, 'Prtry')?.text;
      this.add(firstChild(proxy, 'Id'), role, 'proxy', partyRef, { issuer });
    }
    this.add(firstChild(el, 'Nm'), role, 'name', partyRef);
  }

  /** RmtInf: unstructured lines and the free-text parts of structured remittance. */
  remittance(el: XmlElement | undefined, role: PayeeRole, partyRef: string): void {
    if (el === undefined) return;
    for (const c of el.children) {
      if (c.local === 'Ustrd') this.add(c, role, 'text', partyRef);
      else if (c.local === 'Strd') {
        for (const s of c.children) {
          if (s.local === 'AddtlRmtInf') this.add(s, role, 'text', partyRef);
          else if (s.local === 'CdtrRefInf') this.add(firstChild(s, 'Ref'), role, 'text', partyRef);
          else if (s.local === 'RfrdDocInf') this.add(firstChild(s, 'Nb'), role, 'text', partyRef);
        }
      }
    }
  }

  /** RltdRmtInf: where the remittance advice goes — an e-mail address or URL chosen by the payee. */
  relatedRemittance(el: XmlElement | undefined, role: PayeeRole, partyRef: string): void {
    if (el === undefined) return;
    for (const c of el.children) {
      if (c.local === 'RmtLctnElctrncAdr') this.add(c, role, 'text', partyRef);
      else if (c.local === 'RmtLctnDtls') this.add(firstChild(c, 'ElctrncAdr'), role, 'text', partyRef);
    }
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

function agentBic(agent: XmlElement | undefined): string | undefined {
  const fin = firstChild(agent, 'FinInstnId');
  return firstChild(fin, 'BICFI')?.text ?? firstChild(fin, 'BIC')?.text;
}

interface Roles {
  creditor: PayeeRole;
  ultimateCreditor: PayeeRole;
  creditorAccount: PayeeRole;
  creditorAgent: PayeeRole;
  creditorAgentAccount: PayeeRole;
  intermediaryAgent: PayeeRole;
  remittance: PayeeRole;
}

const DIRECT: Roles = {
  creditor: 'creditor',
  ultimateCreditor: 'ultimateCreditor',
  creditorAccount: 'creditorAccount',
  creditorAgent: 'creditorAgent',
  creditorAgentAccount: 'creditorAgentAccount',
  intermediaryAgent: 'intermediaryAgent',
  remittance: 'remittance',
};

const UNDERLYING: Roles = {
  creditor: 'underlyingCreditor',
  ultimateCreditor: 'underlyingUltimateCreditor',
  creditorAccount: 'underlyingCreditorAccount',
  creditorAgent: 'underlyingCreditorAgent',
  creditorAgentAccount: 'underlyingCreditorAgent',
  intermediaryAgent: 'underlyingIntermediaryAgent',
  remittance: 'underlyingRemittance',
};

/** The creditor side of one transfer block (a transaction, or a COV's underlying customer transfer). */
function creditorSide(c: Collector, block: XmlElement, roles: Roles, prefix: string, institutionParties: boolean): void {
  const get = (local: string) => firstChild(block, local);
  const creditorAgent = get('CdtrAgt');
  for (const n of [1, 2, 3]) {
    c.agent(get(`IntrmyAgt${n}`), roles.intermediaryAgent, `${prefix}IntrmyAgt${n}`);
    c.account(get(`IntrmyAgt${n}Acct`), roles.intermediaryAgent, `${prefix}IntrmyAgt${n}Acct`, undefined);
  }
  c.agent(creditorAgent, roles.creditorAgent, `${prefix}CdtrAgt`);
  c.account(get('CdtrAgtAcct'), roles.creditorAgentAccount, `${prefix}CdtrAgtAcct`, undefined);
  if (institutionParties) {
    c.agent(get('Cdtr'), roles.creditor, `${prefix}Cdtr`);
    c.agent(get('UltmtCdtr'), roles.ultimateCreditor, `${prefix}UltmtCdtr`);
  } else {
    c.party(get('Cdtr'), roles.creditor, `${prefix}Cdtr`);
    c.party(get('UltmtCdtr'), roles.ultimateCreditor, `${prefix}UltmtCdtr`);
  }
  c.account(get('CdtrAcct'), roles.creditorAccount, `${prefix}CdtrAcct`, agentBic(creditorAgent));
  c.relatedRemittance(get('RltdRmtInf'), roles.remittance, `${prefix}RltdRmtInf`);
  c.remittance(get('RmtInf'), roles.remittance, `${prefix}RmtInf`);
}

/** Payee fields of a pacs.008 or pain.001 transaction (CdtTrfTxInf). */
export function customerTransferPayee(tx: XmlElement): PayeeField[] {
  const c = new Collector(tx);
  creditorSide(c, tx, DIRECT, '', false);
  return swept(c);
}

/** The typed fields, then every other value of the transaction outside the debtor's side (sweep.ts). */
function swept(c: Collector): PayeeField[] {
  sweepTransaction(c.tx, c.taken, c.fields, (el) => elementPath(el, c.tx));
  return c.fields;
}

/** Payee fields of a pacs.009 transaction: FI creditor side, plus the underlying customer creditor of a COV. */
export function institutionTransferPayee(tx: XmlElement): PayeeField[] {
  const c = new Collector(tx);
  creditorSide(c, tx, DIRECT, '', true);
  const underlying = firstChild(tx, 'UndrlygCstmrCdtTrf');
  if (underlying !== undefined) creditorSide(c, underlying, UNDERLYING, 'UndrlygCstmrCdtTrf/', false);
  return swept(c);
}
