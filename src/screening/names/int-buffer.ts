/** A growable Int32Array, for building large integer tables without arrays of JS numbers. */
export class IntBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  /** A buffer holding exactly these values (restored from a snapshot; the array is not copied). */
  static wrap(values: Int32Array): IntBuffer {
    const b = new IntBuffer(0);
    b.data = values;
    b.length = values.length;
    return b;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** Grows the buffer by n values (left for the caller to write into `array`); returns where they start. */
  extend(n: number): number {
    const at = this.length;
    if (at + n > this.data.length) {
      const next = new Int32Array(Math.max(this.data.length * 2, at + n));
      next.set(this.data);
      this.data = next;
    }
    this.length = at + n;
    return at;
  }

  /** The backing array (longer than length; replaced when the buffer grows). */
  get array(): Int32Array {
    return this.data;
  }

  get(i: number): number {
    return this.data[i];
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** Empties the buffer and lets its memory go (views taken before keep theirs). */
  release(): void {
    this.data = new Int32Array(0);
    this.length = 0;
  }

  /** The filled part, trimmed to its length (a copy; the buffer can be dropped afterwards). */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** A view over the filled part (no copy; valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
