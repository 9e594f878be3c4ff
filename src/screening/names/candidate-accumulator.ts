/**
 * Per-record evidence collected during one candidate search, without allocating per query.
 *
 * A query touches tens to a few thousand records of a list of a million: a small open-addressing table (record
 * → dense slot) keeps the evidence in arrays that stay in the CPU cache, where arrays indexed by record would
 * cost a cache miss per touch. Dense slots keep the order in which records were first touched. Evidence and
 * ranks are float32, so that equal ranks (duplicate listings) compare equal.
 */

const INITIAL_CAPACITY = 1024;

function slotOf(r: number, mask: number): number {
  const h = Math.imul(r, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}

/** A hash slot's ints: the query stamp, the record, its dense index (and one unused, so a slot is 16 bytes). */
const SLOT = 4;
const SLOT_RECORD = 1;
const SLOT_INDEX = 2;

export class CandidateAccumulator {
  /** Dense, in order of first touch: the record, its evidence, the query tokens credited (bits), its rank. */
  records = new Int32Array(INITIAL_CAPACITY / 2);
  /** The evidence as the payment weighs it: the weights of the payment's tokens found. */
  weight = new Float32Array(INITIAL_CAPACITY / 2);
  /**
   * The same evidence as the list weighs it: the weights of the listed tokens found. A payment word the list does not
   * know weighs 1 (see NameIndex.prepare); found as a typo of a listed given name many share, it is that given name
   * found, no more: counted with the payment's weight it would make every namesake look wholly found.
   */
  listed = new Float32Array(INITIAL_CAPACITY / 2);
  rank = new Float32Array(INITIAL_CAPACITY / 2);
  /** The ranks' bits: non-negative floats order like their bits read as integers. */
  rankBits = new Int32Array(this.rank.buffer);
  /** Per touched record, the query tokens (below the 31st) credited so far, as bits. */
  lastToken = new Int32Array(INITIAL_CAPACITY / 2);
  /** Per touched record, its name's weight sum when a pair entry brought it (see addPair), else -1. */
  listWeight = new Float32Array(INITIAL_CAPACITY / 2);
  /**
   * Per touched record, 1 when a pair entry that holds every common token of its name brought it through the
   * query's own pair (see name-model's PAIR_STRIDE): crediting common tokens can add nothing to it.
   */
  paired = new Uint8Array(INITIAL_CAPACITY / 2);
  /**
   * Hash slots, SLOT ints each: the stamp, the record and its dense index, valid when the stamp is the current
   * query's. A probe reads one cache line: a large query's table outgrows the nearest caches, and three arrays
   * would make it three misses.
   */
  private slots = new Int32Array(INITIAL_CAPACITY * SLOT);
  private mask = INITIAL_CAPACITY - 1;
  private current = 0;
  /** Records touched in this query. */
  length = 0;

  begin(): void {
    this.current++;
    this.length = 0;
  }

  /**
   * Credits record r with w (as the payment weighs it) and lw (as the list does) for query token t, once per token: a token reaches a record through several keys
   * (its spelling, another romanisation, a pair), and evidence counted twice would rank a partial match like a
   * whole one. Keys come best first, so the first credit is the one kept. (lastToken holds the tokens credited
   * as bits; tokens past the 31st are credited once in a row.)
   */
  add(r: number, t: number, w: number, lw: number): void {
    this.addAt(this.indexOf(r), t, w, lw);
  }

  /**
   * add(r, t, w) then add(r, u, x), with one look-up of r, for a record a pair entry brought (a pair of common
   * tokens credits two positions); the entry also carries its name's weight sum, kept for the ranking, and
   * whether the record counts as `paired`, for creditCommon.
   */
  addPair(r: number, t: number, w: number, tl: number, u: number, x: number, ul: number, listWeight: number, paired: boolean): number {
    const k = this.indexOf(r);
    this.listWeight[k] = listWeight;
    if (paired) this.paired[k] = 1;
    this.addAt(k, t, w, tl);
    this.addAt(k, u, x, ul);
    return k;
  }

  /** The dense index of record r, touching it when new (for several addAt). */
  touch(r: number): number {
    return this.indexOf(r);
  }

  /** add for the record at dense index k (already touched in this query): no look-up. */
  addAt(k: number, t: number, w: number, lw: number): void {
    if (t < 31) {
      const bit = 1 << t;
      if ((this.lastToken[k] & bit) !== 0) return;
      this.lastToken[k] |= bit;
    }
    this.weight[k] += w;
    this.listed[k] += lw;
  }

  /** Dense index of record r, touching it when new. */
  private indexOf(r: number): number {
    const mask = this.mask;
    const slots = this.slots;
    let s = slotOf(r, mask) * SLOT;
    for (;;) {
      if (slots[s] !== this.current) break;
      if (slots[s + SLOT_RECORD] === r) return slots[s + SLOT_INDEX];
      s = (s + SLOT) & (mask * SLOT + SLOT - 1);
    }
    const k = this.length++;
    slots[s] = this.current;
    slots[s + SLOT_RECORD] = r;
    slots[s + SLOT_INDEX] = k;
    this.records[k] = r;
    this.weight[k] = 0;
    this.listed[k] = 0;
    this.lastToken[k] = 0;
    this.listWeight[k] = -1;
    this.paired[k] = 0;
    if (2 * this.length > mask) this.grow();
    return k;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const mask = capacity - 1;
    const half = capacity / 2;
    const records = new Int32Array(half);
    records.set(this.records.subarray(0, this.length));
    const weight = new Float32Array(half);
    weight.set(this.weight.subarray(0, this.length));
    const listed = new Float32Array(half);
    listed.set(this.listed.subarray(0, this.length));
    const lastToken = new Int32Array(half);
    lastToken.set(this.lastToken.subarray(0, this.length));
    const listWeight = new Float32Array(half);
    listWeight.set(this.listWeight.subarray(0, this.length));
    const paired = new Uint8Array(half);
    paired.set(this.paired.subarray(0, this.length));
    this.records = records;
    this.weight = weight;
    this.listed = listed;
    this.lastToken = lastToken;
    this.listWeight = listWeight;
    this.paired = paired;
    this.rank = new Float32Array(half);
    this.rankBits = new Int32Array(this.rank.buffer);
    const slots = new Int32Array(capacity * SLOT);
    this.slots = slots;
    this.mask = mask;
    for (let k = 0; k < this.length; k++) {
      const r = records[k];
      let s = slotOf(r, mask) * SLOT;
      while (slots[s] === this.current) s = (s + SLOT) & (mask * SLOT + SLOT - 1);
      slots[s] = this.current;
      slots[s + SLOT_RECORD] = r;
      slots[s + SLOT_INDEX] = k;
    }
  }
}
