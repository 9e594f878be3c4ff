/**
 * Which watchlist is active, and swapping it. The list is read from the file named by WATCHLIST at start; PUT
 * /v1/watchlist (or `chokepoint watchlist import`) stores a new version under DATA_DIR/watchlists/, records it as the
 * active list shared by every gateway instance on the same Redis and announces it, so every instance swaps to it.
 * A swap builds the new index first and replaces the screening snapshot in one assignment: a message is screened
 * against exactly one version.
 *
 * Which list wins at start: the one set through the API, unless the configured WATCHLIST file has changed since
 * that list was set (then the operator's edit of the file is the newer intent).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DecisionPolicy } from '../screening/types';
import type { AnnouncementChannel } from '../model/announcements';
import type { ActiveWatchlist } from '../model/records';
import type { WatchlistStore } from '../store/watchlist-store';
import { type LoadedWatchlist, indexCacheDir, readWatchlistFile } from '../watchlist/read-file';
import type { ScreeningService } from './screening-service';

/**
 * For the log, how this instance came by the index: 'restored from the index cache', or 'built (<why the cache was
 * not used>)'. Not part of ActiveWatchlist, which is shared with the other instances through Redis.
 */
function indexOrigin(l: LoadedWatchlist): string | undefined {
  if (!l.cache) return undefined;
  return l.cache.outcome === 'hit' ? 'restored from the index cache' : `built (index cache ${l.cache.outcome}${l.cache.reason ? `: ${l.cache.reason}` : ''})`;
}

export class WatchlistService {
  private active?: ActiveWatchlist;
  private screening?: ScreeningService;

  constructor(
    private readonly d: {
      store: WatchlistStore;
      /** Lists made active by any instance, this one included. */
      announcements: AnnouncementChannel<ActiveWatchlist>;
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
    const stored = await this.d.store.active();
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
    await this.d.store.setActive(active);
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
   * this thread would stall every request for as long. Errors name `fileName` (an upload: 'upload'; an import: the
   * operator's full path) and the line.
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
      loaded = await readWatchlistFile(staged, this.d.hmacKey, indexCacheDir(this.d.dataDir), { whileServing: true, displayName: fileName });
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
    await this.d.store.setActive(active);
    await this.d.announcements.announce(active);
    this.d.onLoaded?.(active, indexOrigin(loaded));
    return active;
  }

  /** Follow list changes made through another instance. */
  async follow(log: (msg: string, err?: unknown) => void): Promise<void> {
    await this.d.announcements.follow((next) => {
      // This instance's own announcement: it is active here already.
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

  /** Stops following list changes. */
  async close(): Promise<void> {
    await this.d.announcements.close();
  }
}
