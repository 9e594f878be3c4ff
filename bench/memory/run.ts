/**
 * `npm run bench:memory`: what one and four concurrent large bodies cost the HTTP process. The gateway runs as
 * `npm start` runs it (compiled CLI, embedded Redis); each scenario starts a fresh gateway, sends its bodies at once
 * and reads the process's peak resident set (VmHWM in /proc/<pid>/status) before and after. The default body is the
 * hostile shape: MAX_BODY_BYTES (32 MiB) of tiny empty elements inside a pacs.008 Document.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { tinyElementsBody } from './bodies';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const TOKEN = 'bench-memory-submitter-token-0123456789';

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string): Promise<void> {
  const end = Date.now() + 120_000;
  while (Date.now() < end) {
    if ((await fetch(url).catch(() => undefined))?.ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready`);
}

function send(port: number, body: Buffer): Promise<{ status: number; code: string }> {
  return fetch(`http://127.0.0.1:${port}/v1/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/xml' },
    body,
  }).then(async (r) => ({ status: r.status, code: ((await r.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code ?? 'none' }));
}

export interface Scenario {
  concurrent: number;
  statuses: Record<string, number>;
  codes: Record<string, number>;
  baselineMb: number;
  peakMb: number;
  addedMb: number;
  seconds: number;
}

async function run(concurrent: number, body: Buffer, env: Record<string, string>): Promise<Scenario> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-bench-memory-'));
  const tokensFile = path.join(work, 'tokens.json');
  await fs.writeFile(tokensFile, JSON.stringify({ tokens: [{ token: TOKEN, role: 'submitter', name: 'bench' }] }), { mode: 0o600 });
  const port = await freePort();
  const full: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: path.join(work, 'data'),
    TOKENS_FILE: tokensFile,
    LOG_LEVEL: 'warn',
    ...env,
  };
  delete full.REDIS_URL;
  delete full.CORE_URL;
  const gw: ChildProcess = spawn(process.execPath, [CLI, 'serve'], { env: full, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`);
    // One small body of the same kind first: it starts the read thread (its own heap, the schemas loaded again),
    // a one-time cost of the process rather than of a message. Then the peak is reset to the current size.
    await send(port, tinyElementsBody(512 * 1024));
    await new Promise((r) => setTimeout(r, 500));
    await fs.writeFile(`/proc/${gw.pid}/clear_refs`, '5');
    const baseline = statusKb(gw.pid!, 'VmHWM');
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: concurrent }, () => send(port, body)));
    const seconds = (Date.now() - started) / 1000;
    const peak = statusKb(gw.pid!, 'VmHWM');
    const statuses: Record<string, number> = {};
    const codes: Record<string, number> = {};
    for (const a of answers) {
      statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      codes[a.code] = (codes[a.code] ?? 0) + 1;
    }
    return {
      concurrent,
      statuses,
      codes,
      baselineMb: Math.round(baseline / 1024),
      peakMb: Math.round(peak / 1024),
      addedMb: Math.round((peak - baseline) / 1024),
      seconds,
    };
  } finally {
    const exited = new Promise((r) => gw.once('exit', r));
    gw.kill('SIGTERM');
    await exited;
    await fs.rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const program = new Command()
    .option('--mib <n>', 'body size in MiB', '32')
    .option('--shape <flat|deep>', 'tiny sibling elements or one deep nesting', 'flat')
    .option('--concurrent <list>', 'comma-separated concurrency levels', '1,4')
    .option('--env <KEY=VALUE...>', 'extra gateway environment', [])
    .parse();
  const o = program.opts<{ mib: string; shape: 'flat' | 'deep'; concurrent: string; env: string[] }>();
  const bytes = Math.round(Number(o.mib) * 1024 * 1024);
  const body = tinyElementsBody(bytes, o.shape);
  const env = Object.fromEntries(o.env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  console.log(
    `body: ${o.mib} MiB of ${o.shape === 'flat' ? '<a/> elements' : 'nested <a>'}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const c of o.concurrent.split(',').map(Number)) {
    const s = await run(c, body, env);
    console.log(
      `${c} concurrent: peak RSS ${s.peakMb} MB (baseline ${s.baselineMb} MB, +${s.addedMb} MB = ${(s.addedMb / Number(o.mib)).toFixed(1)}x the body), ` +
        `answers ${JSON.stringify(s.statuses)} ${JSON.stringify(s.codes)}, ${s.seconds.toFixed(1)} s`,
    );
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
