/**
 * The hash table under the token vocabulary and the identifier index: open addressing (linear probing, at most
 * half full) over (hash, index + 1) pairs in one Int32Array. Entries are numbered 0, 1, 2 … in the order added;
 * the owner keeps what an entry stands for in its own arrays and says, when probing, whether an entry is the one
 * sought. A lookup that finds nothing — nearly every lookup of a payment value — costs one probe into one
 * array, and a million entries are no million Map entries for the garbage collector to trace.
 *
 * Probing: `for (let i = t.home(hash); t.slots[i + 1] !== 0; i = t.next(i)) if (t.slots[i] === hash && isIt(t.slots[i + 1] - 1)) …`.
 */
import { IntBuffer } from './int-buffer';
import type { SnapshotReader, SnapshotWriter } from '../snapshot';

export class SlotTable {
  slots: Int32Array = new Int32Array(2 * 1024);
  private mask = 1023;
  private hashes = new IntBuffer(1024);

  snapshot(w: SnapshotWriter, name: string): void {
    w.i32(`${name}.slots`, this.slots);
    w.i32(`${name}.hashes`, this.hashes.view());
  }

  static restore(r: SnapshotReader, name: string): SlotTable {
    const t = new SlotTable();
    t.slots = r.i32(`${name}.slots`);
    t.hashes = IntBuffer.wrap(r.i32(`${name}.hashes`));
    t.mask = t.slots.length / 2 - 1;
    return t;
  }

  /** Entries added. */
  get size(): number {
    return this.hashes.length;
  }

  /** Index in `slots` where the probe for hash starts. */
  home(hash: number): number {
    return 2 * (hash & this.mask);
  }

  next(i: number): number {
    return (i + 2) & (2 * this.mask + 1);
  }

  /** The hash entry `index` was added with. */
  hashOf(index: number): number {
    return this.hashes.get(index);
  }

  /** Adds an entry (the caller has made sure it is not there) and returns its index. */
  add(hash: number): number {
    const index = this.hashes.length;
    this.hashes.push(hash);
    this.place(this.slots, this.mask, hash, index);
    if (2 * this.hashes.length > this.mask) this.grow();
    return index;
  }

  private place(slots: Int32Array, mask: number, hash: number, index: number): void {
    let i = 2 * (hash & mask);
    while (slots[i + 1] !== 0) i = (i + 2) & (2 * mask + 1);
    slots[i] = hash;
    slots[i + 1] = index + 1;
  }

  private grow(): void {
    const mask = (this.mask + 1) * 2 - 1;
    const slots = new Int32Array(2 * (mask + 1));
    const hashes = this.hashes.view();
    for (let index = 0; index < hashes.length; index++) this.place(slots, mask, hashes[index], index);
    this.slots = slots;
    this.mask = mask;
  }

  get bytes(): number {
    return this.slots.byteLength + this.hashes.length * 4;
  }
}
