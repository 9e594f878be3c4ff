/**
 * A value cut at a field length that ends in a stub of one to three letters (issue 11, truncation): the stub completes
 * the listed word it starts when the name's other words found the name, tells apart the listed names that go on
 * otherwise, and finds nothing by itself after a legal form. All names invented.
 */
import { DEFAULT_POLICY } from '../../../src/screening';
import { field, organisationScreener } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

const s = organisationScreener([
  ['A', 'LIMITED LIABILITY COMPANY ALMAZ INVEST'],
  ['B', 'LIMITED LIABILITY COMPANY ALMAZ TRADING'],
  ['C', 'LIMITED LIABILITY COMPANY ALMIRA INVEST'],
  ['D', 'FEDERAL STATE UNITARY ENTERPRISE ALTAIR'],
  ['E', 'STATE UNITARY ENTERPRISE OF THE REPUBLIC OF CRIMEA ZARYA'],
  ['F', 'OOO VTX'],
  ['G', 'JOINT STOCK COMPANY UAZ'],
]);
const held = (value: string) => s.screenFields([field('name', value)]).filter((h) => h.score >= HOLD);

describe('a cut value ending in a stub', () => {
  test('a stub of three letters completes the listed word it starts', () => {
    const value = 'LIMITED LIABILITY COMPANY ALMAZ INV';
    expect(value).toHaveLength(35);
    const hits = held(value);
    expect(hits.map((h) => h.entryId)).toEqual(['A']);
    expect(hits[0].explanation).toEqual(expect.arrayContaining([expect.objectContaining({ feature: 'token_prefix', detail: 'inv~invest' })]));
  });

  test('a stub of two letters tells apart the names that go on otherwise', () => {
    expect(held('LIMITED LIABILITY COMPANY ALMAZ TR').map((h) => h.entryId)).toEqual(['B']);
  });

  test.each([
    ['FEDERAL STATE UNITARY ENTERPRISE AL', 'two letters after the form'],
    ['STATE UNITARY ENTERPRISE OF THE REP', 'three letters after the form, a common word of names'],
  ])('%s: nothing held (%s)', (value) => {
    expect(value).toHaveLength(35);
    expect(held(value)).toEqual([]);
  });

  test.each([
    ['LIMITED LIABILITY COMPANY (OOO) VTX', 'F'],
    ['OPEN JOINT STOCK COMPANY (OAO) UAZ', 'G'],
  ])('%s: a short name shown whole after the form is no stub, it holds %s', (value, id) => {
    expect(value.length).toBeGreaterThanOrEqual(34);
    expect(held(value).map((h) => h.entryId)).toEqual([id]);
  });
});
