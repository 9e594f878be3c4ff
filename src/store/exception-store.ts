/**
 * Reviewer-approved false-positive exceptions in Redis: one hash of records (id → JSON, kept after revocation or
 * expiry as history) and one hash of open pairs ("<counterparty>|<entry>" → id) so a pair has at most one proposed or
 * active exception. Every state change is one Lua script (compare-and-set), so two reviewers racing cannot both
 * confirm, and a proposal cannot slip in beside an active exception.
 */
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import { type ExceptionRecord, pairOf } from '../model/records';

/** KEYS: records, pairs ; ARGV: id, pair, recordJson, nowIso → {'ok', id} | {'exists', id} */
const PROPOSE = `
local held = redis.call('HGET', KEYS[2], ARGV[2])
if held then
  local json = redis.call('HGET', KEYS[1], held)
  if json then
    local r = cjson.decode(json)
    -- an active exception past its expiry no longer blocks the pair
    if r.state == 'proposed' or (r.state == 'active' and r.expiresAt and r.expiresAt > ARGV[4]) then return {'exists', held} end
  end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
return {'ok', ARGV[1]}
`;

/** KEYS: records ; ARGV: id, reviewer, nowIso, comment, expiresAtIso → {outcome, detail} */
const CONFIRM = `
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return {'not-found', ''} end
local r = cjson.decode(json)
if r.state ~= 'proposed' then return {'not-pending', r.state} end
if r.proposedBy == ARGV[2] then return {'same-reviewer', r.proposedBy} end
r.state = 'active'
r.confirmedBy = ARGV[2]
r.confirmedAt = ARGV[3]
r.confirmComment = ARGV[4]
r.expiresAt = ARGV[5]
local out = cjson.encode(r)
redis.call('HSET', KEYS[1], ARGV[1], out)
return {'ok', out}
`;

/** KEYS: records, pairs ; ARGV: id, reviewer, nowIso, comment → {outcome, detail} */
const REVOKE = `
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return {'not-found', ''} end
local r = cjson.decode(json)
if r.state == 'revoked' then return {'not-pending', r.state} end
r.state = 'revoked'
r.revokedBy = ARGV[2]
r.revokedAt = ARGV[3]
r.revokeComment = ARGV[4]
local out = cjson.encode(r)
redis.call('HSET', KEYS[1], ARGV[1], out)
local pair = r.counterparty .. '|' .. r.entryId
if redis.call('HGET', KEYS[2], pair) == ARGV[1] then redis.call('HDEL', KEYS[2], pair) end
return {'ok', out}
`;

export type StepOutcome =
  | { outcome: 'ok'; record: ExceptionRecord }
  | { outcome: 'not-found' }
  | { outcome: 'not-pending'; state: string }
  | { outcome: 'same-reviewer' };

interface ExceptionCommands {
  cpExceptionPropose(...args: string[]): Promise<[string, string]>;
  cpExceptionConfirm(...args: string[]): Promise<[string, string]>;
  cpExceptionRevoke(...args: string[]): Promise<[string, string]>;
}

export class ExceptionStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {
    redis.defineCommand('cpExceptionPropose', { numberOfKeys: 2, lua: PROPOSE });
    redis.defineCommand('cpExceptionConfirm', { numberOfKeys: 1, lua: CONFIRM });
    redis.defineCommand('cpExceptionRevoke', { numberOfKeys: 2, lua: REVOKE });
  }

  private get cmd(): ExceptionCommands {
    return this.redis as unknown as ExceptionCommands;
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
    const [outcome, id] = await this.cmd.cpExceptionPropose(this.keys.exceptions, this.keys.exceptionPairs, r.id, pairOf(r.counterparty, r.entryId), JSON.stringify(r), now.toISOString());
    return { outcome: outcome as 'ok' | 'exists', id };
  }

  async confirm(id: string, reviewer: string, comment: string, now: Date, expiresAt: Date): Promise<StepOutcome> {
    return step(await this.cmd.cpExceptionConfirm(this.keys.exceptions, id, reviewer, now.toISOString(), comment, expiresAt.toISOString()));
  }

  async revoke(id: string, reviewer: string, comment: string, now: Date): Promise<StepOutcome> {
    return step(await this.cmd.cpExceptionRevoke(this.keys.exceptions, this.keys.exceptionPairs, id, reviewer, now.toISOString(), comment));
  }

  /** Tells every gateway instance on this Redis to reload its suppression index. */
  async announce(id: string): Promise<void> {
    await this.redis.publish(this.keys.exceptionsChannel, id);
  }
}

function step([outcome, detail]: [string, string]): StepOutcome {
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
