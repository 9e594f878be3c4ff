/**
 * An independent answer to "which values of this message must screening see": a walk of the parsed tree typed by
 * the message definitions (not by element names, as the gateway's extraction is). A value must be screened when
 * the sender could write it freely — its definition is a string that is not an enumeration, not a code of at most 4
 * characters, not a digits-only or fixed-form text (counts, UUIDs, country and currency codes) — or it lies in
 * extension content (xs:any). The debtor's side is left out (src/iso20022/extract/sweep.ts DEBTOR_SIDE is the spec of
 * that side), and so is the AppHdr's sender (Fr).
 *
 * Values outside every transaction (group header, AppHdr, message SplmtryData) travel with every transaction; pain.001
 * PmtInf values with the transactions of their block.
 */
import { parseXml } from '../../src/iso20022/xml/parser';
import { locateParts, type DocumentPart } from '../../src/iso20022/locate';
import { DEBTOR_SIDE, SENDER_OF_HEADER } from '../../src/iso20022/extract/sweep';
import type { XmlElement } from '../../src/iso20022/xml/tree';
import type { MessageDefinition, ParticleDef, SimpleTypeDef } from '../../src/iso20022/schema/definition';
import { definitionOf } from '../conformance/support/instances';

const TX = new Set(['CdtTrfTxInf', 'PmtTx']);

/** Whether a simple type lets the sender write a name, an account or free text. */
export function isFreeText(typeName: string, st: SimpleTypeDef | undefined): boolean {
  if (typeName.startsWith('xs:')) return typeName === 'xs:string';
  if (st === undefined || st.base !== 'string' || st.enumeration !== undefined) return false;
  const max = st.maxLength ?? st.length;
  if (max !== undefined && max <= 4) return false;
  for (const p of st.patterns ?? []) {
    if (/^(\[0-9\]\{\d+(,\d+)?\})+$/.test(p) && !typeName.endsWith('Identifier')) return false; // counts (Max15NumericText)
    const short = /^\[[A-Za-z0-9-]+\]\{(\d+)(?:,(\d+))?\}$/.exec(p);
    if (short !== null && Number(short[2] ?? short[1]) <= 4) return false; // country, currency, 4-character codes
    if (typeName === 'UUIDv4Identifier') return false;
  }
  return true;
}

/** The element type named `child` in a complex type's content, undefined when the content there is xs:any. */
function childType(def: MessageDefinition, typeName: string, child: string): string | undefined {
  const ct = def.complexTypes[typeName];
  if (ct?.content === undefined) return undefined;
  const find = (p: ParticleDef): string | undefined => {
    if (Array.isArray(p)) return p[0] === child ? p[1] : undefined;
    if ('any' in p) return undefined;
    for (const q of 'seq' in p ? p.seq : p.choice) {
      const t = find(q);
      if (t !== undefined) return t;
    }
    return undefined;
  };
  return find(ct.content);
}

type Scope = { kind: 'all' } | { kind: 'block'; block: XmlElement } | { kind: 'tx'; index: number };

export interface OracleResult {
  /** Per transaction (document order), every value screening must be offered. */
  readonly perTransaction: string[][];
}

export function payeeValuesByOracle(body: string | Uint8Array): OracleResult | undefined {
  const located = locateParts(parseXml(body).root);
  const doc = located.document;
  if (doc === undefined || doc.messageRoot === undefined) return undefined;
  const values: Array<{ scope: Scope; value: string }> = [];
  const txBlocks: Array<XmlElement | undefined> = [];
  const walkPart = (part: DocumentPart, skip: ReadonlySet<string>) => {
    const def = definitionOf(part.id.name);
    const start = part.virtual ? part.element.children : [part.element];
    for (const el of start) {
      const t = part.virtual ? childType(def, def.root.type, el.local) : def.root.type;
      walk(def, el, t, { kind: 'all' }, undefined, skip);
    }
  };
  const walk = (
    def: MessageDefinition,
    el: XmlElement,
    typeName: string | undefined,
    scope: Scope,
    block: XmlElement | undefined,
    skip: ReadonlySet<string>,
  ) => {
    if (DEBTOR_SIDE.has(el.local) || skip.has(el.local)) return;
    let s = scope;
    let b = block;
    if (el.local === 'PmtInf') {
      b = el;
      s = { kind: 'block', block: el };
    }
    if (TX.has(el.local)) {
      txBlocks.push(b);
      s = { kind: 'tx', index: txBlocks.length - 1 };
    }
    if (typeName === undefined) {
      // extension content: every value is free
      if (el.children.length === 0) {
        if (el.text !== '') values.push({ scope: s, value: el.text });
      } else for (const c of el.children) walk(def, c, undefined, s, b, skip);
      return;
    }
    const ct = def.complexTypes[typeName];
    if (ct?.content !== undefined) {
      for (const c of el.children) walk(def, c, childType(def, typeName, c.local), s, b, skip);
      return;
    }
    const simple = ct !== undefined ? ct.simple! : typeName;
    if (el.text !== '' && isFreeText(simple, def.simpleTypes[simple])) values.push({ scope: s, value: el.text });
  };
  walkPart(doc, new Set());
  if (located.header !== undefined) walkPart(located.header, new Set([SENDER_OF_HEADER]));
  const perTransaction = txBlocks.map((blk, i) =>
    values
      .filter(({ scope }) => scope.kind === 'all' || (scope.kind === 'block' && scope.block === blk) || (scope.kind === 'tx' && scope.index === i))
      .map((v) => v.value),
  );
  return { perTransaction };
}

/** The oracle's values a transaction's offered fields do not hold (empty when screening saw everything). */
export function unscreened(oracle: readonly string[], offered: readonly { value: string }[]): string[] {
  const seen = new Set(offered.map((f) => f.value));
  return oracle.filter((v) => !seen.has(v));
}
