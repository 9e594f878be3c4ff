/**
 * npm run bench:match [-- --entries N] [--seed S] [--positives P] [--negatives Q] [--perf | --no-perf] [--cache] [--no-quality]
 *   [--no-index-cache] [--no-holdout] [--show-misses K] [--kinds REGEX]
 *   [--diagnose] [--dense F]
 *
 * Generates a list of N entries (default 50,000; seeded, deterministic, cached under the OS temp dir), then
 * prints the quality tables (recall per variation kind, FPR on hard negatives, recall at FPR <= 0.5 %) on the
 * gateway's own decisions, and — by default from 200,000 entries, or with --perf — the performance of one
 * screening process: list load time, party screenings per second, p99 per transaction, RSS; then (unless
 * --no-index-cache) the same in a second process that restarts with the index stored by the first, and checks
 * that both decide the same. --diagnose says for each missed positive whether the candidate search or the scorer lost it
 * (diagnose.ts), and whether a list of that entry alone would have held it, with up to K list losses per kind shown
 * (--show-misses K). --dense F lists F fillers of the romanised cultures after the N entries (dense.ts): family
 * names, given names and particles shared by hundreds of listed persons, as in real lists of one region; positives
 * and negatives are drawn from the N entries as without them.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadScreenerFromFile } from '../../src/watchlist';
import { listRecord } from './generate-list';
import { listEntryAt } from './dense';
import { formatQuality, runQuality } from './quality';

const VALUE_OPTIONS = ['entries', 'seed', 'positives', 'negatives', 'transactions', 'show-misses', 'kinds', 'dense'] as const;
const FLAG_OPTIONS = ['perf', 'no-perf', 'cache', 'no-quality', 'no-index-cache', 'no-holdout', 'diagnose', 'help'] as const;

/**
 * Strict: an unknown or misspelt option (`--seeds 3`) stops the bench instead of running seed 1 unasked, which would
 * report a figure for another configuration than the one written down.
 */
function readOptions(): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({
      options: Object.fromEntries([
        ...VALUE_OPTIONS.map((o) => [o, { type: 'string' as const }]),
        ...FLAG_OPTIONS.map((o) => [o, { type: 'boolean' as const }]),
      ]),
      strict: true,
    }).values as Record<string, string | boolean | undefined>;
  } catch (e) {
    process.stderr.write(`bench:match: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const USAGE =
  'usage: npm run bench:match [-- --entries N] [--seed S] [--positives P] [--negatives Q] [--transactions T] [--perf | --no-perf]\n' +
  '  [--cache] [--no-quality] [--no-index-cache] [--no-holdout] [--show-misses K] [--kinds REGEX] [--diagnose] [--dense F]\n' +
  '(what each does: the comment at the top of bench/match/run.ts)\n';
const options = readOptions();
if (options.help === true) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const arg = (name: (typeof VALUE_OPTIONS)[number], fallback: string): string => (options[name] as string | undefined) ?? fallback;
const flag = (name: (typeof FLAG_OPTIONS)[number]): boolean => options[name] === true;

async function listFile(seed: number, entries: number, fillers = 0): Promise<string> {
  const dir = path.join(tmpdir(), 'chokepoint-bench-match');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `list-v6-s${seed}-n${entries}${fillers > 0 ? `-d${fillers}` : ''}.jsonl`);
  if (existsSync(file)) return file;
  const partial = `${file}.${process.pid}.part`;
  const out = createWriteStream(partial);
  for (let i = 0; i < entries + fillers; i++) {
    if (!out.write(JSON.stringify(listRecord(listEntryAt(seed, i, entries))) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(partial, file);
  return file;
}

async function quality(seed: number, entries: number, title: string): Promise<void> {
  const fillers = Number(arg('dense', '0'));
  const file = await listFile(seed, entries, fillers);
  const { screener } = await loadScreenerFromFile(file, {});
  const report = runQuality(screener, {
    seed,
    entries,
    fillers,
    positivesPerKind: Number(arg('positives', '400')),
    negativesPerKind: Number(arg('negatives', '1500')),
    keepMisses: Number(arg('show-misses', '0')),
    diagnose: flag('diagnose'),
    ...(arg('kinds', '') === '' ? {} : { kinds: new RegExp(arg('kinds', '')) }),
  });
  process.stdout.write(formatQuality(report, title) + '\n');
}

async function main(): Promise<void> {
  const entries = Number(arg('entries', '50000'));
  const seed = Number(arg('seed', '1'));
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  process.stdout.write(`# chokepoint bench:match — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpu}), node ${process.version}\n\n`);
  const generation = Date.now();
  const fillers = Number(arg('dense', '0'));
  const file = await listFile(seed, entries, fillers);
  process.stdout.write(
    `list: ${entries} generated entries${fillers > 0 ? ` and ${fillers} fillers (--dense)` : ''} (seed ${seed}) in ${file} (${((Date.now() - generation) / 1000).toFixed(1)} s incl. cache)\n\n`,
  );

  if (flag('perf') || (entries >= 200_000 && !flag('no-perf'))) {
    const script = path.join(__dirname, 'perf.js');
    const indexCache = !flag('no-index-cache');
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'chokepoint-index-cache-'));
    const perf = (extra: string[]): Record<string, any> => {
      const child = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          script,
          '--file',
          file,
          '--entries',
          String(entries),
          '--seed',
          String(seed),
          '--transactions',
          arg('transactions', '100000'),
          ...(flag('cache') ? ['--cache'] : []),
          ...extra,
        ],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      if (child.status !== 0) throw new Error(`perf process failed: ${child.stderr}`);
      return JSON.parse(child.stdout.trim().split('\n').pop()!);
    };
    const r = perf(indexCache ? ['--write-cache', cacheDir] : []);
    const lines = [
      `## Performance: one screening process (one core), ${r.entries} entries, name cache ${flag('cache') ? 'on' : 'off'}`,
      '',
      '| measure | value |',
      '|---|---|',
      `| list load (${indexCache ? 'hash the list, then ' : ''}read + validate + index, streaming) | ${(r.loadMs / 1000).toFixed(1)} s |`,
      `| list load: process CPU time (all threads) | ${(r.loadCpuMs / 1000).toFixed(1)} s |`,
      `| party screenings per second (wall clock) | ${r.partiesPerS} |`,
      `| process CPU time per party screening (user + system, incl. GC threads) | ${r.cpuUsPerParty.toFixed(1)} µs (≈ ${Math.round(1e6 / r.cpuUsPerParty)} /s of CPU) |`,
      `| transactions per second (≈ ${(r.partiesPerS / r.txPerS).toFixed(1)} parties each) | ${r.txPerS} |`,
      `| p50 / p99 / p99.9 / max per transaction | ${r.p50Ms.toFixed(3)} / ${r.p99Ms.toFixed(3)} / ${r.p999Ms.toFixed(3)} / ${r.maxMs.toFixed(1)} ms |`,
      `| RSS after load / peak RSS during load / peak RSS incl. the generated traffic | ${r.rssAfterLoadMB} MB / ${r.peakRssLoadMB} MB / ${r.peakRssMB} MB |`,
      `| held or rejected in the traffic mix | ${(100 * r.heldShare).toFixed(2)} % |`,
    ];
    if (indexCache) {
      const w = perf(['--cache-dir', cacheDir]);
      if (w.cache !== 'hit') throw new Error(`the restart did not use the index cache: ${w.cache}`);
      lines.push(
        `| index cache: written after the load resolved, in | ${(r.cacheWriteMs / 1000).toFixed(1)} s |`,
        `| restart with the index cache: load (hash the list, read + verify + map the index) | ${(w.loadMs / 1000).toFixed(1)} s |`,
        `| restart: party screenings per second; CPU per party; p50 / p99 per transaction | ${w.partiesPerS}; ${w.cpuUsPerParty.toFixed(1)} µs; ${w.p50Ms.toFixed(3)} / ${w.p99Ms.toFixed(3)} ms |`,
        `| restart: RSS after load / peak RSS during load | ${w.rssAfterLoadMB} MB / ${w.peakRssLoadMB} MB |`,
        `| restart decides as the build (20,000 transactions: decisions, hits, scores) | ${w.decisionsDigest === r.decisionsDigest ? 'same' : `**DIFFERENT** (${r.decisionsDigest} / ${w.decisionsDigest})`} |`,
      );
    }
    rmSync(cacheDir, { recursive: true, force: true });
    process.stdout.write(lines.join('\n') + '\n\n');
  }
  if (!flag('no-quality')) {
    await quality(seed, entries, `Quality on the list (seed ${seed}, tuned on)`);
    if (entries <= 200_000 && !flag('no-holdout')) await quality(seed + 1, entries, `Quality on a held-out list (seed ${seed + 1})`);
  }
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exit(1);
});
