/**
 * Held transactions in Redis: the hold hashes, the sorted sets that list open holds by age, deadline and score,
 * and the atomic reviewer step (claim, propose, confirm) so that two reviewers acting at once cannot both decide.
 * The step writes its own audit event (proposed, confirmed, escalated) to the audit inbox in the same script.
 */
import type { RedisClient } from './redis';
import type { RedisKeys } from './keys';
import type { HoldDecision, HoldRecord, HoldState, Proposal } from '../model/records';
import type { AuditEventInput } from '../model/audit';
import { inboxEntry } from './audit-store';
import { holdFromHash } from './hold-codec';
import type { PayloadSealer } from './sealed-payload';
import { defineScripts } from './scripts';
import { hgetallEach, hmgetEachBuffer } from './read-hashes';
import { type ReplicaAcks, primaryOnly } from './replica-acks';
import { type ResentLog, callNonce, ignoreResent } from './resent';
import { DAY_KEPT_MS, dayOf } from './review-stats';
import { type FilterView, type HoldFacets, type HoldFilter, type HoldQuery, facetsOf, matchesFilter } from '../model/hold-query';

export type ActOutcome =
  | { outcome: 'decided'; decision: HoldDecision }
  | { outcome: 'proposed'; proposal: Proposal }
  | { outcome: 'not-found' }
  | { outcome: 'not-pending'; state: string }
  | { outcome: 'claimed'; by: string }
  | { outcome: 'same-reviewer'; proposal: Proposal }
  | { outcome: 'conflict'; proposal: Proposal; escalated: boolean };

const FILTER_FIELDS = ['facets', 'claimedBy', 'escalated'] as const;

export class HoldStore {
  private readonly acks: ReplicaAcks;

  constructor(
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
    private readonly sealer: PayloadSealer,
    acks?: ReplicaAcks,
    /** Told when a step finds it ran before (sent again by the client after its answer was lost). */
    private readonly resent: ResentLog = ignoreResent,
  ) {
    defineScripts(redis);
    this.acks = acks ?? primaryOnly(redis);
  }

  /** The keys a decision touches, the day's review aggregates (review-stats) among them. */
  private decisionKeys(holdId: string, now: Date): string[] {
    const k = this.keys;
    return [
      k.hold(holdId),
      k.holdsByCreated,
      k.holdsByDeadline,
      k.holdsByScore,
      k.holdsDecided,
      k.pendingEffects,
      k.reviewDay(dayOf(now)),
      k.holdsOpenPostHoc,
      k.holdsOpenPostHocByCreated,
      k.holdsOpenEscalated,
    ];
  }

  async get(holdId: string): Promise<HoldRecord | undefined> {
    return holdFromHash(holdId, await this.redis.hgetall(this.keys.hold(holdId)), this.sealer);
  }

  async getMany(ids: readonly string[]): Promise<HoldRecord[]> {
    if (ids.length === 0) return [];
    // One script, not a pipeline: a hold read as missing while a cluster slot migrates got no deadline job (read-hashes.ts).
    const hashes = await hgetallEach(
      this.redis,
      ids.map((id) => this.keys.hold(id)),
    );
    const out: HoldRecord[] = [];
    hashes.forEach((h, i) => {
      // a hold that does not open fails the page (RECORD_*): it is not left out as if it were not there
      const rec = holdFromHash(ids[i]!, h, this.sealer);
      if (rec) out.push(rec);
    });
    return out;
  }

  async countOpen(): Promise<number> {
    return this.redis.zcard(this.keys.holdsByCreated);
  }

  /**
   * One page of holds. Sorting comes from the sorted sets; filters are applied while walking them in batches (growing
   * while nothing matches), so a page costs O(page + skipped) and never loads all holds at once. The cursor names the
   * last hold of the page ("<score>~<id>"), not a position: holds decided meanwhile leave the set, and a position would
   * then skip as many waiting holds as were decided before it.
   */
  async list(q: HoldQuery): Promise<{ holds: HoldRecord[]; next?: string; total: number }> {
    const set =
      q.view === 'decided'
        ? this.keys.holdsDecided
        : q.sort === 'deadline'
          ? this.keys.holdsByDeadline
          : q.sort === 'score'
            ? this.keys.holdsByScore
            : this.keys.holdsByCreated;
    const desc = q.order === 'desc';
    const total = await this.redis.zcard(set);
    let pos = q.cursor ? await this.resume(set, q.cursor, desc) : 0;
    const holds: HoldRecord[] = [];
    let batch = Math.max(q.limit * 2, 100);
    let last: string | undefined;
    while (holds.length < q.limit && pos < total) {
      const flat = desc
        ? await this.redis.zrevrange(set, pos, pos + batch - 1, 'WITHSCORES')
        : await this.redis.zrange(set, pos, pos + batch - 1, 'WITHSCORES');
      if (flat.length === 0) break;
      const ids = flat.filter((_v, i) => i % 2 === 0);
      const wanted = q.filter ? await this.matching(ids, q.filter) : new Set(ids);
      const taken: string[] = [];
      for (let i = 0; i < ids.length && taken.length + holds.length < q.limit; i++) {
        pos++;
        last = `${flat[2 * i + 1]}~${ids[i]}`;
        if (wanted.has(ids[i]!)) taken.push(ids[i]!);
      }
      const byId = new Map((await this.getMany(taken)).map((r) => [r.id, r]));
      for (const id of taken) {
        const r = byId.get(id);
        if (r) holds.push(r);
      }
      batch = Math.min(batch * 2, 2000);
    }
    return { holds, total, ...(pos < total && holds.length >= q.limit && last ? { next: last } : {}) };
  }

  /** The ids among `ids` whose hold matches the filter, judged on facets (from the body for holds stored without). */
  private async matching(ids: readonly string[], filter: HoldFilter): Promise<Set<string>> {
    // One script, not a pipeline: a hold not taken for one stored without facets while a cluster slot migrates (read-hashes.ts).
    const replies = await hmgetEachBuffer(
      this.redis,
      ids.map((id) => ({ key: this.keys.hold(id), fields: FILTER_FIELDS })),
    );
    const out = new Set<string>();
    const legacy: string[] = [];
    replies.forEach((reply, i) => {
      const [facets, claimedBy, escalated] = reply.map((v) => v?.toString('utf8'));
      if (!facets) {
        legacy.push(ids[i]!);
        return;
      }
      const view: FilterView = { ...(JSON.parse(facets) as HoldFacets), escalated: !!escalated, ...(claimedBy ? { claimedBy } : {}) };
      if (matchesFilter(filter, view)) out.add(ids[i]!);
    });
    for (const r of await this.getMany(legacy)) {
      if (matchesFilter(filter, { ...facetsOf(r), escalated: !!r.escalated, ...(r.claimedBy ? { claimedBy: r.claimedBy } : {}) })) out.add(r.id);
    }
    return out;
  }

  /** Where a page continues: after its last hold, or — when that hold has left the set — after the holds scored before it. */
  private async resume(set: string, cursor: string, desc: boolean): Promise<number> {
    const sep = cursor.indexOf('~');
    const score = cursor.slice(0, sep);
    const id = cursor.slice(sep + 1);
    const rank = desc ? await this.redis.zrevrank(set, id) : await this.redis.zrank(set, id);
    if (rank !== null) return rank + 1;
    // Holds tied with the vanished one may show again: repeating an item is better than skipping one.
    return desc ? this.redis.zcount(set, `(${score}`, '+inf') : this.redis.zcount(set, '-inf', `(${score}`);
  }

  async act(
    holdId: string,
    /** `messageId`: the hold's message, named in the audit events the step writes. */
    a: {
      action: 'release' | 'reject';
      reviewer: string;
      comment: string;
      reason?: string;
      now: Date;
      fourEyes: boolean;
      conflictRule: 'escalate' | 'keep';
      messageId: string;
    },
  ): Promise<ActOutcome> {
    // Drawn once per call: a resend of this call by the client carries it, and hold-act.lua answers it as it did.
    const nonce = callNonce();
    const [outcome, detail, again] = await this.acks.write(
      () =>
        this.redis.cpHoldAct(
          ...this.decisionKeys(holdId, a.now),
          this.keys.auditInbox,
          a.action,
          a.reviewer,
          a.comment,
          a.reason ?? '',
          a.now.toISOString(),
          String(a.now.getTime()),
          a.fourEyes ? '1' : '0',
          a.conflictRule,
          holdId,
          String(DAY_KEPT_MS),
          a.messageId,
          nonce,
        ),
      'decision',
    );
    if (again) this.resent('hold decision', { holdId, outcome });
    // Decided before (a resend after an unknown outcome): the decision read must have reached the replicas too.
    if (outcome === 'not-pending') await this.acks.settled('earlier decision');
    switch (outcome) {
      case 'decided':
        return { outcome, decision: clean(JSON.parse(detail)) as HoldDecision };
      case 'proposed':
        return { outcome, proposal: clean(JSON.parse(detail)) as Proposal };
      case 'same-reviewer':
        return { outcome, proposal: JSON.parse(detail) as Proposal };
      case 'conflict':
        return { outcome, proposal: JSON.parse(detail) as Proposal, escalated: a.conflictRule === 'escalate' };
      case 'claimed':
        return { outcome, by: detail };
      case 'not-pending':
        return { outcome, state: detail };
      default:
        return { outcome: 'not-found' };
    }
  }

  /** `event`: the claim's audit event, written by the same step when it succeeds. */
  async claim(holdId: string, reviewer: string, now: Date, mode: 'claim' | 'unclaim', event: AuditEventInput): Promise<{ outcome: string; detail: string }> {
    const nonce = callNonce();
    const [outcome, detail, again] = await this.acks.write(
      () => this.redis.cpHoldClaim(this.keys.hold(holdId), this.keys.auditInbox, reviewer, now.toISOString(), mode, inboxEntry(event), nonce),
      mode,
    );
    if (again) this.resent(`hold ${mode}`, { holdId, outcome });
    return { outcome, detail };
  }

  /**
   * A decision taken by the gateway itself (deadline expiry, instant policy): only from one of the expected states.
   * Answers 'ok', or the state the hold was found in. `event`: the decision's audit event, written by the same step.
   */
  async systemDecide(
    holdId: string,
    expected: readonly HoldState[],
    state: HoldState,
    decision: HoldDecision,
    now: Date,
    event: AuditEventInput,
  ): Promise<string> {
    const r = await this.redis.cpHoldSystemDecide(
      ...this.decisionKeys(holdId, now),
      this.keys.auditInbox,
      expected.join(','),
      state,
      JSON.stringify(decision),
      String(now.getTime()),
      holdId,
      String(DAY_KEPT_MS),
      inboxEntry(event),
      callNonce(),
    );
    if (r !== 'again') return r;
    this.resent('hold system decision', { holdId, state });
    return 'ok';
  }

  /** A pending hold flagged escalated (deadline passed under the escalate policy, post-hoc review overdue). */
  async markEscalated(holdId: string, now: Date, event: AuditEventInput): Promise<boolean> {
    const k = this.keys;
    const r = await this.redis.cpHoldEscalate(
      k.hold(holdId),
      k.reviewDay(dayOf(now)),
      k.holdsOpenEscalated,
      k.auditInbox,
      String(DAY_KEPT_MS),
      holdId,
      inboxEntry(event),
      callNonce(),
    );
    if (r === 2) this.resent('hold escalation', { holdId });
    return r !== 0;
  }

  /** Holds decided but whose side effects (forward, status report) may not have run yet (crash recovery). */
  /** Decided holds by decision time from `fromMs` on, a page at a time (`offset` in that range; new ones come last). */
  async decidedFrom(fromMs: number, offset: number, limit: number): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.holdsDecided, fromMs, '+inf', 'LIMIT', offset, limit);
  }

  /** Where the sweep for closes the version before lost starts (0: never swept), and where the next one is to start. */
  async lostClosesSweptFrom(): Promise<number> {
    return Number((await this.redis.get(this.keys.lostClosesSweptFrom)) ?? 0);
  }
  async setLostClosesSweptFrom(ms: number): Promise<void> {
    await this.redis.set(this.keys.lostClosesSweptFrom, String(ms));
  }

  async pendingEffects(): Promise<string[]> {
    return this.redis.smembers(this.keys.pendingEffects);
  }

  /** Before acting on decisions read (not written) here: they reached the replicas an acknowledgement needs. */
  settled(what: string): Promise<void> {
    return this.acks.settled(what);
  }

  /**
   * The decision's effects are done. `event` (its final audit event) is written by the run that removes the recovery
   * marker, in the same step: once, whether the decision's own run or a recovery gets there first.
   */
  async effectsDone(holdId: string, event?: AuditEventInput): Promise<void> {
    await this.redis.cpEffectsDone(this.keys.pendingEffects, this.keys.auditInbox, holdId, event ? inboxEntry(event) : '');
  }
}

/** cjson encodes an empty Lua string as "": drop empty optional fields. */
function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === '') delete o[k];
  return o;
}
