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
