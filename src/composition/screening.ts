/**
 * What screening needs in an HTTP process: the decision policy, the active watchlist (loaded at start, followed when
 * another instance makes a new one active), the screening service built on it, and the false-positive exceptions it
 * applies (followed the same way).
 */
import type { ActiveWatchlist } from '../model/records';
import { ExceptionStore } from '../store/exception-store';
import { redisAnnouncements } from '../store/announcements';
import { ScreeningService } from '../app/screening-service';
import type { WatchlistService } from '../app/watchlist-service';
import { WatchlistRefreshSchedule } from '../app/watchlist-refresh';
import { ExceptionService } from '../app/exception-service';
import type { Core } from './core';
import { statusPolicyOf } from './policy';
import { newWatchlistService } from './watchlist';

export interface Screening {
  readonly watchlist: WatchlistService;
  readonly screening: ScreeningService;
  readonly exceptions: ExceptionService;
}

export async function openScreening(core: Core): Promise<Screening> {
  const { config, log, now, redis, keys, audit, store, holds, closers } = core;
  const announcements = redisAnnouncements(redis, core.subscriber, keys, (e) => log.warn({ err: (e as Error).message }, 'announcement not understood'));
  const watchlist = newWatchlistService(config, {
    redis,
    keys,
    announcements: announcements.watchlist,
    audit,
    now,
    log: (level, msg, data) => log[level](data ?? {}, msg),
    onLoaded: (a: ActiveWatchlist, index: string | undefined) => {
      log.info({ version: a.version, entries: a.entries, origin: a.origin, index }, 'watchlist active');
      void audit.record({ type: 'watchlist-loaded', at: now().toISOString(), actor: 'gateway', data: { version: a.version, entries: a.entries, origin: a.origin } }).catch(() => undefined);
    },
  });
  const initial = await watchlist.loadInitial();
  const screening = new ScreeningService(initial.snapshot, { instantCodes: config.instantCodes, status: statusPolicyOf(config) });
  watchlist.attach(screening);
  await watchlist.follow();
  closers.push(() => watchlist.close());
  if (config.watchlistRefreshMs !== undefined) {
    const schedule = new WatchlistRefreshSchedule(watchlist, config.watchlistRefreshMs, (e) => log.warn({ err: (e as Error).message }, 'watchlist refresh failed'));
    schedule.start();
    closers.push(() => schedule.stop());
  }

  const exceptions = new ExceptionService({
    store: new ExceptionStore(redis, keys),
    holds,
    messages: store,
    audit,
    announcements: announcements.exceptions,
    now,
    onError: (what, e) => log.warn({ err: (e as Error).message }, what),
  });
  await exceptions.follow();
  closers.push(() => exceptions.close());
  return { watchlist, screening, exceptions };
}
