import { editDistance, jaroWinkler } from '../../../src/screening/names/jaro-winkler';
import { phoneticKey } from '../../../src/screening/names/phonetic';
import { HashMultimap, deletionHashes, fnv1a } from '../../../src/screening/names/hash-multimap';
import { IntBuffer } from '../../../src/screening/names/int-buffer';
import { FuzzyVocabulary } from '../../../src/screening/names/fuzzy-vocabulary';
import { Vocabulary } from '../../../src/screening/names/vocabulary';
import { coverageBound, nameScore, scoreName, scoreSurelyBelow, type NameScoreContext, type NameSide } from '../../../src/screening/names/name-score';
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

describe('the coverage bound (scoreSurelyBelow)', () => {
  const kinds: NameScoreContext[] = [
    { listKind: 'person', truncated: false },
    { listKind: 'person', truncated: true, partyType: 'organisation' },
    { listKind: 'organisation', truncated: false },
    { listKind: 'organisation', truncated: true },
    { listKind: 'merchant', truncated: false, partyType: 'person' },
  ];
  // Payment / listed pairs of every kind of pairing the scorer makes: same, typo, sound, romanisation, table
  // spelling, initial, cut word, joined and split words, article joins, legal forms attached, syllables.
  const pairs: [string, string][] = [
    ['Fatma Zeynep Bribri', 'Fatma Zeynep Cetin'],
    ['Kari Quaka', 'Kari Jensen'],
    ['Karin Schmid', 'Karin Schmidt'],
    ['Mohammed Hussein', 'Muhammad Husayn'],
    ['Yusuf Abdulrahman', 'Youssef Abd al-Rahman'],
    ['Abd al Rahman Khalid', 'Abdulrahman Khaled'],
    ['J. Smith', 'John Smith'],
    ['JSCARGUMENT', 'JSC Argument'],
    ['JSC ARGUMENT', 'JSCARGUMENT'],
    ['Ho Beom Park', 'Hobum Pak'],
    ['Zhang Zhiqiang', 'Chang Chih-chiang'],
    ['Blackthorn Content Servi', 'Blackthorn Content Services International'],
    ['STATE UNITARY ENTERPRISE URALMASHZ', 'Uralmashzavod'],
    ['Maria Lopez', 'Maria Lopez Garcia'],
    ['MEDINA, Antonio', 'MEDINA, Jose Antonio'],
    ['Ali Hojjat Mahdavi', 'Hojjat MAHDAVI'],
    ['Ilham Artemovic Gasanov', 'HASANOV, Ilham Farhodovic'],
    ['Kazemi Trading LLC', 'Kadhimi Trading'],
    ['Nordic Media Partners Oy', 'Nordic Digital Media Services'],
    ['Velvet Pixel Studio Randers Holm', 'Velvet Pixel Studio'],
    ['Al Hasan Group', 'Alhassan Group'],
    ['Dhiya ar-Rahmaan Saleh', 'SALEH, Ziya'],
    ['Hasan bin Hamid al-Qurashi', 'Hamid Hamza AL QURASHI'],
    ['Zhao Jie Na', 'Zhao Jiena'],
    ['Law Heung-tan', 'Luo Dan'],
    ['Marfin Media AB', 'Martin Media Inc.'],
    ['Pinestar LLC Media', 'Pinestar Media'],
    ['Hatice Kabri', 'Ilyaas Kadri'],
    ['Retan Service AG', 'Al Reyan Exchange LLC'],
    ['Veltan Bau', 'Zehra Vetan Contracting FZE'],
    ['Mikhail Ivanovich Petrov', 'Mikhail Petrov'],
    ['Mikhail Petrov', 'Mikhail Ivanovich Petrov'],
    ['Maria Lopez', 'LOPEZ GARCIA, Maria'],
    ['Park Hye Ho', 'Park Hyeho'],
    ['Yasin al Ghamidi', 'Yasin Ghamidi'],
    ['Said Yaqub Kamal al-Falasi', 'AL-FALASI, Kamal Said'],
  ];
  const weighted = (name: string, weights: number[]): NameSide => {
    const s = side(name);
    return { ...s, weights: s.tokens.map((_, i) => weights[i % weights.length]) };
  };

  test('never rules out a candidate scoring at or above the floor', () => {
    let ruledOut = 0;
    for (const [payment, listed] of pairs) {
      for (const qw of [[1], [0.3, 1], [1, 0.25, 0.6], [0.2]]) {
        for (const lw of [[1], [0.3, 0.3, 1], [0.8, 0.2]]) {
          const q = weighted(payment, qw);
          const l = weighted(listed, lw);
          for (const ctx of kinds) {
            const bound = coverageBound(q);
            const score = nameScore(q, l, ctx);
            for (const floor of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
              const below = scoreSurelyBelow(q, l, ctx, floor, bound);
              if (below) {
                ruledOut++;
                expect([payment, listed, score < floor]).toEqual([payment, listed, true]);
              }
            }
          }
        }
      }
    }
    expect(ruledOut).toBeGreaterThan(0);
  });

  test("rules out a listed name that shares only the payment's common words", () => {
    const q = weighted('Fatma Zeynep Bribri', [0.3, 0.3, 1]);
    const l = weighted('Fatma Zeynep Cetin', [0.3, 0.3, 0.9]);
    const person = { listKind: 'person' as const, truncated: false };
    const bound = coverageBound(q);
    expect(scoreSurelyBelow(q, l, person, 0.75, bound)).toBe(true);
    // The same comparison again comes from the bound's memo, with the same answer.
    expect(scoreSurelyBelow(q, l, person, 0.75, bound)).toBe(true);
    expect(scoreSurelyBelow(q, weighted('Fatma Zeynep Bribi', [0.3, 0.3, 1]), person, 0.75, bound)).toBe(false);
  });

  test('rules out a listed person whose given name no payment word can be, and a company most of whose name is missing', () => {
    const person = { listKind: 'person' as const, truncated: false };
    const q = weighted('Hatice Kabri', [0.4, 1]);
    // Kabri pairs with Kadri (a typo), but Ilyaas, the given name, is not in the payment.
    expect(scoreSurelyBelow(q, weighted('Ilyaas Kadri', [0.8, 1]), person, 0.75, coverageBound(q))).toBe(true);
    const org = { listKind: 'organisation' as const, truncated: false };
    const c = weighted('Veltan Bau', [1, 0.3]);
    expect(scoreSurelyBelow(c, weighted('Zehra Vetan Contracting FZE', [1, 1, 0.3, 0.3]), org, 0.75, coverageBound(c))).toBe(true);
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
