/**
 * `npm test` runs against a real Redis: REDIS_URL, else one answering on 127.0.0.1:6379, else a private
 * redis-server started from PATH with the same launcher as `npm start` (no persistence, in a temp dir).
 */
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { ping, startEmbeddedRedis } from '../../src/runtime/embedded-redis';

export default async function globalSetup(): Promise<void> {
  if (process.env.REDIS_URL) return;
  if (await ping(6379)) {
    process.env.REDIS_URL = 'redis://127.0.0.1:6379';
    return;
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-test-redis-'));
  const redis = await startEmbeddedRedis({ dataDir, persistence: 'none' });
  process.env.REDIS_URL = redis.url;
  (globalThis as { __chokepointRedis?: { stop(): Promise<void>; dataDir: string } }).__chokepointRedis = {
    stop: redis.stop,
    dataDir,
  };
  process.stderr.write(`\n[test] no Redis answered on 127.0.0.1:6379: started a private redis-server at ${redis.url}\n`);
}
