/**
 * Legal forms the table knew too little of (issue 11): one-word forms written in front (LLC, LLP, MChJ, SARL, TNHH),
 * other romanisations of spelt-out forms (Persian, Russian, Uzbek), forms of whole languages (Vietnamese), forms glued
 * to their neighbour (PvtLtd, CompanyPJS, Côngty), a country word inside the form (Ghana Limited, (Nig) Ltd), S.A.E.,
 * S.A.L., SARLU / SUARL. Every company name here is invented.
 */
import { field, organisationScreener } from './sample-list';
import { buildScreener, DEFAULT_POLICY, normaliseName } from '../../../src/screening';
import { parseWatchlist } from '../../../src/watchlist';
import { FORM_WORD_VARIANTS, LEGAL_FORM_WORDS } from '../../../src/screening/text/legal-forms';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

describe('the normaliser', () => {
  test.each([
    ['LLC Zenitlajn', ['zenitlajn'], 'LLC'],
    ['LLP «Vektorprofit»', ['vektorprofit'], 'LLP'],
    ['MChJ Siniaia Ptitsa', ['siniaia', 'ptitsa'], 'LLC'],
    ['MMC Xezer Gemi', ['xezer', 'gemi'], 'LLC'],
    ['SARL Atlas Negoce', ['atlas', 'negoce'], 'SA'],
    ['Atlas Negoce SARLU', ['atlas', 'negoce'], 'SA'],
    ['Atlas Negoce SUARL', ['atlas', 'negoce'], 'SA'],
    ['Nile Cotton Weavers S.A.E.', ['nile', 'cotton', 'weavers'], 'SA'],
    ['Nile Cotton Weavers Egyptian Joint Stock Company', ['nile', 'cotton', 'weavers'], 'SA'],
    ['Cedre Bleu Société Anonyme Libanaise', ['cedre', 'bleu'], 'SA'],
    ['Kokterek Savdo Mas’uliyati Cheklangan Jamiyati', ['kokterek', 'savdo'], 'LLC'],
    ['Công ty Trách nhiệm Hữu hạn Một Thành viên Sao Thủy Phát', ['sao', 'thuy', 'phat'], 'VN'],
    ['TNHH Sao Thủy Phát', ['sao', 'thuy', 'phat'], 'VN'],
    ['Doanh nghiệp Tư nhân Hưng Lộc', ['hung', 'loc'], 'VN'],
    ['Sherkat-e Sahami-ye Khas Roshan Farayand', ['roshan', 'farayand'], 'OOO'],
    ['Sherkate Sahami-e Khass Roshan Farayand', ['roshan', 'farayand'], 'OOO'],
    ['Sherkat-e Sahami-ye Am Roshan Farayand', ['roshan', 'farayand'], 'OOO'],
    ['Sherkat-e Ba Mas’uliyat-e Mahdood Roshan Farayand', ['roshan', 'farayand'], 'LLC'],
    ['Obshestvo s Ogranichennoi Otvetstvennostju «Belaya Reka»', ['belaya', 'reka'], 'LLC'],
    ['Zakrytoye Aktsionernoje Obshchestvo Belaya Reka', ['belaya', 'reka'], 'OOO'],
    ['Kofi Brothers Ghana Limited', ['kofi', 'brothers'], 'LTD'],
    ['Ekoro Trading (Nig) Ltd', ['ekoro', 'trading'], 'LTD'],
    ['Shivalik Exports PvtLtd', ['shivalik', 'exports'], 'LTD'],
    ['Mavjud Kimyo CompanyPJS', ['mavjud', 'kimyo'], 'OOO'],
    ['Côngty TNHH Sao Thủy Phát', ['sao', 'thuy', 'phat'], 'VN'],
  ])('%s', (name, tokens, code) => {
    const n = normaliseName(name);
    expect(n.tokens).toEqual(tokens);
    expect(n.legalForms).toContain(code);
  });

  test.each([
    ['A S Kumar', ['a', 's', 'kumar']],
    ['I S Kumar', ['i', 's', 'kumar']],
    ['IP Sharma', ['ip', 'sharma']],
    ['SA Kumar', ['sa', 'kumar']],
    // Short forms joined would make real words: no split.
    ['Hotel Incas', ['hotel', 'incas']],
    ['Marian Evans', ['marian', 'evans']],
    ['Tyco Sade', ['tyco', 'sade']],
    // The country is the name's, or too little of the name would remain.
    ['Bank of Ghana Ltd', ['bank', 'ghana']],
    ['Dangote Nigeria Ltd', ['dangote', 'nigeria']],
    // A form's other spelling is read only inside a form: alone it is a word of the name.
    ['Khas Roshan', ['khas', 'roshan']],
  ])('%s keeps its words', (name, tokens) => {
    expect(normaliseName(name).tokens).toEqual(tokens);
  });

  test("a person's name keeps every word: the leading form comes off the company reading only", () => {
    const n = normaliseName('LLC Zenitlajn');
    expect(n.fullTokens).toEqual(['llc', 'zenitlajn']);
  });

  test('each other spelling stands for one word of the table only', () => {
    const seen = new Map<string, string>();
    for (const [canonical, variants] of Object.entries(FORM_WORD_VARIANTS)) {
      for (const v of variants) {
        expect([v, seen.get(v) ?? canonical]).toEqual([v, canonical]);
        seen.set(v, canonical);
      }
    }
  });

  test('Vietnamese name syllables in spelt-out forms are no form words alone', () => {
    for (const w of ['thanh', 'nhan', 'danh', 'tu']) expect(LEGAL_FORM_WORDS.has(w)).toBe(false);
    expect(LEGAL_FORM_WORDS.has('tnhh')).toBe(true);
  });
});

describe('screening', () => {
  const s = organisationScreener([
    ['ZL', 'LLC Zenitlajn'],
    ['VP', 'LLP «Vektorprofit»'],
    ['SP', 'MChJ Siniaia Ptitsa'],
    ['NC', 'Nile Cotton Weavers Egyptian Joint Stock Company'],
    ['CB', 'Cedre Bleu Société Anonyme Libanaise'],
    ['AN', 'Atlas Negoce SARLU'],
    ['KB', 'Kofi Brothers Ghana Limited'],
    ['ET', 'Ekoro Trading (Nig) Ltd'],
    ['KS', 'Kokterek Savdo Mas’uliyati Cheklangan Jamiyat'],
    ['ST', 'Công ty TNHH Sao Thủy Phát'],
    ['RF', 'Sherkat-e Sahami-ye Khass Roshan Farayand Pardis'],
    ['MK', 'Mavjud Kimyo Company PJSC'],
    ['SE', 'Shivalik Exports Pvt Ltd'],
    // Others written with the same forms and a common word.
    ['O1', 'LLC Zenit Trading'],
    ['O2', 'Công ty TNHH Sao Mai Logistics'],
    ['O3', 'Sherkat-e Sahami-ye Khass Roshan Kavir Tejarat'],
  ]);
  const top = (value: string) => s.screenFields([field('name', value)])[0];

  test.each([
    ['Zenitlajn LLC', 'ZL'],
    ['Zenitlajn', 'ZL'],
    ['ООО «Zenitlajn»', 'ZL'],
    ['JSC Zenitlajn', 'ZL'],
    ['«Vektorprofit» LLP', 'VP'],
    ['Vektorprofit', 'VP'],
    ['Siniaia Ptitsa LLC', 'SP'],
    ['Siniaia Ptitsa', 'SP'],
    ['Nile Cotton Weavers S.A.E.', 'NC'],
    ['Cedre Bleu S.A.L.', 'CB'],
    ['Atlas Negoce SARL', 'AN'],
    ['Atlas Negoce SUARL', 'AN'],
    ['Kofi Brothers Ltd', 'KB'],
    ['Ekoro Trading Nigeria Ltd', 'ET'],
    ['Ekoro Trading Limited', 'ET'],
    ['Kokterek Savdo MChJ', 'KS'],
    ['Kokterek Savdo LLC', 'KS'],
    ['Công ty Trách nhiệm Hữu hạn Sao Thủy Phát', 'ST'],
    ['Côngty TNHH Sao Thuy Phat', 'ST'],
    ['Sao Thuy Phat Co Ltd', 'ST'],
    ['Sherkate Sahami Khas Roshan Farayand Pardis', 'RF'],
    ['Roshan Farayand Pardis PJSC', 'RF'],
    ['Mavjud Kimyo CompanyPJS', 'MK'],
    ['Shivalik Exports PvtLtd', 'SE'],
  ])('%s → %s, held', (value, id) => {
    const hit = top(value);
    expect(hit?.entryId).toBe(id);
    expect(hit.score).toBeGreaterThanOrEqual(HOLD);
  });

  test('one legal form replaced by another costs little', () => {
    const hit = top('JSC Zenitlajn');
    expect(hit.score).toBeGreaterThanOrEqual(0.95);
    expect(hit.explanation.some((e) => e.feature === 'legal_form_differs')).toBe(true);
  });

  test.each([
    // Cut at 35 after the form written out, the list writing it abbreviated.
    ['Công ty Trách nhiệm Hữu hạn Sao Thủ', 'ST'],
    ['Sherkat-e Sahami-ye Khas Roshan Far', 'RF'],
  ])('cut after the form spelt another way: %s → %s, held, the form counted as surviving', (value, id) => {
    expect(value).toHaveLength(35);
    const hits = s.screenFields([field('name', value)]);
    expect(hits[0]?.entryId).toBe(id);
    expect(hits[0].score).toBeGreaterThanOrEqual(HOLD);
    expect(hits[0].explanation.find((e) => e.feature === 'cut_head_with_legal_form')?.value).toBeGreaterThan(0);
    expect(hits.filter((h) => h.score >= HOLD).map((h) => h.entryId)).toEqual([id]);
  });

  test.each([
    // Two companies that share only a legal form and a common word.
    'LLC Zenit Logistics',
    'Công ty TNHH Sao Vang',
    'Sherkat-e Sahami-ye Khass Roshan Tejarat Novin',
    'Atlas Trading SARL',
    'Kofi Logistics Ghana Limited',
  ])('%s is held for no listed name', (value) => {
    const hits = s.screenFields([field('name', value)]);
    expect(hits.filter((h) => h.score >= HOLD)).toEqual([]);
  });

  test("a person's initials in front are no legal form", () => {
    const text = JSON.stringify({
      id: 'P1',
      kind: 'person',
      names: ['Arvind S Kumar'],
      identifiers: [],
      addresses: [],
      source: 't',
      listedAt: '2026-01-01',
      expiresAt: null,
    });
    const persons = buildScreener(parseWatchlist(text, { fileName: 'p.jsonl' }), { version: 't', now: new Date('2026-03-01T00:00:00Z') });
    const hits = persons.screenFields([field('name', 'A S Kumar')]);
    expect(hits[0]?.entryId).toBe('P1');
    expect(hits[0].explanation.some((e) => e.feature === 'token_initial')).toBe(true);
  });
});
