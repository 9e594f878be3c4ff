/**
 * The quality benchmark: recall per variation kind and false-positive rate on hard negatives, measured on the
 * gateway's own decisions (screenTransaction with DEFAULT_POLICY), plus the name score distribution to find
 * the recall reachable at a false-positive rate of at most 0.5 %.
 */
import type { PayeeField, TransactionView } from '../../src/iso20022/types';
import { DEFAULT_POLICY, normaliseKey, normaliseName, screenTransaction, type ListScreener } from '../../src/screening';
import type { DecisionPolicy } from '../../src/screening/types';
import { entryAt } from './generate-list';
import { NEGATIVES } from './negatives';
import { Rng } from './rng';
import { IDENTIFIER_VARIATIONS, NAME_VARIATIONS, type Variation } from './variations';

export interface QualityOptions {
  readonly seed: number;
  readonly entries: number;
  readonly positivesPerKind: number;
  readonly negativesPerKind: number;
  readonly policy?: DecisionPolicy;
}

export interface KindResult {
  readonly kind: string;
  readonly group: 'name' | 'identifier' | 'negative';
  readonly n: number;
  /** Positives: held with the right entry among the counting hits. Negatives: held. */
  readonly held: number;
  readonly scores: number[];
}

export interface QualityReport {
  readonly kinds: KindResult[];
  readonly policy: DecisionPolicy;
}

function tx(payee: PayeeField[]): TransactionView {
  return { index: 0, path: '/Document', endToEndId: 'bench', amount: { value: '1.00', currency: 'EUR' }, paymentType: { serviceLevels: [] }, payee };
}

/** A person is the same person with or without middle names: given name + surname. */
function firstLastKey(name: string): string | undefined {
  const t = normaliseName(name).fullTokens;
  return t.length >= 2 ? `${t[0]} ${t[t.length - 1]}` : undefined;
}

/** The same words in another order are the same name (a reordering is a positive variation). */
function sortedKey(name: string): string {
  return [...normaliseName(name).tokens].sort().join(' ');
}

/** What makes a generated negative not a negative: it is a listed name, or a listed person's given name + surname. */
export function listedNameKeys(seed: number, entries: number): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < entries; i++) {
    const e = entryAt(seed, i);
    for (const n of e.names) {
      keys.add(normaliseKey(n));
      const fl = e.kind === 'person' ? firstLastKey(n) : undefined;
      if (fl !== undefined) keys.add(`person:${fl}`);
      keys.add(`sorted:${sortedKey(n)}`);
    }
  }
  return keys;
}

export function isListed(listed: Set<string>, name: string): boolean {
  const fl = firstLastKey(name);
  return listed.has(normaliseKey(name)) || (fl !== undefined && listed.has(`person:${fl}`)) || listed.has(`sorted:${sortedKey(name)}`);
}

function runPositives(screener: ListScreener, o: QualityOptions, policy: DecisionPolicy, kind: string, group: 'name' | 'identifier', variation: Variation): KindResult {
  const rng = new Rng(o.seed * 7919 + kind.length * 31 + kind.charCodeAt(0));
  const scores: number[] = [];
  let held = 0;
  let n = 0;
  for (let attempt = 0; n < o.positivesPerKind && attempt < o.positivesPerKind * 200; attempt++) {
    const e = entryAt(o.seed, rng.int(o.entries));
    const fields = variation(e, rng);
    if (fields === undefined) continue;
    n++;
    const r = screenTransaction(screener, tx(fields), policy, { instant: false });
    // The expected entry, or another listing of exactly its name (the generator lists common names many
    // times; the screener reports a bounded number of identical listings, and any of them holds the payment).
    const ownKeys = new Set(e.names.map((n) => normaliseKey(n)));
    const own = r.hits.filter((h) => h.entryId === e.id || (h.method === 'name' && ownKeys.has(normaliseKey(h.matched))));
    scores.push(own.reduce((m, h) => Math.max(m, h.score), 0));
    const counts = own.some((h) => h.method !== 'name' || h.score >= policy.nameHoldThreshold);
    if (r.decision === 'hold' && counts) held++;
  }
  return { kind, group, n, held, scores };
}

function runNegatives(screener: ListScreener, o: QualityOptions, policy: DecisionPolicy, listed: Set<string>, kind: string): KindResult {
  const rng = new Rng(o.seed * 104729 + kind.length * 17 + kind.charCodeAt(1));
  const make = NEGATIVES[kind];
  const scores: number[] = [];
  let held = 0;
  let n = 0;
  for (let attempt = 0; n < o.negativesPerKind && attempt < o.negativesPerKind * 50; attempt++) {
    const name = make(rng, o);
    if (name === undefined || isListed(listed, name)) continue;
    n++;
    const field: PayeeField = { path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: name };
    const r = screenTransaction(screener, tx([field]), policy, { instant: false });
    scores.push(r.hits.reduce((m, h) => Math.max(m, h.score), 0));
    if (r.decision === 'hold') held++;
  }
  return { kind, group: 'negative', n, held, scores };
}

export function runQuality(screener: ListScreener, o: QualityOptions): QualityReport {
  const policy = o.policy ?? DEFAULT_POLICY;
  const listed = listedNameKeys(o.seed, o.entries);
  const kinds: KindResult[] = [];
  for (const [kind, v] of Object.entries(NAME_VARIATIONS)) kinds.push(runPositives(screener, o, policy, kind, 'name', v));
  for (const [kind, v] of Object.entries(IDENTIFIER_VARIATIONS)) kinds.push(runPositives(screener, o, policy, kind, 'identifier', v));
  for (const kind of Object.keys(NEGATIVES)) kinds.push(runNegatives(screener, o, policy, listed, kind));
  return { kinds, policy };
}

/** The lowest threshold at which at most `maxFpr` of the negatives score at or above it, and the name recall there. */
export function recallAtFpr(report: QualityReport, maxFpr: number): { threshold: number; recall: number; fpr: number } {
  const neg = report.kinds.filter((k) => k.group === 'negative').flatMap((k) => k.scores).sort((a, b) => b - a);
  const pos = report.kinds.filter((k) => k.group === 'name').flatMap((k) => k.scores);
  const allowed = Math.floor(maxFpr * neg.length);
  // Threshold just above the (allowed + 1)-th highest negative score.
  const threshold = neg.length > allowed ? Math.min(1, neg[allowed] + 1e-4) : 0;
  const recall = pos.filter((s) => s >= threshold).length / Math.max(1, pos.length);
  const fpr = neg.filter((s) => s >= threshold).length / Math.max(1, neg.length);
  return { threshold, recall, fpr };
}

function pct(a: number, b: number): string {
  return b === 0 ? '   n/a' : `${((100 * a) / b).toFixed(2).padStart(6)} %`;
}

export function formatQuality(report: QualityReport, title: string): string {
  const lines: string[] = [`## ${title}`, '', `policy ${report.policy.version}: name hold threshold ${report.policy.nameHoldThreshold}, report ${report.policy.nameReportThreshold}`, ''];
  const table = (group: 'name' | 'identifier' | 'negative', heading: string, col: string): void => {
    lines.push(`| ${heading.padEnd(28)} | ${'n'.padStart(5)} | ${col.padStart(9)} |`, `|${'-'.repeat(30)}|${'-'.repeat(7)}|${'-'.repeat(11)}|`);
    let n = 0;
    let held = 0;
    for (const k of report.kinds.filter((x) => x.group === group)) {
      lines.push(`| ${k.kind.padEnd(28)} | ${String(k.n).padStart(5)} | ${pct(k.held, k.n).padStart(9)} |`);
      n += k.n;
      held += k.held;
    }
    lines.push(`| ${'ALL'.padEnd(28)} | ${String(n).padStart(5)} | ${pct(held, n).padStart(9)} |`, '');
  };
  table('identifier', 'identifier variation', 'recall');
  table('name', 'name variation', 'recall');
  table('negative', 'hard negative', 'FPR');
  const at = recallAtFpr(report, 0.005);
  lines.push(`name recall at FPR <= 0.5 %: ${(100 * at.recall).toFixed(2)} % (threshold ${at.threshold.toFixed(4)}, FPR there ${(100 * at.fpr).toFixed(2)} %)`, '');
  return lines.join('\n');
}
