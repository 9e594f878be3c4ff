/**
 * Throughput, latency, load time and memory of one screening process with a list file: what one gateway
 * process (one core) does. Run in its own process so its RSS is its own; prints one JSON line.
 *
 * --write-cache DIR: load as the gateway does with an empty index cache (hash the list, build; the index is
 *   stored under DIR after the load resolves, timed on its own).
 * --cache-dir DIR: load through the index cache in DIR (a restart with an unchanged list).
 * Both print a digest of every decision and hit, so that a restored index is checked against the built one.
 * --dump FILE: every transaction's hits (entry id, field, score to 3 decimals), one line each, into FILE: a speed
 *   change must not change what is matched (diff two builds' files; see compare-hits.ts).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DEFAULT_POLICY, screenTransaction } from '../../src/screening';
import { loadScreenerFromFile } from '../../src/watchlist';
import { makeTraffic } from './traffic';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const file = arg('file', '');
  const seed = Number(arg('seed', '1'));
  const entries = Number(arg('entries', '0'));
  const count = Number(arg('transactions', '100000'));
  const rssBefore = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  // The name result cache is off by default: generated traffic repeats names by chance, real traffic by habit;
  // neither should flatter the figure of the engine itself (--cache turns it on).
  const cacheDir = arg('cache-dir', '');
  const writeCacheDir = arg('write-cache', '');
  const loaded = await loadScreenerFromFile(file, {
    nameCacheSize: process.argv.includes('--cache') ? 20_000 : 0,
    ...(cacheDir !== '' ? { cacheDir } : {}),
    ...(writeCacheDir !== '' ? { cacheDir: writeCacheDir, cacheWrite: 'background' as const } : {}),
  });
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // Process CPU time (all threads, user + system): on a shared machine wall-clock figures drift with the load of
  // other processes, CPU time much less.
  const loadCpu = process.cpuUsage(cpu0);
  let cacheWriteMs: number | undefined;
  if (loaded.cache?.write !== undefined) {
    const w0 = process.hrtime.bigint();
    const stored = await loaded.cache.write;
    if (!stored.written) throw new Error(`index cache not written: ${stored.writeError}`);
    cacheWriteMs = Math.round(Number(process.hrtime.bigint() - w0) / 1e6);
  }
  // The loader's read stream and worker thread close a moment after the load resolves, and only then let go of
  // the builder's buffers: RSS after load is taken once they have.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  global.gc?.();
  const rssAfterLoad = process.memoryUsage().rss;
  // Peak RSS of the load alone (the traffic below is the benchmark's, not the gateway's memory).
  const peakAfterLoad = process.resourceUsage().maxRSS;
  const traffic = makeTraffic(seed, entries, count + 5000);

  const context = { instant: false };
  for (let i = 0; i < 5000; i++) screenTransaction(loaded.screener, traffic[count + i].tx, DEFAULT_POLICY, context);
  const times = new Float64Array(count);
  let parties = 0;
  let held = 0;
  const counters = loaded.screener.searchCounters;
  counters.reset();
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const a = process.hrtime.bigint();
    const r = screenTransaction(loaded.screener, traffic[i].tx, DEFAULT_POLICY, context);
    times[i] = Number(process.hrtime.bigint() - a) / 1e6;
    parties += traffic[i].parties;
    if (r.decision !== 'clear') held++;
  }
  const totalS = Number(process.hrtime.bigint() - start) / 1e9;
  const screenCpu = process.cpuUsage(cpuStart);
  // The work done, per party screened: figures that do not drift with the machine's load as times do.
  const work: Record<string, number> = {};
  for (const [k, v] of Object.entries(counters)) if (typeof v === 'number') work[k] = Math.round((1000 * v) / parties) / 1000;
  // Outside the timed loop: what a built and a restored index decide must be the same.
  const digest = createHash('sha256');
  for (let i = 0; i < Math.min(count, 20_000); i++) {
    const r = screenTransaction(loaded.screener, traffic[i].tx, DEFAULT_POLICY, context);
    digest.update(`${r.decision}\n${r.hits.map((h) => `${h.entryId} ${h.field} ${h.score}`).join('\n')}\n|\n`);
  }
  const decisionsDigest = digest.digest('hex').slice(0, 16);
  const dump = arg('dump', '');
  if (dump !== '') {
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const r = screenTransaction(loaded.screener, traffic[i].tx, DEFAULT_POLICY, context);
      for (const h of r.hits) lines.push(`${i}\t${h.field}\t${h.entryId}\t${h.score.toFixed(3)}`);
    }
    writeFileSync(dump, lines.join('\n') + '\n');
  }
  times.sort();
  const q = (p: number): number => times[Math.min(count - 1, Math.floor(p * count))];
  const result = {
    entries: loaded.entries,
    transactions: count,
    loadMs: Math.round(loadMs),
    cache: loaded.cache?.outcome,
    cacheWriteMs,
    decisionsDigest,
    txPerS: Math.round(count / totalS),
    partiesPerS: Math.round(parties / totalS),
    cpuUsPerParty: (screenCpu.user + screenCpu.system) / parties,
    loadCpuMs: Math.round((loadCpu.user + loadCpu.system) / 1000),
    p50Ms: q(0.5),
    p99Ms: q(0.99),
    p999Ms: q(0.999),
    maxMs: times[count - 1],
    heldShare: held / count,
    rssBeforeLoadMB: Math.round(rssBefore / 2 ** 20),
    rssAfterLoadMB: Math.round(rssAfterLoad / 2 ** 20),
    peakRssLoadMB: Math.round(peakAfterLoad / 1024),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    workPerParty: work,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exit(1);
});
