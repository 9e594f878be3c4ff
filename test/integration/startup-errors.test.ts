/**
 * What an operator sees when the gateway cannot start: one clear line, a non-zero exit code, no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI } from '../helpers/cli-gateway';
import { makeDataDir } from '../helpers/test-gateway';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

function serve(env: Record<string, string>) {
  return spawnSync(process.execPath, [CLI, 'serve'], { encoding: 'utf8', env: { ...env, LOG_LEVEL: 'silent' }, timeout: 60_000 });
}

it('without redis-server on PATH and no REDIS_URL: one line saying how to install it or set REDIS_URL', async () => {
  const dataDir = await makeDataDir();
  const bin = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-path-'));
  symlinkSync(process.execPath, path.join(bin, 'node'));
  const r = serve({ PATH: bin, DATA_DIR: dataDir, TOKENS_FILE: path.join(dataDir, 'tokens.json'), PORT: '0' });
  expect(r.status).toBe(69);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/redis-server was not found on PATH: install it .* or set REDIS_URL/);
  await fs.rm(dataDir, { recursive: true, force: true });
  await fs.rm(bin, { recursive: true, force: true });
});

it('a bad watchlist stops the start with the file, the line and the reason', async () => {
  const dataDir = await makeDataDir();
  const list = path.join(dataDir, 'list.jsonl');
  await fs.writeFile(
    list,
    '{"id":"A-1","kind":"organisation","names":["Alpha Media Ltd"],"identifiers":[]}\n{"id":"A-2","kind":"shop","names":["Beta"],"identifiers":[]}\n',
  );
  const prefix = testPrefix('badlist');
  const r = serve({
    ...(process.env as Record<string, string>),
    REDIS_URL: redisUrl(),
    REDIS_PREFIX: prefix,
    DATA_DIR: dataDir,
    TOKENS_FILE: path.join(dataDir, 'tokens.json'),
    WATCHLIST: list,
    PORT: '0',
  });
  expect(r.status).not.toBe(0);
  expect(r.stderr).toMatch(/WATCHLIST_INVALID/);
  expect(r.stderr).toMatch(/list\.jsonl:2\b/);
  expect(r.stderr).toMatch(/kind/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  await deletePrefix(prefix);
  await fs.rm(dataDir, { recursive: true, force: true });
});

it('an invalid setting stops the start naming the variable', () => {
  const r = serve({ ...(process.env as Record<string, string>), PORT: 'eighty' });
  expect(r.status).toBe(78);
  expect(r.stderr).toMatch(/CONFIG_INVALID: .*PORT/);
});

it('a Redis that does not answer ends the start within REDIS_CONNECT_TIMEOUT, naming the URL without its password', async () => {
  const dataDir = await makeDataDir();
  const started = Date.now();
  const r = serve({
    ...(process.env as Record<string, string>),
    REDIS_URL: 'redis://:s3cret@127.0.0.1:1',
    REDIS_CONNECT_TIMEOUT: '1s',
    DATA_DIR: dataDir,
    TOKENS_FILE: path.join(dataDir, 'tokens.json'),
    PORT: '0',
  });
  const took = Date.now() - started;
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^chokepoint: NOT_READY: Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1 did not answer within 1 s \(connect ECONNREFUSED/);
  expect(r.stderr).not.toContain('s3cret');
  expect(took).toBeLessThan(15_000); // before: never exited (killed by the 60 s spawn timeout)
  await fs.rm(dataDir, { recursive: true, force: true });
});
