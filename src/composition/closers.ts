import type { Logger } from 'pino';

/** What must be shut down, closed in the reverse order it was opened (HTTP first, Redis last). */
export class Closers {
  private readonly list: (() => Promise<unknown>)[] = [];

  constructor(private readonly log: Logger) {}

  push(...fns: (() => Promise<unknown>)[]): void {
    this.list.push(...fns);
  }

  async closeAll(): Promise<void> {
    for (const c of this.list.splice(0).reverse()) await c().catch((e) => this.log.warn({ err: (e as Error).message }, 'while closing'));
  }
}
