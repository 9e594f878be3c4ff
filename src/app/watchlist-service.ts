/**
 * Which watchlist is active, and swapping it. The list is read from the file named by WATCHLIST at start; PUT
 * /v1/watchlist (or `chokepoint watchlist import`) stores a new version under DATA_DIR/watchlists/, records it in
 * Redis as the active list and announces it on a channel, so every gateway instance on that Redis swaps to it.
 * A swap builds the new index first and replaces the screening snapshot in one assignment: a message is screened
 * against exactly one version.
 *
 * Which list wins at start: the one set through the API, unless the configured WATCHLIST file has changed since
 * that list was set (then the operator's edit of the file is the newer intent).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Redis } from 'ioredis';
import type { DecisionPolicy, Screener, WatchlistEntry } from '../screening/types';
import { listVersionOf, loadScreenerFromFile, parseWatchlist, type LoadedScreener } from '../watchlist';
import { defaultBuildWorker, loadScreenerInThread } from '../watchlist/build-thread';
import type { RedisKeys } from '../store/keys';
import type { ScreeningService } from './screening-service';

export interface ActiveWatchlist {
  version: string;
  file: string;
  entries: number;
  origin: 'config' | 'api';
  /** Version of the WATCHLIST file when this list became active. */
  configuredVersion: string;
  loadedAt: string;
}

/**
 * For the log, how this instance came by the index: 'restored from the index cache', or 'built (<why the cache was
 * not used>)'. Not part of ActiveWatchlist, which is shared with the other instances through Redis.
 */
function indexOrigin(l: LoadedWatchlist): string | undefined {
  if (!l.cache) return undefined;
  return l.cache.outcome === 'hit' ? 'restored from the index cache' : `built (index cache ${l.cache.outcome}${l.cache.reason ? `: ${l.cache.reason}` : ''})`;
}

export interface LoadedWatchlist {
  screener: Screener;
  version: string;
  file: string;
  entries: number;
  /** With an index cache: whether the index was restored ('hit') or built, and why. */
  cache?: LoadedScreener['cache'];
}

/** Where the gateway keeps built list indexes, so that a restart with the same list does not rebuild it. */
export function indexCacheDir(dataDir: string): string {
  return path.join(dataDir, 'index-cache');
}

/**
 * Reads and indexes a list file entry by entry (a million entries never sit in memory as objects); with a
 * cache directory, an index built before for the same list bytes is restored from there after verification,
 * and a newly built one is stored there once the list is in use (the next start needs it, this one does not).
 */
export async function readWatchlistFile(file: string, hmacKey?: Uint8Array, cacheDir?: string, how: { whileServing?: boolean } = {}): Promise<LoadedWatchlist> {
  // While requests are being served the whole load runs in a worker thread (build-thread.ts); at start this
  // thread has nothing else to do and builds it without the copy.
  const options = { ...(hmacKey ? { hmacKey } : {}), ...(cacheDir !== undefined ? { cacheDir } : {}) };
  const worker = how.whileServing ? defaultBuildWorker() : undefined;
  const inThread = worker ? await loadScreenerInThread(worker, { file, ...options }) : undefined;
  const r = inThread ?? (await loadScreenerFromFile(file, { ...options, ...(cacheDir !== undefined ? { cacheWrite: 'background' as const } : {}) }));
  return { screener: r.screener, version: r.version, file, entries: r.entries, ...(r.cache !== undefined ? { cache: r.cache } : {}) };
}

/** Entries of a list file, for the commands that transform a list (verify, hash). */
export async function readWatchlistEntries(file: string): Promise<{ entries: WatchlistEntry[]; version: string }> {
  const text = await fs.readFile(file, 'utf8');
  return { entries: parseWatchlist(text, { fileName: path.basename(file) }), version: listVersionOf(text) };
}

export class WatchlistService {
  private active?: ActiveWatchlist;
  private subscriber?: Redis;
  private screening?: ScreeningService;

  constructor(
    private readonly d: {
      redis: Redis;
      keys: RedisKeys;
      policy: DecisionPolicy;
      hmacKey?: Uint8Array;
      dataDir: string;
      configuredFile: string;
      now: () => Date;
      onLoaded?: (a: ActiveWatchlist, index: string | undefined) => void;
    },
  ) {}

  /** At start: decide which list is active, read and index it. Throws (with file:line) on a bad list. */
  async loadInitial(): Promise<{ snapshot: Parameters<ScreeningService['replace']>[0]; active: ActiveWatchlist }> {
    const configured = await readWatchlistFile(this.d.configuredFile, this.d.hmacKey, indexCacheDir(this.d.dataDir));
    const stored = await this.storedActive();
    let chosen = configured;
    let origin: ActiveWatchlist['origin'] = 'config';
    if (stored && stored.origin === 'api' && stored.configuredVersion === configured.version) {
      chosen = await readWatchlistFile(stored.file, this.d.hmacKey, indexCacheDir(this.d.dataDir)).catch(() => configured);
      if (chosen !== configured) origin = 'api';
    }
    const active: ActiveWatchlist = {
      version: chosen.version,
      file: chosen.file,
      entries: chosen.entries,
      origin,
      configuredVersion: configured.version,
      loadedAt: this.d.now().toISOString(),
    };
    const snapshot = { screener: chosen.screener, policy: this.d.policy };
    this.active = active;
    await this.d.redis.set(this.d.keys.watchlistActive, JSON.stringify(active));
    this.d.onLoaded?.(active, indexOrigin(chosen));
    return { snapshot, active };
  }

  /** The screening service built from loadInitial's snapshot: later swaps go to it. */
  attach(screening: ScreeningService): void {
    this.screening = screening;
  }

  info(): ActiveWatchlist | undefined {
    return this.active;
  }

  /**
   * PUT /v1/watchlist: validate, store, make active here and announce to the other instances. The upload is staged as
   * a file and loaded entirely in a worker thread (build-thread.ts), index cache included: indexing a large list on
   * this thread would stall every request for as long. Errors name the upload's file name and line.
   */
  async replace(text: string | Buffer, fileName = 'upload'): Promise<ActiveWatchlist> {
    const dir = path.join(this.d.dataDir, 'watchlists');
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const incoming = await fs.mkdtemp(path.join(dir, '.incoming-'));
    let loaded: LoadedWatchlist;
    let file: string;
    try {
      const staged = path.join(incoming, path.basename(fileName) || 'upload');
      await fs.writeFile(staged, text, { mode: 0o600 });
      loaded = await readWatchlistFile(staged, this.d.hmacKey, indexCacheDir(this.d.dataDir), { whileServing: true });
      file = path.join(dir, `${loaded.version.replace(':', '-')}.jsonl`);
      await fs.rename(staged, file);
    } finally {
      await fs.rm(incoming, { recursive: true, force: true });
    }
    const version = loaded.version;
    this.screening?.replace({ screener: loaded.screener, policy: this.d.policy });
    const active: ActiveWatchlist = {
      version,
      file,
      entries: loaded.entries,
      origin: 'api',
      configuredVersion: this.active?.configuredVersion ?? version,
      loadedAt: this.d.now().toISOString(),
    };
    this.active = active;
    await this.d.redis.set(this.d.keys.watchlistActive, JSON.stringify(active));
    await this.d.redis.publish(this.d.keys.watchlistChannel, JSON.stringify(active));
    this.d.onLoaded?.(active, indexOrigin(loaded));
    return active;
  }

  /** Follow list changes made through another instance. */
  async follow(subscriber: Redis, log: (msg: string, err?: unknown) => void): Promise<void> {
    this.subscriber = subscriber;
    await subscriber.subscribe(this.d.keys.watchlistChannel);
    subscriber.on('message', (channel, payload) => {
      if (channel !== this.d.keys.watchlistChannel) return;
      const next = JSON.parse(payload) as ActiveWatchlist;
      if (next.version === this.active?.version) return;
      readWatchlistFile(next.file, this.d.hmacKey, indexCacheDir(this.d.dataDir), { whileServing: true })
        .then((loaded) => {
          this.screening?.replace({ screener: loaded.screener, policy: this.d.policy });
          this.active = { ...next, loadedAt: this.d.now().toISOString() };
          this.d.onLoaded?.(this.active, indexOrigin(loaded));
          log(`watchlist ${next.version} loaded (${loaded.entries} entries)`);
        })
        .catch((e) => log(`watchlist ${next.version} announced but not loadable here`, e));
    });
  }

  /** Stops following list changes (the subscriber connection itself belongs to the caller). */
  async close(): Promise<void> {
    await this.subscriber?.unsubscribe(this.d.keys.watchlistChannel).catch(() => undefined);
  }

  private async storedActive(): Promise<ActiveWatchlist | undefined> {
    const v = await this.d.redis.get(this.d.keys.watchlistActive);
    return v ? (JSON.parse(v) as ActiveWatchlist) : undefined;
  }

}
