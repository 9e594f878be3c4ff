/**
 * Redis goes away under a running gateway (its own redis-server on a free port, killed and started again):
 * submissions get 503 STORE_UNAVAILABLE — nothing accepted, nothing half-done — readiness says not ready, and
 * once Redis is back the gateway accepts and forwards again without a restart.
 */
import { execFile } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedRedis, startEmbeddedRedis } from '../../src/runtime/embedded-redis';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { startTestGateway, TestGateway } from '../helpers/test-gateway';
import { REPO_DIR } from '../helpers/paths';

jest.setTimeout(60_000);
let redisDir: string;
let redis: EmbeddedRedis;
let core: HttpRecorder;
let t: TestGateway;

beforeAll(async () => {
  redisDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-redis-down-'));
  redis = await startEmbeddedRedis({ dataDir: redisDir, persistence: 'aof-always' });
  core = await new HttpRecorder().start();
  t = await startTestGateway('redisdown', { REDIS_URL: redis.url, CORE_URL: core.url });
});
afterAll(async () => {
  await t.destroy().catch(() => undefined);
  await redis.stop();
  await core.stop();
  await fs.rm(redisDir, { recursive: true, force: true });
});

it('answers 503 while Redis is down and recovers when it is back', async () => {
  await t.submit(pacs008([{ creditorName: 'Before Outage AB', creditorIban: ibanDE(71) }])).expect(200);
  const port = redis.port;
  await redis.stop();

  const during = await t.submit(pacs008([{ creditorName: 'During Outage AB', creditorIban: ibanDE(72) }]));
  expect(during.status).toBe(503);
  expect(during.body.error.code).toBe('STORE_UNAVAILABLE');
  const ready = await t.http.get('/readyz');
  expect(ready.status).toBe(503);
  expect(ready.body.checks.redis).toBe(false);

  redis = await startEmbeddedRedis({ dataDir: redisDir, persistence: 'aof-always', port });
  await waitUntil(async () => (await t.http.get('/readyz')).status === 200, 20_000, 'ready again');
  await t.submit(pacs008([{ creditorName: 'After Outage AB', creditorIban: ibanDE(73) }])).expect(200);
  await core.waitFor(() => core.accepted.some((r) => r.body.includes('After Outage AB')), 20_000);
  expect(core.accepted.some((r) => r.body.includes('Before Outage AB'))).toBe(true);
  expect(core.requests.some((r) => r.body.includes('During Outage AB'))).toBe(false);
});

/** The exact command of the Docker image's HEALTHCHECK (its exec form, from the Dockerfile). */
function dockerHealthcheck(): string[] {
  const dockerfile = readFileSync(path.join(REPO_DIR, 'Dockerfile'), 'utf8');
  const cmd = /^HEALTHCHECK [^\n]*\\\n\s*CMD (\[.*\])$/m.exec(dockerfile);
  if (!cmd) throw new Error('no HEALTHCHECK ... CMD [...] in the Dockerfile');
  return JSON.parse(cmd[1]!) as string[];
}

it("the Docker image's HEALTHCHECK fails while Redis is down (the container cannot accept) and passes again after", async () => {
  const [exe, ...args] = dockerHealthcheck();
  expect(exe).toBe('node');
  const server = http.createServer(t.gw.app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  // Its exit status, run as Docker runs it (asynchronously: the gateway answering it runs in this process).
  const check = () =>
    new Promise<number | null>((resolve) => {
      const c = execFile(process.execPath, args, { env: { PATH: process.env.PATH, PORT: String((server.address() as AddressInfo).port) }, timeout: 30_000 });
      c.once('exit', (code) => resolve(code));
    });
  try {
    expect(await check()).toBe(0);
    const port = redis.port;
    await redis.stop();
    expect(await check()).toBe(1);
    redis = await startEmbeddedRedis({ dataDir: redisDir, persistence: 'aof-always', port });
    await waitUntil(async () => (await check()) === 0, 20_000, 'healthy again');
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});
