/**
 * A built screener as flat sections (typed arrays and string tables) and back, so that the watchlist layer can
 * keep a built index on disk and a restart maps it back instead of rebuilding it (docs/screening.md). Pure: the
 * bytes are the caller's to write, check and read.
 *
 * Strings are stored as UTF-8 with byte offsets. A string holding a lone surrogate would not survive UTF-8, so
 * such a screener is not snapshotted at all (SnapshotUnsupported) rather than restored slightly different.
 */

export type SectionKind = 'i32' | 'u32' | 'u8' | 'u16' | 'utf8';

export interface Section {
  readonly name: string;
  readonly kind: SectionKind;
  readonly bytes: Uint8Array;
}

export class SnapshotUnsupported extends Error {}

const LONE_SURROGATE = /\p{Surrogate}/u;

function bytesOf(a: Int32Array | Uint32Array | Uint8Array | Uint16Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

export class SnapshotWriter {
  readonly sections: Section[] = [];
  readonly values: Record<string, number | string | boolean> = {};

  i32(name: string, a: Int32Array): void {
    this.sections.push({ name, kind: 'i32', bytes: bytesOf(a) });
  }

  u32(name: string, a: Uint32Array): void {
    this.sections.push({ name, kind: 'u32', bytes: bytesOf(a) });
  }

  u8(name: string, a: Uint8Array): void {
    this.sections.push({ name, kind: 'u8', bytes: a });
  }

  u16(name: string, a: Uint16Array): void {
    this.sections.push({ name, kind: 'u16', bytes: bytesOf(a) });
  }

  value(name: string, v: number | string | boolean): void {
    this.values[name] = v;
  }

  /** A list of strings: `<name>.at` (byte offsets, one more than strings) and `<name>` (the UTF-8 bytes). */
  strings(name: string, list: readonly string[]): void {
    const at = new Int32Array(list.length + 1);
    let total = 0;
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      if (LONE_SURROGATE.test(s)) throw new SnapshotUnsupported(`${name}: a string with a lone surrogate`);
      total += Buffer.byteLength(s, 'utf8');
      at[i + 1] = total;
    }
    const bytes = Buffer.allocUnsafe(total);
    for (let i = 0; i < list.length; i++) bytes.write(list[i], at[i], 'utf8');
    this.i32(`${name}.at`, at);
    this.sections.push({ name, kind: 'utf8', bytes });
  }
}

/** Thrown for a snapshot that does not have what the reader asks for: the caller treats it as corrupt. */
export class SnapshotMismatch extends Error {}

export class SnapshotReader {
  constructor(
    private readonly sections: ReadonlyMap<string, Section>,
    private readonly values: Readonly<Record<string, unknown>>,
  ) {}

  private section(name: string, kind: SectionKind, unit: number): Uint8Array {
    const s = this.sections.get(name);
    if (s === undefined || s.kind !== kind || s.bytes.byteLength % unit !== 0) throw new SnapshotMismatch(`section ${name}`);
    // Views need aligned offsets; the writer aligns sections, a copy covers any reader that does not.
    return s.bytes.byteOffset % unit === 0 ? s.bytes : s.bytes.slice();
  }

  i32(name: string): Int32Array {
    const b = this.section(name, 'i32', 4);
    return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  }

  u32(name: string): Uint32Array {
    const b = this.section(name, 'u32', 4);
    return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  }

  u8(name: string): Uint8Array {
    return this.section(name, 'u8', 1);
  }

  u16(name: string): Uint16Array {
    const b = this.section(name, 'u16', 2);
    return new Uint16Array(b.buffer, b.byteOffset, b.byteLength / 2);
  }

  number(name: string): number {
    const v = this.values[name];
    if (typeof v !== 'number') throw new SnapshotMismatch(`value ${name}`);
    return v;
  }

  string(name: string): string {
    const v = this.values[name];
    if (typeof v !== 'string') throw new SnapshotMismatch(`value ${name}`);
    return v;
  }

  strings(name: string): string[] {
    const at = this.i32(`${name}.at`);
    const b = this.section(name, 'utf8', 1);
    const bytes = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    if (at.length === 0 || at[at.length - 1] !== bytes.length) throw new SnapshotMismatch(`strings ${name}`);
    const list = new Array<string>(at.length - 1);
    for (let i = 0; i + 1 < at.length; i++) {
      if (at[i + 1] < at[i]) throw new SnapshotMismatch(`strings ${name}`);
      list[i] = bytes.toString('utf8', at[i], at[i + 1]);
    }
    return list;
  }
}
