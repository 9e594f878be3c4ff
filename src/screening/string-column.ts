/**
 * Many strings as one array of UTF-16 code units with their end offsets, not as JS strings: a million entry
 * ids or listed names are two typed arrays for the garbage collector, where strings are a million objects to
 * copy out of the young generation and to mark at every major collection. A string is made only when asked
 * for (the id or name of a hit). Exact for any string, a lone surrogate included; a snapshot stores and
 * restores the arrays as they are, with no decoding.
 */
import { SnapshotMismatch, type SnapshotReader, type SnapshotWriter } from './snapshot';

/** Strings packed for a message between threads (transferable): string i is units[ends[i - 1] (0 for i = 0), ends[i]). */
export interface PackedStrings {
  readonly units: Uint16Array;
  readonly ends: Int32Array;
}

/** Code units decoded per call of String.fromCharCode (its arguments are bounded). */
const DECODE_CHUNK = 4096;

/** String.fromCharCode over code units (apply takes the typed array as it is; a spread would iterate it, ~3x slower). */
function fromUnits(units: Uint16Array): string {
  return String.fromCharCode.apply(null, units as unknown as number[]);
}

function decode(units: Uint16Array, from: number, to: number): string {
  if (to - from <= DECODE_CHUNK) return fromUnits(units.subarray(from, to));
  let s = '';
  for (let at = from; at < to; at += DECODE_CHUNK) s += fromUnits(units.subarray(at, Math.min(to, at + DECODE_CHUNK)));
  return s;
}

/** String i of packed strings. */
export function packedAt(p: PackedStrings, i: number): string {
  return decode(p.units, i === 0 ? 0 : p.ends[i - 1], p.ends[i]);
}

export class StringColumn {
  private units: Uint16Array;
  private ends: Int32Array;
  private used = 0;
  private count = 0;

  constructor(capacity = 1024) {
    this.ends = new Int32Array(capacity);
    this.units = new Uint16Array(capacity * 16);
  }

  get length(): number {
    return this.count;
  }

  /** String i. */
  at(i: number): string {
    return decode(this.units, i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }

  /** Whether string i holds the code unit `code` (a comma, say), without making the string. */
  includesUnit(i: number, code: number): boolean {
    const units = this.units;
    for (let k = i === 0 ? 0 : this.ends[i - 1], end = this.ends[i]; k < end; k++) if (units[k] === code) return true;
    return false;
  }

  /** Whether string i is s. */
  equals(i: number, s: string): boolean {
    const from = i === 0 ? 0 : this.ends[i - 1];
    if (this.ends[i] - from !== s.length) return false;
    const units = this.units;
    for (let k = 0; k < s.length; k++) if (units[from + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  push(s: string): void {
    const at = this.reserve(s.length);
    const units = this.units;
    for (let k = 0; k < s.length; k++) units[at + k] = s.charCodeAt(k);
    this.close(at + s.length);
  }

  /** Appends string i of packed strings. */
  pushPacked(p: PackedStrings, i: number): void {
    const from = i === 0 ? 0 : p.ends[i - 1];
    const to = p.ends[i];
    const at = this.reserve(to - from);
    // Ids and names are short: a loop, not a subarray object per string to set() from.
    const units = this.units;
    const source = p.units;
    for (let k = from; k < to; k++) units[at + k - from] = source[k];
    this.close(at + to - from);
  }

  /** The strings so far, packed (copies: the column can go on or be dropped). */
  pack(): PackedStrings {
    return { units: this.units.slice(0, this.used), ends: this.ends.slice(0, this.count) };
  }

  /** Lets go of the room kept for more strings (once the column is complete). */
  trim(): void {
    if (this.units.length > this.used) this.units = this.units.slice(0, this.used);
    if (this.ends.length > this.count) this.ends = this.ends.slice(0, this.count);
  }

  snapshot(w: SnapshotWriter, name: string): void {
    w.u16(name, this.units.subarray(0, this.used));
    w.i32(`${name}.ends`, this.ends.subarray(0, this.count));
  }

  static restore(r: SnapshotReader, name: string): StringColumn {
    const units = r.u16(name);
    const ends = r.i32(`${name}.ends`);
    let last = 0;
    for (let i = 0; i < ends.length; i++) {
      if (ends[i] < last) throw new SnapshotMismatch(`strings ${name}`);
      last = ends[i];
    }
    if (last !== units.length) throw new SnapshotMismatch(`strings ${name}`);
    const c = new StringColumn(0);
    c.units = units;
    c.ends = ends;
    c.used = units.length;
    c.count = ends.length;
    return c;
  }

  /** Room for one more string of n code units; returns where it starts. */
  private reserve(n: number): number {
    if (this.count === this.ends.length) {
      const ends = new Int32Array(Math.max(16, this.ends.length * 2));
      ends.set(this.ends);
      this.ends = ends;
    }
    if (this.used + n > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, this.used + n, 256));
      units.set(this.units.subarray(0, this.used));
      this.units = units;
    }
    return this.used;
  }

  private close(end: number): void {
    this.used = end;
    this.ends[this.count++] = end;
  }
}
