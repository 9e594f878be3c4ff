/**
 * Reads the group header, the transactions and the Business Application Header out of a located message.
 * Tolerant of missing elements (it also serves identifyMessage on invalid input); schema validation is what
 * guarantees presence for accepted messages.
 */
import type { DocumentPart } from '../locate';
import type { Amount, AppHeader, GroupHeader, PaymentType, ScreenedFamily, TransactionView, XmlFragment } from '../types';
import { descend, firstChild, textAt, type XmlElement } from '../xml/tree';
import { customerTransferPayee, institutionTransferPayee } from './payee';

const XML_WS_EDGES = /^[ \t\n\r]+|[ \t\n\r]+$/g;

export function trimXml(text: string): string {
  return text.replace(XML_WS_EDGES, '');
}

/** A transaction element with what surrounds it (pain.001: its PmtInf block) and its reported path. */
export interface TransactionSlot {
  readonly tx: XmlElement;
  readonly pmtInf?: XmlElement;
  /** /Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2] — computed by counting once, not per element (10,000-tx batches). */
  readonly path: string;
}

/** Transaction element names: CdtTrfTxInf everywhere, PmtTx in the 2005 pain.001.001.01. */
const TX_NAMES = new Set(['CdtTrfTxInf', 'PmtTx']);

export function isTransactionElement(el: XmlElement): boolean {
  return TX_NAMES.has(el.local);
}

/** Children matching `keep`, with their paths under `parentPath` ([n] only where the name repeats). */
function indexedChildren(parent: XmlElement, parentPath: string, keep: (el: XmlElement) => boolean): Array<{ el: XmlElement; path: string }> {
  const counts = new Map<string, number>();
  for (const c of parent.children) counts.set(c.local, (counts.get(c.local) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Array<{ el: XmlElement; path: string }> = [];
  for (const c of parent.children) {
    const k = (seen.get(c.local) ?? 0) + 1;
    seen.set(c.local, k);
    if (keep(c)) out.push({ el: c, path: `${parentPath}/${c.local}${counts.get(c.local)! > 1 ? `[${k}]` : ''}` });
  }
  return out;
}

/** The transaction elements in document order, across all PmtInf blocks for pain.001. */
export function transactionSlots(messageRoot: XmlElement | undefined, family: string, rootPath: string): TransactionSlot[] {
  if (messageRoot === undefined) return [];
  const slots: TransactionSlot[] = [];
  if (family === 'pain.001') {
    for (const block of indexedChildren(messageRoot, rootPath, (c) => c.local === 'PmtInf')) {
      for (const t of indexedChildren(block.el, block.path, isTransactionElement)) slots.push({ tx: t.el, pmtInf: block.el, path: t.path });
    }
  } else {
    for (const t of indexedChildren(messageRoot, rootPath, isTransactionElement)) slots.push({ tx: t.el, path: t.path });
  }
  return slots;
}

export function agentId(agent: XmlElement | undefined): string | undefined {
  const fin = firstChild(agent, 'FinInstnId');
  if (fin === undefined) return undefined;
  const bic = firstChild(fin, 'BICFI') ?? firstChild(fin, 'BIC');
  if (bic !== undefined) return trimXml(bic.text);
  const member = firstChild(firstChild(fin, 'ClrSysMmbId'), 'MmbId');
  return member !== undefined ? trimXml(member.text) : undefined;
}

/** A transaction's amount: the instructed amount (or its equivalent) of a pain.001, else the interbank settlement amount. */
export function transactionAmount(tx: XmlElement, family: ScreenedFamily): Amount | undefined {
  return family === 'pain.001' ? amountOf(descend(tx, 'Amt/InstdAmt') ?? descend(tx, 'Amt/EqvtAmt/Amt')) : amountOf(firstChild(tx, 'IntrBkSttlmAmt'));
}

function amountOf(el: XmlElement | undefined): Amount | undefined {
  if (el === undefined) return undefined;
  const currency = el.attrs?.find((a) => a.local === 'Ccy' && a.ns === '')?.value ?? '';
  return { value: trimXml(el.text), currency };
}

export function readGroupHeader(messageRoot: XmlElement | undefined, headerFromBic: string | undefined): GroupHeader {
  const grpHdr = firstChild(messageRoot, 'GrpHdr');
  const nb = textAt(grpHdr, 'NbOfTxs');
  const ctrlSum = textAt(grpHdr, 'CtrlSum');
  const total = amountOf(firstChild(grpHdr, 'TtlIntrBkSttlmAmt'));
  return {
    msgId: textAt(grpHdr, 'MsgId') ?? textAt(grpHdr, 'GrpId') ?? '',
    creDtTm: trimXml(textAt(grpHdr, 'CreDtTm') ?? ''),
    nbOfTxs: nb !== undefined && /^[0-9]{1,15}$/.test(trimXml(nb)) ? Number(trimXml(nb)) : NaN,
    ...(ctrlSum !== undefined ? { ctrlSum: trimXml(ctrlSum) } : {}),
    ...(total !== undefined ? { totalInterbankSettlementAmount: total } : {}),
    ...optional('instructingAgent', agentId(firstChild(grpHdr, 'InstgAgt')) ?? headerFromBic),
    ...optional('instructedAgent', agentId(firstChild(grpHdr, 'InstdAgt'))),
  };
}

function paymentTypeOf(...candidates: Array<XmlElement | undefined>): PaymentType {
  const pmtTpInf = candidates.find((c) => c !== undefined);
  if (pmtTpInf === undefined) return { serviceLevels: [] };
  const serviceLevels: string[] = [];
  for (const c of pmtTpInf.children) {
    if (c.local === 'SvcLvl') {
      const code = firstChild(c, 'Cd') ?? firstChild(c, 'Prtry');
      if (code !== undefined) serviceLevels.push(trimXml(code.text));
    }
  }
  const lcl = firstChild(pmtTpInf, 'LclInstrm');
  const ctgy = firstChild(pmtTpInf, 'CtgyPurp');
  const code = (el: XmlElement | undefined) => {
    const c = firstChild(el, 'Cd') ?? firstChild(el, 'Prtry');
    return c === undefined ? undefined : trimXml(c.text);
  };
  return { serviceLevels, ...optional('localInstrument', code(lcl)), ...optional('categoryPurpose', code(ctgy)) };
}

export function readTransaction(slot: TransactionSlot, index: number, family: ScreenedFamily, part: DocumentPart, withPayee = true): TransactionView {
  const { tx, pmtInf } = slot;
  const pmtId = firstChild(tx, 'PmtId');
  const text = (local: string) => firstChild(pmtId, local)?.text;
  const amount = transactionAmount(tx, family);
  const groupPmtTpInf = family === 'pain.001' ? firstChild(pmtInf, 'PmtTpInf') : descend(part.messageRoot, 'GrpHdr/PmtTpInf');
  const view: TransactionView = {
    index,
    path: slot.path,
    endToEndId: text('EndToEndId') ?? '',
    ...optional('instrId', text('InstrId')),
    ...optional('txId', text('TxId')),
    ...optional('uetr', text('UETR')),
    ...optional('pmtInfId', pmtInf !== undefined ? textAt(pmtInf, 'PmtInfId') : undefined),
    amount: amount ?? { value: '', currency: '' },
    paymentType: paymentTypeOf(firstChild(tx, 'PmtTpInf'), groupPmtTpInf),
    ...optional('instructingAgent', agentId(firstChild(tx, 'InstgAgt'))),
    payee: withPayee ? (family === 'pacs.009' ? institutionTransferPayee(tx) : customerTransferPayee(tx)) : [],
    line: tx.line,
  };
  return view;
}

export function readAppHeader(part: DocumentPart): AppHeader {
  const hdr = part.element;
  const text = (path: string) => {
    const t = textAt(hdr, path);
    return t === undefined ? undefined : trimXml(t);
  };
  const fr = firstChild(hdr, 'Fr');
  const to = firstChild(hdr, 'To');
  const cpy = text('CpyDplct');
  return {
    id: part.id,
    ...optional('fromBic', partyBic(fr)),
    ...optional('toBic', partyBic(to)),
    bizMsgIdr: textAt(hdr, 'BizMsgIdr') ?? '',
    msgDefIdr: text('MsgDefIdr') ?? '',
    ...optional('bizSvc', text('BizSvc')),
    ...optional('creDt', text('CreDt')),
    possibleDuplicate: text('PssblDplct') === 'true' || text('PssblDplct') === '1',
    ...(cpy === 'CODU' || cpy === 'COPY' || cpy === 'DUPL' ? { copyDuplicate: cpy } : {}),
    ...(fr !== undefined ? { fromParty: toFragment(fr) } : {}),
    ...(to !== undefined ? { toParty: toFragment(to) } : {}),
  };
}

function partyBic(party: XmlElement | undefined): string | undefined {
  const fi = firstChild(firstChild(party, 'FIId'), 'FinInstnId');
  const bic = firstChild(fi, 'BICFI') ?? firstChild(fi, 'BIC');
  if (bic !== undefined) return trimXml(bic.text);
  const org = descend(party, 'OrgId/Id/OrgId/AnyBIC');
  return org !== undefined ? trimXml(org.text) : undefined;
}

/** A namespace-free copy of an element tree, as plain data (depth-limited: this also runs on invalid input). */
export function toFragment(el: XmlElement, depth = 0): XmlFragment {
  const attrs = el.attrs?.filter((a) => a.ns === '');
  return {
    name: el.local,
    ...(el.children.length === 0 || depth >= 16 ? { text: el.text } : { children: el.children.map((c) => toFragment(c, depth + 1)) }),
    ...(attrs !== undefined && attrs.length > 0 ? { attrs: Object.fromEntries(attrs.map((a) => [a.local, a.value])) } : {}),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
