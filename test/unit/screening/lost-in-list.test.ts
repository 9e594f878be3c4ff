/**
 * Lost in the list (issue 11): a payment that scores far above the hold threshold against its listed person alone
 * must still be a candidate when the list is dense — hundreds of namesakes share the person's frequent word, and only
 * the varied word sets the person apart. The search must find the listed spelling the scorer accepts for that word
 * and credit it on the person, or the namesakes crowd the person out of the few candidates scored. All names invented.
 */
import { buildScreener, DEFAULT_POLICY, type ListScreener } from '../../../src/screening';
import { field } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

/** A screener of persons, one name each. */
function personsScreener(persons: readonly { id: string; name: string }[]): ListScreener {
  const entries = persons.map(({ id, name }) => ({ id, kind: 'person' as const, names: [name], identifiers: [] }));
  return buildScreener(entries, { version: 'v', now: new Date('2026-01-01T00:00:00Z') });
}

/** A deterministic pseudo-random pick (the list must be the same on every run). */
function picker(seed: number): <T>(items: readonly T[]) => T {
  let state = seed;
  return (items) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return items[(state >>> 16) % items.length];
  };
}

/** Family names of one listing each or a few: the namesakes' other word. */
const RARE_FAMILY = Array.from({ length: 60 }, (_, i) => `Tor${'bcdfghklmnprstvz'[i % 16]}${'aeiou'[Math.floor(i / 16) % 5]}vanli`);
/** Given names in more listed names than the postings cap (common: found only in pairs). */
const FREQUENT_GIVEN = ['Ali', 'Reza', 'Hassan', 'Mehdi', 'Amir'];

/** The namesakes, and the listed persons the tests look for (id t…). */
function denseList(targets: readonly (readonly [string, string])[]): ListScreener {
  const pick = picker(4242);
  const names: { id: string; name: string }[] = [];
  // One given name in many table spellings, each in about a hundred listed names (the budget of alternative spellings
  // reads a few of them; the listed person's spelling is the most frequent).
  const spellings: readonly (readonly [string, number])[] = [
    ['Zaynab', 85],
    ['Zeynep', 85],
    ['Zenab', 85],
    ['Zeyneb', 85],
    ['Zeinab', 95],
  ];
  for (const [given, count] of spellings) for (let i = 0; i < count; i++) names.push({ id: `z-${given}-${i}`, name: `${given} ${pick(RARE_FAMILY)}` });
  // The frequent given names, common.
  for (const given of FREQUENT_GIVEN) for (let i = 0; i < 120; i++) names.push({ id: `f-${given}-${i}`, name: `${given} ${pick(RARE_FAMILY)}` });
  // Namesakes of the target's family name with frequent given names: each ranks above a name half found.
  for (let i = 0; i < 90; i++) names.push({ id: `k-${i}`, name: `${pick(FREQUENT_GIVEN)} Kazemi` });
  return personsScreener([...names, ...targets.map(([id, name]) => ({ id, name }))]);
}

describe('lost in the list: a listed spelling of a frequent given name past the postings budget', () => {
  const s = denseList([['t-zeinab', 'Zeinab Kazemi']]);
  const scoreOn = (payment: string, entryId: string): number => s.screenFields([field('name', payment)]).find((h) => h.entryId === entryId)?.score ?? 0;

  it('finds the listed person among the namesakes of the family name (Zaynab Kazemi for Zeinab Kazemi)', () => {
    const d = s.diagnoseName('Zaynab Kazemi', false, 'person', 't-zeinab');
    expect(d.direct).toBeGreaterThanOrEqual(HOLD);
    expect(d.candidate).toBe(true);
    expect(scoreOn('Zaynab Kazemi', 't-zeinab')).toBeGreaterThanOrEqual(HOLD);
  });

  it.each([['Maryam Kazemi'], ['Zaynab Karimi'], ['Zahra Kazemi']])('does not hold another person: %s', (payment) => {
    expect(scoreOn(payment, 't-zeinab')).toBeLessThan(HOLD);
  });
});

/** Persons whose words are each in more listed names than the cap, or in about a hundred: namesakes by the hundred. */
function namesakeList(targets: readonly (readonly [string, string])[]): ListScreener {
  const pick = picker(777);
  const names: { id: string; name: string }[] = [];
  const arabicGiven = ['Omar', 'Khalid', 'Youssef', 'Ibrahim', 'Nasser', 'Samir', 'Habibullah', 'Nasruddin', 'Aminullah', 'Abu Bakr'];
  const arabicFamily = ['Habibi', 'Karimi', 'Saadat', 'Nazari'];
  for (let i = 0; i < 800; i++) names.push({ id: `a${i}`, name: `${pick(arabicGiven)} ${pick(arabicFamily)}` });
  const chineseFamily = ['Song', 'Zhu', 'Chu', 'Ye'];
  const syllables = ['lei', 'wei', 'qing', 'lan', 'xuan', 'hong', 'jun', 'ming'];
  for (let i = 0; i < 800; i++) {
    const [a, b] = [pick(syllables), pick(syllables)];
    // (no namesake of the target's given name, nor one a letter away: either would rank with it)
    if (a + b === 'leiwei' || a === b) continue;
    // Half written as one word, half apart: the syllables and the joined given names are listed words.
    names.push({ id: `c${i}`, name: i % 2 === 0 ? `${pick(chineseFamily)} ${a[0].toUpperCase()}${a.slice(1)}${b}` : `${pick(chineseFamily)} ${a} ${b}` });
  }
  // The payment's spelling of the target's given name is another listed person's word.
  names.push({ id: 'other-leiwei', name: 'Kong Leiwei' });
  return personsScreener([...names, ...targets.map(([id, name]) => ({ id, name }))]);
}

/** [kind, listed name, how a payment writes it]. */
const JOINED: readonly (readonly [string, string, string])[] = [
  ['name before Allah written apart', 'Kaleemullah Habibi', 'Kaleem Allah Habibi'],
  ['-ud-din compound written apart, article spelt otherwise', 'Shamseddin Karimi', 'Shams al-Din Karimi'],
  ['Abu compound written apart (Bou joined)', 'Mahdi Bouzaid Saadat', 'Mahdi Abu Zayd Saadat'],
  ['Wade-Giles syllables apart for pinyin joined', 'Song Xuanshuang', 'Sung Hsüan-shuang'],
  ['pinyin joined, a listed word, for syllables apart', 'Chu Lei-wei', 'Zhu Leiwei'],
];

describe('lost in the list: a word written as one by the list and apart by the payment, or the other way', () => {
  const s = namesakeList(JOINED.map(([, listed], i) => [`t${i}`, listed]));
  const scoreOn = (payment: string, entryId: string): number => s.screenFields([field('name', payment)]).find((h) => h.entryId === entryId)?.score ?? 0;

  it.each(JOINED.map(([kind, listed, payment], i) => [kind, payment, listed, `t${i}`]))(
    'finds the listed person: %s (%s for %s)',
    (_kind, payment, _listed, id) => {
      const d = s.diagnoseName(payment, false, 'person', id);
      expect(d.direct).toBeGreaterThanOrEqual(HOLD);
      expect(d.candidate).toBe(true);
      expect(scoreOn(payment, id)).toBeGreaterThanOrEqual(HOLD);
    },
  );

  it.each([
    ['Nasr al-Din Karimi', 't1'],
    ['Habib Allah Habibi', 't0'],
    ['Mahdi Abu Bakr Saadat', 't2'],
    ['Sung Hsiao-shuang', 't3'],
    ['Zhu Leimei', 't4'],
  ])('does not hold another person: %s', (payment, id) => {
    expect(scoreOn(payment, id)).toBeLessThan(HOLD);
  });
});
