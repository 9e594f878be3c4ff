/**
 * `npm run bench`: the gateway on N synthetic list entries (default 100,000), driven over HTTP by a separate load
 * process, closed-loop at maximum and open-loop at given rates, next to a bare express + fast-xml-parser echo
 * endpoint measured in the same run. The gateway runs exactly as `npm start` runs it: embedded Redis with
 * append-only persistence and fsync on every write, file outbox, four-eyes review queue.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { writeSyntheticList } from './synthetic-list';

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist');

interface LoadResult {
  mode: string;
  rate: number | null;
  connections: number | null;
  sent: number;
  ok: number;
  statuses: Record<string, number>;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function freePort(): Promise<number> {
  return import('node:net').then(
    (net) =>
      new Promise((resolve) => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
          const port = (s.address() as { port: number }).port;
          s.close(() => resolve(port));
        });
      }),
  );
}

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

function load(args: string[]): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(DIST, 'bench/gateway/load.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadResult) : reject(new Error(`load exited ${code}`))));
  });
}

function peakRssMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** CPU seconds used so far by the gateway's processes, by role (Linux /proc): where a message's time goes. */
type CpuSample = Record<string, number>;
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are fields 14 and 15 of the whole line.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

function gatewayCpu(gatewayPid: number): CpuSample {
  const out: CpuSample = { http: cpuSeconds(gatewayPid), workers: 0, redis: 0 };
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(gatewayPid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    /* no children */
  }
  for (const pid of children) {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const role = cmd.includes('redis-server') ? 'redis' : 'workers';
    out[role] = (out[role] ?? 0) + cpuSeconds(pid);
  }
  return out;
}

interface Plan {
  entries: number;
  rates: number[];
  duration: number;
  connections: number;
  hitEvery: number;
  validation: boolean;
  core: 'outbox' | 'http';
}

interface Phase extends LoadResult {
  /** Gateway only: messages forwarded (outbox files) per second from the start of the phase until the queue drained. */
  forwardedPerSec?: number;
  /** Gateway only: seconds after the last request until every cleared message was in the outbox. */
  drainSeconds?: number;
  /** Gateway only: CPU milliseconds per accepted message by process, from the phase's start until the queue drained. */
  cpuMsPerMessage?: Record<string, number>;
}

/** How many messages reached the core: files in the outbox, or the count of the core stand-in. */
type Delivered = () => Promise<number>;

function outboxCount(dir: string): Delivered {
  return async () => (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.xml')).length;
}

function sinkCount(url: string): Delivered {
  return async () => ((await (await fetch(url)).json()) as { count: number }).count;
}

/** Waits until deliveries stop growing for a second: the forward queue has drained. */
async function drained(delivered: Delivered | undefined): Promise<{ files: number; at: number }> {
  if (!delivered) return { files: 0, at: performance.now() };
  let last = await delivered();
  let lastChange = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const n = await delivered();
    if (n !== last) {
      last = n;
      lastChange = performance.now();
    } else if (performance.now() - lastChange > 1000) return { files: n, at: lastChange };
  }
}

async function measure(name: string, url: string, token: string | undefined, p: Plan, runTag: string, outbox?: Delivered, cpu?: () => CpuSample): Promise<Phase[]> {
  const base = ['--url', url, ...(token ? ['--token', token] : []), '--hit-every', String(p.hitEvery)];
  const phase = async (args: string[]): Promise<Phase> => {
    const before = outbox ? await outbox() : 0;
    const cpuBefore = cpu?.();
    const started = performance.now();
    const r = await load(args);
    const loadEnded = performance.now();
    if (!outbox) return r;
    const d = await drained(outbox);
    const cpuAfter = cpu?.();
    const cpuMsPerMessage =
      cpuBefore && cpuAfter && r.ok > 0 ? Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, Number((((cpuAfter[k]! - (cpuBefore[k] ?? 0)) * 1000) / r.ok).toFixed(2))])) : undefined;
    return {
      ...r,
      forwardedPerSec: Number(((d.files - before) / ((d.at - started) / 1000)).toFixed(1)),
      drainSeconds: Number((Math.max(0, d.at - loadEnded) / 1000).toFixed(1)),
      ...(cpuMsPerMessage ? { cpuMsPerMessage } : {}),
    };
  };
  await load([...base, '--mode', 'closed', '--connections', String(p.connections), '--duration', '3', '--run-id', `W${runTag}${name[0]}`]);
  await drained(outbox);
  const results: Phase[] = [];
  results.push(await phase([...base, '--mode', 'closed', '--connections', String(p.connections), '--duration', String(p.duration), '--run-id', `C${runTag}${name[0]}`]));
  for (const rate of p.rates) {
    await new Promise((r) => setTimeout(r, 1000));
    results.push(await phase([...base, '--mode', 'open', '--rate', String(rate), '--duration', String(p.duration), '--run-id', `O${rate}${runTag}${name[0]}`]));
  }
  return results;
}

async function main(p: Plan): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-bench-'));
  const children: ChildProcess[] = [];
  try {
    const listFile = path.join(work, 'watchlist.jsonl');
    let t = Date.now();
    await writeSyntheticList(listFile, p.entries);
    process.stderr.write(`bench: ${p.entries} synthetic entries written in ${Date.now() - t} ms\n`);

    const token = 'bench-submitter-token-0123456789abcdef';
    const tokensFile = path.join(work, 'tokens.json');
    await fs.writeFile(tokensFile, JSON.stringify({ tokens: [{ token, role: 'submitter', name: 'bench' }] }), { mode: 0o600 });
    let coreUrl: string | undefined;
    if (p.core === 'http') {
      const sink = spawn(process.execPath, [path.join(DIST, 'bench/gateway/core-sink.js')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(sink);
      const sinkPort = await new Promise<number>((resolve) => sink.stdout!.once('data', (d) => resolve(JSON.parse(String(d)).port as number)));
      coreUrl = `http://127.0.0.1:${sinkPort}/core`;
    }
    const gwPort = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(gwPort), HOST: '127.0.0.1', DATA_DIR: path.join(work, 'data'), WATCHLIST: listFile, TOKENS_FILE: tokensFile, LOG_LEVEL: 'warn', SCHEMA_VALIDATION: p.validation ? 'on' : 'off' };
    delete env.REDIS_URL;
    delete env.CORE_URL;
    if (coreUrl) env.CORE_URL = coreUrl;
    t = Date.now();
    const gw = spawn(process.execPath, [path.join(DIST, 'src/cli/main.js'), 'serve'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(gw);
    await waitReady(`http://127.0.0.1:${gwPort}/readyz`, 300_000);
    const startMs = Date.now() - t;
    process.stderr.write(`bench: gateway ready in ${startMs} ms (list load + index + embedded Redis)\n`);

    const echo = spawn(process.execPath, [path.join(DIST, 'bench/gateway/echo-server.js')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(echo);
    const echoPort = await new Promise<number>((resolve) => echo.stdout!.once('data', (d) => resolve(JSON.parse(String(d)).port as number)));

    const tag = Date.now().toString(36);
    const echoResults = await measure('echo', `http://127.0.0.1:${echoPort}/echo`, undefined, p, tag);
    await stop(echo);
    const delivered = coreUrl ? sinkCount(coreUrl) : outboxCount(path.join(work, 'data', 'outbox'));
    const gwResults = await measure('gateway', `http://127.0.0.1:${gwPort}/v1/messages`, token, p, tag, delivered, () => gatewayCpu(gw.pid!));
    const rss = peakRssMb(gw.pid!);
    const forwarded = await delivered();

    const rows = [...echoResults.map((r) => ({ target: 'echo', ...r })), ...gwResults.map((r) => ({ target: 'gateway', ...r }))];
    const ratio = gwResults[0]!.throughput / echoResults[0]!.throughput;
    const sustained = Math.min(gwResults[0]!.throughput, gwResults[0]!.forwardedPerSec ?? Infinity);
    const report = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      entries: p.entries,
      schemaValidation: p.validation,
      gatewayReadyMs: startMs,
      gatewayPeakRssMb: rss,
      core: p.core,
      forwarded,
      closedLoopRatio: Number(ratio.toFixed(2)),
      sustainedRatio: Number((sustained / echoResults[0]!.throughput).toFixed(2)),
      rows,
    };
    console.log('\ntarget   mode    rate/conns  ok        throughput/s  p50 ms  p95 ms  p99 ms  max ms  forwarded/s  drain s  non-2xx');
    for (const r of rows as (Phase & { target: string })[]) {
      const bad = Object.entries(r.statuses)
        .filter(([s]) => !s.startsWith('2'))
        .map(([s, n]) => `${s}:${n}`)
        .join(' ');
      console.log(
        `${r.target.padEnd(8)} ${r.mode.padEnd(7)} ${String(r.rate ?? r.connections).padEnd(11)} ${String(r.ok).padEnd(9)} ${String(r.throughput).padEnd(13)} ${String(r.p50).padEnd(7)} ${String(r.p95).padEnd(7)} ${String(r.p99).padEnd(7)} ${String(r.max).padEnd(7)} ${String(r.forwardedPerSec ?? '-').padEnd(12)} ${String(r.drainSeconds ?? '-').padEnd(8)} ${bad || '-'}`,
      );
    }
    console.log(`\nclosed-loop throughput ratio gateway / echo: ${report.closedLoopRatio} accepted, ${report.sustainedRatio} sustained (accepted and forwarded)`);
    const cpuLine = (r: Phase) =>
      r.cpuMsPerMessage
        ? `${Object.entries(r.cpuMsPerMessage)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')} (total ${Object.values(r.cpuMsPerMessage)
            .reduce((a, b) => a + b, 0)
            .toFixed(2)})`
        : '?';
    for (const r of gwResults) console.log(`gateway CPU ms per accepted message, ${r.mode} ${r.rate ?? r.connections}: ${cpuLine(r)}`);
    console.log(`gateway ready after ${startMs} ms with ${p.entries} entries; peak RSS ${rss ?? '?'} MB (HTTP process); ${report.forwarded} messages forwarded (${p.core === 'http' ? 'HTTP core stand-in' : 'file outbox'})`);
    console.log(`machine: ${report.machine}`);
    console.log('\n' + JSON.stringify(report));
  } finally {
    for (const c of children) await stop(c);
    await fs.rm(work, { recursive: true, force: true });
  }
}

new Command('bench')
  .option('--entries <n>', 'synthetic watchlist entries', '100000')
  .option('--rates <list>', 'open-loop rates, comma separated', '500,1000')
  .option('--duration <s>', 'seconds per measurement', '15')
  .option('--connections <n>', 'closed-loop connections', '32')
  .option('--hit-every <n>', 'one message in n pays a listed IBAN', '100')
  .option('--core <kind>', 'outbox (as npm start: files, fsynced) or http (a stand-in core process, as a bank deploys it)', 'outbox')
  .option('--no-validation', 'run the gateway with SCHEMA_VALIDATION=off (to measure what validation costs)')
  .action(async (o: Record<string, string>) =>
    main({
      entries: Number(o.entries),
      rates: o.rates!.split(',').map(Number),
      duration: Number(o.duration),
      connections: Number(o.connections),
      hitEvery: Number(o.hitEvery),
      validation: o.validation as unknown as boolean,
      core: o.core === 'http' ? 'http' : 'outbox',
    }),
  )
  .parseAsync(process.argv)
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
