/**
 * A value cut at a field limit after a legal form written in front (issue 11, item 3): it names the listed name whose
 * head it is as written, form and all, by what of the name survived — and none of the names written with the same
 * form that go on otherwise.
 */
import { field, organisationScreener } from './sample-list';
import { DEFAULT_POLICY } from '../../../src/screening';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

const LISTED: readonly string[] = [
  'LIMITED LIABILITY COMPANY TORGOVYI DOM PROMSNABKOMPLEKT',
  'LIMITED LIABILITY COMPANY ZAPADNAYA NEFTYANAYA KOMPANIYA',
  'PUBLIC JOINT STOCK COMPANY NOVOSIBIRSKII ZAVOD KHIMKONTSENTRATOV',
  'PRIVATE JOINT STOCK COMPANY AZOVSKIY MORSKOY TORGOVYI PORT',
  'FEDERAL STATE UNITARY ENTERPRISE CENTRAL RESEARCH INSTITUTE OF CHEMISTRY AND MECHANICS',
  'FOREIGN TRADE UNITARY ENTERPRISE BELMEDPREPARATY EXPORT',
  'SOCIEDAD ANONIMA DE CAPITAL VARIABLE COMERCIALIZADORA DEL PACIFICO',
  'SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA POLSKIE TOWARZYSTWO HANDLOWE',
  'OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU TEKHNOSERVIS PLYUS',
  'STATE UNITARY ENTERPRISE OF THE REPUBLIC OF CRIMEA KRYMTEPLOELEKTROTSENTRAL',
  'SPOLKA AKCYJNA ZAKLADY CHEMICZNE POLICE',
  'TOVARYSTVO Z OBMEZHENOIU VIDPOVIDALNISTIU AGROTEKHSERVIS PIVDENNYI REGION UKRAINY',
  'SOCIEDAD DE RESPONSABILIDAD LIMITADA INVERSIONES DEL ALTIPLANO BOLIVIANO SUR',
  'SOCIETE ANONYME MAROCAINE DES INDUSTRIES DU RAFFINAGE',
  'PERSEROAN TERBATAS SUMBER ALAM MAKMUR SEJAHTERA',
  'LIMITED LIABILITY COMPANY ENERGOMASHEX OF THE MINISTRY OF ENERGY OF THE REPUBLIC OF BELARUS',
  // The form's words inside a listed name (not in front): the list knows them, they weigh as name words.
  'JOINT VENTURE LIMITED LIABILITY COMPANY UZBEK AVTOMOBIL SANOAT',
];

/** Names written with the same forms in front that go on otherwise (three words of the form kept, as registers cut them). */
const OTHERS = ['KOLOS', 'RASSVET', 'MAYAK', 'PROGRESS', 'ZARYA', 'LIDER'];

function screener() {
  const forms = [...new Set(LISTED.map((n) => n.split(' ').slice(0, 3).join(' ')))];
  return organisationScreener([
    ...LISTED.map((n, i): [string, string] => [`L${i}`, n]),
    ...forms.flatMap((f, i) => OTHERS.map((o, k): [string, string] => [`F${i}-${k}`, `${f} ${o} ${o}INVEST`])),
  ]);
}

describe('a value cut at 35 characters after a legal form in front', () => {
  const s = screener();
  const screen = (value: string) => s.screenFields([field('name', value)]);
  const cut = (i: number, at = 35) => LISTED[i].slice(0, at);

  test.each([
    [0, 35, 'one whole word of the name left ("… TORGOVYI ")'],
    [1, 35, 'one whole word of the name left, cut at its end'],
    [2, 35, 'a word cut in the middle (NOVOSIBI)'],
    [3, 35, 'a word cut in the middle (AZOVSKI)'],
    [10, 35, 'Polish: SPOLKA AKCYJNA, a word and a half left'],
    [13, 35, 'French: SOCIETE ANONYME, words of the name left'],
    [14, 35, 'Indonesian: PERSEROAN TERBATAS, words of the name left'],
    [11, 70, 'Ukrainian: TOVARYSTVO Z OBMEZHENOIU VIDPOVIDALNISTIU, at 70'],
    [12, 70, 'Spanish: SOCIEDAD DE RESPONSABILIDAD LIMITADA, at 70'],
  ])('listed name %i cut at %i: %s — held, the first hit, and the same forms going on otherwise are not held', (i, at) => {
    const value = cut(i, at);
    expect(value).toHaveLength(at);
    const hits = screen(value);
    expect(hits[0]?.entryId).toBe(`L${i}`);
    expect(hits[0].score).toBeGreaterThanOrEqual(HOLD);
    expect(hits.filter((h) => h.score >= HOLD).map((h) => h.entryId)).toEqual([`L${i}`]);
  });

  test('the whole words that survive count as whole: no discount for the rest past the cut', () => {
    expect(screen(cut(0))[0].score).toBeGreaterThanOrEqual(0.99);
    expect(screen(cut(1))[0].score).toBeGreaterThanOrEqual(0.99);
  });

  test('the explanation says the form in front survived the cut with the name', () => {
    const f = screen(cut(2))[0].explanation.find((e) => e.feature === 'cut_head_with_legal_form');
    expect(f?.value).toBe(4);
  });

  test.each([
    ['SOCIEDAD ANONIMA DE CAPITAL VARIABL', 6],
    ['SPOLKA Z OGRANICZONA ODPOWIEDZIALNO', 7],
    ['OBSHCHESTVO S OGRANICHENNOI OTVETST', 8],
    ['STATE UNITARY ENTERPRISE OF THE REP', 9],
    ['TOVARYSTVO Z OBMEZHENOIU VIDPOVIDAL', 11],
    ['SOCIEDAD DE RESPONSABILIDAD LIMITAD', 12],
  ])('%s is only a legal form (of listed name %i): nothing is held', (value, i) => {
    expect(LISTED[i].startsWith(value)).toBe(true);
    expect(value).toHaveLength(35);
    expect(screen(value).filter((h) => h.score >= HOLD)).toEqual([]);
  });

  test('a stub of two letters after the form tells no name apart: nothing is held', () => {
    expect(cut(4)).toBe('FEDERAL STATE UNITARY ENTERPRISE CE');
    expect(screen(cut(4)).filter((h) => h.score >= HOLD)).toEqual([]);
  });

  test('a stub that does not start the listed word after the match is a word of another name', () => {
    // FOREIGN TRADE UNITARY ENTERPRISE BE… is not FOREIGN TRADE UNITARY KOLOS KOLOSINVEST cut short.
    const hits = screen(cut(5));
    expect(hits[0]?.entryId).toBe('L5');
    const other = hits.find((h) => h.entryId.startsWith('F') && h.matched.includes('KOLOS'));
    expect(other === undefined || other.score < HOLD).toBe(true);
  });

  test('a stub cut from a noise word ("… OF TH") is inside the listed name, form in front and all', () => {
    const value = cut(15, 70);
    expect(value).toMatch(/ OF TH$/);
    const h = screen(value)[0];
    expect(h?.entryId).toBe('L15');
    expect(h.score).toBeGreaterThanOrEqual(HOLD);
    expect(h.explanation.map((e) => e.feature)).not.toContain('cut_value_ends_in_own_words');
  });
});
