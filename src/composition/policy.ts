/**
 * Configuration → the policies and settings the use cases take as data: the decision policy (with the operator's
 * POLICY_FILE read here), the status each decision is reported with, the hold deadlines and the review rules.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../config';
import { AppError } from '../errors/app-error';
import type { DecisionPolicy } from '../screening/types';
import { decisionPolicy } from '../policy/decision-policy';
import type { OutcomePolicy, StatusPolicy } from '../policy/outcome';
import { REVIEW_REJECT_REASONS } from '../policy/reject-reasons';
import type { ReviewSettings } from '../app/review-service';

export function loadDecisionPolicy(config: Pick<Config, 'policyFile' | 'instantNameHitAction'>): DecisionPolicy {
  const file = config.policyFile;
  if (!file) return decisionPolicy({ instantNameHitAction: config.instantNameHitAction });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('CONFIG_INVALID', `POLICY_FILE ${file}: ${(e as Error).message}`);
  }
  return decisionPolicy({ overrides: { source: `POLICY_FILE ${file}`, json }, instantNameHitAction: config.instantNameHitAction });
}

export function statusPolicyOf(config: Config): StatusPolicy {
  return {
    rejectReason: config.rejectReason,
    pendingStatus: config.pendingStatus,
    ...(config.pendingReason ? { pendingReason: config.pendingReason } : {}),
  };
}

export function outcomePolicyOf(config: Config): OutcomePolicy {
  return { ...statusPolicyOf(config), holdDeadlines: config.holdDeadlines };
}

export function reviewSettingsOf(config: Config): ReviewSettings {
  return {
    fourEyes: config.fourEyes,
    conflictRule: config.fourEyesConflict,
    rejectReason: config.rejectReason,
    rejectReasons: REVIEW_REJECT_REASONS,
    expiryAction: config.holdExpiryAction,
  };
}
