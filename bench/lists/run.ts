/**
 * bench:lists — conversion speed and memory of every source format: synthetic lists of --entries N entries (and
 * of N/5, to show that memory does not grow with the file), converted by the built CLI exactly as an operator runs
 * it (`chokepoint watchlist convert --from F -o OUT`), wall time, entries per second and the process's peak RSS.
 *
 *   npm run bench:lists -- [--entries 200000] [--formats ofac-sdn-xml,ftm] [--dir /tmp/x] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSV_MAP, GENERATORS } from './generate';

/** A benchmark name (ofac-sdn-advanced is read with --from ofac-sdn-xml). */
type Format = keyof typeof GENERATORS;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist', 'src', 'cli', 'main.js');
const PRELOAD = path.join(__dirname, 'rss-on-exit.js');

async function sizeOf(p: string): Promise<number> {
  const st = await fs.stat(p);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const f of await fs.readdir(p)) total += (await fs.stat(path.join(p, f))).size;
  return total;
}

async function measure(format: Format, count: number, dir: string): Promise<Record<string, string | number>> {
  const work = path.join(dir, `${format}-${count}`);
  await fs.mkdir(work, { recursive: true });
  const { from, generate } = GENERATORS[format];
  const inputs = await generate(work, count);
  let bytes = 0;
  for (const p of inputs) bytes += await sizeOf(p);
  const out = path.join(work, 'out.jsonl');
  const rssFile = path.join(work, 'rss');
  const args = [PRELOAD, CLI, 'watchlist', 'convert', '--from', from, '-o', out, ...(from === 'csv' ? ['--map', CSV_MAP] : []), ...inputs];
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', ...args], { encoding: 'utf8', env: { ...process.env, BENCH_RSS_FILE: rssFile }, maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${format}: exit ${r.status}: ${r.stderr.slice(0, 500)}`);
  const summary = JSON.parse(r.stdout) as { entries: number; seconds: number };
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  if (!process.argv.includes('--keep')) await fs.rm(work, { recursive: true, force: true });
  return {
    format,
    entries: summary.entries,
    'input MB': +(bytes / 1e6).toFixed(1),
    'convert s': +summary.seconds.toFixed(2),
    'process s': +seconds.toFixed(2),
    'entries/s': Math.round(summary.entries / summary.seconds),
    'MB/s': +(bytes / 1e6 / summary.seconds).toFixed(1),
    'peak RSS MB': Math.round(rssMb),
  };
}

async function main(): Promise<void> {
  const entries = Number(arg('entries') ?? 200000);
  const formats = (arg('formats')?.split(',') ?? Object.keys(GENERATORS)) as Format[];
  const dir = arg('dir') ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'bench-lists-')));
  const rows: Record<string, string | number>[] = [];
  for (const format of formats) {
    for (const count of [Math.max(1, Math.round(entries / 5)), entries]) {
      const row = await measure(format, count, dir);
      rows.push(row);
      process.stdout.write(JSON.stringify(row) + '\n');
    }
  }
  console.table(rows);
  if (arg('dir') === undefined && !process.argv.includes('--keep')) await fs.rm(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:lists: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
