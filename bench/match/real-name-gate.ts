/**
 * npm run bench:gate [-- --old DIST] [--new DIST] [--write-snapshot] [--top N] [--show N] [--frames both|one|dense]
 *
 * The real-name gate: screens different real names against each other (real-name-pairs.ts: every two names of the
 * written name sets within two edits, and the hand list of hard pairs, in person and company frames, both ways) and
 * counts the crossings, the probes scoring at or above the build's own DEFAULT_POLICY.nameHoldThreshold: each one
 * a payment to one person held for another. A matching change must not add any. Two frames of the same probes: the
 * ONE-ENTRY frame lists the listed name alone; the DENSE frame (real-name-dense.ts) lists it beside another person
 * or company bearing each payment's word and a background of 200 names, so that the payment's word is one the list
 * knows and the screener's known-word guard, and what overrides it, act (a crossing only there is the kind of false
 * hold a dense list alone shows).
 *
 * With --old, compares two builds: DIST is the dist/ of another checkout (`npm run build` there), --new defaults to
 * the dist/ this script runs from. Without --old, compares with the crossings committed in real-names/crossings.txt
 * and real-names/dense-crossings.txt (which test/unit/screening/real-name-pairs.test.ts holds true). Prints, per
 * frame, the pairs, the crossings of each side by frame, the NEW crossings (crossing only in the new build) with their
 * scores, the ones gone, the worst N of the new build, and for the dense frame its crossings the one-entry frame does
 * not have (lists cut at --show N lines, default 200). Exit code 1 when there are new crossings in either frame.
 * --write-snapshot writes the new build's crossings to the snapshot files (after an intended change, with the reason
 * in the commit). --frames one or dense runs one frame only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as Screening from '../../src/screening';
import { denseGroups, type DenseGroup } from './real-name-dense';
import { denseScorer, pairScorer, type WatchlistModule } from './real-name-probe';
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

/** The dense frame's crossings file (real-name-dense.ts), lines as in crossings.txt. */
export function denseCrossingsFile(): string {
  return path.join(realNamesDir(), 'dense-crossings.txt');
}

const DENSE_HEADER = [
  "# The dense frame (bench/match/real-name-dense.ts): the listed name with another listed name bearing the payment's",
  '# word ("Jean Okonkwo" beside listed "Jane Schneider", paid "Jean Schneider") and a background of 200 other names.',
];

export function formatCrossings(crossings: Crossings, threshold: number, lead: readonly string[] = []): string {
  const header = [
    '# Crossings of the real-name gate (bench/match/real-name-gate.ts): different real names scoring at or above the',
    `# hold threshold (${threshold}) against each other, each a payment held for another person. Existing false holds, kept`,
    '# here so that a change adding one is seen; checked by test/unit/screening/real-name-pairs.test.ts. Rewrite with',
    '# `npm run bench:gate -- --write-snapshot` after a change that removes some (or, with its reason, adds one).',
    ...lead,
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

/** The dense crossings of one build: the probes in their dense groups (real-name-dense.ts). */
export function denseCrossingsOf(build: BuildModules, groups: readonly DenseGroup[]): Crossings {
  const threshold = build.screening.DEFAULT_POLICY.nameHoldThreshold;
  const score = denseScorer(build.screening, build.watchlist);
  const crossings: Crossings = new Map();
  for (const g of groups)
    for (const p of g.probes) {
      const s = score(g.listed, g.kind, g.others, p.payment);
      if (s >= threshold) crossings.set(probeKey(p), s.toFixed(2));
    }
  return crossings;
}

/** The table, NEW / gone / rescored lists and worst crossings of one frame's comparison. */
function report(
  out: string[],
  title: string,
  pairs: ReadonlyMap<FrameKind, number>,
  before: Crossings,
  after: Crossings,
  limit: number,
  top: number,
  extra?: { label: string; of: (k: string) => boolean },
): number {
  const added = [...after.keys()].filter((k) => !before.has(k));
  const gone = [...before.keys()].filter((k) => !after.has(k));
  const rescored = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k));
  const totalPairs = [...pairs.values()].reduce((a, b) => a + b, 0);
  const frames = [...pairs.keys()];
  const count = (keys: Iterable<string>, f: FrameKind): number => [...keys].filter((k) => frameOf(k) === f).length;
  const own = extra === undefined ? [] : [...after.keys()].filter(extra.of);
  const heads = ['pairs', 'old', 'new', 'NEW', 'gone', ...(extra === undefined ? [] : [extra.label])];
  out.push(`\n${title}\n${'frame'.padEnd(12)} ${heads.map((h, i) => h.padStart(i === 0 ? 7 : i === 5 ? 10 : 6)).join(' ')}`);
  const row = (label: string, cells: number[]): string =>
    `${label.padEnd(12)} ${cells.map((c, i) => String(c).padStart(i === 0 ? 7 : i === 5 ? 10 : 6)).join(' ')}`;
  for (const f of frames)
    out.push(
      row(f, [
        pairs.get(f)!,
        count(before.keys(), f),
        count(after.keys(), f),
        count(added, f),
        count(gone, f),
        ...(extra === undefined ? [] : [count(own, f)]),
      ]),
    );
  out.push(row('all', [totalPairs, before.size, after.size, added.length, gone.length, ...(extra === undefined ? [] : [own.length])]));

  const byScore = (keys: string[]): string[] => [...keys].sort((a, b) => Number(after.get(b)) - Number(after.get(a)) || (a < b ? -1 : 1));
  const more = (n: number): void => {
    if (n > limit) out.push(`  … and ${n - limit} more (--show N)`);
  };
  out.push(`NEW crossings (only in the new build): ${added.length}`);
  for (const k of byScore(added).slice(0, limit)) out.push(`  ${after.get(k)}  ${show(k)}`);
  more(added.length);
  out.push(`gone (crossing only in the old): ${gone.length}`);
  for (const k of gone.slice(0, limit)) out.push(`  ${before.get(k)}  ${show(k)}`);
  more(gone.length);
  if (rescored.length > 0) {
    out.push(`crossing in both, score changed: ${rescored.length}`);
    for (const k of rescored.slice(0, limit)) out.push(`  ${before.get(k)} -> ${after.get(k)}  ${show(k)}`);
    more(rescored.length);
  }
  out.push(`worst ${top} crossings of the new build:`);
  for (const k of byScore([...after.keys()]).slice(0, top)) out.push(`  ${after.get(k)}  ${show(k)}`);
  if (extra !== undefined) {
    out.push(`worst ${top} ${extra.label} crossings of the new build:`);
    for (const k of byScore(own).slice(0, top)) out.push(`  ${after.get(k)}  ${show(k)}`);
  }
  return added.length;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      old: { type: 'string' },
      new: { type: 'string' },
      'write-snapshot': { type: 'boolean' },
      top: { type: 'string' },
      show: { type: 'string' },
      frames: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(
      'usage: node dist/bench/match/real-name-gate.js [--old DIST] [--new DIST] [--write-snapshot] [--top N] [--show N] [--frames both|one|dense]\n',
    );
    return;
  }
  const frames = values.frames ?? 'both';
  if (frames !== 'both' && frames !== 'one' && frames !== 'dense') throw new Error(`--frames: both, one or dense, not "${frames}"`);
  const started = Date.now();
  const { pairs, probes, names } = realNamePairs();
  const totalPairs = [...pairs.values()].reduce((a, b) => a + b, 0);
  const out: string[] = [];
  out.push(`names: ${names.given} given, ${names.family} family, ${names.company} company words`);
  out.push(`pairs: ${totalPairs} (${[...pairs].map(([f, n]) => `${f} ${n}`).join(', ')}); ${probes.length} probes (both ways)`);

  const newDist = path.resolve(values.new ?? path.join(__dirname, '../..'));
  const newBuild = loadBuild(newDist);
  const oldBuild = values.old === undefined ? undefined : loadBuild(path.resolve(values.old));
  const threshold = newBuild.screening.DEFAULT_POLICY.nameHoldThreshold;
  out.push(`old: ${values.old === undefined ? 'the snapshots in ' + path.relative(process.cwd(), realNamesDir()) : path.resolve(values.old)}`);
  out.push(`new: ${newDist} (hold threshold ${threshold})`);
  const limit = Number(values.show ?? 200);
  const top = Number(values.top ?? 20);
  let added = 0;
  const writes: string[] = [];

  let oneAfter: Crossings | undefined;
  if (frames !== 'dense') {
    const t = Date.now();
    oneAfter = crossingsOf(newBuild, probes).crossings;
    const before = oldBuild === undefined ? readCrossings(crossingsFile()) : crossingsOf(oldBuild, probes).crossings;
    added += report(out, `ONE-ENTRY frame: the listed name alone on the list (${((Date.now() - t) / 1000).toFixed(1)} s)`, pairs, before, oneAfter, limit, top);
    if (values['write-snapshot'] === true) {
      writeFileSync(crossingsFile(), formatCrossings(oneAfter, threshold));
      writes.push(`wrote ${oneAfter.size} crossings to ${crossingsFile()}`);
    }
  }
  if (frames !== 'one') {
    const t = Date.now();
    const groups = denseGroups(probes);
    const after = denseCrossingsOf(newBuild, groups);
    const before = oldBuild === undefined ? readCrossings(denseCrossingsFile()) : denseCrossingsOf(oldBuild, groups);
    const lists = `${groups.length} lists of ${Math.min(...groups.map((g) => g.others.length)) + 1}-${Math.max(...groups.map((g) => g.others.length)) + 1} names`;
    added += report(
      out,
      `DENSE frame: the payment's word also another listed name's, and a background (${lists}; ${((Date.now() - t) / 1000).toFixed(1)} s)`,
      pairs,
      before,
      after,
      limit,
      top,
      oneAfter === undefined ? undefined : { label: 'dense-only', of: (k) => !oneAfter.has(k) },
    );
    if (values['write-snapshot'] === true) {
      writeFileSync(denseCrossingsFile(), formatCrossings(after, threshold, DENSE_HEADER));
      writes.push(`wrote ${after.size} dense crossings to ${denseCrossingsFile()}`);
    }
  }
  if (writes.length > 0) out.push(`\n${writes.join('\n')}`);
  out.push(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (added > 0) process.exitCode = 1;
}

if (require.main === module) main();
