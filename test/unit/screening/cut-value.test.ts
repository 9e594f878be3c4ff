/**
 * A value as long as a field's limit may have been cut there (issue 11, truncation): what is past the cut is not held
 * against it — but only when the cut fell inside the listed name. A value that ends in words of its own the listed
 * name lacks is another name as long as the field (issue 11, "negatives stay negative": common company words).
 */
import { normaliseName } from '../../../src/screening';
import { scoreName, type NameSide } from '../../../src/screening/names/name-score';
import { fullNameSide } from '../../helpers/name-side';

const CUT_ORGANISATION = { listKind: 'organisation' as const, truncated: true };
/** A company name with the legal form the normaliser finds in it. */
const side = (name: string): NameSide => ({ ...fullNameSide(name), legalForms: normaliseName(name).legalForms });
const score = (payment: string, listed: string) => scoreName(side(payment), side(listed), CUT_ORGANISATION);
const features = (payment: string, listed: string) => score(payment, listed).features.map((f) => f.feature);

describe('a value cut at a field limit', () => {
  it('ending in words of its own: the listed words it lacks count as missing', () => {
    const r = score('Fjordheim Trading Nordic', 'Fjordheim Eiendom Holding');
    expect(r.features).toContainEqual({ feature: 'cut_value_ends_in_own_words', value: 1, detail: 'nordic' });
    expect(r.score).toBeLessThan(score('Fjordheim Eiendom Nordic', 'Fjordheim Eiendom Holding').score);
  });

  it.each([
    ['Fjordheim Eiendom Hold', 'a listed word cut'],
    ['Fjordheim Eiendom', 'a listed word whole'],
    ['Fjordheim Eiendom H', 'a stub of a letter'],
    ['Fjordheim Eiendom GmbH', 'a legal form'],
    ['Fjordheim Eiendom UG (haftu', 'a legal form cut'],
  ])('%s (ending in %s) was cut inside the listed name: the rest is not held against it', (payment) => {
    expect(features(payment, 'Fjordheim Eiendom Holding Partnerselskab')).not.toContain('cut_value_ends_in_own_words');
    expect(score(payment, 'Fjordheim Eiendom Holding Partnerselskab').score).toBeGreaterThan(0.9);
  });
});
