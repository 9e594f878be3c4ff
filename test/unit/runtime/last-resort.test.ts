/**
 * The last resort of the gateway's processes (src/runtime/last-resort.ts), in a child process that loads it the way
 * `chokepoint serve` / `chokepoint work` do: an uncaught exception or an unhandled rejection gives one fatal JSON line
 * (error name, code, stack frames; never the message) and exit code 70.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { EXIT_UNCAUGHT, summarise } from '../../../src/runtime/last-resort';
import { REPO_DIR } from '../../helpers/paths';

/** What a message of an error may quote: none of it may reach the log. */
const PERSONAL = 'Maria Lopez Garcia DE89370400440532013000';

/** Runs `body` in a fresh Node process with the handler installed as serve() installs it; its exit code and stdout. */
function inChild(body: string): { status: number | null; lines: Record<string, unknown>[]; stdout: string; stderr: string } {
  const src = (p: string) => JSON.stringify(path.join(REPO_DIR, 'src', p));
  const script = `
    const { exitOnUncaught } = require(${src('runtime/last-resort.ts')});
    const { createExitLogger } = require(${src('observability/logger.ts')});
    exitOnUncaught(createExitLogger('chokepoint-test'));
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
