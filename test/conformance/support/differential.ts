/**
 * The differential harness: the gateway's accept/reject verdict against libxml2's with the official XSDs, on the
 * shared samples, the sample messages, synthetic messages of every defined version, and mutations of all of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readMessage, definedMessages } from '../../../src/iso20022';
import { validateSchemaOnly } from '../../../src/iso20022/read';
import { AppError } from '../../../src/errors/app-error';
import { FIXTURES_DIR } from '../../helpers/paths';
import { isXsdValid, xsdVerdicts, type XsdVerdict } from '../../helpers/xsd';
import { RICH, syntheticMessage } from './instances';
import { handwrittenCases } from './handwritten';
import { mutate } from './mutations';
import { sharedSamples } from './samples';

export interface Case {
  readonly id: string;
  readonly seed: string;
  readonly kind: string;
  readonly description: string;
  readonly xml: string;
}

export interface Verdict {
  readonly accept: boolean;
  readonly code?: string;
  readonly detail?: string;
}

export interface Outcome {
  readonly case: Case;
  readonly gateway: Verdict;
  readonly libxml2: Verdict;
  /** Reason from DOCUMENTED_DIFFERENCES when the verdicts differ for a documented cause. */
  readonly documented?: string;
}

/**
 * National variants have no official XSD in the shared set; libxml2 judges them against their base version's XSD,
 * which is how the gateway reads them (docs/iso20022.md), by putting the base namespace in their place.
 */
const VARIANT_TO_BASE: ReadonlyArray<[string, string]> = [
  ['http://www.six-interbank-clearing.com/de/pain.001.001.03.ch.02.xsd', 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03'],
  ['urn:iso:std:iso:20022:tech:xsd:pain.001.003.03', 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03'],
  ['urn:iso:std:iso:20022:tech:xsd:pain.001.002.03', 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03'],
];

export function forOracle(xml: string): string {
  let out = xml;
  for (const [variant, base] of VARIANT_TO_BASE) out = out.split(variant).join(base);
  return out;
}

/** Codes raised after schema validation passed: the message is schema-valid, a business rule rejects it. */
const AFTER_SCHEMA = new Set([
  'NB_OF_TXS_MISMATCH',
  'CTRL_SUM_MISMATCH',
  'TOTAL_AMOUNT_MISMATCH',
  'HEADER_MISMATCH',
  'MESSAGE_AMBIGUOUS',
  'MESSAGE_EXTRA_CONTENT',
]);

export function gatewayVerdict(xml: string): Verdict {
  try {
    readMessage(xml);
    return { accept: true };
  } catch (e) {
    if (!(e instanceof AppError)) return { accept: false, code: 'CRASH', detail: String(e) };
    if (AFTER_SCHEMA.has(e.code)) return { accept: true, code: e.code };
    if (e.code !== 'MESSAGE_UNSUPPORTED') return { accept: false, code: e.code, detail: e.message };
  }
  // A family the gateway does not screen: judge the schema with the same validator.
  try {
    validateSchemaOnly(xml);
    return { accept: true, code: 'MESSAGE_UNSUPPORTED' };
  } catch (e) {
    if (!(e instanceof AppError)) return { accept: false, code: 'CRASH', detail: String(e) };
    return { accept: false, code: e.code, detail: e.message };
  }
}

function libxml2Verdict(v: XsdVerdict): Verdict {
  if (isXsdValid(v)) return { accept: true };
  const detail = [...v.errors, ...v.parts.flatMap((p) => p.errors)][0];
  return { accept: false, code: v.wellFormed ? 'INVALID' : 'MALFORMED', detail };
}

/**
 * Disagreements whose cause is understood and accepted, with the reason (docs/iso20022.md lists them). A case
 * matches when the predicate holds; anything else is a bug to fix.
 */
export const DOCUMENTED_DIFFERENCES: ReadonlyArray<{ reason: string; matches: (o: Omit<Outcome, 'documented'>) => boolean }> = [
  {
    reason: 'DOCTYPE refused on purpose: no DTD processing at all (XXE, entity expansion); libxml2 accepts an inert one',
    matches: (o) => !o.gateway.accept && o.gateway.code === 'XML_MALFORMED' && /<!DOCTYPE/.test(o.case.xml) && o.libxml2.accept,
  },
  {
    reason: 'no definition: the message type has no schema in the shared set (libxml2 has no XSD either)',
    matches: (o) => o.gateway.code === 'MESSAGE_UNSUPPORTED' && !o.gateway.accept,
  },
];

export interface CorpusOptions {
  /** Mutations per shared sample and per sample message. */
  readonly perSample: number;
  /** Mutations per synthetic message (one synthetic message per defined version). */
  readonly perSynthetic: number;
}

export const REPRESENTATIVE: CorpusOptions = { perSample: 3, perSynthetic: 1 };
export const FULL: CorpusOptions = { perSample: 30, perSynthetic: 15 };

export function buildCorpus(options: CorpusOptions): Case[] {
  const seeds: Array<{ id: string; xml: string; mutations: number }> = [];
  for (const s of sharedSamples()) seeds.push({ id: `samples/${s.family}/${s.file}`, xml: fs.readFileSync(s.path, 'utf8'), mutations: options.perSample });
  const fixtures = path.join(FIXTURES_DIR, 'messages');
  for (const f of fs
    .readdirSync(fixtures)
    .filter((f) => f.endsWith('.xml'))
    .sort()) {
    seeds.push({ id: `fixtures/${f}`, xml: fs.readFileSync(path.join(fixtures, f), 'utf8'), mutations: options.perSample });
  }
  // pain.002 has no official XSD in the shared set, so libxml2 cannot judge it: not a seed.
  for (const name of definedMessages().filter((n) => !n.startsWith('head.') && !n.startsWith('pain.002'))) {
    seeds.push({ id: `synthetic/${name}`, xml: syntheticMessage(name, { transactions: 2, include: RICH }), mutations: options.perSynthetic });
  }
  const cases: Case[] = [];
  for (const seed of seeds) {
    cases.push({ id: seed.id, seed: seed.id, kind: 'original', description: 'as is', xml: seed.xml });
    mutate(seed.xml, seed.id, seed.mutations).forEach((m, i) =>
      cases.push({ id: `${seed.id}#${i + 1}`, seed: seed.id, kind: m.kind, description: m.description, xml: m.xml }),
    );
  }
  cases.push(...handwrittenCases());
  return cases;
}

export async function runDifferential(cases: readonly Case[]): Promise<Outcome[]> {
  const oracle = await xsdVerdicts(cases.map((c) => ({ xml: forOracle(c.xml) })));
  return cases.map((c, i) => {
    const partial = { case: c, gateway: gatewayVerdict(c.xml), libxml2: libxml2Verdict(oracle[i]) };
    if (partial.gateway.accept === partial.libxml2.accept) return partial;
    const documented = DOCUMENTED_DIFFERENCES.find((d) => d.matches(partial))?.reason;
    return documented !== undefined ? { ...partial, documented } : partial;
  });
}

export function summarise(outcomes: readonly Outcome[]): string {
  const agree = outcomes.filter((o) => o.gateway.accept === o.libxml2.accept).length;
  const byKind = new Map<string, { n: number; agree: number; accepted: number }>();
  for (const o of outcomes) {
    const k = byKind.get(o.case.kind) ?? { n: 0, agree: 0, accepted: 0 };
    k.n++;
    if (o.gateway.accept === o.libxml2.accept) k.agree++;
    if (o.libxml2.accept) k.accepted++;
    byKind.set(o.case.kind, k);
  }
  const documented = outcomes.filter((o) => o.documented !== undefined).length;
  const undocumented = outcomes.length - agree - documented;
  const lines = [
    `differential: ${outcomes.length} messages (${outcomes.filter((o) => o.case.kind !== 'original').length} mutations), ` +
      `agreement ${agree}/${outcomes.length} = ${((100 * agree) / outcomes.length).toFixed(2)} %; ` +
      `disagreements: ${documented} documented, ${undocumented} undocumented`,
    ...[...byKind]
      .sort()
      .map(([kind, k]) => `  ${kind.padEnd(22)} ${String(k.agree).padStart(5)}/${String(k.n).padEnd(5)} agree (${k.accepted} valid per libxml2)`),
  ];
  const disagreements = outcomes.filter((o) => o.gateway.accept !== o.libxml2.accept);
  for (const o of disagreements) {
    lines.push(
      `  DIFF ${o.case.id} [${o.case.kind}: ${o.case.description}] gateway=${o.gateway.accept ? 'accept' : 'reject'}(${o.gateway.code ?? ''}) ` +
        `libxml2=${o.libxml2.accept ? 'accept' : 'reject'} ${o.documented !== undefined ? `documented: ${o.documented}` : 'UNDOCUMENTED'}` +
        ` | ${(o.gateway.detail ?? o.libxml2.detail ?? '').slice(0, 200)}`,
    );
  }
  return lines.join('\n');
}
