/**
 * Where the gateway keeps the lists it made active (DATA_DIR/watchlists/<version>.jsonl: the list of a version
 * stays readable for as long as that version can be diffed against the next one) and the conversions of its
 * sources (DATA_DIR/watchlists/sources/), and reading a native list entry by entry whatever its form.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { AppError } from '../errors/app-error';
import type { WatchlistEntry } from '../screening/types';
import { firstNonBlankChar, forEachListedEntry } from './load';
import { parseWatchlist } from './parse';

export function watchlistsDir(dataDir: string): string {
  return path.join(dataDir, 'watchlists');
}

export function sourcesDir(dataDir: string): string {
  return path.join(watchlistsDir(dataDir), 'sources');
}

/** The file a version's list is kept in ("sha256:ab…" → "sha256-ab….jsonl"). */
export function versionFile(dataDir: string, version: string): string {
  return path.join(watchlistsDir(dataDir), `${version.replace(':', '-')}.jsonl`);
}

export function versionOfDigest(sha256Hex: string): string {
  return `sha256:${sha256Hex.slice(0, 16)}`;
}

/**
 * Every entry of a native list (JSON Lines streamed, a JSON array parsed whole), validated as the gateway loads
 * it: the first problem stops with file:line. Resolves with the SHA-256 (hex) of the file's bytes. Yields to the
 * event loop between chunks, so reading a large list beside a serving gateway does not stall its requests.
 */
export async function forEachEntry(file: string, onEntry: (entry: WatchlistEntry) => void, fileName = path.resolve(file)): Promise<string> {
  let first: string | undefined;
  try {
    first = await firstNonBlankChar(file);
  } catch (e) {
    throw new AppError('WATCHLIST_UNREADABLE', `${fileName}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, { cause: e });
  }
  if (first !== '[')
    return forEachListedEntry(
      file,
      fileName,
      (entry) => onEntry(entry),
      () => yieldToEventLoop(),
    );
  const text = await fs.readFile(file, 'utf8');
  for (const entry of parseWatchlist(text, { fileName })) onEntry(entry);
  return createHash('sha256').update(text).digest('hex');
}

/** Whether a file can be read (a list recorded by another instance may sit in a folder this one cannot see). */
export async function readable(file: string | undefined): Promise<boolean> {
  if (file === undefined) return false;
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Removes the list files of versions no longer needed (neither in `keep` nor among the newest `newest` files), so
 * that a refresh every few hours does not fill the disk. Errors are ignored: a file left behind only takes space.
 */
export async function pruneListFiles(dir: string, keep: readonly string[], newest: number): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((n) => n.endsWith('.jsonl'))
      .map(async (n) => ({ file: path.join(dir, n), at: (await fs.stat(path.join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  files.sort((a, b) => b.at - a.at);
  const kept = new Set([...keep, ...files.slice(0, newest).map((f) => f.file)]);
  await Promise.all(files.filter((f) => !kept.has(f.file)).map((f) => fs.rm(f.file, { force: true })));
}
