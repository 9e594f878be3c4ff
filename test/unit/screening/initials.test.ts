/**
 * Structure-aware person matching (issue 11, item 2): initials against written-out parts, parts a payment may leave
 * out. An agreeing initial costs little — more when it is all the payment says of the given name, less beside a
 * distinctive family name spelt as listed; one that disagrees costs a lot; a dropped middle name, patronymic or second
 * surname is cheap; and among many namesakes the candidate search keeps the one the initials fit.
 */
import { buildScreener, DEFAULT_POLICY } from '../../../src/screening';
import { scoreName, type NameSide } from '../../../src/screening/names/name-score';
import { isInitialsRun } from '../../../src/screening/names/initials';
import { LISTED_PERSON, fullNameSide } from '../../helpers/name-side';
import { field } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;
const REPORT = 0.8;

/** A listed name whose family name (its last word, or `family`) weighs `familyWeight` in the list (IDF). */
function listed(name: string, familyWeight = 1, familyEnd = 0, family = -1): NameSide {
  const s = fullNameSide(name, familyEnd);
  const at = family >= 0 ? family : s.tokens.length - 1;
  return { ...s, weights: s.tokens.map((_t, i) => (i === at ? familyWeight : 1)) };
}
const score = (payment: string, l: NameSide) => scoreName(fullNameSide(payment), l, LISTED_PERSON);
const features = (payment: string, l: NameSide) => score(payment, l).features.map((f) => f.feature);
const initialOf = (payment: string, l: NameSide) => score(payment, l).features.find((f) => f.feature === 'token_initial');

describe('an initial that agrees', () => {
  it('costs little beside a distinctive family name spelt as listed', () => {
    const r = score('Y. Melnyk', listed('Yevhen Hryhoriiovych MELNYK'));
    expect(r.score).toBeGreaterThanOrEqual(HOLD);
    expect(initialOf('Y. Melnyk', listed('Yevhen Hryhoriiovych MELNYK'))).toMatchObject({ detail: 'y~yevhen~alone' });
  });

  it('costs more beside a family name many listed persons share: many of them have a Y.', () => {
    const common = score('Y. Melnyk', listed('Yevhen Hryhoriiovych MELNYK', 0.45)).score;
    const distinctive = score('Y. Melnyk', listed('Yevhen Hryhoriiovych MELNYK', 0.95)).score;
    expect(common).toBeLessThan(HOLD);
    expect(common).toBeLessThan(distinctive);
  });

  it('costs more beside a family name only alike: two uncertainties are not one', () => {
    expect(score('Y. Melnik', listed('Yevhen Hryhoriiovych MELNYK')).score).toBeLessThan(score('Y. Melnyk', listed('Yevhen Hryhoriiovych MELNYK')).score);
  });

  it('costs less when the payment has the listed person’s other given names too, written out or as initials', () => {
    const alone = score('J. Garcia', listed('Juan Manuel GARCIA', 0.6)).score;
    const initials = score('J. M. Garcia', listed('Juan Manuel GARCIA', 0.6)).score;
    const written = score('J. Manuel Garcia', listed('Juan Manuel GARCIA', 0.6)).score;
    expect(alone).toBeLessThan(initials);
    expect(initials).toBeLessThan(written);
    expect(initials).toBeGreaterThanOrEqual(HOLD);
  });

  it('of a middle name or patronymic costs nothing: the part is there, shortened', () => {
    expect(score('Ivan P. Sidorov', listed('Ivan Petrovich Sidorov')).score).toBe(1);
    expect(initialOf('Ivan P. Sidorov', listed('Ivan Petrovich Sidorov'))).toMatchObject({ value: 1, detail: 'p~petrovich~optional' });
    expect(score('SIDOROV, I. P.', listed('SIDOROV, Ivan Petrovich', 1, 1, 0)).score).toBeGreaterThanOrEqual(HOLD);
  });
});

describe('an initial that conflicts', () => {
  it('with the listed person’s middle name or patronymic costs a lot', () => {
    for (const [payment, name] of [
      ['Juan P. Garcia', 'Juan Manuel Garcia'],
      ['J. P. Garcia', 'Juan Manuel Garcia'],
      ['Ivan S. Sidorov', 'Ivan Petrovich Sidorov'],
    ]) {
      const r = score(payment, listed(name));
      expect(r.score).toBeLessThan(REPORT);
      expect(r.features).toContainEqual(expect.objectContaining({ feature: 'initial_conflicts', value: 0.8 }));
    }
    expect(score('J. P. Garcia', listed('Juan Manuel Garcia')).features.find((f) => f.feature === 'initial_conflicts')?.detail).toBe('p~manuel');
  });

  it('with the listed given name is a part missing', () => {
    expect(score('P. Garcia', listed('Juan Garcia')).score).toBeLessThan(0.7);
    expect(score('Y. Melnyk', listed('Ivan Petrovich MELNYK')).score).toBeLessThan(0.7);
  });

  it('is none where the listed name has no given name left for it: lists leave middle names out', () => {
    expect(score('Juan P. Garcia', listed('Juan Garcia')).score).toBeGreaterThanOrEqual(HOLD);
    expect(features('Juan P. Garcia', listed('Juan Garcia'))).not.toContain('initial_conflicts');
  });

  it('is none for the particles y, e and i, which are words as often', () => {
    expect(features('Juan y Garcia', listed('Juan Manuel Garcia'))).not.toContain('initial_conflicts');
  });

  it('is none after the family name: there an initial is a second surname’s, no middle name’s', () => {
    const r = score('Juan Garcia L.', listed('Juan Manuel GARCIA'));
    expect(r.features.map((f) => f.feature)).not.toContain('initial_conflicts');
    expect(r.score).toBeGreaterThanOrEqual(REPORT);
    // Written family first, the given names follow it: an initial there still conflicts.
    const first = scoreName(fullNameSide('GARCIA, Juan P.', 1), listed('Juan Manuel GARCIA'), LISTED_PERSON);
    expect(first.features).toContainEqual(expect.objectContaining({ feature: 'initial_conflicts', detail: 'p~manuel' }));
  });

  it('is none for name words without a vowel: Hj (Haji) and Ng are no initials', () => {
    expect(features('Hj Ahmad Yusof', listed('Ahmad Ibrahim YUSOF'))).not.toContain('initial_conflicts');
    expect(features('Wei Ng Tan', listed('Wei Ling TAN'))).not.toContain('initial_conflicts');
  });

  it('is none for a generational suffix', () => {
    for (const suffix of ['II', 'III', 'IV', 'Jr', 'Sr']) {
      expect(features(`Juan ${suffix} Garcia`, listed('Juan Manuel GARCIA'))).not.toContain('initial_conflicts');
      const family = scoreName(fullNameSide(`GARCIA, Juan ${suffix}`, 1), listed('Juan Manuel GARCIA'), LISTED_PERSON);
      expect(family.features.map((f) => f.feature)).not.toContain('initial_conflicts');
    }
  });
});

describe('parts a payment may leave out', () => {
  it('a patronymic', () => {
    expect(score('Ivan Sidorov', listed('Ivan Petrovich Sidorov')).score).toBeGreaterThanOrEqual(HOLD);
    expect(score('SIDOROV, Ivan', listed('SIDOROV, Ivan Petrovich', 1, 1, 0)).score).toBeGreaterThanOrEqual(HOLD);
  });

  it('a second surname', () => {
    const r = score('Maria LOPEZ', listed('Maria LOPEZ GARCIA'));
    expect(r.score).toBeGreaterThanOrEqual(HOLD);
    expect(r.features).toContainEqual(expect.objectContaining({ feature: 'optional_name_part_missing', detail: 'garcia' }));
  });

  it('a middle name', () => {
    expect(score('Juan Garcia', listed('Juan Manuel Garcia')).score).toBeGreaterThanOrEqual(HOLD);
  });
});

describe('initials run together', () => {
  it('are read as a word that is no syllable, or one the list does not know', () => {
    expect(isInitialsRun('jm', true)).toBe(true);
    expect(isInitialsRun('jma', false)).toBe(true);
    expect(isInitialsRun('ja', true)).toBe(false);
    expect(isInitialsRun('yu', false)).toBe(false);
    expect(isInitialsRun('jmgh', false)).toBe(false);
    // titles and legal forms: Mr, Dr, S.A., AB
    for (const word of ['mr', 'dr', 'sa', 'ab']) expect(isInitialsRun(word, false)).toBe(false);
  });

  it.each([
    ['JM Garcia Lopez', 0],
    ['J.M. GARCIA LOPEZ', 0],
    ['GARCIA LOPEZ, J.M.', 2],
    ['GARCIA LOPEZ J M', 0],
    ['J. M. GARCIA LOPEZ', 0],
  ])('%s for Juan Manuel GARCIA LOPEZ', (payment, familyEnd) => {
    const r = scoreName(fullNameSide(payment, familyEnd), listed('Juan Manuel GARCIA LOPEZ'), LISTED_PERSON);
    expect(r.score).toBeGreaterThanOrEqual(HOLD);
    expect(r.features.map((f) => f.feature)).not.toContain('given_names_differ');
  });

  it('stand for as many listed words, in order', () => {
    expect(initialOf('JM Garcia', listed('Juan Manuel Garcia'))).toMatchObject({ detail: 'jm~juan+manuel~backed' });
    expect(score('MJ Garcia', listed('Juan Manuel Garcia')).score).toBeLessThan(0.7);
  });
});

describe('candidate search among namesakes', () => {
  const givens = ['Shamil Olegovich', 'Ivan', 'Maksim Zakharovich', 'Aleksei Fedorovich', 'Mihail Gennadevic', 'Vladimir', 'Dmitrii Ilkhamovich'];
  const entry = (id: string, name: string) => ({ id, kind: 'person' as const, names: [name], identifiers: [] });
  const entries = [...givens.map((g, i) => entry(`n${i}`, `${g} KOVALEV`)), entry('k', 'Khasan Otabekovich KOVALEV')];
  // Three candidates scored: more namesakes than that share the family name.
  const screener = buildScreener(entries, { version: 'v', now: new Date('2026-01-01T00:00:00Z'), candidateLimit: 3 });

  it('keeps the one whose given name the initial fits, however long its name', () => {
    const best = screener.screenFields([field('name', 'K. Kovalev')])[0];
    expect(best).toMatchObject({ entryId: 'k' });
    expect(best.score).toBeGreaterThanOrEqual(REPORT);
  });

  it('finds initials run together', () => {
    expect(screener.screenFields([field('name', 'KO Kovalev')])[0]).toMatchObject({ entryId: 'k' });
  });
});

describe('initials that stand for every given name, read from their structure', () => {
  it('pass over the son-of word before a father’s name: bin is no name of its own', () => {
    const l = listed('Hisham bin Abdulmonim AL HASHIMI');
    expect(score('HA Al Hashimi', l).score).toBeGreaterThanOrEqual(HOLD);
    expect(score('Al Hashimi H.A.', l).score).toBeGreaterThanOrEqual(HOLD);
    expect(score('M.N. Al Noqbi', listed('Manal bint Najib AL NOQBI')).score).toBeGreaterThanOrEqual(HOLD);
    // Another given name's initial, or another father's: another person.
    expect(score('HB Al Hashimi', l).score).toBeLessThan(REPORT);
    expect(score('KA Al Hashimi', l).score).toBeLessThan(REPORT);
  });

  it('read a romanised Cyrillic initial as two where the listed given names say so (Y.A. for Yelena Anatolyevna)', () => {
    const l = listed('Yelena Anatolyevna VORONINA');
    expect(score('Y.A. Voronina', l).score).toBeGreaterThanOrEqual(HOLD);
    expect(score('Y.B. Voronina', l).score).toBeLessThan(REPORT);
    // Ya as the one initial of Yakov still stands for Yakov alone.
    expect(score('Ya. Voronin', listed('Yakov Borisovich VORONIN')).score).toBeGreaterThanOrEqual(HOLD);
  });

  it('read an assimilated article where it cannot be one (as before no s-) as initials', () => {
    expect(score('A.S. Kovalchuk', listed('Andrii Serhiiovych KOVALCHUK')).score).toBeGreaterThanOrEqual(HOLD);
    // as before a name in s- is the article (as-Saad), and the name a family name alone: every namesake's.
    expect(score('As Saad', listed('Ali Samir SAAD')).score).toBeLessThan(REPORT);
    // al is the article before any name (Al Rashid is no A. L. Rashid).
    expect(score('Al Rashid', listed('Ahmed Latif RASHID')).score).toBeLessThan(REPORT);
  });

  it('among namesakes: a common family name leaves the initials less sure', () => {
    const common = score('HA Al Hashimi', listed('Hisham bin Abdulmonim AL HASHIMI', 0.45)).score;
    const distinctive = score('HA Al Hashimi', listed('Hisham bin Abdulmonim AL HASHIMI', 0.95)).score;
    expect(common).toBeLessThan(distinctive);
  });
});
