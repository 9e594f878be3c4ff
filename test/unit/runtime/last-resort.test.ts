/**
 * The last resort of the gateway's processes (src/runtime/last-resort.ts), in a child process that loads it the way
 * `chokepoint serve` / `chokepoint work` do: an uncaught exception or an unhandled rejection gives one fatal JSON line
 * (error name, code, stack frames; never the message) and exit code 70.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { EXIT_UNCAUGHT, WarningLimiter, isIoredisClusterRetryRejection, summarise } from '../../../src/runtime/last-resort';
import { REPO_DIR } from '../../helpers/paths';

/** What a message of an error may quote: none of it may reach the log. */
const PERSONAL = 'Maria Lopez Garcia DE89370400440532013000';

/** Runs `body` in a fresh Node process with the handler installed as serve() installs it; its exit code and stdout. */
function inChild(
  body: string,
  retryWarnings?: { first: number; everyMs: number },
): { status: number | null; lines: Record<string, unknown>[]; stdout: string; stderr: string } {
  const src = (p: string) => JSON.stringify(path.join(REPO_DIR, 'src', p));
  const script = `
    const { exitOnUncaught } = require(${src('runtime/last-resort.ts')});
    const { createExitLogger } = require(${src('observability/logger.ts')});
    exitOnUncaught(createExitLogger('chokepoint-test')${retryWarnings ? `, ${JSON.stringify(retryWarnings)}` : ''});
    ${body}
  `;
  const r = spawnSync(process.execPath, ['-r', path.join(REPO_DIR, 'scripts', 'iso20022', 'register-ts.js'), '-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, lines, stdout: r.stdout, stderr: r.stderr };
}

it('an uncaught exception: one fatal line naming the error without its message, then exit 70', () => {
  const r = inChild(`
    setTimeout(() => {
      const e = new TypeError('payee ${PERSONAL} could not be read');
      e.code = 'ERR_TEST_CODE';
      throw e;
    }, 10);
    setTimeout(() => console.log(JSON.stringify({ still: 'alive' })), 2_000);
  `);
  expect(r.status).toBe(EXIT_UNCAUGHT);
  expect(r.lines).toHaveLength(1);
  expect(r.lines[0]).toMatchObject({
    level: 60,
    name: 'chokepoint-test',
    kind: 'uncaughtException',
    error: { name: 'TypeError', code: 'ERR_TEST_CODE' },
  });
  const frames = (r.lines[0]!.error as { frames: string[] }).frames;
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.every((f) => f.startsWith('at '))).toBe(true);
  expect(r.stdout).not.toContain('Maria');
  expect(r.stdout).not.toContain('DE89');
  // Node's own report (the stack with its message on stderr) is replaced by the line.
  expect(r.stderr).not.toContain('Maria');
});

it('an unhandled rejection: the same policy (exit 70), the reason summarised', () => {
  const r = inChild(`
    Promise.reject(new Error('${PERSONAL}', { cause: Object.assign(new RangeError('${PERSONAL}'), { code: 42 }) }));
    setTimeout(() => console.log(JSON.stringify({ still: 'alive' })), 2_000);
  `);
  expect(r.status).toBe(EXIT_UNCAUGHT);
  expect(r.lines).toHaveLength(1);
  expect(r.lines[0]).toMatchObject({ level: 60, kind: 'unhandledRejection', error: { name: 'Error', cause: { name: 'RangeError', code: 42 } } });
  expect(r.stdout).not.toContain('Maria');
});

it("an EventEmitter's 'error' with no listener, and a rejection with a value that is no Error", () => {
  const emitter = inChild(`
    const { EventEmitter } = require('node:events');
    setImmediate(() => new EventEmitter().emit('error', Object.assign(new Error('${PERSONAL}'), { code: 'ECONNRESET' })));
  `);
  expect(emitter.status).toBe(EXIT_UNCAUGHT);
  expect(emitter.lines[0]).toMatchObject({ kind: 'uncaughtException', error: { name: 'Error', code: 'ECONNRESET' } });
  expect(emitter.stdout).not.toContain('Maria');

  const value = inChild(`Promise.reject('${PERSONAL}');`);
  expect(value.status).toBe(EXIT_UNCAUGHT);
  expect(value.lines[0]).toMatchObject({ kind: 'unhandledRejection', error: { name: 'string', frames: [] } });
  expect(value.stdout).not.toContain('Maria');
});

it('summarise keeps the frames of a message that spans lines, and nothing of the message', () => {
  const e = new Error(`first line\n    at ${PERSONAL} (pretending to be a frame)\nthird line`);
  const s = summarise(e);
  expect(s.name).toBe('Error');
  expect(JSON.stringify(s)).not.toContain('first line');
  expect(JSON.stringify(s)).not.toContain('third line');
  expect(JSON.stringify(s)).not.toContain('Maria');
  expect(s.frames.length).toBeGreaterThan(0);
});

/** An error as ioredis's cluster retry creates it: its message, and a stack of ioredis's frames only. */
function ioredisStack(message: string, frames: string[]): Error {
  const e = new Error(message);
  e.stack = [`Error: ${message}`, ...frames.map((f) => `    at ${f}`)].join('\n');
  return e;
}
const CLUSTER_RETRY_FRAMES = [
  'tryConnection (/srv/chokepoint/node_modules/ioredis/built/cluster/index.js:513:40)',
  'EventEmitter.sendCommand (/srv/chokepoint/node_modules/ioredis/built/cluster/index.js:425:9)',
  'execPipeline (/srv/chokepoint/node_modules/ioredis/built/Pipeline.js:348:25)',
  'Pipeline.exec (/srv/chokepoint/node_modules/ioredis/built/Pipeline.js:291:5)',
  'exec (/srv/chokepoint/node_modules/ioredis/built/Pipeline.js:137:27)',
  'DelayQueue.execute (/srv/chokepoint/node_modules/ioredis/built/cluster/DelayQueue.js:49:26)',
  'listOnTimeout (node:internal/timers:573:17)',
  'process.processTimers (node:internal/timers:514:7)',
];

it("ioredis's own rejection from its cluster retry (ioredis issue 1140) is a warning, anything like it from elsewhere still exits", () => {
  expect(isIoredisClusterRetryRejection(ioredisStack('Connection is closed.', CLUSTER_RETRY_FRAMES))).toBe(true);
  expect(isIoredisClusterRetryRejection(ioredisStack('Too many Cluster redirections. Last error: ReplyError: MOVED 1 h:1', CLUSTER_RETRY_FRAMES))).toBe(true);
  // Another message (a script's error, a reply of Redis's), a frame of any other code, or no cluster frame: not it.
  expect(isIoredisClusterRetryRejection(ioredisStack('ERR Error running script', CLUSTER_RETRY_FRAMES))).toBe(false);
  expect(
    isIoredisClusterRetryRejection(
      ioredisStack('Connection is closed.', [...CLUSTER_RETRY_FRAMES, 'MessageStore.accept (/srv/chokepoint/dist/src/store/message-store.js:10:5)']),
    ),
  ).toBe(false);
  expect(
    isIoredisClusterRetryRejection(
      ioredisStack(
        'Connection is closed.',
        CLUSTER_RETRY_FRAMES.filter((f) => !f.includes('cluster')),
      ),
    ),
  ).toBe(false);
  expect(isIoredisClusterRetryRejection(ioredisStack('Connection is closed.', []))).toBe(false);
  expect(isIoredisClusterRetryRejection('Connection is closed.')).toBe(false);

  const r = inChild(`
    const e = new Error('Connection is closed.');
    e.stack = ${JSON.stringify(ioredisStack('Connection is closed.', CLUSTER_RETRY_FRAMES).stack)};
    Promise.reject(e);
    setTimeout(() => { Promise.reject(new Error('Connection is closed.')); }, 200);
  `);
  // The first is logged as a warning and the process lives on; the second (created here, not in ioredis) ends it.
  expect(r.status).toBe(EXIT_UNCAUGHT);
  expect(r.lines.map((l) => [l.level, l.kind])).toEqual([
    [40, 'unhandledRejection'],
    [60, 'unhandledRejection'],
  ]);
});

it('a storm of those warnings: the first few are written, then one line a minute with the count left out', () => {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const written: [string, number | undefined][] = [];
  const limiter = new WarningLimiter<string>({
    first: 3,
    everyMs: 60_000,
    write: (w, leftOut) => written.push([w, leftOut]),
    now: () => now,
    later: (fn, ms) => timers.push({ at: now + ms, fn }),
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.splice(0).filter((x) => x.at <= now || (timers.push(x), false))) t.fn();
  };
  for (let i = 1; i <= 1000; i++) limiter.warn(`w${i}`);
  expect(written).toEqual([
    ['w1', undefined],
    ['w2', undefined],
    ['w3', undefined],
  ]);
  expect(timers).toHaveLength(1);
  advance(59_999);
  expect(written).toHaveLength(3);
  advance(1);
  expect(written.at(-1)).toEqual(['w1000', 997]);
  // Still storming: counted again, one line for the next minute.
  advance(1_000);
  for (let i = 1001; i <= 1500; i++) limiter.warn(`w${i}`);
  advance(60_000);
  expect(written.slice(3)).toEqual([
    ['w1000', 997],
    ['w1500', 500],
  ]);
  // A quiet minute: the next storm is written from its start again.
  advance(60_000);
  expect(timers).toHaveLength(0);
  limiter.warn('later');
  expect(written.at(-1)).toEqual(['later', undefined]);
  expect(written).toHaveLength(6);
});

it('in the process: a storm of ioredis retry rejections gives the first lines and a count, and the process lives on', () => {
  const stack = JSON.stringify(ioredisStack('Connection is closed.', CLUSTER_RETRY_FRAMES).stack);
  const r = inChild(
    `
    for (let i = 0; i < 200; i++) {
      const e = new Error('Connection is closed.');
      e.stack = ${stack};
      Promise.reject(e);
    }
    setTimeout(() => console.log(JSON.stringify({ still: 'alive' })), 600);
  `,
    { first: 3, everyMs: 300 },
  );
  expect(r.status).toBe(0);
  expect(r.lines.map((l) => [l.level, l.leftOut])).toEqual([
    [40, undefined],
    [40, undefined],
    [40, undefined],
    [40, 197],
    [undefined, undefined],
  ]);
  expect(r.lines.at(-1)).toEqual({ still: 'alive' });
});

it('a process that dies inside such a storm writes the count left out before its fatal line', () => {
  const stack = JSON.stringify(ioredisStack('Connection is closed.', CLUSTER_RETRY_FRAMES).stack);
  const r = inChild(
    `
    for (let i = 0; i < 50; i++) {
      const e = new Error('Connection is closed.');
      e.stack = ${stack};
      Promise.reject(e);
    }
    setTimeout(() => { throw new Error('${PERSONAL}'); }, 50);
  `,
    { first: 3, everyMs: 60_000 },
  );
  expect(r.status).toBe(EXIT_UNCAUGHT);
  expect(r.lines.map((l) => [l.level, l.leftOut])).toEqual([
    [40, undefined],
    [40, undefined],
    [40, undefined],
    [40, 47],
    [60, undefined],
  ]);
});
