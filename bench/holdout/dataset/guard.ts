/**
 * Keeps negatives honest and targets distinct. A negative must not be a plausible spelling of any listed name:
 * it may share at most one name part with any one listed entry (by concept, or by a deliberately coarse consonant
 * skeleton that also forgives one consonant more or less in long words), and never the only distinctive part of
 * an entry. Fillers must not be near a target in the same way, so each positive has one right answer.
 */
import { stripMarks } from '../lib/text';

const PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'abou',
  'bou',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'la',
  'le',
  'los',
  'las',
  'van',
  'der',
  'den',
  'von',
  'di',
  'du',
  'y',
  'e',
  'et',
  'and',
  'mac',
  'mc',
  'ould',
  'ait',
  'ogly',
  'oglu',
  'uly',
  'kyzy',
]);

/** A coarse consonant skeleton: different spellings of one name mostly share it (Mohammed, Muhammad, Mohamad → mhmt). */
export function skeleton(word: string): string {
  let w = stripMarks(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  w = w
    .replace(/ph/g, 'f')
    .replace(/kh|gh|ch|sh|zh|th|dh/g, (m) => ({ kh: 'h', gh: 'k', ch: 's', sh: 's', zh: 's', th: 't', dh: 't' })[m]!)
    .replace(/[qcg]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[zj]/g, 's')
    .replace(/[vw]/g, 'f')
    .replace(/b/g, 'p')
    .replace(/d/g, 't');
  const cons = w.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  return cons.length >= 2 ? cons : w;
}

/** Skeletons of the words of a name, particles left out. */
export function skeletonsOf(text: string): string[] {
  return text
    .split(/[\s\-'’,.()"«»/&]+/)
    .map((w) => stripMarks(w).toLowerCase())
    .filter((w) => w.length > 0 && !PARTICLES.has(w))
    .map(skeleton)
    .filter((s) => s.length > 0);
}

/** A skeleton and, for longer ones, the skeletons one consonant shorter (two such meet across one edit). */
function variants(s: string): string[] {
  if (s.length < 4) return [s];
  const out = new Set([s]);
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

/** A set of positive integers below 2^53 in one typed array (millions of pair keys without a heap object each). */
class NumberSet {
  private table = new Float64Array(1 << 16);
  private size = 0;

  private static slot(key: number, mask: number): number {
    return (Math.imul((key % 4294967296) ^ Math.floor(key / 4294967296), 2654435761) >>> 0) & mask;
  }

  add(key: number): void {
    if ((this.size + 1) * 2 > this.table.length) this.grow();
    const mask = this.table.length - 1;
    for (let i = NumberSet.slot(key, mask); ; i = (i + 1) & mask) {
      const v = this.table[i]!;
      if (v === key) return;
      if (v === 0) {
        this.table[i] = key;
        this.size++;
        return;
      }
    }
  }

  has(key: number): boolean {
    const mask = this.table.length - 1;
    for (let i = NumberSet.slot(key, mask); ; i = (i + 1) & mask) {
      const v = this.table[i]!;
      if (v === key) return true;
      if (v === 0) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.size = 0;
    for (const v of old) if (v !== 0) this.add(v);
  }
}

/** The words of a name as a set, order and case aside: "Du Bin" and "bin du" are one key. */
export function wholeKey(text: string): string {
  return text
    .split(/[\s\-'’,.()"«»/&]+/)
    .map((w) => stripMarks(w).toLowerCase())
    .filter((w) => w.length > 0)
    .sort()
    .join(' ');
}

export class NameGuard {
  private readonly ids = new Map<string, number>();
  private readonly pairs = new NumberSet();
  private readonly singles = new Set<number>();
  private readonly wholes = new Set<string>();

  private id(key: string): number {
    let n = this.ids.get(key);
    if (n === undefined) {
      n = this.ids.size + 1;
      this.ids.set(key, n);
    }
    return n;
  }

  private static pairKey(a: number, b: number): number {
    return a < b ? a * 4194304 + b : b * 4194304 + a;
  }

  /** Keys of each distinct part: a concept alone, or a skeleton with its variants. */
  private static parts(concepts: readonly string[], skeletons: readonly string[]): string[][][] {
    return [[...new Set(concepts)].map((c) => [`c:${c}`]), [...new Set(skeletons)].map((s) => variants(s).map((v) => `s:${v}`))];
  }

  /** Registers a name: its concepts, the skeletons of its distinctive words, and its words as a whole. */
  add(concepts: readonly string[], skeletons: readonly string[], whole: string): void {
    this.wholes.add(whole);
    for (const parts of NameGuard.parts(concepts, skeletons)) {
      const ids = parts.map((keys) => keys.map((k) => this.id(k)));
      if (ids.length === 1) for (const id of ids[0]!) this.singles.add(id);
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) for (const a of ids[i]!) for (const b of ids[j]!) if (a !== b) this.pairs.add(NameGuard.pairKey(a, b));
    }
  }

  /** True when a name with these concepts, skeletons and words could be read as a registered one. */
  conflicts(concepts: readonly string[], skeletons: readonly string[], whole: string): boolean {
    if (this.wholes.has(whole)) return true;
    for (const parts of NameGuard.parts(concepts, skeletons)) {
      const ids = parts.map((keys) => keys.map((k) => this.ids.get(k)).filter((n): n is number => n !== undefined));
      for (const part of ids) for (const id of part) if (this.singles.has(id)) return true;
      // a name of one distinctive part looks listed if that part is listed anywhere
      if (parts.length === 1 && ids[0]!.length > 0) return true;
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++)
          for (const a of ids[i]!) for (const b of ids[j]!) if (a !== b && this.pairs.has(NameGuard.pairKey(a, b))) return true;
    }
    return false;
  }
}
