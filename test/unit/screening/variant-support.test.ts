/**
 * A variant token costs little only when the rest of the name agrees (issue 11, "negatives stay negative"): a needed
 * part matched only by a sound, a skeleton, a letter rule or a derived surname, beside a name word of the payment's
 * own, is two names alike; a patronymic or a given name the payment's surname is built on is no first surname whose
 * second one may be left out; Muhammad in any spelling the equivalence table knows is a name prefix.
 */
import { tokenSimilarity } from '../../../src/screening/names/token-similarity';
import { scoreName } from '../../../src/screening/names/name-score';
import { normaliseName } from '../../../src/screening';
import { LISTED_PERSON, fullNameSide } from '../../helpers/name-side';

const side = fullNameSide;
const person = LISTED_PERSON;
const features = (payment: string, listed: string, familyEnd = 0): string[] =>
  scoreName(side(payment), side(listed, familyEnd), person).features.map((f) => f.feature);

describe('a variant family name with a word of the payment’s own', () => {
  it.each([
    ['Behruz Puya Naseri', 'Behruz Nazari'],
    ['Husain Tariq Jaferi', 'Hoseyn Jafari'],
    ['Kamaal Aadil Awwaad', 'Kamaal Awad'],
  ])('%s for %s costs the match', (payment, listed) => {
    const alone = scoreName(
      side(
        payment
          .split(' ')
          .filter((_w, i) => i !== 1)
          .join(' '),
      ),
      side(listed),
      person,
    );
    const r = scoreName(side(payment), side(listed), person);
    const detail = r.features.find((f) => f.feature === 'variant_with_other_words')?.detail;
    expect(detail?.split('~')[2]).toBe(normaliseName(payment).fullTokens[1]);
    expect(r.score).toBeLessThan(alone.score * 0.95);
  });

  it('the variant is loose: the words are not one name by the table', () => {
    const m = tokenSimilarity('naseri', 'naseri', 'nazari', 'nazari', false, true);
    expect(['phonetic', 'romanised']).toContain(m.kind);
  });

  it.each([
    ['Behruz Nazary', 'Behruz Nazari'],
    ['Haji Behruz Naseri', 'Behruz Nazari'],
    ['Mohammed Behruz Naseri', 'Behruz Nazari'],
  ])('%s for %s: nothing of its own but a title or the same words', (payment, listed) => {
    expect(features(payment, listed)).not.toContain('variant_with_other_words');
  });

  it('the same name exactly, with a father’s name of its own, is no variant', () => {
    expect(features('Behruz Puya Nazari', 'Behruz Nazari')).not.toContain('variant_with_other_words');
  });
});

describe('second surnames left out', () => {
  it('a patronymic is no first surname: the family name after it is needed', () => {
    const r = scoreName(side('Andrei Muradov'), side('Andrej Muradovich Lebedev'), person);
    expect(r.features.map((f) => f.feature)).not.toContain('optional_name_part_missing');
    expect(r.score).toBeLessThan(0.88);
  });

  it('a surname built on the listed father’s name is another family', () => {
    const r = scoreName(side('Sina Farhadi'), side('Sina Farhad Jafari'), person);
    expect(r.features.map((f) => f.feature)).not.toContain('optional_name_part_missing');
    expect(r.score).toBeLessThan(0.88);
  });

  it('a Hispanic second surname left out stays cheap', () => {
    const r = scoreName(side('Maria Lopez'), side('Maria Lopez Garcia'), person);
    expect(r.features.map((f) => f.feature)).toContain('optional_name_part_missing');
    expect(r.score).toBeGreaterThanOrEqual(0.88);
  });
});

describe('Muhammad before the name one goes by', () => {
  it.each(['Mohammed', 'Muhammad', 'Muhammet', 'Mohamad', 'Mouhamed'])('%s Hojjat Mahdavi is Hojjat Mahdavi with a prefix', (m) => {
    expect(features(`${m} Hojjat Mahdavi`, 'Hojjat Mahdavi')).not.toContain('other_given_name_first');
  });

  it('another given name first still says another person', () => {
    expect(features('Ali Hojjat Mahdavi', 'Hojjat Mahdavi')).toContain('other_given_name_first');
  });
});

describe('the payee’s own given name before the listed one, the listed name written "FAMILY, Given"', () => {
  it.each([
    ['Reza Omid Rostami', 'Rostami, Omid'],
    ['Zaid Mounder Fathi Mahfoud', 'Mahfoud, Mounder'],
  ])('%s for %s is another person, as for the name in natural order', (payment, listed) => {
    expect(features(payment, listed, 1)).toContain('other_given_name_first');
    const r = scoreName(side(payment), side(listed, 1), person);
    expect(r.score).toBeLessThan(0.88);
  });

  it('the son after bin / ibn: Hamza bin Dawood al-Anazi is not AL ANAZI, Dawud', () => {
    expect(features('Hamza Bin Dawood Al Anazi', 'Al Anazi, Dawud', 2)).toContain('given_names_differ');
  });

  it.each(['Haji Omid Rostami', 'Mohammad Omid Rostami', 'Omid Rostami'])(
    '%s is still ROSTAMI, Omid: a title or Muhammad before the name is none',
    (payment) => {
      expect(features(payment, 'Rostami, Omid', 1)).not.toContain('other_given_name_first');
    },
  );
});
