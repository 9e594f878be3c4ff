import { promises as fs } from 'node:fs';
import type { Config } from '../config';
import { loadPolicy } from '../config/policy';
import { readWatchlistFile } from '../watchlist/read-file';
import { ScreeningService } from '../app/screening-service';
import { readMessage } from '../iso20022';
import { isAppError } from '../errors/app-error';

/**
 * `chokepoint screen --watchlist FILE MSG.xml…`: the same reading and screening as the gateway, without Redis.
 * One JSON line per message: the DESIGN 3.2 result, or {"file", "error"} for a message that cannot be read.
 * Exit code 0 when all were read, 1 otherwise.
 */
export async function screenCommand(files: string[], o: { watchlist: string; policy?: string; hmacKey?: string }, config: Config): Promise<number> {
  const policy = loadPolicy({ policyFile: o.policy ?? config.policyFile, instantNameHitAction: config.instantNameHitAction });
  const hmacKey = o.hmacKey ? Uint8Array.from(Buffer.from(o.hmacKey, 'hex')) : config.watchlistHmacKey;
  const { screener } = await readWatchlistFile(o.watchlist, hmacKey);
  const screening = new ScreeningService({ screener, policy }, { instantCodes: config.instantCodes, status: config });
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
