/**
 * A real gateway (real Redis, real BullMQ workers, real HTTP) on a random key prefix and a temporary DATA_DIR,
 * for integration and HTTP tests. Tokens are fixed so tests can act as each role.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { RunningGateway, startGateway } from '../../src/composition/gateway';
import { createLogger } from '../../src/observability/logger';
import { deletePrefix, redisUrl, testPrefix } from './redis';
import { ibanDE } from './pacs008';
import { FIXTURES_DIR } from './paths';

export const TOKENS = {
  submitter: 'test-submitter-token-000000000000',
  /** A second hub. */
  submitterB: 'test-submitter-b-token-0000000000',
  reviewerA: 'test-reviewer-a-token-00000000000',
  reviewerB: 'test-reviewer-b-token-00000000000',
  /** A reviewer whose token may reveal debtor data. */
  reviewerReveal: 'test-reviewer-reveal-token-000000',
  admin: 'test-admin-token-0000000000000000',
} as const;

export const SAMPLE_WATCHLIST = path.join(FIXTURES_DIR, 'watchlist', 'sample.jsonl');

/** One organisation with an IBAN as a line of a native watchlist (docs/screening.md, Watchlist format), for tests that upload lists. */
export const listLine = (id: string, name: string, iban: string): string =>
  JSON.stringify({
    id,
    kind: 'organisation',
    names: [name],
    identifiers: [{ type: 'iban', value: iban }],
    source: 'test',
    listedAt: '2026-01-01',
    expiresAt: null,
  });

/**
 * A native list's text: `n` organisations `<id>-1`, `<id>-2`, … named `<name> AF`, `<name> BG`, … (two letters from
 * `letters`, each one further per entry) with IBANs from `ibanFrom` on, then the `extra` lines.
 */
export const numberedList = (o: { id: string; name: string; letters: string; ibanFrom: number }, n: number, extra: string[] = []): string =>
  [
    ...Array.from({ length: n }, (_, i) =>
      listLine(
        `${o.id}-${i + 1}`,
        `${o.name} ${String.fromCharCode(o.letters.charCodeAt(0) + i)}${String.fromCharCode(o.letters.charCodeAt(1) + i)}`,
        ibanDE(o.ibanFrom + i),
      ),
    ),
    ...extra,
  ].join('\n') + '\n';

export interface TestGateway {
  gw: RunningGateway;
  dataDir: string;
  prefix: string;
  env: Record<string, string>;
  http: ReturnType<typeof request>;
  /** POST an XML message as the submitter. */
  submit(xml: string, accept?: string): request.Test;
  as(role: keyof typeof TOKENS): { Authorization: string };
  outbox(): Promise<string[]>;
  statusDir(): Promise<string[]>;
  /**
   * Waits until every accepted message's jobs are queued and the forward and status queues are idle. A job waiting
   * to retry (BullMQ's delayed state: the core refused, backoff running) is not waited for, so that tests that keep
   * the core down can settle; a test that needs a retried delivery done waits for its outcome itself.
   */
  settled(): Promise<void>;
  /** Stops the gateway; keeps Redis keys and DATA_DIR (for restart tests). */
  stop(): Promise<void>;
  /** Stops and removes everything it created. */
  destroy(): Promise<void>;
}

export async function makeDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-test-'));
  await fs.writeFile(
    path.join(dir, 'tokens.json'),
    JSON.stringify({
      tokens: [
        { token: TOKENS.submitter, role: 'submitter', name: 'hub-test' },
        { token: TOKENS.submitterB, role: 'submitter', name: 'hub-b-test' },
        { token: TOKENS.reviewerA, role: 'reviewer', name: 'alice' },
        { token: TOKENS.reviewerB, role: 'reviewer', name: 'bob' },
        { token: TOKENS.reviewerReveal, role: 'reviewer', name: 'carol', permissions: ['reveal-debtor'] },
        { token: TOKENS.admin, role: 'admin', name: 'admin-test' },
      ],
    }),
    { mode: 0o600 },
  );
  return dir;
}

export async function startTestGateway(
  name: string,
  env: Record<string, string> = {},
  reuse?: { dataDir: string; prefix: string },
  /**
   * `now`: the gateway's clock (tests that move through days); the queues' timers still run on real time. `listen`:
   * bind the HTTP server too (gw.server, gw.url); `log`: the gateway's logger (default silent).
   */
  options: { now?: () => Date; rescreenRetryMs?: number; listen?: boolean; log?: Logger } = {},
): Promise<TestGateway> {
  const dataDir = reuse?.dataDir ?? (await makeDataDir());
  const prefix = reuse?.prefix ?? testPrefix(name);
  const fullEnv: Record<string, string> = {
    REDIS_URL: redisUrl(),
    REDIS_PREFIX: prefix,
    DATA_DIR: dataDir,
    TOKENS_FILE: path.join(dataDir, 'tokens.json'),
    WATCHLIST: SAMPLE_WATCHLIST,
    PORT: '0',
    HOST: '127.0.0.1',
    FORWARD_BACKOFF: '50ms',
    LOG_LEVEL: 'silent',
    // Load shedding on event-loop delay, utilisation and sojourn is tested on its own (test/integration/load-shedding.test.ts);
    // here the loop is jest's, shared with the test code, on a shared machine: its delays say nothing about the gateway.
    MAX_EVENT_LOOP_DELAY_MS: '0',
    MAX_EVENT_LOOP_UTILISATION: '0',
    SOJOURN_TARGET_MS: '0',
    ...env,
  };
  const config = loadConfig(fullEnv);
  const gw = await startGateway(config, {
    listen: options.listen ?? false,
    log: options.log ?? createLogger('silent'),
    recoveryIntervalMs: 500,
    ...(options.now ? { now: options.now } : {}),
    ...(options.rescreenRetryMs !== undefined ? { rescreenRetryMs: options.rescreenRetryMs } : {}),
  });
  const http = request(gw.app);
  const list = async (sub: string) => {
    const dir = path.join(dataDir, sub);
    const files = await fs.readdir(dir).catch(() => [] as string[]);
    return files
      .filter((f) => f.endsWith('.xml'))
      .map((f) => path.join(dir, f))
      .sort();
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await gw.close();
  };
  return {
    gw,
    dataDir,
    prefix,
    env: fullEnv,
    http,
    submit: (xml, accept = 'application/json') =>
      http.post('/v1/messages').set('Authorization', `Bearer ${TOKENS.submitter}`).set('Content-Type', 'application/xml').set('Accept', accept).send(xml),
    as: (role) => ({ Authorization: `Bearer ${TOKENS[role]}` }),
    outbox: () => list('outbox'),
    settled: async () => {
      await gw.dispatcher.flush();
      const busy = async () => {
        const [f, st] = await Promise.all([
          gw.queues.forward.getJobCounts('waiting', 'active', 'prioritized'),
          gw.queues.status.getJobCounts('waiting', 'active', 'prioritized'),
        ]);
        return [...Object.values(f), ...Object.values(st)].some((n) => n > 0);
      };
      const end = Date.now() + 15_000;
      while (await busy()) {
        if (Date.now() > end) throw new Error('queues did not settle within 15 s');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    statusDir: () => list('status'),
    stop,
    destroy: async () => {
      await stop();
      await deletePrefix(prefix);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
