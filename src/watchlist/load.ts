/**
 * Reading a watchlist file: the I/O edge of the list. The version of a list is the SHA-256 of its bytes, so
 * two gateways with the same file record the same version in their decisions.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { ScreenerBuilder, type ListScreener, type ScreenerOptions } from '../screening';
import type { WatchlistEntry } from '../screening/types';
import { readIndexCache, writeIndexCache, type CacheOutcome } from './index-cache';
import { buildDeletionsInThread, defaultLoadThread, prepareInThread, type LoadThread } from './load-thread';
import { lineBatches } from './file-lines';
import { EntryChecker, invalid, parseWatchlist } from './parse';

export function listVersionOf(bytes: string | Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new AppError('WATCHLIST_UNREADABLE', `${path.resolve(file)}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, { cause: e });
  }
}

export async function loadWatchlistFile(file: string): Promise<{ entries: WatchlistEntry[]; version: string; fileName: string }> {
  const fileName = path.resolve(file);
  const text = await readText(file);
  return { entries: parseWatchlist(text, { fileName }), version: listVersionOf(text), fileName };
}

export async function firstNonBlankChar(file: string): Promise<string | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()[0];
  } finally {
    await handle.close();
  }
}

export interface LoadOptions extends Omit<ScreenerOptions, 'version'> {
  /**
   * Where JSON Lines entries are parsed, validated and prepared (load-thread.ts): a worker thread running this
   * script, while this thread inserts them into the index; false: all in this thread. Default: the compiled
   * worker next to this file when there is one (not under ts-jest), else this thread.
   */
  readonly thread?: LoadThread | false;
  /**
   * Directory of built indexes (index-cache.ts): an unchanged list is restored from there instead of rebuilt,
   * and a rebuilt one is stored there. Unset: always built.
   */
  readonly cacheDir?: string;
  /**
   * 'await' (default): the index is stored before the load resolves. 'background': the load resolves with the
   * built screener and the index is stored after (cache.write says how it went) — a gateway serves seconds
   * sooner, and the cache only matters at the next start.
   */
  readonly cacheWrite?: 'await' | 'background';
  /** How messages name the list: default its full path; an upload is staged under a temporary name and says 'upload'. */
  readonly displayName?: string;
}

export interface LoadedScreener {
  screener: ListScreener;
  version: string;
  fileName: string;
  entries: number;
  /** How the index cache was used (only with cacheDir). */
  cache?: {
    outcome: CacheOutcome;
    reason?: string;
    written?: boolean;
    writeError?: string;
    /** With cacheWrite 'background': settles when the index is stored, or could not be. */
    write?: Promise<{ written: boolean; writeError?: string }>;
  };
}

async function digestOfFile(file: string, fileName: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  } catch (e) {
    throw new AppError('WATCHLIST_UNREADABLE', `${fileName}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, { cause: e });
  }
  return hash.digest('hex');
}

/**
 * For large lists: reads, validates and indexes entry by entry, never holding the parsed entries (JSON Lines
 * streams; a JSON array is parsed whole first). Same errors as parseWatchlist. With a cache directory, a list
 * whose bytes were indexed before (same version) is restored from its verified cache file instead.
 */
export async function loadScreenerFromFile(file: string, options: LoadOptions): Promise<LoadedScreener> {
  const { cacheDir, thread: _thread, cacheWrite: _cacheWrite, ...screenerOptions } = options;
  if (cacheDir === undefined) {
    const { listSha256: _, ...loaded } = await buildScreenerFromFile(file, options);
    return loaded;
  }
  const fileName = options.displayName ?? path.resolve(file);
  const listSha256 = await digestOfFile(file, fileName);
  const version = `sha256:${listSha256.slice(0, 16)}`;
  let cache: NonNullable<LoadedScreener['cache']>;
  try {
    const r = await readIndexCache(cacheDir, { ...screenerOptions, version, listSha256 });
    if (r.outcome === 'hit') return { screener: r.screener, version, fileName, entries: r.entries, cache: { outcome: 'hit' } };
    cache = { outcome: r.outcome, reason: r.reason };
  } catch (e) {
    cache = { outcome: 'corrupt', reason: e instanceof Error ? e.message : String(e) };
  }
  const built = await buildScreenerFromFile(file, options);
  const store = async (): Promise<{ written: boolean; writeError?: string }> => {
    try {
      // The file may have changed since it was hashed: the cache is written only for the bytes that were built.
      if (built.listSha256 !== listSha256) throw new Error('the list file changed while it was read');
      await writeIndexCache(cacheDir, built.screener, {
        version: built.version,
        listSha256,
        entries: built.entries,
        ...(screenerOptions.hmacKey ? { hmacKey: screenerOptions.hmacKey } : {}),
        ...(screenerOptions.postingsCap !== undefined ? { postingsCap: screenerOptions.postingsCap } : {}),
      });
      return { written: true };
    } catch (e) {
      // The cache only saves time: a list that cannot be cached (read-only directory, full disk, a name with a
      // lone surrogate) is still screened.
      return { written: false, writeError: e instanceof Error ? e.message : String(e) };
    }
  };
  const { listSha256: _, ...loaded } = built;
  if (options.cacheWrite === 'background') {
    // After this turn of the event loop: the caller has its screener first.
    const write = new Promise<void>((resolve) => setImmediate(resolve)).then(store);
    return { ...loaded, cache: { ...cache, write } };
  }
  return { ...loaded, cache: { ...cache, ...(await store()) } };
}

async function buildScreenerFromFile(file: string, options: LoadOptions): Promise<LoadedScreener & { listSha256: string }> {
  const fileName = options.displayName ?? path.resolve(file);
  let first: string | undefined;
  try {
    first = await firstNonBlankChar(file);
  } catch (e) {
    throw new AppError('WATCHLIST_UNREADABLE', `${fileName}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, { cause: e });
  }
  const { cacheDir: _, thread, cacheWrite: _cacheWrite, ...screenerOptions } = options;
  // One time for the whole load, whichever thread checks the expiries.
  const now = screenerOptions.now ?? new Date();
  const builder = new ScreenerBuilder({ ...screenerOptions, now, version: '' });
  if (first === '[') {
    const text = await readText(file);
    // As listVersionOf: the text's UTF-8, which is the file's bytes for any valid UTF-8 file.
    const listSha256 = createHash('sha256').update(text).digest('hex');
    const version = `sha256:${listSha256.slice(0, 16)}`;
    let count = 0;
    for (const entry of parseWatchlist(text, { fileName })) if (builder.add(entry)) count++;
    return { screener: builder.build(version), version, fileName, entries: count, listSha256 };
  }
  const worker = thread === undefined ? defaultLoadThread() : thread === false ? undefined : thread;
  let count = 0;
  let listSha256: string;
  if (worker !== undefined) {
    listSha256 = await prepareInThread(worker, { file, fileName, nowMs: now.getTime() }, (batch) => {
      const added = builder.addBatch(batch);
      count += added.indexed;
      if (added.invalid !== undefined) throw invalidIdentifier(fileName, added.invalid.line, added.invalid.entry, added.invalid.identifier);
    });
  } else {
    listSha256 = await forEachListedEntry(file, fileName, (entry, line) => {
      const added = builder.addChecked(entry);
      if (added.invalidIdentifier !== undefined) throw invalidIdentifier(fileName, line, entry, added.invalidIdentifier);
      if (added.indexed) count++;
    });
  }
  const version = `sha256:${listSha256.slice(0, 16)}`;
  if (worker === undefined) return { screener: builder.build(version), version, fileName, entries: count, listSha256 };
  // The largest table, the deletions of the fuzzy vocabulary, is built by another thread meanwhile.
  const deletions = buildDeletionsInThread(worker, builder.takeDeletions());
  const finish = builder.prepareBuild(version);
  return { screener: finish(await deletions), version, fileName, entries: count, listSha256 };
}

export function invalidIdentifier(fileName: string, line: number, entry: WatchlistEntry, k: number): AppError {
  return invalid(fileName, line, `identifiers[${k}].value: is not a valid ${entry.identifiers[k].type}`, `identifiers[${k}].value`);
}

/**
 * Streams a JSON Lines list: every entry parsed and validated (as parseWatchlist does) and handed over with its
 * line number; afterChunk runs after each chunk of about 1 MiB. Returns the SHA-256 (hex) of the file's bytes.
 */
export async function forEachListedEntry(
  file: string,
  fileName: string,
  onEntry: (entry: WatchlistEntry, line: number) => void,
  afterChunk?: () => Promise<void> | void,
): Promise<string> {
  const hash = createHash('sha256');
  const checker = new EntryChecker(fileName, { deferIdentifierValues: true });
  let lineNo = 0;
  const onLine = (rawLine: string): void => {
    lineNo++;
    const line = (lineNo === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine).trim();
    if (line.length === 0) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw invalid(fileName, lineNo, 'not valid JSON');
    }
    onEntry(checker.check(raw, lineNo), lineNo);
  };
  try {
    for await (const lines of lineBatches(file, (bytes) => hash.update(bytes))) {
      for (const line of lines) onLine(line);
      if (afterChunk !== undefined) await afterChunk();
    }
  } catch (e) {
    if (e instanceof AppError || typeof (e as NodeJS.ErrnoException).code !== 'string') throw e;
    throw new AppError('WATCHLIST_UNREADABLE', `${fileName}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, { cause: e });
  }
  return hash.digest('hex');
}
