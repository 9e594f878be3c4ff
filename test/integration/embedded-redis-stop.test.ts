/**
 * Stopping the embedded redis-server leaves nothing behind in the process that stopped it: its 10 s stop deadline used
 * to stay armed after the server had exited, keeping every such process (jest: "did not exit one second after the
 * test run") alive for 10 s more.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedRedis } from '../../src/runtime/embedded-redis';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

it('a stopped embedded Redis leaves no timer running', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-embedded-stop-'));
  try {
    const redis = await startEmbeddedRedis({ dataDir, persistence: 'none' });
    const before = timers();
    await redis.stop();
    expect(timers()).toBeLessThanOrEqual(before);
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
