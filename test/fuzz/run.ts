/**
 * npm run fuzz [-- --count N] [--workers W] [--seed S]: the read-path fuzz campaign (default 1,000,000 inputs) split
 * over W worker processes (default 2), each with its own seed. Prints inputs run, outcome counts per error code,
 * elapsed time, the slowest input and the peak RSS of a worker. Exits 1 at the first broken invariant, with the
 * counterexample and the seed to replay it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { runCampaign, type CampaignResult } from './campaign';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer`);
  return v;
}

// A worker starts at ~100 MB; its growth over that start is bounded.
const MAX_RSS_MB = 1_500;

/** Progress is reported (and a stopped run summed up) every this many inputs of a worker. */
const PROGRESS_EVERY = 10_000;

if (process.env.CHOKEPOINT_FUZZ_WORKER === '1') {
  const count = option('count', 0);
  const seed = option('seed', 0);
  const result = runCampaign({
    count,
    seed,
    maxRssGrowthMb: MAX_RSS_MB,
    onProgress: (done, r) => done % PROGRESS_EVERY === 0 && process.send!({ progress: r }),
  });
  process.send!({ result });
} else {
  const count = option('count', 1_000_000);
  const workers = Math.max(1, option('workers', 2));
  const seed = option('seed', Date.now() % 2 ** 31);
  const start = performance.now();
  console.log(`fuzz: ${count} inputs over ${workers} workers, seed ${seed}`);
  const latest: Array<CampaignResult | undefined> = new Array(workers).fill(undefined);
  const summary = (final: boolean) => {
    const results = latest.filter((r): r is CampaignResult => r !== undefined);
    const outcomes: Record<string, number> = {};
    for (const r of results) for (const [k, v] of Object.entries(r.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + v;
    const inputs = results.reduce((n, r) => n + r.inputs, 0);
    const lines = [
      `${final ? 'inputs run' : 'inputs so far'}: ${inputs}`,
      'outcomes:',
      ...Object.entries(outcomes)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `  ${k.padEnd(24)} ${v}`),
      `elapsed: ${((performance.now() - start) / 1000).toFixed(1)} s`,
      `slowest input: ${Math.max(0, ...results.map((r) => r.slowestMs)).toFixed(1)} ms of CPU`,
      `peak RSS of a worker: ${Math.max(0, ...results.map((r) => r.peakRssMb))} MB (bound: ${MAX_RSS_MB} MB of growth)`,
    ];
    console.log(lines.join('\n'));
  };
  const children: ChildProcess[] = [];
  // stopped before the count (Ctrl-C, a deadline): what ran is still a result
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const c of children) c.kill('SIGKILL');
      console.log(`stopped by ${signal} before ${count} inputs; invariants held for every input run`);
      summary(false);
      process.exit(130);
    });
  }
  const runs = Array.from({ length: workers }, (_, w) => {
    const share = Math.floor(count / workers) + (w < count % workers ? 1 : 0);
    const child = fork(__filename, ['--count', String(share), '--seed', String(seed + w)], {
      env: { ...process.env, CHOKEPOINT_FUZZ_WORKER: '1' },
      execArgv: ['-r', require.resolve('../../scripts/iso20022/register-ts.js')],
    });
    children.push(child);
    return new Promise<void>((resolve, reject) => {
      let done = false;
      child.on('message', (m: { progress?: CampaignResult; result?: CampaignResult }) => {
        if (m.progress) {
          latest[w] = m.progress;
          const sum = latest.reduce((n, r) => n + (r?.inputs ?? 0), 0);
          console.log(`  ${sum} inputs, ${((performance.now() - start) / 1000).toFixed(0)} s`);
        }
        if (m.result) {
          latest[w] = m.result;
          done = true;
        }
      });
      child.on('exit', (code) => (code === 0 && done ? resolve() : reject(new Error(`worker ${w} (seed ${seed + w}) failed: exit ${code}`))));
    });
  });
  Promise.all(runs).then(
    () => {
      summary(true);
      console.log('invariants held: no exception but AppError, no input over the time bound, every free value of every accepted message offered to screening');
    },
    (e: Error) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
