/**
 * The command line as an operator meets it (built CLI): every command's --help shows an example; long work draws a
 * progress bar on stderr only when stderr is a terminal (`script` gives it one); errors name files by their full path.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main';
import { FIXTURES_DIR, REPO_DIR } from '../helpers/paths';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

const CLI = path.join(REPO_DIR, 'dist', 'src', 'cli', 'main.js');
const LIST = path.join(FIXTURES_DIR, 'watchlist', 'sample.jsonl');

function cli(args: string[], o: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: o.cwd ?? REPO_DIR, env: { ...process.env, ...o.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI with stdin, stdout and stderr on a pseudo-terminal (util-linux `script`); returns what the terminal showed. */
function onTerminal(args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; screen: string } {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd, env: { ...process.env, ...env, COLUMNS: '120' } });
  return { code: r.status, screen: r.stdout };
}

function commandPaths(cmd: Command, prefix: string[] = []): string[][] {
  return [prefix, ...cmd.commands.flatMap((c) => commandPaths(c, [...prefix, c.name()]))];
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-operator-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('--help', () => {
  const paths = commandPaths(buildProgram());
  it('covers every command', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining(['', 'serve', 'screen', 'watchlist convert', 'watchlist import', 'audit export', 'audit verify']),
    );
  });
  it.each(paths.map((p) => [p.join(' ') || '(the program)', p]))('%s shows an example', (_name, p) => {
    const r = cli([...(p as string[]), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nExamples?:\n {2}\$ chokepoint |\nExamples?:\n {2}\$ (npm run|[A-Z_]+=)/);
  });
});

describe('progress bar', () => {
  it('watchlist convert draws one on a terminal, and none when stderr is a pipe or file', async () => {
    const out = path.join(dir, 'converted.jsonl');
    const tty = onTerminal(['watchlist', 'convert', '--from', 'native', '-o', out, LIST], dir);
    expect(tty.code).toBe(0);
    expect(tty.screen).toMatch(/converting [█░]+ \d+%/);
    await fs.rm(out);
    const piped = cli(['watchlist', 'convert', '--from', 'native', '-o', out, LIST]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toContain('converting');
    expect(piped.stderr).not.toContain('█');
  });

  it('audit export and verify run on a terminal (with their bars) and report as without', async () => {
    const prefix = testPrefix('cli-operator');
    const env = { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix, DATA_DIR: dir };
    try {
      const file = path.join(dir, 'audit.jsonl');
      const exported = onTerminal(['audit', 'export', '-o', file], dir, env);
      expect(exported.screen).toContain('events exported');
      await fs.access(file);
      const verified = onTerminal(['audit', 'verify'], dir, env);
      expect(verified.screen).toContain('"ok":true');
    } finally {
      await deletePrefix(prefix);
    }
  });
});

describe('errors name files by their full path', () => {
  it('watchlist verify, convert and import of a missing file, given as a relative path', async () => {
    const expected = path.join(dir, 'lists', 'missing.jsonl');
    for (const args of [
      ['watchlist', 'verify', 'lists/missing.jsonl'],
      ['watchlist', 'convert', '--from', 'native', 'lists/missing.jsonl'],
      ['watchlist', 'import', 'lists/missing.jsonl'],
    ]) {
      const r = cli(args, { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`WATCHLIST_UNREADABLE: ${expected}: ENOENT`);
    }
  });

  it('watchlist import of an invalid list names the full path and the line', async () => {
    await fs.mkdir(path.join(dir, 'lists'), { recursive: true });
    await fs.writeFile(path.join(dir, 'lists', 'bad.jsonl'), (await fs.readFile(LIST, 'utf8')).split('\n')[0] + '\n{"id": "X-1", "kind": "robot"}\n');
    const prefix = testPrefix('cli-operator-bad');
    try {
      const r = cli(['watchlist', 'import', 'lists/bad.jsonl'], { cwd: dir, env: { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix, DATA_DIR: dir } });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`WATCHLIST_INVALID: ${path.join(dir, 'lists', 'bad.jsonl')}:2:`);
    } finally {
      await deletePrefix(prefix);
    }
  });
});
