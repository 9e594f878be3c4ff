/**
 * Every Redis key of the gateway (and BullMQ's prefixes), built in one place from one prefix, so that tests can run
 * side by side on one Redis (each with its own random prefix) and clean up after themselves.
 *
 * Redis Cluster (`cluster`): a script or MULTI may only touch keys of one hash slot. The accept writes the message,
 * its duplicate keys (named by MsgId, UETR, TxId, not by the message's id), holds, the hold indexes, the intents list,
 * the day's review figures and the audit inbox in one step, and a decision touches the hold, the same indexes and
 * the inbox: no per-payment tag could hold those together. So all gateway state of one deployment shares one hash
 * tag, `{<prefix>}` (one slot, one shard), and what is spread is BullMQ's work and memory (BullMQ's cluster rule):
 * each queue has a prefix of its own, `{<prefix>:bull:<queue>}`, so forward, review and status queues hash
 * to slots of their own and may live on other shards. A hub that needs more than one shard's worth of state runs
 * several deployments with different REDIS_PREFIX on one cluster (docs/scaling.md). On one server or Sentinel the
 * names stay as they always were (`<prefix>:…`, `<prefix>:bull:<queue>:…`): no migration of an existing Redis.
 */
export class RedisKeys {
  /** What every gateway-state key starts with: the prefix, in braces on a cluster (one hash tag). */
  private readonly base: string;

  constructor(
    readonly prefix: string,
    readonly cluster = false,
  ) {
    this.base = cluster ? `{${prefix}}` : prefix;
  }

  /** BullMQ's prefix of one queue: its keys are <prefix>:<queue>:…; on a cluster a hash tag of the queue's own. */
  queuePrefix(queue: string): string {
    return this.cluster ? `{${this.prefix}:bull:${queue}}` : `${this.prefix}:bull`;
  }

  /** Hash: the record of one accepted message (raw body until final, result, per-transaction state). */
  message(gatewayId: string): string {
    return `${this.base}:msg:${gatewayId}`;
  }

  /** Set of gateway ids carrying this MsgId (lookup for GET /v1/messages/:id/status by MsgId). */
  messagesByMsgId(msgId: string): string {
    return `${this.base}:msgid:${msgId}`;
  }

  /** String → gateway id: (instructing agent, MsgId) seen within the duplicate window. */
  duplicateMessage(instructingAgent: string, msgId: string): string {
    return `${this.base}:dup:msg:${instructingAgent}:${msgId}`;
  }

  /** String → "<gateway id>:<tx index>": a UETR seen within the duplicate window. */
  duplicateUetr(uetr: string): string {
    return `${this.base}:dup:uetr:${uetr.toLowerCase()}`;
  }

  /** String → "<gateway id>:<tx index>": (instructing agent, TxId) seen within the duplicate window. */
  duplicateTxId(instructingAgent: string, txId: string): string {
    return `${this.base}:dup:tx:${instructingAgent}:${txId}`;
  }

  /** List of jobs accepted messages need, written atomically with them; moved into BullMQ by the dispatcher. */
  get intents(): string {
    return `${this.base}:intents`;
  }
  get intentsLease(): string {
    return `${this.base}:intents:lease`;
  }

  /** Set of hold ids decided but whose side effects (forward, status report) may not have run yet (crash recovery). */
  get pendingEffects(): string {
    return `${this.base}:pending-effects`;
  }

  /** Hash: one held transaction. */
  hold(holdId: string): string {
    return `${this.base}:hold:${holdId}`;
  }

  /** Sorted sets over open holds, for listing with sort and paging: by creation time, deadline and top score. */
  get holdsByCreated(): string {
    return `${this.base}:holds:open:created`;
  }
  get holdsByDeadline(): string {
    return `${this.base}:holds:open:deadline`;
  }
  get holdsByScore(): string {
    return `${this.base}:holds:open:score`;
  }
  /** String: decision time (ms) from which the next sweep for closes lost by the version before starts (ReviewService). */
  get lostClosesSweptFrom(): string {
    return `${this.base}:repair:lost-closes`;
  }
  /** Sorted set of decided holds by decision time (history listing). */
  get holdsDecided(): string {
    return `${this.base}:holds:decided`;
  }
  /** Open post-hoc review items by deadline and by creation time, and the open items that are escalated (the team
   * dashboard counts them; the sets above hold post-hoc items too). */
  get holdsOpenPostHoc(): string {
    return `${this.base}:holds:open:post-hoc`;
  }
  get holdsOpenPostHocByCreated(): string {
    return `${this.base}:holds:open:post-hoc:created`;
  }
  get holdsOpenEscalated(): string {
    return `${this.base}:holds:open:escalated`;
  }
  /** Hash: the review work of one UTC day ("2026-03-02"), kept by the accept and decision scripts (store/review-stats). */
  reviewDay(day: string): string {
    return `${this.base}:review:day:${day}`;
  }

  /** Hash: forward id → JSON state of a delivery that failed for good (dead-letter view). */
  get deadLetters(): string {
    return `${this.base}:dead-letters`;
  }
  /** Hash: report id → JSON of a status report the hub refused for good or that ran out of retries. */
  get statusDeadLetters(): string {
    return `${this.base}:dead-letters:status`;
  }

  /** The active watchlist (version, file) shared by all gateway instances on this Redis. */
  get watchlistActive(): string {
    return `${this.base}:watchlist:active`;
  }
  /** Pub/sub channel announcing a new active watchlist. */
  get watchlistChannel(): string {
    return `${this.base}:watchlist:changed`;
  }
  /** Hash: list version → its record (when and how it became active, counts of its diff). */
  get watchlistVersions(): string {
    return `${this.base}:watchlist:versions`;
  }
  /** Sorted set: list versions by the order they became active (for trimming the oldest). */
  get watchlistVersionOrder(): string {
    return `${this.base}:watchlist:version-order`;
  }
  /** Sorted set: the entry changes of every version, scored by a sequence number (GET /v1/watchlist/changes). */
  get watchlistChanges(): string {
    return `${this.base}:watchlist:changes`;
  }
  /** Counter: the last sequence number given to a change (and to a version, for ordering). */
  get watchlistChangeSeq(): string {
    return `${this.base}:watchlist:change-seq`;
  }
  /** Counter: the last order number given to a version. */
  get watchlistVersionSeq(): string {
    return `${this.base}:watchlist:version-seq`;
  }
  /** Hash: source label → what is known of that configured source (its current reading, its last refresh). */
  get watchlistSources(): string {
    return `${this.base}:watchlist:sources`;
  }
  /** Lease of the one instance that reads the sources again (and builds the next version). */
  get watchlistRefreshLease(): string {
    return `${this.base}:watchlist:refresh:lease`;
  }
  /** String: when the sources were last read again, by any instance (ms since the epoch). */
  get watchlistRefreshedAt(): string {
    return `${this.base}:watchlist:refresh:at`;
  }
  /** String: the version the configured sources gave at their last reading, by any instance. */
  get watchlistConfigured(): string {
    return `${this.base}:watchlist:configured`;
  }

  /** Lease of the one instance that rescreens after a list change. */
  get rescreenLease(): string {
    return `${this.base}:rescreen:lease`;
  }
  /** Hash: list version → when its rescreen finished (a version is rescreened once, even after a crash). */
  get rescreenDone(): string {
    return `${this.base}:rescreen:done`;
  }
  /** String (sealed, expires with the lookback): what is kept for rescreening of the payments of one forward unit. */
  cleared(unitId: string): string {
    return `${this.base}:rescreen:cleared:${unitId}`;
  }
  /** Sorted set: forward unit ids of cleared payments, by when they cleared (trimmed to the lookback). */
  get clearedByTime(): string {
    return `${this.base}:rescreen:cleared-by-time`;
  }
  /** Hash: one post-hoc item of a payment that cleared before an entry it hits was listed. */
  postHocItem(id: string): string {
    return `${this.base}:post-hoc:${id}`;
  }
  /** Sorted sets of post-hoc items: open ones by when they were opened, closed ones by when they were closed. */
  get postHocOpen(): string {
    return `${this.base}:post-hoc:open`;
  }
  get postHocClosed(): string {
    return `${this.base}:post-hoc:closed`;
  }

  /** Audit trail: events recorded but not yet sealed into the chain (appended atomically with what they record). */
  get auditInbox(): string {
    return `${this.base}:audit:inbox`;
  }
  /**
   * String, kept for RESENT_GUARD_MS: one append of recorded events (RedisAuditTrail.record) was done. Its answer may be
   * lost and the append sent again by the client: that one finds this key and appends nothing.
   */
  auditAppended(nonce: string): string {
    return `${this.base}:audit:appended:${nonce}`;
  }
  get auditSealerLease(): string {
    return `${this.base}:audit:sealer`;
  }
  get auditArchiverLease(): string {
    return `${this.base}:audit:archiver`;
  }
  /** Audit trail: list of hash-chained events, and the hash of the last one. */
  get auditLog(): string {
    return `${this.base}:audit:log`;
  }
  get auditHead(): string {
    return `${this.base}:audit:head`;
  }
  /** seq and hash of the last event exported and removed from Redis. */
  get auditCheckpoint(): string {
    return `${this.base}:audit:checkpoint`;
  }

  /** Hash: reviewer-approved false-positive exceptions, and the proposals awaiting confirmation. */
  get exceptions(): string {
    return `${this.base}:exceptions`;
  }
  /** Hash: "<counterparty>|<entry id>" → id of the exception proposed or active for that pair (one at a time). */
  get exceptionPairs(): string {
    return `${this.base}:exceptions:pairs`;
  }
  /** Pub/sub channel: an exception changed state (every instance reloads its suppression index). */
  get exceptionsChannel(): string {
    return `${this.base}:exceptions:changed`;
  }

  /** Hash: id of each key records were sealed under → a probe sealed under it (store/sealing-keys). */
  get sealingKeys(): string {
    return `${this.base}:sealing:keys`;
  }

  /** Counter written only so that a following WAIT covers what was read before it (store/replica-acks). */
  get replicaBarrier(): string {
    return `${this.base}:replica-barrier`;
  }

  /** Every gateway-state key of this gateway (for test clean-up; on one server the queues' keys too). */
  get all(): string {
    return `${this.base}:*`;
  }
}
