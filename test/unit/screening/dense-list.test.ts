/**
 * A dense list (issue 11): the holdout found entries pair by pair that it lost in its whole list. Where hundreds of
 * listed persons share a family name (Haddad, Mirzai, Fallahi) and given names are listed in every spelling (Rania and
 * Ranya, Weam and Wiam, Ousseynou and Useynu), a payment's spelling of a name is often another listed person's word,
 * and its namesakes crowd the few candidates scored. Each mechanism: the listed person is found and held as alone;
 * a different person sharing the frequent family name, with a given name one letter from another listed given name,
 * is not. All names invented.
 */
import { buildScreener, DEFAULT_POLICY, type ListScreener } from '../../../src/screening';
import type { WatchlistEntry } from '../../../src/screening/types';
import { field } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

const GIVEN = [
  'Ahmad',
  'Omar',
  'Khalid',
  'Youssef',
  'Ibrahim',
  'Mahmoud',
  'Nasser',
  'Saleh',
  'Yasser',
  'Kamal',
  'Rania',
  'Lina',
  'Huda',
  'Samira',
  'Karima',
  'Ousseynou',
  'Mustafa',
  'Majid',
  'Masoud',
  'Mehdi',
  'Milad',
  'Murad',
];
const FAMILY = ['Haddad', 'Mirzai', 'Fallahi', 'Sabbagh', 'Saneh', 'Lu'];

/** A deterministic pick (the list is the same on every run). */
function picker(seed: number): <T>(items: readonly T[]) => T {
  let state = seed;
  return (items) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return items[(state >>> 16) % items.length];
  };
}

function person(id: string, name: string): WatchlistEntry {
  return { id, kind: 'person', names: [name], identifiers: [] };
}

/** The payments' own given name with each family name (a listed namesake of that name would be a right match). */
const PAYMENT_GIVEN: Readonly<Record<string, readonly string[]>> = {
  Haddad: ['Rania', 'Ranya', 'Samira', 'Samir', 'Karima', 'Karim', 'Lina'],
  Sabbagh: ['Huda'],
  Saneh: ['Ousseynou'],
  Fallahi: ['Milad'],
};

/**
 * ~2,700 namesakes: every family name above in ~460 listed names (given name, a second given name, family name), every
 * given name first in ~120; none the name of a payment below.
 */
function namesakes(): WatchlistEntry[] {
  const pick = picker(4242);
  const out: WatchlistEntry[] = [];
  for (const family of FAMILY) {
    for (const first of GIVEN) {
      if (PAYMENT_GIVEN[family]?.includes(first)) continue;
      for (const second of GIVEN) if (second !== first) out.push(person(`n${out.length}`, `${first} ${second} ${family}`));
    }
  }
  // Weam and Wiam, each a listed given name of other people.
  for (let i = 0; i < 24; i++) out.push(person(`w${i}`, `${i % 2 === 0 ? 'Weam' : 'Wiam'} ${['Khoury', 'Nassar', 'Aoun', 'Daher'][i % 4]}`));
  // Chinese syllables Lo (Cantonese) and Ling, common; and Popova, a listed word.
  for (let i = 0; i < 160; i++) {
    const name = `${pick(['Lo', 'Lu', 'Li', 'Wang'])} ${pick(['Ling', 'Mei', 'Hua', 'Jun', 'Wei'])}`;
    if (name !== 'Lo Ling' && name !== 'Lu Ling') out.push(person(`c${i}`, name));
  }
  for (const given of ['Olga', 'Anna', 'Irina']) out.push(person(`p-${given}`, `${given} POPOVA`));
  return out;
}

const TARGETS: readonly WatchlistEntry[] = [
  person('t-ranya', 'Ranya HADDAD'),
  person('t-weam', 'Weam Sabbagh'),
  person('t-useynu', 'Useynu Saneh'),
  person('t-milad', 'Milad FALLAHI'),
  person('t-lu', 'Lu Ling'),
  person('t-samir', 'Samir HADDAD'),
  person('t-karim', 'Karim Haddad'),
  person('t-popov', 'Ivan POPOV'),
];

describe('a dense list: the listed person found as alone', () => {
  const list = [...namesakes(), ...TARGETS];
  const dense = buildScreener(list, { version: 'v', now: new Date('2026-01-01T00:00:00Z') });
  const alone = (id: string): ListScreener => buildScreener([TARGETS.find((t) => t.id === id)!], { version: 'v', now: new Date('2026-01-01T00:00:00Z') });
  const score = (s: ListScreener, payment: string, id: string): number => s.screenFields([field('name', payment)]).find((h) => h.entryId === id)?.score ?? 0;

  it('is dense: the family names and given names are in more listed names than the postings cap (100)', () => {
    const words = list.flatMap((e) => e.names[0].toLowerCase().split(' '));
    for (const w of ['haddad', 'mirzai', 'fallahi', 'milad', 'rania']) expect(words.filter((x) => x === w).length).toBeGreaterThan(100);
  });

  it.each([
    // (a) a frequent family name spelt otherwise, the given name another listed person's spelling of it
    ['Rania Hadad', 't-ranya'],
    // (b) both spellings listed words (of other people): one short vowel, e or i
    ['Wiam Sabbagh', 't-weam'],
    // the table's name (Husayn) in a spelling it does not write, known by its key: the payment's word is another listed person's
    ['Ousseynou Sane', 't-useynu'],
    // a word split in two common words, found by their pair
    ['MILADFALLAHI', 't-milad'],
    // a Cantonese syllable the list writes in pinyin, itself a listed word
    ['Lo Ling', 't-lu'],
  ])('%s → %s', (payment, id) => {
    const d = dense.diagnoseName(payment, false, undefined, id);
    expect(d.candidate).toBe(true);
    expect(score(alone(id), payment, id)).toBeGreaterThanOrEqual(HOLD);
    expect(score(dense, payment, id)).toBeGreaterThanOrEqual(HOLD);
  });

  it.each([
    // a different person of a frequent family, the given name one letter from the listed one and itself another listed given name
    ['Samira Haddad', 't-samir'],
    ['Karima Haddad', 't-karim'],
    // -ov and -ova are two surnames
    ['Ivan Popova', 't-popov'],
    // another given name of the family, not a spelling of the listed one
    ['Lina Haddad', 't-ranya'],
    ['Huda Sabbagh', 't-weam'],
  ])('does not hold another person: %s on %s', (payment, id) => {
    expect(score(dense, payment, id)).toBeLessThan(HOLD);
  });
});
