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
import { RescreenService } from '../app/rescreen-service';
import { WatchlistStore } from '../store/watchlist-store';
import { Lease } from '../store/lease';

/** The rescreen lease outlives a stalled holder by this much (renewed every 10 s while it works). */
const RESCREEN_LEASE_MS = 30_000;
/** How often an instance checks that the version it serves was rescreened to the end (one HEXISTS when it was). */
const RESCREEN_RETRY_MS = 60_000;

export interface Screening {
  readonly watchlist: WatchlistService;
  readonly screening: ScreeningService;
  readonly exceptions: ExceptionService;
  readonly rescreen: RescreenService;
}

export async function openScreening(core: Core, o: { rescreenRetryMs?: number } = {}): Promise<Screening> {
  const { config, log, now, redis, keys, audit, store, holds, closers } = core;
  // Set once the screening service exists; until then (the start) there is nothing to rescreen with.
  let rescreen: RescreenService | undefined;
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
      // Not awaited (the swap is done and must not wait on Redis), but a lost audit event is logged, not dropped.
      audit
        .record({ type: 'watchlist-loaded', at: now().toISOString(), actor: 'gateway', data: { version: a.version, entries: a.entries, origin: a.origin } })
        .catch((e) => log.warn({ version: a.version, err: (e as Error).message }, 'the watchlist-loaded audit event could not be recorded'));
      rescreen?.trigger(a.version);
    },
  });
  const initial = await watchlist.loadInitial();
  const screening = new ScreeningService(initial.snapshot, { instantCodes: config.instantCodes, status: statusPolicyOf(config) });
  watchlist.attach(screening);
  await watchlist.follow();
  closers.push(() => watchlist.close());
  if (config.watchlistRefreshMs !== undefined) {
    const schedule = new WatchlistRefreshSchedule(watchlist, config.watchlistRefreshMs, (e) =>
      log.warn({ err: (e as Error).message }, 'watchlist refresh failed'),
    );
    schedule.start();
    closers.push(() => schedule.stop());
  }

  const exceptions = new ExceptionService({
    store: new ExceptionStore(redis, keys, core.resent),
    holds,
    messages: store,
    audit,
    announcements: announcements.exceptions,
    now,
    onError: (what, e) => log.warn({ err: (e as Error).message }, what),
  });
  await exceptions.follow();
  closers.push(() => exceptions.close());

  rescreen = new RescreenService({
    store: core.rescreenStore,
    watchlist: new WatchlistStore(redis, keys),
    holds,
    messages: store,
    screening,
    suppress: exceptions.suppressor(),
    audit,
    lease: new Lease(redis, keys.rescreenLease, RESCREEN_LEASE_MS),
    lookbackMs: config.rescreenLookbackMs,
    keepClosedMs: Math.max(config.duplicateWindowMs, 24 * 3_600_000),
    now,
    log: (level, msg, data) => log[level](data ?? {}, msg),
  });
  const done = rescreen;
  closers.push(() => done.settled());
  // A rescreen that a crash cut short (or that no instance got to) is done now, and one that fails (Redis lost
  // mid-run) or whose lease a dead holder still has is taken up again on schedule.
  rescreen.trigger(initial.active.version);
  const retry = rescreen.retryEvery(o.rescreenRetryMs ?? RESCREEN_RETRY_MS);
  closers.push(async () => retry.stop());
  return { watchlist, screening, exceptions, rescreen };
}
