import type { Config } from '../config';
import type { TokensFile } from '../auth/tokens';
import { startGateway } from '../main';
import { createLogger } from '../observability/logger';
import { RedisServerMissingError } from '../runtime/embedded-redis';

/** `chokepoint serve`: run until SIGINT / SIGTERM, then shut down in order (HTTP, workers, queues, Redis). */
export async function serveCommand(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  let running;
  try {
    running = await startGateway(config, {
      log,
      onTokensGenerated: printTokens,
    });
  } catch (e) {
    if (e instanceof RedisServerMissingError) {
      process.stderr.write(`chokepoint: ${e.message}\n`);
      process.exitCode = 69;
      return;
    }
    throw e;
  }
  process.stdout.write(`chokepoint listening on ${running.url} (reviewers: ${running.url}/review/)\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    running
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
    setTimeout(() => process.exit(1), 30_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
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
