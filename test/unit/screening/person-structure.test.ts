/**
 * Structure-aware person matching in a dense list (issue 11, item 2): where the given and family names are names
 * hundreds of listed persons share, their weights fall below the common-word bound, and what the payment may leave
 * out (a middle name, a Vietnamese tên đệm, a father's name) must still cost little, while a part that conflicts
 * (another middle name) must cost a lot. All names invented.
 */
import { buildScreener, DEFAULT_POLICY } from '../../../src/screening';
import { isVietnameseName } from '../../../src/screening/names/vietnamese-names';
import { field } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;
const REPORT = 0.8;

const TARGETS: readonly (readonly [string, string])[] = [
  ['mid', 'Selin Nur AYDEMIR'],
  ['plain', 'Defne ORUCOGLU'],
  ['vn', 'Vo Thi Lan'],
  ['vn3', 'Bui Van Thong'],
  ['vn2', 'Trinh Huu Phong'],
  ['cn', 'Zhou Wei Ming'],
  ['pk', 'Farid Javed QURESHI'],
  ['tr', 'Yavuz Tarik KOCABAS'],
  ['ar', 'Hamdan Yasir al-Sabbagh'],
  ['in', 'Harpreet Kaur GILL'],
  ['ng', 'Oluwaseun Tunde ADEYEMI'],
  ['ag', 'Amir Ghazi Al Tamimi'],
];

/** Namesakes: each common word in 150 listed names beside a word of their own, so its weight is that of a common name. */
const COMMON = [
  'selin',
  'aydemir',
  'defne',
  'orucoglu',
  'vo',
  'lan',
  'bui',
  'thong',
  'trinh',
  'phong',
  'zhou',
  'wei',
  'farid',
  'qureshi',
  'yavuz',
  'kocabas',
  'hamdan',
  'sabbagh',
  'harpreet',
  'gill',
  'adeyemi',
  'amir',
  'tamimi',
];

function own(k: number, salt: number): string {
  const c = 'bdfgklmnprstvz';
  const v = 'aeiou';
  let x = k * 7919 + salt * 104729 + 17;
  let w = '';
  for (let i = 0; i < 4; i++) {
    w += c[x % c.length] + v[(x >> 4) % v.length];
    x = Math.floor(x / 5) + 31 * i;
  }
  return `${w}x`;
}

const entry = (id: string, name: string) => ({ id, kind: 'person' as const, names: [name], identifiers: [] });
const entries = [
  ...COMMON.flatMap((word, s) => Array.from({ length: 150 }, (_x, k) => entry(`f${s}-${k}`, k % 2 === 0 ? `${word} ${own(k, s)}` : `${own(k, s)} ${word}`))),
  ...TARGETS.map(([id, name]) => entry(id, name)),
];
// Every namesake scored: what the candidate search brings among so many is its own matter (see the last test).
const screener = buildScreener(entries, { version: 'v', now: new Date('2026-01-01T00:00:00Z'), candidateLimit: 1000 });
const searched = buildScreener(entries, { version: 'v', now: new Date('2026-01-01T00:00:00Z') });
const hit = (payment: string, id: string) => screener.screenFields([field('name', payment)]).find((h) => h.entryId === id);
const scoreOf = (payment: string, id: string) => hit(payment, id)?.score ?? 0;
const featuresOf = (payment: string, id: string) => (hit(payment, id)?.explanation ?? []).map((f) => f.feature);

describe('a middle name left out, among namesakes', () => {
  it('costs as little as where the given and family names are rare: the listed middle name is no distinctive part missed', () => {
    expect(scoreOf('Selin Aydemir', 'mid')).toBeGreaterThanOrEqual(HOLD);
    expect(featuresOf('Selin Aydemir', 'mid')).not.toContain('common_tokens_only');
    // no harder than the same name listed without a middle name
    expect(scoreOf('Selin Aydemir', 'mid')).toBeGreaterThanOrEqual(scoreOf('Defne Orucoglu', 'plain') - 0.06);
  });

  it.each([
    ['Yavuz Kocabas', 'tr'],
    ['Hamdan al-Sabbagh', 'ar'],
    ['Harpreet Gill', 'in'],
  ])('%s', (payment, id) => {
    expect(scoreOf(payment, id)).toBeGreaterThanOrEqual(HOLD);
  });
});

describe('a middle name that conflicts', () => {
  it.each([
    ['Farid Nasser Qureshi', 'pk', 'nasser~javed'],
    ['Yavuz Emre Kocabas', 'tr', 'emre~tarik'],
    ['Hamdan Khalil al-Sabbagh', 'ar', 'khalil~yasir'],
  ])('%s is another person', (payment, id, detail) => {
    const h = hit(payment, id);
    expect(h?.score ?? 0).toBeLessThan(REPORT);
    if (h !== undefined) expect(h.explanation).toContainEqual(expect.objectContaining({ feature: 'middle_name_conflicts', detail }));
  });

  it('not when it is the listed middle name in another romanisation', () => {
    expect(featuresOf('Farid Jawed Qureshi', 'pk')).not.toContain('middle_name_conflicts');
  });
});

describe('the same given name with another family name', () => {
  it.each([
    ['Selin Kaplan', 'mid'],
    ['Farid Hussaini', 'pk'],
    ['Harpreet Kaur Sandhu', 'in'],
  ])('%s stays negative', (payment, id) => {
    expect(scoreOf(payment, id)).toBeLessThan(REPORT);
  });
});

describe('Vietnamese names', () => {
  it('are told by their family name or their middle names', () => {
    expect(isVietnameseName(['vo', 'thi', 'lan'], 3)).toBe(true);
    expect(isVietnameseName(['le', 'van', 'hung'], 3)).toBe(true);
    // Ho, Xuan and Hui are pinyin too: a name of three needed syllables
    expect(isVietnameseName(['ho', 'xuan', 'hui'], 3)).toBe(false);
    // Huong is no Chinese or Korean syllable (uo, a final ng after it): Vietnamese spelling
    expect(isVietnameseName(['ho', 'xuan', 'huong'], 3)).toBe(true);
    expect(isVietnameseName(['mai', 'gia', 'long'], 3)).toBe(true);
    expect(isVietnameseName(['lam', 'wai', 'kit'], 3)).toBe(false);
    expect(isVietnameseName(['zhou', 'wei', 'ming'], 3)).toBe(false);
  });

  it('may leave the middle name out', () => {
    expect(scoreOf('Vo Lan', 'vn')).toBeGreaterThanOrEqual(HOLD);
    expect(scoreOf('Trinh Phong', 'vn2')).toBeGreaterThanOrEqual(HOLD);
    expect(scoreOf('Bui Thong', 'vn3')).toBeGreaterThanOrEqual(HOLD);
  });

  it('may not change it, nor leave the given name out', () => {
    expect(scoreOf('Vo Minh Lan', 'vn')).toBeLessThan(REPORT);
    expect(scoreOf('Bui Duc Thong', 'vn3')).toBeLessThan(REPORT);
    expect(scoreOf('Trinh Van Phong', 'vn2')).toBeLessThan(REPORT);
    expect(scoreOf('Vo Thi', 'vn')).toBeLessThan(REPORT);
    expect(scoreOf('Trinh Huu', 'vn2')).toBeLessThan(REPORT);
  });

  it('unlike a Chinese name, whose two-syllable given name is one name', () => {
    expect(scoreOf('Zhou Wei', 'cn')).toBeLessThan(REPORT);
  });
});

describe('initials that are a word or a legal form too', () => {
  it.each([
    ['Adeyemi O.T.', 'ng'],
    ['A.G. Al Tamimi', 'ag'],
    ['Gill H.K.', 'in'],
  ])('%s stand for every given name', (payment, id) => {
    expect(scoreOf(payment, id)).toBeGreaterThanOrEqual(HOLD);
    expect(featuresOf(payment, id)).toContain('token_initial');
  });

  it('are found among the namesakes by the candidate search', () => {
    for (const [payment, id] of [
      ['Adeyemi O.T.', 'ng'],
      ['A.G. Al Tamimi', 'ag'],
    ]) {
      expect(searched.screenFields([field('name', payment)]).find((h) => h.entryId === id)?.score ?? 0).toBeGreaterThanOrEqual(HOLD);
    }
  });

  it('not when they stand for some of them only, or in another order', () => {
    expect(scoreOf('Adeyemi TO', 'ng')).toBeLessThan(REPORT);
    expect(scoreOf('G.A. Al Tamimi', 'ag')).toBeLessThan(REPORT);
  });
});
