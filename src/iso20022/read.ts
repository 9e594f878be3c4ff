/**
 * readMessage: parse → locate AppHdr + Document → identify → validate against the definitions → extract →
 * control-value checks. identifyMessage: the best-effort, never-throwing variant for reports on bad input.
 */
import { AppError, type ErrorDetail } from '../errors/app-error';
import type { ErrorCode } from '../errors/catalog';
import { checkControlValues } from './business-checks';
import { readAppHeader, readGroupHeader, readTransaction, transactionSlots } from './extract/message';
import { locateParts, messageRootPath, type DocumentPart, type LocatedMessage } from './locate';
import { hasDefinition, isScreenedFamily, schemaFor } from './registry';
import { validateAsRootContent, validateRoot, type SchemaIssue } from './schema/validate';
import type { InboundMessage, MessageIdentification } from './types';
import { parseXml } from './xml/parser';
import { firstChild, textAt } from './xml/tree';
import { sniffIdentification } from './sniff';

export interface ReadOptions {
  /** Schema validation on (default) or off (bench comparisons only). */
  validate?: boolean;
  /** Reject messages with more transactions than this (default unlimited; size is limited by HTTP). */
  maxTransactions?: number;
}

/** At most this many schema problems are listed per message. */
const MAX_DETAILS = 50;

export function readMessage(body: string | Uint8Array, options: ReadOptions = {}): InboundMessage {
  const { root, text } = parseXml(body);
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
    throw new AppError('MESSAGE_UNSUPPORTED', `${doc.id.name} (${doc.id.namespace}) is not screened by this gateway; it screens pacs.008, pacs.009 and pain.001`, {
      context: context(),
    });
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

  const slots = transactionSlots(doc.messageRoot, family, messageRootPath(doc));
  if (options.maxTransactions !== undefined && slots.length > options.maxTransactions) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The message holds ${slots.length} transactions; at most ${options.maxTransactions} are accepted`, { context: context() });
  }
  const appHdr = header !== undefined ? readAppHeader(header) : undefined;
  // A header naming another version of the same family is tolerated (hubs upgrading Document and header at
  // different times; several public CBPR+ samples do it); naming another message type is not.
  if (appHdr !== undefined && !headerNamesFamily(appHdr.msgDefIdr, doc.id.family)) {
    const el = firstChild(header!.element, 'MsgDefIdr');
    throw new AppError('HEADER_MISMATCH', `AppHdr/MsgDefIdr names ${appHdr.msgDefIdr || '(nothing)'} but the Document is ${doc.id.name}`, {
      path: el !== undefined ? header!.pathOf(el) : '/AppHdr',
      line: el?.line ?? header!.element.line,
      context: context(),
    });
  }
  const transactions = slots.map((slot, i) => readTransaction(slot, i, family, doc));
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

/** Best effort, never throws: what can be identified of any body (for RJCT reports of invalid input). */
export function identifyMessage(body: string | Uint8Array): MessageIdentification {
  try {
    return identificationOf(locateParts(parseXml(body).root));
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
    if (part !== undefined && !hasDefinition(part.id.name)) throw new AppError('MESSAGE_UNSUPPORTED', `No definition for ${part.id.name}`, { context: context() });
  }
  assertSchemaValid(located.document, located.header, context);
}

function headerNamesFamily(msgDefIdr: string, family: string): boolean {
  return msgDefIdr.startsWith(family + '.');
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
