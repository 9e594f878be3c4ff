/**
 * Ukrainian names in their Ukrainian and their Russian spelling (issue 11): г written h where Russian has g, and и
 * written y where Russian spelling writes i, at once in one word (Hryhorenko / Grigorenko, Hryhorivna / Grigorivna).
 * Invented names; hard negatives: other names a letter or a suffix apart.
 */
import { tokenSimilarity } from '../../../src/screening/names/token-similarity';
import { buildScreener } from '../../../src/screening';
import { field } from './sample-list';

const HOLD = 0.88;
const sim = (a: string, b: string) => tokenSimilarity(a, a, b, b, false, true);

function bestScore(listed: string, payment: string): number {
  const screener = buildScreener([{ id: 'e', kind: 'person', names: [listed], identifiers: [] }], { version: 'v', now: new Date('2026-01-01T00:00:00Z') });
  return Math.max(0, ...screener.screenFields([field('name', payment)]).map((h) => h.score));
}

test.each([
  ['grigorenko', 'hryhorenko'],
  ['grigorivna', 'hryhorivna'],
  ['golovko', 'holovko'],
  ['gnatiuk', 'hnatiuk'],
])('%s and %s are one name, Russian and Ukrainian (g/h)', (a, b) => {
  expect(sim(a, b)).toMatchObject({ kind: 'romanised', because: 'g/h' });
});

test.each([
  // A vowel other than y / i, a consonant other than g / h, or a y that is no и between consonants.
  ['grigorenko', 'hryhorenka'],
  ['grigorenko', 'hryshorenko'],
  ['gayenko', 'hiyenko'],
  // Short words: as often two names (Hill, Gill).
  ['gill', 'hill'],
])('%s and %s are not one name by g/h', (a, b) => {
  expect(sim(a, b).because).not.toBe('g/h');
});

test('a person in the Russian spelling of a Ukrainian name', () => {
  expect(bestScore('HRYHORENKO Hryhorii', 'Grigorii Grigorenko')).toBeGreaterThanOrEqual(HOLD);
  expect(bestScore('KOVALENKO Mariia Hryhorivna', 'Mariya Grigorivna Kovalenko')).toBeGreaterThanOrEqual(HOLD);
  // Another family name built on the same given name.
  expect(bestScore('HRYHORENKO Hryhorii', 'Grigorii Grigorchuk')).toBeLessThan(HOLD);
});
