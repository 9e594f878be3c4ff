import { SnapshotReader, SnapshotWriter, type Section } from '../../../src/screening/snapshot';
import { packedAt, StringColumn } from '../../../src/screening/string-column';

const SAMPLES = ['GEN-0000001', '', 'Ærøskøbing Fisk ApS', 'عائشة المنصوري', 'Пётр Ильич', 'lone \uD800 surrogate', '😀 emoji', 'x'.repeat(10_000)];

describe('StringColumn', () => {
  test('gives back every string as pushed, packed or not, and after a snapshot', () => {
    const c = new StringColumn(2);
    for (const s of SAMPLES) c.push(s);
    expect(c.length).toBe(SAMPLES.length);
    SAMPLES.forEach((s, i) => {
      expect(c.at(i)).toBe(s);
      expect(c.equals(i, s)).toBe(true);
      expect(c.equals(i, s + ' ')).toBe(false);
    });
    const packed = c.pack();
    const copy = new StringColumn(1);
    SAMPLES.forEach((s, i) => {
      expect(packedAt(packed, i)).toBe(s);
      copy.pushPacked(packed, i);
    });
    copy.trim();
    expect(SAMPLES.map((_, i) => copy.at(i))).toEqual(SAMPLES);

    const w = new SnapshotWriter();
    copy.snapshot(w, 'c');
    const sections = new Map<string, Section>(w.sections.map((s) => [s.name, { ...s, bytes: s.bytes.slice() }]));
    const restored = StringColumn.restore(new SnapshotReader(sections, w.values), 'c');
    expect(SAMPLES.map((_, i) => restored.at(i))).toEqual(SAMPLES);
  });

  test('a snapshot whose offsets do not fit its code units is refused', () => {
    const c = new StringColumn();
    c.push('abc');
    const w = new SnapshotWriter();
    c.snapshot(w, 'c');
    const sections = new Map<string, Section>(w.sections.map((s) => [s.name, s.name === 'c' ? { ...s, bytes: new Uint8Array(2) } : s]));
    expect(() => StringColumn.restore(new SnapshotReader(sections, w.values), 'c')).toThrow();
  });
});
