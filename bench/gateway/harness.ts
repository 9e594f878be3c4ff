/**
 * The parts of the gateway benchmark that other benchmarks drive the gateway with too (npm run bench:scale): the load
 * generator's process and its result, free ports, readiness, stopping a child, CPU time from /proc, Redis's command
 * counts, and counting what reached the core until the forward queue drained.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, promises as fs, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';

/** The build output (dist/), where the benchmark's own processes and the gateway are started from. */
export const DIST = path.resolve(__dirname, '../..');

export interface LoadResult {
  mode: string;
  rate: number | null;
  connections: number | null;
  transactions: number;
  sent: number;
  ok: number;
  statuses: Record<string, number>;
  /** The 503s by the admission rule their message names (MAX_IN_FLIGHT, SOJOURN_TARGET_MS, ...; "other"). */
  refusedBy?: Record<string, number>;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** p99 of the 2xx answers alone, and p50 / p99 of the 503s alone (NaN when there were none). */
  acceptedP99: number;
  refusedP50: number;
  refusedP99: number;
  /** Open loop: the wait in the load generator for a connection, and the 503s timed from the connection on. */
  clientWaitP50?: number;
  clientWaitP99?: number;
  refusedOnConnectionP50?: number;
  refusedOnConnectionP99?: number;
  /** p99 of how late the load generator's own event loop ran (ms). */
  generatorLagP99?: number;
  max: number;
}

export function freePort(): Promise<number> {
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

export async function waitReady(url: string, timeoutMs: number): Promise<void> {
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

/**
 * The gateway's output (its stdout and stderr, and its queue-worker processes', which inherit them) in a temporary
 * file, so a gateway that dies during a bench is never silent: the file's end is printed when it exits before `stop`
 * (a crash's stack or last-resort line, a "worker process died"), and `died` rejects so the bench ends there. The file is
 * removed after a bench without a death, kept (and named) otherwise.
 */
export class GatewayLog {
  readonly file = path.join(os.tmpdir(), `chokepoint-bench-gateway-${process.pid}-${Date.now().toString(36)}.log`);
  private readonly fd = openSync(this.file, 'a', 0o600);
  private stopping = false;
  private dead = false;
  private reject!: (e: Error) => void;
  /** Rejects when the gateway exits before `stop`: race the bench's steps against it. */
  readonly died = new Promise<never>((_resolve, reject) => (this.reject = reject));

  constructor() {
    this.died.catch(() => undefined);
  }

  /** stdio for spawn: stdout into the file, or piped when the bench reads it itself (`watch` copies it into the file). */
  stdio(stdoutPiped = false): ['ignore', 'pipe' | number, number] {
    return ['ignore', stdoutPiped ? 'pipe' : this.fd, this.fd];
  }

  watch(child: ChildProcess): void {
    child.stdout?.on('data', (d: Buffer) => writeSync(this.fd, d));
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.dead = true;
      process.stderr.write(
        `\nbench: the gateway exited (code ${code}, signal ${signal}) during the bench; the end of its log, ${this.file}:\n${this.tail()}\n`,
      );
      this.reject(new Error(`the gateway exited (code ${code}, signal ${signal}); its log: ${this.file}`));
    });
  }

  /** The bench stops the gateway now: an exit is expected. */
  stop(): void {
    this.stopping = true;
  }

  tail(bytes = 8_000): string {
    const text = readFileSync(this.file, 'utf8');
    return text.length > bytes ? `…${text.slice(-bytes)}` : text;
  }

  /** Closes the file; removes it unless the gateway died (or `keep`). */
  close(keep = false): void {
    closeSync(this.fd);
    if (this.dead || keep) process.stderr.write(`bench: the gateway's log is kept in ${this.file}\n`);
    else rmSync(this.file, { force: true });
  }
}

export function load(args: string[]): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(DIST, 'bench/gateway/load.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadResult) : reject(new Error(`load exited ${code}`))));
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

export type CpuSample = Record<string, number>;
export const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

export function cpuSeconds(pid: number, which: 'user' | 'system' | 'both' = 'both'): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are fields 14 and 15 of the whole line.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return (which === 'user' ? user : which === 'system' ? system : user + system) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * Calls per Redis command (commands run inside scripts included), from INFO commandstats; `bytes:in`, `bytes:out`:
 * network bytes (INFO stats), `bytes:aof`: size of the append-only file (INFO persistence).
 */
export type CommandCounts = Record<string, number>;
export const BYTES = { 'bytes:in': 'total_net_input_bytes', 'bytes:out': 'total_net_output_bytes', 'bytes:aof': 'aof_current_size' } as const;

export async function redisCommands(redis: Redis): Promise<CommandCounts> {
  const out: CommandCounts = {};
  const info = await redis.info('all');
  for (const line of info.split('\n')) {
    const m = /^cmdstat_([^:]+):calls=(\d+)/.exec(line.trim());
    if (m) out[m[1]!] = Number(m[2]);
  }
  for (const [name, field] of Object.entries(BYTES)) out[name] = Number(new RegExp(`^${field}:(\\d+)`, 'm').exec(info)?.[1] ?? 0);
  return out;
}

/** How many messages reached the core: files in the outbox, or the count of the core stand-in. */
export type Delivered = () => Promise<number>;

export function outboxCount(dir: string): Delivered {
  return async () => (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.xml')).length;
}

export function sinkCount(url: string): Delivered {
  return async () => ((await (await fetch(url)).json()) as { count: number }).count;
}

/** Waits until deliveries stop growing for a second: the forward queue has drained. */
export async function drained(delivered: Delivered | undefined): Promise<{ files: number; at: number }> {
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

export const round = (v: number, digits = 2) => Number(v.toFixed(digits));

/** CPU seconds used so far by the gateway's processes, by role (Linux /proc): where a message's time goes. */
export function gatewayCpu(gatewayPid: number): CpuSample {
  const out: CpuSample = { http: cpuSeconds(gatewayPid), workers: 0, redis: 0, httpSystem: cpuSeconds(gatewayPid, 'system'), workersSystem: 0 };
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(gatewayPid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    /* no children */
  }
  for (const pid of children) {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const role = cmd.includes('redis-server') ? 'redis' : 'workers';
    out[role] = (out[role] ?? 0) + cpuSeconds(pid);
    // Kernel time apart: Redis's is mostly its append-only file's writes and fsyncs, the workers' the outbox files'
    // creation and fsyncs, the HTTP process's its sockets.
    out[`${role}System`] = (out[`${role}System`] ?? 0) + cpuSeconds(pid, 'system');
  }
  return out;
}
