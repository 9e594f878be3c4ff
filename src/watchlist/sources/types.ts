/**
 * What every list reader produces: a stream of native entries (each carrying its source) and of records it had
 * to leave out, each with the place it came from. A reader knows one published format; it does no validation of
 * the native format (convert.ts validates every entry it writes) and no output.
 */
import type { WatchlistEntry } from '../../screening/types';

export { SOURCE_FORMATS, type SourceFormat } from '../../model/watchlist';

export type SourceItem =
  /** `at`: where the record was read, `file:line` (XML: `file:line: /element/path[n]`). */
  { readonly kind: 'entry'; readonly entry: WatchlistEntry; readonly at: string } | { readonly kind: 'skipped'; readonly at: string; readonly reason: string };

/**
 * Counts of what the mappers read but the native format does not carry, by what it was ("weak alias", "fax
 * number", "identity document", …): the convert summary prints them, so an operator sees what was left out.
 */
export class DropTally {
  readonly counts = new Map<string, number>();
  add(what: string, n = 1): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + n);
  }
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  }
}

export interface ReadContext {
  /**
   * The `source` of every entry and the prefix of its id (`<source>:<id in the list>`); for `native`, when set,
   * it replaces the entries' own source and their ids stay as they are.
   */
  readonly source?: string;
  readonly dropped: DropTally;
  /** Bytes read so far of all bytes the reader will read (a two-pass reader counts its files twice). */
  readonly onProgress?: (done: number, total: number) => void;
}

export type SourceReader = (paths: readonly string[], ctx: ReadContext) => AsyncIterable<SourceItem>;
