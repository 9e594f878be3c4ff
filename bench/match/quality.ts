/**
 * The quality benchmark: recall per variation kind and false-positive rate on hard negatives, measured on the
 * gateway's own decisions (screenTransaction with DEFAULT_POLICY), plus the name score distribution to find
 * the recall reachable at a false-positive rate of at most 0.5 %.
 */
import type { PayeeField, TransactionView } from '../../src/iso20022/types';
import { buildScreener, DEFAULT_POLICY, normaliseKey, normaliseName, screenTransaction, type ListScreener } from '../../src/screening';
import type { DecisionPolicy, Hit } from '../../src/screening/types';
import { entryAt, listRecord } from './generate-list';
import { listEntryAt } from './dense';
import { NEGATIVES } from './negatives';
import { Rng } from './rng';
import { IDENTIFIER_VARIATIONS, NAME_VARIATIONS, type Variation } from './variations';
import { legalFormWorld } from './legal-form-world';
import { NEAR_NEGATIVES } from './near-negatives';
import { COMMON_NEGATIVES } from './common-negatives';
import { diagnoseMiss, formatDiagnoses, type MissDiagnosis } from './diagnose';
import { listedSpellingKeys, paymentSpellingKey, SAME_NAME_TURNED_AWAY } from './same-name';
import { letters, listedWorldIdentities, listedWorldLetterKeys, listedWorldSpellings, WORLD_NAME_VARIATIONS, WORLD_NEGATIVES } from './world-variations';

export interface QualityOptions {
  readonly seed: number;
  readonly entries: number;
  /** Fillers listed after the entries (--dense, dense.ts); positives and negatives are drawn from the entries. */
  readonly fillers?: number;
  readonly positivesPerKind: number;
  readonly negativesPerKind: number;
  readonly policy?: DecisionPolicy;
  /** Only the kinds whose name matches (positives and negatives alike): a quick look at a few. */
  readonly kinds?: RegExp;
  /** Keep up to this many misses (positives) and false positives (negatives) per kind, to look at. */
  readonly keepMisses?: number;
  /** Diagnose each missed positive (see diagnose.ts). */
  readonly diagnose?: boolean;
}

export interface KindResult {
  readonly kind: string;
  readonly group: 'name' | 'identifier' | 'negative';
  readonly n: number;
  /** Positives: held with the right entry among the counting hits. Negatives: held. */
  readonly held: number;
  readonly scores: number[];
  /** Negatives: generated names left out as a listed person's name in another spelling (see same-name), which the other checks let through. */
  readonly sameName?: number;
  /** Examples: the payment name (or field values), the expected listed name, the best score. */
  readonly misses: string[];
  /** Positives, with --diagnose: where each miss was lost. */
  readonly diagnoses?: MissDiagnosis[];
}

export interface QualityReport {
  readonly kinds: KindResult[];
  readonly policy: DecisionPolicy;
  /** Search losses shown per kind with --diagnose. */
  readonly examples?: number;
}

function tx(payee: PayeeField[]): TransactionView {
  return { index: 0, path: '/Document', endToEndId: 'bench', amount: { value: '1.00', currency: 'EUR' }, paymentType: { serviceLevels: [] }, payee };
}

/** A person is the same person with or without middle names: given name + surname. */
function firstLastKey(name: string): string | undefined {
  const t = normaliseName(name).fullTokens;
  return t.length >= 2 ? `${t[0]} ${t[t.length - 1]}` : undefined;
}

/**
 * ... and with or without a second surname (Maria LOPEZ for Maria LOPEZ GARCIA, Tomasz Nowakowski for Tomasz
 * Nowakowski-Kowal): a payment to given name + first surname of a listed person is no negative.
 */
function firstSurnameKey(name: string): string | undefined {
  const t = normaliseName(name).fullTokens;
  return t.length >= 3 ? `${t[0]} ${t[t.length - 2]}` : undefined;
}

/** The same words in another order are the same name (a reordering is a positive variation). */
function sortedKey(name: string): string {
  return [...normaliseName(name).tokens].sort().join(' ');
}

/**
 * What makes a generated negative not a negative: it is a listed name, or a listed person's given name + surname,
 * or (romanised cultures) a listed person's name in any system.
 */
export function listedNameKeys(seed: number, entries: number, fillers = 0): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < entries + fillers; i++) {
    const e = listEntryAt(seed, i, entries);
    for (const n of [...e.names, ...listedWorldSpellings(e)]) {
      keys.add(normaliseKey(n));
      const fl = e.kind === 'person' ? firstLastKey(n) : undefined;
      if (fl !== undefined) keys.add(`person:${fl}`);
      const fs = e.kind === 'person' ? firstSurnameKey(n) : undefined;
      if (fs !== undefined) keys.add(`person:${fs}`);
      keys.add(`sorted:${sortedKey(n)}`);
      if (e.kind === 'person') for (const k of listedSpellingKeys(n)) keys.add(k);
    }
    for (const k of listedWorldLetterKeys(e)) keys.add(k);
  }
  return keys;
}

export function isListed(listed: Set<string>, name: string): boolean {
  const fl = firstLastKey(name);
  return (
    listed.has(normaliseKey(name)) || (fl !== undefined && listed.has(`person:${fl}`)) || listed.has(`sorted:${sortedKey(name)}`) || listed.has(letters(name))
  );
}

/** A listed person's given name and surname (or first of two surnames) in another spelling of the same name (see same-name). */
export function isListedSpelling(listed: Set<string>, name: string): boolean {
  const key = paymentSpellingKey(name);
  return key !== undefined && listed.has(key);
}

function describe(fields: readonly PayeeField[]): string {
  return fields.map((f) => `${f.path}=${JSON.stringify(f.value)}`).join(' ');
}

function runPositives(
  screener: ListScreener,
  o: QualityOptions,
  policy: DecisionPolicy,
  kind: string,
  group: 'name' | 'identifier',
  variation: Variation,
): KindResult {
  const rng = new Rng(o.seed * 7919 + kind.length * 31 + kind.charCodeAt(0) + kind.charCodeAt(kind.length - 1) * 131);
  const scores: number[] = [];
  const misses: string[] = [];
  const diagnoses: MissDiagnosis[] = [];
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
    const best = own.reduce((m, h) => Math.max(m, h.score), 0);
    scores.push(best);
    const counts = own.some((h) => h.method !== 'name' || h.score >= policy.nameHoldThreshold);
    if (r.decision === 'hold' && counts) {
      held++;
      continue;
    }
    if (misses.length < (o.keepMisses ?? 0)) misses.push(`${describe(fields)} | listed ${JSON.stringify(e.names)} | score ${best.toFixed(3)}`);
    // (the entry alone: a list of that one entry, whose words no other listed name shares — see diagnose.ts)
    const alone = (): boolean => {
      const one = buildScreener([listRecord(e)], { version: 'alone', nameCacheSize: 0 });
      const a = screenTransaction(one, tx(fields), policy, { instant: false });
      return a.decision === 'hold' && a.hits.some((h) => h.entryId === e.id && (h.method !== 'name' || h.score >= policy.nameHoldThreshold));
    };
    const d = o.diagnose === true && group === 'name' ? diagnoseMiss(screener, fields, e.id, policy.nameHoldThreshold, alone()) : undefined;
    if (d !== undefined) diagnoses.push(d);
  }
  return o.diagnose === true && group === 'name' ? { kind, group, n, held, scores, misses, diagnoses } : { kind, group, n, held, scores, misses };
}

type NegativeMaker = (rng: Rng) => string | undefined;

/** A held negative's explanation in one line: which features carried it over the threshold. */
function explained(h: Hit): string {
  return h.explanation.map((f) => `${f.feature}=${f.value}${f.detail === undefined ? '' : `[${f.detail}]`}`).join(' ');
}

function runNegatives(screener: ListScreener, o: QualityOptions, policy: DecisionPolicy, listed: Set<string>, kind: string, make: NegativeMaker): KindResult {
  const rng = new Rng(o.seed * 104729 + kind.length * 17 + kind.charCodeAt(1) + kind.charCodeAt(kind.length - 1) * 131);
  const scores: number[] = [];
  const misses: string[] = [];
  let held = 0;
  let n = 0;
  SAME_NAME_TURNED_AWAY.count = 0;
  for (let attempt = 0; n < o.negativesPerKind && attempt < o.negativesPerKind * 50; attempt++) {
    const name = make(rng);
    if (name === undefined || isListed(listed, name)) continue;
    if (isListedSpelling(listed, name)) {
      SAME_NAME_TURNED_AWAY.count++;
      continue;
    }
    n++;
    const field: PayeeField = { path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: name };
    const r = screenTransaction(screener, tx([field]), policy, { instant: false });
    const top = r.hits.reduce<Hit | undefined>((m, h) => (m === undefined || h.score > m.score ? h : m), undefined);
    scores.push(top?.score ?? 0);
    if (r.decision === 'hold' && top !== undefined) {
      held++;
      if (misses.length < (o.keepMisses ?? 0))
        misses.push(`${JSON.stringify(name)} held on ${JSON.stringify(top.matched)} score ${top.score.toFixed(3)} (${explained(top)})`);
    }
  }
  return { kind, group: 'negative', n, held, scores, sameName: SAME_NAME_TURNED_AWAY.count, misses };
}

export function runQuality(screener: ListScreener, o: QualityOptions): QualityReport {
  const policy = o.policy ?? DEFAULT_POLICY;
  const fillers = o.fillers ?? 0;
  const listed = listedNameKeys(o.seed, o.entries, fillers);
  const worldPersons = listedWorldIdentities(o.seed, o.entries, fillers);
  const ctx = { seed: o.seed, entries: o.entries, fillers };
  const kinds: KindResult[] = [];
  const wanted = (kind: string): boolean => o.kinds === undefined || o.kinds.test(kind);
  for (const [kind, v] of Object.entries({ ...NAME_VARIATIONS, legal_form_world: legalFormWorld, ...WORLD_NAME_VARIATIONS }))
    if (wanted(kind)) kinds.push(runPositives(screener, o, policy, kind, 'name', v));
  for (const [kind, v] of Object.entries(IDENTIFIER_VARIATIONS)) if (wanted(kind)) kinds.push(runPositives(screener, o, policy, kind, 'identifier', v));
  for (const [kind, make] of Object.entries(NEGATIVES)) if (wanted(kind)) kinds.push(runNegatives(screener, o, policy, listed, kind, (rng) => make(rng, ctx)));
  for (const [kind, make] of Object.entries({ ...WORLD_NEGATIVES, ...NEAR_NEGATIVES, ...COMMON_NEGATIVES }))
    if (wanted(kind)) kinds.push(runNegatives(screener, o, policy, listed, kind, (rng) => make(rng, ctx, worldPersons)));
  return { kinds, policy, examples: o.keepMisses };
}

/** Wilson score interval of k successes in n at 95 % confidence. */
export function wilson(k: number, n: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const z = 1.959964;
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The lowest threshold at which at most `maxFpr` of the negatives score at or above it, and the name recall there. */
export function recallAtFpr(report: QualityReport, maxFpr: number): { threshold: number; recall: number; fpr: number } {
  const neg = report.kinds
    .filter((k) => k.group === 'negative')
    .flatMap((k) => k.scores)
    .sort((a, b) => b - a);
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

function ci(a: number, b: number): string {
  if (b === 0) return '';
  const { low, high } = wilson(a, b);
  return `${(100 * low).toFixed(1)}–${(100 * high).toFixed(1)}`;
}

export function formatQuality(report: QualityReport, title: string): string {
  const lines: string[] = [
    `## ${title}`,
    '',
    `policy ${report.policy.version}: name hold threshold ${report.policy.nameHoldThreshold}, report ${report.policy.nameReportThreshold}`,
    '',
  ];
  const at = recallAtFpr(report, 0.005);
  // Negatives: also the share at or above the threshold of FPR <= 0.5 % (τ), which kinds set the operating point.
  const table = (group: 'name' | 'identifier' | 'negative', heading: string, col: string): void => {
    const atTau = group === 'negative';
    lines.push(
      `| ${heading.padEnd(30)} | ${'n'.padStart(5)} | ${col.padStart(9)} | 95 % CI (Wilson) |${atTau ? '  ≥ τ     | same name |' : ''}`,
      `|${'-'.repeat(32)}|${'-'.repeat(7)}|${'-'.repeat(11)}|${'-'.repeat(18)}|${atTau ? `${'-'.repeat(10)}|${'-'.repeat(11)}|` : ''}`,
    );
    let n = 0;
    let held = 0;
    let above = 0;
    let sameName = 0;
    const tau = (k: KindResult): number => k.scores.filter((s) => s >= at.threshold).length;
    for (const k of report.kinds.filter((x) => x.group === group)) {
      lines.push(
        `| ${k.kind.padEnd(30)} | ${String(k.n).padStart(5)} | ${pct(k.held, k.n).padStart(9)} | ${ci(k.held, k.n).padStart(16)} |${atTau ? ` ${pct(tau(k), k.n)} | ${String(k.sameName ?? 0).padStart(9)} |` : ''}`,
      );
      n += k.n;
      held += k.held;
      above += atTau ? tau(k) : 0;
      sameName += k.sameName ?? 0;
    }
    lines.push(
      `| ${'ALL'.padEnd(30)} | ${String(n).padStart(5)} | ${pct(held, n).padStart(9)} | ${ci(held, n).padStart(16)} |${atTau ? ` ${pct(above, n)} | ${String(sameName).padStart(9)} |` : ''}`,
      '',
    );
  };
  table('identifier', 'identifier variation', 'recall');
  table('name', 'name variation', 'recall');
  table('negative', 'hard negative', 'FPR');
  lines.push(
    `name recall at FPR <= 0.5 %: ${(100 * at.recall).toFixed(2)} % (threshold ${at.threshold.toFixed(4)}, FPR there ${(100 * at.fpr).toFixed(2)} %)`,
    '',
    'same name: generated negatives left out as a listed name in another spelling (bench/match/same-name.ts), which the other checks let through.',
    '',
  );
  if (report.kinds.some((k) => k.diagnoses !== undefined)) lines.push(formatDiagnoses(report.kinds, report.policy.nameHoldThreshold, report.examples ?? 0), '');
  for (const k of report.kinds) {
    if (k.misses.length === 0) continue;
    lines.push(`### ${k.group === 'negative' ? 'held' : 'missed'}: ${k.kind}`, ...k.misses.map((m) => `- ${m}`), '');
  }
  return lines.join('\n');
}
