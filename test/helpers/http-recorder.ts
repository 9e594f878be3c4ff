/**
 * A real HTTP server standing in for an external system the gateway talks to (the bank's core, the hub's status
 * endpoint). It records every request and answers with the statuses a test scripts for it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
  at: number;
}

export class HttpRecorder {
  readonly requests: Recorded[] = [];
  private server?: http.Server;
  /** Statuses to answer in order; when used up, `fallback`. */
  script: number[] = [];
  fallback = 200;
  /** When set, decides the status of each request from its headers (undefined: the script or the fallback). */
  answer?: (headers: http.IncomingHttpHeaders) => number | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const status = this.answer?.(req.headers) ?? (this.script.length ? this.script.shift()! : this.fallback);
        this.requests.push({ method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status, at: Date.now() });
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  /** Requests answered with 2xx. */
  get accepted(): Recorded[] {
    return this.requests.filter((r) => r.status < 300);
  }

  async waitFor(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms (requests so far: ${this.requests.length})`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

export async function waitUntil(predicate: () => boolean | Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Polls `probe` until it returns something other than undefined, and returns that. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  let found: T | undefined;
  await waitUntil(async () => (found = await probe()) !== undefined, timeoutMs, what);
  return found!;
}
