/**
 * Interned name tokens: every distinct token string is stored once and referred to by a small integer.
 *
 * The table is a SlotTable keyed by token-hash's polynomial hash, so a substring, two tokens joined or a
 * deletion variant can be looked up from its hash without building the string.
 */
import { SlotTable } from './slot-table';
import { joinedHash, tokenHash, unitsHash } from './token-hash';
import { packedAt, type PackedStrings } from '../string-column';
import { TokenKeys } from './token-keys';
import type { SnapshotReader, SnapshotWriter } from '../snapshot';

export class Vocabulary {
  /** Per token id, its comparison keys once asked for (most tokens of a large list never are). */
  private readonly tokenKeys: (TokenKeys | undefined)[] = [];

  constructor(
    private readonly strings: string[] = [],
    private readonly table = new SlotTable(),
  ) {}

  snapshot(w: SnapshotWriter, name: string): void {
    w.strings(`${name}.strings`, this.strings);
    this.table.snapshot(w, `${name}.table`);
  }

  static restore(r: SnapshotReader, name: string): Vocabulary {
    return new Vocabulary(r.strings(`${name}.strings`), SlotTable.restore(r, `${name}.table`));
  }

  intern(token: string): number {
    const hash = tokenHash(token);
    const id = this.find(token, hash);
    if (id >= 0) return id;
    this.strings.push(token);
    return this.table.add(hash);
  }

  /**
   * intern for string i of packed strings (a batch from a loader's reading thread): a token already known
   * costs no string; `added` is called with a new token's id and string.
   */
  internPacked(p: PackedStrings, i: number, added: (id: number, token: string) => void): number {
    const from = i === 0 ? 0 : p.ends[i - 1];
    const to = p.ends[i];
    const units = p.units;
    const hash = unitsHash(units, from, to);
    const { table } = this;
    for (let s = table.home(hash); table.slots[s + 1] !== 0; s = table.next(s)) {
      if (table.slots[s] !== hash) continue;
      const t = this.strings[table.slots[s + 1] - 1];
      if (t.length !== to - from) continue;
      let same = true;
      for (let k = 0; k < t.length && same; k++) same = t.charCodeAt(k) === units[from + k];
      if (same) return table.slots[s + 1] - 1;
    }
    const token = packedAt(p, i);
    this.strings.push(token);
    const id = table.add(hash);
    added(id, token);
    return id;
  }

  /** -1 when the token is not in the list's vocabulary. */
  id(token: string): number {
    return this.find(token, tokenHash(token));
  }

  private find(token: string, hash: number): number {
    const { table } = this;
    for (let i = table.home(hash); table.slots[i + 1] !== 0; i = table.next(i)) {
      if (table.slots[i] === hash && this.strings[table.slots[i + 1] - 1] === token) return table.slots[i + 1] - 1;
    }
    return -1;
  }

  /** Reads hash's home slot and returns what it holds: brings it into the cache ahead of a lookup. */
  touch(hash: number): number {
    return this.table.slots[this.table.home(hash) + 1];
  }

  /** The id of s[from, to), given its hash (token-hash rangeHash), without slicing s. -1 when unknown. */
  idOfRange(s: string, from: number, to: number, hash: number): number {
    const { table } = this;
    const length = to - from;
    for (let i = table.home(hash); table.slots[i + 1] !== 0; i = table.next(i)) {
      if (table.slots[i] !== hash) continue;
      const t = this.strings[table.slots[i + 1] - 1];
      if (t.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = t.charCodeAt(k) === s.charCodeAt(from + k);
      if (same) return table.slots[i + 1] - 1;
    }
    return -1;
  }

  /** The id of a + b, without joining them. -1 when unknown. */
  idOfJoined(a: string, b: string): number {
    const hash = joinedHash(a, b);
    const { table } = this;
    for (let i = table.home(hash); table.slots[i + 1] !== 0; i = table.next(i)) {
      if (table.slots[i] !== hash) continue;
      const t = this.strings[table.slots[i + 1] - 1];
      if (t.length === a.length + b.length && t.startsWith(a) && t.endsWith(b)) return table.slots[i + 1] - 1;
    }
    return -1;
  }

  token(id: number): string {
    return this.strings[id];
  }

  /** The comparison keys of token `id`, worked out when first asked for and kept. */
  keys(id: number): TokenKeys {
    let keys = this.tokenKeys[id];
    if (keys === undefined) {
      keys = new TokenKeys(this.strings[id]);
      this.tokenKeys[id] = keys;
    }
    return keys;
  }

  get size(): number {
    return this.strings.length;
  }

  get bytes(): number {
    return this.table.bytes;
  }
}
