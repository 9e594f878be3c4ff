/**
 * A strict, non-validating XML 1.0 + Namespaces parser producing the element tree of ./tree.ts.
 *
 * Why not fast-xml-parser: chokepoint must reject exactly what libxml2 rejects, and fast-xml-parser's parser
 * silently accepts truncated documents (`<a><b>x</b>`), mismatched end tags, several root elements, undefined
 * entities and expands internal DTD entities; its separate XMLValidator is a second full pass and still accepts
 * several roots and undefined entities. Neither resolves namespaces nor gives line numbers per element without a
 * second computation. This parser does all of it in one pass, keeps text exactly (no trimming: XSD lengths count
 * whitespace) and records offsets so builders can cut the original text instead of re-serialising it.
 *
 * Security: DOCTYPE declarations are refused outright, so there is no DTD, no entity expansion (no XXE, no
 * billion laughs) and no external fetch of any kind. Only the five predefined entities and character references
 * are decoded.
 */
import { AppError } from '../../errors/app-error';
import type { XmlAttribute, XmlElement } from './tree';

/**
 * Structural limits of one parse. Every element costs a node in the tree (about 130 bytes, far more than the 4 bytes
 * of `<a/>`), so without them a body of tiny elements within the byte limit costs gigabytes. Checked while parsing:
 * the parse stops at the element that crosses a limit, before the rest of the tree is built.
 */
export interface XmlLimits {
  /** Elements in the whole document (every start tag counts). */
  readonly maxElements: number;
  /** Nesting depth (the root element is depth 1). */
  readonly maxDepth: number;
}

/** No limits: for re-reading what was accepted before under the limits then in force. */
export const NO_XML_LIMITS: XmlLimits = { maxElements: Infinity, maxDepth: Infinity };

export interface XmlDocument {
  readonly root: XmlElement;
  /** The text that was parsed (after decoding bytes; a leading BOM is kept here and skipped by the parser). */
  readonly text: string;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Characters XML 1.0 forbids anywhere (C0 controls other than TAB/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are what this matches
const ILLEGAL_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NON_WHITESPACE = /[^ \t\r\n]/;
/** Text needing more than a copy: entity references, CR (line-end normalisation), a possible ']]>'. */
const SPECIAL_IN_TEXT = /[&\r\]]/;
const NAME_START =
  /^[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDBFF]/;
const NAME_REST =
  /^[A-Za-z0-9_.\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDFFF]*$/;

/**
 * Parses `text` (a string or UTF-8/UTF-16/Latin-1 bytes). Throws AppError XML_MALFORMED with line and column, or
 * XML_LIMIT_EXCEEDED where the document crosses one of `limits`.
 */
export function parseXml(input: string | Uint8Array, limits: XmlLimits = NO_XML_LIMITS): XmlDocument {
  const text = typeof input === 'string' ? input : decodeBytes(input);
  return new Parser(text, limits).parseDocument();
}

/**
 * The UTF-8 decoder of every body that is UTF-8 (nearly all), made once: making one cost as much as decoding a small
 * body. decode() without { stream } starts afresh each call, a failed one included.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a request body: BOM first, then the encoding declaration, default UTF-8 (strict). */
export function decodeBytes(bytes: Uint8Array): string {
  let encoding = 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else {
    // apply, not a spread: the spread walks the bytes through the iterator protocol (most of decoding a small body)
    const head = String.fromCharCode.apply(null, bytes.subarray(0, Math.min(bytes.length, 200)) as unknown as number[]);
    const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
    if (declared !== null) {
      const name = declared[1].toLowerCase();
      if (name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii' || name === 'ascii') encoding = 'latin1';
      else if (name === 'utf-16') encoding = 'utf-16le';
      else if (name !== 'utf-8' && name !== 'utf8') {
        throw new AppError('XML_MALFORMED', `Unsupported encoding '${declared[1]}' (use UTF-8)`, { line: 1 });
      }
    }
  }
  try {
    // ignoreBOM keeps a BOM in the string so the raw body stays byte-identical when re-encoded.
    return (encoding === 'utf-8' ? UTF8 : new TextDecoder(encoding, { fatal: true, ignoreBOM: true })).decode(bytes);
  } catch {
    throw new AppError('XML_MALFORMED', `The body is not valid ${encoding.toUpperCase()}`, { line: 1 });
  }
}

/**
 * Valid names seen so far, shared by all parses (a cache: it never changes a result). Bounded, so a stream of
 * random names cannot grow it without limit; past the limit new names are simply not interned.
 */
const NAME_CACHE = { names: new Map<number, string[]>(), locals: new Map<string, string>(), size: 0 };
const NAME_CACHE_LIMIT = 20_000;

/** Shared by all leaves (most elements): one empty array instead of hundreds of thousands. Never mutated. */
const NO_CHILDREN: XmlElement[] = [];
Object.freeze(NO_CHILDREN);

interface OpenElement {
  el: XmlElement;
  /** Number of namespace bindings pushed by this element. */
  pushed: number;
  hasChildren: boolean;
}

class Parser {
  private pos = 0;
  private lineCountedTo = 0;
  private line = 1;
  private nextNewline = -1;
  /**
   * Namespace bindings in scope: per prefix a stack of URIs (innermost last), and the order prefixes were bound in,
   * so an element's bindings can be undone. O(1) lookups however many prefixes a document declares.
   */
  private readonly scopes = new Map<string, string[]>([['xml', [XML_NS]]]);
  private readonly bound: string[] = [];
  private readonly names = NAME_CACHE.names;
  private readonly locals = NAME_CACHE.locals;

  private elements = 0;

  constructor(
    private readonly src: string,
    private readonly limits: XmlLimits,
  ) {
    const nl = src.indexOf('\n');
    this.nextNewline = nl < 0 ? Infinity : nl;
  }

  parseDocument(): XmlDocument {
    const src = this.src;
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
    const illegal = ILLEGAL_CHAR.exec(src);
    if (illegal !== null) this.fail(`Character U+${illegal[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, illegal.index);
    if (src.startsWith('<?xml', this.pos) && isWhitespaceCode(src.charCodeAt(this.pos + 5))) this.parseXmlDeclaration();
    this.skipMisc(false);
    if (this.pos >= src.length) this.fail(src.trim() === '' ? 'The body is empty' : 'No root element', this.pos);
    if (src.charCodeAt(this.pos) !== 60 /* < */) this.fail('Text is not allowed before the root element', this.pos);
    const root = this.parseElementTree();
    this.skipMisc(true);
    if (this.pos < src.length) {
      this.fail(src.charCodeAt(this.pos) === 60 ? 'Only one root element is allowed' : 'Text is not allowed after the root element', this.pos);
    }
    return { root, text: src };
  }

  // ---------------------------------------------------------------------------------------------
  // prolog / epilog

  private parseXmlDeclaration(): void {
    const src = this.src;
    const end = src.indexOf('?>', this.pos);
    if (end < 0) this.fail('Unterminated XML declaration', this.pos);
    const body = src.slice(this.pos + 5, end);
    const decl = /^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/;
    if (!decl.test(body)) this.fail('Malformed XML declaration', this.pos);
    this.pos = end + 2;
  }

  /** Comments, processing instructions and whitespace before or after the root element. */
  private skipMisc(afterRoot: boolean): void {
    const src = this.src;
    for (;;) {
      while (this.pos < src.length && isWhitespaceCode(src.charCodeAt(this.pos))) this.pos++;
      if (this.pos >= src.length) return;
      if (src.startsWith('<!--', this.pos)) this.skipComment();
      else if (src.startsWith('<?', this.pos)) this.skipProcessingInstruction();
      else if (src.startsWith('<!DOCTYPE', this.pos)) {
        this.fail(
          afterRoot ? 'DOCTYPE is not allowed after the root element' : 'DOCTYPE declarations are not accepted (no DTDs, no entity definitions)',
          this.pos,
        );
      } else return;
    }
  }

  private skipComment(): void {
    const src = this.src;
    const start = this.pos;
    const end = src.indexOf('-->', start + 4);
    if (end < 0) this.fail('Unterminated comment', start);
    const dashes = src.indexOf('--', start + 4);
    if (dashes < end) this.fail("'--' is not allowed inside a comment", dashes);
    this.pos = end + 3;
  }

  private skipProcessingInstruction(): void {
    const src = this.src;
    const start = this.pos;
    const end = src.indexOf('?>', start + 2);
    if (end < 0) this.fail('Unterminated processing instruction', start);
    const target = /^[^\s?]+/.exec(src.slice(start + 2, end));
    if (target === null || !this.isName(target[0])) this.fail('Malformed processing instruction', start);
    if (target[0].toLowerCase() === 'xml') this.fail('The XML declaration is only allowed at the very start of the document', start);
    this.pos = end + 2;
  }

  // ---------------------------------------------------------------------------------------------
  // elements

  private parseElementTree(): XmlElement {
    const src = this.src;
    const stack: OpenElement[] = [];
    let root: XmlElement | undefined;
    for (;;) {
      // at '<' of a tag (start, end, comment, PI, CDATA) or at text
      const lt = src.charCodeAt(this.pos);
      if (lt !== 60) {
        // character data
        const top = stack[stack.length - 1];
        const next = src.indexOf('<', this.pos);
        if (next < 0) this.fail(`Premature end of data: element '${top.el.name}' is not closed`, src.length);
        this.appendText(top, this.pos, next);
        this.pos = next;
        continue;
      }
      const c1 = src.charCodeAt(this.pos + 1);
      if (c1 === 47 /* / */) {
        const open = stack.pop();
        if (open === undefined) this.fail('Unexpected end tag', this.pos);
        this.parseEndTag(open);
        if (stack.length === 0) return open.el;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (stack.length === 0) this.fail('Expected the root element', this.pos);
        if (src.startsWith('<!--', this.pos)) this.skipComment();
        else if (src.startsWith('<![CDATA[', this.pos)) this.parseCData(stack[stack.length - 1]);
        else this.fail(src.startsWith('<!DOCTYPE', this.pos) ? 'DOCTYPE declarations are not accepted' : 'Malformed markup', this.pos);
        continue;
      }
      if (c1 === 63 /* ? */) {
        this.skipProcessingInstruction();
        continue;
      }
      const parent = stack[stack.length - 1];
      this.checkLimits(stack.length + 1);
      const opened = this.parseStartTag(parent?.el);
      if (parent !== undefined) {
        if (!parent.hasChildren) {
          parent.hasChildren = true;
          // Whitespace before the first child is formatting, not content.
          if (!NON_WHITESPACE.test(parent.el.text)) parent.el.text = '';
        }
        if (parent.el.children === NO_CHILDREN) parent.el.children = [opened.el];
        else parent.el.children.push(opened.el);
      } else root = opened.el;
      if (opened.el.end !== -1) {
        // empty-element tag
        this.popBindings(opened.pushed);
        if (parent === undefined) return root!;
      } else stack.push(opened);
      if (this.pos >= src.length) this.fail(`Premature end of data: element '${(stack[stack.length - 1] ?? opened).el.name}' is not closed`, src.length);
    }
  }

  /** Before opening an element at `depth`: the limits, named with their settings so the sender knows which. */
  private checkLimits(depth: number): void {
    const { maxElements, maxDepth } = this.limits;
    if (depth > maxDepth) this.fail(`Elements are nested deeper than ${maxDepth} levels (MAX_XML_DEPTH)`, this.pos, 'XML_LIMIT_EXCEEDED');
    if (++this.elements > maxElements) this.fail(`The document has more than ${maxElements} elements (MAX_XML_ELEMENTS)`, this.pos, 'XML_LIMIT_EXCEEDED');
  }

  private parseStartTag(parent: XmlElement | undefined): OpenElement {
    const src = this.src;
    const start = this.pos;
    const line = this.lineAt(start);
    this.pos++;
    const name = this.readName();
    let rawAttrs: Array<[string, string, number]> | undefined;
    let pushed = 0;
    let nsDecls: Array<[string, string]> | undefined;
    let declared: NameSet | undefined;
    let attrNames: NameSet | undefined;
    let selfClosing = false;
    for (;;) {
      const hadSpace = this.skipWhitespace();
      const c = src.charCodeAt(this.pos);
      if (c === 62 /* > */) {
        this.pos++;
        break;
      }
      if (c === 47 /* / */) {
        if (src.charCodeAt(this.pos + 1) !== 62) this.fail("Expected '>' after '/'", this.pos);
        this.pos += 2;
        selfClosing = true;
        break;
      }
      if (Number.isNaN(c)) this.fail(`Premature end of data in the start tag of '${name}'`, src.length);
      if (!hadSpace) this.fail(`Whitespace is required between attributes of '${name}'`, this.pos);
      const attrPos = this.pos;
      const attrName = this.readName();
      this.skipWhitespace();
      if (src.charCodeAt(this.pos) !== 61 /* = */) this.fail(`Attribute '${attrName}' has no value`, this.pos);
      this.pos++;
      this.skipWhitespace();
      const value = this.readAttributeValue();
      if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) {
        const prefix = attrName === 'xmlns' ? '' : attrName.slice(6);
        if (prefix === 'xmlns' || (prefix === 'xml' && value !== XML_NS)) this.fail(`The prefix '${prefix}' cannot be declared`, attrPos);
        if (prefix !== '' && value === '') this.fail(`The namespace prefix '${prefix}' cannot be undeclared in XML 1.0`, attrPos);
        if (!(declared ??= new NameSet()).add(prefix)) this.fail(`Attribute '${attrName}' is repeated`, attrPos);
        (nsDecls ??= []).push([prefix, value]);
        const stack = this.scopes.get(prefix);
        if (stack === undefined) this.scopes.set(prefix, [value]);
        else stack.push(value);
        this.bound.push(prefix);
        pushed++;
      } else {
        if (!(attrNames ??= new NameSet()).add(attrName)) this.fail(`Attribute '${attrName}' is repeated`, attrPos);
        (rawAttrs ??= []).push([attrName, value, attrPos]);
      }
    }
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const local = this.localOf(name, colon);
    const ns = this.resolve(prefix, start, name);
    let attrs: XmlAttribute[] | undefined;
    if (rawAttrs !== undefined) {
      let qualified: NameSet | undefined;
      attrs = rawAttrs.map(([attrName, value, attrPos]) => {
        const c2 = attrName.indexOf(':');
        if (c2 < 0) return { name: attrName, local: attrName, ns: '', value };
        const attr = { name: attrName, local: attrName.slice(c2 + 1), ns: this.resolve(attrName.slice(0, c2), attrPos, attrName), value };
        // Namespaces in XML 1.0 §6.3: two attributes may not have the same expanded name, whatever their prefixes
        // (p:x and q:x with p and q bound to one namespace are one attribute written twice).
        if (!(qualified ??= new NameSet()).add(`{${attr.ns}}${attr.local}`)) {
          this.fail(`Attribute '${attrName}' repeats an attribute of the same namespace and name ('{${attr.ns}}${attr.local}')`, attrPos);
        }
        return attr;
      });
    }
    const el: XmlElement = {
      name,
      local,
      ns,
      attrs,
      nsDecls,
      children: NO_CHILDREN,
      text: '',
      parent,
      line,
      start,
      contentStart: this.pos,
      contentEnd: selfClosing ? this.pos : -1,
      end: selfClosing ? this.pos : -1,
    };
    return { el, pushed, hasChildren: false };
  }

  private parseEndTag(open: OpenElement): void {
    const src = this.src;
    const tagStart = this.pos;
    this.pos += 2;
    const expected = open.el.name;
    let name = expected;
    const after = src.charCodeAt(this.pos + expected.length);
    // fast path: the expected name followed by '>' or whitespace (no allocation)
    if (src.startsWith(expected, this.pos) && (after === 62 || after === 32 || after === 9 || after === 10 || after === 13)) this.pos += expected.length;
    else name = this.readName();
    this.skipWhitespace();
    if (src.charCodeAt(this.pos) !== 62) {
      if (this.pos >= src.length) this.fail(`Premature end of data in the end tag of '${name}'`, src.length);
      this.fail(`Malformed end tag '${name}'`, this.pos);
    }
    if (name !== open.el.name) {
      this.fail(`End tag '${name}' does not match the start tag '${open.el.name}' (line ${open.el.line})`, tagStart);
    }
    this.pos++;
    const el = open.el;
    el.contentEnd = tagStart;
    el.end = this.pos;
    if (open.hasChildren && !NON_WHITESPACE.test(el.text)) el.text = '';
    this.popBindings(open.pushed);
  }

  private parseCData(top: OpenElement): void {
    const src = this.src;
    const start = this.pos + 9;
    const end = src.indexOf(']]>', start);
    if (end < 0) this.fail('Unterminated CDATA section', this.pos);
    top.el.text += src.slice(start, end);
    top.el.cdata = true;
    this.pos = end + 3;
  }

  private appendText(top: OpenElement, from: number, to: number): void {
    const src = this.src;
    if (top.hasChildren) {
      // Indentation between child elements: checked in place, never copied.
      let i = from;
      while (i < to && isWhitespaceCode(src.charCodeAt(i))) i++;
      if (i === to) return;
    }
    let segment = src.slice(from, to);
    if (SPECIAL_IN_TEXT.test(segment)) {
      if (segment.includes(']]>')) this.fail("']]>' is not allowed in character data", from + segment.indexOf(']]>'));
      if (segment.includes('&')) segment = this.decodeEntities(segment, from);
      if (segment.includes('\r')) segment = segment.replace(/\r\n?/g, '\n');
    }
    top.el.text += segment;
  }

  private readAttributeValue(): string {
    const src = this.src;
    const quote = src.charCodeAt(this.pos);
    if (quote !== 34 && quote !== 39) this.fail('Attribute values must be quoted', this.pos);
    const start = this.pos + 1;
    const end = src.indexOf(quote === 34 ? '"' : "'", start);
    if (end < 0) this.fail('Unterminated attribute value', this.pos);
    let value = src.slice(start, end);
    const lt = value.indexOf('<');
    if (lt >= 0) this.fail("'<' is not allowed in an attribute value", start + lt);
    if (value.includes('&')) value = this.decodeEntities(value, start);
    // attribute-value normalisation (XML 1.0 §3.3.3): literal TAB/CR/LF become spaces
    if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, ' ');
    this.pos = end + 1;
    return value;
  }

  private decodeEntities(segment: string, offset: number): string {
    return segment.replace(/&([^;&<\s]*)(;?)/g, (match: string, body: string, semi: string, at: number) => {
      if (semi !== ';') this.fail("'&' must start an entity reference ending with ';' (write &amp;)", offset + at);
      switch (body) {
        case 'lt':
          return '<';
        case 'gt':
          return '>';
        case 'amp':
          return '&';
        case 'quot':
          return '"';
        case 'apos':
          return "'";
      }
      const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
      if (num === null) this.fail(`Entity '${body}' is not defined`, offset + at);
      const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
      const legal =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!legal) this.fail(`Character reference '${match}' is not a legal XML character`, offset + at);
      return String.fromCodePoint(code);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // lexical helpers

  /**
   * Reads a name and returns one shared string per distinct name: a 10,000-transaction batch has some 700,000
   * element names but only a few hundred distinct ones, so interning spares the allocations (and the collector).
   */
  private readName(): string {
    const src = this.src;
    const start = this.pos;
    let i = start;
    let hash = 0;
    for (; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62 || c === 61 || c === 60 || c === 34 || c === 39) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    const length = i - start;
    if (length === 0) this.fail(i >= src.length ? 'Premature end of data' : 'A name was expected', start);
    const bucket = this.names.get(hash);
    if (bucket !== undefined) {
      for (const known of bucket) {
        if (known.length === length && src.startsWith(known, start)) {
          this.pos = i;
          return known;
        }
      }
    }
    const name = src.slice(start, i);
    if (!this.isName(name)) this.fail(`'${name}' is not a valid XML name`, start);
    if (NAME_CACHE.size < NAME_CACHE_LIMIT) {
      if (bucket !== undefined) bucket.push(name);
      else this.names.set(hash, [name]);
      NAME_CACHE.size++;
    }
    this.pos = i;
    return name;
  }

  /** The local part of an interned qualified name, itself interned. */
  private localOf(name: string, colon: number): string {
    if (colon < 0) return name;
    let local = this.locals.get(name);
    if (local === undefined) {
      local = name.slice(colon + 1);
      if (this.locals.size < NAME_CACHE_LIMIT) this.locals.set(name, local);
    }
    return local;
  }

  /** A valid XML name that is also a valid QName (at most one colon, not at either end). */
  private isName(name: string): boolean {
    const colon = name.indexOf(':');
    const ok =
      NAME_START.test(name) &&
      NAME_REST.test(name.replace(':', '')) &&
      (colon < 0 || (colon > 0 && colon < name.length - 1 && name.indexOf(':', colon + 1) < 0 && NAME_START.test(name.slice(colon + 1))));
    return ok;
  }

  private skipWhitespace(): boolean {
    const src = this.src;
    const start = this.pos;
    while (this.pos < src.length && isWhitespaceCode(src.charCodeAt(this.pos))) this.pos++;
    return this.pos > start;
  }

  private resolve(prefix: string, at: number, qname: string): string {
    const stack = this.scopes.get(prefix);
    if (stack !== undefined && stack.length > 0) return stack[stack.length - 1];
    if (prefix === '') return '';
    if (prefix === 'xmlns') return XMLNS_NS;
    return this.fail(`The namespace prefix '${prefix}' of '${qname}' is not declared`, at);
  }

  private popBindings(count: number): void {
    for (let i = 0; i < count; i++) this.scopes.get(this.bound.pop()!)!.pop();
  }

  /**
   * 1-based line of an offset; offsets are asked for in increasing order, so counting is incremental. The next
   * newline is remembered, so a document on one line is not rescanned for every element.
   */
  private lineAt(offset: number): number {
    const src = this.src;
    if (offset < this.lineCountedTo) return lineOf(src, offset);
    while (this.nextNewline < offset) {
      this.line++;
      this.lineCountedTo = this.nextNewline + 1;
      const nl = src.indexOf('\n', this.lineCountedTo);
      this.nextNewline = nl < 0 ? Infinity : nl;
    }
    return this.line;
  }

  private fail(message: string, offset: number, code: 'XML_MALFORMED' | 'XML_LIMIT_EXCEEDED' = 'XML_MALFORMED'): never {
    const line = lineOf(this.src, offset);
    const lineStart = this.src.lastIndexOf('\n', offset - 1) + 1;
    const column = offset - lineStart + 1;
    throw new AppError(code, `${message} (line ${line}${code === 'XML_LIMIT_EXCEEDED' ? `, column ${column}` : ''})`, { line, column });
  }
}

/**
 * Duplicate detection for attributes and namespace declarations: a linear scan for the usual handful, a Set once
 * an element has many (no quadratic cost on hostile input).
 */
class NameSet {
  private readonly list: string[] = [];
  private set: Set<string> | undefined;

  /** Adds `name`; false when it was already there. */
  add(name: string): boolean {
    if (this.set !== undefined) {
      if (this.set.has(name)) return false;
      this.set.add(name);
      return true;
    }
    if (this.list.includes(name)) return false;
    this.list.push(name);
    if (this.list.length > 16) this.set = new Set(this.list);
    return true;
  }
}

function isWhitespaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  let i = text.indexOf('\n');
  while (i >= 0 && i < offset) {
    line++;
    i = text.indexOf('\n', i + 1);
  }
  return line;
}
