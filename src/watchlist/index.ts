/** The watchlist: its native format, reading it from files, keyed-hash conversion. */
export { parseWatchlist, detectFormat } from './parse';
export type { ParseOptions, WatchlistFormat } from './parse';
export { loadWatchlistFile, loadScreenerFromFile, listVersionOf } from './load';
export type { LoadOptions, LoadedScreener } from './load';
export { hashEntry, hmacKeyFromHex, toJsonLines } from './hash';
export { validateEntry } from './validate-entry';
