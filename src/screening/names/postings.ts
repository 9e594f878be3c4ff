/**
 * Compressed postings (CSR layout): for key k, the record ids are ids[offsets[k] .. offsets[k + 1]).
 * Built once from (key, record) pairs; two typed arrays instead of a Map of JS arrays.
 */
import type { SnapshotReader, SnapshotWriter } from '../snapshot';

export class Postings {
  private constructor(
    private readonly offsets: Uint32Array,
    private readonly ids: Int32Array,
  ) {}

  /** keys[i] / records[i] pairs; keys in [0, keyCount). Records of one key stay in insertion order. */
  static build(keyCount: number, keys: ArrayLike<number>, records: ArrayLike<number>, length: number): Postings {
    const offsets = new Uint32Array(keyCount + 1);
    for (let i = 0; i < length; i++) offsets[keys[i] + 1]++;
    for (let k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k];
    const cursor = offsets.slice(0, keyCount);
    const ids = new Int32Array(length);
    for (let i = 0; i < length; i++) ids[cursor[keys[i]]++] = records[i];
    return new Postings(offsets, ids);
  }

  snapshot(w: SnapshotWriter, name: string): void {
    w.u32(`${name}.offsets`, this.offsets);
    w.i32(`${name}.ids`, this.ids);
  }

  static restore(r: SnapshotReader, name: string): Postings {
    return new Postings(r.u32(`${name}.offsets`), r.i32(`${name}.ids`));
  }

  count(key: number): number {
    if (key < 0 || key + 1 >= this.offsets.length) return 0;
    return this.offsets[key + 1] - this.offsets[key];
  }

  start(key: number): number {
    return this.offsets[key];
  }

  at(position: number): number {
    return this.ids[position];
  }

  /**
   * Whether key's postings hold record r. A key's records are in insertion order, which is the records' own (the
   * builder adds a name's postings as it closes its block, blocks one after the other): a binary search.
   */
  has(key: number, r: number): boolean {
    const ids = this.ids;
    let lo = this.offsets[key];
    let hi = this.offsets[key + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = ids[mid];
      if (x === r) return true;
      if (x < r) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  get bytes(): number {
    return this.offsets.byteLength + this.ids.byteLength;
  }
}
