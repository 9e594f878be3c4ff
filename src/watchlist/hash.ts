/**
 * Keyed-hash mode for lists: every plain identifier value replaced by the HMAC of its canonical form, so the
 * list can be shared without revealing the identifiers. Names stay (they are matched fuzzily, which a hash
 * cannot do); issuers stay (they name banks, not sellers).
 */
import { canonicalIdentifier, hmacIdentifier } from '../screening';
import type { ListIdentifier, WatchlistEntry } from '../screening/types';

export function hashEntry(entry: WatchlistEntry, key: Uint8Array): WatchlistEntry {
  const identifiers: ListIdentifier[] = entry.identifiers.map((ident) => {
    if (ident.value === undefined) return ident;
    const canonical = canonicalIdentifier(ident.type, ident.value);
    if (canonical === undefined) return ident;
    return { type: ident.type, hmac: hmacIdentifier(canonical, key), ...(ident.issuer !== undefined ? { issuer: ident.issuer } : {}) };
  });
  return { ...entry, identifiers };
}

/** One entry per line, in the order given. */
export function toJsonLines(entries: Iterable<WatchlistEntry>): string {
  let out = '';
  for (const e of entries) out += JSON.stringify(e) + '\n';
  return out;
}
