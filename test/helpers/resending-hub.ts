/**
 * The hub of the failover tests: senders that send payment after payment, each again (identical) until a gateway
 * answers 200 — a 503, a 504 "outcome unknown" or a lost connection is answered by resending, as a hub must. Every
 * attempt is kept with when it was sent and answered, so a test can tell what a failover cost.
 */
export interface Attempt {
  i: number;
  sentAt: number;
  answeredAt: number;
  status: number;
  replay: boolean;
}

type Post = (xml: string) => Promise<{ status: number; body: string; replay: boolean }>;

export class ResendingHub {
  readonly attempts: Attempt[] = [];
  readonly acknowledged = new Set<number>();
  /** Payments started so far: 0 … next-1. */
  next = 0;
  private stopAt = Number.POSITIVE_INFINITY;
  private senders: Promise<void>[] = [];

  constructor(
    private readonly message: (i: number) => string,
    private readonly post: Post,
  ) {}

  start(senders: number): void {
    this.senders = Array.from({ length: senders }, () => this.sender());
  }

  /** Sends for `ms` more, then finishes the payments under way. */
  async stopAfter(ms: number): Promise<void> {
    this.stopAt = Date.now() + ms;
    await Promise.all(this.senders);
  }

  private async sender(): Promise<void> {
    while (Date.now() < this.stopAt) {
      const i = this.next++;
      for (;;) {
        const sentAt = Date.now();
        const r = await this.post(this.message(i));
        this.attempts.push({ i, sentAt, answeredAt: Date.now(), status: r.status, replay: r.replay });
        if (r.status === 200) break;
        if (Date.now() > this.stopAt + 60_000) throw new Error(`payment ${i} not acknowledged: last ${r.status} ${r.body.slice(0, 200)}`);
        await new Promise((res) => setTimeout(res, 100));
      }
      this.acknowledged.add(i);
    }
  }
}

/** A reviewer's call, sent again while the answer is "not reachable" (0, 503) or "outcome unknown" (504). */
export async function retrying<T extends { status: number }>(call: () => Promise<T>, what: string): Promise<T> {
  for (let tries = 0; tries < 300; tries++) {
    const r = await call();
    if (r.status !== 0 && r.status !== 503 && r.status !== 504) return r;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`${what}: no answer`);
}
