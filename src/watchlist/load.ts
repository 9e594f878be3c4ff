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
import { EntryChecker, invalid, parseWatchlist } from './parse';

export function listVersionOf(bytes: string | Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new AppError('WATCHLIST_UNREADABLE', `${path.basename(file)}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, { cause: e });
  }
}

export async function loadWatchlistFile(file: string): Promise<{ entries: WatchlistEntry[]; version: string; fileName: string }> {
  const fileName = path.basename(file);
  const text = await readText(file);
  return { entries: parseWatchlist(text, { fileName }), version: listVersionOf(text), fileName };
}

async function firstNonBlankChar(file: string): Promise<string | undefined> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
  } finally {
    await handle.close();
  }
}

/**
 * For large lists: reads, validates and indexes entry by entry, never holding the parsed entries (JSON Lines
 * streams; a JSON array is parsed whole first). Same errors as parseWatchlist.
 */
export async function loadScreenerFromFile(
  file: string,
  options: Omit<ScreenerOptions, 'version'>,
): Promise<{ screener: ListScreener; version: string; fileName: string; entries: number }> {
  const fileName = path.basename(file);
  let first: string | undefined;
  try {
    first = await firstNonBlankChar(file);
  } catch (e) {
    throw new AppError('WATCHLIST_UNREADABLE', `${fileName}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, { cause: e });
  }
  const builder = new ScreenerBuilder({ ...options, version: '' });
  if (first === '[') {
    const text = await readText(file);
    const version = listVersionOf(text);
    let count = 0;
    for (const entry of parseWatchlist(text, { fileName })) if (builder.add(entry)) count++;
    return { screener: builder.build(version), version, fileName, entries: count };
  }
  const hash = createHash('sha256');
  const checker = new EntryChecker(fileName, { deferIdentifierValues: true });
  let lineNo = 0;
  let count = 0;
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
    const entry = checker.check(raw, lineNo);
    const added = builder.addChecked(entry);
    if (added.invalidIdentifier !== undefined) {
      const k = added.invalidIdentifier;
      throw invalid(fileName, lineNo, `identifiers[${k}].value: is not a valid ${entry.identifiers[k].type}`, `identifiers[${k}].value`);
    }
    if (added.indexed) count++;
  };
  // Lines are found in the bytes and each decoded on its own: decoding whole chunks into one string and slicing
  // it made every line a two-byte string as soon as the chunk held one non-Latin-1 name (nearly every chunk of
  // a large list), and cost more than the JSON parsing itself.
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  let rest: Buffer | undefined;
  try {
    for await (const read of stream) {
      const bytes = read as Buffer;
      hash.update(bytes);
      const chunk = rest === undefined ? bytes : Buffer.concat([rest, bytes]);
      let from = 0;
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
        onLine(chunk.toString('utf8', from, nl));
        from = nl + 1;
      }
      rest = from < chunk.length ? chunk.subarray(from) : undefined;
    }
    if (rest !== undefined) onLine(rest.toString('utf8'));
  } finally {
    stream.destroy();
  }
  const version = `sha256:${hash.digest('hex').slice(0, 16)}`;
  return { screener: builder.build(version), version, fileName, entries: count };
}
