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

  static build(hashes: IntBuffer, values: IntBuffer): HashMultimap {
    const n = hashes.length;
    let buckets = 1;
    while (buckets < n) buckets <<= 1;
    const mask = buckets - 1;
    const offsets = new Uint32Array(buckets + 1);
    for (let i = 0; i < n; i++) offsets[(hashes.get(i) & mask) + 1]++;
    for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
    const cursor = offsets.slice(0, buckets);
    const h = new Int32Array(n);
    const v = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const hash = hashes.get(i);
      const at = cursor[hash & mask]++;
      h[at] = hash;
      v[at] = values.get(i);
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
