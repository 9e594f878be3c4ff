/**
 * Synthetic, schema-valid messages for any defined version, generated from the definitions themselves: every
 * mandatory element, plus the optional ones named in `include`, with a valid sample value for each simple type.
 * Used to cover versions no shared sample exists for, and as seeds of the differential corpus.
 */
import { DEFINITION_LOADERS } from '../../../src/iso20022/schema/catalog';
import type { ComplexTypeDef, MessageDefinition, ParticleDef, SimpleTypeDef } from '../../../src/iso20022/schema/definition';

export interface InstanceOptions {
  /** Number of transactions (CdtTrfTxInf), default 1. */
  readonly transactions?: number;
  /** Optional elements to include wherever they are allowed, e.g. Nm, UETR, CdtrAcct. */
  readonly include?: ReadonlySet<string>;
}

/** Creditor-side and id elements worth having in a "rich" instance (debtor ones come along by name, on purpose). */
export const RICH: ReadonlySet<string> = new Set([
  'InstrId',
  'TxId',
  'UETR',
  'CtrlSum',
  'Nm',
  'PstlAdr',
  'Ctry',
  'TwnNm',
  'AdrLine',
  'CdtrAcct',
  'IBAN',
  'CdtrAgt',
  'BICFI',
  'BIC',
  'UltmtCdtr',
  'UltmtDbtr',
  'IntrmyAgt1',
  'RmtInf',
  'Ustrd',
  'InstgAgt',
  'InstdAgt',
  'FinInstnId',
  'DbtrAcct',
  'Cdtr',
  'Dbtr',
]);

const TX = new Set(['CdtTrfTxInf', 'PmtTx']);

export function definitionOf(name: string): MessageDefinition {
  const load = DEFINITION_LOADERS[name];
  if (load === undefined) throw new Error(`no definition for ${name}`);
  return load();
}

export function syntheticMessage(name: string, options: InstanceOptions = {}): string {
  const def = definitionOf(name);
  const n = options.transactions ?? 1;
  const include = options.include ?? new Set<string>();
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n', `<${def.root.name} xmlns="${def.namespace}">`];
  const counter = { tx: 0 };
  writeContent(def, def.complexTypes[def.root.type], include, n, out, counter, 1);
  out.push(`</${def.root.name}>\n`);
  let xml = out.join('');
  // control values consistent with the content
  xml = xml.replace(/<NbOfTxs>[^<]*<\/NbOfTxs>/g, `<NbOfTxs>${n}</NbOfTxs>`).replace(/<CtrlSum>[^<]*<\/CtrlSum>/g, `<CtrlSum>${n}</CtrlSum>`);
  return xml;
}

function writeContent(
  def: MessageDefinition,
  ct: ComplexTypeDef,
  include: ReadonlySet<string>,
  n: number,
  out: string[],
  counter: { tx: number },
  depth: number,
): void {
  if (ct.content === undefined) throw new Error('complex content expected');
  writeParticle(def, ct.content, include, n, out, counter, depth);
}

function writeParticle(
  def: MessageDefinition,
  p: ParticleDef,
  include: ReadonlySet<string>,
  n: number,
  out: string[],
  counter: { tx: number },
  depth: number,
): void {
  if (Array.isArray(p)) {
    const [name, type, min] = p;
    const count = TX.has(name) ? n : Math.max(min, include.has(name) ? 1 : 0);
    for (let i = 0; i < count; i++) writeElement(def, name, type, include, n, out, counter, depth);
    return;
  }
  if ('seq' in p) {
    for (const item of p.seq) writeParticle(def, item, include, n, out, counter, depth);
    return;
  }
  if ('choice' in p) {
    if ((p.min ?? 1) === 0) return;
    const preferred = p.choice.find((c) => Array.isArray(c) && include.has(c[0])) ?? p.choice[0];
    writeParticle(def, preferred, include, n, out, counter, depth);
  }
}

function writeElement(
  def: MessageDefinition,
  name: string,
  type: string,
  include: ReadonlySet<string>,
  n: number,
  out: string[],
  counter: { tx: number },
  depth: number,
): void {
  const ct = def.complexTypes[type];
  if (ct !== undefined && ct.content !== undefined) {
    out.push(`<${name}>`);
    if (TX.has(name)) counter.tx++;
    writeContent(def, ct, include, n, out, counter, depth + 1);
    out.push(`</${name}>`);
    return;
  }
  const simpleName = ct !== undefined ? ct.simple! : type;
  const attrs = (ct?.attrs ?? [])
    .filter((a) => a.required)
    .map((a) => ` ${a.name}="${sampleValue(def, a.type, a.name)}"`)
    .join('');
  let value = sampleValue(def, simpleName, name);
  if ((name === 'EndToEndId' || name === 'TxId' || name === 'InstrId') && counter.tx > 0) value = `${name.toUpperCase()}-${counter.tx}`;
  out.push(`<${name}${attrs}>${value}</${name}>`);
}

export function sampleValue(def: MessageDefinition, typeName: string, elementName = ''): string {
  const st: SimpleTypeDef = typeName.startsWith('xs:') ? { base: typeName.slice(3) as SimpleTypeDef['base'] } : def.simpleTypes[typeName];
  if (st === undefined) throw new Error(`${def.id}: no simple type ${typeName}`);
  if (st.enumeration !== undefined) return st.enumeration[0];
  switch (st.base) {
    case 'decimal':
      return '1';
    case 'boolean':
      return 'true';
    case 'date':
      return '2026-03-02';
    case 'dateTime':
      return '2026-03-02T10:00:00Z';
    case 'time':
      return '10:00:00';
    case 'gYear':
      return '2026';
    case 'gYearMonth':
      return '2026-03';
    case 'base64Binary':
      return 'AAAA';
    case 'string':
      break;
  }
  if (st.patterns !== undefined) return sampleForPattern(st.patterns[0]);
  const min = st.minLength ?? st.length ?? 1;
  const max = st.maxLength ?? st.length ?? 35;
  const base = elementName === 'Ccy' ? 'EUR' : 'CHKP';
  return base.padEnd(min, 'X').slice(0, Math.max(min, Math.min(max, base.length)));
}

/** The shortest string matching an XSD pattern of the subset ISO 20022 uses (classes, groups, quantifiers). */
export function sampleForPattern(pattern: string): string {
  let i = 0;
  const parseSequence = (): string[][] => {
    const items: string[][] = [];
    while (i < pattern.length && pattern[i] !== ')' && pattern[i] !== '|') {
      let atom: string;
      const c = pattern[i];
      if (c === '[') {
        const end = pattern.indexOf(']', i + 1 + (pattern[i + 1] === ']' ? 1 : 0));
        const body = pattern.slice(i + 1, end).replace(/^\^/, '');
        atom = body[0] === '\\' ? body[1] : body[0];
        i = end + 1;
      } else if (c === '(') {
        i++;
        const inner = parseSequence()
          .map((alts) => alts[0])
          .join('');
        while (pattern[i] === '|') {
          i++;
          parseSequence();
        }
        i++; // ')'
        atom = inner;
      } else if (c === '\\') {
        atom = pattern[i + 1] === 'd' ? '0' : pattern[i + 1];
        i += 2;
      } else if (c === '.') {
        atom = 'A';
        i++;
      } else {
        atom = c;
        i++;
      }
      let count = 1;
      const q = pattern[i];
      if (q === '{') {
        const end = pattern.indexOf('}', i);
        count = Number(pattern.slice(i + 1, end).split(',')[0]);
        i = end + 1;
      } else if (q === '?' || q === '*') {
        count = 0;
        i++;
      } else if (q === '+') {
        i++;
      }
      items.push([atom.repeat(count)]);
    }
    return items;
  };
  return parseSequence()
    .map((alts) => alts[0])
    .join('');
}
