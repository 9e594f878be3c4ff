/**
 * The rest of what a cleared message carries to the core. The named payee elements (payee.ts) give screening its
 * typed values (IBAN, BIC, name, address …); everything else the sender could write freely rides along too —
 * identifications, purposes, instructions for the next agents, regulatory reporting, tax, invoicer and garnishment
 * parties, scheme names and issuers, extension content (SplmtryData, any xs:any), comments — so it is swept up here:
 * every leaf value outside the sender's side is offered to screening, except leaves whose definition admits only a
 * code, an amount, a date, a number or a boolean (INERT_LEAVES).
 *
 * The sender's side is never visited: debtor data is not used for matching (DEBTOR_SIDE).
 */
import type { PayeeField, PayeeRole, PayeeValueKind } from '../types';
import type { DocumentPart } from '../locate';
import type { XmlElement } from '../xml/tree';

/**
 * Elements of the debtor's (sender's) side, at any depth: never read. InstgAgt / PrvsInstgAgtN are the agents the
 * payment came through (sending side); Invcee is the invoiced party (the debtor); ChrgsAcct(Agt) the debtor's charges
 * account; AppHdr/Fr the sender (only reached as a child of AppHdr, see SENDER_OF_HEADER).
 */
export const DEBTOR_SIDE: ReadonlySet<string> = new Set([
  'Dbtr',
  'DbtrAcct',
  'DbtrAgt',
  'DbtrAgtAcct',
  'UltmtDbtr',
  'InitgPty',
  'InstgAgt',
  'PrvsInstgAgt',
  'PrvsInstgAgt1',
  'PrvsInstgAgt1Acct',
  'PrvsInstgAgt2',
  'PrvsInstgAgt2Acct',
  'PrvsInstgAgt3',
  'PrvsInstgAgt3Acct',
  'Invcee',
  'ChrgsAcct',
  'ChrgsAcctAgt',
]);
export const SENDER_OF_HEADER = 'Fr';

/**
 * Leaves that cannot carry payee data: in every definition of pacs.008, pacs.009, pain.001 and head.001 their type is
 * an enumeration, a code of at most 4 characters, an amount, a rate, a date or time, a boolean, a count, a country
 * or currency code or a UUID. Kept as names (a lookup per leaf, no schema walk on the read path);
 * test/unit/iso20022/payee-coverage.test.ts checks the list against every definition.
 */
export const INERT_LEAVES: ReadonlySet<string> = new Set([
  'AccptncDtTm',
  'AdrTp',
  'Amt',
  'AuthrtyCtry',
  'BirthDt',
  'BizPrcgDt',
  'BtchBookg',
  'CLSTm',
  'Ccy',
  'CcyOfTrf',
  'CdtDbtInd',
  'CdtDtTm',
  'CdtNoteAmt',
  'CdtrCtryOfRes',
  'ChanlTp',
  'ChqMtrtyDt',
  'ChqTp',
  'ChrgBr',
  'ChrgsAmt',
  'ClrChanl',
  'ClrSysId',
  'CntPerPrd',
  'CpyDplct',
  'CreDt',
  'CreDtTm',
  'CtgyPurp',
  'CtrlSum',
  'Ctry',
  'CtryOfBirth',
  'CtryOfRes',
  'DbtCdtRptgInd',
  'DbtDtTm',
  'DbtrCtryOfRes',
  'DlvryMtd',
  'DscntApldAmt',
  'Dt',
  'DtOfSgntr',
  'DtOfVrfctn',
  'DtTm',
  'DuePyblAmt',
  'ElctrncSgntr',
  'FmlyMdclInsrncInd',
  'FnlPmtDt',
  'FrDt',
  'FrTm',
  'FrstPmtDt',
  'Grpg',
  'InstdAmt',
  'InstrPrty',
  'IntrBkSttlmAmt',
  'IntrBkSttlmDt',
  'MplyeeTermntnInd',
  'NbOfTxs',
  'NmPrfx',
  'PmtMtd',
  'PmtMtdByFrstAgt',
  'PoolgAdjstmntDt',
  'PreAgrdXchgRate',
  'PrefrdMtd',
  'PssblDplct',
  'PtInTm',
  'QtId',
  'QtdCcy',
  'QtnDtTm',
  'Rate',
  'RateTp',
  'ReqdExctnDt',
  'RfrdDocRltdDt',
  'RfrdDocTp',
  'RjctTm',
  'RltdDt',
  'RmtLctnMtd',
  'RmtdAmt',
  'Rsn',
  'SeqNb',
  'SttlmMtd',
  'SttlmPrty',
  'TaxAmt',
  'TaxDt',
  'TaxblBaseAmt',
  'TillTm',
  'ToDt',
  'TtlAmt',
  'TtlIntrBkSttlmAmt',
  'TtlTaxAmt',
  'TtlTaxblBaseAmt',
  'UETR',
  'UnitCcy',
  'XchgRate',
  'XpryDtTm',
  'Yr',
]);

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
/** Values up to this length are labels (also screened as a name when they read like one), longer ones free text. */
const LABEL_MAX = 70;

/** What a swept leaf is screened as, by its element name: identifiers as their kind, names as names, the rest as text. */
function kindOf(local: string, value: string): PayeeValueKind {
  switch (local) {
    case 'BICFI':
    case 'BIC':
    case 'AnyBIC':
    case 'BICOrBEI':
      return 'bic';
    case 'LEI':
      return 'lei';
    case 'IBAN':
      // matched like an IBAN (also with wrong check digits), but not refused as an invalid account: only the payee's
      // own accounts are (payee.ts)
      return 'account';
    case 'Nm':
      return 'name';
    default:
      return value.length <= LABEL_MAX ? 'label' : 'text';
  }
}

export class Sweeper {
  constructor(
    /** The reported path of an element: relative to the transaction, or /Document/… for message-level content. */
    private readonly pathOf: (el: XmlElement) => string,
    /** Leaves already extracted as typed payee fields. */
    private readonly taken: ReadonlySet<XmlElement> = new Set(),
    readonly out: PayeeField[] = [],
  ) {}

  /** Every leaf under `el` (el included) outside the sender's side; xsi attribute values too. */
  sweep(el: XmlElement, role: PayeeRole, partyRef: string): void {
    const stack: XmlElement[] = [el];
    while (stack.length > 0) {
      const cur = stack.pop()!;
      if (DEBTOR_SIDE.has(cur.local)) continue;
      if (cur.attrs !== undefined) {
        for (const a of cur.attrs) if (a.ns === XSI && a.value !== '') this.push(cur, role, 'text', `@${a.name}`, a.value, partyRef);
      }
      if (cur.children.length === 0) {
        if (cur.text !== '' && !this.taken.has(cur) && !INERT_LEAVES.has(cur.local)) this.push(cur, role, kindOf(cur.local, cur.text), '', cur.text, partyRef);
        continue;
      }
      // mixed content (always invalid, but read with validation off) still reaches the core
      if (cur.text !== '') this.push(cur, role, 'text', '', cur.text, partyRef);
      for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i]);
    }
  }

  /** The xsi attribute values of one element, its content left alone (wrappers, the Document element). */
  attributes(el: XmlElement, role: PayeeRole): void {
    for (const a of el.attrs ?? []) if (a.ns === XSI && a.value !== '') this.push(el, role, 'text', `@${a.name}`, a.value, '');
  }

  add(path: string, role: PayeeRole, kind: PayeeValueKind, value: string): void {
    if (value !== '') this.out.push({ path, role, kind, value });
  }

  private push(el: XmlElement, role: PayeeRole, kind: PayeeValueKind, suffix: string, value: string, partyRef: string): void {
    const path = this.pathOf(el) + (suffix === '' ? '' : `/${suffix}`);
    this.out.push({ path, role, kind, value, partyRef });
  }
}

/** Comments and processing instructions anywhere in the body: forwarded with it, so screened as message text. */
export function markupText(raw: string, sweeper: Sweeper): void {
  if (!raw.includes('<!--') && !raw.includes('<?')) return;
  for (const m of raw.matchAll(/<!--([\s\S]*?)-->|<\?([\s\S]*?)\?>/g)) {
    const value = m[1] ?? m[2] ?? '';
    // the XML declaration is fixed syntax the parser checked (version, encoding, standalone)
    if (m[2] !== undefined && m.index === raw.indexOf('<?xml') && /^xml\s/.test(m[2])) continue;
    if (value.trim() !== '') sweeper.add(m[1] !== undefined ? '(comment)' : '(processing instruction)', 'message', 'text', value);
  }
}

/** The role of swept content by the transaction's child it lies in: a payee party's own role, else the transaction's. */
export function roleOfBlock(local: string, underlying: boolean): PayeeRole {
  const role = BLOCK_ROLES[local.replace(/^IntrmyAgt[123](Acct)?$/, 'IntrmyAgt')];
  if (role === undefined) return local === 'SplmtryData' ? 'supplementaryData' : 'transaction';
  if (!underlying) return role;
  // the underlying roles are the direct ones prefixed (an agent's account has no role of its own there)
  const direct = role === 'creditorAgentAccount' ? 'creditorAgent' : role;
  return `underlying${direct[0].toUpperCase()}${direct.slice(1)}` as PayeeRole;
}

const BLOCK_ROLES: Readonly<Record<string, PayeeRole>> = {
  Cdtr: 'creditor',
  UltmtCdtr: 'ultimateCreditor',
  CdtrAcct: 'creditorAccount',
  CdtrAgt: 'creditorAgent',
  CdtrAgtAcct: 'creditorAgentAccount',
  IntrmyAgt: 'intermediaryAgent',
  RmtInf: 'remittance',
  RltdRmtInf: 'remittance',
};

/** Everything of a transaction beyond its typed payee fields (`taken`), by the block it lies in. */
export function sweepTransaction(tx: XmlElement, taken: ReadonlySet<XmlElement>, out: PayeeField[], pathOf: (el: XmlElement) => string): void {
  const s = new Sweeper(pathOf, taken, out);
  for (const child of tx.children) {
    if (child.local === 'UndrlygCstmrCdtTrf') {
      for (const u of child.children) s.sweep(u, roleOfBlock(u.local, true), `UndrlygCstmrCdtTrf/${u.local}`);
    } else s.sweep(child, roleOfBlock(child.local, false), child.local);
  }
}

/** Transaction elements and PmtInf blocks: read per transaction, not as message content. */
const PER_TRANSACTION = new Set(['CdtTrfTxInf', 'PmtTx', 'PmtInf']);

/**
 * What the message carries around its transactions — group header, message-level SplmtryData, the AppHdr but its
 * sender (Fr), xsi attributes of the Document and its wrappers, comments and processing instructions. A split forward
 * keeps all of it with every cleared transaction, so it is screened with each.
 */
export function messageContent(doc: DocumentPart, header: DocumentPart | undefined, raw: string): PayeeField[] {
  const s = new Sweeper(doc.pathOf);
  for (let el: XmlElement | undefined = doc.element; el !== undefined; el = el.parent) s.attributes(el, 'message');
  const root = doc.messageRoot;
  if (root !== undefined) {
    s.attributes(root, 'message');
    for (const c of root.children) if (!PER_TRANSACTION.has(c.local)) s.sweep(c, c.local === 'SplmtryData' ? 'supplementaryData' : 'message', c.local);
  }
  if (header !== undefined) {
    const h = new Sweeper(header.pathOf, undefined, s.out);
    h.attributes(header.element, 'message');
    for (const c of header.element.children) if (c.local !== SENDER_OF_HEADER) h.sweep(c, 'message', `AppHdr/${c.local}`);
  }
  markupText(raw, s);
  return s.out;
}

/** pain.001: what a PmtInf block carries besides its transactions and the debtor's side (forwarded with each of them). */
export function paymentInfoContent(pmtInf: XmlElement, pathOf: (el: XmlElement) => string): PayeeField[] {
  const s = new Sweeper(pathOf);
  for (const c of pmtInf.children) if (!PER_TRANSACTION.has(c.local)) s.sweep(c, 'message', `PmtInf/${c.local}`);
  return s.out;
}
