/**
 * Reviewer-approved false-positive exceptions in Redis: one hash of records (id → JSON, kept after revocation or
 * expiry as history) and one hash of open pairs ("<counterparty>|<entry>" → id) so a pair has at most one proposed or
 * active exception. Every state change is one Lua script (compare-and-set), so two reviewers racing cannot both
 * confirm, and a proposal cannot slip in beside an active exception.
 */
import type { RedisClient } from './redis';
import type { RedisKeys } from './keys';
import { type ExceptionRecord, pairOf } from '../model/records';
import { defineScripts } from './scripts';
import { type ResentLog, ignoreResent } from './resent';

export type StepOutcome =
  { outcome: 'ok'; record: ExceptionRecord } | { outcome: 'not-found' } | { outcome: 'not-pending'; state: string } | { outcome: 'same-reviewer' };
export class ExceptionStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
    /** Told when a step finds it ran before (sent again by the client after its answer was lost). */
    private readonly resent: ResentLog = ignoreResent,
  ) {
    defineScripts(redis);
  }

  async get(id: string): Promise<ExceptionRecord | undefined> {
    const json = await this.redis.hget(this.keys.exceptions, id);
    return json ? (JSON.parse(json) as ExceptionRecord) : undefined;
  }

  async all(): Promise<ExceptionRecord[]> {
    const h = await this.redis.hgetall(this.keys.exceptions);
    return Object.values(h).map((json) => JSON.parse(json) as ExceptionRecord);
  }

  /** Stores a new proposal unless the pair has one proposed or active already (then: that one's id). */
  async propose(r: ExceptionRecord, now: Date): Promise<{ outcome: 'ok' | 'exists'; id: string }> {
    const [outcome, id, again] = await this.redis.cpExceptionPropose(
      this.keys.exceptions,
      this.keys.exceptionPairs,
      r.id,
      pairOf(r.counterparty, r.entryId),
      JSON.stringify(r),
      now.toISOString(),
    );
    if (again) this.resent('exception proposal', { exceptionId: id });
    return { outcome: outcome as 'ok' | 'exists', id };
  }

  async confirm(id: string, reviewer: string, comment: string, now: Date, expiresAt: Date): Promise<StepOutcome> {
    const reply = await this.redis.cpExceptionConfirm(this.keys.exceptions, id, reviewer, now.toISOString(), comment, expiresAt.toISOString());
    if (reply[2]) this.resent('exception confirmation', { exceptionId: id });
    return step(reply);
  }

  async revoke(id: string, reviewer: string, comment: string, now: Date): Promise<StepOutcome> {
    const reply = await this.redis.cpExceptionRevoke(this.keys.exceptions, this.keys.exceptionPairs, id, reviewer, now.toISOString(), comment);
    if (reply[2]) this.resent('exception revocation', { exceptionId: id });
    return step(reply);
  }
}

function step([outcome, detail]: [string, string, 'again'?]): StepOutcome {
  switch (outcome) {
    case 'ok':
      return { outcome, record: JSON.parse(detail) as ExceptionRecord };
    case 'not-pending':
      return { outcome, state: detail };
    case 'same-reviewer':
      return { outcome };
    default:
      return { outcome: 'not-found' };
  }
}
