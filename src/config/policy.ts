/**
 * The decision policy: the calibrated defaults shipped with the screening engine, overridden by POLICY_FILE (JSON,
 * any subset of DecisionPolicy) and by INSTANT_NAME_HIT_ACTION. The version recorded with every decision names the
 * defaults and a digest of the overrides, so a decision can be traced to the exact thresholds it used.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_POLICY } from '../screening';
import type { DecisionPolicy } from '../screening/types';
import { AppError } from '../errors/app-error';
import type { Config } from './index';

const score = z.number().min(0).max(1);
const overridesSchema = z
  .object({
    nameReportThreshold: score,
    nameHoldThreshold: score,
    nameHoldThresholdBySource: z.record(z.string(), score),
    onIdentifierHit: z.enum(['clear', 'hold', 'reject']),
    onNameHit: z.enum(['clear', 'hold', 'reject']),
    instant: z.object({ onNameHit: z.enum(['reject', 'release']) }).partial(),
  })
  .partial()
  .strict();

export function loadPolicy(config: Pick<Config, 'policyFile' | 'instantNameHitAction'>): DecisionPolicy {
  let overrides: z.infer<typeof overridesSchema> = {};
  if (config.policyFile) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(config.policyFile, 'utf8'));
    } catch (e) {
      throw new AppError('CONFIG_INVALID', `POLICY_FILE ${config.policyFile}: ${(e as Error).message}`);
    }
    const parsed = overridesSchema.safeParse(json);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      throw new AppError('CONFIG_INVALID', `POLICY_FILE ${config.policyFile}: ${i.path.join('.')}: ${i.message}`);
    }
    overrides = parsed.data;
  }
  const merged: Omit<DecisionPolicy, 'version'> = {
    ...DEFAULT_POLICY,
    ...overrides,
    instant: { ...DEFAULT_POLICY.instant, onNameHit: config.instantNameHitAction, ...(overrides.instant ?? {}) },
  };
  if (merged.nameReportThreshold > merged.nameHoldThreshold) {
    throw new AppError('CONFIG_INVALID', 'policy: nameReportThreshold must not exceed nameHoldThreshold');
  }
  const differs = Object.keys(overrides).length > 0 || merged.instant.onNameHit !== DEFAULT_POLICY.instant.onNameHit;
  const digest = createHash('sha256').update(JSON.stringify(merged)).digest('hex').slice(0, 8);
  return { ...merged, version: differs ? `${DEFAULT_POLICY.version}+${digest}` : DEFAULT_POLICY.version };
}
