/**
 * A company name's generic word garbled (issue 11, two typos in one name): two edits of any kind in a generic word
 * of five letters or more (Studio, Content, Money), where the payment's word is no word of the list, count a little
 * where the rest of the name agrees and is distinctive — the distinctive words carry the name. Other words stay
 * apart: a generic word the payment has instead, a word built on the generic one, a shorter generic word two edits
 * off, a person's name. Damerau–Levenshtein counts the edits. All names invented.
 */
import { DEFAULT_POLICY } from '../../../src/screening';
import { damerauDistance, editDistance } from '../../../src/screening/names/jaro-winkler';
import { field, organisationScreener, personScreener } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

describe('damerauDistance', () => {
  test.each([
    ['tahrm', 'tahmir', 2, 'a letter left out, then the pair around the gap swapped'],
    ['varnaoikv', 'varnakov', 2, 'a swap, then a letter put between the pair'],
  ])('%s / %s: %i edits (%s)', (a, b, n) => {
    expect(damerauDistance(a, b, 2)).toBe(n);
    expect(editDistance(a, b, 3)).toBe(3);
  });

  test('plain edits as editDistance counts them, bounded by max', () => {
    expect(damerauDistance('tahir', 'samir', 2)).toBe(2);
    expect(damerauDistance('abc', 'abc', 1)).toBe(0);
    expect(damerauDistance('abcdef', 'fedcba', 2)).toBe(3);
    expect(damerauDistance('ab', 'abcde', 2)).toBe(3);
    expect(damerauDistance('', 'ab', 2)).toBe(2);
    expect(damerauDistance('a'.repeat(300), 'a'.repeat(299) + 'b', 2)).toBe(1);
  });
});

describe("a company name's generic word garbled", () => {
  const listed: [string, string][] = [
    ['O1', 'Quarnelbrisk Studio'],
    ['O2', 'Vendrolamix Money Transfer'],
    ['O3', 'Trabelquin Content'],
    ['O4', 'Sorvendalix Media'],
    ['O5', 'Pelmarotske Gold'],
  ];
  const s = organisationScreener(listed);
  const hitFor = (value: string, id: string) => s.screenFields([field('name', value, { partyType: 'organisation' })]).find((h) => h.entryId === id);
  const garbled = (value: string, id: string) => hitFor(value, id)?.explanation.some((e) => String(e.detail).endsWith('~garbled_generic')) === true;

  test.each([
    ['Quarnelbrisk Sturyo', 'O1', 'two letters changed'],
    ['Vendrolamix Nomey Transfer', 'O2', 'two letters swapped, another changed'],
    ['Trabelquin Coent', 'O3', 'two letters left out'],
  ])('%s is held as %s (%s), the word named as garbled', (value, id) => {
    expect(hitFor(value, id)?.score).toBeGreaterThanOrEqual(HOLD);
    expect(garbled(value, id)).toBe(true);
  });

  test.each([
    ['Sorvendalix Mediana', 'O4', 'a word built on the generic one'],
    ['Sorvendalix Metro', 'O4', 'three edits'],
    ['Pelmarotske Lord', 'O5', 'a generic word of four letters: two edits make any word of it'],
    ['Quarnelbrisk Stadio Ltd', 'O1', 'one edit: a typo as before, no garble'],
    ['Quarnelbrisl Sturyo', 'O1', 'the distinctive word mistyped too: three edits in all'],
    ['Quarnelbrisk Studio Sturyo', 'O1', 'a word of the payment’s own beside the listed one'],
  ])('%s: no garbled reading for %s (%s)', (value, id) => {
    expect(garbled(value, id)).toBe(false);
  });

  test('not where the payment word is another generic word (North for South: another company)', () => {
    const t = organisationScreener([['X', 'Quarnelbrisk South']]);
    const hit = t.screenFields([field('name', 'Quarnelbrisk North', { partyType: 'organisation' })]).find((h) => h.entryId === 'X');
    expect(hit === undefined || hit.score < HOLD).toBe(true);
  });

  test('not where the payment word is a word of the list', () => {
    const t = organisationScreener([
      ['X', 'Quarnelbrisk Studio'],
      ['Y', 'Sturyo Fabrikken'],
    ]);
    const hit = t.screenFields([field('name', 'Quarnelbrisk Sturyo', { partyType: 'organisation' })]).find((h) => h.entryId === 'X');
    expect(hit === undefined || hit.score < HOLD).toBe(true);
  });

  test('not for a person: a given name is no generic word', () => {
    const p = personScreener(['Money Quarnelbrisk']);
    const hit = p.screenFields([field('name', 'Nomey Quarnelbrisk')]).find((h) => h.entryId === 'P0');
    expect(hit === undefined || hit.score < HOLD).toBe(true);
  });
});

describe('two typos in turn in a long word', () => {
  test('a swap, then a letter put between the pair: two typos, as Damerau–Levenshtein counts them', () => {
    const s = personScreener(['Boris Varnakovsky']);
    const hit = s.screenFields([field('name', 'Boris Varnaoikvsky')]).find((h) => h.entryId === 'P0');
    expect(hit?.score).toBeGreaterThanOrEqual(HOLD);
  });
});
