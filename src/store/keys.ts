/**
 * Every Redis key of the gateway (and BullMQ's prefix), built in one place from one prefix, so that tests can run
 * side by side on one Redis (each with its own random prefix) and clean up after themselves.
 */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  /** BullMQ's own prefix: its keys live under <prefix>:bull:<queue>:… */
  get bullPrefix(): string {
    return `${this.prefix}:bull`;
  }

  /** Hash: the record of one accepted message (raw body until final, result, per-transaction state). */
  message(gatewayId: string): string {
    return `${this.prefix}:msg:${gatewayId}`;
  }

  /** Set of gateway ids carrying this MsgId (lookup for GET /v1/messages/:id/status by MsgId). */
  messagesByMsgId(msgId: string): string {
    return `${this.prefix}:msgid:${msgId}`;
  }

  /** String → gateway id: (instructing agent, MsgId) seen within the duplicate window. */
  duplicateMessage(instructingAgent: string, msgId: string): string {
    return `${this.prefix}:dup:msg:${instructingAgent}:${msgId}`;
  }

  /** String → "<gateway id>:<tx index>": a UETR seen within the duplicate window. */
  duplicateUetr(uetr: string): string {
    return `${this.prefix}:dup:uetr:${uetr.toLowerCase()}`;
  }

  /** String → "<gateway id>:<tx index>": (instructing agent, TxId) seen within the duplicate window. */
  duplicateTxId(instructingAgent: string, txId: string): string {
    return `${this.prefix}:dup:tx:${instructingAgent}:${txId}`;
  }

  /** List of jobs accepted messages need, written atomically with them; moved into BullMQ by the dispatcher. */
  get intents(): string {
    return `${this.prefix}:intents`;
  }
  get intentsLease(): string {
    return `${this.prefix}:intents:lease`;
  }

  /** Set of hold ids decided but whose side effects (forward, status report) may not have run yet (crash recovery). */
  get pendingEffects(): string {
    return `${this.prefix}:pending-effects`;
  }

  /** Hash: one held transaction. */
  hold(holdId: string): string {
    return `${this.prefix}:hold:${holdId}`;
  }

  /** Sorted sets over open holds, for listing with sort and paging: by creation time, deadline and top score. */
  get holdsByCreated(): string {
    return `${this.prefix}:holds:open:created`;
  }
  get holdsByDeadline(): string {
    return `${this.prefix}:holds:open:deadline`;
  }
  get holdsByScore(): string {
    return `${this.prefix}:holds:open:score`;
  }
  /** Sorted set of decided holds by decision time (history listing). */
  get holdsDecided(): string {
    return `${this.prefix}:holds:decided`;
  }
  /** Open post-hoc review items by deadline and by creation time, and the open items that are escalated (the team
   * dashboard counts them; the sets above hold post-hoc items too). */
  get holdsOpenPostHoc(): string {
    return `${this.prefix}:holds:open:post-hoc`;
  }
  get holdsOpenPostHocByCreated(): string {
    return `${this.prefix}:holds:open:post-hoc:created`;
  }
  get holdsOpenEscalated(): string {
    return `${this.prefix}:holds:open:escalated`;
  }
  /** Hash: the review work of one UTC day ("2026-03-02"), kept by the accept and decision scripts (store/review-stats). */
  reviewDay(day: string): string {
    return `${this.prefix}:review:day:${day}`;
  }

  /** Hash: forward id → JSON state of a delivery that failed for good (dead-letter view). */
  get deadLetters(): string {
    return `${this.prefix}:dead-letters`;
  }

  /** The active watchlist (version, file) shared by all gateway instances on this Redis. */
  get watchlistActive(): string {
    return `${this.prefix}:watchlist:active`;
  }
  /** Pub/sub channel announcing a new active watchlist. */
  get watchlistChannel(): string {
    return `${this.prefix}:watchlist:changed`;
  }
  /** Hash: list version → its record (when and how it became active, counts of its diff). */
  get watchlistVersions(): string {
    return `${this.prefix}:watchlist:versions`;
  }
  /** Sorted set: list versions by the order they became active (for trimming the oldest). */
  get watchlistVersionOrder(): string {
    return `${this.prefix}:watchlist:version-order`;
  }
  /** Sorted set: the entry changes of every version, scored by a sequence number (GET /v1/watchlist/changes). */
  get watchlistChanges(): string {
    return `${this.prefix}:watchlist:changes`;
  }
  /** Counter: the last sequence number given to a change (and to a version, for ordering). */
  get watchlistChangeSeq(): string {
    return `${this.prefix}:watchlist:change-seq`;
  }
  /** Counter: the last order number given to a version. */
  get watchlistVersionSeq(): string {
    return `${this.prefix}:watchlist:version-seq`;
  }
  /** Hash: source label → what is known of that configured source (its current reading, its last refresh). */
  get watchlistSources(): string {
    return `${this.prefix}:watchlist:sources`;
  }
  /** Lease of the one instance that reads the sources again (and builds the next version). */
  get watchlistRefreshLease(): string {
    return `${this.prefix}:watchlist:refresh:lease`;
  }
  /** String: when the sources were last read again, by any instance (ms since the epoch). */
  get watchlistRefreshedAt(): string {
    return `${this.prefix}:watchlist:refresh:at`;
  }

  /** Lease of the one instance that rescreens after a list change. */
  get rescreenLease(): string {
    return `${this.prefix}:rescreen:lease`;
  }
  /** Hash: list version → when its rescreen finished (a version is rescreened once, even after a crash). */
  get rescreenDone(): string {
    return `${this.prefix}:rescreen:done`;
  }
  /** String (sealed, expires with the lookback): what is kept for rescreening of the payments of one forward unit. */
  cleared(unitId: string): string {
    return `${this.prefix}:rescreen:cleared:${unitId}`;
  }
  /** Sorted set: forward unit ids of cleared payments, by when they cleared (trimmed to the lookback). */
  get clearedByTime(): string {
    return `${this.prefix}:rescreen:cleared-by-time`;
  }
  /** Hash: one post-hoc item of a payment that cleared before an entry it hits was listed. */
  postHocItem(id: string): string {
    return `${this.prefix}:post-hoc:${id}`;
  }
  /** Sorted sets of post-hoc items: open ones by when they were opened, closed ones by when they were closed. */
  get postHocOpen(): string {
    return `${this.prefix}:post-hoc:open`;
  }
  get postHocClosed(): string {
    return `${this.prefix}:post-hoc:closed`;
  }

  /** Audit trail: events recorded but not yet sealed into the chain (appended atomically with what they record). */
  get auditInbox(): string {
    return `${this.prefix}:audit:inbox`;
  }
  get auditSealerLease(): string {
    return `${this.prefix}:audit:sealer`;
  }
  get auditArchiverLease(): string {
    return `${this.prefix}:audit:archiver`;
  }
  /** Audit trail: list of hash-chained events, and the hash of the last one. */
  get auditLog(): string {
    return `${this.prefix}:audit:log`;
  }
  get auditHead(): string {
    return `${this.prefix}:audit:head`;
  }
  /** seq and hash of the last event exported and removed from Redis. */
  get auditCheckpoint(): string {
    return `${this.prefix}:audit:checkpoint`;
  }

  /** Hash: reviewer-approved false-positive exceptions, and the proposals awaiting confirmation. */
  get exceptions(): string {
    return `${this.prefix}:exceptions`;
  }
  /** Hash: "<counterparty>|<entry id>" → id of the exception proposed or active for that pair (one at a time). */
  get exceptionPairs(): string {
    return `${this.prefix}:exceptions:pairs`;
  }
  /** Pub/sub channel: an exception changed state (every instance reloads its suppression index). */
  get exceptionsChannel(): string {
    return `${this.prefix}:exceptions:changed`;
  }

  /** Hash: id of each key records were sealed under → a probe sealed under it (store/sealing-keys). */
  get sealingKeys(): string {
    return `${this.prefix}:sealing:keys`;
  }

  /** Counter written only so that a following WAIT covers what was read before it (store/replica-acks). */
  get replicaBarrier(): string {
    return `${this.prefix}:replica-barrier`;
  }

  /** Every key of this gateway (for test clean-up). */
  get all(): string {
    return `${this.prefix}:*`;
  }
}
