/**
 * Stopping the embedded redis-server leaves nothing behind in the process that stopped it: its 10 s stop deadline used
 * to stay armed after the server had exited, keeping every such process (jest: "did not exit one second after the
 * test run") alive for 10 s more.
 *
 * Checked in a process of its own: counting the timers of jest's worker also counted whatever earlier test files left
 * ticking in it, and failed once in a full run for a timer that was not the embedded Redis's.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_DIR } from '../helpers/paths';

const MODULE = path.join(REPO_DIR, 'dist', 'src', 'runtime', 'embedded-redis.js');

// The process starts and stops an embedded Redis, then does nothing: it must exit by itself, with no timer left.
const SCRIPT = `
const { startEmbeddedRedis } = require(${JSON.stringify(MODULE)});
(async () => {
  const redis = await startEmbeddedRedis({ dataDir: process.argv[1], persistence: 'none' });
  await redis.stop();
  const timers = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
  process.stdout.write('stopped ' + timers + '\\n');
})().catch((e) => { console.error(e); process.exitCode = 1; });
`;

it('a stopped embedded Redis leaves no timer running', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-embedded-stop-'));
  try {
    const child = spawn(process.execPath, ['-e', SCRIPT, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    // No timer of its own left once stop() resolved (the old deadline made it 1), so nothing holds the process.
    expect(out.trim()).toBe('stopped 0');
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}, 60_000);
