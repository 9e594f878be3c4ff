/** Keyed-hash mode: a list shared as HMACs of canonical identifiers reveals nothing without the key. */
import { createHmac } from 'node:crypto';

/** Hex HMAC-SHA256 of a canonical identifier (see canonicalIdentifier). */
export function hmacIdentifier(canonical: string, key: Uint8Array): string {
  return createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
}
