/**
 * Finds the AppHdr and the Document of a message in a libxml2 tree, by the same rules as
 * src/iso20022/locate.ts (first Document in an ISO 20022 or registered namespace, first AppHdr in a head.001
 * namespace, TCH RTP's ISO elements directly in a wrapper), so strict mode checks exactly what the gateway read.
 */
import type { XmlElement } from 'libxml2-wasm' with { 'resolution-mode': 'import' };
import { identifyNamespace } from '../iso20022';

export interface LibXmlPart {
  readonly role: 'document' | 'header';
  readonly element: XmlElement;
  readonly namespace: string;
  /** The element stands for the root: its element children are the content (wrapper-as-Document form). */
  readonly virtual: boolean;
}

function elementChildren(el: XmlElement, XmlElementClass: new (...args: never[]) => XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  // libxml2-wasm yields undefined (not null) after some node kinds (processing instructions): test both.
  for (let c = el.firstChild; c !== null && c !== undefined; c = c.next) if (c instanceof XmlElementClass) out.push(c);
  return out;
}

export function findParts(root: XmlElement, XmlElementClass: new (...args: never[]) => XmlElement): LibXmlPart[] {
  let doc: LibXmlPart | undefined;
  let hdr: LibXmlPart | undefined;
  const isHeader = (ns: string) => identifyNamespace(ns)?.family === 'head.001';
  const stack: XmlElement[] = [root];
  while (stack.length > 0 && (doc === undefined || hdr === undefined)) {
    const el = stack.pop()!;
    const ns = el.namespaceUri;
    const id = identifyNamespace(ns);
    if (el.name === 'AppHdr' && hdr === undefined) {
      if (isHeader(ns)) {
        hdr = { role: 'header', element: el, namespace: ns, virtual: false };
        continue;
      }
      const first = elementChildren(el, XmlElementClass)[0];
      if (first !== undefined && isHeader(first.namespaceUri)) {
        hdr = { role: 'header', element: el, namespace: first.namespaceUri, virtual: true };
        continue;
      }
    }
    if (id !== undefined && id.family !== 'head.001' && doc === undefined) {
      if (el.name === 'Document') {
        doc = { role: 'document', element: el, namespace: ns, virtual: false };
        continue;
      }
      if (el.parent !== null) {
        doc = { role: 'document', element: el.parent, namespace: ns, virtual: true };
        continue;
      }
    }
    const kids = elementChildren(el, XmlElementClass);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return [doc, hdr].filter((p): p is LibXmlPart => p !== undefined);
}

/** The wrapper-as-root forms re-wrapped as a standalone root element, all in-scope prefixes declared. */
export function rewrap(part: LibXmlPart, XmlElementClass: new (...args: never[]) => XmlElement): string {
  const rootName = part.role === 'document' ? 'Document' : 'AppHdr';
  const decls = Object.entries(part.element.namespaces ?? {})
    .filter(([prefix]) => prefix !== '')
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  const inner = elementChildren(part.element, XmlElementClass)
    .map((c) => c.toString())
    .join('');
  return `<${rootName} xmlns="${part.namespace}"${decls}>${inner}</${rootName}>`;
}
