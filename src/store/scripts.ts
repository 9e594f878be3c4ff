/**
 * The gateway's Redis scripts. Each is a file in lua/ (beside this module in the sources; the build copies the
 * folder next to the compiled module), read once when this module loads and declared on a connection as a command
 * (EVALSHA, with EVAL when Redis does not have it cached yet). The declaration at the end of this file gives every
 * command its arguments and reply, so the stores call them as typed methods of the connection.
 *
 * Why scripts: each is one step that must be atomic — the accept of a message, a reviewer's decision, a lease-guarded
 * write — and Redis runs a script with nothing else in between.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Result } from 'ioredis';
import type { RedisClient } from './redis';

/**
 * Command name → script file and its number of keys (undefined: the caller passes the count first); `prelude`: files
 * of Lua functions put in front of the script (review-stats.lua: the day's review aggregates, kept in the same step;
 * slices.lua: variadic commands over long lists).
 */
const SCRIPTS = {
  cpPersist: { file: 'persist-accepted.lua', keys: undefined, prelude: ['slices.lua', 'review-stats.lua'] },
  cpOpenUnit: { file: 'open-unit.lua', keys: 2 },
  cpCloseUnit: { file: 'close-unit.lua', keys: 1 },
  cpFinishForwards: { file: 'finish-forwards.lua', keys: undefined, prelude: ['slices.lua'] },
  cpReadHashes: { file: 'read-hashes.lua', keys: undefined, prelude: ['slices.lua'] },
  cpHoldAct: { file: 'hold-act.lua', keys: 11, prelude: ['review-stats.lua', 'hold-step.lua'] },
  cpHoldClaim: { file: 'hold-claim.lua', keys: 2, prelude: ['hold-step.lua'] },
  cpHoldSystemDecide: { file: 'hold-system-decide.lua', keys: 11, prelude: ['review-stats.lua', 'hold-step.lua'] },
  cpHoldEscalate: { file: 'hold-escalate.lua', keys: 4, prelude: ['review-stats.lua', 'hold-step.lua'] },
  cpEffectsDone: { file: 'effects-done.lua', keys: 2 },
  cpStatusDeadLetter: { file: 'status-dead-letter.lua', keys: 2 },
  cpTxState: { file: 'tx-state.lua', keys: 1 },
  cpAuditAppend: { file: 'audit-append.lua', keys: undefined, prelude: ['slices.lua'] },
  cpAuditSeal: { file: 'audit-seal.lua', keys: 4, prelude: ['slices.lua'] },
  cpAuditTrim: { file: 'audit-trim.lua', keys: 2 },
  cpExceptionPropose: { file: 'exception-propose.lua', keys: 2 },
  cpExceptionConfirm: { file: 'exception-confirm.lua', keys: 1 },
  cpExceptionRevoke: { file: 'exception-revoke.lua', keys: 2 },
  cpIntentsTrim: { file: 'intents-trim.lua', keys: 2 },
  cpLeaseHold: { file: 'lease-hold.lua', keys: 1 },
  cpLeaseRelease: { file: 'lease-release.lua', keys: 1 },
  cpHoldRescreen: { file: 'hold-rescreen.lua', keys: 1 },
  cpPostHocOpen: { file: 'post-hoc-open.lua', keys: 2 },
  cpPostHocClose: { file: 'post-hoc-close.lua', keys: 3 },
} as const satisfies Record<string, { file: string; keys: number | undefined; prelude?: readonly string[] }>;

const LUA_DIR = path.join(__dirname, 'lua');

const read = (file: string) => readFileSync(path.join(LUA_DIR, file), 'utf8');
const SOURCES = new Map(Object.entries(SCRIPTS).map(([name, s]) => [name, [...('prelude' in s ? s.prelude : []), s.file].map(read).join('\n')]));

const declared = new WeakSet<RedisClient>();

/** Declares every script on this connection (once per connection; the stores sharing it call this each). */
export function defineScripts(redis: RedisClient): void {
  if (declared.has(redis)) return;
  for (const [name, s] of Object.entries(SCRIPTS)) {
    redis.defineCommand(name, { lua: SOURCES.get(name)!, ...(s.keys !== undefined ? { numberOfKeys: s.keys } : {}) });
  }
  declared.add(redis);
}

/**
 * [outcome, detail] replies of the scripts that answer with a pair; a third element 'again' when the script found that
 * this very call ran before (the client sent it again after its answer was lost: store/resent.ts).
 */
type Pair = [string, string, 'again'?];

declare module 'ioredis' {
  interface RedisCommander<Context> {
    cpPersist(numberOfKeys: number, ...keysAndArgs: (string | Buffer)[]): Result<Pair, Context>;
    cpOpenUnit(message: string, auditInbox: string, unitId: string, auditEvent: string): Result<number, Context>;
    cpCloseUnit(message: string, holdId: string, retentionMs: string, mode?: 'lost'): Result<number, Context>;
    /** Keys and arguments as arrays (a group of large units has more than a call can spread). */
    cpFinishForwards(numberOfKeys: number, keys: readonly string[], args: readonly string[]): Result<number[], Context>;
    /** Per key, its HMGET reply (or HGETALL's flat list); read-hashes.ts builds the arguments. */
    cpReadHashes(numberOfKeys: number, keys: readonly string[], args: readonly string[]): Result<(string | null)[][], Context>;
    cpReadHashesBuffer(numberOfKeys: number, keys: readonly string[], args: readonly string[]): Result<(Buffer | null)[][], Context>;
    cpHoldAct(...keysAndArgs: string[]): Result<Pair, Context>;
    cpHoldClaim(hold: string, auditInbox: string, reviewer: string, nowIso: string, mode: string, auditEvent: string, nonce: string): Result<Pair, Context>;
    cpHoldSystemDecide(...keysAndArgs: string[]): Result<string, Context>;
    cpHoldEscalate(
      hold: string,
      reviewDay: string,
      openEscalated: string,
      auditInbox: string,
      dayKeptMs: string,
      holdId: string,
      auditEvent: string,
      nonce: string,
    ): Result<number, Context>;
    cpEffectsDone(pendingEffects: string, auditInbox: string, holdId: string, auditEvent: string): Result<number, Context>;
    cpTxState(message: string, field: string, stateJson: string): Result<number, Context>;
    cpStatusDeadLetter(deadLetters: string, auditInbox: string, reportId: string, letterJson: string, auditEvent: string): Result<number, Context>;
    /** KEYS: inbox, the call's nonce key; ARGV: nonce kept (ms), the events. */
    cpAuditAppend(numberOfKeys: number, inbox: string, nonceKey: string, keptMs: string, ...events: string[]): Result<number, Context>;
    cpAuditSeal(
      lease: string,
      log: string,
      head: string,
      inbox: string,
      token: string,
      expectedHead: string,
      newHead: string,
      count: string,
      ...sealed: string[]
    ): Result<string, Context>;
    cpAuditTrim(log: string, checkpoint: string, count: string, lastHash: string, checkpointJson: string): Result<string, Context>;
    cpExceptionPropose(records: string, pairs: string, id: string, pair: string, recordJson: string, nowIso: string): Result<Pair, Context>;
    cpExceptionConfirm(records: string, id: string, reviewer: string, nowIso: string, comment: string, expiresAtIso: string): Result<Pair, Context>;
    cpExceptionRevoke(records: string, pairs: string, id: string, reviewer: string, nowIso: string, comment: string): Result<Pair, Context>;
    cpIntentsTrim(lease: string, intents: string, token: string, count: string, lastIntent: string): Result<string, Context>;
    cpLeaseHold(lease: string, token: string, ttlMs: string): Result<number, Context>;
    cpLeaseRelease(lease: string, token: string): Result<number, Context>;
    cpHoldRescreen(hold: string, version: string, rescreenJson: string): Result<number, Context>;
    cpPostHocOpen(item: string, open: string, id: string, sealedBody: string, openedMs: string): Result<number, Context>;
    cpPostHocClose(item: string, open: string, closed: string, id: string, closingJson: string, nowMs: string, keepMs: string): Result<Pair, Context>;
  }
}
