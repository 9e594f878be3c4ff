/**
 * `chokepoint serve` runs the HTTP path in its own process and the queue workers (deliveries to the core, status
 * reports, hold deadlines) in child processes (`chokepoint work`), so that a slow core or a burst of deliveries never
 * competes with the hubs' requests for one event loop, and both cores of a machine do work. A child that dies is
 * started again; a child whose parent dies (the IPC channel closes) shuts itself down.
 */
import { ChildProcess, fork } from 'node:child_process';
import type { Logger } from 'pino';

interface MetricsReply {
  type: 'metrics';
  id: number;
  metrics: unknown[];
}

export class QueueWorkerProcesses {
  private readonly children = new Set<ChildProcess>();
  private stopping = false;
  private seq = 0;

  constructor(private readonly options: { script: string; count: number; env: NodeJS.ProcessEnv; log: Logger }) {}

  /** Starts the children and resolves once each reports ready. */
  async start(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.count }, () => this.spawn()));
  }

  /**
   * Async, so that a fork that throws (the spawn system call refused) rejects like one that fails later; a child's
   * 'error' (a fork refused with EAGAIN / ENOMEM, a kill or a message that could not be delivered) is logged, and
   * without a listener it would be thrown and end this process.
   */
  private async spawn(): Promise<void> {
    const child = fork(this.options.script, ['work'], { env: this.options.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.children.add(child);
    let gone = false;
    const replace = (code: number | null, signal: NodeJS.Signals | null) => {
      if (gone) return;
      gone = true;
      this.children.delete(child);
      if (this.stopping) return;
      this.options.log.error({ pid: child.pid, code, signal }, 'worker process died; starting another');
      // Not once the stop began: a child that ended on a signal sent to the whole process group (Ctrl-C) is not replaced.
      setTimeout(() => {
        if (!this.stopping) this.spawn().catch((e: NodeJS.ErrnoException) => this.options.log.error({ code: e.code }, 'worker process did not start'));
      }, 1000).unref();
    };
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: { type?: string }) => {
        if (m?.type === 'ready') {
          child.off('message', onMessage);
          resolve();
        }
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`worker process exited with code ${code} before it was ready`)));
      child.once('error', reject);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      this.options.log.error({ pid: child.pid, code: e.code, syscall: e.syscall }, 'worker process error');
      // A fork the system refused has no pid and never emits 'exit': replaced as if it had exited.
      if (child.pid === undefined) replace(null, null);
    });
    child.on('exit', replace);
    return ready;
  }

  /** The metrics of every child (prom-client JSON), for GET /metrics. */
  async metrics(timeoutMs = 2000): Promise<unknown[][]> {
    return Promise.all(
      [...this.children].map(
        (child) =>
          new Promise<unknown[]>((resolve) => {
            const id = ++this.seq;
            const timer = setTimeout(() => {
              child.off('message', onMessage);
              resolve([]);
            }, timeoutMs);
            const onMessage = (m: MetricsReply) => {
              if (m?.type !== 'metrics' || m.id !== id) return;
              clearTimeout(timer);
              child.off('message', onMessage);
              resolve(m.metrics);
            };
            child.on('message', onMessage);
            child.send({ type: 'metrics?', id }, (e) => {
              if (e) {
                clearTimeout(timer);
                resolve([]);
              }
            });
          }),
      ),
    );
  }

  /** From now on a child that exits is not replaced (the stop has begun; the children may have the signal already). */
  stopReplacing(): void {
    this.stopping = true;
  }

  /** SIGTERM to every child; they finish their active jobs and exit. */
  async stop(timeoutMs = 30_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

/** In a child: answer metrics requests, report ready, and shut down when told to or when the parent is gone. */
export function serveAsQueueWorkerProcess(d: { metricsJson: () => Promise<unknown[]>; close: () => Promise<void>; log: Logger }): void {
  let closing = false;
  const shutdown = (why: string) => {
    if (closing) return;
    closing = true;
    d.log.info({ why }, 'worker process shutting down');
    d.close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
    setTimeout(() => process.exit(1), 30_000).unref();
  };
  process.on('message', (m: { type?: string; id?: number }) => {
    if (m?.type !== 'metrics?') return;
    // A failed collection answers no metrics (the scrape goes on without this process's); unhandled, it would end it.
    d.metricsJson()
      .catch((e: unknown) => {
        d.log.warn({ error: e instanceof Error ? e.name : typeof e }, 'worker process metrics not collected');
        return [];
      })
      .then((metrics) => process.send?.({ type: 'metrics', id: m.id, metrics }, undefined, {}, () => undefined))
      .catch(() => undefined);
  });
  process.on('disconnect', () => shutdown('parent gone'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
  // The parent may be gone already (stopped while this child started): then this child stops too, instead of
  // dying of an unhandled EPIPE.
  process.send?.({ type: 'ready' }, undefined, {}, (e) => {
    if (e) shutdown('parent gone');
  });
}
