/** Per-record evidence collected during one candidate search, without allocating per query. */
import { IntBuffer } from './int-buffer';

export class CandidateAccumulator {
  readonly weight: Float32Array;
  private readonly stamp: Int32Array;
  private readonly tokenStamp: Int32Array;
  private current = 0;
  readonly touched = new IntBuffer(256);

  constructor(size: number) {
    this.weight = new Float32Array(size);
    this.stamp = new Int32Array(size);
    this.tokenStamp = new Int32Array(size);
  }

  begin(): void {
    this.current++;
    this.touched.length = 0;
  }

  /** Credits record r with w for query token t (once per token). */
  add(r: number, t: number, w: number): void {
    if (this.stamp[r] !== this.current) {
      this.stamp[r] = this.current;
      this.tokenStamp[r] = -1;
      this.weight[r] = 0;
      this.touched.push(r);
    }
    if (this.tokenStamp[r] === t) return;
    this.tokenStamp[r] = t;
    this.weight[r] += w;
  }
}
