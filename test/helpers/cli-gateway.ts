/**
 * The gateway as `npm start` runs it: the compiled CLI (`chokepoint serve`) in a child process, on embedded defaults
 * unless env says otherwise. For tests that need a real process (SIGKILL) or an ESM-only library (strict mode's
 * libxml2-wasm, which jest's CommonJS runtime cannot import).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../src/runtime/embedded-redis';
import { waitUntil } from './http-recorder';
import { REPO_DIR } from './paths';
import { SAMPLE_WATCHLIST, TOKENS } from './test-gateway';

export const CLI = path.join(REPO_DIR, 'dist', 'src', 'cli', 'main.js');

export interface CliGateway {
  child: ChildProcess;
  port: number;
  /** `replay`: the answer is the stored outcome of the identical message sent before. */
  post(xml: string, accept?: string): Promise<{ status: number; body: string; replay: boolean }>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The environment of `chokepoint serve` on DATA_DIR and PORT as the tests start it: the sample list, the tokens of the
 * test helpers, its own embedded Redis and file outbox unless `env` names a REDIS_URL or CORE_URL.
 */
export function serveEnv(dataDir: string, port: number, env: Record<string, string> = {}): Record<string, string> {
  const full: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    TOKENS_FILE: path.join(dataDir, 'tokens.json'),
    WATCHLIST: SAMPLE_WATCHLIST,
    LOG_LEVEL: 'warn',
    ...env,
  };
  if (!env.REDIS_URL) delete full.REDIS_URL;
  if (!env.CORE_URL) delete full.CORE_URL;
  return full;
}

/** `logFile`: the gateway's stdout and stderr (its log) go there instead of nowhere. */
export async function startCliGateway(
  dataDir: string,
  env: Record<string, string> = {},
  port?: number,
  options: { logFile?: string } = {},
): Promise<CliGateway> {
  const p = port ?? (await freePort());
  // Tested on its own (test/integration/load-shedding.test.ts): on a machine shared with other test processes, a
  // loop late or busy from being scheduled late would refuse the messages these tests count on.
  const full = serveEnv(dataDir, p, { MAX_EVENT_LOOP_DELAY_MS: '0', MAX_EVENT_LOOP_UTILISATION: '0', SOJOURN_TARGET_MS: '0', ...env });
  const log = options.logFile !== undefined ? openSync(options.logFile, 'a') : 'ignore';
  const child = spawn(process.execPath, [CLI, 'serve'], { env: full, stdio: ['ignore', log, log] });
  if (typeof log === 'number') closeSync(log);
  // A child that exits (a port taken since freePort, a bad environment) fails the start at once, and one that never
  // gets ready is killed with its worker processes and Redis: left running, it loaded the machine for the rest of the
  // run. Ready only while it runs: an answer on the port from another process is not this gateway's.
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  try {
    await waitUntil(async () => gone() || (await fetch(`http://127.0.0.1:${p}/readyz`).catch(() => undefined))?.ok === true, 60_000, 'gateway ready');
    if (gone()) throw new Error(`chokepoint serve exited (${child.exitCode ?? child.signalCode}) before it was ready on port ${p}`);
  } catch (e) {
    for (const pid of [...descendants(child.pid!), child.pid!]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    throw e;
  }
  return {
    child,
    port: p,
    async post(xml, accept = 'application/json') {
      try {
        const r = await fetch(`http://127.0.0.1:${p}/v1/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKENS.submitter}`, 'content-type': 'application/xml', accept },
          body: xml,
        });
        return { status: r.status, body: await r.text(), replay: r.headers.get('x-chokepoint-replay') === 'true' };
      } catch {
        return { status: 0, body: '', replay: false };
      }
    },
    async stop(signal = 'SIGTERM') {
      // Killed by a signal, a child has no exit code but a signal code: waiting for its 'exit' again would hang.
      if (child.exitCode !== null || child.signalCode !== null) return;
      // SIGKILL is a power cut: the worker processes die with the gateway instead of shutting down on their own.
      const workers = signal === 'SIGKILL' ? childPids(child.pid!) : [];
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      for (const pid of workers) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
      await exited;
    },
  };
}

export function childPids(pid: number): number[] {
  const r = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean).map(Number);
}

/** Every process below `pid` (children, their children, …). */
export const descendants = (pid: number): number[] => childPids(pid).flatMap((k) => [k, ...descendants(k)]);

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A JSON call to a gateway as a reviewer's client makes it; status 0 when no answer came (connection refused or lost). */
export async function apiCall(
  base: string,
  method: string,
  route: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    const res = await fetch(`${base}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
  } catch {
    return { status: 0, body: {} };
  }
}
