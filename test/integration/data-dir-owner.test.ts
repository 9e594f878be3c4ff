/**
 * One owner per DATA_DIR. A second `chokepoint serve` on the folder of a running one (another PORT, so that only the
 * folder is shared) is refused at once with a line naming the owner, and the first gateway — its embedded Redis
 * above all — is unharmed. A lock left by a process that is gone (a crash) is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/runtime/embedded-redis';
import { DataDirInUseError, lockDataDir, lockFile } from '../../src/runtime/data-dir-lock';
import { CLI, serveEnv, startCliGateway } from '../helpers/cli-gateway';
import { makeDataDir } from '../helpers/test-gateway';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { waitUntil } from '../helpers/http-recorder';

jest.setTimeout(120_000);

it('a second serve on the same DATA_DIR exits at once naming the running gateway; the first keeps serving', async () => {
  const dataDir = await makeDataDir();
  const first = await startCliGateway(dataDir);
  try {
    // /readyz answers before the worker processes are up; the lock records the address once the start is complete.
    const recordsUrl = async (): Promise<boolean> => (JSON.parse(await fs.readFile(lockFile(dataDir), 'utf8')) as { url?: string }).url !== undefined;
    await waitUntil(recordsUrl, 60_000, 'the lock records the address');
    const redisBefore = JSON.parse(await fs.readFile(path.join(dataDir, 'redis.json'), 'utf8')) as { pid: number };
    const port = await freePort();
    const env = serveEnv(dataDir, port);
    const started = Date.now();
    const second = spawnSync(process.execPath, [CLI, 'serve'], { env, encoding: 'utf8', timeout: 30_000 });
    const took = Date.now() - started;
    expect(second.status).toBe(75);
    expect(second.stderr).toContain(`DATA_DIR ${dataDir} is in use by another gateway: pid ${first.child.pid}`);
    expect(second.stderr).toContain(`listening on http://127.0.0.1:${first.port}`);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(took).toBeLessThan(10_000); // at once: no Redis connection, no list loading (generous for a loaded machine)

    // The first gateway, its Redis and its lock are as they were.
    expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).status).toBe(200);
    expect((await first.post(pacs008([{ creditorName: 'Acme Garden Supplies', creditorIban: ibanDE(7101) }]))).status).toBe(200);
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'redis.json'), 'utf8')).pid).toBe(redisBefore.pid);
    expect(JSON.parse(await fs.readFile(lockFile(dataDir), 'utf8')).pid).toBe(first.child.pid);
  } finally {
    await first.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  // A stopped gateway leaves no lock behind.
  await expect(fs.access(lockFile(dataDir))).rejects.toThrow();
});

describe('the lock file', () => {
  let dir: string;
  beforeEach(async () => (dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-lock-'))));
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  const exitedPid = () =>
    new Promise<number>((resolve) => {
      const c = spawn(process.execPath, ['-e', '']);
      c.once('exit', () => resolve(c.pid!));
    });

  it('left by a process that is gone is taken over', async () => {
    await fs.writeFile(lockFile(dir), JSON.stringify({ pid: await exitedPid(), host: os.hostname(), since: '2026-01-01T00:00:00Z' }));
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await fs.readFile(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    await lock.release();
    await expect(fs.access(lockFile(dir))).rejects.toThrow();
  });

  it('whose pid now belongs to another process (another start time) is taken over', async () => {
    const sleeper = spawn('sleep', ['30']);
    try {
      await fs.writeFile(lockFile(dir), JSON.stringify({ pid: sleeper.pid, processStart: '1', host: os.hostname(), since: '2026-01-01T00:00:00Z' }));
      const lock = await lockDataDir(dir);
      await lock.release();
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('of a running process is respected, and of another host is never taken', async () => {
    const sleeper = spawn('sleep', ['30']);
    try {
      const start = (await fs.readFile(`/proc/${sleeper.pid}/stat`, 'utf8')).split(') ')[1]!.split(' ')[19];
      await fs.writeFile(
        lockFile(dir),
        JSON.stringify({ pid: sleeper.pid, processStart: start, host: os.hostname(), since: '2026-01-01T00:00:00Z', url: 'http://127.0.0.1:8080' }),
      );
      await expect(lockDataDir(dir)).rejects.toThrow(DataDirInUseError);
      await fs.writeFile(lockFile(dir), JSON.stringify({ pid: await exitedPid(), host: 'elsewhere.example', since: '2026-01-01T00:00:00Z' }));
      await expect(lockDataDir(dir)).rejects.toThrow(/on host elsewhere\.example .*delete .*owner\.lock/);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});
