/**
 * Two typos in one word (issue 11): found wherever they fall in the word — both ends touched, neighbouring letters
 * swapped (one slip each), two letters left out of a longer word — and a different short name stays a different name.
 * All names invented.
 */
import { DEFAULT_POLICY } from '../../../src/screening';
import { endDeletions, FuzzyVocabulary } from '../../../src/screening/names/fuzzy-vocabulary';
import { tokenSimilarity, typoEditsAllowed, typoEditsBetween } from '../../../src/screening/names/token-similarity';
import { Vocabulary } from '../../../src/screening/names/vocabulary';
import { field, personScreener } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

/** Words sharing heads and tails with the listed ones, so an end key alone does not find them. */
const DISTRACTORS = ['baydolin', 'boydmann', 'kekledor', 'okonjo', 'okowiak', 'marchand', 'mracek', 'chettini', 'contessa', 'coentrao'];

function vocabulary(words: readonly string[]): { vocab: Vocabulary; fuzzy: FuzzyVocabulary } {
  const vocab = new Vocabulary();
  for (const w of words) vocab.intern(w);
  return { vocab, fuzzy: FuzzyVocabulary.build(vocab, () => true) };
}

describe('the two-edit search of the fuzzy vocabulary', () => {
  const { vocab, fuzzy } = vocabulary(['baydekle', 'okonkwo', 'marchetti', 'content', 'studio', ...DISTRACTORS]);
  const found = (t: string) => fuzzy.distantAlternatives(t).map((a) => vocab.token(a.id));

  test.each([
    ['boydekla', 'baydekle', 'one letter changed near each end'],
    ['oknokow', 'okonkwo', 'two swaps of neighbouring letters, one near each end'],
    ['mrachettu', 'marchetti', 'a swap at the head, a letter changed at the tail'],
    ['stdiz', 'studio', 'a five-letter word, a letter left out and one changed'],
  ])('%s finds %s (%s)', (typed, listed) => {
    expect(found(typed)).toContain(listed);
  });

  test('every end one edit off shares a key with the listed end', () => {
    const shares = (a: string, b: string, side: '<' | '>') => endDeletions(side, a).some((k) => endDeletions(side, b).includes(k));
    expect(shares('boydekla', 'baydekle', '<')).toBe(true);
    expect(shares('boydekla', 'baydekle', '>')).toBe(true);
    expect(shares('oknokow', 'okonkwo', '<')).toBe(true);
    // two edits in one end: that end is no key, the other one is
    expect(shares('ukinkwo', 'okonkwo', '<')).toBe(false);
    expect(shares('ukinkwo', 'okonkwo', '>')).toBe(true);
  });

  test('three edits, or two in a short word, are not searched', () => {
    expect(found('bozdeklu')).not.toContain('baydekle');
    expect(found('lpoa')).toEqual([]);
  });

  test('a cut word of three letters finds the listed words it starts', () => {
    const alternatives = fuzzy.prefixAlternatives('mar', 0.9).map((a) => vocab.token(a.id));
    expect(alternatives).toEqual(expect.arrayContaining(['marchetti', 'marchand']));
    expect(alternatives).not.toContain('mracek');
    expect(fuzzy.prefixAlternatives('ma', 0.9)).toEqual([]);
  });

  test('a cut word finds its listed word among hundreds whose heads are one letter away (Kura…, Dura… for Ura…)', () => {
    const neighbours: string[] = [];
    for (const c of 'bcdfghjklmnpstvz') for (let i = 0; i < 13; i++) neighbours.push(`${c}ura${'abcdefghijklm'[i]}ovskiyzz`);
    const big = vocabulary([...neighbours, 'uralmashzavod']);
    expect(big.fuzzy.prefixAlternatives('uralmashz', 0.9).map((a) => big.vocab.token(a.id))).toEqual(['uralmashzavod']);
  });
});

describe('two typos as the scorer counts them', () => {
  const sim = (q: string, l: string) => tokenSimilarity(q, q, l, l, false, true);

  test.each([
    ['oknokow', 'okonkwo'],
    ['stdiz', 'studio'],
  ])('%s is %s mistyped', (q, l) => {
    expect(sim(q, l).kind).toBe('typo');
  });

  test.each([
    ['tahir', 'samir'],
    ['tahir', 'amir'],
    ['lupo', 'lima'],
    ['omar', 'amin'],
    ['karim', 'marin'],
  ])('%s and %s, two edits apart in short words, are different names', (q, l) => {
    expect(typoEditsAllowed(q.length, l.length)).toBe(1);
    expect(sim(q, l).kind).not.toBe('typo');
  });

  test.each([
    ['popovic', 'popov'],
    ['kovacic', 'kovac'],
    ['sokolov', 'sokol'],
    ['karimov', 'karim'],
    ['carlos', 'carla'],
    ['nadine', 'nadia'],
    ['erchuan', 'chuan'],
  ])('%s and %s, a shared stem with another ending or head, are different names', (q, l) => {
    expect(typoEditsBetween(q, l)).toBe(1);
    expect(sim(q, l).kind).not.toBe('typo');
  });

  test('two letters changed in a long name that Jaro-Winkler puts apart is another name', () => {
    // (Ramazani and Hamadani are two family names; so are Anvarov and Nazarov)
    expect(sim('ramazani', 'hamadani').kind).not.toBe('typo');
    expect(sim('anvarov', 'nazarov').kind).not.toBe('typo');
  });

  test('a swap of neighbouring letters in a short word is one slip', () => {
    expect(sim('thair', 'tahir').kind).toBe('typo');
    expect(sim('tahri', 'tahir').kind).toBe('typo');
    expect(sim('lpuo', 'lupo').kind).toBe('typo');
  });
});

describe('screening names with two typos in one word', () => {
  const LISTED = ['Chinedu Okonkwo', 'Luca Marchetti', 'Baydekle Joseph Mwangi', 'Tamir Hussain', 'Samir Haddad', 'Lupo Ferrante'];
  const s = personScreener([...LISTED, ...DISTRACTORS.map((d) => `Ahmed ${d}`)]);
  const screen = (value: string) => s.screenFields([field('name', value)]);
  const held = (value: string) => screen(value).filter((h) => h.score >= HOLD);

  test.each([
    ['Chinedu Oknokow', 'P0'],
    ['Luca Mrachettu', 'P1'],
    ['Boydekla Joseph Mwangi', 'P2'],
    ['Lpuo Ferrante', 'P5'],
  ])('%s is held as %s, the typo named in the explanation', (value, id) => {
    const hits = held(value);
    expect(hits.map((h) => h.entryId)).toEqual([id]);
    expect(hits[0].explanation.map((e) => e.feature).some((f) => f.startsWith('token_'))).toBe(true);
  });

  test.each([
    ['Tahir', 'a short given name alone is not a listed one two letters off'],
    ['Tahir Haddad', 'Tahir is not Samir: the family name alone does not hold'],
    ['Tahir Hossaini', 'Tahir is not Tamir and Hossaini is not Hussain spelt another way'],
    ['Lima Ferrante', 'Lima is not Lupo'],
  ])('%s: nothing held (%s)', (value) => {
    expect(held(value)).toEqual([]);
  });
});
