/**
 * readMessage: parse → locate AppHdr + Document → identify → validate against the definitions → extract →
 * control-value checks. identifyMessage: the best-effort, never-throwing variant for reports on bad input.
 */
import { AppError, type ErrorDetail } from '../errors/app-error';
import type { ErrorCode } from '../errors/catalog';
import { checkControlValues } from './business-checks';
import { readAppHeader, readGroupHeader, readTransaction, transactionSlots, type TransactionSlot } from './extract/message';
import { messageContent, paymentInfoContent } from './extract/sweep';
import { locateParts, messageRootPath, type DocumentPart, type LocatedMessage, type StrayContent } from './locate';
import { hasDefinition, isScreenedFamily, schemaFor } from './registry';
import { validateAsRootContent, validateRoot, type SchemaIssue } from './schema/validate';
import type { InboundMessage, MessageIdentification, PayeeField, TransactionView } from './types';
import { parseXml, type XmlLimits } from './xml/parser';
import { firstChild, textAt, type XmlElement } from './xml/tree';
import { sniffIdentification } from './sniff';

export interface ReadOptions {
  /** Schema validation on (default) or off (bench comparisons only). */
  validate?: boolean;
  /** Reject messages with more transactions than this (default unlimited; size is limited by HTTP). */
  maxTransactions?: number;
  /** Element count and nesting depth (default none: for re-reading stored messages, accepted under limits). */
  limits?: XmlLimits;
}

/** At most this many schema problems are listed per message. */
const MAX_DETAILS = 50;

export function readMessage(body: string | Uint8Array, options: ReadOptions = {}): InboundMessage {
  const { root, text } = parseXml(body, options.limits);
  const located = locateParts(root);
  // What could be identified, for the AppError context: computed only when an error is raised (identifying every
  // transaction of a 10,000-transaction batch for nothing would cost as much as reading it).
  const context = () => identificationOf(located) as unknown as Record<string, unknown>;
  const doc = located.document;
  if (doc === undefined) {
    throw new AppError('MESSAGE_NOT_ISO20022', 'No ISO 20022 Document was found in the body', { context: context() });
  }
  const family = doc.id.family;
  if (!isScreenedFamily(family)) {
    throw new AppError(
      'MESSAGE_UNSUPPORTED',
      `${doc.id.name} (${doc.id.namespace}) is not screened by this gateway; it screens pacs.008, pacs.009 and pain.001`,
      {
        context: context(),
      },
    );
  }
  if (!hasDefinition(doc.id.name)) {
    throw new AppError('MESSAGE_UNSUPPORTED', `${doc.id.name} (${doc.id.namespace}) is not a supported version of ${family}`, { context: context() });
  }
  const header = located.header;
  if (header !== undefined && !hasDefinition(header.id.name)) {
    throw new AppError('HEADER_INVALID', `The Business Application Header ${header.id.name} is not a supported head.001 version`, {
      context: context(),
      path: '/AppHdr',
      line: header.element.line,
    });
  }

  if (options.validate !== false) assertSchemaValid(doc, header, context);
  // After the schema, so that a schema fault is reported as such (the differential suite compares schema verdicts).
  assertNothingElse(located, context);

  const slots = transactionSlots(doc.messageRoot, family, messageRootPath(doc));
  if (options.maxTransactions !== undefined && slots.length > options.maxTransactions) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The message holds ${slots.length} transactions; at most ${options.maxTransactions} are accepted`, {
      context: context(),
    });
  }
  const appHdr = header !== undefined ? readAppHeader(header) : undefined;
  // A header naming another version of the same family is tolerated (hubs upgrading Document and header at
  // different times; several public CBPR+ samples do it); naming another message type is not.
  //
  // BizMsgIdr is not compared with GrpHdr/MsgId, on purpose: head.001 defines BizMsgIdr as the sending endpoint's
  // identification of the business message (header + Document), a reference of its own; neither the head.001
  // definition nor its message rules require it to equal the Document's MsgId (CBPR+ usage only recommends it).
  // Refusing a difference would refuse standard-conformant messages, and a difference carries no payment: the
  // header holds no transaction and no payee data, and the Document's MsgId is what duplicates are detected on.
  if (appHdr !== undefined && !headerNamesFamily(appHdr.msgDefIdr, doc.id.family)) {
    const el = firstChild(header!.element, 'MsgDefIdr');
    throw new AppError('HEADER_MISMATCH', `AppHdr/MsgDefIdr names ${appHdr.msgDefIdr || '(nothing)'} but the Document is ${doc.id.name}`, {
      path: el !== undefined ? header!.pathOf(el) : '/AppHdr',
      line: el?.line ?? header!.element.line,
      context: context(),
    });
  }
  const transactions = withMessageContent(
    slots.map((slot, i) => readTransaction(slot, i, family, doc)),
    slots,
    messageContent(doc, header, text),
    doc,
  );
  const problems = checkControlValues(doc, slots, transactions, family);
  if (problems.length > 0) {
    const first = problems[0];
    throw new AppError(first.code, first.message, { path: first.path, line: first.line, details: problems, context: context() });
  }
  return {
    id: doc.id,
    family,
    isCover: slots.some((s) => firstChild(s.tx, 'UndrlygCstmrCdtTrf') !== undefined),
    ...(appHdr !== undefined ? { appHdr } : {}),
    group: readGroupHeader(doc.messageRoot, appHdr?.fromBic),
    transactions,
    raw: text,
    ...(located.envelope !== undefined ? { envelope: { name: located.envelope.local, namespace: located.envelope.ns } } : {}),
  };
}

/**
 * Adds what travels with every transaction (message content; for pain.001 also its PmtInf block's) to each one's
 * payee fields: a hit there holds every transaction it would be forwarded with.
 */
function withMessageContent(
  transactions: TransactionView[],
  slots: readonly TransactionSlot[],
  shared: readonly PayeeField[],
  doc: DocumentPart,
): TransactionView[] {
  const blocks = new Map<XmlElement, readonly PayeeField[]>();
  return transactions.map((t, i) => {
    const pmtInf = slots[i].pmtInf;
    let block: readonly PayeeField[] = [];
    if (pmtInf !== undefined) {
      block = blocks.get(pmtInf) ?? paymentInfoContent(pmtInf, doc.pathOf);
      blocks.set(pmtInf, block);
    }
    return shared.length === 0 && block.length === 0 ? t : { ...t, payee: [...t.payee, ...block, ...shared] };
  });
}

/**
 * Best effort, never throws: what can be identified of any body (for RJCT reports of invalid input). `limits`
 * bound the parse as they bound reading it (past them the body is only sniffed).
 */
export function identifyMessage(body: string | Uint8Array, limits?: XmlLimits): MessageIdentification {
  try {
    return identificationOf(locateParts(parseXml(body, limits).root));
  } catch {
    try {
      return sniffIdentification(typeof body === 'string' ? body : new TextDecoder('utf-8').decode(body));
    } catch {
      return {};
    }
  }
}

/** Validates Document and AppHdr against their definitions; throws MESSAGE_INVALID / HEADER_INVALID with every problem. */
function assertSchemaValid(doc: DocumentPart, header: DocumentPart | undefined, context: () => Record<string, unknown>): void {
  const docIssues = validatePart(doc);
  const hdrIssues = header !== undefined ? validatePart(header) : [];
  if (docIssues.length === 0 && hdrIssues.length === 0) return;
  const code: ErrorCode = docIssues.length > 0 ? 'MESSAGE_INVALID' : 'HEADER_INVALID';
  const details = [...asDetails(docIssues, 'MESSAGE_INVALID'), ...asDetails(hdrIssues, 'HEADER_INVALID')].slice(0, MAX_DETAILS);
  const first = details[0];
  const what = code === 'MESSAGE_INVALID' ? doc.id.name : `The Business Application Header (${header!.id.name})`;
  throw new AppError(code, `${what} does not conform to its schema: ${first.message} at ${first.path} (line ${first.line})`, {
    path: first.path,
    line: first.line,
    details,
    context: context(),
  });
}

/**
 * Schema validation only, for any message type with a definition (also those the gateway does not screen):
 * the same parser, locator and validator as readMessage. Used by the conformance suite; throws like readMessage.
 */
export function validateSchemaOnly(body: string | Uint8Array): void {
  const { root } = parseXml(body);
  const located = locateParts(root);
  const context = () => identificationOf(located) as unknown as Record<string, unknown>;
  if (located.document === undefined) throw new AppError('MESSAGE_NOT_ISO20022', 'No ISO 20022 Document was found in the body', { context: context() });
  for (const part of [located.document, located.header]) {
    if (part !== undefined && !hasDefinition(part.id.name))
      throw new AppError('MESSAGE_UNSUPPORTED', `No definition for ${part.id.name}`, { context: context() });
  }
  assertSchemaValid(located.document, located.header, context);
}

/** MsgDefIdr names a version of the family: pacs.008.001.08 (a national variant's suffix may follow). */
function headerNamesFamily(msgDefIdr: string, family: string): boolean {
  return msgDefIdr.startsWith(family + '.') && /^\.[0-9]{3}\.[0-9]{2}(\.|$)/.test(msgDefIdr.slice(family.length));
}

/** At most this many pieces of stray content are listed per message. */
const MAX_STRAY_DETAILS = 20;

/**
 * Every byte forwarded to the core has been screened, or the message is refused: only the first Document and the
 * first AppHdr are read and screened, and a cleared message is forwarded as received, so anything else in the body
 * (a second Document or AppHdr, an element, text or attribute beside them in the wrapper) refuses it.
 */
function assertNothingElse(located: LocatedMessage, context: () => Record<string, unknown>): void {
  if (located.stray.length === 0) return;
  const ambiguous = located.stray.some((s) => s.kind === 'document' || s.kind === 'header');
  const code: ErrorCode = ambiguous ? 'MESSAGE_AMBIGUOUS' : 'MESSAGE_EXTRA_CONTENT';
  const details = located.stray.slice(0, MAX_STRAY_DETAILS).map((s) => {
    const c: ErrorCode = s.kind === 'document' || s.kind === 'header' ? 'MESSAGE_AMBIGUOUS' : 'MESSAGE_EXTRA_CONTENT';
    return { code: c, message: strayMessage(s), path: s.path, line: s.element.line };
  });
  const first = details.find((d) => d.code === code)!;
  throw new AppError(code, `${first.message} at ${first.path} (line ${first.line}): only one Document and one AppHdr are screened and forwarded`, {
    path: first.path,
    line: first.line,
    details,
    context: context(),
  });
}

function strayMessage(s: StrayContent): string {
  switch (s.kind) {
    case 'document':
      return 'A second Document';
    case 'header':
      return 'A second AppHdr';
    case 'element':
      return `The element '${s.element.local}' is neither the AppHdr, the Document nor a wrapper around them`;
    case 'text':
      return `Text is not allowed in the wrapper element '${s.element.local}'`;
    case 'attribute':
      return `The attribute '${s.attribute}' is not allowed on the wrapper element '${s.element.local}'`;
  }
}

function validatePart(part: DocumentPart): SchemaIssue[] {
  const schema = schemaFor(part.id.name);
  const options = { maxIssues: MAX_DETAILS, pathOf: part.pathOf, namespace: part.id.namespace };
  return part.virtual ? validateAsRootContent(schema, part.element, options) : validateRoot(schema, part.element, options);
}

function asDetails(issues: readonly SchemaIssue[], code: ErrorCode): ErrorDetail[] {
  return issues.map((i) => ({ code, message: i.message, path: i.path, line: i.line }));
}

function identificationOf(located: LocatedMessage): MessageIdentification {
  const doc = located.document;
  const hdr = located.header;
  const ident: { -readonly [K in keyof MessageIdentification]: MessageIdentification[K] } = {};
  if (doc !== undefined) {
    ident.id = doc.id;
    const msgId = textAt(doc.messageRoot, 'GrpHdr/MsgId') ?? textAt(doc.messageRoot, 'GrpHdr/GrpId');
    if (msgId !== undefined) ident.msgId = msgId;
    const family = doc.id.family;
    if (isScreenedFamily(family)) {
      ident.transactions = transactionSlots(doc.messageRoot, family, messageRootPath(doc)).map((slot, i) => {
        const t = readTransaction(slot, i, family, doc, false);
        return {
          endToEndId: t.endToEndId,
          ...(t.txId !== undefined ? { txId: t.txId } : {}),
          ...(t.uetr !== undefined ? { uetr: t.uetr } : {}),
          ...(t.instrId !== undefined ? { instrId: t.instrId } : {}),
        };
      });
    }
  }
  if (hdr !== undefined) {
    const h = readAppHeader(hdr);
    ident.appHdr = {
      bizMsgIdr: h.bizMsgIdr,
      msgDefIdr: h.msgDefIdr,
      ...(h.fromBic !== undefined ? { fromBic: h.fromBic } : {}),
      ...(h.toBic !== undefined ? { toBic: h.toBic } : {}),
    };
  }
  return ident;
}
