/**
 * Converting a published list to the native format: a reader's entries are validated as the gateway will
 * validate them (validate-entry.ts, identifier values included), ids checked for uniqueness, optionally put in
 * keyed-hash form, and handed to the writer one JSON line at a time. Whatever is left out is reported: records
 * the reader skipped and entries that fail validation (with their place and reason), and the tally of values
 * the native format does not carry.
 */
import { Vocabulary } from '../../screening/names/vocabulary';
import type { WatchlistEntry } from '../../screening/types';
import { hashEntry } from '../hash';
import { EntryProblem, validateEntry } from '../validate-entry';
import type { CsvMapping } from './csv-mapped';
import { readerFor } from './registry';
import { DropTally, type SourceFormat } from './types';

export interface ConvertOptions {
  readonly format: SourceFormat;
  readonly paths: readonly string[];
  readonly source?: string;
  /** Keyed-hash form: identifiers written as HMAC-SHA256 of their canonical value. */
  readonly hmacKey?: Uint8Array;
  /** For `csv`: which column holds what (csv-mapped.ts). */
  readonly csv?: CsvMapping;
  readonly onProgress?: (done: number, total: number) => void;
  /** Every record left out, as it happens: `file:line` (XML: and element path) and the reason. */
  readonly onSkip?: (at: string, reason: string) => void;
}

export interface ConvertSummary {
  entries: number;
  kinds: Record<string, number>;
  identifiers: Record<string, number>;
  skipped: number;
  dropped: Record<string, number>;
}

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Reads, checks and writes; `write` may return a promise (backpressure), which is awaited. */
export async function convertList(options: ConvertOptions, write: (line: string) => void | Promise<void>): Promise<ConvertSummary> {
  const dropped = new DropTally();
  const summary: ConvertSummary = { entries: 0, kinds: {}, identifiers: {}, skipped: 0, dropped: {} };
  const skip = (where: string, reason: string): void => {
    summary.skipped++;
    options.onSkip?.(where, reason);
  };
  // The vocabulary's flat hash table holds a million ids in half the memory and time of a Set.
  const ids = new Vocabulary();
  const read = readerFor(options.format, options.csv);
  const items = read(options.paths, {
    ...(options.source !== undefined ? { source: options.source } : {}),
    dropped,
    ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
  });
  for await (const item of items) {
    if (item.kind === 'skipped') {
      skip(item.at, item.reason);
      continue;
    }
    let entry: WatchlistEntry;
    try {
      entry = validateEntry(item.entry);
    } catch (e) {
      if (!(e instanceof EntryProblem)) throw e;
      skip(item.at, e.path === '' ? e.message : `${e.path}: ${e.message}`);
      continue;
    }
    const before = ids.size;
    ids.intern(entry.id);
    if (ids.size === before) {
      skip(item.at, `duplicate id "${entry.id}"`);
      continue;
    }
    summary.entries++;
    count(summary.kinds, entry.kind);
    for (const i of entry.identifiers) count(summary.identifiers, i.type);
    const out = options.hmacKey === undefined ? entry : hashEntry(entry, options.hmacKey);
    const pending = write(JSON.stringify(out) + '\n');
    if (pending !== undefined) await pending;
  }
  summary.dropped = dropped.toJSON();
  return summary;
}
