/**
 * Validates an element tree against a compiled schema, the way an XSD processor (libxml2) does for the subset of
 * XSD that ISO 20022 uses: element order and cardinality (greedy matching, which is exact under XSD's Unique
 * Particle Attribution rule), choices, wildcards, attributes, simple-type lexical spaces and facets.
 *
 * The fast path validates while matching and allocates nothing per node. Only when a content model fails is the
 * match run again in a diagnosing mode that records which elements were expected, for the error message.
 */
import type { XmlElement } from '../xml/tree';
import { ParticleKind, type CompiledAttribute, type CompiledSchema, type CompiledType, type GroupParticle, type Particle } from './compile';

export interface SchemaIssue {
  readonly message: string;
  /** Absolute path, e.g. /Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]/Cdtr/Nm */
  readonly path: string;
  readonly line: number;
}

export interface ValidateOptions {
  /** Stop collecting after this many issues (a 10,000-transaction batch with one systematic fault needs no 10,000 lines). */
  readonly maxIssues?: number;
  /** Computes the reported path of an element (lets callers root paths at /Document inside any wrapper). */
  readonly pathOf: (el: XmlElement) => string;
  /** The namespace the message uses; differs from the schema's for a national variant read as its base. */
  readonly namespace?: string;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const NON_WHITESPACE = /[^ \t\n\r]/;
const NO_ATTRIBUTES: readonly CompiledAttribute[] = [];

/** Validates `root` as the schema's global element. */
export function validateRoot(schema: CompiledSchema, root: XmlElement, options: ValidateOptions): SchemaIssue[] {
  const ns = options.namespace ?? schema.namespace;
  const v = new Validator(ns, options);
  if (root.local !== schema.rootName || root.ns !== ns) {
    v.issue(root, `Element '${root.local}' in namespace '${root.ns}' is not the ${schema.rootName} of ${schema.id}`);
  } else v.element(root, schema.rootType);
  return v.issues;
}

/**
 * Validates the children of `container` as the content of the schema's root element: for ISO elements found
 * directly inside a non-ISO wrapper (TCH RTP's <Message><FICreditTransfer><c9:FICdtTrf>…), which are read as if
 * they were wrapped in the root element.
 */
export function validateAsRootContent(schema: CompiledSchema, container: XmlElement, options: ValidateOptions): SchemaIssue[] {
  const v = new Validator(options.namespace ?? schema.namespace, options);
  if (schema.rootType.kind !== 'complex') throw new Error('root type must be complex');
  v.content(container, schema.rootType.content);
  return v.issues;
}

class Validator {
  readonly issues: SchemaIssue[] = [];
  private readonly maxIssues: number;
  private diagnosing = false;
  private expectPos = -1;
  private expected: string[] = [];

  constructor(
    private readonly ns: string,
    private readonly options: ValidateOptions,
  ) {
    this.maxIssues = options.maxIssues ?? 100;
  }

  issue(el: XmlElement, message: string): void {
    if (this.issues.length < this.maxIssues) this.issues.push({ message, path: this.options.pathOf(el), line: el.line });
  }

  element(el: XmlElement, type: CompiledType): void {
    if (this.issues.length >= this.maxIssues) return;
    if (type.kind === 'simple') {
      if (el.attrs !== undefined || type.attrs.length > 0) this.attributes(el, type.attrs);
      if (el.children.length > 0) {
        this.issue(el.children[0], `Element '${el.children[0].local}' is not allowed inside '${el.local}', which holds a value`);
        return;
      }
      const reason = type.check(el.text);
      if (reason !== undefined) this.issue(el, `The value of '${el.local}' is invalid: ${reason}`);
      return;
    }
    if (el.attrs !== undefined) this.attributes(el, NO_ATTRIBUTES);
    if ((el.text !== '' && NON_WHITESPACE.test(el.text)) || el.cdata === true) this.issue(el, `Text is not allowed directly inside '${el.local}'`);
    this.content(el, type.content);
  }

  content(el: XmlElement, content: GroupParticle): void {
    const kids = el.children;
    const end = this.match(content, kids, 0);
    if (end < 0 || end < kids.length) this.reportContent(el, content, end);
  }

  private attributes(el: XmlElement, declared: readonly CompiledAttribute[]): void {
    const attrs = el.attrs ?? [];
    for (const a of attrs) {
      if (a.ns === XSI && (a.local === 'schemaLocation' || a.local === 'noNamespaceSchemaLocation')) continue;
      const decl = a.ns === '' ? declared.find((d) => d.name === a.local) : undefined;
      if (decl === undefined) {
        this.issue(el, `Attribute '${a.name}' is not allowed on '${el.local}'`);
        continue;
      }
      const reason = decl.check(a.value);
      if (reason !== undefined) this.issue(el, `The attribute '${a.name}' of '${el.local}' is invalid: ${reason}`);
    }
    for (const d of declared) {
      if (d.required && !attrs.some((a) => a.ns === '' && a.local === d.name)) this.issue(el, `The attribute '${d.name}' of '${el.local}' is required`);
    }
  }

  /** Matches `p` against kids from index i; returns the index after what it consumed, or -1 when it cannot match. */
  private match(p: Particle, kids: readonly XmlElement[], i: number): number {
    switch (p.kind) {
      case ParticleKind.Element: {
        let count = 0;
        while (i < kids.length && count < p.max) {
          const k = kids[i];
          if (k.local !== p.name || k.ns !== this.ns) break;
          if (!this.diagnosing) this.element(k, p.type);
          i++;
          count++;
        }
        if (this.diagnosing && count < p.max) this.expect(i, p.name);
        return count < p.min ? -1 : i;
      }
      case ParticleKind.Any: {
        let count = 0;
        while (i < kids.length && count < p.max && p.allows(kids[i].ns)) {
          i++;
          count++;
        }
        if (this.diagnosing && count < p.max) this.expect(i, '(any element)');
        return count < p.min ? -1 : i;
      }
      case ParticleKind.Sequence: {
        let reps = 0;
        while (reps < p.max) {
          const start = i;
          let j = i;
          for (const item of p.items) {
            j = this.match(item, kids, j);
            if (j < 0) break;
          }
          if (j < 0) return reps >= p.min ? start : -1;
          reps++;
          if (j === start) break;
          i = j;
        }
        return reps >= p.min || p.emptiable ? i : -1;
      }
      case ParticleKind.Choice: {
        let reps = 0;
        while (reps < p.max && i < kids.length) {
          const k = kids[i];
          let branch: Particle | undefined;
          for (const item of p.items) {
            if (this.startsWith(item, k)) {
              branch = item;
              break;
            }
          }
          if (branch === undefined) break;
          const j = this.match(branch, kids, i);
          if (j < 0) return -1;
          reps++;
          if (j === i) break;
          i = j;
        }
        if (this.diagnosing && reps < p.max) for (const item of p.items) this.expectFirst(i, item);
        return reps >= p.min || p.emptiable ? i : -1;
      }
    }
  }

  private startsWith(p: Particle, k: XmlElement): boolean {
    switch (p.kind) {
      case ParticleKind.Element:
        return k.local === p.name && k.ns === this.ns;
      case ParticleKind.Any:
        return p.allows(k.ns);
      case ParticleKind.Choice:
        return p.items.some((item) => this.startsWith(item, k));
      case ParticleKind.Sequence:
        for (const item of p.items) {
          if (this.startsWith(item, k)) return true;
          if (!(item.kind === ParticleKind.Element || item.kind === ParticleKind.Any ? item.min === 0 : item.emptiable)) return false;
        }
        return false;
    }
  }

  private expect(pos: number, name: string): void {
    if (pos > this.expectPos) {
      this.expectPos = pos;
      this.expected = [name];
    } else if (pos === this.expectPos && !this.expected.includes(name)) this.expected.push(name);
  }

  private expectFirst(pos: number, p: Particle): void {
    if (p.kind === ParticleKind.Element) this.expect(pos, p.name);
    else if (p.kind === ParticleKind.Any) this.expect(pos, '(any element)');
    else for (const item of p.items) this.expectFirst(pos, item);
  }

  private reportContent(el: XmlElement, content: GroupParticle, end: number): void {
    const kids = el.children;
    this.diagnosing = true;
    this.expectPos = -1;
    this.expected = [];
    const diagnosed = this.match(content, kids, 0);
    this.diagnosing = false;
    // Leftover children: the first one is unexpected. Failure: report where matching got furthest.
    const pos = diagnosed >= 0 ? diagnosed : end >= 0 ? end : Math.max(this.expectPos, 0);
    const expected = this.expectPos === pos && this.expected.length > 0 ? this.expected.join(', ') : undefined;
    if (pos < kids.length) {
      const k = kids[pos];
      const foreign = k.ns !== this.ns ? ` (namespace '${k.ns}')` : '';
      this.issue(k, `Element '${k.local}'${foreign} is not expected here${expected !== undefined ? `; expected: ${expected}` : ''}`);
    } else {
      this.issue(el, `Element '${el.local}' is incomplete${expected !== undefined ? `; missing: ${expected}` : ''}`);
    }
  }
}
