/**
 * A static multimap from 32-bit hashes to small tuples of integers, laid out like CSR postings: the entries
 * of a bucket sit next to each other in one Int32Array as [hash, value, extra…], so reading a bucket costs one
 * cache miss for its offsets and about one for its entries. Built in two linear passes; no JS object per key.
 * Entries under one hash are met in the order they were added. Lookups see every entry of the bucket; callers
 * compare the hash, and verify what they find, since different keys may share a hash.
 *
 * (Open addressing with the entries inline was tried: one miss instead of two, but keys with thousands of
 * entries — common pairs, coarse phonetic keys — form clusters that lookups of other keys then scan through.)
 *
 * Reading without a callback: `for (let i = m.begin(h), e = m.end(h); i < e; i += m.stride) if (m.data[i] === h) …`.
 */
import { IntBuffer } from './int-buffer';

export { deletionHashes, fnv1a, pairHash } from './token-hash';

export class HashMultimap {
  private constructor(
    private readonly mask: number,
    private readonly offsets: Uint32Array,
    /** Entries: stride ints each, the hash first. */
    readonly data: Int32Array,
    readonly stride: number,
  ) {}

  /**
   * @param hashBuffer one hash per entry
   * @param valueBuffers the entry's values (one buffer per column, each as long as hashBuffer)
   */
  static build(hashBuffer: IntBuffer, ...valueBuffers: IntBuffer[]): HashMultimap {
    const hashes = hashBuffer.view();
    const columns = valueBuffers.map((b) => b.view());
    const stride = 1 + columns.length;
    const n = hashes.length;
    // About two entries per bucket: half the offsets of one per entry, and a bucket is one read anyway.
    let buckets = 1;
    while (buckets * 2 < n) buckets <<= 1;
    const mask = buckets - 1;
    const offsets = new Uint32Array(buckets + 1);
    for (let i = 0; i < n; i++) offsets[(hashes[i] & mask) + 1]++;
    for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
    const cursor = offsets.slice(0, buckets);
    const data = new Int32Array(n * stride);
    for (let i = 0; i < n; i++) {
      const hash = hashes[i];
      const at = cursor[hash & mask]++ * stride;
      data[at] = hash;
      for (let c = 0; c < columns.length; c++) data[at + 1 + c] = columns[c][i];
    }
    return new HashMultimap(mask, offsets, data, stride);
  }

  /** Index in `data` of the first entry of hash's bucket. */
  begin(hash: number): number {
    return this.offsets[hash & this.mask] * this.stride;
  }

  /** Index in `data` just past hash's bucket. */
  end(hash: number): number {
    return this.offsets[(hash & this.mask) + 1] * this.stride;
  }

  /** Calls fn with the first value of each entry stored under hash; stops early when fn returns false. */
  forEach(hash: number, fn: (value: number) => boolean | void): void {
    const { data, stride } = this;
    for (let i = this.begin(hash), e = this.end(hash); i < e; i += stride) {
      if (data[i] === hash && fn(data[i + 1]) === false) return;
    }
  }

  get bytes(): number {
    return this.offsets.byteLength + this.data.byteLength;
  }
}
