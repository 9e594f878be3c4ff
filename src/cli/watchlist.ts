import { promises as fs } from 'node:fs';
import type { Config } from '../config';
import { loadPolicy } from '../config/policy';
import { WatchlistService } from '../app/watchlist-service';
import { hashEntry, loadWatchlistFile } from '../watchlist';
import { RedisKeys } from '../store/keys';
import { WatchlistStore } from '../store/watchlist-store';
import { redisAnnouncements } from '../store/announcements';
import { createRedis, waitReady } from '../store/redis';
import { AppError } from '../errors/app-error';
import { redisUrlFor } from './redis-target';

export async function watchlistVerify(file: string): Promise<void> {
  const list = await loadWatchlistFile(file);
  const identifiers: Record<string, number> = {};
  for (const e of list.entries) for (const i of e.identifiers) identifiers[i.type] = (identifiers[i.type] ?? 0) + 1;
  const kinds: Record<string, number> = {};
  for (const e of list.entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  process.stdout.write(JSON.stringify({ file, version: list.version, entries: list.entries.length, kinds, identifiers }) + '\n');
}

/** Keyed-hash form: every plain identifier becomes {type, hmac} (issuer kept), so the list can be shared blind. */
export async function watchlistHash(file: string, keyHex: string): Promise<void> {
  if (!/^([0-9a-fA-F]{2}){16,}$/.test(keyHex)) throw new AppError('CONFIG_INVALID', '--key: expected at least 32 hex digits');
  const key = Uint8Array.from(Buffer.from(keyHex, 'hex'));
  const list = await loadWatchlistFile(file);
  for (const e of list.entries) process.stdout.write(JSON.stringify(hashEntry(e, key)) + '\n');
}

export async function watchlistImport(file: string, config: Config): Promise<void> {
  const redis = createRedis(await redisUrlFor(config), 'request', 'cli');
  try {
    await waitReady(redis);
    const keys = new RedisKeys(config.redisPrefix);
    const service = new WatchlistService({
      store: new WatchlistStore(redis, keys),
      announcements: redisAnnouncements(redis, undefined, keys).watchlist,
      policy: loadPolicy(config),
      dataDir: config.dataDir,
      configuredFile: config.watchlistFile,
      now: () => new Date(),
    });
    const a = await service.replace(await fs.readFile(file, 'utf8'), file);
    process.stdout.write(JSON.stringify({ version: a.version, entries: a.entries, file: a.file }) + '\n');
  } finally {
    redis.disconnect();
  }
}
