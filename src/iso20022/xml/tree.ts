/**
 * The element tree the ISO 20022 layer works on. Built by ./parser.ts, read by the validator, the extractors
 * and the builders. Only elements are nodes; character data is kept as the element's `text`.
 */

export interface XmlAttribute {
  /** Qualified name as written, e.g. 'Ccy' or 'xsi:schemaLocation'. */
  readonly name: string;
  readonly local: string;
  /** Namespace URI ('' for unprefixed attributes, which have no namespace). */
  readonly ns: string;
  /** Decoded, whitespace-normalised value. */
  readonly value: string;
}

export interface XmlElement {
  /** Qualified name as written, e.g. 'pacs:Document'. */
  readonly name: string;
  readonly local: string;
  /** Resolved namespace URI ('' when none). */
  readonly ns: string;
  /** Non-namespace-declaration attributes; undefined when there are none. */
  attrs: XmlAttribute[] | undefined;
  /** Namespace declarations made on this element (prefix '' for the default namespace); undefined when none. */
  nsDecls: Array<[prefix: string, uri: string]> | undefined;
  /** Child elements in order (leaves share one frozen empty array). */
  children: XmlElement[];
  /**
   * Character data directly inside this element (entities decoded, CDATA included), concatenated.
   * For elements with child elements it is '' unless non-whitespace text was found (mixed content, always invalid here).
   */
  text: string;
  /** Set when a CDATA section occurs directly inside: in element-only content even an empty one is content (libxml2). */
  cdata?: true;
  readonly parent: XmlElement | undefined;
  /** 1-based line of the start tag's '<'. */
  readonly line: number;
  /** Offset of the start tag's '<' in the parsed string. */
  readonly start: number;
  /** Offset just after the start tag's '>' (equals `end` for an empty-element tag). */
  contentStart: number;
  /** Offset of the end tag's '<' (equals `end` for an empty-element tag). */
  contentEnd: number;
  /** Offset just after the element's last '>'. */
  end: number;
}

export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

export function firstChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (el === undefined) return undefined;
  for (const c of el.children) if (c.local === local) return c;
  return undefined;
}

/** Follows a path of local names ('GrpHdr/MsgId'), taking the first match at each step. */
export function descend(el: XmlElement | undefined, path: string): XmlElement | undefined {
  let cur = el;
  for (const step of path.split('/')) {
    cur = firstChild(cur, step);
    if (cur === undefined) return undefined;
  }
  return cur;
}

export function textAt(el: XmlElement | undefined, path: string): string | undefined {
  const found = descend(el, path);
  return found === undefined ? undefined : found.text;
}

/**
 * Absolute location of an element as an XPath-like string of local names, with a 1-based [n] only where the
 * element has same-named siblings: /Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]/Cdtr/Nm.
 * `stopAt` (exclusive) makes the path relative to an ancestor.
 */
export function elementPath(el: XmlElement, stopAt?: XmlElement): string {
  const steps: string[] = [];
  let cur: XmlElement | undefined = el;
  while (cur !== undefined && cur !== stopAt) {
    steps.push(stepName(cur));
    cur = cur.parent;
  }
  steps.reverse();
  return stopAt === undefined ? '/' + steps.join('/') : steps.join('/');
}

function stepName(el: XmlElement): string {
  const parent = el.parent;
  if (parent === undefined) return el.local;
  let count = 0;
  let position = 0;
  for (const sibling of parent.children) {
    if (sibling.local === el.local && sibling.ns === el.ns) {
      count++;
      if (sibling === el) position = count;
    }
  }
  return count > 1 ? `${el.local}[${position}]` : el.local;
}
