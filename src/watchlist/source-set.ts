/**
 * The configured sources (WATCHLIST) made into one native list: each source read again (fetch-source.ts), converted
 * by its reader when it changed (sources/convert.ts), checked for plausibility against its last good reading
 * (plausibility.ts), and the sources' current readings merged in the configured order into one JSON Lines file whose
 * SHA-256 is the list version. A source that cannot be read, or whose reading is refused, keeps its last good reading:
 * the other sources still move on.
 *
 * One bare native file (the list as the gateway always took it) is not converted: it is copied as it is and read
 * strictly when loaded, so a bad entry stops with its line.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { convertList } from './sources/convert';
import type { CsvMapping } from './sources/csv-mapped';
import { lineBatches } from './file-lines';
import { firstNonBlankChar } from './load';
import type { SourceRecord } from '../model/watchlist';
import { fetchSource, type SourceLocation } from './fetch-source';
import { idsOf } from './diff';
import { readable, sourcesDir, versionFile, versionOfDigest, watchlistsDir } from './list-files';
import { implausibility, type PlausibilityLimits } from './plausibility';

export interface MaterialiseOptions {
  readonly sources: readonly SourceLocation[];
  /** One bare native file: copied, not converted. */
  readonly single: boolean;
  readonly dataDir: string;
  readonly csv?: CsvMapping;
  /** Plausibility limits of a refresh; unset (at start, an operator's intent): every clean reading is taken. */
  readonly checks?: PlausibilityLimits;
  readonly previous: ReadonlyMap<string, SourceRecord>;
  readonly now: () => Date;
  /** A record a reader left out (at most a few per source are worth a log line; the caller decides). */
  readonly onSkip?: (label: string, at: string, reason: string) => void;
}

export interface MergedList {
  /** The list made of every source's current reading, and its version (SHA-256 of its bytes). */
  readonly file: string;
  readonly version: string;
  readonly entries: number;
  /** Entries left out of the merge because an earlier source has the same id, per source. */
  readonly duplicates: Readonly<Record<string, number>>;
}

export interface Materialised {
  /** The sources' records after this reading, in the configured order. */
  readonly records: readonly SourceRecord[];
  /** Whether any source's reading changed. */
  readonly changed: boolean;
  /** The list, when every source has a reading (one never read cleanly leaves it undefined: see `unread`). */
  readonly list?: MergedList;
  /** Sources without any clean reading, with why. */
  readonly unread: readonly string[];
}

const tmpName = (dir: string, what: string): string => path.join(dir, `.${what}-${randomBytes(6).toString('hex')}`);

/** Reads every source, converts what changed, and merges the current readings when every source has one. */
export async function materialise(o: MaterialiseOptions): Promise<Materialised> {
  await fs.mkdir(sourcesDir(o.dataDir), { recursive: true, mode: 0o700 });
  const records: SourceRecord[] = [];
  const unread: string[] = [];
  for (const source of o.sources) {
    const record = await readSource(source, o.previous.get(source.label), o);
    records.push(record);
    if (record.current === undefined) unread.push(record.last?.reason ?? `${source.label}: never read`);
  }
  const changed = records.some((r) => r.last?.outcome === 'updated');
  if (unread.length > 0) return { records, changed, unread };
  if (o.single) {
    const c = records[0]!.current!;
    return { records, changed, unread, list: { file: c.file, version: versionOfDigest(c.validators.sha256), entries: c.entries, duplicates: {} } };
  }
  return { records, changed, unread, list: await merge(records, o.dataDir) };
}

async function readSource(source: SourceLocation, previous: SourceRecord | undefined, o: MaterialiseOptions): Promise<SourceRecord> {
  const at = o.now().toISOString();
  const usable = previous?.current !== undefined && (await readable(previous.current.file)) ? previous.current : undefined;
  const staging = tmpName(watchlistsDir(o.dataDir), 'fetch');
  let fresh: string | undefined;
  try {
    const fetched = await fetchSource(source, usable?.validators, staging);
    if (!fetched.changed) {
      return {
        label: source.label,
        current: { ...usable!, validators: fetched.validators },
        last: { at, outcome: 'unchanged', entries: usable!.entries },
        lastGoodAt: at,
      };
    }
    let entries: number;
    let skipped = 0;
    let digest = fetched.validators.sha256;
    let ids: Set<string> | undefined;
    if (o.single) {
      // The file as it is; its version is the digest of the copy (the file may have changed since it was hashed).
      // On a refresh it is read strictly here (a bad entry fails with its line); at a start the load does that.
      fresh = tmpName(watchlistsDir(o.dataDir), 'copy');
      await fs.copyFile(fetched.paths[0]!, fresh);
      const read = o.checks !== undefined ? await idsOf(fresh, path.resolve(fetched.paths[0]!)) : await countEntries(fresh);
      ids = 'ids' in read ? read.ids : undefined;
      digest = read.sha256;
      entries = 'ids' in read ? read.ids.size : read.entries;
    } else {
      fresh = tmpName(sourcesDir(o.dataDir), 'convert');
      const summary = await convertTo(source, fetched.paths, fresh, o);
      entries = summary.entries;
      skipped = summary.skipped;
    }
    let removed: number | undefined;
    if (usable !== undefined && o.checks !== undefined) {
      const before = (await idsOf(usable.file)).ids;
      const now = ids ?? (await idsOf(fresh)).ids;
      removed = 0;
      for (const id of before) if (!now.has(id)) removed++;
    }
    const refused =
      o.checks === undefined
        ? undefined
        : implausibility({ entries, skipped, ...(removed !== undefined ? { removed, previousEntries: usable!.entries } : {}) }, o.checks);
    const counts = { entries, skipped, ...(removed !== undefined ? { removed } : {}) };
    if (refused !== undefined) return { ...(previous ?? { label: source.label }), last: { at, outcome: 'refused', reason: refused, ...counts } };
    const file = o.single
      ? versionFile(o.dataDir, versionOfDigest(digest))
      : path.join(sourcesDir(o.dataDir), `${safeName(source.label)}-${digest.slice(0, 16)}.jsonl`);
    await fs.rename(fresh, file);
    fresh = undefined;
    const validators = o.single ? { ...fetched.validators, sha256: digest } : fetched.validators;
    return { label: source.label, current: { validators, file, entries, skipped, at }, last: { at, outcome: 'updated', ...counts }, lastGoodAt: at };
  } catch (e) {
    const reason = e instanceof AppError ? e.message : `${source.label}: ${(e as Error).message}`;
    return { ...(previous ?? { label: source.label }), ...(usable === undefined ? { current: undefined } : {}), last: { at, outcome: 'failed', reason } };
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
    if (fresh !== undefined) await fs.rm(fresh, { force: true });
  }
}

/** Entries of a native list without parsing them (JSON Lines: its non-blank lines), and its digest. */
async function countEntries(file: string): Promise<{ entries: number; sha256: string }> {
  if ((await firstNonBlankChar(file)) === '[') {
    const { ids, sha256 } = await idsOf(file);
    return { entries: ids.size, sha256 };
  }
  const hash = createHash('sha256');
  let entries = 0;
  for await (const lines of lineBatches(file, (b) => hash.update(b))) for (const l of lines) if (l.trim().length > 0) entries++;
  return { entries, sha256: hash.digest('hex') };
}

/** A label as part of a file name. */
function safeName(label: string): string {
  return label.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}

async function convertTo(source: SourceLocation, paths: readonly string[], file: string, o: MaterialiseOptions) {
  const out = createWriteStream(file, { mode: 0o600 });
  let failure: Error | undefined;
  out.on('error', (e) => (failure = e));
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    const summary = await convertList(
      {
        format: source.format,
        paths,
        ...(o.csv !== undefined ? { csv: o.csv } : {}),
        ...(o.onSkip !== undefined ? { onSkip: (at: string, reason: string) => o.onSkip!(source.label, at, reason) } : {}),
      },
      async (line) => {
        if (failure !== undefined) throw failure;
        pending.push(line);
        size += line.length;
        if (size >= 1 << 18) await flush();
      },
    );
    await flush();
    out.end();
    await once(out, 'close');
    if (failure !== undefined) throw failure;
    return summary;
  } catch (e) {
    out.destroy();
    throw e;
  }
}

/**
 * The sources' current readings, one after the other in the configured order; an id that an earlier source already
 * has is left out (and counted), so every id stays unique and a hit names one list.
 */
async function merge(records: readonly SourceRecord[], dataDir: string): Promise<MergedList> {
  const temp = tmpName(watchlistsDir(dataDir), 'merge');
  const out = createWriteStream(temp, { mode: 0o600 });
  let failure: Error | undefined;
  out.on('error', (e) => (failure = e));
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const duplicates: Record<string, number> = {};
  let entries = 0;
  try {
    for (const r of records) {
      for await (const lines of lineBatches(r.current!.file)) {
        let text = '';
        for (const line of lines) {
          if (line.trim().length === 0) continue;
          const id = (JSON.parse(line) as { id: string }).id;
          if (seen.has(id)) {
            duplicates[r.label] = (duplicates[r.label] ?? 0) + 1;
            continue;
          }
          seen.add(id);
          entries++;
          text += line + '\n';
        }
        if (failure !== undefined) throw failure;
        hash.update(text);
        if (!out.write(text)) await once(out, 'drain');
      }
    }
    out.end();
    await once(out, 'close');
    if (failure !== undefined) throw failure;
    const version = versionOfDigest(hash.digest('hex'));
    const file = versionFile(dataDir, version);
    await fs.rename(temp, file);
    return { file, version, entries, duplicates };
  } catch (e) {
    out.destroy();
    await fs.rm(temp, { force: true });
    throw e;
  }
}
