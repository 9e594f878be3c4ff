/**
 * The pairs of the real-name gate (real-name-gate.ts, test/unit/screening/real-name-pairs.test.ts): different real
 * names that a matching rule must not hold as one. The names are written for this in real-names/*.txt (never from a
 * sanctions list). Every two different names of one set within two edits (optimal string alignment: a swap of
 * neighbours is one edit), and the hand list of hard pairs, are put in frames ("<x> Schneider", "Anna <x>", "Okafor
 * <w>") and probed both ways: one side listed alone, the other paid. Names marked as one name in other spellings
 * (`A = B`) are never paired. Deterministic: the same files give the same probes in the same order.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type NameSetKind = 'given' | 'family' | 'company';
export type FrameKind = NameSetKind | 'person' | 'organisation';
export type ListedKind = 'person' | 'organisation';

/** One screening: `listed` alone on the list, `payment` as the payee name. */
export interface Probe {
  readonly frame: FrameKind;
  readonly listed: string;
  readonly payment: string;
  readonly kind: ListedKind;
  /** The pair is on the hand list (hard-pairs.txt), whether or not two edits also reach it. */
  readonly hard: boolean;
  /** The payment's name of its set as put in the frame (Jean of "Jean Schneider"); undefined in the full-name frames. */
  readonly paid?: string;
}

export interface NameSet {
  /** Names as written, first spelling met, in file order. */
  readonly names: readonly string[];
  /** Lower-cased name -> its group's representative: same representative, same name. */
  readonly group: ReadonlyMap<string, string>;
}

/** Each set's words in a frame of a real name of the other parts, and the kind of entry that frame lists. */
const FRAMES: Readonly<Record<NameSetKind, { readonly frame: (x: string) => string; readonly kind: ListedKind }>> = {
  given: { frame: (x) => `${x} Schneider`, kind: 'person' },
  family: { frame: (x) => `Anna ${x}`, kind: 'person' },
  company: { frame: (x) => `Okafor ${x}`, kind: 'organisation' },
};

const FILES: Readonly<Record<NameSetKind, string>> = { given: 'given-names.txt', family: 'family-names.txt', company: 'company-words.txt' };

/** The data directory, from the sources (ts-jest) or from the build (dist/bench/match). */
export function realNamesDir(): string {
  const beside = path.join(__dirname, 'real-names');
  return existsSync(beside) ? beside : path.resolve(__dirname, '../../../bench/match/real-names');
}

/** The lines of a data file without comments and blanks. */
function dataLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const NAME = /^[A-Za-z]+( [A-Za-z]+)*$/;

/** A name file: names one a line, `A = B` one name in several spellings; a name in two lines joins their groups. */
export function readNameSet(file: string): NameSet {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const names: string[] = [];
  for (const line of dataLines(file)) {
    const spellings = line.split('=').map((s) => s.trim());
    for (const s of spellings) {
      if (!NAME.test(s)) throw new Error(`${path.basename(file)}: not a name of ASCII letters: "${s}"`);
      const k = s.toLowerCase();
      if (parent.has(k)) continue;
      parent.set(k, k);
      names.push(s);
    }
    const first = find(spellings[0]!.toLowerCase());
    for (const s of spellings.slice(1)) {
      const r = find(s.toLowerCase());
      // The smaller key represents the group, so the result does not depend on the order of the lines.
      if (r !== first) parent.set(r < first ? first : r, r < first ? r : first);
    }
  }
  const group = new Map<string, string>();
  for (const k of parent.keys()) group.set(k, find(k));
  return { names, group };
}

let ROWS: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (a.length - b.length > limit || b.length - a.length > limit) return limit + 1;
  // Three rows of the module reused (millions of comparisons per run; allocating them is most of the cost, many times
  // more inside jest): the row before last (swaps), the last, this one.
  if (ROWS[0].length <= b.length) ROWS = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prev2, prev, row] = ROWS;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      // No Math.min: a global looked up inside jest's sandbox costs more than the whole comparison.
      let d = prev[j - 1]! + cost;
      if (prev[j]! + 1 < d) d = prev[j]! + 1;
      if (row[j - 1]! + 1 < d) d = row[j - 1]! + 1;
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1) && prev2[j - 2]! + 1 < d)
        d = prev2[j - 2]! + 1;
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const free = prev2;
    prev2 = prev;
    prev = row;
    row = free;
  }
  return prev[b.length]!;
}

/** Every two different names of a set within `limit` edits (case ignored), each pair once, in a fixed order. */
export function closePairs(set: NameSet, limit = 2): [string, string][] {
  const sorted = [...set.names].sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0));
  const lower = sorted.map((n) => n.toLowerCase());
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && lower[j]!.length - lower[i]!.length <= limit; j++) {
      if (set.group.get(lower[i]!) === set.group.get(lower[j]!)) continue;
      if (editDistance(lower[i]!, lower[j]!, limit) <= limit) pairs.push([sorted[i]!, sorted[j]!]);
    }
  }
  return pairs;
}

export interface HardPair {
  readonly kind: FrameKind;
  readonly a: string;
  readonly b: string;
}

/** hard-pairs.txt: `kind: A / B`. */
export function readHardPairs(file: string): HardPair[] {
  return dataLines(file).map((line) => {
    const m = /^(given|family|company|person|organisation):\s*(.+?)\s*\/\s*(.+)$/.exec(line);
    if (m === null) throw new Error(`hard-pairs.txt: not "kind: A / B": "${line}"`);
    return { kind: m[1] as FrameKind, a: m[2]!, b: m[3]! };
  });
}

export interface RealNamePairs {
  /** Unordered pairs by frame kind. */
  readonly pairs: ReadonlyMap<FrameKind, number>;
  /** Both directions of every pair, grouped by listed name (one screener serves a run of probes). */
  readonly probes: readonly Probe[];
  /** Names read per set. */
  readonly names: Readonly<Record<NameSetKind, number>>;
}

/** The probes of the gate from the files in `dir` (default: real-names beside this module). */
export function realNamePairs(dir = realNamesDir()): RealNamePairs {
  const sets = {} as Record<NameSetKind, NameSet>;
  for (const k of Object.keys(FILES) as NameSetKind[]) sets[k] = readNameSet(path.join(dir, FILES[k]));
  const byFrame = new Map<FrameKind, Map<string, [string, string, boolean]>>();
  const add = (frame: FrameKind, a: string, b: string, hard: boolean): void => {
    if (a.toLowerCase() === b.toLowerCase()) return;
    const [x, y] = a.toLowerCase() < b.toLowerCase() ? [a, b] : [b, a];
    let m = byFrame.get(frame);
    if (m === undefined) byFrame.set(frame, (m = new Map()));
    const key = `${x.toLowerCase()}|${y.toLowerCase()}`;
    m.set(key, [x, y, hard || m.get(key)?.[2] === true]);
  };
  for (const k of Object.keys(FILES) as NameSetKind[]) for (const [a, b] of closePairs(sets[k])) add(k, a, b, false);
  for (const h of readHardPairs(path.join(dir, 'hard-pairs.txt'))) add(h.kind, h.a, h.b, true);

  const probes: Probe[] = [];
  const pairs = new Map<FrameKind, number>();
  for (const [frame, m] of byFrame) {
    pairs.set(frame, m.size);
    const framing = frame === 'person' || frame === 'organisation' ? { frame: (x: string) => x, kind: frame } : FRAMES[frame];
    const own: Probe[] = [];
    const set = frame !== 'person' && frame !== 'organisation';
    for (const [a, b, hard] of m.values()) {
      own.push({ frame, listed: framing.frame(a), payment: framing.frame(b), kind: framing.kind, hard, ...(set ? { paid: b } : {}) });
      own.push({ frame, listed: framing.frame(b), payment: framing.frame(a), kind: framing.kind, hard, ...(set ? { paid: a } : {}) });
    }
    own.sort((p, q) => (p.listed < q.listed ? -1 : p.listed > q.listed ? 1 : p.payment < q.payment ? -1 : p.payment > q.payment ? 1 : 0));
    probes.push(...own);
  }
  return { pairs, probes, names: { given: sets.given.names.length, family: sets.family.names.length, company: sets.company.names.length } };
}

/** A probe's key in reports and the snapshot: frame, listed name, payment name. */
export function probeKey(p: Pick<Probe, 'frame' | 'listed' | 'payment'>): string {
  return `${p.frame}\t${p.listed}\t${p.payment}`;
}
