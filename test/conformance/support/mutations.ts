/**
 * Deterministic mutations of a seed message, for the differential suite: structural (delete, duplicate, reorder,
 * rename, insert elements), value (too long, off-pattern, wrong amounts, bad dates, whitespace), namespace and
 * well-formedness (truncation, broken markup). Each mutation is a text edit at offsets the parser recorded, so it
 * changes exactly one thing.
 */
import { parseXml } from '../../../src/iso20022/xml/parser';
import type { XmlElement } from '../../../src/iso20022/xml/tree';

export interface Mutation {
  readonly kind: string;
  readonly description: string;
  readonly xml: string;
}

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

type Operator = (ctx: Context) => Mutation | undefined;

interface Context {
  readonly text: string;
  readonly all: readonly XmlElement[];
  readonly leaves: readonly XmlElement[];
  readonly complex: readonly XmlElement[];
  readonly random: () => number;
  pick<T>(items: readonly T[]): T | undefined;
}

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function setText(ctx: Context, el: XmlElement, value: string, kind: string): Mutation {
  return { kind, description: `${el.local} := ${JSON.stringify(value.slice(0, 40))}`, xml: splice(ctx.text, el.contentStart, el.contentEnd, escape(value)) };
}

function rename(ctx: Context, el: XmlElement, newLocal: string, kind: string): Mutation | undefined {
  if (el.end === el.contentEnd) return undefined; // self-closing: skip
  const prefix = el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':') + 1) : '';
  const newName = prefix + newLocal;
  const endTag = `</${newName}>`;
  let xml = splice(ctx.text, el.contentEnd, el.end, endTag);
  xml = splice(xml, el.start + 1, el.start + 1 + el.name.length, newName);
  return { kind, description: `${el.local} -> ${newLocal}`, xml };
}

const OPERATORS: Record<string, Operator> = {
  deleteElement: (ctx) => {
    const el = ctx.pick(ctx.all.filter((e) => e.parent !== undefined));
    return el && { kind: 'deleteElement', description: `delete ${el.local}`, xml: splice(ctx.text, el.start, el.end, '') };
  },
  duplicateElement: (ctx) => {
    const el = ctx.pick(ctx.all.filter((e) => e.parent !== undefined));
    return el && { kind: 'duplicateElement', description: `duplicate ${el.local}`, xml: splice(ctx.text, el.end, el.end, ctx.text.slice(el.start, el.end)) };
  },
  swapSiblings: (ctx) => {
    const el = ctx.pick(ctx.all.filter((e) => e.parent !== undefined && e.parent.children.indexOf(e) < e.parent.children.length - 1));
    if (el === undefined) return undefined;
    const next = el.parent!.children[el.parent!.children.indexOf(el) + 1];
    const a = ctx.text.slice(el.start, el.end);
    const between = ctx.text.slice(el.end, next.start);
    const b = ctx.text.slice(next.start, next.end);
    return { kind: 'swapSiblings', description: `swap ${el.local} and ${next.local}`, xml: splice(ctx.text, el.start, next.end, b + between + a) };
  },
  renameElement: (ctx) => {
    const el = ctx.pick(ctx.all.filter((e) => e.parent !== undefined));
    return el && rename(ctx, el, el.local + (ctx.random() < 0.5 ? 'x' : '').concat(ctx.random() < 0.5 ? '' : 'Id'), 'renameElement');
  },
  insertUnknown: (ctx) => {
    const el = ctx.pick(ctx.complex);
    if (el === undefined) return undefined;
    const at = ctx.random() < 0.5 ? el.contentStart : el.contentEnd;
    const prefix = el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':') + 1) : '';
    return { kind: 'insertUnknown', description: `unknown element in ${el.local}`, xml: splice(ctx.text, at, at, `<${prefix}Xtra>1</${prefix}Xtra>`) };
  },
  textInComplex: (ctx) => {
    const el = ctx.pick(ctx.complex);
    return el && { kind: 'textInComplex', description: `text in ${el.local}`, xml: splice(ctx.text, el.contentStart, el.contentStart, 'stray') };
  },
  tooLong: (ctx) => {
    const el = ctx.pick(ctx.leaves);
    return el && setText(ctx, el, el.text + 'X'.repeat(1 + Math.floor(ctx.random() * 2100)), 'tooLong');
  },
  emptyValue: (ctx) => {
    const el = ctx.pick(ctx.leaves);
    return el && setText(ctx, el, ctx.random() < 0.7 ? '' : ' ', 'emptyValue');
  },
  offPattern: (ctx) => {
    const el = ctx.pick(ctx.leaves);
    if (el === undefined) return undefined;
    const v = el.text;
    const variants = [
      v.toLowerCase(),
      v.toUpperCase(),
      v + '#',
      '-' + v,
      v.replace(/[0-9]/, 'O'),
      v.replace(/[A-Za-z]/, '9'),
      v.slice(1),
      v + v.slice(-1),
      'é' + v,
      v.replace(/-/g, ''),
    ];
    return setText(ctx, el, variants[Math.floor(ctx.random() * variants.length)], 'offPattern');
  },
  whitespace: (ctx) => {
    const el = ctx.pick(ctx.leaves);
    if (el === undefined) return undefined;
    const ws = [' ', '\n', '\t', '  '][Math.floor(ctx.random() * 4)];
    const value = ctx.random() < 0.5 ? ws + el.text + ws : el.text.replace(/(.)/, `$1${ws}`);
    return setText(ctx, el, value, 'whitespace');
  },
  wrongAmount: (ctx) => {
    const el = ctx.pick(ctx.leaves.filter((e) => e.attrs?.some((a) => a.local === 'Ccy') || /Amt|CtrlSum|NbOfTxs|Rate$/.test(e.local)));
    if (el === undefined) return undefined;
    const values = [
      '-1',
      '1.123456',
      '1e3',
      '12345678901234567890',
      '0',
      '1,00',
      '.5',
      '5.',
      '+5',
      '00001.10000',
      '1234567890123.12345',
      '12345678901234.1',
      'NaN',
      '',
    ];
    return setText(ctx, el, values[Math.floor(ctx.random() * values.length)], 'wrongAmount');
  },
  wrongCurrency: (ctx) => {
    const el = ctx.pick(ctx.leaves.filter((e) => e.attrs?.some((a) => a.local === 'Ccy')));
    if (el === undefined) return undefined;
    const open = ctx.text.slice(el.start, el.contentStart);
    const variants = [
      open.replace(/Ccy\s*=\s*(["'])[^"']*\1/, 'Ccy="eur"'),
      open.replace(/\s+Ccy\s*=\s*(["'])[^"']*\1/, ''),
      open.replace(/Ccy\s*=\s*(["'])[^"']*\1/, 'Ccy="EURO"'),
      open.replace(/>$/, ' Cc="EUR">'),
    ];
    return {
      kind: 'wrongCurrency',
      description: `currency of ${el.local}`,
      xml: splice(ctx.text, el.start, el.contentStart, variants[Math.floor(ctx.random() * variants.length)]),
    };
  },
  badDate: (ctx) => {
    const el = ctx.pick(ctx.leaves.filter((e) => /^\s*-?\d{4}-\d{2}-\d{2}/.test(e.text)));
    if (el === undefined) return undefined;
    const values = [
      '2026-02-30',
      '2026-13-01',
      '2026-1-01',
      '26-01-01',
      '2026-01-01T25:00:00',
      '2026-01-01T10:00',
      '2026-01-01T10:00:00+15:00',
      '2024-02-29',
      '2026-01-01Z',
      '2026-01-01T10:00:00.123456Z',
      '0000-01-01',
      '2026-01-01T24:00:00',
    ];
    return setText(ctx, el, values[Math.floor(ctx.random() * values.length)], 'badDate');
  },
  codeValue: (ctx) => {
    const el = ctx.pick(ctx.leaves.filter((e) => /^[A-Z]{4}$/.test(e.text) || /^(Cd|SttlmMtd|ChrgBr|PmtMtd|ChqTp)$/.test(e.local)));
    if (el === undefined) return undefined;
    const values = ['XXXX', el.text.toLowerCase(), el.text.slice(0, 3), el.text + 'X', 'SHAR', 'DEBT', 'INDA', 'CLRG', 'TRF', 'SEPA'];
    return setText(ctx, el, values[Math.floor(ctx.random() * values.length)], 'codeValue');
  },
  wrongNamespace: (ctx) => {
    const decls = [...ctx.text.matchAll(/xmlns(:[\w.-]+)?\s*=\s*"(urn:iso:std:iso:20022:tech:xsd:[a-z]{4}\.\d{3}\.\d{3}\.(\d{2}))"/g)];
    const m = ctx.pick(decls);
    if (m === undefined) return undefined;
    const version = Number(m[3]);
    const replacement = [
      m[2].replace(/\d{2}$/, String(version === 1 ? 2 : version - 1).padStart(2, '0')),
      m[2].replace('tech:xsd', 'tech:xsd:x'),
      'urn:example:other',
      m[2] + ' ',
    ][Math.floor(ctx.random() * 4)];
    const start = m.index! + m[0].indexOf('"') + 1;
    return { kind: 'wrongNamespace', description: `namespace ${m[2]} -> ${replacement}`, xml: splice(ctx.text, start, start + m[2].length, replacement) };
  },
  foreignNamespaceChild: (ctx) => {
    const el = ctx.pick(ctx.all.filter((e) => e.parent !== undefined && e.end !== e.contentEnd));
    if (el === undefined) return undefined;
    const openEnd = ctx.text.lastIndexOf('>', el.contentStart - 1);
    return {
      kind: 'foreignNamespaceChild',
      description: `${el.local} in another namespace`,
      xml: splice(ctx.text, openEnd, openEnd, ' xmlns="urn:example:foreign"'),
    };
  },
  unknownAttribute: (ctx) => {
    const el = ctx.pick(ctx.all);
    if (el === undefined) return undefined;
    const openEnd = ctx.text.lastIndexOf('>', el.contentStart - 1) - (el.end === el.contentEnd ? 1 : 0);
    const attr = [' Foo="1"', ' xml:lang="en"', ' xsi:schemaLocation="urn:x x.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'][
      Math.floor(ctx.random() * 3)
    ];
    return { kind: 'unknownAttribute', description: `attribute on ${el.local}`, xml: splice(ctx.text, openEnd, openEnd, attr) };
  },
  truncate: (ctx) => {
    const at = Math.floor(ctx.random() * ctx.text.length);
    return { kind: 'truncate', description: `truncated at ${at}`, xml: ctx.text.slice(0, at) };
  },
  brokenMarkup: (ctx) => {
    const el = ctx.pick(ctx.leaves);
    if (el === undefined) return undefined;
    const variants = ['a & b', 'a < b', '&amp;', '&#65;', '<![CDATA[x]]>', '&nbsp;', '&#x1;', ']]>', '<!-- c -->'];
    const v = variants[Math.floor(ctx.random() * variants.length)];
    return { kind: 'brokenMarkup', description: `${el.local} content ${v}`, xml: splice(ctx.text, el.contentStart, el.contentEnd, v) };
  },
  commentInValue: (ctx) => {
    const el = ctx.pick(ctx.leaves.filter((e) => e.text.length > 1 && !/[&<]/.test(ctx.text.slice(e.contentStart, e.contentEnd))));
    if (el === undefined) return undefined;
    const at = el.contentStart + 1;
    const piece = ctx.random() < 0.7 ? '<!-- note -->' : '<?pi data?>';
    return { kind: 'commentInValue', description: `${piece} inside ${el.local}`, xml: splice(ctx.text, at, at, piece) };
  },
  cdataValue: (ctx) => {
    const el = ctx.pick(
      ctx.leaves.filter((e) => !ctx.text.slice(e.contentStart, e.contentEnd).includes(']]>') && !/[&<]/.test(ctx.text.slice(e.contentStart, e.contentEnd))),
    );
    return el && { kind: 'cdataValue', description: `${el.local} as CDATA`, xml: splice(ctx.text, el.contentStart, el.contentEnd, `<![CDATA[${el.text}]]>`) };
  },
  charReference: (ctx) => {
    const el = ctx.pick(ctx.leaves.filter((e) => e.text.length > 0 && !/[&<]/.test(ctx.text.slice(e.contentStart, e.contentEnd))));
    if (el === undefined) return undefined;
    const first = el.text.codePointAt(0)!;
    const ref = ctx.random() < 0.5 ? `&#${first};` : `&#x${first.toString(16)};`;
    return {
      kind: 'charReference',
      description: `${el.local} starts with ${ref}`,
      xml: splice(ctx.text, el.contentStart, el.contentStart + String.fromCodePoint(first).length, ref),
    };
  },
  xsiAttribute: (ctx) => {
    const el = ctx.pick(ctx.all.filter((e) => e.parent !== undefined));
    if (el === undefined) return undefined;
    const openEnd = ctx.text.lastIndexOf('>', el.contentStart - 1) - (el.end === el.contentEnd ? 1 : 0);
    const attr = [' xsi:nil="true"', ' xsi:type="xs:string"', ' xsi:noNamespaceSchemaLocation="a.xsd"'][Math.floor(ctx.random() * 3)];
    const decl = ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema"';
    return { kind: 'xsiAttribute', description: `${attr.trim()} on ${el.local}`, xml: splice(ctx.text, openEnd, openEnd, attr + decl) };
  },
  moveElement: (ctx) => {
    const el = ctx.pick(ctx.all.filter((e) => e.parent !== undefined && e.parent.children.length > 2));
    if (el === undefined) return undefined;
    const siblings = el.parent!.children.filter((c) => c !== el);
    const target = siblings[Math.floor(ctx.random() * siblings.length)];
    const piece = ctx.text.slice(el.start, el.end);
    const without = splice(ctx.text, el.start, el.end, '');
    const at = target.start > el.start ? target.end - (el.end - el.start) : target.end;
    return { kind: 'moveElement', description: `move ${el.local} after ${target.local}`, xml: splice(without, at, at, piece) };
  },
  prolog: (ctx) => {
    const variants = [
      '\uFEFF',
      '<?xml version="1.0" encoding="UTF-8"?>\n',
      '<?xml version="1.1"?>',
      '\n',
      '<!-- lead -->\n',
      '<?xml version="1.0" standalone="maybe"?>',
      '<!DOCTYPE Document>\n',
    ];
    const v = variants[Math.floor(ctx.random() * variants.length)];
    const body = ctx.text.replace(/^\uFEFF?(<\?xml[^>]*\?>\s*)?/, '');
    return { kind: 'prolog', description: `prolog ${JSON.stringify(v)}`, xml: v + body };
  },
  mismatchedTag: (ctx) => {
    const el = ctx.pick(ctx.all.filter((e) => e.end !== e.contentEnd));
    if (el === undefined) return undefined;
    return { kind: 'mismatchedTag', description: `end tag of ${el.local}`, xml: splice(ctx.text, el.contentEnd, el.end, `</${el.name}x>`) };
  },
};

export const OPERATOR_NAMES = Object.keys(OPERATORS);

/** `count` mutations of `text`, reproducible from `seedName`. Operators are used round-robin from a random start. */
export function mutate(text: string, seedName: string, count: number): Mutation[] {
  const { root } = parseXml(text);
  const all: XmlElement[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    all.push(el);
    for (const c of el.children) stack.push(c);
  }
  const random = rng(hashSeed(seedName));
  const ctx: Context = {
    text,
    all,
    leaves: all.filter((e) => e.children.length === 0 && e.end !== e.contentEnd),
    complex: all.filter((e) => e.children.length > 0),
    random,
    pick: <T>(items: readonly T[]) => (items.length === 0 ? undefined : items[Math.floor(random() * items.length)]),
  };
  const out: Mutation[] = [];
  let op = Math.floor(random() * OPERATOR_NAMES.length);
  let attempts = 0;
  while (out.length < count && attempts < count * 4) {
    attempts++;
    const m = OPERATORS[OPERATOR_NAMES[op % OPERATOR_NAMES.length]](ctx);
    op++;
    if (m !== undefined && m.xml !== text) out.push(m);
  }
  return out;
}
