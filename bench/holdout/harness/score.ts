/**
 * Scores screening results against the labels: recall per kind with Wilson 95 % intervals, recall at the score
 * threshold where at most 0.5 % of negatives are flagged, the shipped policy's decisions, and negatives with hits.
 */
import type { Case } from '../dataset/types';

export interface Hit {
  entryId: string;
  score: number;
  field?: string;
  method?: string;
}

export interface Outcome {
  decision: string;
  hits: Hit[];
}

export interface Rate {
  k: number;
  n: number;
  rate: number;
  low: number;
  high: number;
}

/** Wilson score interval at 95 %. */
export function wilson(k: number, n: number): Rate {
  if (n === 0) return { k, n, rate: NaN, low: NaN, high: NaN };
  const z = 1.959963984540054;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { k, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface PositiveRow {
  kind: string;
  n: number;
  recall: Rate;
  recallAtThreshold: Rate;
  heldOrRejected: Rate;
}

export interface NegativeRow {
  kind: string;
  n: number;
  anyHit: Rate;
  /** hits by an identifier method (iban, bic, domain, …), not by name */
  identifierHit: Rate;
  aboveThreshold: Rate;
  heldOrRejected: Rate;
}

export interface Report {
  /** flag when the best hit scores strictly above this; null: every hit counts (few negatives have any) */
  threshold: number | null;
  falsePositiveRateAtThreshold: Rate;
  positives: PositiveRow[];
  positiveGroups: PositiveRow[];
  negatives: NegativeRow[];
  allPositives: PositiveRow;
  allNegatives: NegativeRow;
}

interface Scored {
  c: Case;
  /** some hit came from an identifier method rather than the name */
  identifierHit: boolean;
  /** score of the best hit naming the expected entry (positives), or of the best hit at all (negatives); -1 when none */
  score: number;
  found: boolean;
  flagged: boolean;
}

function score(c: Case, o: Outcome): Scored {
  const flagged = o.decision !== 'clear';
  const identifierHit = o.hits.some((h) => h.method !== undefined && h.method !== 'name');
  if (c.label === 'positive') {
    const right = o.hits.filter((h) => h.entryId === c.entryId);
    return { c, identifierHit, found: right.length > 0, score: right.length > 0 ? Math.max(...right.map((h) => h.score)) : -1, flagged };
  }
  return { c, identifierHit, found: o.hits.length > 0, score: o.hits.length > 0 ? Math.max(...o.hits.map((h) => h.score)) : -1, flagged };
}

/** The lowest cut τ ("flag when score > τ") at which at most maxRate of negatives are flagged. */
export function thresholdFor(negativeScores: readonly number[], maxRate: number): number | null {
  const allowed = Math.floor(maxRate * negativeScores.length);
  const withHits = negativeScores.filter((s) => s >= 0).sort((a, b) => b - a);
  if (withHits.length <= allowed) return null;
  return withHits[allowed]!;
}

function above(s: Scored, threshold: number | null): boolean {
  return threshold === null ? s.score >= 0 : s.score > threshold;
}

function positiveRow(kind: string, rows: readonly Scored[], threshold: number | null): PositiveRow {
  return {
    kind,
    n: rows.length,
    recall: wilson(rows.filter((r) => r.found).length, rows.length),
    recallAtThreshold: wilson(rows.filter((r) => above(r, threshold)).length, rows.length),
    heldOrRejected: wilson(rows.filter((r) => r.flagged).length, rows.length),
  };
}

function negativeRow(kind: string, rows: readonly Scored[], threshold: number | null): NegativeRow {
  return {
    kind,
    n: rows.length,
    anyHit: wilson(rows.filter((r) => r.found).length, rows.length),
    identifierHit: wilson(rows.filter((r) => r.identifierHit).length, rows.length),
    aboveThreshold: wilson(rows.filter((r) => above(r, threshold)).length, rows.length),
    heldOrRejected: wilson(rows.filter((r) => r.flagged).length, rows.length),
  };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

export const MAX_FALSE_POSITIVE_RATE = 0.005;

export function scoreRun(cases: readonly Case[], outcomes: ReadonlyMap<string, Outcome>): Report {
  const scored = cases.map((c) => {
    const o = outcomes.get(c.id);
    if (!o) throw new Error(`no screening result for case ${c.id}`);
    return score(c, o);
  });
  const pos = scored.filter((s) => s.c.label === 'positive');
  const neg = scored.filter((s) => s.c.label === 'negative');
  const threshold = thresholdFor(
    neg.map((s) => s.score),
    MAX_FALSE_POSITIVE_RATE,
  );
  const byKind = [...groupBy(pos, (s) => s.c.kind)].sort(([a], [b]) => (a < b ? -1 : 1));
  const groups: [string, Scored[]][] = [
    ['romanisation (all)', pos.filter((s) => s.c.group === 'romanisation')],
    ['romanisation, 1 part spelt otherwise', pos.filter((s) => s.c.changedParts === 1)],
    ['romanisation, 2+ parts spelt otherwise', pos.filter((s) => (s.c.changedParts ?? 0) >= 2)],
    ['truncation (all)', pos.filter((s) => s.c.group === 'truncation')],
    ['identifiers (all)', pos.filter((s) => s.c.group === 'identifier')],
    ['names (all but identifiers)', pos.filter((s) => s.c.group !== 'identifier')],
    ['persons', pos.filter((s) => s.c.subject === 'person')],
    ['organisations', pos.filter((s) => s.c.subject === 'organisation')],
  ];
  return {
    threshold,
    falsePositiveRateAtThreshold: wilson(neg.filter((s) => above(s, threshold)).length, neg.length),
    positives: byKind.map(([k, rows]) => positiveRow(k, rows, threshold)),
    positiveGroups: groups.map(([k, rows]) => positiveRow(k, rows, threshold)),
    negatives: [...groupBy(neg, (s) => s.c.kind)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, rows]) => negativeRow(k, rows, threshold)),
    allPositives: positiveRow('all positives', pos, threshold),
    allNegatives: negativeRow('all negatives', neg, threshold),
  };
}

// ---- printing

const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const ci = (r: Rate) => `${pct(r.rate)} [${pct(r.low).trim()}–${pct(r.high).trim()}]`;

export function formatReport(r: Report): string {
  const lines: string[] = [];
  const tau = r.threshold === null ? 'any hit (≤ 0.5 % of negatives have one)' : `score > ${r.threshold}`;
  lines.push(`Operating point at ≤ 0.5 % false positives: ${tau}; negatives flagged there: ${ci(r.falsePositiveRateAtThreshold)}`);
  lines.push('');
  const head = `${'positive kind'.padEnd(40)} ${'n'.padStart(5)}  ${'recall [95% CI]'.padEnd(23)}  ${'recall at τ [95% CI]'.padEnd(23)}  ${'held/rejected'.padEnd(13)}`;
  lines.push(head, '-'.repeat(head.length));
  const pRow = (row: PositiveRow) =>
    `${row.kind.padEnd(40)} ${String(row.n).padStart(5)}  ${ci(row.recall).padEnd(23)}  ${ci(row.recallAtThreshold).padEnd(23)}  ${pct(row.heldOrRejected.rate)}`;
  for (const row of r.positives) lines.push(pRow(row));
  lines.push('-'.repeat(head.length));
  for (const row of r.positiveGroups) lines.push(pRow(row));
  lines.push(pRow(r.allPositives));
  lines.push('');
  const nhead = `${'negative kind'.padEnd(40)} ${'n'.padStart(5)}  ${'any hit [95% CI]'.padEnd(23)}  ${'above τ [95% CI]'.padEnd(23)}  ${'held/rejected'.padEnd(13)}  identifier hit`;
  lines.push(nhead, '-'.repeat(nhead.length));
  const nRow = (row: NegativeRow) =>
    `${row.kind.padEnd(40)} ${String(row.n).padStart(5)}  ${ci(row.anyHit).padEnd(23)}  ${ci(row.aboveThreshold).padEnd(23)}  ${pct(row.heldOrRejected.rate).padEnd(13)}  ${pct(row.identifierHit.rate)}`;
  for (const row of r.negatives) lines.push(nRow(row));
  lines.push('-'.repeat(nhead.length));
  lines.push(nRow(r.allNegatives));
  return lines.join('\n');
}
