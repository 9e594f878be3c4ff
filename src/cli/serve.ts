import type { Config } from '../config';
import { DataDirInUseError, RedisServerMissingError, type TokensFile, serve, work } from '../composition/serve';

/**
 * `chokepoint serve` (what `npm start` runs). Exit code 69 when redis-server is needed and missing, 75 when another
 * gateway owns DATA_DIR (try again once it stopped).
 */
export async function serveCommand(config: Config): Promise<void> {
  try {
    await serve(config, {
      onTokensGenerated: printTokens,
      onListening: (url) => process.stdout.write(`chokepoint listening on ${url} (reviewers: ${url}/review/)\n`),
    });
  } catch (e) {
    if (e instanceof RedisServerMissingError) {
      process.stderr.write(`chokepoint: ${e.message}\n`);
      process.exitCode = 69;
      return;
    }
    if (e instanceof DataDirInUseError) {
      process.stderr.write(`chokepoint: ${e.message}\n`);
      process.exitCode = 75;
      return;
    }
    throw e;
  }
}

/** `chokepoint work`: the queue workers alone. */
export function workCommand(config: Config): Promise<void> {
  return work(config);
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
