/**
 * `npm run demo` against the built gateway run as `npm start` runs it (`chokepoint serve`, tokens generated into
 * DATA_DIR): with nothing but DATA_DIR, the demo finds the gateway's address and the submitter token there, sends
 * every sample message once — none is taken for a resend of another — and prints one line per transaction whose
 * hold ids are real holds; a second run is answered as resends, `--fresh` screens them afresh; without a gateway it
 * says how to start one.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readMessage } from '../../src/iso20022';
import { freePort } from '../../src/runtime/embedded-redis';
import { CLI } from '../helpers/cli-gateway';
import { waitUntil } from '../helpers/http-recorder';
import { FIXTURES_DIR, REPO_DIR } from '../helpers/paths';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';
import { SAMPLE_WATCHLIST } from '../helpers/test-gateway';

jest.setTimeout(120_000);

const MESSAGES = path.join(FIXTURES_DIR, 'messages');
const TRANSACTIONS = readdirSync(MESSAGES)
  .filter((f) => f.endsWith('.xml'))
  .reduce((n, f) => n + readMessage(readFileSync(path.join(MESSAGES, f), 'utf8')).transactions.length, 0);

let dataDir: string;
let prefix: string;
let gateway: ChildProcess;
let url: string;

/** What a newcomer's shell holds: DATA_DIR and nothing about the gateway. */
function demo(...args: string[]): { code: number | null; out: string; err: string } {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir(), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const r = spawnSync(process.execPath, [path.join(REPO_DIR, 'scripts', 'demo.js'), ...args], { cwd: REPO_DIR, env, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const lines = (out: string) => out.split('\n').filter((l) => /\.xml\s+\d+\s/.test(l));

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-demo-'));
  prefix = testPrefix('demo');
  const port = await freePort();
  // as `npm start` runs it, tokens generated into DATA_DIR (no TOKENS_FILE)
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    WATCHLIST: SAMPLE_WATCHLIST,
    REDIS_URL: redisUrl(),
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    WORKER_PROCESSES: '0',
  };
  gateway = spawn(process.execPath, [CLI, 'serve'], { env, stdio: 'ignore' });
  url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.ok === true, 60_000, 'gateway ready');
  await waitUntil(async () => (await fs.stat(path.join(dataDir, 'gateway.json')).catch(() => undefined)) !== undefined, 10_000, 'address recorded');
});

afterAll(async () => {
  if (gateway && gateway.exitCode === null) {
    const exited = new Promise((r) => gateway.once('exit', r));
    gateway.kill('SIGTERM');
    await exited;
  }
  await deletePrefix(prefix);
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('sends every sample message once: one line per transaction, real hold ids, then where to review', async () => {
    const r = demo();
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = lines(r.out);
    expect(rows).toHaveLength(TRANSACTIONS);
    expect(r.out).not.toMatch(/sent before|refused/);
    for (const row of rows) expect(row).toMatch(/\s(clear|hold|reject)\s+(ACSP|PDNG|RJCT)\b/);
    const held = rows.filter((l) => /\shold\s+PDNG\s/.test(l));
    // the listed creditors: the 3tx's second, the cover payment's underlying one, the pain.001's name and e-mail hits
    expect(held.map((l) => /\s(E2E-[\w-]+)\s/.exec(l)![1]).sort()).toEqual(['E2E-0312', 'E2E-COV-0001', 'E2E-P2-A-1', 'E2E-P2-B-1']);
    expect(rows.find((l) => l.includes('E2E-COV-0001'))).toMatch(/hold\s+PDNG\s+h\w+/);
    // the pain.001's instant block is cleared
    expect(rows.find((l) => l.includes('E2E-P2-C-1'))).toMatch(/clear\s+ACSP/);
    expect(r.out).toContain(`${url}/review/`);
    expect(r.out).toContain(path.join(dataDir, 'tokens.initial.json'));

    const tokens = JSON.parse(await fs.readFile(path.join(dataDir, 'tokens.initial.json'), 'utf8')) as { tokens: { role: string; token: string }[] };
    const reviewer = tokens.tokens.find((t) => t.role === 'reviewer')!.token;
    for (const row of held) {
      const id = /PDNG\s+(h\w+)/.exec(row)![1];
      const res = await fetch(`${url}/v1/holds/${id}`, { headers: { Authorization: `Bearer ${reviewer}` } });
      expect(res.status).toBe(200);
    }
    const summary = /(\d+) cleared and forwarded, (\d+) held for review, (\d+) rejected/.exec(r.out)!;
    expect(Number(summary[2])).toBe(held.length);
  });

  it('a second run is answered as resends; --fresh screens every message afresh', () => {
    const again = demo();
    expect(again.code).toBe(0);
    expect(lines(again.out).every((l) => l.includes('(sent before: earlier outcome)'))).toBe(true);
    expect(again.out).toMatch(/run with --fresh for new ids/);
    const fresh = demo('--fresh');
    expect(fresh.code).toBe(0);
    expect(lines(fresh.out)).toHaveLength(TRANSACTIONS);
    expect(fresh.out).not.toMatch(/sent before|refused/);
  });

  it('without a running gateway, says how to start one', async () => {
    const exited = new Promise((r) => gateway.once('exit', r));
    gateway.kill('SIGTERM');
    await exited;
    // the gateway removed its address when it stopped
    await expect(fs.stat(path.join(dataDir, 'gateway.json'))).rejects.toThrow();
    const r = demo();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/NOT_READY: No running gateway recorded in .*gateway\.json: start one with `npm start`/);
  });
});
