/**
 * Status reports (pacs.002 for pacs.008 / pacs.009, pain.002 for pain.001) in the release of the original,
 * built through the schema-driven writer so each version gets exactly the elements it defines.
 *
 * Envelope choice: when the original carried an AppHdr, the report carries one too, and both are wrapped in one
 * element named like the original's wrapper (Envelope, RequestPayload, BusMsg …, same namespace), so the hub gets
 * back the form it sent; without a wrapper in the original (TCH-style), <Envelope xmlns="urn:swift:xsd:envelope">
 * as in SWIFT's CBPR+ samples.
 */
import { hasDefinition, messageIdFromName, schemaFor, statusReportFor } from '../registry';
import type { InboundMessage, MessageId, MessageIdentification, TransactionOutcome, TransactionStatus, TransactionView, XmlFragment } from '../types';
import { emitDocument, messageRootName, type EmitNode, type EmitValue } from './emit';

export interface StatusReportOptions {
  /** MsgId of the report (≤ 35 chars, caller supplies a unique one). */
  msgId: string;
  /** ISO date-time with offset. */
  creDtTm: string;
  /** The gateway's own BIC if configured. */
  instructingAgentBic?: string;
  /** Default reason for RJCT without a specific code (config, default RR04). */
  rejectReason: string;
  /** Optional reason for PDNG (e.g. gpi G002 flows use ACSP+G002 — caller decides status). */
  pendingReason?: string;
}

const DEFAULT_ENVELOPE = { name: 'Envelope', namespace: 'urn:swift:xsd:envelope' };
const DEFAULT_HEADER = 'head.001.001.02';
/** The BIC pattern of the oldest releases; every real BIC matches it, so it is safe for all versions. */
const BIC = /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/;

export function buildStatusReport(
  original: InboundMessage,
  outcomes: readonly TransactionOutcome[],
  options: StatusReportOptions,
): { xml: string; id: MessageId } {
  const reportName = reportNameFor(original.id);
  const covered = new Set(outcomes.map((o) => o.index));
  const coversAll = original.transactions.every((t) => covered.has(t.index));
  const entries = outcomes.map((o) => {
    const tx = original.transactions[o.index];
    if (tx === undefined) throw new Error(`No transaction ${o.index} in message ${original.group.msgId}`);
    return { tx, entry: transactionEntry(tx, o.status, reasonFor(o, options)) };
  });
  const groupInfo: EmitNode = {
    OrgnlMsgId: original.group.msgId,
    OrgnlMsgNmId: original.id.name,
    OrgnlCreDtTm: original.group.creDtTm || undefined,
    OrgnlNbOfTxs: String(original.transactions.length),
    OrgnlCtrlSum: original.group.ctrlSum,
    GrpSts: coversAll && outcomes.length > 0 ? groupStatus(outcomes.map((o) => o.status)) : undefined,
  };
  const body: EmitNode = reportName.startsWith('pain.002')
    ? { GrpHdr: groupHeader(options, undefined), OrgnlGrpInfAndSts: groupInfo, OrgnlPmtInfAndSts: paymentInfoBlocks(entries) }
    : {
        GrpHdr: groupHeader(options, original.group.instructingAgent),
        OrgnlGrpInfAndSts: groupInfo,
        TxInfAndSts: entries.map((e) => e.entry),
      };
  const header =
    original.appHdr === undefined
      ? undefined
      : {
          name: original.appHdr.id.name,
          from: original.appHdr.toParty ?? bicParty(original.appHdr.toBic),
          to: original.appHdr.fromParty ?? bicParty(original.appHdr.fromBic),
          bizSvc: original.appHdr.bizSvc,
        };
  return render(reportName, body, options, header, original.envelope);
}

/** Group-level RJCT for a message that could not be read, from whatever identifyMessage found. */
export function buildRejectionReport(
  ident: MessageIdentification,
  reasonCode: string,
  options: StatusReportOptions,
): { xml: string; id: MessageId } | undefined {
  const originalMsgId = ident.msgId ?? ident.appHdr?.bizMsgIdr;
  if (ident.id === undefined || originalMsgId === undefined || originalMsgId === '') return undefined;
  const reportName = reportNameFor(ident.id);
  const reason = reasonNode(reasonCode);
  const groupInfo: EmitNode = {
    OrgnlMsgId: truncate(originalMsgId, 35),
    OrgnlMsgNmId: ident.id.name,
    GrpSts: 'RJCT',
    StsRsnInf: reason,
  };
  const isPain = reportName.startsWith('pain.002');
  const body: EmitNode = {
    GrpHdr: groupHeader(options, isPain ? undefined : ident.appHdr?.fromBic),
    OrgnlGrpInfAndSts: groupInfo,
    ...(isPain || ident.transactions === undefined
      ? {}
      : {
          TxInfAndSts: ident.transactions.map((t) => transactionEntry({ ...t, endToEndId: t.endToEndId } as TransactionView, 'RJCT', reasonCode)),
        }),
  };
  const hdr = ident.appHdr;
  const header =
    hdr?.fromBic !== undefined && hdr.toBic !== undefined && BIC.test(hdr.fromBic) && BIC.test(hdr.toBic)
      ? { name: DEFAULT_HEADER, from: bicParty(hdr.toBic)!, to: bicParty(hdr.fromBic)!, bizSvc: undefined }
      : undefined;
  return render(reportName, body, options, header, undefined);
}

function reportNameFor(id: MessageId): string {
  const name = statusReportFor(id);
  if (!hasDefinition(name)) throw new Error(`No definition for the status report ${name} of ${id.name}`);
  return name;
}

function render(
  reportName: string,
  body: EmitNode,
  options: StatusReportOptions,
  header: { name: string; from: XmlFragment | undefined; to: XmlFragment | undefined; bizSvc: string | undefined } | undefined,
  envelope: InboundMessage['envelope'],
): { xml: string; id: MessageId } {
  const schema = schemaFor(reportName);
  const id = messageIdFromName(reportName)!;
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (header === undefined || header.from === undefined || header.to === undefined || !hasDefinition(header.name)) {
    return { xml: declaration + emitDocument(schema, { [messageRootName(schema)]: body }), id };
  }
  const headSchema = schemaFor(header.name);
  const appHdr: EmitNode = {
    Fr: { $fragment: header.from },
    To: { $fragment: header.to },
    BizMsgIdr: options.msgId,
    MsgDefIdr: reportName,
    BizSvc: header.bizSvc,
    // head.001.001.01 wants CreDt in UTC with 'Z' (ISONormalisedDateTime); the later versions take any offset.
    CreDt: header.name === 'head.001.001.01' ? new Date(options.creDtTm).toISOString() : options.creDtTm,
  };
  const wrapper = envelope ?? DEFAULT_ENVELOPE;
  const xmlns = wrapper.namespace === '' ? '' : ` xmlns="${wrapper.namespace}"`;
  const xml =
    declaration +
    `<${wrapper.name}${xmlns}>\n` +
    emitDocument(headSchema, appHdr, 1) +
    emitDocument(schema, { [messageRootName(schema)]: body }, 1) +
    `</${wrapper.name}>\n`;
  return { xml, id };
}

function groupHeader(options: StatusReportOptions, instructedAgent: string | undefined): EmitNode {
  return {
    MsgId: options.msgId,
    CreDtTm: options.creDtTm,
    InstgAgt: agent(options.instructingAgentBic),
    InstdAgt: agent(instructedAgent),
  };
}

function agent(bic: string | undefined): EmitNode | undefined {
  return bic !== undefined && BIC.test(bic) ? { FinInstnId: { BICFI: bic, BIC: bic } } : undefined;
}

function bicParty(bic: string | undefined): XmlFragment | undefined {
  if (bic === undefined) return undefined;
  return { name: 'Party', children: [{ name: 'FIId', children: [{ name: 'FinInstnId', children: [{ name: 'BICFI', text: bic }] }] }] };
}

function reasonFor(o: TransactionOutcome, options: StatusReportOptions): string | undefined {
  if (o.reasonCode !== undefined) return o.reasonCode;
  if (o.status === 'RJCT') return options.rejectReason;
  if (o.status === 'PDNG') return options.pendingReason;
  return undefined;
}

function transactionEntry(
  tx: Pick<TransactionView, 'instrId' | 'endToEndId' | 'txId' | 'uetr'>,
  status: TransactionStatus,
  reason: string | undefined,
): EmitNode {
  return {
    OrgnlInstrId: tx.instrId,
    OrgnlEndToEndId: tx.endToEndId === '' ? undefined : tx.endToEndId,
    OrgnlTxId: tx.txId,
    OrgnlUETR: tx.uetr,
    TxSts: status,
    // Reason code only, never AddtlInf: the sender must not learn why (no tipping off).
    StsRsnInf: reason !== undefined ? reasonNode(reason) : undefined,
  };
}

/** Rsn (StsRsn before 2009) with the code as Cd when the version's code list has it, else as Prtry. */
function reasonNode(code: string): EmitNode {
  const choice = { Cd: code, Prtry: code };
  return { Rsn: choice, StsRsn: choice };
}

/** all ACSP → ACSP, all RJCT → RJCT, all PDNG → PDNG (same for any single status), mixed → PART. */
export function groupStatus(statuses: readonly TransactionStatus[]): string {
  const first = statuses[0];
  return statuses.every((s) => s === first) ? first : 'PART';
}

function paymentInfoBlocks(entries: ReadonlyArray<{ tx: TransactionView; entry: EmitNode }>): EmitValue[] {
  const blocks = new Map<string, EmitNode[]>();
  for (const { tx, entry } of entries) {
    const key = tx.pmtInfId ?? '';
    const list = blocks.get(key) ?? [];
    list.push(entry);
    blocks.set(key, list);
  }
  return [...blocks].map(([pmtInfId, txs]) => ({ OrgnlPmtInfId: pmtInfId, TxInfAndSts: txs }));
}

function truncate(s: string, n: number): string {
  return [...s].slice(0, n).join('');
}
