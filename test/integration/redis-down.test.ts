/**
 * Redis goes away under a running gateway (its own redis-server on a free port, killed and started again):
 * submissions get 503 STORE_UNAVAILABLE — nothing accepted, nothing half-done — readiness says not ready, and
 * once Redis is back the gateway accepts and forwards again without a restart.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedRedis, startEmbeddedRedis } from '../../src/runtime/embedded-redis';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { startTestGateway, TestGateway } from '../helpers/test-gateway';

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
