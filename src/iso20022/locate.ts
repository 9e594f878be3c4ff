/**
 * Finds the Business Application Header and the Document inside whatever transport wrapper the hub uses
 * (Envelope, RequestPayload, BusMsg, Message, FedNow's …), with or without namespace prefixes.
 *
 * Two non-standard forms are read too, because real hubs send them (TCH RTP):
 *  - ISO message elements directly inside a non-ISO wrapper, with no Document element
 *    (<Message xmlns="urn:tch"><FICreditTransfer><c9:FICdtTrf>…): the wrapper is read as the Document;
 *  - an AppHdr element in the wrapper's namespace whose children are head.001 elements.
 */
import { identifyNamespace, isHeaderId } from './registry';

/** An AppHdr in the ISO 20022 namespace space is a header even when the namespace is not one we know. */
const ISO_URN = 'urn:iso:std:iso:20022:';

/** Stands for an AppHdr whose namespace names no head.001 version: it has no definition, so it is rejected. */
function unknownHeaderId(namespace: string): MessageId {
  return { area: 'head', functionality: '001', variant: '001', version: '??', name: `head.001 (${namespace})`, family: 'head.001', namespace };
}
import type { MessageId } from './types';
import { elementPath, type XmlElement } from './xml/tree';

export interface DocumentPart {
  readonly id: MessageId;
  /** The Document element, or for the wrapper-as-Document form the wrapper around the message root. */
  readonly element: XmlElement;
  /** True for the wrapper-as-Document form: `element` is not a Document and its children are the content. */
  readonly virtual: boolean;
  /** The message root (FIToFICstmrCdtTrf, FICdtTrf, CstmrCdtTrfInitn …), when the Document has one child element. */
  readonly messageRoot: XmlElement | undefined;
  /** Reported path of an element: /Document/… whatever the wrapping. */
  readonly pathOf: (el: XmlElement) => string;
}

export interface LocatedMessage {
  readonly document?: DocumentPart;
  readonly header?: DocumentPart;
  /** The element directly around both AppHdr and Document, when they are siblings inside a wrapper. */
  readonly envelope?: XmlElement;
}

export function locateParts(root: XmlElement): LocatedMessage {
  let document: DocumentPart | undefined;
  let header: DocumentPart | undefined;
  const stack: XmlElement[] = [root];
  while (stack.length > 0 && (document === undefined || header === undefined)) {
    const el = stack.pop()!;
    const id = identifyNamespace(el.ns);
    if (el.local === 'AppHdr') {
      if (header === undefined) {
        if (id !== undefined && isHeaderId(id)) header = part(id, el, false, 'AppHdr');
        else if (el.ns.startsWith(ISO_URN)) header = part(unknownHeaderId(el.ns), el, false, 'AppHdr');
        else {
          const childNs = el.children.length > 0 ? el.children[0].ns : '';
          const childId = identifyNamespace(childNs);
          if (childId !== undefined && isHeaderId(childId)) header = part(childId, el, true, 'AppHdr');
          else if (childNs.startsWith(`${ISO_URN}tech:xsd:head.001`)) header = part(unknownHeaderId(childNs), el, true, 'AppHdr');
        }
      }
      if (header?.element === el) continue;
    }
    if (id !== undefined && !isHeaderId(id) && document === undefined) {
      if (el.local === 'Document') {
        document = part(id, el, false, 'Document');
        continue;
      }
      if (el.parent !== undefined) {
        document = part(id, el.parent, true, 'Document');
        continue;
      }
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  const envelope =
    document !== undefined && header !== undefined && !document.virtual && document.element.parent === header.element.parent
      ? document.element.parent
      : undefined;
  return { document, header, envelope };
}

function part(id: MessageId, element: XmlElement, virtual: boolean, rootName: string): DocumentPart {
  const messageRoot = element.children.length === 1 ? element.children[0] : undefined;
  const pathOf = virtual
    ? (el: XmlElement) => (el === element ? `/${rootName}` : `/${rootName}/${elementPath(el, element)}`)
    : element.parent === undefined
      ? (el: XmlElement) => elementPath(el)
      : (el: XmlElement) => `/${elementPath(el, element.parent)}`;
  return { id, element, virtual, messageRoot, pathOf };
}

/** Path of the message root element (/Document/FIToFICstmrCdtTrf), '' when there is none. */
export function messageRootPath(part: DocumentPart): string {
  return part.messageRoot === undefined ? '' : part.pathOf(part.messageRoot);
}
