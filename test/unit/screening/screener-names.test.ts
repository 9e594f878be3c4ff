import { field, sampleEntries, sampleScreener } from './sample-list';
import { buildScreener, DEFAULT_POLICY } from '../../../src/screening';
import { parseWatchlist } from '../../../src/watchlist';
import { joinsNext } from '../../../src/screening/names/name-index';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

/** [variation kind, payment name, listed entry expected at or above the hold threshold] */
const matches: [string, string, string][] = [
  ['exact', 'Nordic Digital Media Services Ltd', 'SE-POL-000123'],
  ['case and legal form spelt out', 'NORDIC DIGITAL MEDIA SERVICES LIMITED', 'SE-POL-000123'],
  ['legal form missing', 'Nordic Digital Media Services', 'SE-POL-000123'],
  ['other legal form', 'Nordic Digital Media Services AB', 'SE-POL-000123'],
  ['punctuation', 'Nordic-Digital Media, Services Ltd.', 'SE-POL-000123'],
  ['one typo', 'Nordic Digital Media Servises Ltd', 'SE-POL-000123'],
  ['two typos', 'Nordik Digital Media Servises Ltd', 'SE-POL-000123'],
  ['reordered tokens', 'Digital Media Nordic Services', 'SE-POL-000123'],
  ['acronym alias', 'NDMS', 'SE-POL-000123'],
  ['diacritics dropped', 'Jurgen Mussig', 'DE-BKA-000602'],
  ['diacritics expanded', 'Juergen Muessig', 'DE-BKA-000602'],
  ['person reordered', 'Müßig, Jürgen', 'DE-BKA-000602'],
  ['ø and å dropped', 'Soren Kjaergaard Ostby', 'NO-KRI-000202'],
  ['ø and å expanded', 'Soeren Kjaergaard Oestby', 'NO-KRI-000202'],
  ['missing middle name', 'Soren Ostby', 'NO-KRI-000202'],
  ['apostrophe', 'Giancarlo DAmbrosio', 'IT-PP-001102'],
  ['hyphenated surname split', 'Malgorzata Wisniewska Dabrowska', 'PL-CBZC-001202'],
  ['Polish legal form long', 'Ciemny Obraz Spolka z o.o.', 'PL-CBZC-001201'],
  ['Cyrillic transliterated', 'OOO Temnyi Kontent', 'RU-X-001301'],
  ['Greek transliterated', 'Eleni Papadopoulou Skia', 'GR-X-001451'],
  ['legal form in front', 'SIA Tumsais Saturs', 'LV-VP-001951'],
  ['legal form behind instead of in front', 'Tamsus Turinys UAB', 'LT-LP-002001'],
  ['concatenated tokens', 'VelvetPixel Studio', 'SE-POL-000126'],
  ['split token', 'Black thorn Content Services', 'GB-NCA-001601'],
  ['legal form written onto the name', 'Nordic Digital Media ServicesLtd', 'SE-POL-000123'],
  ['Cyrillic, another romanisation', 'Dmitri Volkonski', 'RU-X-001302'],
  ['Ukrainian name, Russian-style romanisation', 'Aleksandr Shevchuk Koval', 'UA-X-001351'],
  ['Turkish dotted capital I', 'KARANLIK İÇERİK LİMİTED ŞİRKETİ', 'TR-X-001551'],
  ['initials for given names', 'M. J. Nunez Ibanez', 'ES-GC-001002'],
  ['typos in two words', 'Blackthron Content Servcies Limited', 'GB-NCA-001601'],
  ['Japanese name romanised, legal form spelt out', 'Kage Media Kabushiki Kaisha', 'JP-NPA-002151'],
];

const nonMatches: [string, string][] = [
  ['shared common words only', 'Nordic Digital Solutions'],
  ['one common token', 'Media Services'],
  ['same surname, other given name', 'Anna Müßig'],
  ['same given name, other surname', 'Jürgen Schneider'],
  ['unrelated', 'Beta Creditor GmbH'],
  ['common company words', 'Digital Content Services Limited'],
];

describe('name screening on the sample list', () => {
  const screener = sampleScreener();

  test.each(matches)('hit (%s): %s', (_kind, name, entry) => {
    const hit = screener.screenFields([field('name', name)]).find((h) => h.entryId === entry);
    expect(hit).toBeDefined();
    expect(hit!.method).toBe('name');
    expect(hit!.score).toBeGreaterThanOrEqual(HOLD);
    expect(hit!.score).toBeLessThanOrEqual(1);
  });

  test.each(nonMatches)('no hold (%s): %s', (_kind, name) => {
    const hits = screener.screenFields([field('name', name)]).filter((h) => h.score >= HOLD);
    expect(hits).toEqual([]);
  });

  test('a long name continued in the first address line of the same party', () => {
    const alone = screener.screenFields([field('name', 'Nordic Digital Media')]).find((h) => h.entryId === 'SE-POL-000123');
    expect(alone?.score ?? 0).toBeLessThan(HOLD);
    const fields = [field('name', 'Nordic Digital Media', { partyRef: 'cdtr' }), field('address', 'Services Ltd', { partyRef: 'cdtr' })];
    const hit = screener.screenFields(fields).find((h) => h.entryId === 'SE-POL-000123');
    expect(hit?.score).toBeGreaterThanOrEqual(HOLD);
    expect(hit?.field).toBe('Cdtr/Nm');
    expect(hit?.explanation.find((f) => f.feature === 'joined_with_address_line')?.detail).toBe('Cdtr/PstlAdr/AdrLine[1]');
  });

  test('a name cut mid-word at 35 characters with the rest in AdrLine', () => {
    const nm = 'Nordic Digital Media Services Limit'; // 35
    expect(nm).toHaveLength(35);
    const hit = screener
      .screenFields([field('name', nm, { partyRef: 'c' }), field('address', 'ed', { partyRef: 'c' })])
      .find((h) => h.entryId === 'SE-POL-000123');
    expect(hit?.score).toBeGreaterThanOrEqual(HOLD);
  });

  test('a payee without a usable Nm (absent or NOTPROVIDED) carries its name in the first address line, alone or before the street', () => {
    const inLine = (nm: string | undefined, line: string) =>
      screener
        .screenFields([
          ...(nm === undefined ? [] : [field('name', nm, { partyRef: 'c' })]),
          field('address', line, { partyRef: 'c', path: 'Cdtr/PstlAdr/AdrLine[1]' }),
        ])
        .find((h) => h.entryId === 'SE-POL-000123');
    for (const [nm, line] of [
      [undefined, 'Nordic Digital Media Services Ltd'],
      ['NOTPROVIDED', 'Nordic Digital Media Services Ltd'],
      [undefined, 'Nordic Digital Media Services Ltd, Sveavaegen 44'],
      ['NOT PROVIDED', 'NORDIC DIGITAL MEDIA SERVICES LTD 12 HIGH STREET'],
    ] as const) {
      const hit = inLine(nm, line);
      expect({ nm, line, score: hit?.score }).toEqual({ nm, line, score: 1 });
      expect(hit?.field).toBe('Cdtr/PstlAdr/AdrLine[1]');
    }
    // With a real Nm, the address line is an address: a listed name there is not the payee's.
    expect(inLine('Lindqvist Carpentry AB', 'Nordic Digital Media Services Ltd, Sveavaegen 44')).toBeUndefined();
  });

  test('scores rank variations: exact > one typo > two typos', () => {
    const score = (n: string): number => screener.screenFields([field('name', n)]).find((h) => h.entryId === 'SE-POL-000123')?.score ?? 0;
    const exact = score('Nordic Digital Media Services Ltd');
    const one = score('Nordic Digital Media Servises Ltd');
    const two = score('Nordik Digital Media Servises Ltd');
    expect(exact).toBe(1);
    expect(one).toBeLessThan(exact);
    expect(two).toBeLessThan(one);
  });

  test('a name hit explains itself per feature', () => {
    const hit = screener.screenFields([field('name', 'Nordik Digital Media Services')]).find((h) => h.entryId === 'SE-POL-000123')!;
    expect(hit.algorithm).toBe('name-v2');
    expect(hit.matched).toBe('Nordic Digital Media Services Ltd');
    const features = hit.explanation.map((f) => f.feature);
    expect(features).toEqual(expect.arrayContaining(['list_coverage', 'payment_coverage', 'token_typo']));
    expect(hit.explanation.find((f) => f.feature === 'token_typo')?.detail).toBe('nordik~nordic');
  });

  test('names of agents and ultimate creditors are screened with the same engine', () => {
    const hits = screener.screenFields([field('name', 'Velvet Pixel Studio', { path: 'UltmtCdtr/Nm', role: 'ultimateCreditor' })]);
    expect(hits[0]).toMatchObject({ entryId: 'SE-POL-000126', field: 'UltmtCdtr/Nm', role: 'ultimateCreditor' });
  });
});

describe('name result cache', () => {
  test('the same payment name gives the same hits, cached or not, whatever field it comes in', () => {
    const entries = sampleEntries();
    const cached = buildScreener(entries, { version: 't', now: new Date('2026-03-01') });
    const uncached = buildScreener(entries, { version: 't', now: new Date('2026-03-01'), nameCacheSize: 0 });
    const a = field('name', 'Nordik Digital Media Servises');
    const b = field('name', 'Nordik Digital Media Servises', { path: 'UltmtCdtr/Nm', role: 'ultimateCreditor' });
    const first = cached.screenFields([a]);
    expect(cached.screenFields([a])).toEqual(first);
    expect(uncached.screenFields([a])).toEqual(first);
    expect(cached.screenFields([b]).map((h) => [h.field, h.role, h.entryId, h.score])).toEqual(
      first.map((h) => ['UltmtCdtr/Nm', 'ultimateCreditor', h.entryId, h.score]),
    );
  });
});

describe('candidates of a name written apart on one side and together on the other', () => {
  // A family name in more listed names than the postings cap (100) brings no candidates by itself: the given name,
  // written otherwise, has to find the listed person.
  const syllables = ['ba', 'be', 'bo', 'da', 'de', 'do', 'ga', 'ge', 'go', 'ha', 'he', 'ho', 'ja', 'je'];
  const fillers = syllables.flatMap((a) => syllables.map((b) => `${a}${b}nam`)).slice(0, 150);
  const line = (id: string, name: string) =>
    JSON.stringify({
      id,
      kind: 'person',
      names: [name],
      identifiers: [],
      addresses: [],
      source: 's',
      verifiedBy: 'v',
      listedAt: '2026-01-01',
      expiresAt: null,
    });
  const text = [
    ...fillers.map((g, i) => line(`KR-${i}`, `Min ${g}`)),
    ...fillers.map((g, i) => line(`KA-${i}`, `Ahn ${g}`)),
    ...fillers.map((g, i) => line(`AR-${i}`, `${g} Haddad`)),
    line('KR-X', 'Min Guowei'),
    line('KR-Y', 'Ahn Won-do'),
    line('AR-X', 'Alhassan Haddad'),
  ].join('\n');
  const screener = buildScreener(parseWatchlist(text, { fileName: 'apart.jsonl' }), { version: 't', now: new Date('2026-03-01') });
  const best = (name: string, entry: string) => screener.screenFields([field('name', name)]).find((h) => h.entryId === entry);

  test('which words are looked up joined with the next: syllables, articles, compound heads; not initials', () => {
    expect(joinsNext('kuo', 'wei')).toBe(true);
    expect(joinsNext('al', 'hasanein')).toBe(true);
    expect(joinsNext('abdur', 'rahman')).toBe(true);
    // "K. Kuyateh": an initial joined with the family name only brings other people's names
    expect(joinsNext('k', 'kuyateh')).toBe(false);
    expect(joinsNext('kouame', 'kuyateh')).toBe(false);
  });

  test.each([
    ['a syllable and the next, in another spelling (Kuo-wei / Guowei)', 'Min Kuo-wei', 'KR-X'],
    ['an article and the name (Al Hasan / Alhassan)', 'Al Hasan Haddad', 'AR-X'],
    ['a short given name written as one word (Wondo / Won-do)', 'An Wondo', 'KR-Y'],
  ])('%s', (_kind, name, entry) => {
    const hit = best(name, entry);
    expect(hit).toBeDefined();
    expect(hit!.score).toBeGreaterThanOrEqual(HOLD);
    expect(hit!.explanation.some((f) => f.feature === 'token_joined')).toBe(true);
  });
});

describe('payment words the list does not know', () => {
  test('their searches, kept from earlier payments, find what a first search finds', () => {
    const entries = sampleEntries();
    const options = { version: 't', now: new Date('2026-03-01'), nameCacheSize: 0 };
    const seen = buildScreener(entries, options);
    const names = [
      'Nordik Digital Media Servises',
      'Nordik Digitall Media Servises Ltd',
      'Blackthron Content Servcies Limited',
      'Servises Nordik Digital Media',
    ];
    for (const name of names) seen.screenFields([field('name', name)]);
    for (const name of names) {
      const first = buildScreener(entries, options).screenFields([field('name', name)]);
      expect(first.length).toBeGreaterThan(0);
      expect(seen.screenFields([field('name', name)])).toEqual(first);
    }
  });
});
