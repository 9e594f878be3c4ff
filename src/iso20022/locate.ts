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
  /**
   * Everything in the body that is neither inside the (first) Document, inside the (first) AppHdr, nor a wrapper
   * element around them: a second Document or AppHdr, a foreign element, text or an attribute in a wrapper. A
   * cleared message is forwarded byte for byte, so none of it may exist unscreened: readMessage refuses the body.
   */
  readonly stray: readonly StrayContent[];
}

export type StrayKind = 'document' | 'header' | 'element' | 'text' | 'attribute';

export interface StrayContent {
  readonly kind: StrayKind;
  readonly element: XmlElement;
  /** Absolute path of the element (/Envelope/Document[2]), whatever it is. */
  readonly path: string;
  /** The attribute's qualified name, for kind 'attribute'. */
  readonly attribute?: string;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * Walks the whole tree (not only up to the first Document): every element outside the AppHdr and Document subtrees
 * must be a wrapper on the way to one of them, carrying no text and no attribute but xsi:* (real SWIFT envelopes
 * carry xsi:schemaLocation).
 */
export function locateParts(root: XmlElement): LocatedMessage {
  const documents: DocumentPart[] = [];
  const headers: DocumentPart[] = [];
  const wrappers: XmlElement[] = [];
  const stray: StrayContent[] = [];
  const strayOf = (kind: StrayKind, element: XmlElement, attribute?: string): void => {
    stray.push({ kind, element, path: elementPath(element), ...(attribute !== undefined ? { attribute } : {}) });
  };
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.local === 'AppHdr') {
      const header = headerPart(el);
      if (header !== undefined) {
        headers.push(header);
        continue;
      }
    }
    const id = identifyNamespace(el.ns);
    if (id !== undefined && !isHeaderId(id)) {
      if (el.local === 'Document') {
        documents.push(part(id, el, false, 'Document'));
        continue;
      }
      if (el.parent !== undefined) {
        // Wrapper-as-Document: the parent is the Document; its other children are its content (validated as such).
        const container = el.parent;
        if (!documents.some((d) => d.element === container)) {
          documents.push(part(id, container, true, 'Document'));
          const w = wrappers.indexOf(container);
          if (w >= 0) wrappers.splice(w, 1);
          // its own text and attributes are not validated as Document content: judged like a wrapper's
          checkWrapperContent(container, strayOf);
        }
        continue;
      }
    }
    wrappers.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  const document = documents[0];
  const header = headers[0];
  for (const d of documents.slice(1)) strayOf('document', d.element);
  for (const h of headers.slice(1)) strayOf('header', h.element);
  const foreign = new Set<XmlElement>();
  for (const w of wrappers) {
    if (holds(w, document) || holds(w, header)) checkWrapperContent(w, strayOf);
    else {
      foreign.add(w);
      // one report per foreign subtree, at its top
      if (w.parent === undefined || !foreign.has(w.parent)) strayOf('element', w);
    }
  }
  // Found depth-first from the end of each element's children: report in document order.
  stray.sort((a, b) => a.element.start - b.element.start);
  const envelope =
    document !== undefined && header !== undefined && !document.virtual && document.element.parent === header.element.parent
      ? document.element.parent
      : undefined;
  return { document, header, envelope, stray };
}

function headerPart(el: XmlElement): DocumentPart | undefined {
  const id = identifyNamespace(el.ns);
  if (id !== undefined && isHeaderId(id)) return part(id, el, false, 'AppHdr');
  if (el.ns.startsWith(ISO_URN)) return part(unknownHeaderId(el.ns), el, false, 'AppHdr');
  const childNs = el.children.length > 0 ? el.children[0].ns : '';
  const childId = identifyNamespace(childNs);
  if (childId !== undefined && isHeaderId(childId)) return part(childId, el, true, 'AppHdr');
  if (childNs.startsWith(`${ISO_URN}tech:xsd:head.001`)) return part(unknownHeaderId(childNs), el, true, 'AppHdr');
  return undefined;
}

/** Whether `wrapper` is the part's element or one of its ancestors. */
function holds(wrapper: XmlElement, p: DocumentPart | undefined): boolean {
  for (let cur = p?.element; cur !== undefined; cur = cur.parent) if (cur === wrapper) return true;
  return false;
}

function checkWrapperContent(el: XmlElement, strayOf: (kind: StrayKind, element: XmlElement, attribute?: string) => void): void {
  if (/[^ \t\r\n]/.test(el.text) || el.cdata === true) strayOf('text', el);
  for (const a of el.attrs ?? []) if (a.ns !== XSI) strayOf('attribute', el, a.name);
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
