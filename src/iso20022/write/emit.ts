/**
 * Schema-driven XML writer: the caller gives the content as a plain object keyed by element names, and the
 * writer emits the elements in the order the message definition prescribes, dropping names the version does not
 * have. That is how one builder serves every release of a report (OrgnlUETR only where it exists, BICFI or BIC,
 * Rsn or StsRsn …) and why the output is in schema order by construction.
 */
import type { XmlFragment } from '../types';
import { ParticleKind, type CompiledSchema, type CompiledType, type Particle } from '../schema/compile';

export interface EmitLeaf {
  readonly $text: string;
  readonly $attrs?: Readonly<Record<string, string>>;
}

/** Content copied as received (e.g. the AppHdr Fr / To parties), in its own order. */
export interface EmitFragment {
  readonly $fragment: XmlFragment;
}

export type EmitValue = string | EmitLeaf | EmitFragment | EmitNode | readonly EmitValue[];

export interface EmitNode {
  readonly [name: string]: EmitValue | undefined;
}

export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The name of the message element inside Document (FIToFIPmtStsRpt, CstmrPmtStsRpt, pacs.002.001.02 …). */
export function messageRootName(schema: CompiledSchema): string {
  const t = schema.rootType;
  if (t.kind !== 'complex') throw new Error(`${schema.id}: root type is not complex`);
  const first = t.content.items[0];
  if (first?.kind !== ParticleKind.Element) throw new Error(`${schema.id}: cannot find the message element`);
  return first.name;
}

/** `<Root xmlns="…">…</Root>` for the schema's root element, indented by `depth` levels. */
export function emitDocument(schema: CompiledSchema, content: EmitNode, depth = 0): string {
  const out: string[] = [];
  const pad = '  '.repeat(depth);
  out.push(`${pad}<${schema.rootName} xmlns="${escapeAttribute(schema.namespace)}">\n`);
  const t = schema.rootType;
  if (t.kind !== 'complex') throw new Error(`${schema.id}: root type is not complex`);
  emitContent(t.content, content, depth + 1, out);
  out.push(`${pad}</${schema.rootName}>\n`);
  return out.join('');
}

function emitContent(p: Particle, node: EmitNode, depth: number, out: string[]): void {
  switch (p.kind) {
    case ParticleKind.Element: {
      const value = node[p.name];
      if (value === undefined) return;
      const values = Array.isArray(value) ? (value as readonly EmitValue[]) : [value as EmitValue];
      for (const v of values.slice(0, p.max)) emitElement(p.name, p.type, v, depth, out);
      return;
    }
    case ParticleKind.Sequence:
      for (const item of p.items) emitContent(item, node, depth, out);
      return;
    case ParticleKind.Choice:
      // The first alternative given whose value fits: {Cd: code, Prtry: code} emits Cd where the code is in the
      // version's code list, else Prtry (pacs.002.001.02 has a closed list of reject reasons).
      for (const item of p.items) {
        if (item.kind !== ParticleKind.Element) continue;
        const value = node[item.name];
        if (value === undefined) continue;
        if (typeof value === 'string' && item.type.kind === 'simple' && item.type.check(value) !== undefined) continue;
        emitContent(item, node, depth, out);
        return;
      }
      return;
    case ParticleKind.Any:
      return;
  }
}

function emitElement(name: string, type: CompiledType, value: EmitValue, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  if (typeof value === 'string') {
    out.push(`${pad}<${name}>${escapeText(value)}</${name}>\n`);
  } else if ('$text' in value) {
    const leaf = value as EmitLeaf;
    const attrs = Object.entries(leaf.$attrs ?? {})
      .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
      .join('');
    out.push(`${pad}<${name}${attrs}>${escapeText(leaf.$text)}</${name}>\n`);
  } else if ('$fragment' in value) {
    out.push(serializeFragment({ ...(value as EmitFragment).$fragment, name }, depth));
  } else {
    if (type.kind !== 'complex') throw new Error(`Element ${name} holds a value, not elements`);
    out.push(`${pad}<${name}>\n`);
    emitContent(type.content, value as EmitNode, depth + 1, out);
    out.push(`${pad}</${name}>\n`);
  }
}

export function serializeFragment(f: XmlFragment, depth: number): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(f.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  if (f.children === undefined || f.children.length === 0) return `${pad}<${f.name}${attrs}>${escapeText(f.text ?? '')}</${f.name}>\n`;
  return `${pad}<${f.name}${attrs}>\n${f.children.map((c) => serializeFragment(c, depth + 1)).join('')}${pad}</${f.name}>\n`;
}
