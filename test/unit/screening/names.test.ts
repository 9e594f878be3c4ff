import { editDistance, jaroWinkler } from '../../../src/screening/names/jaro-winkler';
import { phoneticKey } from '../../../src/screening/names/phonetic';
import { HashMultimap, deletionHashes, fnv1a } from '../../../src/screening/names/hash-multimap';
import { IntBuffer } from '../../../src/screening/names/int-buffer';
import { FuzzyVocabulary } from '../../../src/screening/names/fuzzy-vocabulary';
import { Vocabulary } from '../../../src/screening/names/vocabulary';
import { scoreName, type NameSide } from '../../../src/screening/names/name-score';
import { tokenSimilarity } from '../../../src/screening/names/token-similarity';
import { normaliseName } from '../../../src/screening';
import { foldText } from '../../../src/screening/text/fold';

function side(name: string, known = false): NameSide {
  const n = normaliseName(name);
  return { tokens: n.tokens, expanded: n.expanded, weights: n.tokens.map(() => 1), legalForms: n.legalForms, known: n.tokens.map(() => known) };
}

describe('normaliser', () => {
  test.each([
    ['Müller', 'muller', 'mueller'],
    ['Åkesson', 'akesson', 'aakesson'],
    ['Østby', 'ostby', 'oestby'],
    ['Straße', 'strasse', 'strasse'],
    ['İÇERİK', 'icerik', 'icherik'],
    ['Тёмный', 'temnyi', 'temnyi'],
    ['Ελένη', 'eleni', 'eleni'],
    ['ＡＢＣ', 'abc', 'abc'],
  ])('%s folds to %s / %s', (input, primary, expanded) => {
    const f = foldText(input);
    expect(f.primary).toBe(primary);
    expect(f.expanded).toBe(expanded);
  });

  test.each([
    ['Vostokmir Tovarishchestvo s Ogranichennoy Otvetstvennostyu', 'LLC'],
    ['Promlogistik Aktsionernoye Obshchestvo', 'OOO'],
    ['Saman Nikan Sherkat-e Sahami-ye Khass', 'OOO'],
    ['Montoya Consultores S. de R.L. de C.V.', 'SRL'],
    ['Mirabeau Conseil Société à responsabilité limitée', 'SA'],
    ['Mirabeau Conseil Société par actions simplifiée', 'SA'],
    ['Ferretti Edizioni Società a responsabilità limitata', 'SRL'],
    ['Nowak Handel sp. z o. o.', 'SPZOO'],
    ['Holm Medier Aktieselskab', 'AS'],
    ['Novak Stavby akciová společnost', 'AS'],
    ['Lindqvist Handel Handelsbolag', 'AB'],
    ['Virtanen Rakennus Kommandiittiyhtiö', 'OY'],
    ['Al Manar Free Zone Establishment', 'LLC'],
    ['Stroiinvest O.O.O.', 'LLC'],
    ['Ndlovu Mining Proprietary Limited', 'LTD'],
    ['Aviaremont Goskorporatsiya', 'OOO'],
    ['Rangrand Bau GmbH u. Co. KG', 'GMBH'],
    ['Batinah Cement SAOG', 'SA'],
    ['TOO «Dala Logistics»', 'LLP'],
  ])('a legal form written out: %s', (name, code) => {
    const n = normaliseName(name);
    expect(n.legalForms).toEqual([code]);
    expect(n.tokens.length).toBeLessThanOrEqual(2);
  });

  test('legal forms and noise words leave the identity tokens; persons keep every token', () => {
    expect(normaliseName('The Nordic Digital Media Services Ltd.')).toMatchObject({ tokens: ['nordic', 'digital', 'media', 'services'], legalForms: ['LTD'] });
    expect(normaliseName('Ciemny Obraz Sp. z o.o.').tokens).toEqual(['ciemny', 'obraz']);
    expect(normaliseName('OOO Romashka').tokens).toEqual(['romashka']);
    expect(normaliseName('Bram Vos').tokens).toEqual(['bram']);
    expect(normaliseName('Bram Vos').fullTokens).toEqual(['bram', 'vos']);
    expect(normaliseName("O'Brien & Sons S.A.").tokens).toEqual(['obrien', 'sons']);
  });
});

describe('token measures', () => {
  test('edit distance counts swaps as one edit and gives up above the bound', () => {
    expect(editDistance('nordic', 'nordik', 2)).toBe(1);
    expect(editDistance('nordic', 'nrodic', 2)).toBe(1);
    expect(editDistance('strand', 'strandberg', 2)).toBe(3);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
  });

  test('phonetic keys agree across transliterations and differ for other names', () => {
    expect(phoneticKey('shchukin')).toBe(phoneticKey('schukin'));
    expect(phoneticKey('volkonskij')).toBe(phoneticKey('volkonskii'));
    expect(phoneticKey('wolkonskij')).toBe(phoneticKey('volkonsky'));
    expect(phoneticKey('vasiliki')).toBe(phoneticKey('basilike'));
    expect(phoneticKey('mohammed')).toBe(phoneticKey('muhamad'));
    expect(phoneticKey('schmidt')).not.toBe(phoneticKey('meyer'));
  });

  test('a typo is a small edit: a shared prefix is not enough', () => {
    expect(tokenSimilarity('nordik', 'nordik', 'nordic', 'nordic', false, false).kind).toBe('typo');
    expect(tokenSimilarity('strand', 'strand', 'strandberg', 'strandberg', false, false).sim).toBe(0);
    expect(tokenSimilarity('servi', 'servi', 'services', 'services', true, false)).toEqual({ sim: 0.96, kind: 'prefix' });
    expect(tokenSimilarity('j', 'j', 'john', 'john', false, true).kind).toBe('initial');
    expect(tokenSimilarity('j', 'j', 'john', 'john', false, false).sim).toBe(0);
    expect(tokenSimilarity('servicesltd', 'servicesltd', 'services', 'services', false, false).kind).toBe('legal_form_attached');
  });
});

describe('name scores', () => {
  const org = { listKind: 'organisation' as const, truncated: false };
  const person = { listKind: 'person' as const, truncated: false };

  test('a known word is not a typo of another known word', () => {
    const unknown = scoreName(side('Karin Schmid'), side('Karin Schmidt'), person).score;
    const known = scoreName(side('Karin Schmid', true), side('Karin Schmidt'), person).score;
    expect(known).toBeLessThan(unknown);
    expect(known).toBeLessThan(0.88);
  });

  test('persons: given name and surname are both needed, middle names are optional', () => {
    expect(scoreName(side('Anna Schmidt'), side('Maria Schmidt'), person).score).toBeLessThan(0.6);
    expect(scoreName(side('John Smith'), side('John Michael Smith'), person).score).toBeGreaterThan(0.9);
    expect(scoreName(side('Michael Smith'), side('John Michael Smith'), person).score).toBeLessThan(0.7);
  });

  test('common words alone do not make a hit; extra payment words lower the score', () => {
    const l = { ...side('Nordic Digital Media Services'), weights: [0.3, 0.3, 0.3, 0.3] };
    const q = { ...side('Nordic Media Partners Oy'), weights: [0.3, 0.3, 1] };
    expect(scoreName(q, l, org).score).toBeLessThan(0.6);
    const full = scoreName(side('Velvet Pixel Studio'), side('Velvet Pixel Studio'), org).score;
    const extra = scoreName(side('Velvet Pixel Studio Randers Holm'), side('Velvet Pixel Studio'), org).score;
    expect(extra).toBeLessThan(full);
  });

  test('a cut name: its last token may be partial, what is past the cut is not missing', () => {
    const cut = { ...org, truncated: true };
    expect(scoreName(side('Blackthorn Content Servi'), side('Blackthorn Content Services International'), cut).score).toBeGreaterThan(0.9);
    expect(scoreName(side('Blackthorn Content Servi'), side('Blackthorn Content Services International'), org).score).toBeLessThan(0.88);
  });
});

describe('index structures', () => {
  test('deletion hashes: the hash of a token without character k is the hash of that shorter token', () => {
    const a = new Int32Array(65);
    const b = new Int32Array(65);
    for (const s of ['nordic', 'a', 'volkonskii', 'schattenbild', 'xyxyxyxy']) {
      const n = deletionHashes(s, a);
      expect(n).toBe(s.length + 1);
      for (let k = 0; k < s.length; k++) {
        deletionHashes(s.slice(0, k) + s.slice(k + 1), b);
        expect(a[k + 1]).toBe(b[0]);
      }
    }
  });

  test('the hash multimap returns every value stored under a hash', () => {
    const h = new IntBuffer(2);
    const v = new IntBuffer(2);
    for (let i = 0; i < 1000; i++) {
      h.push(fnv1a(`k${i % 100}`));
      v.push(i);
    }
    const map = HashMultimap.build(h, v);
    const found: number[] = [];
    map.forEach(fnv1a('k7'), (x) => {
      found.push(x);
    });
    expect(found.sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, k) => 7 + 100 * k));
  });

  test('fuzzy vocabulary: one edit, two edits on request, sound-alikes; never the token itself', () => {
    const vocab = new Vocabulary();
    for (const t of ['nordic', 'volkonskii', 'schattenbild', 'media', 'services']) vocab.intern(t);
    const fuzzy = FuzzyVocabulary.build(vocab, () => true);
    const ids = (xs: { id: number }[]) => xs.map((x) => vocab.token(x.id));
    expect(ids(fuzzy.alternatives('nordik'))).toEqual(['nordic']);
    expect(ids(fuzzy.alternatives('nrodic'))).toEqual(['nordic']);
    expect(ids(fuzzy.alternatives('volkonsky'))).toContain('volkonskii');
    expect(ids(fuzzy.alternatives('nordic'))).toEqual([]);
    expect(ids(fuzzy.alternatives('schattxnbuld'))).toEqual([]);
    expect(ids(fuzzy.distantAlternatives('schattxnbuld'))).toEqual(['schattenbild']);
  });
});
