import { promises as fs } from 'node:fs';
import type { Config } from '../config';
import { openCommandScreening } from '../composition/commands';
import { readMessage } from '../iso20022';
import { isAppError } from '../errors/app-error';

/**
 * `chokepoint screen --watchlist FILE MSG.xml…`: the same reading and screening as the gateway, without Redis.
 * One JSON line per message: the JSON result of POST /v1/screen, or {"file", "error"} for a message that cannot be read.
 * Exit code 0 when all were read, 1 otherwise.
 */
export async function screenCommand(files: string[], o: { watchlist: string; policy?: string; hmacKey?: string }, config: Config): Promise<number> {
  const screening = await openCommandScreening(config, {
    watchlist: o.watchlist,
    ...(o.policy ? { policyFile: o.policy } : {}),
    ...(o.hmacKey ? { hmacKey: Uint8Array.from(Buffer.from(o.hmacKey, 'hex')) } : {}),
  });
  let failed = 0;
  for (const file of files) {
    try {
      const msg = readMessage(await fs.readFile(file));
      const result = await screening.screenMessage(msg);
      process.stdout.write(JSON.stringify({ file, ...result }) + '\n');
    } catch (e) {
      failed++;
      const error = isAppError(e) ? e.toJSON() : { code: 'INTERNAL', message: (e as Error).message };
      process.stdout.write(JSON.stringify({ file, error }) + '\n');
    }
  }
  return failed === 0 ? 0 : 1;
}
