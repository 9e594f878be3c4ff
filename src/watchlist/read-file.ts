/**
 * A list file read for the gateway: indexed into a screener, restored from the index cache when it holds this very
 * list, and — while requests are being served — loaded entirely in a worker thread so that indexing does not stall
 * the thread that answers them.
 */
import path from 'node:path';
import type { Screener } from '../screening/types';
import { loadScreenerFromFile, type LoadedScreener } from './load';
import { defaultBuildWorker, loadScreenerInThread } from './build-thread';

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
export async function readWatchlistFile(
  file: string,
  hmacKey?: Uint8Array,
  cacheDir?: string,
  how: { whileServing?: boolean; displayName?: string } = {},
): Promise<LoadedWatchlist> {
  // While requests are being served the whole load runs in a worker thread (build-thread.ts); at start this
  // thread has nothing else to do and builds it without the copy.
  const options = {
    ...(hmacKey ? { hmacKey } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    ...(how.displayName !== undefined ? { displayName: how.displayName } : {}),
  };
  const worker = how.whileServing ? defaultBuildWorker() : undefined;
  const inThread = worker ? await loadScreenerInThread(worker, { file, ...options }) : undefined;
  const r = inThread ?? (await loadScreenerFromFile(file, { ...options, ...(cacheDir !== undefined ? { cacheWrite: 'background' as const } : {}) }));
  return { screener: r.screener, version: r.version, file, entries: r.entries, ...(r.cache !== undefined ? { cache: r.cache } : {}) };
}
