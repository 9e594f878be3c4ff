import type { Config } from '../config';
import type { TokensFile } from '../http/tokens';
import { RunningGateway, startGateway, startWorkerProcess } from '../composition/gateway';
import { createLogger } from '../observability/logger';
import { RedisServerMissingError } from '../runtime/embedded-redis';
import { QueueWorkerProcesses, serveAsQueueWorkerProcess } from '../runtime/queue-worker-processes';
import { redisUrlFor } from './redis-target';
import { removeGatewayAddress, writeGatewayAddress } from '../runtime/gateway-address';

/**
 * `chokepoint serve`: the HTTP process, plus WORKER_PROCESSES child processes running the queue workers (0: in this
 * process). Runs until SIGINT / SIGTERM, then shuts down in order: HTTP, worker processes, queues, Redis.
 */
export async function serveCommand(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const separate = config.runWorkers && config.workerProcesses > 0;
  let processes: QueueWorkerProcesses | undefined;
  let running: RunningGateway | undefined;
  // The signal handlers come first: a stop while the gateway is still starting (an operator's Ctrl-C, an
  // orchestrator's SIGTERM once /readyz answered but the worker processes are not up yet) must still stop the
  // worker processes and the embedded redis-server, not leave them running without their parent.
  let stopping = false;
  const shutDown = (gateway: RunningGateway) => {
    (async () => {
      await removeGatewayAddress(config.dataDir).catch(() => undefined);
      await processes?.stop();
      await gateway.close();
    })()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), 40_000).unref();
    // Still starting the gateway itself: it is shut down as soon as it is up (below).
    if (running) shutDown(running);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    running = await startGateway(config, {
      log,
      workers: config.runWorkers && !separate,
      onTokensGenerated: printTokens,
      ...(separate ? { extraMetrics: () => processes?.metrics() ?? Promise.resolve([]) } : {}),
    });
  } catch (e) {
    if (e instanceof RedisServerMissingError) {
      process.stderr.write(`chokepoint: ${e.message}\n`);
      process.exitCode = 69;
      return;
    }
    throw e;
  }
  if (stopping) return shutDown(running);
  if (separate) {
    processes = new QueueWorkerProcesses({ script: process.argv[1]!, count: config.workerProcesses, env: { ...process.env, REDIS_URL: running.redisUrl }, log });
    try {
      await processes.start();
    } catch (e) {
      // A stop during the start makes the children exit before they are ready: that is the stop, not a failure.
      if (stopping) return;
      await processes.stop();
      await running.close();
      throw e;
    }
  }
  if (stopping) return;
  // for `npm run demo` and other tools started from the same folder
  await writeGatewayAddress(config.dataDir, running.url!).catch((e) => log.warn({ err: (e as Error).message }, 'could not record the address in DATA_DIR'));
  process.stdout.write(`chokepoint listening on ${running.url} (reviewers: ${running.url}/review/)\n`);
}

/**
 * `chokepoint work`: the queue workers without HTTP — started by `serve`, or by an operator beside HTTP-only
 * instances. Without REDIS_URL it joins the embedded Redis of DATA_DIR; it never starts (or stops) one itself.
 */
export async function workCommand(config: Config): Promise<void> {
  const log = createLogger(config.logLevel, 'chokepoint-worker');
  const redisUrl = await redisUrlFor(config);
  const worker = await startWorkerProcess({ ...config, redisUrl }, { log });
  serveAsQueueWorkerProcess({ metricsJson: () => worker.core.metrics.registry.getMetricsAsJSON(), close: worker.close, log });
}

function printTokens(file: TokensFile, path: string): void {
  const lines = [
    '',
    `Access tokens were generated and stored in ${path} (mode 0600). They are printed this once:`,
    ...file.tokens.map((t) => `  ${t.role.padEnd(9)} ${t.name.padEnd(11)} ${t.token}`),
    'Send them as "Authorization: Bearer <token>". Two reviewer tokens are needed for four-eyes decisions.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
