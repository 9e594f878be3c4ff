/**
 * Typing slips (issue 11, two typos): a key next to the right one, a key missed or hit twice, two letters swapped.
 * A long word two slips off is a typo even where Jaro-Winkler puts it apart (the slips at its front); a short word a
 * slip beyond its allowance counts, bounded, only where every other word of the name agrees and one of them is
 * distinctive. Two edits of another kind still make another name (Tahir / Samir, Tan / Tao), and so do a word cut
 * after a shared stem and a short name with another first letter. All names invented.
 */
import { DEFAULT_POLICY } from '../../../src/screening';
import { neighbourKeys, slipDistance } from '../../../src/screening/names/keyboard-slips';
import { slippedLegalForm } from '../../../src/screening/names/legal-form-typos';
import { EXTRA_SLIPS, SLIPS, tokenSimilarity } from '../../../src/screening/names/token-similarity';
import { field, organisationScreener, personScreener } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

describe('slipDistance', () => {
  test('neighbouring keys on QWERTY', () => {
    const n = (a: string, b: string) => neighbourKeys(a.charCodeAt(0), b.charCodeAt(0));
    expect(n('a', 's')).toBe(true);
    expect(n('g', 't')).toBe(true);
    expect(n('k', 'l')).toBe(true);
    expect(n('n', 'm')).toBe(true);
    expect(n('a', 'z')).toBe(true);
    expect(n('o', 'n')).toBe(false);
    expect(n('t', 's')).toBe(false);
    expect(n('h', 'm')).toBe(false);
  });

  test.each([
    ['tso', 'tao', 1, 'a neighbouring key'],
    ['jnu', 'jun', 1, 'two letters swapped'],
    ['kkmi', 'kim', 2, 'swapped, and a key hit twice'],
    ['nda', 'nadia', 2, 'two keys missed'],
    ['ssuel', 'saule', 2, 'a neighbouring key and a swap'],
    ['fooeds', 'foods', 1, 'an extra key next to one beside it'],
  ])('%s is %s with %i slip(s) (%s)', (typed, listed, n) => {
    expect(slipDistance(typed, listed, 2)).toBe(n);
  });

  test.each([
    ['tahir', 'samir', 't / s and h / m are far apart'],
    ['tan', 'tao', 'n / o are far apart'],
    ['foqds', 'foods', 'a letter from elsewhere on the keyboard'],
  ])('%s is no slip of %s (%s)', (typed, listed) => {
    expect(slipDistance(typed, listed, 2)).toBeGreaterThan(2);
  });

  test('missed keys within a budget', () => {
    expect(slipDistance('nda', 'nadia', 2)).toBe(2);
    expect(slipDistance('nda', 'nadia', 2, 1)).toBe(3); // two keys missed
    expect(slipDistance('sari', 'samir', 2, 1)).toBe(2); // a key missed, two letters swapped
    expect(slipDistance('sari', 'samir', 2, 0)).toBe(3);
    expect(slipDistance('sari', 'sair', 2, 0)).toBe(1); // a swap after a row of nothing within the budget
    expect(slipDistance('ihro', 'igor', 2, 0)).toBe(2); // a neighbouring key, two letters swapped
    expect(slipDistance('weber', 'werner', 2, 0)).toBe(3);
    expect(slipDistance('tqnsir', 'tanwir', 2, 0)).toBe(2);
  });

  test('long and odd words: bounded, no throw', () => {
    expect(slipDistance('a'.repeat(5000), 'a'.repeat(5001), 2)).toBe(1);
    expect(slipDistance('qa'.repeat(3000), 'aq'.repeat(3000), 2)).toBe(2); // one missed in front, one extra behind
    expect(slipDistance('', 'a', 2)).toBe(1);
    expect(slipDistance('名字', '名子', 2)).toBe(3);
  });
});

describe('slips as the token comparison counts them', () => {
  const sim = (q: string, l: string) => tokenSimilarity(q, q, l, l, false, true);

  test('a long word two slips off near its front, the first letter kept, is a typo', () => {
    expect(sim('tqnsir', 'tanwir')).toMatchObject({ kind: 'typo', because: SLIPS });
    expect(sim('reakennua', 'rakennus')).toMatchObject({ kind: 'typo', because: SLIPS });
  });

  test.each([
    ['yqnwir', 'tanwir', 'another first letter, though a key next to it'],
    ['karin', 'martin', 'another first letter'],
    ['maier', 'kaiser', 'another first letter'],
    ['central', 'dental', 'another first letter'],
    ['hansen', 'janssen', 'another first letter'],
    ['olsen', 'nilsen', 'another first letter'],
    ['huang', 'chiang', 'another first letter'],
    ['weber', 'werner', 'a missed key: any letter'],
    ['aslam', 'arslan', 'a missed key: any letter'],
  ])('%s and %s: no slips typo (%s)', (q, l) => {
    expect(sim(q, l).kind).not.toBe('typo');
  });

  test.each([
    ['ihro', 'igor'],
    ['nsdai', 'nadia'],
    ['kkmi', 'kim'],
    ['ssuel', 'saule'],
    ['anaaj', 'anja'],
    ['mz', 'ma'],
    ['la', 'al'],
  ])('%s is %s a slip beyond a short word’s allowance', (q, l) => {
    expect(sim(q, l)).toMatchObject({ kind: 'typo', because: EXTRA_SLIPS });
  });

  test.each([
    ['ramazani', 'hamadani', 'two family names, no slips'],
    ['tahir', 'samir', 'no slips'],
    ['tan', 'tao', 'no slip: another syllable'],
    ['huri', 'nuri', 'a short name with another first letter'],
    ['gill', 'hill', 'a short name with another first letter'],
    ['carl', 'carlos', 'cut after a shared stem'],
    ['karim', 'karimov', 'cut after a shared stem'],
    ['chuan', 'erchuan', 'letters put in front'],
    ['ltd', 'lyd', 'the payment word is a legal form'],
    ['lys', 'ltd', 'the listed word is a legal form'],
    ['nda', 'nadia', 'two keys missed'],
    ['nia', 'nadia', 'two keys missed'],
    ['sara', 'samira', 'two keys missed'],
    ['ana', 'alina', 'two keys missed'],
    ['ada', 'adela', 'two keys missed'],
    ['sari', 'samir', 'a key missed: any letter'],
    ['dina', 'dania', 'a key missed: any letter'],
    ['anna', 'amina', 'a key missed: any letter'],
    ['lars', 'laura', 'a key missed: any letter'],
    ['tso', 'tao', 'two Chinese syllables'],
    ['jin', 'jun', 'two Chinese or Korean syllables'],
    ['yi', 'yu', 'two Chinese or Korean syllables'],
    ['lu', 'li', 'two Chinese or Korean syllables'],
    ['mun', 'min', 'two Korean syllables'],
  ])('%s and %s: no typo (%s)', (q, l) => {
    expect(sim(q, l).kind).not.toBe('typo');
  });
});

describe('screening names with a short word a slip beyond its allowance', () => {
  const LISTED = ['Igor Belousov', 'Nadia Okonkwo', 'Saule Nurlanovna Zhaksybek', 'Tao Lin', 'Samir Haddad', 'Anna Popov', 'Le Van Lam', 'Karim Ferrante'];
  // Known words of the list: a payment word the list knows is another name, not a typo (Tai, Lan, Popova, Karima).
  const OTHERS = ['Tai Wenbo', 'Le Van Lan', 'Olga Popova', 'Karima Sayed', 'Mun Jae-sik'];
  const s = personScreener([...LISTED, ...OTHERS]);
  const held = (value: string) => s.screenFields([field('name', value)]).filter((h) => h.score >= HOLD);

  test.each([
    ['Ihro Belousov', 'P0'],
    ['Nsdai Okonkwo', 'P1'],
    ['Ssuel Nurlanovna Zhaksybek', 'P2'],
  ])('%s is held as %s, the slips named in the explanation', (value, id) => {
    const hits = held(value);
    expect(hits.map((h) => h.entryId)).toEqual([id]);
    expect(hits[0].explanation.map((e) => e.feature)).toContain('short_word_slips');
  });

  test.each([
    ['Tahir Haddad', 'Tahir is no slip of Samir'],
    ['Tan Lin', 'Tan is another syllable, no slip of Tao'],
    ['Tai Lin', 'Tai is a word of the list: another name'],
    ['Le Van Lan', 'Lan is listed too: another person'],
    ['Anna Popova', 'Popova is a word of the list'],
    ['Karima Ferrante', 'Karima is a word of the list'],
    ['Ihro Belousova', 'a word of the payment’s own beside the slips'],
    ['Ihro Belousw', 'three typos in all'],
    ['Tor Belousov', 'a short name with another first letter'],
    ['Idro Belousov', 'a letter that is no neighbour'],
    ['Nda Okonkwo', 'two keys missed'],
    ['Tso Mz Belousov', 'two words of slips'],
  ])('%s: nothing held but its own entry (%s)', (value) => {
    expect(held(value).filter((h) => h.matched !== value)).toEqual([]);
  });
});

describe('a legal form mistyped with one slip where a form stands', () => {
  test.each([
    ['tpo', ['LLP'], 'too'],
    ['lkc', ['LLC'], 'llc'],
    ['lrd', ['LTD'], 'ltd'],
    ['oyu', ['OY'], 'oyj'],
  ])('%s is the listed form %s mistyped', (typed, codes, form) => {
    expect(slippedLegalForm(typed, codes)).toBe(form);
  });

  test.each([
    ['lrd', [], 'a listed name without a form has none to mistype'],
    ['lkc', ['LTD'], 'another form than the listed name’s'],
    ['ab', ['AB'], 'two letters'],
    ['lst', ['LTD'], 'two edits'],
    ['wood', ['EOOD'], 'another first letter'],
    ['isa', ['SIA'], 'a name the table knows'],
  ])('%s is no form of %s mistyped (%s)', (typed, codes) => {
    expect(slippedLegalForm(typed, codes)).toBeUndefined();
  });

  const s = organisationScreener([
    ['O1', 'Kestrel Holdings LLC'],
    ['O2', 'TOO Almaly Stroi'],
    ['O3', 'Marden Trading'],
  ]);
  const score = (value: string, id: string) =>
    Math.max(
      0,
      ...s
        .screenFields([field('name', value, { partyType: 'organisation' })])
        .filter((h) => h.entryId === id)
        .map((h) => h.score),
    );

  test('with a typo in the name besides, the name is held, the slip named', () => {
    expect(score('Kestrl Holdings LKC', 'O1')).toBeGreaterThanOrEqual(HOLD);
    expect(score('TPO Almaly Stori', 'O2')).toBeGreaterThanOrEqual(HOLD);
    const hit = s.screenFields([field('name', 'Kestrl Holdings LKC')]).find((h) => h.entryId === 'O1');
    expect(hit?.explanation.map((e) => e.feature)).toContain('legal_form_slip');
  });

  test('a word one slip from a form the listed name does not have still counts as a word', () => {
    const hit = s.screenFields([field('name', 'Marden Trading Lrd')]).find((h) => h.entryId === 'O3');
    expect(hit?.explanation.map((e) => e.feature)).not.toContain('legal_form_slip');
  });
});

describe('slips are no other name: one-entry lists, where no known word masks them', () => {
  const best = (listed: string, payment: string, kind: 'person' | 'organisation' = 'person') => {
    const s = kind === 'person' ? personScreener([listed]) : organisationScreener([['e', listed]]);
    return Math.max(0, ...s.screenFields([field('name', payment)]).map((h) => h.score));
  };

  test.each([
    ['Samir Haddad', 'Sari Haddad'],
    ['Nadia Okonkwo', 'Nia Okonkwo'],
    ['Samira Haddad', 'Sara Haddad'],
    ['Alina Petrova', 'Ana Petrova'],
    ['Dania Khoury', 'Dina Khoury'],
    ['Adela Novak', 'Ada Novak'],
    ['Li Wei', 'Lu Wei'],
    ['Zhang Yu', 'Zhang Yi'],
    ['Wang Jun', 'Wang Jin'],
    ['Kim Min-jun', 'Kim Min-jin'],
    ['Choi Min Jun', 'Choi Min Jin'],
    ['Kim Min', 'Kim Mun'],
    ['Martin Schmidt', 'Karin Schmidt'],
    ['Kaiser Mueller', 'Maier Mueller'],
    ['Werner Oyelaran', 'Weber Oyelaran'],
    ['Amina Petrova', 'Anna Petrova'],
    ['Maria Novak', 'Mark Novak'],
    ['Tao Ma Belousov', 'Tso Mz Belousov'],
  ])('%s is not held for %s, nor reported', (listed, payment) => {
    const score = best(listed, payment);
    expect(score).toBeLessThan(HOLD);
    expect(score).toBeLessThan(0.8);
  });

  test.each([
    ['Werner Oyelaran GmbH', 'Weber Oyelaran GmbH'],
    ['Dental Supplies Oyelaran LLC', 'Central Supplies Oyelaran LLC'],
  ])('company %s is not held for %s, nor reported', (listed, payment) => {
    const score = best(listed, payment, 'organisation');
    expect(score).toBeLessThan(HOLD);
    expect(score).toBeLessThan(0.8);
  });

  test('a short word a slip beyond its allowance beside a distinctive word still holds', () => {
    expect(best('Igor Belousov', 'Ihro Belousov')).toBeGreaterThanOrEqual(HOLD);
  });
});
