/**
 * The transactional outbox between an accepted message and BullMQ. The accept script writes, in the same atomic
 * step as the message record, one intent per job the message needs (its forward, its holds' deadline jobs) to a
 * Redis list. This dispatcher moves intents into the BullMQ queues in batches and then removes them. So the reply
 * to the hub waits for one atomic write instead of one per queue, and nothing needs a separate crash marker: an
 * intent is removed only after its job exists, and job ids are deterministic, so a batch handled twice (a crash
 * between adding and removing, or a lease that changed hands) adds nothing twice. Cleared payments go into BullMQ in
 * groups, one forward job per group of a sweep (queues.ts, FORWARD_GROUP), so a job's life cycle in Redis is paid
 * once per group rather than once per payment.
 *
 * With REDIS_MIN_REPLICAS, what a batch read is queued only once it reached the replicas: an accept answered
 * "outcome unknown" (its WAIT timed out, or the primary died) is still in the list, and its forward must not leave
 * from a primary whose replicas never had it, or the hub's resend after a failover would be accepted anew and reach
 * the core a second time under another key. Until they confirm, the step fails and the next poll tries again.
 */
import type { RedisClient } from '../store/redis';
import type { RedisKeys } from '../store/keys';
import type { HoldStore } from '../store/hold-store';
import type { Intent } from '../model/records';
import { Lease } from '../store/lease';
import { defineScripts } from '../store/scripts';
import { LeasedPump } from '../store/leased-pump';
import type { GatewayQueues } from './queues';
import type { ReplicaAcks } from '../store/replica-acks';
import { type ResentLog, ignoreResent } from '../store/resent';

const BATCH = 500;

export class IntentDispatcher {
  private readonly pump: LeasedPump;
  private readonly lease: Lease;

  constructor(
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
    private readonly queues: GatewayQueues,
    private readonly holds: HoldStore,
    private readonly now: () => Date,
    onError: (e: unknown) => void,
    private readonly acks?: ReplicaAcks,
    /** Told when a trim finds its batch gone (it ran before: sent again by the client after its answer was lost). */
    private readonly resent: ResentLog = ignoreResent,
  ) {
    defineScripts(redis);
    this.lease = new Lease(redis, keys.intentsLease, 5_000);
    this.pump = new LeasedPump(this.lease, () => this.step(), { pollMs: 50, onError, batch: BATCH });
  }

  start(): void {
    this.pump.start();
  }

  /** This instance just wrote intents: move them now rather than at the next poll. */
  kick(): void {
    this.pump.kick();
  }

  /** Moves every pending intent now (tests, shutdown). */
  flush(): Promise<void> {
    return this.pump.runNow();
  }

  stop(): Promise<void> {
    return this.pump.stop();
  }

  private async step(): Promise<number> {
    const raw = await this.redis.lrange(this.keys.intents, 0, BATCH - 1);
    if (raw.length === 0) return 0;
    await this.acks?.settled('accept of a queued intent');
    const intents = raw.map((r) => JSON.parse(r) as Intent);
    const units = intents.flatMap((i) => (i.kind === 'forward' ? [i.unit] : []));
    const holdIds = intents.flatMap((i) => (i.kind === 'deadline' ? [i.holdId] : []));
    const now = this.now();
    const jobs: Promise<unknown>[] = [];
    if (units.length > 0) jobs.push(this.queues.addForwardGroups(units));
    if (holdIds.length > 0) {
      // A hold decided before its job was queued needs no deadline job.
      const holds = (await this.holds.getMany(holdIds)).filter((h) => h.state === 'pending' && !h.postHoc);
      if (holds.length > 0) jobs.push(this.queues.addReviews(holds, now));
    }
    await Promise.all(jobs);
    const trimmed = await this.redis.cpIntentsTrim(this.keys.intentsLease, this.keys.intents, this.lease.token, String(raw.length), raw[raw.length - 1]!);
    // 'gone': this trim was sent again after Redis had run it (its answer was lost); the batch went the first time.
    if (trimmed === 'gone') this.resent('intents trim', { intents: raw.length, last: intentId(raw[raw.length - 1]!) });
    if (trimmed === 'ok' || trimmed === 'gone') return raw.length;
    this.lease.lost();
    return 0;
  }
}

/** What names an intent in a log line: its forward unit's id or its hold's id (ids only). */
function intentId(raw: string): string {
  const i = JSON.parse(raw) as Intent;
  return i.kind === 'forward' ? i.unit.forwardId : i.holdId;
}
