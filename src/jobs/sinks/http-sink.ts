import { Delivery, PermanentDeliveryError, XmlSink } from '../../model/delivery';

export interface HttpSinkOptions {
  url: string;
  timeoutMs: number;
  extraHeader?: { name: string; value: string };
  /** Requests in flight at once from this process, over every group (FORWARD_CONCURRENCY); default no bound. */
  maxParallel?: number;
}

/**
 * POSTs application/xml with an Idempotency-Key. 2xx is delivered; 409 too (the receiver already has this key);
 * 408 and 429 and 5xx, timeouts and connection errors are retried by the queue; any other 4xx is permanent.
 * A group (deliverAll) is one request per delivery, each with its own key, sent side by side within `maxParallel`.
 */
export class HttpSink implements XmlSink {
  readonly description: string;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: HttpSinkOptions) {
    this.description = `HTTP ${new URL(options.url).origin}`;
  }

  async deliverAll(ds: readonly Delivery[]): Promise<(Error | undefined)[]> {
    return Promise.all(
      ds.map((d) =>
        this.deliver(d).then(
          () => undefined,
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        ),
      ),
    );
  }

  async deliver(d: Delivery): Promise<void> {
    await this.slot();
    try {
      await this.post(d);
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }

  /** Waits for a free slot within maxParallel, and takes it. */
  private async slot(): Promise<void> {
    const max = this.options.maxParallel ?? Infinity;
    while (this.inFlight >= max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
  }

  private async post(d: Delivery): Promise<void> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/xml; charset=utf-8',
      'Idempotency-Key': d.key,
      ...(d.headers ?? {}),
    };
    if (this.options.extraHeader) headers[this.options.extraHeader.name] = this.options.extraHeader.value;
    let res: Response;
    try {
      res = await fetch(this.options.url, {
        method: 'POST',
        headers,
        body: d.xml,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (e) {
      throw new Error(`${this.description}: no answer (${(e as Error).name === 'TimeoutError' ? 'timeout' : (e as Error).message})`, { cause: e });
    }
    // Drain the body so the keep-alive connection can be reused.
    await res.arrayBuffer().catch(() => undefined);
    if (res.ok || res.status === 409) return;
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw new PermanentDeliveryError(`${this.description} refused the message with HTTP ${res.status}`, res.status);
    }
    throw new Error(`${this.description} answered HTTP ${res.status}`);
  }
}
