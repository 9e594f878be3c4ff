/**
 * Every way an operator or a supervisor stops the gateway ends it in order and completely, within a few seconds:
 * SIGTERM / SIGINT to `npm start` (npm forwards them), to `chokepoint serve` (what `docker stop` sends to PID 1), to the
 * whole process group (systemd, many supervisors; Ctrl-C in a terminal sends SIGINT to it). The embedded redis-server
 * has a session of its own, so the group's signal does not stop it under the draining gateway: the gateway stops it,
 * last (its log shows a clean shutdown). A delivery in flight to the core when the signal comes is finished (the core's
 * answer is read) before the worker process exits. The time from the signal until the last process is gone is printed.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { freePort } from '../../src/runtime/embedded-redis';
import { CLI, alive, descendants, serveEnv } from '../helpers/cli-gateway';
import { waitUntil } from '../helpers/http-recorder';
import { REPO_DIR } from '../helpers/paths';
import { TOKENS, makeDataDir } from '../helpers/test-gateway';
import { ibanDE, pacs008 } from '../helpers/pacs008';

jest.setTimeout(180_000);

/** A core that answers each delivery after `delayMs`, noting whether the gateway was still there to read the answer. */
class SlowCore {
  readonly server: http.Server;
  received = 0;
  answered = 0;
  abandoned = 0;
  constructor(private readonly delayMs: number) {
    this.server = http.createServer((req, res) => {
      this.received++;
      req.resume();
      let gone = false;
      req.socket.once('close', () => (gone = true));
      setTimeout(() => {
        if (gone) return void this.abandoned++;
        res.end('', () => this.answered++);
      }, this.delayMs);
    });
  }
  async listen(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/core`;
  }
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}

/** Field 6 of /proc/<pid>/stat: the session id. */
const sessionOf = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[3];

type How = 'npm start' | 'chokepoint serve';
const figures: string[] = [];

async function startAndStop(how: How, signal: NodeJS.Signals, target: 'pid' | 'group', o: { core?: SlowCore } = {}): Promise<number> {
  const dataDir = await makeDataDir();
  const port = await freePort();
  const env = serveEnv(dataDir, port);
  if (o.core) env.CORE_URL = await o.core.listen();
  // detached: a process group of its own, as a shell with job control or a supervisor gives the command it starts.
  const child: ChildProcess =
    how === 'npm start'
      ? spawn('npm', ['start', '--silent'], { cwd: REPO_DIR, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn(process.execPath, [CLI, 'serve'], { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  let family: number[] = [];
  try {
    await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.ok === true, 90_000, 'gateway ready');
    const redisPid = JSON.parse(await fs.readFile(path.join(dataDir, 'redis.json'), 'utf8')).pid as number;
    // the worker process reports ready after /readyz answers: wait for it (npm start: npm, then the gateway)
    await waitUntil(() => descendants(child.pid!).length >= (how === 'npm start' ? 3 : 2), 30_000, 'worker process started');
    family = [child.pid!, ...descendants(child.pid!)];
    expect(family).toContain(redisPid);
    // Its own session (and so its own process group): the group's signal does not reach it.
    expect(sessionOf(redisPid)).not.toBe(sessionOf(child.pid!));
    if (o.core) {
      const sent = await fetch(`http://127.0.0.1:${port}/v1/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/xml' },
        body: pacs008([{ creditorName: 'Acme Garden Supplies', creditorIban: ibanDE(7201) }]),
      });
      expect(sent.status).toBe(200);
      await waitUntil(() => o.core!.received > 0, 30_000, 'delivery in flight');
    }
    const started = Date.now();
    process.kill(target === 'group' ? -child.pid! : child.pid!, signal);
    await waitUntil(() => family.every((pid) => !alive(pid)), 20_000, `every process gone after ${signal} to the ${target}`);
    const took = Date.now() - started;
    figures.push(`${how}, ${signal} to the ${target === 'group' ? 'process group' : 'process'}: ${took} ms until the last process was gone`);
    // Redis was stopped by the gateway (SIGTERM: it writes its append-only file and says so), not by the group's signal.
    expect(await fs.readFile(path.join(dataDir, 'redis', 'redis.log'), 'utf8')).toMatch(/Received SIGTERM scheduling shutdown[\s\S]*ready to exit, bye bye/);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|ERR_IPC/);
    await expect(fs.access(path.join(dataDir, 'owner.lock'))).rejects.toThrow();
    return took;
  } finally {
    for (const pid of family) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

afterAll(() => console.log(`Stop times (signal → last process gone):\n${figures.join('\n')}`));

it('SIGTERM to npm start', async () => {
  expect(await startAndStop('npm start', 'SIGTERM', 'pid')).toBeLessThan(10_000);
});

it('Ctrl-C in the terminal of npm start (SIGINT to its process group)', async () => {
  expect(await startAndStop('npm start', 'SIGINT', 'group')).toBeLessThan(10_000);
});

it('SIGTERM to the process group of npm start (systemd, supervisors)', async () => {
  expect(await startAndStop('npm start', 'SIGTERM', 'group')).toBeLessThan(10_000);
});

it('SIGINT to chokepoint serve', async () => {
  expect(await startAndStop('chokepoint serve', 'SIGINT', 'pid')).toBeLessThan(10_000);
});

it('SIGTERM to chokepoint serve (docker stop) while a delivery is in flight: the core answer is read before the worker exits', async () => {
  const core = new SlowCore(1_500);
  try {
    expect(await startAndStop('chokepoint serve', 'SIGTERM', 'pid', { core })).toBeLessThan(10_000);
    expect(core.received).toBe(1);
    expect(core.answered).toBe(1);
    expect(core.abandoned).toBe(0);
  } finally {
    await core.close();
  }
});
