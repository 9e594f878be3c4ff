import type { Config } from '../config';
import { DataDirInUseError, type GeneratedTokens, RedisServerMissingError, serve, work } from '../composition/serve';

/**
 * `chokepoint serve` (what `npm start` runs). Exit code 69 when redis-server is needed and missing, 75 when another
 * gateway owns DATA_DIR (try again once it stopped).
 */
export async function serveCommand(config: Config): Promise<void> {
  try {
    await serve(config, {
      onTokensGenerated: showTokens,
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

/**
 * The values of generated tokens go to a person, never into a log: printed when stdout is a terminal; otherwise (a
 * supervisor, a container, a pipe into a log file) only the owner-only file that holds them is named.
 */
function showTokens(generated: GeneratedTokens): void {
  if (!process.stdout.isTTY) {
    process.stdout.write(
      `Access tokens were generated; their values are in ${generated.path} (mode 0600): hand them out, then delete that file (the gateway keeps only their hashes). \`chokepoint tokens list\` shows them.\n`,
    );
    return;
  }
  const lines = [
    '',
    `Access tokens were generated (the gateway keeps only their hashes; the values are also in ${generated.path}, mode 0600: delete it once handed out). They are printed this once:`,
    ...generated.tokens.map((t) => `  ${t.role.padEnd(9)} ${t.name.padEnd(11)} ${t.token}`),
    'Send them as "Authorization: Bearer <token>". Two reviewer tokens are needed for four-eyes decisions.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
