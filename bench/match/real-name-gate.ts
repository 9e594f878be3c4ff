/**
 * npm run bench:gate [-- --old DIST] [--new DIST] [--write-snapshot] [--top N] [--show N]
 *
 * The real-name gate: screens different real names against each other (real-name-pairs.ts: every two names of the
 * written name sets within two edits, and the hand list of hard pairs, in person and company frames, both ways) and
 * counts the crossings, the probes scoring at or above the build's own DEFAULT_POLICY.nameHoldThreshold: each one
 * a payment to one person held for another. A matching change must not add any.
 *
 * With --old, compares two builds: DIST is the dist/ of another checkout (`npm run build` there), --new defaults to
 * the dist/ this script runs from. Without --old, compares with the crossings committed in real-names/crossings.txt
 * (which test/unit/screening/real-name-pairs.test.ts holds true). Prints the pairs, the crossings of each side by
 * frame, the NEW crossings (crossing only in the new build) with their scores, the ones gone, and the worst N of the
 * new build (lists cut at --show N lines, default 200). Exit code 1 when there are new crossings. --write-snapshot writes the new build's crossings to the
 * snapshot file (after an intended change, with the reason in the commit).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as Screening from '../../src/screening';
import { pairScorer, type WatchlistModule } from './real-name-probe';
import { probeKey, realNamePairs, realNamesDir, type FrameKind, type Probe } from './real-name-pairs';

/** The crossings file beside the name sets; its lines: frame, listed, payment, score (2 decimals), tab-separated. */
export function crossingsFile(): string {
  return path.join(realNamesDir(), 'crossings.txt');
}

/** Crossings by probe key, score with 2 decimals (the snapshot's precision, so builds and snapshot compare alike). */
export type Crossings = Map<string, string>;

export function readCrossings(file: string): Crossings {
  const crossings: Crossings = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf('\t');
    crossings.set(line.slice(0, at), line.slice(at + 1));
  }
  return crossings;
}

export function formatCrossings(crossings: Crossings, threshold: number): string {
  const header = [
    '# Crossings of the real-name gate (bench/match/real-name-gate.ts): different real names scoring at or above the',
    `# hold threshold (${threshold}) against each other, each a payment held for another person. Existing false holds, kept`,
    '# here so that a change adding one is seen; checked by test/unit/screening/real-name-pairs.test.ts. Rewrite with',
    '# `npm run bench:gate -- --write-snapshot` after a change that removes some (or, with its reason, adds one).',
    '# frame, listed name, payment name, score: tab-separated',
  ];
  return `${[...header, ...[...crossings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, s]) => `${k}\t${s}`)].join('\n')}\n`;
}

type BuildModules = { screening: Pick<typeof Screening, 'buildScreener' | 'DEFAULT_POLICY'>; watchlist: WatchlistModule };

/** The screening and watchlist modules of a dist/ tree, loaded from it (not the ones this script was built with). */
function loadBuild(dist: string): BuildModules {
  const load = createRequire(path.join(dist, 'package.json'));
  return {
    screening: load(path.join(dist, 'src/screening/index.js')) as BuildModules['screening'],
    watchlist: load(path.join(dist, 'src/watchlist/index.js')) as WatchlistModule,
  };
}

/** The crossings of one build over the probes, and its threshold. */
export function crossingsOf(build: BuildModules, probes: readonly Probe[]): { crossings: Crossings; threshold: number } {
  const threshold = build.screening.DEFAULT_POLICY.nameHoldThreshold;
  const score = pairScorer(build.screening, build.watchlist);
  const crossings: Crossings = new Map();
  for (const p of probes) {
    const s = score(p.listed, p.payment, p.kind);
    if (s >= threshold) crossings.set(probeKey(p), s.toFixed(2));
  }
  return { crossings, threshold };
}

const frameOf = (key: string): FrameKind => key.slice(0, key.indexOf('\t')) as FrameKind;
const show = (key: string): string => {
  const [frame, listed, payment] = key.split('\t');
  return `${frame!.padEnd(12)} ${listed} <- ${payment}`;
};

function main(): void {
  const { values } = parseArgs({
    options: {
      old: { type: 'string' },
      new: { type: 'string' },
      'write-snapshot': { type: 'boolean' },
      top: { type: 'string' },
      show: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write('usage: node dist/bench/match/real-name-gate.js [--old DIST] [--new DIST] [--write-snapshot] [--top N] [--show N]\n');
    return;
  }
  const started = Date.now();
  const { pairs, probes, names } = realNamePairs();
  const totalPairs = [...pairs.values()].reduce((a, b) => a + b, 0);
  const out: string[] = [];
  out.push(`names: ${names.given} given, ${names.family} family, ${names.company} company words`);
  out.push(`pairs: ${totalPairs} (${[...pairs].map(([f, n]) => `${f} ${n}`).join(', ')}); ${probes.length} probes (both ways)`);

  const newDist = path.resolve(values.new ?? path.join(__dirname, '../..'));
  const after = crossingsOf(loadBuild(newDist), probes);
  const oldLabel = values.old === undefined ? `snapshot ${path.relative(process.cwd(), crossingsFile())}` : path.resolve(values.old);
  const before = values.old === undefined ? readCrossings(crossingsFile()) : crossingsOf(loadBuild(path.resolve(values.old)), probes).crossings;
  out.push(`old: ${oldLabel}\nnew: ${newDist} (hold threshold ${after.threshold})`);

  const added = [...after.crossings.keys()].filter((k) => !before.has(k));
  const gone = [...before.keys()].filter((k) => !after.crossings.has(k));
  const rescored = [...after.crossings.keys()].filter((k) => before.has(k) && before.get(k) !== after.crossings.get(k));

  const frames = [...pairs.keys()];
  const count = (keys: Iterable<string>, f: FrameKind): number => [...keys].filter((k) => frameOf(k) === f).length;
  out.push(`\n${'frame'.padEnd(12)} ${'pairs'.padStart(7)} ${'old'.padStart(6)} ${'new'.padStart(6)} ${'NEW'.padStart(6)} ${'gone'.padStart(6)}`);
  for (const f of frames) {
    const cells = [pairs.get(f)!, count(before.keys(), f), count(after.crossings.keys(), f), count(added, f), count(gone, f)];
    out.push(`${f.padEnd(12)} ${cells.map((c, i) => String(c).padStart(i === 0 ? 7 : 6)).join(' ')}`);
  }
  out.push(
    `${'all'.padEnd(12)} ${[totalPairs, before.size, after.crossings.size, added.length, gone.length].map((c, i) => String(c).padStart(i === 0 ? 7 : 6)).join(' ')}`,
  );

  const byScore = (keys: string[]): string[] => [...keys].sort((a, b) => Number(after.crossings.get(b)) - Number(after.crossings.get(a)) || (a < b ? -1 : 1));
  const limit = Number(values.show ?? 200);
  const more = (n: number): void => {
    if (n > limit) out.push(`  … and ${n - limit} more (--show N)`);
  };
  out.push(`\nNEW crossings (only in the new build): ${added.length}`);
  for (const k of byScore(added).slice(0, limit)) out.push(`  ${after.crossings.get(k)}  ${show(k)}`);
  more(added.length);
  out.push(`gone (crossing only in the old): ${gone.length}`);
  for (const k of gone.slice(0, limit)) out.push(`  ${before.get(k)}  ${show(k)}`);
  more(gone.length);
  if (rescored.length > 0) {
    out.push(`crossing in both, score changed: ${rescored.length}`);
    for (const k of rescored.slice(0, limit)) out.push(`  ${before.get(k)} -> ${after.crossings.get(k)}  ${show(k)}`);
    more(rescored.length);
  }
  const top = Number(values.top ?? 20);
  out.push(`\nworst ${top} crossings of the new build:`);
  for (const k of byScore([...after.crossings.keys()]).slice(0, top)) out.push(`  ${after.crossings.get(k)}  ${show(k)}`);
  if (values['write-snapshot'] === true) {
    writeFileSync(crossingsFile(), formatCrossings(after.crossings, after.threshold));
    out.push(`\nwrote ${after.crossings.size} crossings to ${crossingsFile()}`);
  }
  out.push(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (added.length > 0) process.exitCode = 1;
}

if (require.main === module) main();
