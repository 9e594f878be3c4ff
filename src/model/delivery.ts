/**
 * Where the gateway delivers the XML it sends out: cleared payments to the core, status reports to the hub.
 * Every delivery carries a key that stays the same across retries, so the receiver can drop a repeat.
 */
export interface Delivery {
  /** Stable across retries: the Idempotency-Key header, or the outbox file name. */
  readonly key: string;
  readonly xml: string;
  /** Extra HTTP headers (no personal data). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface XmlSink {
  readonly description: string;
  deliver(d: Delivery): Promise<void>;
  /**
   * Several deliveries at once, each settling on its own: in the same order, undefined where it was delivered, else
   * why not (a PermanentDeliveryError when retrying cannot help). What the sink can share among them, it does once
   * (the outbox syncs its directory once for all of them).
   */
  deliverAll(ds: readonly Delivery[]): Promise<(Error | undefined)[]>;
  /** Once at start, before the first delivery: the file outbox removes what a crash left half-written (returns how many). */
  prepare?(): Promise<number>;
}

/** The receiver refused the delivery for good (4xx): retrying the same bytes cannot help. */
export class PermanentDeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/** A status report of a later decision on its way to the hub (built when the decision was taken). */
export interface OutboundStatusReport {
  /** Stable across retries: the delivery key. */
  reportId: string;
  messageId: string;
  /** The pacs.002 / pain.002 to deliver. */
  xml: string;
}

/** A status report the hub refused for good (4xx) or that ran out of retries: kept for the operator, who resends it. */
export interface StatusDeadLetter {
  reportId: string;
  messageId: string;
  reason: string;
  /** The hub's answer, when it answered. */
  httpStatus?: number;
  attempts: number;
  at: string;
}
