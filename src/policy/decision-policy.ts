/**
 * The decision policy in force: the calibrated defaults shipped with the screening engine, overridden by the
 * operator's POLICY_FILE (JSON, any subset of DecisionPolicy) and by INSTANT_NAME_HIT_ACTION. The version recorded
 * with every decision names the defaults and a digest of the overrides, so a decision can be traced to the exact
 * thresholds it used.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_NAME_FLOOR, DEFAULT_POLICY, rulesFor } from '../screening';
import type { DecisionPolicy } from '../screening/types';
import { AppError } from '../errors/app-error';

const score = z.number().min(0).max(1);
const action = z.enum(['clear', 'hold', 'reject']);
const sourceRules = z.object({ nameReportThreshold: score, nameHoldThreshold: score, onIdentifierHit: action, onNameHit: action }).partial().strict();
const overridesSchema = z
  .object({
    nameReportThreshold: score,
    nameHoldThreshold: score,
    nameHoldThresholdBySource: z.record(z.string(), score),
    onIdentifierHit: action,
    onNameHit: action,
    sources: z.record(z.string().min(1), sourceRules),
    instant: z.object({ onNameHit: z.enum(['reject', 'release']) }).partial(),
  })
  .partial()
  .strict();

export interface PolicyOverrides {
  /** Where the overrides come from, for error messages ("POLICY_FILE policy.json"). */
  readonly source: string;
  /** The parsed JSON, checked here. */
  readonly json: unknown;
}

export function decisionPolicy(o: { overrides?: PolicyOverrides; instantNameHitAction: 'reject' | 'release' }): DecisionPolicy {
  let overrides: z.infer<typeof overridesSchema> = {};
  if (o.overrides) {
    const parsed = overridesSchema.safeParse(o.overrides.json);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      throw new AppError('CONFIG_INVALID', `${o.overrides.source}: ${i.path.join('.')}: ${i.message}`);
    }
    overrides = parsed.data;
  }
  const merged: Omit<DecisionPolicy, 'version'> = {
    ...DEFAULT_POLICY,
    ...overrides,
    instant: { ...DEFAULT_POLICY.instant, onNameHit: o.instantNameHitAction, ...(overrides.instant ?? {}) },
  };
  if (merged.nameReportThreshold > merged.nameHoldThreshold) {
    throw new AppError('CONFIG_INVALID', 'policy: nameReportThreshold must not exceed nameHoldThreshold');
  }
  checkFloor('policy', merged);
  for (const source of new Set([...Object.keys(merged.sources ?? {}), ...Object.keys(merged.nameHoldThresholdBySource ?? {})])) {
    checkFloor(`policy: sources.${source}`, rulesFor({ ...merged, version: '' }, source));
  }
  const differs = Object.keys(overrides).length > 0 || merged.instant.onNameHit !== DEFAULT_POLICY.instant.onNameHit;
  const digest = createHash('sha256').update(JSON.stringify(merged)).digest('hex').slice(0, 8);
  return { ...merged, version: differs ? `${DEFAULT_POLICY.version}+${digest}` : DEFAULT_POLICY.version };
}

/**
 * The screener reports no name hit below its floor: a threshold under it would silently never be reached, so it is
 * refused with the place it was written.
 */
function checkFloor(where: string, t: { nameReportThreshold: number; nameHoldThreshold: number }): void {
  for (const [name, value] of [
    ['nameReportThreshold', t.nameReportThreshold],
    ['nameHoldThreshold', t.nameHoldThreshold],
  ] as const) {
    if (value < DEFAULT_NAME_FLOOR)
      throw new AppError('CONFIG_INVALID', `${where}: ${name} ${value} is below ${DEFAULT_NAME_FLOOR}, the lowest name score the screener reports`);
  }
}
