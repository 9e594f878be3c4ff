/**
 * The queue-worker processes of `chokepoint serve` (src/runtime/queue-worker-processes.ts): what could end the HTTP
 * process or a worker process instead of being handled — a child's 'error' event, a failed metrics collection.
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { QueueWorkerProcesses } from '../../../src/runtime/queue-worker-processes';
import { REPO_DIR } from '../../helpers/paths';

function fakeLog() {
  const log = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
  return { log, logger: log as unknown as Logger };
}

afterEach(() => jest.restoreAllMocks());

it("a fork the system refuses (its 'error', no 'exit'): logged, the start fails, another is tried — the HTTP process lives on", async () => {
  const forks: EventEmitter[] = [];
  jest.spyOn(childProcess, 'fork').mockImplementation(() => {
    // What Node returns when the spawn system call fails with EAGAIN: no pid, then 'error' on the next tick.
    const child = Object.assign(new EventEmitter(), { pid: undefined, exitCode: null, kill: () => true, send: () => true });
    forks.push(child);
    return child as unknown as ChildProcess;
  });
  const { log, logger } = fakeLog();
  const processes = new QueueWorkerProcesses({ script: 'main.js', count: 1, env: {}, log: logger });
  const started = processes.start();
  const refused = Object.assign(new Error('spawn EAGAIN'), { code: 'EAGAIN', syscall: 'spawn' });
  // Without a listener, emit('error') throws: in the product it would be an uncaught exception of the HTTP process.
  expect(() => forks[0]!.emit('error', refused)).not.toThrow();
  await expect(started).rejects.toThrow('spawn EAGAIN');
  expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ code: 'EAGAIN', syscall: 'spawn' }), 'worker process error');
  // Replaced as a child that exited is (after a second).
  await new Promise((r) => setTimeout(r, 1_300));
  expect(forks).toHaveLength(2);
  processes.stopReplacing();
  expect(() => forks[1]!.emit('error', refused)).not.toThrow();
});

it('a worker process whose metrics collection fails answers the scrape without metrics, and lives on', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-qwp-'));
  const script = path.join(dir, 'child.js');
  // A child as `chokepoint work` runs, whose registry fails to collect (a gauge's read of a Redis that is gone).
  await fs.writeFile(
    script,
    `require(${JSON.stringify(path.join(REPO_DIR, 'scripts', 'iso20022', 'register-ts.js'))});
     const { serveAsQueueWorkerProcess } = require(${JSON.stringify(path.join(REPO_DIR, 'src', 'runtime', 'queue-worker-processes.ts'))});
     const log = { info() {}, warn() {}, error() {} };
     serveAsQueueWorkerProcess({ metricsJson: () => Promise.reject(new Error('Connection is closed.')), close: async () => undefined, log });
    `,
  );
  const { log, logger } = fakeLog();
  const processes = new QueueWorkerProcesses({ script, count: 1, env: process.env, log: logger });
  try {
    await processes.start();
    const started = Date.now();
    expect(await processes.metrics(10_000)).toEqual([[]]);
    expect(Date.now() - started).toBeLessThan(10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(await processes.metrics(10_000)).toEqual([[]]);
    expect(log.error).not.toHaveBeenCalled();
  } finally {
    await processes.stop(5_000);
    await fs.rm(dir, { recursive: true, force: true });
  }
});
