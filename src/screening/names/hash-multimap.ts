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
import type { SnapshotReader, SnapshotWriter } from '../snapshot';

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
    return HashMultimap.from(false, hashBuffer, valueBuffers);
  }

  /** build, emptying the buffers once their entries are grouped: the peak memory of a large build is lower. */
  static buildConsuming(hashBuffer: IntBuffer, ...valueBuffers: IntBuffer[]): HashMultimap {
    return HashMultimap.from(true, hashBuffer, valueBuffers);
  }

  private static from(consume: boolean, hashBuffer: IntBuffer, valueBuffers: IntBuffer[]): HashMultimap {
    const stride = 1 + valueBuffers.length;
    const n = hashBuffer.length;
    // About two entries per bucket: half the offsets of one per entry, and a bucket is one read anyway.
    let bits = 0;
    while (2 ** (bits + 1) < n) bits++;
    const buckets = 2 ** bits;
    const mask = buckets - 1;
    // Ten million entries counted and placed straight into their buckets are three cache misses each. They
    // are first grouped by the high bits of their bucket (a few hundred sequential write streams), then each
    // group is counted and placed within its own small range of offsets and data, which stays in the cache.
    const partBits = Math.max(0, Math.min(8, bits - 10));
    const shift = bits - partBits;
    const { grouped, partStart } = group(hashBuffer, valueBuffers, mask, shift, 2 ** partBits);
    if (consume) for (const b of [hashBuffer, ...valueBuffers]) b.release();
    const offsets = new Uint32Array(buckets + 1);
    const data = new Int32Array(n * stride);
    const cursor = new Uint32Array(buckets);
    for (let p = 0; p + 1 < partStart.length; p++) {
      const from = partStart[p];
      const to = partStart[p + 1];
      for (let e = from; e < to; e++) offsets[(grouped[e * stride] & mask) + 1]++;
      const firstBucket = p << shift;
      const lastBucket = firstBucket + (1 << shift);
      // offsets[firstBucket] already holds the entries of all earlier groups.
      for (let b = firstBucket; b < lastBucket; b++) {
        offsets[b + 1] += offsets[b];
        cursor[b] = offsets[b];
      }
      // Within a group entries keep the order they were added in, so a bucket's entries do too.
      for (let e = from; e < to; e++) {
        const src = e * stride;
        const at = cursor[grouped[src] & mask]++ * stride;
        for (let c = 0; c < stride; c++) data[at + c] = grouped[src + c];
      }
    }
    return new HashMultimap(mask, offsets, data, stride);
  }

  /** The table's arrays, as `of` takes them (to hand a table built in another thread over). */
  parts(): { offsets: Uint32Array; data: Int32Array; stride: number } {
    return { offsets: this.offsets, data: this.data, stride: this.stride };
  }

  static of(parts: { offsets: Uint32Array; data: Int32Array; stride: number }): HashMultimap {
    return new HashMultimap(parts.offsets.length - 2, parts.offsets, parts.data, parts.stride);
  }

  snapshot(w: SnapshotWriter, name: string): void {
    w.u32(`${name}.offsets`, this.offsets);
    w.i32(`${name}.data`, this.data);
    w.value(`${name}.stride`, this.stride);
  }

  static restore(r: SnapshotReader, name: string): HashMultimap {
    const offsets = r.u32(`${name}.offsets`);
    return new HashMultimap(offsets.length - 2, offsets, r.i32(`${name}.data`), r.number(`${name}.stride`));
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

/** The entries as [hash, values…] rows grouped by the high bits of their bucket, in the order added within a group. */
function group(hashBuffer: IntBuffer, valueBuffers: IntBuffer[], mask: number, shift: number, parts: number): { grouped: Int32Array; partStart: Uint32Array } {
  const hashes = hashBuffer.view();
  const columns = valueBuffers.map((b) => b.view());
  const stride = 1 + columns.length;
  const n = hashes.length;
  const partStart = new Uint32Array(parts + 1);
  for (let i = 0; i < n; i++) partStart[((hashes[i] & mask) >>> shift) + 1]++;
  for (let p = 0; p < parts; p++) partStart[p + 1] += partStart[p];
  const partCursor = partStart.slice(0, parts);
  const grouped = new Int32Array(n * stride);
  for (let i = 0; i < n; i++) {
    const hash = hashes[i];
    const at = partCursor[(hash & mask) >>> shift]++ * stride;
    grouped[at] = hash;
    for (let c = 0; c < columns.length; c++) grouped[at + 1 + c] = columns[c][i];
  }
  return { grouped, partStart };
}
