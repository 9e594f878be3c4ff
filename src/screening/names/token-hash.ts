/**
 * One 32-bit hash for name tokens, shared by the token table, the deletion neighbourhoods and the split search:
 * a polynomial hash (so the hash of a substring, of two tokens joined or of a token without one character can
 * be assembled from parts in O(1), without building the string) followed by a finaliser that spreads the bits.
 */

export const BASE = 0x01000193;
const MAX_POWER = 256;
const POWERS = new Int32Array(MAX_POWER + 1);
POWERS[0] = 1;
for (let i = 1; i <= MAX_POWER; i++) POWERS[i] = Math.imul(POWERS[i - 1], BASE);

/** BASE^n modulo 2^32. */
export function power(n: number): number {
  if (n <= MAX_POWER) return POWERS[n];
  let p = POWERS[MAX_POWER];
  for (let i = MAX_POWER; i < n; i++) p = Math.imul(p, BASE);
  return p;
}

export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The raw polynomial of s[from, to): sum of s[i] * BASE^(to-1-i). */
export function poly(s: string, from = 0, to = s.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** The hash of a whole token. */
export function tokenHash(s: string): number {
  return mix(poly(s));
}

/** tokenHash of the string whose UTF-16 code units are units[from, to) (a packed token, without making it). */
export function unitsHash(units: Uint16Array, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, BASE) + units[i]) | 0;
  return mix(h);
}

/** Prefix polynomials: out[k] = poly(s[0, k)), for k = 0 … s.length. */
export function prefixPolys(s: string, out: Int32Array): void {
  let h = 0;
  out[0] = 0;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
    out[i + 1] = h;
  }
}

/** The hash of s[from, to) from the prefix polynomials of s. */
export function rangeHash(prefix: Int32Array, from: number, to: number): number {
  return mix((prefix[to] - Math.imul(prefix[from], power(to - from))) | 0);
}

/** The hash of a + b, without joining them. */
export function joinedHash(a: string, b: string): number {
  return mix((Math.imul(poly(a), power(b.length)) + poly(b)) | 0);
}

const MAX_DELETION_LENGTH = 64;
const SUFFIX_SCRATCH = new Int32Array(MAX_DELETION_LENGTH + 1);

/**
 * Hashes of a token and of each single-character deletion of it, in O(length): "without character k" is
 * assembled from a prefix and a suffix part. out[0] is the token's own hash (= tokenHash), out[k + 1] the hash
 * of the token without character k. Returns how many were written (0 for tokens longer than 64).
 */
export function deletionHashes(s: string, out: Int32Array): number {
  const n = s.length;
  if (n > MAX_DELETION_LENGTH || out.length < n + 1) return 0;
  // suffixes[k] = sum over i >= k of s[i] * BASE^(n-1-i)
  let suffix = 0;
  const suffixes = SUFFIX_SCRATCH;
  suffixes[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    suffix = (suffix + Math.imul(s.charCodeAt(i), POWERS[n - 1 - i])) | 0;
    suffixes[i] = suffix;
  }
  out[0] = mix(suffixes[0]);
  let prefix = 0; // sum over i < k of s[i] * BASE^(k-1-i)
  for (let k = 0; k < n; k++) {
    // Without character k: prefix shifted to end at position n-2, plus the suffix after k (already at its place).
    out[k + 1] = mix((Math.imul(prefix, POWERS[n - 1 - k]) + suffixes[k + 1]) | 0);
    prefix = (Math.imul(prefix, BASE) + s.charCodeAt(k)) | 0;
  }
  return n + 1;
}

/** Hash of an unordered pair of small integers. */
export function pairHash(a: number, b: number): number {
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  let h = Math.imul(lo ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ hi, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a over a string (keys that are not tokens: phonetic keys, end keys). */
export function fnv1a(s: string): number {
  return fnv1aAppend(FNV_OFFSET, s);
}

/** FNV-1a continued over more characters: fnv1aAppend(fnv1a(a), b) = fnv1a(a + b). */
export function fnv1aAppend(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Letters present in a token as bits (a–z; digits share the last bits): one edit changes at most two bits. */
export function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) m |= 1 << (c - 97);
    else m |= 1 << (26 + (c % 6));
  }
  return m;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
