/**
 * The gateway's processes: `chokepoint serve` (the HTTP process and its queue-worker processes, with an orderly stop on
 * SIGINT / SIGTERM) and `chokepoint work` (one queue-worker process).
 */
import type { Config } from '../config';
import type { GeneratedTokens } from '../http/token-file';
import { createExitLogger, createLogger } from '../observability/logger';
import { exitOnUncaught } from '../runtime/last-resort';
import { QueueWorkerProcesses, serveAsQueueWorkerProcess } from '../runtime/queue-worker-processes';
import { RunningGateway, startGateway, startQueueWorkerProcess } from './gateway';
import { removeGatewayAddress, writeGatewayAddress } from '../runtime/gateway-address';
import { redisTargetFor } from './commands';
import { lockDataDir } from '../runtime/data-dir-lock';
import { startUntilUp } from '../runtime/start-until-up';

/** `chokepoint serve` without redis-server on PATH and without REDIS_URL: the command says what to install. */
export { RedisServerMissingError } from '../runtime/embedded-redis';
/** A second `chokepoint serve` on a DATA_DIR another one owns: refused, naming the owner. */
export { DataDirInUseError } from '../runtime/data-dir-lock';
export type { GeneratedTokens } from '../http/token-file';

/**
 * `chokepoint serve`: the HTTP process, plus WORKER_PROCESSES child processes running the queue workers (0: in this
 * process). Runs until SIGINT / SIGTERM, then shuts down in order: HTTP, worker processes, queues, Redis.
 * `onListening` gets the URL once everything is up.
 */
export async function serve(config: Config, o: { onTokensGenerated: (generated: GeneratedTokens) => void; onListening: (url: string) => void }): Promise<void> {
  const log = createLogger(config.logLevel);
  exitOnUncaught(createExitLogger());
  // First of all: a second gateway on this folder must not touch the first one's Redis, outbox or tokens.
  const lock = await lockDataDir(config.dataDir);
  const separate = config.runWorkers && config.workerProcesses > 0;
  let processes: QueueWorkerProcesses | undefined;
  let running: RunningGateway | undefined;
  // The signal handlers come first: a stop while the gateway is still starting (an operator's Ctrl-C, an
  // orchestrator's SIGTERM once /readyz answered but the worker processes are not up yet) must still stop the
  // worker processes and the embedded redis-server, not leave them running without their parent.
  let stopping = false;
  // The order: HTTP stops taking requests and drains those in flight, then the worker processes finish their jobs
  // and exit, then the queues and connections close, and the embedded redis-server stops last (gateway.close()).
  const shutDown = (gateway: RunningGateway) => {
    (async () => {
      await removeGatewayAddress(config.dataDir).catch(() => undefined);
      await gateway.close();
      await processes?.stop();
      await lock.release();
    })()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    processes?.stopReplacing();
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), 40_000).unref();
    // Still starting the gateway itself: it is shut down as soon as it is up (below).
    if (running) shutDown(running);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // The terminal closed: stop in order rather than die with the embedded Redis left running.
  process.on('SIGHUP', () => stop('SIGHUP'));

  try {
    running = await startGateway(config, {
      log,
      workers: config.runWorkers && !separate,
      onTokensGenerated: o.onTokensGenerated,
      ...(separate ? { extraMetrics: () => processes?.metrics() ?? Promise.resolve([]), beforeStoreCloses: async () => processes?.stop() } : {}),
    });
  } catch (e) {
    await lock.release();
    throw e;
  }
  if (stopping) return shutDown(running);
  if (separate) {
    // The embedded server's address goes to the children; an external Redis (URL, Sentinel, Cluster) is in their environment already.
    const target = running.redisTarget;
    const env = config.redis.kind === 'single' && target.kind === 'single' ? { ...process.env, REDIS_URL: target.url } : process.env;
    processes = new QueueWorkerProcesses({ script: process.argv[1]!, count: config.workerProcesses, env, log });
    try {
      await processes.start();
    } catch (e) {
      // A stop during the start makes the children exit before they are ready: that is the stop, not a failure.
      if (stopping) return;
      await processes.stop();
      await running.close();
      await lock.release();
      throw e;
    }
  }
  if (stopping) return;
  // for `npm run demo` and other tools started from the same folder
  await lock.setUrl(running.url!).catch(() => undefined);
  await writeGatewayAddress(config.dataDir, running.url!).catch((e) => log.warn({ err: (e as Error).message }, 'could not record the address in DATA_DIR'));
  o.onListening(running.url!);
}

/** A Redis Cluster failover takes the node timeout plus an election (15 s and more by default): a minute covers it. */
const WORKER_START_PATIENCE_MS = 60_000;

/**
 * `chokepoint work`: the queue workers without HTTP — started by `serve`, or by an operator beside HTTP-only
 * instances. Without REDIS_URL it joins the embedded Redis of DATA_DIR; it never starts (or stops) one itself.
 */
export async function work(config: Config): Promise<void> {
  const log = createLogger(config.logLevel, 'chokepoint-worker');
  exitOnUncaught(createExitLogger('chokepoint-worker'));
  const redis = await redisTargetFor(config);
  const worker = await startUntilUp(() => startQueueWorkerProcess({ ...config, redis }, { log }), {
    giveUpAfterMs: WORKER_START_PATIENCE_MS,
    onRetry: (failure) => log.warn(failure, 'worker process could not start yet (Redis failing over?); trying again'),
    // Started by `serve`: once the parent is gone nobody would use this process (its IPC channel closed).
    stillWanted: () => process.send === undefined || process.connected,
  });
  serveAsQueueWorkerProcess({ metricsJson: () => worker.core.metrics.registry.getMetricsAsJSON(), close: worker.close, log });
}
