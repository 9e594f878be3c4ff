/**
 * A stop that arrives while `chokepoint serve` is still starting (here: /readyz answers, the worker processes are not
 * up yet) shuts everything down: the gateway exits 0, and neither its embedded redis-server nor a worker process is
 * left running without it.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../src/runtime/embedded-redis';
import { CLI, alive, descendants, serveEnv } from '../helpers/cli-gateway';
import { waitUntil } from '../helpers/http-recorder';
import { makeDataDir } from '../helpers/test-gateway';

jest.setTimeout(120_000);

it('SIGTERM right after /readyz answers stops the gateway, its worker processes and its embedded Redis', async () => {
  const dataDir = await makeDataDir();
  const port = await freePort();
  const env = serveEnv(dataDir, port);
  const child = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  try {
    await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.ok === true, 60_000, 'gateway ready');
    const family = descendants(child.pid!);
    const redisPid = JSON.parse(await fs.readFile(path.join(dataDir, 'redis.json'), 'utf8')).pid as number;
    expect(family).toContain(redisPid);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitUntil(() => family.every((pid) => !alive(pid)), 20_000, 'children gone');
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
