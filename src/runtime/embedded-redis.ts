/**
 * Starts a private redis-server from PATH: used by `npm start` when REDIS_URL is unset (append-only file,
 * fsync on every write, so an acknowledged payment survives a crash) and by `npm test` when no Redis answers.
 * The address is written to <dataDir>/redis.json so that the CLI can find the Redis of a running gateway, and
 * so that a later start can adopt a server left running by a gateway that was killed.
 */
import { spawn, ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedRedisOptions {
  readonly dataDir: string;
  /** 'aof-always': append-only file, fsync always (the gateway). 'none': nothing on disk (tests). */
  readonly persistence: 'aof-always' | 'none';
  /** Fixed port; default a free one. */
  readonly port?: number;
  readonly executable?: string;
}

export interface EmbeddedRedis {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** true when a server left by an earlier run was adopted instead of starting a new one. */
  readonly adopted: boolean;
  /** Uses no `this`: may be passed on alone. */
  readonly stop: () => Promise<void>;
}

export class RedisServerMissingError extends Error {
  constructor() {
    super(
      'redis-server was not found on PATH: install it (Debian/Ubuntu: apt-get install redis-server, macOS: brew install redis) or set REDIS_URL to a running Redis',
    );
    this.name = 'RedisServerMissingError';
  }
}

const STATE_FILE = 'redis.json';

interface StateRecord {
  url: string;
  port: number;
  pid: number;
}

export function embeddedRedisStateFile(dataDir: string): string {
  return path.join(dataDir, STATE_FILE);
}

/** The URL of the embedded Redis of a data directory, if one is running (used by CLI commands). */
export async function findEmbeddedRedis(dataDir: string): Promise<string | undefined> {
  const state = await readState(dataDir);
  if (state && (await ping(state.port))) return state.url;
  return undefined;
}

export async function startEmbeddedRedis(options: EmbeddedRedisOptions): Promise<EmbeddedRedis> {
  const redisDir = path.join(options.dataDir, 'redis');
  await fs.mkdir(redisDir, { recursive: true, mode: 0o700 });

  if (options.persistence === 'aof-always') {
    const previous = await readState(options.dataDir);
    if (previous && isAlive(previous.pid) && (await ping(previous.port))) {
      return handle(previous, undefined, options.dataDir, true);
    }
  }

  for (let attempt = 0; ; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      const child = await launch(options, redisDir, port);
      const state = { url: `redis://127.0.0.1:${port}`, port, pid: child.pid! };
      await writeState(options.dataDir, state);
      return handle(state, child, options.dataDir, false);
    } catch (e) {
      // Another process may take the free port between probing and binding; try another one.
      if (e instanceof RedisServerMissingError || options.port !== undefined || attempt >= 4) throw e;
    }
  }
}

function launch(options: EmbeddedRedisOptions, redisDir: string, port: number): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', redisDir, '--save', '', '--daemonize', 'no'];
  args.push('--logfile', path.join(redisDir, 'redis.log'));
  // The rewrite that compacts the append-only file forks Redis and writes the whole dataset from the child (3–6 s
  // for 160 MB): a core busy and slower fsyncs meanwhile. On a gateway's box that CPU is the gateway's: with a rewrite
  // started every 5 s (150 MB in Redis, 25 msg/s on a crowded 2-core machine, 3 interleaved pairs) the answers' p50
  // went from 17–145 to 34–230 ms, p99 from 268–676 to 329–1,390 ms, and 0–34 of 500 refused for a late event loop
  // became 7–144 (issue 13). Redis's floor of 64 MB has a small dataset (a fresh or small gateway) rewritten every
  // ~8,000 payments (~8 KB appended each); 256 MB, a quarter as often. The ceiling is the restart after a crash, which
  // replays the file: 90 MB of commands took 7.5 s on that machine. A large dataset is rewritten when the file has
  // doubled (Redis's 100 %), as before. Durability is the same: every write is appended and fsynced before its answer.
  if (options.persistence === 'aof-always') args.push('--appendonly', 'yes', '--appendfsync', 'always', '--auto-aof-rewrite-min-size', '256mb');
  else args.push('--appendonly', 'no');

  return new Promise((resolve, reject) => {
    // In a session (and process group) of its own: a signal to the gateway's group — Ctrl-C in a terminal, SIGTERM
    // from systemd or a supervisor to the whole group — must not stop Redis under the gateway while it drains; the
    // gateway stops it itself, last.
    const child = spawn(options.executable ?? 'redis-server', args, { stdio: 'ignore', detached: true });
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      reject(e);
    };
    child.once('error', (e: NodeJS.ErrnoException) => fail(e.code === 'ENOENT' ? new RedisServerMissingError() : e));
    child.once('exit', (code) => fail(new Error(`redis-server exited with code ${code} (see ${redisDir}/redis.log)`)));
    let deadline = Date.now() + 10_000;
    const poll = async () => {
      if (settled) return;
      const answer = await probe(port);
      if (answer === 'pong') {
        settled = true;
        child.removeAllListeners('exit');
        resolve(child);
      } else if (answer === 'loading') {
        // Replaying its append-only file after a crash (up to the rewrite floor of commands, and a large dataset's
        // whole file): alive and busy, however long that takes. The 10 s count from its last sign of life.
        deadline = Date.now() + 10_000;
        schedule(200);
      } else if (Date.now() > deadline) {
        child.kill('SIGKILL');
        fail(new Error(`redis-server did not answer on port ${port} within 10 s`));
      } else schedule(50);
    };
    // ping() answers false rather than failing; the catch is for anything else, so the start fails instead of hanging.
    const schedule = (ms: number) => {
      setTimeout(() => {
        poll().catch((e: Error) => fail(e));
      }, ms);
    };
    schedule(30);
  });
}

function handle(state: StateRecord, child: ChildProcess | undefined, dataDir: string, adopted: boolean): EmbeddedRedis {
  let stopped: Promise<void> | undefined;
  return {
    url: state.url,
    port: state.port,
    pid: state.pid,
    adopted,
    stop() {
      stopped ??= (async () => {
        const exited = child ? new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r()))) : waitForExit(state.pid);
        try {
          process.kill(state.pid, 'SIGTERM'); // redis flushes the AOF and exits cleanly on SIGTERM
        } catch {
          /* already gone */
        }
        // The deadline's timer is cleared once redis-server exited: left running, it kept every process that stopped
        // an embedded Redis (jest's above all: "did not exit one second after the test run") alive for 10 s more.
        let deadline: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (deadline = setTimeout(r, 10_000)))]);
        clearTimeout(deadline);
        await fs.rm(embeddedRedisStateFile(dataDir), { force: true });
      })();
      return stopped;
    },
  };
}

async function waitForExit(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readState(dataDir: string): Promise<StateRecord | undefined> {
  try {
    const s = JSON.parse(await fs.readFile(embeddedRedisStateFile(dataDir), 'utf8')) as StateRecord;
    return typeof s.port === 'number' && typeof s.pid === 'number' && typeof s.url === 'string' ? s : undefined;
  } catch {
    return undefined;
  }
}

async function writeState(dataDir: string, state: StateRecord): Promise<void> {
  const file = embeddedRedisStateFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(state) + '\n', { mode: 0o600 });
  await fs.rename(tmp, file);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** true when something on 127.0.0.1:port answers PING with PONG. */
export async function ping(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return (await probe(port, host, timeoutMs)) === 'pong';
}

/** What answers PING on host:port: PONG, a Redis still loading its data (-LOADING), or nothing usable. */
function probe(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<'pong' | 'loading' | 'none'> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ port, host });
    let buf = '';
    const done = (answer: 'pong' | 'loading' | 'none') => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done('none'));
    socket.once('error', () => done('none'));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      buf += d.toString('latin1');
      if (buf.includes('\r\n')) done(buf.startsWith('+PONG') ? 'pong' : buf.startsWith('-LOADING') ? 'loading' : 'none');
    });
  });
}
