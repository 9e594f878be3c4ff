/**
 * A common given name spelt as listed beside a family name that is only alike (issue 11, "negatives stay negative"):
 * the family name is what tells listed persons apart, and a likeness there is two names more often than one.
 */
import { scoreName, type NameSide } from '../../../src/screening/names/name-score';
import { LISTED_PERSON, fullNameSide } from '../../helpers/name-side';

/** A listed name whose first word is shared by many listed names (the list's IDF makes it light). */
function listed(name: string, commonFirst = true): NameSide {
  const s = fullNameSide(name);
  return { ...s, weights: s.tokens.map((_t, i) => (i === 0 && commonFirst ? 0.35 : 0.55)) };
}
const score = (payment: string, l: NameSide) => scoreName(fullNameSide(payment), l, LISTED_PERSON);
const feature = (payment: string, l: NameSide) => score(payment, l).features.find((f) => f.feature === 'distinctive_part_only_alike');

describe('a common given name with a family name only alike', () => {
  it.each([
    ['Kazem Keyvani', 'Kazem Kaviani'],
    ['Jan Jensen', 'Jan Janssen'],
    ['Elham Naseri', 'Elham Nazari'],
  ])('%s for %s costs the match, and says which parts', (payment, name) => {
    const f = feature(payment, listed(name));
    expect(f?.value).toBeLessThan(1);
    const [p, l, shared] = String(f?.detail).split('~');
    expect([p, l, shared]).toEqual([payment.split(' ')[1].toLowerCase(), name.split(' ')[1].toLowerCase(), name.split(' ')[0].toLowerCase()]);
    expect(score(payment, listed(name)).score).toBeLessThan(score(payment, listed(name, false)).score);
  });

  it('not when the given name is rare in the list: the given name then tells the person too', () => {
    expect(feature('Kazem Keyvani', listed('Kazem Kaviani', false))).toBeUndefined();
  });

  it('not when the given name is respelt too: the whole name is in another romanisation', () => {
    expect(feature('Kazim Keyvani', listed('Kazem Kaviani'))).toBeUndefined();
  });

  it('not when the family name is the same and only the common given name is alike', () => {
    expect(feature('Madjid Hashemi', listed('Majid Hashemi'))).toBeUndefined();
  });

  it('not for the same name', () => {
    expect(feature('Majid Hashemi', listed('Majid Hashemi'))).toBeUndefined();
  });
});
