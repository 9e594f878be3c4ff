/**
 * The queue workers: forward (cleared payments → core or outbox), status (reports of later decisions → hub),
 * deadline (hold expiry). They run in the HTTP process or in worker processes of their own (WORKER_PROCESSES).
 */
import path from 'node:path';
import type { Worker } from 'bullmq';
import { HttpSink } from './sinks/http-sink';
import { DirectorySink } from './sinks/directory-sink';
import type { XmlSink } from '../model/delivery';
import { startForwardWorker } from './forward-worker';
import { startStatusWorker } from './status-worker';
import { startDeadlineWorker } from './deadline-worker';
import type { Core } from '../composition/core';

export function startQueueWorkers(core: Core): void {
  const { config, log } = core;
  const coreSink: XmlSink = config.coreUrl
    ? new HttpSink({ url: config.coreUrl, timeoutMs: config.coreTimeoutMs, ...(config.coreAuthHeader ? { extraHeader: config.coreAuthHeader } : {}) })
    : new DirectorySink(path.join(config.dataDir, 'outbox'));
  const statusSink: XmlSink = config.statusUrl ? new HttpSink({ url: config.statusUrl, timeoutMs: config.coreTimeoutMs }) : new DirectorySink(path.join(config.dataDir, 'status'));
  const common = { connection: core.workerConnection, keys: core.keys, log, now: core.now };
  const workers: Worker[] = [
    startForwardWorker({
      ...common,
      store: core.store,
      sink: coreSink,
      concurrency: config.forwardConcurrency,
      backoffBaseMs: config.forwardBackoffMs,
      onOutcome: (o) => core.metrics.forwards.inc({ outcome: o }),
    }),
    startStatusWorker({ ...common, sink: statusSink, audit: core.audit, backoffBaseMs: config.forwardBackoffMs }),
    startDeadlineWorker({ ...common, review: core.review }),
  ];
  log.info({ core: coreSink.description, status: statusSink.description }, 'queue workers started');
  // Closers run in reverse order: workers stop (finishing active jobs) before the queues and Redis close.
  core.closers.push(() => Promise.all(workers.map((w) => w.close())));
}
