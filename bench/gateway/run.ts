/**
 * `npm run bench`: the gateway on N synthetic list entries (default 100,000), driven over HTTP by a separate load
 * process, next to a bare express + fast-xml-parser echo endpoint measured in the same run. The gateway runs exactly
 * as `npm start` runs it: embedded Redis with append-only persistence and fsync on every write, file outbox (or a
 * stand-in core over HTTP), four-eyes review queue.
 *
 * Phases: closed loop at maximum (single-transaction messages): the sustained rate (accepted and forwarded), the
 * accepted rate; open loop at the given rates, latency measured from the scheduled send time; closed loop with
 * 100-transaction messages (transactions per second end to end). Per gateway phase: CPU milliseconds per message by
 * process (/proc) and Redis commands per message (INFO commandstats deltas), from the phase's start until every
 * cleared message reached the core — the figures that stay meaningful on a machine shared with other work.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { Redis } from 'ioredis';
import { writeSyntheticList } from './synthetic-list';
import {
  BYTES,
  DIST,
  CpuSample,
  GatewayLog,
  Delivered,
  LoadResult,
  gatewayCpu,
  drained,
  freePort,
  load,
  outboxCount,
  redisCommands,
  round,
  sinkCount,
  stop,
  waitReady,
} from './harness';

function peakRssMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where Redis spends its time, from its slow log with every command logged (--slowlog): microseconds per command,
 * scripts told apart by the shape of their first key (ids left out), as a share of the total.
 */
async function slowlogShares(redis: Redis, messages: number): Promise<Record<string, number>> {
  const entries = (await redis.call('SLOWLOG', 'GET', '-1')) as [number, number, number, string[], string][];
  await redis.call('SLOWLOG', 'RESET');
  const byLabel = new Map<string, number>();
  let total = 0;
  for (const [, , us, args, client] of entries) {
    // Commands a script runs are logged too, by a client without an address: their time is in the script's already.
    if (client === '?:0') continue;
    const command = String(args[0]).toLowerCase();
    const label = /^eval/.test(command) ? `${command} ${String(args[3] ?? '').replace(/[0-9a-f]{8,}|[A-Za-z0-9_-]{20,}|\d+/g, '…')}` : command;
    byLabel.set(label, (byLabel.get(label) ?? 0) + us);
    total += us;
  }
  const shares = [...byLabel]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([k, v]) => [k, round((100 * v) / total, 1)]);
  return Object.fromEntries([['µs per message', round(total / messages, 1)], ...shares]);
}

/**
 * Allocation and garbage collection of the gateway's processes, from V8's --trace-gc-nvp lines on their stdout:
 * running totals per process id of bytes allocated, collections and pause milliseconds.
 */
class GcTrace {
  readonly totals = new Map<number, { allocated: number; pauseMs: number; collections: number }>();

  attach(stream: NodeJS.ReadableStream): void {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop()!;
      for (const line of lines) this.line(line);
    });
  }

  private line(line: string): void {
    const m = /^\[(\d+):0x[0-9a-f]+\]\s+\d+ ms: pause=([\d.]+) .*\ballocated=(\d+)/.exec(line);
    if (!m) return;
    const t = this.totals.get(Number(m[1])) ?? { allocated: 0, pauseMs: 0, collections: 0 };
    t.allocated += Number(m[3]);
    t.pauseMs += Number(m[2]);
    t.collections++;
    this.totals.set(Number(m[1]), t);
  }

  /** Totals by role: the HTTP process, all others together (the worker processes). */
  byRole(httpPid: number): Record<'http' | 'workers', { allocated: number; pauseMs: number; collections: number }> {
    const out = { http: { allocated: 0, pauseMs: 0, collections: 0 }, workers: { allocated: 0, pauseMs: 0, collections: 0 } };
    for (const [pid, t] of this.totals) {
      const o = out[pid === httpPid ? 'http' : 'workers'];
      o.allocated += t.allocated;
      o.pauseMs += t.pauseMs;
      o.collections += t.collections;
    }
    return out;
  }
}

interface Plan {
  entries: number;
  rates: number[];
  duration: number;
  connections: number;
  hitEvery: number;
  validation: boolean;
  core: 'outbox' | 'http';
  /** Transactions per message of the bulk phase (0: no bulk phase). */
  bulkTransactions: number;
  bulkConnections: number;
  echo: boolean;
  /** Write CPU profiles of the gateway's processes here (node --cpu-prof). */
  profileDir?: string;
  /** Log every Redis command and report where Redis's time goes per phase. */
  slowlog: boolean;
  /** Trace V8's garbage collections in the gateway's processes: bytes allocated and pause time per message. */
  gcTrace: boolean;
  /** More node options for the gateway's processes (its forked workers inherit them), e.g. --max-semi-space-size=16. */
  gatewayNodeArgs: string[];
  /** Settings of the embedded Redis changed after its start (CONFIG SET name value), e.g. auto-aof-rewrite-percentage 0. */
  redisConfig: [string, string][];
  /** Start an append-only-file rewrite (BGREWRITEAOF) this often while the gateway is measured (s; 0: never). */
  aofRewriteEverySec: number;
  /** MB of padding written into the embedded Redis before measuring: a rewrite then lasts as long as a fuller Redis's. */
  redisPadMb: number;
}

interface Phase extends LoadResult {
  /** Gateway only: messages forwarded (outbox files) per second from the start of the phase until the queue drained. */
  forwardedPerSec?: number;
  /** Gateway only: seconds after the last request until every cleared message was in the outbox. */
  drainSeconds?: number;
  /** Gateway only: CPU milliseconds per accepted message by process, from the phase's start until the queue drained. */
  cpuMsPerMessage?: Record<string, number>;
  /** Gateway only: Redis commands per accepted message (scripts' inner commands included), and per command, most first. */
  redisCommandsPerMessage?: number;
  redisTopCommands?: Record<string, number>;
  /** Gateway only: bytes per accepted message into and out of Redis (network), and appended to its append-only file. */
  redisBytesPerMessage?: Record<string, number>;
  /** With --gc-trace: per message, KB allocated and milliseconds of GC pauses, by process. */
  gcPerMessage?: Record<string, { kb: number; pauseMs: number }>;
  /**
   * Gateway only: percentiles (ms, upper bound of the histogram bucket) of POST /v1/messages as the gateway measured
   * them, from the request parsed to the answer, admitted requests only (a refusal is answered before the clock
   * starts): what the gateway adds, without the time a request waited in the load generator or the kernel.
   */
  serverMs?: { p50: number; p99: number; requests: number };
  /** With --slowlog: per cent of Redis's command time by command (scripts by their first key). */
  redisTimeShares?: Record<string, number>;
}

/** What is observed of the gateway around a phase. */
interface Probes {
  delivered: Delivered;
  /** The gateway's GET /metrics. */
  metricsUrl: string;
  cpu: () => CpuSample;
  redis: Redis;
  slowlog: boolean;
  gc?: () => ReturnType<GcTrace['byRole']>;
}

async function runPhase(args: string[], probes?: Probes): Promise<Phase> {
  if (!probes) return load(args);
  const before = await probes.delivered();
  const cpuBefore = probes.cpu();
  if (probes.slowlog) await probes.redis.call('SLOWLOG', 'RESET');
  const gcBefore = probes.gc?.();
  const commandsBefore = await redisCommands(probes.redis);
  const serverBefore = await submitLatencies(probes.metricsUrl);
  const started = performance.now();
  const r = await load(args);
  const loadEnded = performance.now();
  const d = await drained(probes.delivered);
  const cpuAfter = probes.cpu();
  const commandsAfter = await redisCommands(probes.redis);
  const serverAfter = await submitLatencies(probes.metricsUrl);
  const out: Phase = {
    ...r,
    forwardedPerSec: round((d.files - before) / ((d.at - started) / 1000), 1),
    drainSeconds: round(Math.max(0, d.at - loadEnded) / 1000, 1),
  };
  out.serverMs = serverPercentiles(serverBefore, serverAfter);
  if (r.ok === 0) return out;
  out.cpuMsPerMessage = Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, round(((cpuAfter[k]! - (cpuBefore[k] ?? 0)) * 1000) / r.ok)]));
  // The bench's own INFO call (the first; a command is counted once it ran) is left out; all else is the gateway's.
  const delta = Object.entries(commandsAfter)
    .map(([c, n]) => [c, n - (commandsBefore[c] ?? 0) - (c === 'info' ? 1 : 0)] as const)
    .filter(([c, n]) => n > 0 && !(c in BYTES))
    .sort((a, b) => b[1] - a[1]);
  out.redisBytesPerMessage = Object.fromEntries(Object.keys(BYTES).map((k) => [k.slice(6), Math.round((commandsAfter[k]! - commandsBefore[k]!) / r.ok)]));
  out.redisCommandsPerMessage = round(delta.reduce((a, [, n]) => a + n, 0) / r.ok, 1);
  out.redisTopCommands = Object.fromEntries(delta.map(([c, n]) => [c, round(n / r.ok, 2)]));
  if (probes.slowlog) out.redisTimeShares = await slowlogShares(probes.redis, r.ok);
  const gcAfter = probes.gc?.();
  if (gcBefore && gcAfter) {
    out.gcPerMessage = Object.fromEntries(
      (['http', 'workers'] as const).map((k) => [
        k,
        { kb: round((gcAfter[k].allocated - gcBefore[k].allocated) / 1024 / r.ok, 1), pauseMs: round((gcAfter[k].pauseMs - gcBefore[k].pauseMs) / r.ok, 3) },
      ]),
    );
  }
  return out;
}

/** The cumulative bucket counts (le in ms → count) of POST /v1/messages in the gateway's latency histogram. */
async function submitLatencies(metricsUrl: string): Promise<Map<number, number>> {
  const text = await (await fetch(metricsUrl)).text();
  const out = new Map<number, number>();
  const line = /^chokepoint_http_request_duration_seconds_bucket\{([^}]*)\} (\d+)/;
  for (const l of text.split('\n')) {
    const m = line.exec(l);
    if (!m || !m[1]!.includes('method="POST"') || !m[1]!.includes('route="/v1/messages"')) continue;
    const le = /le="([^"]+)"/.exec(m[1]!)![1]!;
    out.set(le === '+Inf' ? Infinity : Number(le) * 1000, Number(m[2]));
  }
  return out;
}

function serverPercentiles(before: Map<number, number>, after: Map<number, number>): { p50: number; p99: number; requests: number } {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const counts = bounds.map((b) => (after.get(b) ?? 0) - (before.get(b) ?? 0));
  const total = counts[counts.length - 1] ?? 0;
  const at = (q: number) => bounds[counts.findIndex((c) => c >= q * total)] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), requests: total };
}

/** Fills Redis with `mb` MB of keys of its own (bench:pad:*), then waits for any rewrite the filling started. */
async function padRedis(redis: Redis, mb: number): Promise<void> {
  const value = 'x'.repeat(1000);
  for (let i = 0; i < mb * 1000; i += 1000) {
    const batch = redis.pipeline();
    for (let j = i; j < i + 1000; j++) batch.set(`bench:pad:${j}`, value);
    await batch.exec();
  }
  while (/aof_rewrite_in_progress:1/.test(await redis.info('persistence'))) await new Promise((r) => setTimeout(r, 200));
  process.stderr.write(`bench: ${mb} MB of padding in Redis (used_memory ${/used_memory_human:(\S+)/.exec(await redis.info('memory'))?.[1]})\n`);
}

interface Measured {
  closed?: Phase;
  open: Phase[];
  bulk?: Phase;
}

async function measure(name: string, url: string, token: string | undefined, p: Plan, runTag: string, probes?: Probes): Promise<Measured> {
  const base = ['--url', url, ...(token ? ['--token', token] : []), '--hit-every', String(p.hitEvery)];
  const closed = (connections: number, tag: string) => [
    ...base,
    '--mode',
    'closed',
    '--connections',
    String(connections),
    '--duration',
    String(p.duration),
    '--run-id',
    tag,
  ];
  await load([...base, '--mode', 'closed', '--connections', String(Math.max(1, p.connections)), '--duration', '3', '--run-id', `W${runTag}${name[0]}`]);
  if (probes) await drained(probes.delivered);
  const out: Measured = { open: [] };
  if (p.connections > 0) out.closed = await runPhase(closed(p.connections, `C${runTag}${name[0]}`), probes);
  for (const rate of p.rates) {
    await new Promise((r) => setTimeout(r, 1000));
    out.open.push(
      await runPhase([...base, '--mode', 'open', '--rate', String(rate), '--duration', String(p.duration), '--run-id', `O${rate}${runTag}${name[0]}`], probes),
    );
  }
  if (p.bulkTransactions > 0) {
    await new Promise((r) => setTimeout(r, 1000));
    out.bulk = await runPhase([...closed(p.bulkConnections, `B${runTag}${name[0]}`), '--transactions', String(p.bulkTransactions)], probes);
  }
  return out;
}

function row(target: string, r: Phase): string {
  const bad = Object.entries(r.statuses)
    .filter(([s]) => !s.startsWith('2'))
    .map(([s, n]) => `${s}:${n}`)
    .join(' ');
  const load = r.mode === 'open' ? `${r.rate}/s` : `${r.connections} conns`;
  return `${target.padEnd(8)} ${`${r.mode} ${load}${r.transactions > 1 ? `, ${r.transactions} tx` : ''}`.padEnd(24)} ${String(r.ok).padEnd(8)} ${String(r.throughput).padEnd(13)} ${String(r.forwardedPerSec ?? '-').padEnd(12)} ${String(r.p50).padEnd(7)} ${String(r.p95).padEnd(7)} ${String(r.p99).padEnd(8)} ${String(r.max).padEnd(8)} ${bad || '-'}`;
}

function costLine(r: Phase): string {
  if (!r.cpuMsPerMessage) return '?';
  const all = r.cpuMsPerMessage;
  const byProcess = Object.fromEntries(Object.entries(all).filter(([k]) => !k.endsWith('System')));
  const cpu = Object.entries(byProcess).map(([k, v]) => `${k} ${v}${all[`${k}System`] !== undefined ? ` (kernel ${all[`${k}System`]})` : ''}`);
  const total = Object.values(byProcess).reduce((a, b) => a + b, 0);
  const top = Object.entries(r.redisTopCommands ?? {})
    .slice(0, 8)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  const bytes = Object.entries(r.redisBytesPerMessage ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const gc = r.gcPerMessage
    ? `; allocated ${Object.entries(r.gcPerMessage)
        .map(([k, v]) => `${k} ${v.kb} KB (GC pauses ${v.pauseMs} ms)`)
        .join(', ')}`
    : '';
  return `CPU ms ${cpu.join(', ')} (total ${total.toFixed(2)}); Redis commands ${r.redisCommandsPerMessage} (${top}); Redis bytes ${bytes}${gc}`;
}

async function main(p: Plan): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-bench-'));
  const children: ChildProcess[] = [];
  let redis: Redis | undefined;
  let gwLog: GatewayLog | undefined;
  let failed = true;
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
      const sink = spawn(process.execPath, [path.join(DIST, 'bench/gateway/core-sink.js')], {
        env: { ...process.env, PORT: '0' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(sink);
      const sinkPort = await new Promise<number>((resolve) => sink.stdout!.once('data', (d) => resolve(JSON.parse(String(d)).port as number)));
      coreUrl = `http://127.0.0.1:${sinkPort}/core`;
    }
    const gwPort = await freePort();
    const dataDir = path.join(work, 'data');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(gwPort),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WATCHLIST: listFile,
      TOKENS_FILE: tokensFile,
      LOG_LEVEL: 'warn',
      SCHEMA_VALIDATION: p.validation ? 'on' : 'off',
    };
    delete env.REDIS_URL;
    delete env.CORE_URL;
    if (coreUrl) env.CORE_URL = coreUrl;
    t = Date.now();
    // Worker processes are forked with the parent's node options, so --cpu-prof profiles them too.
    const nodeArgs = [
      ...(p.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(p.profileDir)}`] : []),
      ...(p.gcTrace ? ['--trace-gc-nvp'] : []),
      ...p.gatewayNodeArgs,
    ];
    gwLog = new GatewayLog();
    const gw = spawn(process.execPath, [...nodeArgs, path.join(DIST, 'src/cli/main.js'), 'serve'], { env, stdio: gwLog.stdio(p.gcTrace) });
    children.push(gw);
    gwLog.watch(gw);
    // Every step while the gateway runs is raced against its death: a gateway that exits ends the bench with its log's end.
    const unlessDied = <T>(step: Promise<T>) => Promise.race([step, gwLog!.died]);
    const gcTrace = p.gcTrace ? new GcTrace() : undefined;
    if (gcTrace) gcTrace.attach(gw.stdout!);
    await unlessDied(waitReady(`http://127.0.0.1:${gwPort}/readyz`, 300_000));
    const startMs = Date.now() - t;
    process.stderr.write(`bench: gateway ready in ${startMs} ms (list load + index + embedded Redis)\n`);
    redis = new Redis((JSON.parse(await fs.readFile(path.join(dataDir, 'redis.json'), 'utf8')) as { url: string }).url);
    if (p.slowlog) await redis.config('SET', 'slowlog-log-slower-than', '0', 'slowlog-max-len', '1000000');
    for (const [name, value] of p.redisConfig) await redis.config('SET', name, value);
    if (p.redisPadMb > 0) await padRedis(redis, p.redisPadMb);

    const tag = Date.now().toString(36);
    let echo: Measured | undefined;
    if (p.echo) {
      const echoServer = spawn(process.execPath, [path.join(DIST, 'bench/gateway/echo-server.js')], {
        env: { ...process.env, PORT: '0' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(echoServer);
      const echoPort = await new Promise<number>((resolve) => echoServer.stdout!.once('data', (d) => resolve(JSON.parse(String(d)).port as number)));
      echo = await unlessDied(measure('echo', `http://127.0.0.1:${echoPort}/echo`, undefined, { ...p, bulkTransactions: 0 }, tag));
      await stop(echoServer);
    }
    const delivered = coreUrl ? sinkCount(coreUrl) : outboxCount(path.join(dataDir, 'outbox'));
    // A rewrite started on purpose: does the fork and its writing stall the append-only file's fsyncs, and the answers?
    const rewrites = p.aofRewriteEverySec > 0 ? setInterval(() => void redis!.bgrewriteaof().catch(() => undefined), p.aofRewriteEverySec * 1000) : undefined;
    const gateway = await unlessDied(
      measure('gateway', `http://127.0.0.1:${gwPort}/v1/messages`, token, p, tag, {
        delivered,
        metricsUrl: `http://127.0.0.1:${gwPort}/metrics`,
        cpu: () => gatewayCpu(gw.pid!),
        redis,
        slowlog: p.slowlog,
        ...(gcTrace ? { gc: () => gcTrace.byRole(gw.pid!) } : {}),
      }),
    );
    clearInterval(rewrites);
    const aof = Object.fromEntries(
      (await redis.info('persistence'))
        .split('\n')
        .map((l) => l.trim().split(':'))
        .filter(([k]) => k === 'aof_rewrites' || k === 'aof_last_rewrite_time_sec' || k === 'aof_current_size' || k === 'aof_delayed_fsync'),
    ) as Record<string, string>;
    process.stderr.write(`bench: Redis append-only file: ${JSON.stringify(aof)}\n`);
    const rss = peakRssMb(gw.pid!);
    const forwarded = await delivered();

    const c = gateway.closed;
    const sustained = c ? Math.min(c.throughput, c.forwardedPerSec ?? Infinity) : NaN;
    const echoRate = echo?.closed?.throughput;
    const bulk = gateway.bulk;
    // A bulk message with a hit goes out without the held transaction: on average T × (1 − 1/hitEvery) per message.
    const clearedPerBulk = bulk ? bulk.transactions * (p.hitEvery > 0 ? 1 - 1 / p.hitEvery : 1) : 0;
    const report = {
      date: new Date().toISOString(),
      loadAverage: os.loadavg().map((l) => round(l)),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      entries: p.entries,
      schemaValidation: p.validation,
      gatewayReadyMs: startMs,
      gatewayPeakRssMb: rss,
      core: p.core,
      forwarded,
      sustainedPerSec: round(sustained, 1),
      acceptedPerSec: c?.throughput ?? null,
      echoPerSec: echoRate ?? null,
      sustainedRatio: echoRate ? round(sustained / echoRate) : null,
      acceptedRatio: echoRate && c ? round(c.throughput / echoRate) : null,
      bulkTransactionsPerSec: bulk ? round(Math.min(bulk.throughput * clearedPerBulk, (bulk.forwardedPerSec ?? 0) * clearedPerBulk), 0) : null,
      gateway,
      echo: echo ?? null,
    };
    const ratio = (v: number | null) => (v === null ? '' : ` = ${v} × the echo`);
    if (c) {
      console.log(`\nsustained (accepted and forwarded): ${report.sustainedPerSec} msg/s${ratio(report.sustainedRatio)}`);
      console.log(
        `accepted: ${c.throughput} msg/s${ratio(report.acceptedRatio)}; echo in the same run: ${echoRate ?? '(not measured)'} msg/s (closed loop, ${p.connections} connections)`,
      );
    }
    for (const o of gateway.open) {
      const refused = o.statuses['503'] ?? 0;
      console.log(
        `open loop ${o.rate} msg/s: ${o.throughput} accepted/s, p50 ${o.p50} / p95 ${o.p95} / p99 ${o.p99} ms` +
          (refused
            ? `; ${refused} refused with 503 (by ${Object.entries(o.refusedBy ?? {})
                .map(([rule, n]) => `${rule} ${n}`)
                .join(
                  ', ',
                )}; p50 ${o.refusedP50} / p99 ${o.refusedP99} ms; from the connection on: p50 ${o.refusedOnConnectionP50} / p99 ${o.refusedOnConnectionP99} ms), p99 of the accepted ${o.acceptedP99} ms`
            : '') +
          (o.clientWaitP99 !== undefined
            ? `; wait for a connection in the load generator p50 ${o.clientWaitP50} / p99 ${o.clientWaitP99} ms (its own loop late by p99 ${o.generatorLagP99} ms)`
            : '') +
          (o.serverMs ? `; in the gateway (admitted, request parsed → answered): p50 ≤ ${o.serverMs.p50} / p99 ≤ ${o.serverMs.p99} ms` : ''),
      );
    }
    if (bulk) {
      console.log(
        `${bulk.transactions}-transaction messages: ${report.bulkTransactionsPerSec} transactions/s end to end (${bulk.throughput} msg/s accepted, ${bulk.forwardedPerSec} forwarded/s, p99 ${bulk.p99} ms)`,
      );
    }
    console.log('\ntarget   phase                    ok       accepted/s    forwarded/s  p50 ms  p95 ms  p99 ms   max ms   non-2xx');
    const phases = (m: Measured) => [...(m.closed ? [m.closed] : []), ...m.open];
    for (const r of echo ? phases(echo) : []) console.log(row('echo', r));
    for (const r of [...phases(gateway), ...(bulk ? [bulk] : [])]) console.log(row('gateway', r));
    console.log('\nper accepted message, from the phase start until the forward queue drained:');
    for (const r of phases(gateway)) console.log(`  ${r.mode} ${r.rate ?? `${r.connections} conns`}: ${costLine(r)}`);
    if (bulk) console.log(`  ${bulk.transactions}-transaction messages (per message): ${costLine(bulk)}`);
    for (const r of [...phases(gateway), ...(bulk ? [bulk] : [])]) {
      if (r.redisTimeShares)
        console.log(
          `  Redis time, ${r.mode} ${r.rate ?? `${r.connections} conns`}${r.transactions > 1 ? `, ${r.transactions} tx` : ''}, %: ${JSON.stringify(r.redisTimeShares)}`,
        );
    }
    console.log(
      `\ngateway ready after ${startMs} ms with ${p.entries} entries; peak RSS ${rss ?? '?'} MB (HTTP process); ${report.forwarded} messages forwarded (${p.core === 'http' ? 'HTTP core stand-in' : 'file outbox'})`,
    );
    console.log(`machine: ${report.machine}; load average at the end ${report.loadAverage.join(' ')}`);
    console.log('\n' + JSON.stringify(report));
    failed = false;
  } finally {
    redis?.disconnect();
    gwLog?.stop();
    for (const c of children) await stop(c);
    gwLog?.close(failed);
    await fs.rm(work, { recursive: true, force: true });
  }
}

new Command('bench')
  .option('--entries <n>', 'synthetic watchlist entries', '100000')
  .option('--rates <list>', 'open-loop rates, comma separated (none: no open-loop phase)', '500,1000')
  .option('--duration <s>', 'seconds per measurement', '15')
  .option('--connections <n>', 'closed-loop connections (0: no closed-loop phase)', '32')
  .option('--hit-every <n>', 'one transaction in n pays a listed IBAN', '100')
  .option('--bulk <n>', 'transactions per message of the bulk phase (0: no bulk phase)', '100')
  .option('--bulk-connections <n>', 'closed-loop connections of the bulk phase', '8')
  .option('--core <kind>', 'outbox (as npm start: files, fsynced) or http (a stand-in core process, as a bank deploys it)', 'outbox')
  .option('--no-validation', 'run the gateway with SCHEMA_VALIDATION=off (to measure what validation costs)')
  .option('--no-echo', 'skip the echo baseline (cost figures only)')
  .option('--profile <dir>', 'write CPU profiles of the gateway processes into this directory')
  .option('--slowlog', "log every Redis command and report where Redis's time goes (costs Redis time itself)")
  .option('--gc-trace', 'trace garbage collection in the gateway processes: KB allocated and GC pause ms per message')
  .option('--gateway-node-args <args>', 'node options for the gateway processes, space separated (e.g. --max-semi-space-size=16)', '')
  .option('--redis-config <list>', 'embedded Redis settings changed after its start: name=value, comma separated', '')
  .option('--redis-pad <mb>', 'MB of padding keys written into the embedded Redis before measuring', '0')
  .option('--aof-rewrite-every <s>', 'start an append-only-file rewrite this often while the gateway is measured (0: never)', '0')
  .action(async (o: Record<string, string | boolean>) =>
    main({
      entries: Number(o.entries),
      rates: o.rates === 'none' ? [] : String(o.rates).split(',').map(Number),
      duration: Number(o.duration),
      connections: Number(o.connections),
      hitEvery: Number(o.hitEvery),
      validation: o.validation as boolean,
      core: o.core === 'http' ? 'http' : 'outbox',
      bulkTransactions: Number(o.bulk),
      bulkConnections: Number(o.bulkConnections),
      echo: o.echo as boolean,
      ...(typeof o.profile === 'string' ? { profileDir: o.profile } : {}),
      slowlog: o.slowlog === true,
      gcTrace: o.gcTrace === true,
      gatewayNodeArgs: String(o.gatewayNodeArgs).split(' ').filter(Boolean),
      redisConfig: String(o.redisConfig)
        .split(',')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
      aofRewriteEverySec: Number(o.aofRewriteEvery),
      redisPadMb: Number(o.redisPad),
    }),
  )
  .parseAsync(process.argv)
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
