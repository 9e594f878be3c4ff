import fc from 'fast-check';
import { buildScreener } from '../../../src/screening';
import { mayContainIdentifier, mayContainIdentifierByShape } from '../../../src/screening/identifiers/extract';
import { IdentifierIndex } from '../../../src/screening/identifiers/identifier-index';
import { CandidateAccumulator } from '../../../src/screening/names/candidate-accumulator';
import { IntBuffer } from '../../../src/screening/names/int-buffer';
import { HashMultimap } from '../../../src/screening/names/hash-multimap';
import { editDistance, jaro } from '../../../src/screening/names/jaro-winkler';
import { computePhoneticKey } from '../../../src/screening/names/phonetic';
import { deletionHashes, joinedHash, prefixPolys, rangeHash, tokenHash, unitsHash } from '../../../src/screening/names/token-hash';
import { Vocabulary } from '../../../src/screening/names/vocabulary';
import { DEFAULT_CANDIDATE_LIMIT } from '../../../src/screening/screener';
import type { WatchlistEntry } from '../../../src/screening/types';
import { field } from './sample-list';

const word = fc.string({ unit: fc.constantFrom(...'abcdeijnostuyz019'), maxLength: 14 });

/** Jaro as textbook code: match window, matched flags in arrays, half the transpositions. */
function referenceJaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (!mb[j] && a[i] === b[j]) {
        ma[i] = mb[j] = true;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  const sa = [...a].filter((_, i) => ma[i]);
  const sb = [...b].filter((_, j) => mb[j]);
  const t = sa.filter((c, k) => c !== sb[k]).length;
  return (m / a.length + m / b.length + (m - t / 2) / m) / 3;
}

/** Optimal string alignment distance over the whole table. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The phonetic key rule by rule, as first written with strings and a regular expression. */
function referencePhoneticKey(token: string): string {
  const groups: [string, string][] = [
    ['shch', 'S'],
    ['tsch', 'S'],
    ['dzh', 'J'],
    ['sch', 'S'],
    ['tch', 'S'],
    ['ch', 'S'],
    ['sh', 'S'],
    ['zh', 'S'],
    ['sz', 'S'],
    ['cz', 'S'],
    ['cs', 'S'],
    ['zs', 'S'],
    ['ts', 'S'],
    ['tz', 'S'],
    ['dz', 'S'],
    ['kh', 'K'],
    ['gh', 'K'],
    ['ck', 'K'],
    ['cq', 'K'],
    ['qu', 'K'],
    ['ph', 'F'],
    ['pf', 'F'],
    ['th', 'T'],
    ['dt', 'T'],
    ['tt', 'T'],
    ['dd', 'T'],
    ['dj', 'J'],
  ];
  const single: Record<string, string> = {
    b: 'F',
    p: 'F',
    f: 'F',
    v: 'F',
    w: 'F',
    c: 'K',
    k: 'K',
    g: 'K',
    q: 'K',
    x: 'K',
    s: 'S',
    z: 'S',
    d: 'T',
    t: 'T',
    j: 'J',
    l: 'L',
    m: 'N',
    n: 'N',
    r: 'R',
  };
  const vowel = (c: string): boolean => c.length === 1 && 'aeiou'.includes(c);
  const t = token.replace(/(?:ij|iy|yj|ji|j|y)$/, 'i');
  let key = '';
  let last = '';
  for (let i = 0; i < t.length;) {
    const ch = t[i];
    const next = t[i + 1] ?? '';
    const group = groups.find(([letters]) => t.startsWith(letters, i));
    let cls: string;
    if (group !== undefined) cls = group[1];
    else if (vowel(ch)) cls = i === 0 ? 'A' : '';
    else if (ch === 'y') cls = vowel(next) ? 'J' : i === 0 ? 'A' : '';
    else if ((ch === 'c' || ch === 'g') && next.length === 1 && 'eiy'.includes(next)) cls = ch === 'c' ? 'S' : 'J';
    else if (ch >= '0' && ch <= '9') cls = ch;
    else cls = single[ch] ?? '';
    if (cls === '') {
      if (vowel(ch) || ch === 'y') last = '';
    } else {
      if (cls !== last) key += cls;
      last = cls;
    }
    i += group?.[0].length ?? 1;
  }
  return key;
}

describe('token measures against textbook versions', () => {
  test('Jaro with flags in integers equals Jaro with flag arrays', () => {
    fc.assert(
      fc.property(word, word, (a, b) => expect(jaro(a, b)).toBe(referenceJaro(a, b))),
      { numRuns: 3000 },
    );
    const long = 'x'.repeat(40);
    expect(jaro(long + 'ab', long + 'ba')).toBe(referenceJaro(long + 'ab', long + 'ba'));
  });

  test('the banded edit distance is exact up to its bound and says "over" above it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = referenceDistance(a, b);
        const banded = editDistance(a, b, max);
        if (exact <= max) expect(banded).toBe(exact);
        else expect(banded).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });

  test('the one-pass phonetic key equals the rule-by-rule key', () => {
    fc.assert(
      fc.property(word, (t) => expect(computePhoneticKey(t)).toBe(referencePhoneticKey(t))),
      { numRuns: 5000 },
    );
    for (const t of ['shchukin', 'volkonskiy', 'yuri', 'jurij', 'schmidt', 'tschechow', 'dzhugashvili', 'ji', 'y', 'ayj']) {
      expect(computePhoneticKey(t)).toBe(referencePhoneticKey(t));
    }
  });
});

describe('hashes and the token table', () => {
  test('the hash of a slice, of two tokens joined, of a deletion, of packed code units: all the hash of that string', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const s = a + b;
        const prefix = new Int32Array(s.length + 1);
        prefixPolys(s, prefix);
        expect(rangeHash(prefix, 0, a.length)).toBe(tokenHash(a));
        expect(rangeHash(prefix, a.length, s.length)).toBe(tokenHash(b));
        expect(joinedHash(a, b)).toBe(tokenHash(s));
        const units = Uint16Array.from({ length: s.length }, (_, k) => s.charCodeAt(k));
        expect(unitsHash(units, a.length, s.length)).toBe(tokenHash(b));
        const out = new Int32Array(65);
        expect(deletionHashes(s, out)).toBe(s.length + 1);
        expect(out[0]).toBe(tokenHash(s));
      }),
    );
  });

  test('the vocabulary finds tokens whole, as a slice of a longer string and as two tokens joined', () => {
    const vocab = new Vocabulary();
    const tokens = Array.from({ length: 5000 }, (_, i) => `t${i.toString(36)}x`);
    tokens.forEach((t, i) => expect(vocab.intern(t)).toBe(i));
    expect(vocab.intern('t0x')).toBe(0);
    expect(vocab.size).toBe(5000);
    for (const [i, t] of tokens.entries()) expect(vocab.id(t)).toBe(i);
    expect(vocab.id('nothere')).toBe(-1);
    const host = 'abc' + 't1zx' + 'yz'; // t1zx is token 71 (71 = "1z" in base 36)
    const prefix = new Int32Array(host.length + 1);
    prefixPolys(host, prefix);
    expect(vocab.idOfRange(host, 3, 7, rangeHash(prefix, 3, 7))).toBe(71);
    expect(vocab.idOfRange(host, 3, 6, rangeHash(prefix, 3, 6))).toBe(-1);
    expect(vocab.idOfRange(host, 2, 7, rangeHash(prefix, 2, 7))).toBe(-1);
    vocab.intern('jscargument');
    expect(vocab.idOfJoined('jsc', 'argument')).toBe(vocab.id('jscargument'));
    expect(vocab.idOfJoined('js', 'cargumen')).toBe(-1);
  });

  test('the hash multimap keeps every value of a hash, in the order added, with its extra columns', () => {
    const h = new IntBuffer(2);
    const v = new IntBuffer(2);
    const x = new IntBuffer(2);
    for (let i = 0; i < 3000; i++) {
      h.push(tokenHash(`k${i % 300}`));
      v.push(i);
      x.push(-i);
    }
    const map = HashMultimap.build(h, v, x);
    const hash = tokenHash('k7');
    const found: [number, number][] = [];
    for (let i = map.begin(hash), e = map.end(hash); i < e; i += map.stride) if (map.data[i] === hash) found.push([map.data[i + 1], map.data[i + 2]]);
    expect(found).toEqual(Array.from({ length: 10 }, (_, k) => [7 + 300 * k, -(7 + 300 * k)]));
  });
});

describe('candidate accumulator', () => {
  test('sums evidence per record and token (as the payment and as the list weigh it), keeps the order first touched, across growth and queries', () => {
    const acc = new CandidateAccumulator();
    for (let query = 0; query < 3; query++) {
      acc.begin();
      for (let r = 0; r < 5000; r++) acc.add(r * 7919 + query, 0, 0.5, 0.25);
      for (let r = 0; r < 5000; r++) acc.add(r * 7919 + query, 0, 0.5, 0.25); // same token again: counted once
      for (let r = 0; r < 5000; r += 2) acc.add(r * 7919 + query, 1, 0.25, 0.5);
      expect(acc.length).toBe(5000);
      for (let k = 0; k < 5000; k++) {
        expect(acc.records[k]).toBe(k * 7919 + query);
        expect(acc.weight[k]).toBe(k % 2 === 0 ? 0.75 : 0.5);
        expect(acc.listed[k]).toBe(k % 2 === 0 ? 0.75 : 0.25);
      }
    }
  });
});

describe('identifier index', () => {
  test('several records under one key in listing order; namespaces kept apart', () => {
    const index = new IdentifierIndex();
    index.add(0, { type: 'domain', value: 'example.test' }, 'A');
    index.add(1, { type: 'domain', value: 'https://www.example.test/' }, 'B');
    index.add(2, { type: 'url', value: 'example.test' }, 'C');
    for (let e = 3; e < 3000; e++) index.add(e, { type: 'email', value: `x${e}@example.test` }, `E${e}`);
    expect(index.lookup('domain', 'example.test').map((r) => index.record(r).entry)).toEqual([0, 1]);
    expect(index.lookup('url', 'example.test').map((r) => index.record(r).entry)).toEqual([2]);
    expect(index.lookup('email', 'example.test')).toEqual([]);
    expect(index.lookup('email', 'x2999@example.test').map((r) => index.record(r).entry)).toEqual([2999]);
    expect(index.lookup('iban', 'SE4550000000058398257466')).toEqual([]);
    expect(index.size).toBe(3000);
  });
});

describe('text that may hold an identifier', () => {
  test('the one-pass scan lets through everything the shape expressions would', () => {
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: fc.constantFrom(...'ab AT dot.@+0[]()SE45xyz\u00a0\u2003ſ9'), maxLength: 40 }));
    fc.assert(
      fc.property(text, (t) => {
        if (mayContainIdentifierByShape(t)) expect(mayContainIdentifier(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const t of ['pay\u00a0at\u00a0shop', 'x [at] y', 'a (dot) b', 'SE45 5000', 'call 0046 70', 'tel +46', 'a'.repeat(25)]) {
      expect(mayContainIdentifier(t)).toBe(true);
    }
    expect(mayContainIdentifier('Lindavorek gatan 12')).toBe(false);
  });
});

describe('many listings of one name', () => {
  test('the candidate limit keeps the best and the listings tied with the last kept, within reason', () => {
    const entries: WatchlistEntry[] = [];
    for (let i = 0; i < 80; i++) entries.push({ id: `DUP-${i}`, kind: 'organisation', names: ['Quarvelix Holding'], identifiers: [] });
    for (let i = 0; i < 40; i++) entries.push({ id: `OTHER-${i}`, kind: 'organisation', names: [`Quarvelix Nordic${i} Trading`], identifiers: [] });
    const screener = buildScreener(entries, { version: 't' });
    const hits = screener.screenFields([field('name', 'Quarvelix Holding')]);
    const dup = hits.filter((h) => h.entryId.startsWith('DUP-'));
    // (the candidate limit, then at most 52 tied with the last kept: MAX_TIES)
    expect(dup).toHaveLength(DEFAULT_CANDIDATE_LIMIT + 52);
    expect(dup.every((h) => h.score === 1)).toBe(true);
    // The first listings, in listing order, are the ones kept.
    expect(dup.map((h) => h.entryId).sort()).toEqual(Array.from({ length: DEFAULT_CANDIDATE_LIMIT + 52 }, (_, i) => `DUP-${i}`).sort());
  });
});
