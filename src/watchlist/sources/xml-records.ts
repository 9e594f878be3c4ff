/**
 * Streaming the records of a large XML list: the file is read in 1 MiB chunks, each record element (an OFAC
 * sdnEntry, a UN INDIVIDUAL, an EU sanctionEntity) is cut out as text and parsed on its own with fast-xml-parser,
 * so memory holds one chunk and one record, whatever the file's size. The lists nest no record inside another
 * record of the same name, which is what makes the cut safe; comments and CDATA outside records are skipped.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { XMLParser } from 'fast-xml-parser';
import { CHUNK_BYTES } from '../file-lines';

export interface XmlRecord {
  /** The record element's local name. */
  readonly name: string;
  /** 1-based position among the records of that name (for an element path such as /sdnList/sdnEntry[12]). */
  readonly index: number;
  /** Line of the record's start tag. */
  readonly line: number;
  /** The parsed record's element: attributes as '@name', text as '#text' next to attributes. */
  readonly value: Record<string, unknown>;
  /** Set when the record could not be parsed (value is then empty). */
  readonly error?: string;
}

export interface XmlRecordOptions {
  /** Local names of the record elements. */
  readonly records: readonly string[];
  /** Elements that are lists, always parsed as arrays (even with one child). */
  readonly arrays: ReadonlySet<string>;
  readonly onBytes?: (n: number) => void;
}

function parserFor(arrays: ReadonlySet<string>): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    // Values stay strings: "0012" is an id, "1e5" a passport number.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // The five XML entities here; character references in text() (the parser's HTML entity table, which also
    // decodes them, runs a replacement per entity over every value and took half the parse time).
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => arrays.has(name),
  });
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function escaped(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The records of the file, in order. `head.root` is set once the root element has been read (before the first
 * record), so a reader can refuse a file of another format with a clear message.
 */
export async function* xmlRecords(file: string, options: XmlRecordOptions, head: { root?: string } = {}): AsyncGenerator<XmlRecord> {
  const parser = parserFor(options.arrays);
  // A record's start tag (any namespace prefix), or a comment, CDATA section or other start tag to step over.
  const start = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?(${options.records.map(escaped).join('|')})(?=[\\s/>])|<!--|<!\\[CDATA\\[|<([A-Za-z_][\\w.:-]*)`, 'g');
  const endTags = new Map(options.records.map((n) => [n, new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${escaped(n)}\\s*>`, 'g')]));
  const counts = new Map<string, number>();
  const decoder = new StringDecoder('utf8');
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const chunks = stream[Symbol.asyncIterator]();
  let buf = '';
  /** Everything before pos is read; lines are counted up to lineAt. */
  let pos = 0;
  let lineAt = 0;
  let line = 1;
  const lineOf = (offset: number): number => {
    line += countLines(buf, lineAt, offset);
    lineAt = offset;
    return line;
  };
  const more = async (): Promise<boolean> => {
    lineOf(pos);
    buf = buf.slice(pos);
    pos = 0;
    lineAt = 0;
    const r = await chunks.next();
    if (r.done === true) {
      buf += decoder.end();
      return false;
    }
    const bytes = r.value as Buffer;
    options.onBytes?.(bytes.length);
    buf += decoder.write(bytes);
    if (buf.charCodeAt(0) === 0xfeff) buf = buf.slice(1);
    return true;
  };
  /** End of the record starting at `at` (after its end tag, or its self-closing start tag), or -1 if not in buf. */
  const recordEnd = (name: string, at: number): number => {
    const tagEnd = buf.indexOf('>', at);
    if (tagEnd < 0) return -1;
    if (buf[tagEnd - 1] === '/') return tagEnd + 1;
    const endTag = endTags.get(name)!;
    endTag.lastIndex = tagEnd;
    const e = endTag.exec(buf);
    return e === null ? -1 : e.index + e[0].length;
  };
  try {
    await more();
    for (;;) {
      start.lastIndex = pos;
      const m = start.exec(buf);
      if (m === null) {
        // Keep a tail that may hold the beginning of a tag cut by the chunk boundary.
        pos = Math.max(pos, buf.length - 256);
        if (!(await more())) return;
        continue;
      }
      if (m[1] === undefined) {
        const close = m[0] === '<!--' ? '-->' : m[0] === '<![CDATA[' ? ']]>' : '>';
        const end = buf.indexOf(close, m.index);
        if (end < 0) {
          pos = m.index;
          if (!(await more())) return;
          continue;
        }
        if (head.root === undefined && m[2] !== undefined) head.root = m[2].replace(/^.*:/, '');
        pos = end + close.length;
        continue;
      }
      const name = m[1];
      pos = m.index;
      let end = recordEnd(name, pos);
      while (end < 0) {
        if (!(await more())) throw new Error(`line ${lineOf(pos)}: <${name}> is not closed before the end of the file`);
        end = recordEnd(name, pos);
      }
      const index = (counts.get(name) ?? 0) + 1;
      counts.set(name, index);
      const recordLine = lineOf(pos);
      let value: Record<string, unknown> = {};
      let error: string | undefined;
      try {
        value = obj((parser.parse(buf.slice(pos, end)) as Record<string, unknown>)[name]);
      } catch (e) {
        error = `not well-formed XML (${e instanceof Error ? e.message : String(e)})`;
      }
      pos = end;
      yield { name, index, line: recordLine, value, ...(error !== undefined ? { error } : {}) };
    }
  } finally {
    stream.destroy();
  }
}

/** The local name of a file's root element (read from its first 64 KiB), to tell two forms of a list apart. */
export async function xmlRootOf(file: string): Promise<string | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1 << 16), 0, 1 << 16, 0);
    const head = buffer.toString('utf8', 0, bytesRead).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][^>]*>/g, '');
    return /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head)?.[1];
  } finally {
    await handle.close();
  }
}

/** Helpers to read fast-xml-parser output, where any value may be missing, a string, an object or an array. */
const CHAR_REF = /&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;

function decodeCharRefs(s: string): string {
  return s.replace(CHAR_REF, (ref, hex: string | undefined, dec: string | undefined) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ref;
  });
}

/** A value's text, character references (&#233; &#xE9;) decoded. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.includes('&#') ? decodeCharRefs(v) : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return text((v as Record<string, unknown>)['#text']);
  return undefined;
}

export function list(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  return Array.isArray(v) ? v : [v];
}

export function obj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
