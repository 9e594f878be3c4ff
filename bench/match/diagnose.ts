/**
 * bench:match --diagnose: where a missed positive was lost. The candidate search must bring the listed entry to
 * the scorer: a miss whose entry scores at or above the hold threshold when scored directly, yet was not among the
 * candidates, is the search's loss, not the scorer's. Per kind, how many misses are which, and why the search lost
 * them (see NameIndex.searchTrace).
 */
import type { PayeeField } from '../../src/iso20022/types';
import type { ListScreener } from '../../src/screening';
import { nameQueries } from '../../src/screening/payee-names';
import type { NameDiagnosis } from '../../src/screening/screener';

/** Why a missed positive was missed. */
export type MissCause =
  /** The search ended on a good-enough candidate; the costlier searches would have brought the entry. */
  | 'search: stopped early'
  /** Found, but ranked below the candidate limit. */
  | 'search: below the limit'
  /** Reached, with too little of its name found to qualify (MIN_EVIDENCE) — or ranked out even without a limit. */
  | 'search: too little evidence'
  /** No search reached it. */
  | 'search: never reached'
  /** Scored directly it is below the hold threshold: the scorer's loss. */
  | 'scorer: below hold'
  /** A candidate scoring at or above the threshold, yet the payment was not held (the policy, another field). */
  | 'other';

export const MISS_CAUSES: readonly MissCause[] = [
  'search: stopped early',
  'search: below the limit',
  'search: too little evidence',
  'search: never reached',
  'scorer: below hold',
  'other',
];

export interface MissDiagnosis {
  readonly cause: MissCause;
  /** The payment name diagnosed (of the fields', the one whose entry scores best directly). */
  readonly text: string;
  readonly trace: NameDiagnosis;
  /**
   * The payment is held on the entry when the list holds that entry alone: a miss only in the list, where other
   * listed names crowd it out of the search or make its words common (lower weights) or known (a spelling that is
   * another listed person's word counts as no typo) — what --dense measures.
   */
  readonly alone: boolean;
}

export function diagnoseMiss(
  screener: ListScreener,
  fields: readonly PayeeField[],
  entryId: string,
  threshold: number,
  alone: boolean,
): MissDiagnosis | undefined {
  let best: { text: string; trace: NameDiagnosis } | undefined;
  for (const q of nameQueries(fields)) {
    const trace = screener.diagnoseName(q.text, q.truncated, q.field.partyType, entryId);
    // A query that brings the entry explains the miss better than one that does not, at the same direct score.
    if (best === undefined || trace.direct > best.trace.direct || (trace.direct === best.trace.direct && trace.candidate && !best.trace.candidate))
      best = { text: q.text, trace };
  }
  if (best === undefined) return undefined;
  const t = best.trace;
  const cause: MissCause =
    t.direct < threshold
      ? 'scorer: below hold'
      : t.candidate
        ? 'other'
        : t.stoppedEarly && t.withAllSearches
          ? 'search: stopped early'
          : t.withAllSearches
            ? 'other'
            : t.targetRank >= 0 && t.unlimited
              ? 'search: below the limit'
              : t.touched
                ? 'search: too little evidence'
                : 'search: never reached';
  return { cause, ...best, alone };
}

/** One line of a diagnosis: the payment name, the listed name and what the search did with it. */
export function describeDiagnosis(d: MissDiagnosis): string {
  const t = d.trace;
  const kept = t.keptRanks.length === 0 ? 'none' : `${t.keptRanks.length}, ${t.keptRanks[0].toFixed(3)}…${t.keptRanks[t.keptRanks.length - 1].toFixed(3)}`;
  return (
    `${JSON.stringify(d.text)} → ${JSON.stringify(t.listed)} direct ${t.direct.toFixed(3)} [${d.cause}] ` +
    `share ${t.targetShare.toFixed(2)} rank ${t.targetRank.toFixed(3)} kept ${kept}${t.stoppedEarly ? ' stopped' : ''}${d.alone ? ' (alone: held)' : ''}`
  );
}

/**
 * The table of causes per kind, and up to `examples` misses per kind that the list lost (the search's, then those the
 * entry alone would have held). "lost in search" is the share of the kind's positives that score at or above the
 * threshold against their entry but were not among the candidates; "lost in the list" the share the entry alone
 * holds and the whole list does not (search or score).
 */
export function formatDiagnoses(
  kinds: readonly { kind: string; n: number; diagnoses?: readonly MissDiagnosis[] }[],
  threshold: number,
  examples: number,
): string {
  const short = ['stopped', 'limit', 'evidence', 'unreached', 'scorer', 'other'];
  const lines = [
    `### Misses by cause (--diagnose; "search" = the entry scores ≥ ${threshold} directly but was not a candidate; "alone" = a list of the entry alone holds the payment)`,
    '',
    `| ${'kind'.padEnd(30)} | misses | search lost | lost in search | alone held | lost in the list | ${short.map((s) => s.padStart(9)).join(' | ')} |`,
    `|${'-'.repeat(32)}|--------|-------------|----------------|------------|------------------|${short.map(() => '-'.repeat(11)).join('|')}|`,
  ];
  const totals = new Map<MissCause, number>();
  let misses = 0;
  let positives = 0;
  let aloneAll = 0;
  const shown: string[] = [];
  const pct = (a: number, n: number): string => (n === 0 ? 'n/a' : `${((100 * a) / n).toFixed(2)} %`);
  for (const k of kinds) {
    if (k.diagnoses === undefined) continue;
    const count = (c: MissCause): number => k.diagnoses!.filter((d) => d.cause === c).length;
    const lost = k.diagnoses.filter((d) => d.cause.startsWith('search')).length;
    const alone = k.diagnoses.filter((d) => d.alone).length;
    misses += k.diagnoses.length;
    positives += k.n;
    aloneAll += alone;
    for (const c of MISS_CAUSES) totals.set(c, (totals.get(c) ?? 0) + count(c));
    lines.push(
      `| ${k.kind.padEnd(30)} | ${String(k.diagnoses.length).padStart(6)} | ${String(lost).padStart(11)} | ${pct(lost, k.n).padStart(14)} | ${String(alone).padStart(10)} | ${pct(alone, k.n).padStart(16)} | ${MISS_CAUSES.map((c) => String(count(c)).padStart(9)).join(' | ')} |`,
    );
    const losses = [...k.diagnoses.filter((d) => d.cause.startsWith('search')), ...k.diagnoses.filter((d) => d.alone && !d.cause.startsWith('search'))].slice(
      0,
      examples,
    );
    if (losses.length > 0) shown.push(`#### lost in the list: ${k.kind}`, ...losses.map((d) => `- ${describeDiagnosis(d)}`), '');
  }
  const lostAll = [...totals].filter(([c]) => c.startsWith('search')).reduce((a, [, n]) => a + n, 0);
  lines.push(
    `| ${'ALL'.padEnd(30)} | ${String(misses).padStart(6)} | ${String(lostAll).padStart(11)} | ${pct(lostAll, positives).padStart(14)} | ${String(aloneAll).padStart(10)} | ${pct(aloneAll, positives).padStart(16)} | ${MISS_CAUSES.map((c) => String(totals.get(c) ?? 0).padStart(9)).join(' | ')} |`,
    '',
    ...shown,
  );
  return lines.join('\n');
}
