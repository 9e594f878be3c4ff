/**
 * Legal forms where payments write them (issue 11): spelt out in several words in front of the name, cut off by a
 * field limit after such a prefix, and misspelt where a legal form stands.
 */
import { field, organisationScreener } from './sample-list';
import { DEFAULT_POLICY, normaliseName } from '../../../src/screening';
import { misspeltLegalForm } from '../../../src/screening/names/legal-form-typos';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

describe('a legal form of several words in front of the name', () => {
  test.each([
    ['LIMITED LIABILITY COMPANY "STROIINVEST"', ['stroiinvest'], 'LLC'],
    ['JOINT STOCK COMPANY "SEVERNYY ALYANS"', ['severnyy', 'alyans'], 'OOO'],
    ['PUBLIC JOINT STOCK COMPANY "TEKHNOPROMEKSPORT" ALMATY', ['tekhnopromeksport', 'almaty'], 'OOO'],
    ['STATE UNITARY ENTERPRISE "NEFTEGAZSTROY"', ['neftegazstroy'], 'OOO'],
    ['OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTIU "ROMASHKA"', ['romashka'], 'LLC'],
    ['SOCIEDAD ANONIMA Cementos del Norte', ['cementos', 'del', 'norte'], 'SA'],
    ['PT Sinar Abadi', ['sinar', 'abadi'], 'BHD'],
    ['CV Maju Jaya', ['maju', 'jaya'], 'BV'],
  ])('%s', (name, tokens, code) => {
    const n = normaliseName(name);
    expect(n.tokens).toEqual(tokens);
    expect(n.legalForms).toContain(code);
  });

  test('never the whole name, and a name that merely starts with initials keeps them', () => {
    expect(normaliseName('STATE UNITARY ENTERPRISE').tokens).toEqual(['state', 'unitary', 'enterprise']);
    expect(normaliseName('A S Motors').tokens).toEqual(['a', 's', 'motors']);
  });
});

describe('screening with legal forms in front, cut and misspelt', () => {
  const screener = organisationScreener([
    ['KH', 'STATE UNITARY ENTERPRISE "KHIMPROM"'],
    ['EL', 'LIMITED LIABILITY COMPANY "ELEKTROMASHINA" SANKT-PETERBURG'],
    ['UR', 'OPEN JOINT STOCK COMPANY "URALMASHZAVOD" OF THE MINISTRY OF INDUSTRY'],
    ['AG', 'PUBLIC JOINT STOCK COMPANY "AGROKOMPLEKS"'],
    ['AL', 'Alburz Ufuq Trading Company'],
    ['WS', 'Wood Solutions Limited'],
    ['C1', 'STATE UNITARY ENTERPRISE OF THE REPUBLIC OF CRIMEA "CHERNOMORNEFTEGAZ"'],
    ['C2', 'STATE UNITARY ENTERPRISE OF THE REPUBLIC OF CRIMEA "KRYMTEPLOELEKTROTSENTRAL"'],
    ['C3', 'STATE UNITARY ENTERPRISE OF THE REPUBLIC OF CRIMEA "SEVASTOPOLSKY MORSKOY PORT"'],
    ['LX', 'Limitex Trading'],
  ]);
  const hit = (name: string, entry: string) => screener.screenFields([field('name', name)]).find((h) => h.entryId === entry);
  const hits = (name: string) => screener.screenFields([field('name', name)]).filter((h) => h.score >= HOLD);

  test.each([
    ['the form in front, the name in quotes, the form left out', '"KHIMPROM"', 'KH'],
    ['the form as an abbreviation behind', '"KHIMPROM" GUP', 'KH'],
    ['the form in front, another spelling', 'OOO "ELEKTROMASHINA" SANKT-PETERBURG', 'EL'],
    ['cut at 35 characters after a long form in front', 'LIMITED LIABILITY COMPANY "ELEKTROM', 'EL'],
    ['cut at 35 characters, a word and a half left', 'OPEN JOINT STOCK COMPANY "URALMASHZ', 'UR'],
    ['a word of the form misspelt in front', 'PUBLIC JOINT STCLK COMPANY "AGROKOMPLEKS"', 'AG'],
    ['the form misspelt behind (a swap)', 'Alburz Ufuq Trading Compayn', 'AL'],
    ['the form misspelt behind (a letter in addition)', 'Wood Solutions Linmited', 'WS'],
  ])('%s: %s', (_what, name, entry) => {
    const h = hit(name, entry);
    expect(h).toBeDefined();
    expect(h!.score).toBeGreaterThanOrEqual(HOLD);
  });

  test('the explanation names the misspelt legal form', () => {
    const h = hit('Alburz Ufuq Trading Compayn', 'AL');
    expect(h!.explanation.find((f) => f.feature === 'legal_form_misspelt')?.detail).toBe('compayn~company');
  });

  test('a value cut inside the legal form matches none of the enterprises of that form', () => {
    expect('STATE UNITARY ENTERPRISE OF THE REP').toHaveLength(35);
    expect(hits('STATE UNITARY ENTERPRISE OF THE REP')).toEqual([]);
    expect(hits('STATE UNITARY ENTERPRISE OF THE RE')).toEqual([]);
  });

  test('a word the list knows is that word, not a misspelt legal form', () => {
    const h = hit('Acme Limitex', 'LX');
    expect(h?.explanation.some((f) => f.feature === 'legal_form_misspelt') ?? false).toBe(false);
  });
});

describe('misspelt legal forms are read only where a legal form stands', () => {
  const unknown = (): boolean => false;
  test('at the end or, of several words, in front', () => {
    expect(misspeltLegalForm(['trading', 'compayn'], 0, 2, unknown, false)).toMatchObject({ at: 1, code: 'CO', typos: ['compayn~company'] });
    expect(misspeltLegalForm(['state', 'iunitary', 'enterprise', 'vympel'], 0, 4, unknown, true)).toMatchObject({ at: 0, length: 3 });
  });
  test('not in the middle, not a short form, not the whole name, not a word the list knows', () => {
    expect(misspeltLegalForm(['compayn', 'trading'], 0, 2, unknown, false)).toBeUndefined();
    expect(misspeltLegalForm(['kumar', 'steel', 'lyd'], 0, 3, unknown, false)).toBeUndefined();
    expect(misspeltLegalForm(['compayn'], 0, 1, unknown, false)).toBeUndefined();
    expect(misspeltLegalForm(['acme', 'limitex'], 0, 2, () => true, false)).toBeUndefined();
  });
  test('two edits only in a long word or beside words spelt right', () => {
    expect(misspeltLegalForm(['acme', 'comapyn'], 0, 2, unknown, false)).toBeUndefined();
    expect(misspeltLegalForm(['acme', 'corproatoin'], 0, 2, unknown, false)).toMatchObject({ code: 'INC' });
  });
});
