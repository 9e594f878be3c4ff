/**
 * The last resort of a gateway process (`chokepoint serve`'s HTTP process and its queue-worker processes): an
 * exception that nothing caught, or a promise rejected with no handler, is logged as one structured line and the
 * process exits with EXIT_UNCAUGHT.
 *
 * Why exit rather than carry on: after an exception escaped to the event loop, some step of this process was cut
 * short at an unknown point (a write sent but its follow-up not, a lease or a lock believed held, a counter left
 * raised), and nothing can say which. Dying is safe: every payment's outcome is decided exactly once across crashes
 * (the accept script, the outbox intents, deterministic job ids, delivery keys), a supervisor starts the HTTP process
 * again (and it adopts its embedded Redis), and the HTTP process replaces a queue-worker process that died.
 * Staying alive in an unknown state is not safe.
 *
 * Unhandled rejections get the same policy, on purpose: a rejected promise nobody handles is an operation whose
 * failure was lost, just as unknown as a thrown exception (Node's own default since v15 treats it as one). Logging
 * and carrying on would turn a bug into silent wrong state.
 *
 * One exception, narrow on purpose: ioredis's Cluster client, retrying a pipeline by itself while a slot migrates or
 * a primary fails over, rejects a promise of its own that nobody holds (ioredis issue 1140; seen here in
 * test/integration/redis-cluster.test.ts, about one run in ten). Such a rejection is recognised by its reason alone —
 * one of ioredis's connection-loss errors, created inside ioredis's cluster retry machinery, with no frame of any
 * other code — and logged as a warning (the first few one by one, then a count a minute: one failover under load
 * rejects a promise per command in flight, and thousands of synchronous log lines would stall the process): no step of chokepoint (whose promises are all awaited, lint enforces it) was
 * cut short, the pipeline's caller gets its own outcome through its own promise, and a queue-worker process dying
 * at every failover would only add a restart to the failover.
 *
 * The line names the error (name, code) and where it was thrown (the stack's frames): never its message, which may
 * quote what was being processed (a name, an account, a remittance text). Fix the causes where they are (an 'error'
 * listener, a catch); this handler is only there so that a process never dies silently, nor lives on wrongly.
 */
import type { Logger } from 'pino';

/** EX_SOFTWARE of sysexits.h (the CLI's other codes, 69 / 75 / 78, come from the same table): an internal error. */
export const EXIT_UNCAUGHT = 70;

export type UncaughtKind = 'uncaughtException' | 'unhandledRejection';

/** What of an uncaught value may be logged: its kind of error, never its message. */
export interface UncaughtSummary {
  name: string;
  code?: string | number;
  /** The stack's "at …" frames (functions and files), without the first line, which holds the message. */
  frames: string[];
  /** The same, one level down, when the error has a cause that is an Error. */
  cause?: Omit<UncaughtSummary, 'cause'>;
}

const MAX_FRAMES = 30;

export function summarise(value: unknown): UncaughtSummary {
  if (!(value instanceof Error)) return { name: value === null ? 'null' : typeof value, frames: [] };
  const code = (value as { code?: unknown }).code;
  const out: UncaughtSummary = {
    name: value.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    frames: framesOf(value),
  };
  if (value.cause instanceof Error) {
    const { cause: _deeper, ...cause } = summarise(value.cause);
    out.cause = cause;
  }
  return out;
}

/**
 * Only the lines that are frames. V8 writes the stack as "<name>: <message>" and then the frames; the message is cut
 * off first (it may span lines, and a line of it could look like a frame), then only "at …" lines are kept.
 */
function framesOf(e: Error): string[] {
  let stack = typeof e.stack === 'string' ? e.stack : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (message && stack.includes(message)) stack = stack.slice(stack.indexOf(message) + message.length);
  return stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, MAX_FRAMES)
    .map((l) => l.trim());
}

/** ioredis's messages for a command that lost its connection or its slot's node (never a reply of Redis's). */
const IOREDIS_CONNECTION_LOSS =
  /^(Connection is closed\.|Too many Cluster redirections\.|Cluster isn't ready and enableOfflineQueue options is false|Failed to refresh slots cache\.)/;
/** Where ioredis's cluster retries a command: the cluster client and its delay queue. */
const IOREDIS_CLUSTER_FRAME = /[\\/]node_modules[\\/]ioredis[\\/]built[\\/]cluster[\\/]/;
const IOREDIS_FRAME = /[\\/]node_modules[\\/]ioredis[\\/]/;
/** Frames of Node itself (timers, the microtask queue) that may stand between ioredis's. */
const NODE_FRAME = /\((node:|internal\/)|^at (node:|internal\/|process\.processTicksAndRejections|listOnTimeout|processTimers)/;

/**
 * Whether an unhandled rejection is ioredis's own, from its cluster retry (see the header): a connection-loss error
 * whose every frame is ioredis's or Node's, at least one in ioredis's cluster client.
 */
export function isIoredisClusterRetryRejection(reason: unknown): boolean {
  if (!(reason instanceof Error) || typeof reason.message !== 'string' || !IOREDIS_CONNECTION_LOSS.test(reason.message)) return false;
  const frames = framesOf(reason);
  return frames.length > 0 && frames.some((f) => IOREDIS_CLUSTER_FRAME.test(f)) && frames.every((f) => IOREDIS_FRAME.test(f) || NODE_FRAME.test(f));
}

/** How many of ioredis's cluster-retry rejections are logged one by one before they are only counted. */
export const RETRY_WARNINGS_LOGGED = 5;
/** The counted ones are logged as one line per this many milliseconds (while there are any). */
export const RETRY_WARNINGS_EVERY_MS = 60_000;

/**
 * Keeps a storm of warnings (ioredis rejects one promise per command it was retrying when a primary dies: thousands
 * at load, each written synchronously) from flooding the log and stalling the process that writes them: the first
 * `first` are written, then one line per `everyMs` with how many were left out and the last one of them. After a
 * quiet `everyMs` (nothing left out), the next storm is written from its start again.
 */
export class WarningLimiter<T> {
  private written = 0;
  private leftOut = 0;
  private last?: T;
  /** The last warning, or the last line of counted ones. */
  private lastAt = -Infinity;
  private flushArmed = false;

  constructor(
    private readonly o: {
      first: number;
      everyMs: number;
      /** One warning, or (`leftOut` given) the count of those left out since the last line and the last of them. */
      write: (warning: T, leftOut?: number) => void;
      now?: () => number;
      /** Runs `fn` after `ms` without keeping the process alive (tests pass their own). */
      later?: (fn: () => void, ms: number) => void;
    },
  ) {}

  warn(warning: T): void {
    const now = (this.o.now ?? Date.now)();
    // Quiet since the last line of any kind: a new storm.
    if (!this.flushArmed && now - this.lastAt >= this.o.everyMs) this.written = 0;
    this.lastAt = now;
    if (this.written < this.o.first) {
      this.written++;
      this.o.write(warning);
      return;
    }
    this.leftOut++;
    this.last = warning;
    if (this.flushArmed) return;
    this.flushArmed = true;
    (this.o.later ?? unrefTimeout)(() => this.flush(), this.o.everyMs);
  }

  /** Writes the count of those left out now (the process is about to exit: the timer would never fire). */
  flush(): void {
    this.flushArmed = false;
    if (this.leftOut === 0 || this.last === undefined) return;
    const [count, last] = [this.leftOut, this.last];
    this.leftOut = 0;
    this.last = undefined;
    this.lastAt = (this.o.now ?? Date.now)();
    this.o.write(last, count);
  }
}

function unrefTimeout(fn: () => void, ms: number): void {
  setTimeout(fn, ms).unref();
}

/**
 * Installs the handlers for this process: `log` gets one fatal line, then the process exits with EXIT_UNCAUGHT. `log`
 * must write synchronously (observability/logger.ts createExitLogger), or the line may be lost in the exit.
 */
export function exitOnUncaught(log: Logger, retryWarnings: { first?: number; everyMs?: number } = {}): void {
  let dying = false;
  const die = (kind: UncaughtKind, value: unknown) => {
    // A second one while the first is being logged: exit at once.
    if (dying) process.exit(EXIT_UNCAUGHT);
    dying = true;
    try {
      retries.flush();
      log.fatal({ kind, error: summarise(value) }, `${kind}: exiting (state unknown; exactly-once holds across a restart)`);
    } catch {
      // Not even the log line could be written (stdout closed): exiting still matters more.
    }
    process.exit(EXIT_UNCAUGHT);
  };
  const retries = new WarningLimiter<UncaughtSummary>({
    first: retryWarnings.first ?? RETRY_WARNINGS_LOGGED,
    everyMs: retryWarnings.everyMs ?? RETRY_WARNINGS_EVERY_MS,
    write: (error, leftOut) =>
      leftOut === undefined
        ? log.warn({ kind: 'unhandledRejection', error }, 'unhandledRejection inside ioredis cluster retry (ioredis issue 1140): carrying on')
        : log.warn(
            { kind: 'unhandledRejection', error, leftOut },
            `${leftOut} more unhandledRejections inside ioredis cluster retry (ioredis issue 1140) since the last line: carrying on`,
          ),
  });
  process.on('uncaughtException', (e) => die('uncaughtException', e));
  process.on('unhandledRejection', (reason) => {
    if (!dying && isIoredisClusterRetryRejection(reason)) {
      retries.warn(summarise(reason));
      return;
    }
    die('unhandledRejection', reason);
  });
}
