/** The `chokepoint` command as an operator runs it (compiled CLI; `npm test` builds first). */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR, REPO_DIR } from '../helpers/paths';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

const CLI = path.join(REPO_DIR, 'dist', 'src', 'cli', 'main.js');
const LIST = path.join(FIXTURES_DIR, 'watchlist', 'sample.jsonl');
const msg = (name: string) => path.join(FIXTURES_DIR, 'messages', name);

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('chokepoint screen', () => {
  it('prints one JSON result per message, one per line, in the shape of the HTTP API result', () => {
    const r = cli(['screen', '--watchlist', LIST, msg('pacs.008.001.08-3tx-one-listed.xml'), msg('pacs.008.001.08-single.xml')]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].message).toMatchObject({ type: 'pacs.008.001.08', msgId: 'CHKP-SAMPLE-0003-LISTED', nbOfTxs: 3 });
    expect(lines[0].transactions.map((t: { decision: string }) => t.decision)).toEqual(['clear', 'hold', 'clear']);
    const methods = lines[0].transactions[1].hits.map((h: { method: string }) => h.method);
    expect(methods).toEqual(expect.arrayContaining(['iban', 'domain']));
    expect(lines[1].transactions[0]).toMatchObject({ decision: 'clear', status: 'ACSP', hits: [] });
  });

  it('gives a coded error line for a message it cannot read, and exit code 1', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-cli-'));
    const bad = path.join(dir, 'bad.xml');
    await fs.writeFile(bad, '<Document><oops>');
    const r = cli(['screen', '--watchlist', LIST, bad, msg('pacs.008.001.08-single.xml')]);
    expect(r.code).toBe(1);
    const [first, second] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first.error.code).toBe('XML_MALFORMED');
    expect(second.transactions).toHaveLength(1);
    await fs.rm(dir, { recursive: true });
  });
});

describe('chokepoint watchlist', () => {
  it('verify prints the version and counts of a good list', () => {
    const r = cli(['watchlist', 'verify', LIST]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(out.entries).toBeGreaterThan(10);
    expect(out.inForce + out.expired).toBe(out.entries);
  });

  it('verify reports the entries in the file and those in force (expired ones left out, as the gateway does)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-cli-'));
    const file = path.join(dir, 'expiring.jsonl');
    const entry = (id: string, expiresAt: string | null) =>
      JSON.stringify({ id, kind: 'organisation', names: [`Entry ${id} Ltd`], identifiers: [], source: 'test', listedAt: '2026-01-01', expiresAt });
    await fs.writeFile(file, [entry('E-1', null), entry('E-2', '2099-01-01'), entry('E-3', '2020-01-01')].join('\n') + '\n');
    const r = cli(['watchlist', 'verify', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ entries: 3, inForce: 2, expired: 1 });
    await fs.rm(dir, { recursive: true });
  });

  it('import says the running gateways switch once they have loaded the list: pending', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-cli-'));
    const prefix = testPrefix('cli-import');
    try {
      const r = cli(['watchlist', 'import', LIST], { REDIS_PREFIX: prefix, DATA_DIR: dir, REDIS_URL: redisUrl() });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ version: expect.stringMatching(/^sha256:/), gateways: 'pending' });
      expect(r.stderr).toMatch(/is stored and announced; the running gateways switch to it once they have loaded it \(pending/);
    } finally {
      await deletePrefix(prefix);
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('verify names the line and reason of a bad list', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-cli-'));
    const file = path.join(dir, 'bad.jsonl');
    const good = (await fs.readFile(LIST, 'utf8')).split('\n').filter(Boolean).slice(0, 3);
    await fs.writeFile(file, [...good, '{"id":"X-1","kind":"organisation","names":[]}'].join('\n') + '\n');
    const r = cli(['watchlist', 'verify', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/WATCHLIST_INVALID/);
    expect(r.stderr).toMatch(/:4\b/);
    await fs.rm(dir, { recursive: true });
  });

  it('hash writes a keyed-hash list that screens exactly like the plaintext list', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-cli-'));
    const key = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
    const hashed = cli(['watchlist', 'hash', '--key', key, LIST]);
    expect(hashed.code).toBe(0);
    expect(hashed.stdout).not.toContain('DE89370400440532013000');
    const file = path.join(dir, 'hashed.jsonl');
    await fs.writeFile(file, hashed.stdout);
    const files = ['pacs.008.001.08-3tx-one-listed.xml', 'pacs.008.001.08-single.xml', 'pacs.008.001.08-3tx.xml'].map(msg);
    const plain = cli(['screen', '--watchlist', LIST, ...files]);
    const blind = cli(['screen', '--watchlist', file, '--hmac-key', key, ...files]);
    const decisions = (out: string) =>
      out
        .trim()
        .split('\n')
        .map((l) =>
          JSON.parse(l).transactions.map((t: { decision: string; hits: { entryId: string; method: string }[] }) => [
            t.decision,
            t.hits
              .filter((h) => h.method !== 'name')
              .map((h) => `${h.entryId}/${h.method}`)
              .sort(),
          ]),
        );
    expect(decisions(blind.stdout)).toEqual(decisions(plain.stdout));
    await fs.rm(dir, { recursive: true });
  });
});
