/**
 * A static multimap from 32-bit hashes to integers, in three typed arrays (a hash table laid out like CSR
 * postings): no JS objects per key, built in two linear passes. Lookups return every value stored under the
 * hash; callers verify, since different keys may share a hash.
 */
import { IntBuffer } from './int-buffer';

export class HashMultimap {
  private constructor(
    private readonly mask: number,
    private readonly offsets: Uint32Array,
    private readonly hashes: Int32Array,
    private readonly values: Int32Array,
  ) {}

  static build(hashBuffer: IntBuffer, valueBuffer: IntBuffer): HashMultimap {
    const hashes = hashBuffer.view();
    const values = valueBuffer.view();
    const n = hashes.length;
    // About two entries per bucket: half the offsets of one per entry, and buckets are scanned anyway.
    let buckets = 1;
    while (buckets * 2 < n) buckets <<= 1;
    const mask = buckets - 1;
    const offsets = new Uint32Array(buckets + 1);
    for (let i = 0; i < n; i++) offsets[(hashes[i] & mask) + 1]++;
    for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
    const cursor = offsets.slice(0, buckets);
    const h = new Int32Array(n);
    const v = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const hash = hashes[i];
      const at = cursor[hash & mask]++;
      h[at] = hash;
      v[at] = values[i];
    }
    return new HashMultimap(mask, offsets, h, v);
  }

  /** Calls fn for each value stored under hash; stops early when fn returns false. */
  forEach(hash: number, fn: (value: number) => boolean | void): void {
    const b = hash & this.mask;
    for (let i = this.offsets[b]; i < this.offsets[b + 1]; i++) {
      if (this.hashes[i] === hash && fn(this.values[i]) === false) return;
    }
  }

  get bytes(): number {
    return this.offsets.byteLength + this.hashes.byteLength + this.values.byteLength;
  }
}

/** FNV-1a over a string, optionally skipping the characters at `skip` and `skip2` (deletion neighbourhoods). */
export function fnv1a(s: string, skip = -1, skip2 = -1): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip || i === skip2) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const BASE = 0x01000193;
const MAX_DELETION_LENGTH = 64;
const POWERS = new Int32Array(MAX_DELETION_LENGTH + 1);
POWERS[0] = 1;
for (let i = 1; i <= MAX_DELETION_LENGTH; i++) POWERS[i] = Math.imul(POWERS[i - 1], BASE);

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Hashes of a token and of each single-character deletion of it, in O(length): a polynomial hash lets
 * "without character k" be assembled from a prefix and a suffix part. out[0] is the token, out[k + 1] the
 * token without character k. Returns how many were written (0 for tokens longer than 64).
 */
export function deletionHashes(s: string, out: Int32Array): number {
  const n = s.length;
  if (n > MAX_DELETION_LENGTH || out.length < n + 1) return 0;
  // suffix[k] = sum over i >= k of s[i] * BASE^(n-1-i); built backwards into out[1..], read before overwritten.
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

const SUFFIX_SCRATCH = new Int32Array(MAX_DELETION_LENGTH + 1);

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
