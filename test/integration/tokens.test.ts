/**
 * Access tokens as an operator meets them, through the built CLI: a first start without TOKENS_FILE under a
 * supervisor (stdout not a terminal) writes no token value to its output — it names the owner-only file that holds
 * them — and the gateway's tokens.json keeps only hashes; on a terminal the values are printed once. `chokepoint tokens
 * create|list|revoke` manage them while the gateway runs: a created token works and a revoked one is refused within
 * seconds, without a restart; `list` never shows a value.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/runtime/embedded-redis';
import { CLI } from '../helpers/cli-gateway';
import { waitUntil } from '../helpers/http-recorder';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';
import { SAMPLE_WATCHLIST } from '../helpers/test-gateway';

jest.setTimeout(120_000);

let dataDir: string;
let prefix: string;
let gateway: ChildProcess;
let stdout = '';
let url: string;

const env = (): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  DATA_DIR: dataDir,
  WATCHLIST: SAMPLE_WATCHLIST,
  REDIS_URL: redisUrl(),
  REDIS_PREFIX: prefix,
  LOG_LEVEL: 'info',
  WORKER_PROCESSES: '0',
  HOST: '127.0.0.1',
});
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env: env(), encoding: 'utf8', timeout: 30_000 });
const holds = (token: string) => fetch(`${url}/v1/holds`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-tokens-'));
  prefix = testPrefix('tokens');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  gateway = spawn(process.execPath, [CLI, 'serve'], { env: { ...env(), PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  gateway.stdout!.on('data', (d) => (stdout += d));
  gateway.stderr!.on('data', (d) => (stdout += d));
  await waitUntil(async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.ok === true, 60_000, 'gateway ready');
});

afterAll(async () => {
  if (gateway.exitCode === null) {
    const exited = new Promise((r) => gateway.once('exit', r));
    gateway.kill('SIGTERM');
    await exited;
  }
  await deletePrefix(prefix);
  await fs.rm(dataDir, { recursive: true, force: true });
});

it('a first start under a supervisor logs where the generated tokens are, never their values; the server keeps hashes', async () => {
  const initial = path.join(dataDir, 'tokens.initial.json');
  const values = (JSON.parse(await fs.readFile(initial, 'utf8')) as { tokens: { token: string; role: string }[] }).tokens;
  expect(values.map((t) => t.role).sort()).toEqual(['admin', 'reviewer', 'reviewer', 'submitter']);
  expect((await fs.stat(initial)).mode & 0o777).toBe(0o600);
  expect(stdout).toContain(initial);
  for (const t of values) expect(stdout).not.toContain(t.token);

  const stored = await fs.readFile(path.join(dataDir, 'tokens.json'), 'utf8');
  expect((await fs.stat(path.join(dataDir, 'tokens.json'))).mode & 0o777).toBe(0o600);
  for (const t of values) expect(stored).not.toContain(t.token);
  expect(JSON.parse(stored).tokens.every((t: { sha256?: string; token?: string }) => /^[0-9a-f]{64}$/.test(t.sha256 ?? '') && t.token === undefined)).toBe(
    true,
  );

  // The values work, each with its role only.
  expect(await holds(values.find((t) => t.role === 'reviewer')!.token)).toBe(200);
  expect(await holds(values.find((t) => t.role === 'submitter')!.token)).toBe(403);
});

it('tokens create works at once on the running gateway, list shows no value, revoke is refused within seconds', async () => {
  const created = cli('tokens', 'create', '--role', 'reviewer', '--name', 'carol', '--permission', 'reveal-debtor');
  expect(created.status).toBe(0);
  const token = created.stdout.trim();
  expect(token).toMatch(/^cp_[A-Za-z0-9_-]{43}$/);
  expect(created.stderr).toMatch(/created reviewer token "carol" \(id [0-9a-f]{12}\)/);
  await waitUntil(async () => (await holds(token)) === 200, 10_000, 'the created token accepted');

  const list = cli('tokens', 'list');
  expect(list.status).toBe(0);
  expect(list.stdout).toMatch(/^id\s+name\s+role\s+created\s+stored\s+permissions$/m);
  expect(list.stdout).toMatch(/^[0-9a-f]{12}\s+carol\s+reviewer\s+\d{4}-\d\d-\d\dT\S+\s+hash\s+reveal-debtor$/m);
  expect(list.stdout.trim().split('\n')).toHaveLength(6);
  const stored = JSON.parse(await fs.readFile(path.join(dataDir, 'tokens.json'), 'utf8')) as { tokens: { sha256: string }[] };
  expect(list.stdout).not.toContain(token);
  for (const t of stored.tokens) expect(list.stdout).not.toContain(t.sha256);

  expect(cli('tokens', 'create', '--role', 'reviewer', '--name', 'carol').stderr).toMatch(/CONFIG_INVALID: .*"carol" exists already/);
  expect(cli('tokens', 'create', '--role', 'root', '--name', 'x').stderr).toMatch(/Allowed choices are submitter, reviewer, admin/);

  const revoked = cli('tokens', 'revoke', 'carol');
  expect(revoked.status).toBe(0);
  await waitUntil(async () => (await holds(token)) === 401, 10_000, 'the revoked token refused');
  expect(cli('tokens', 'revoke', 'carol').stderr).toMatch(/NOT_FOUND: .*no token with the id or name "carol"/);
});

it('on a terminal a first start prints the generated tokens once', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-tokens-tty-'));
  const port = await freePort();
  const p = testPrefix('tokens-tty');
  try {
    // script(1) gives the gateway a pseudo-terminal as stdout; the gateway is stopped once it listens.
    const inner = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} serve & pid=$!; for i in $(seq 1 600); do [ -f ${dir}/gateway.json ] && break; sleep 0.1; done; kill -TERM $pid; wait $pid`;
    const r = spawnSync('script', ['-qec', inner, '/dev/null'], {
      env: { ...env(), DATA_DIR: dir, REDIS_PREFIX: p, PORT: String(port), LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const values = (JSON.parse(await fs.readFile(path.join(dir, 'tokens.initial.json'), 'utf8')) as { tokens: { token: string }[] }).tokens;
    for (const t of values) expect(r.stdout).toContain(t.token);
  } finally {
    await deletePrefix(p);
    await fs.rm(dir, { recursive: true, force: true });
  }
});
