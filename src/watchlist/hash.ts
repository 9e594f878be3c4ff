/**
 * Keyed-hash mode for lists: every plain identifier value replaced by the HMAC of its canonical form, so the
 * list can be shared without revealing the identifiers. Names stay (they are matched fuzzily, which a hash
 * cannot do); issuers stay (they name banks, not sellers).
 */
import { AppError } from '../errors/app-error';
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

/** A key given on the command line as hex: at least 128 bits, or CONFIG_INVALID naming the option. */
export function hmacKeyFromHex(hex: string, option: string): Uint8Array {
  if (!/^([0-9a-fA-F]{2}){16,}$/.test(hex)) throw new AppError('CONFIG_INVALID', `${option}: expected at least 32 hex digits`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
