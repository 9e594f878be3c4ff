/**
 * The watchlist service as every process that changes the list needs it: the configured sources (WATCHLIST, with
 * the csv mapping), the lease of reading them, the shared state in Redis, the announcement channel.
 */
import type { RedisClient } from '../store/redis';
import type { Config } from '../config';
import type { ActiveWatchlist } from '../model/records';
import type { AnnouncementChannel } from '../model/announcements';
import type { AuditTrail } from '../model/audit';
import { AppError } from '../errors/app-error';
import type { RedisKeys } from '../store/keys';
import { Lease } from '../store/lease';
import { WatchlistStore } from '../store/watchlist-store';
import { parseCsvMapping } from '../watchlist/sources/csv-mapped';
import { type ListChangeEvent, type ListSources, WatchlistService } from '../app/watchlist-service';
import { loadDecisionPolicy } from './policy';

/** The lease outlives a stalled holder by this much (it is renewed every 10 s while the sources are read). */
const REFRESH_LEASE_MS = 30_000;

export function listSourcesOf(config: Config): ListSources {
  let csv;
  if (config.watchlistCsvMap !== undefined) {
    try {
      csv = parseCsvMapping([config.watchlistCsvMap], {});
    } catch (e) {
      throw new AppError('CONFIG_INVALID', `Invalid configuration: WATCHLIST_CSV_MAP: ${(e as Error).message.replace(/^--map /, '')}`);
    }
  }
  return { sources: config.watchlist.sources, single: config.watchlist.single, ...(csv !== undefined ? { csv } : {}) };
}

export function newWatchlistService(
  config: Config,
  o: {
    redis: RedisClient;
    keys: RedisKeys;
    announcements: AnnouncementChannel<ActiveWatchlist>;
    audit: AuditTrail;
    now: () => Date;
    log: (level: 'info' | 'warn', msg: string, data?: Record<string, unknown>) => void;
    onLoaded?: (a: ActiveWatchlist, index: string | undefined) => void;
    onChanged?: (e: ListChangeEvent) => Promise<void>;
  },
): WatchlistService {
  return new WatchlistService({
    store: new WatchlistStore(o.redis, o.keys),
    announcements: o.announcements,
    audit: o.audit,
    lease: new Lease(o.redis, o.keys.watchlistRefreshLease, REFRESH_LEASE_MS),
    policy: loadDecisionPolicy(config),
    ...(config.watchlistHmacKey ? { hmacKey: config.watchlistHmacKey } : {}),
    dataDir: config.dataDir,
    sources: listSourcesOf(config),
    checks: config.watchlistRefreshChecks,
    ...(config.watchlistRefreshMs !== undefined ? { refreshEveryMs: config.watchlistRefreshMs } : {}),
    now: o.now,
    log: o.log,
    ...(o.onLoaded ? { onLoaded: o.onLoaded } : {}),
    ...(o.onChanged ? { onChanged: o.onChanged } : {}),
  });
}
