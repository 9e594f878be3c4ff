/**
 * Candidate search in a dense list (issue 11): where many listed persons share given and family names, those tokens
 * are common (in more names than the postings cap) and found only in pairs, and namesakes crowd the few candidates
 * scored. The listed person a payment names must still reach the scorer when the payment writes the name otherwise:
 * an Arabic compound apart or joined, Chinese syllables joined or hyphenated in another romanisation, a Korean given
 * name joined, the initials of a given name's syllables, two typos in one word. All names invented.
 */
import { buildScreener, DEFAULT_POLICY, type ListScreener } from '../../../src/screening';
import { defaultPostingsCap } from '../../../src/screening/names/name-model';
import { DEFAULT_CANDIDATE_LIMIT } from '../../../src/screening/screener';
import { parseWatchlist } from '../../../src/watchlist';
import { field } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

/** A deterministic pseudo-random pick (the list must be the same on every run). */
function picker(seed: number): <T>(items: readonly T[]) => T {
  let state = seed;
  return (items) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return items[(state >>> 16) % items.length];
  };
}

const ARABIC_GIVEN = [
  'Mohammed',
  'Ahmad',
  'Ali',
  'Hassan',
  'Omar',
  'Khalid',
  'Youssef',
  'Ibrahim',
  'Mahmoud',
  'Mustafa',
  'Nasser',
  'Saleh',
  'Yasser',
  'Samir',
  'Kamal',
];
const ARABIC_FAMILY = ['AL-HADDAD', 'AL-AMRI', 'BAKRI', 'QASIM', 'KARIMI', 'AL-DABBAGH', 'EL OUARDI', 'AL-SAADI', 'AL-HASHIMI'];
const CHINESE_FAMILY = ['Wang', 'Li', 'Zhang', 'Chen', 'Lin', 'Wu', 'Zhou', 'Deng', 'Tian', 'Ouyang'];
/** Pinyin syllables of given names and their Wade-Giles spelling. */
const CHINESE_SYLLABLES: Readonly<Record<string, string>> = {
  ming: 'ming',
  hong: 'hung',
  li: 'li',
  jia: 'chia',
  wei: 'wei',
  xiao: 'hsiao',
  ling: 'ling',
  hua: 'hua',
  jun: 'chun',
  mei: 'mei',
  zhi: 'chih',
  gang: 'kang',
  yun: 'yun',
  hao: 'hao',
  qiang: 'chiang',
};
const KOREAN_FAMILY = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'];
const KOREAN_SYLLABLES = ['min', 'seo', 'ji', 'hye', 'da', 'eun', 'bo', 'ram', 'jun', 'young', 'su', 'hyun'];
const NIGERIAN_GIVEN = ['Oluwaseun', 'Chukwuemeka', 'Adebayo', 'Ngozi', 'Emeka', 'Funmilayo', 'Olumide', 'Chinedu'];
const NIGERIAN_FAMILY = ['Adeyemi', 'Okafor', 'Nwosu', 'Okonkwo', 'Balogun', 'Eze'];

const capital = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** 6,000 namesakes: every given name, family name and syllable above is in far more listed names than the cap. */
function namesakes(): { id: string; name: string }[] {
  const pick = picker(12345);
  const out: { id: string; name: string }[] = [];
  const syllables = Object.keys(CHINESE_SYLLABLES);
  for (let i = 0; i < 6000; i++) {
    let name: string;
    switch (i % 4) {
      case 0:
        name = `${pick(ARABIC_GIVEN)} ${pick(ARABIC_GIVEN)} ${pick(ARABIC_FAMILY)}`;
        break;
      case 1: {
        const [a, b] = [pick(syllables), pick(syllables)];
        // Half written in pinyin, the given name as one word; half in Wade-Giles, family name first, syllables hyphenated.
        name =
          i % 8 === 1
            ? `${pick(CHINESE_FAMILY)} ${capital(a)}${b}`
            : `${pick(CHINESE_FAMILY).toUpperCase()}, ${capital(CHINESE_SYLLABLES[a])}-${CHINESE_SYLLABLES[b]}`;
        break;
      }
      case 2: {
        const [a, b] = [pick(KOREAN_SYLLABLES), pick(KOREAN_SYLLABLES)];
        name = i % 8 === 2 ? `${pick(KOREAN_FAMILY)} ${capital(a)}${b}` : `${pick(KOREAN_FAMILY)} ${capital(a)} ${capital(b)}`;
        break;
      }
      default:
        name = `${pick(NIGERIAN_GIVEN)} ${pick(NIGERIAN_GIVEN)} ${pick(NIGERIAN_FAMILY)}`;
    }
    out.push({ id: `n${i}`, name });
  }
  return out;
}

/** [kind, listed name, how a payment writes it]. */
const TARGETS: readonly (readonly [string, string, string])[] = [
  ['compound apart', 'Abdelghafour Nasser AL-AMRI', 'Abdul Ghafour Nasser Al Amri'],
  ['compound apart, head spelt otherwise', 'Abdulsalam Yasser BAKRI', 'Abdus Salam Yasser Bakri'],
  ['article joined', 'Kamal Samir El Ouardi', 'Kamal Samir Alouardi'],
  ['Wade-Giles hyphenated for pinyin joined', 'Ouyang Mingjia', 'Ou-yang Ming-chia'],
  ['Wade-Giles for pinyin', 'Zhuge Lihong', 'Chu-ko Li-hung'],
  ['Wade-Giles family name', 'Deng Meiling', 'Teng Mei-ling'],
  ['pinyin joined for Wade-Giles hyphenated', "T'IEN, Chih-kang", 'Tian Zhigang'],
  ['syllables run together', 'Zhou Han Hong', 'Zhou HanHong'],
  ['two typos in one word', 'Oluwaseun Adeyemi', 'Oluwsaeum Adeyemi'],
  ['two typos in a family name', 'Olumide Okafor Balogun', 'Olumide Okafor Baolgnu'],
];

/** [a payment naming another person who shares the target's common names, the target's listed name]. */
const OTHERS: readonly (readonly [string, string])[] = [
  ['Abdul Hakim Nasser Al Amri', 'Abdelghafour Nasser AL-AMRI'],
  ['Ou-yang Hsiao-hung', 'Ouyang Mingjia'],
  ['Tian Zhiming', "T'IEN, Chih-kang"],
  ['Park Boyoung', 'Park Bo Ram'],
  ['Chukwuemeka Adeyemi', 'Oluwaseun Adeyemi'],
];

function screener(extra: readonly (readonly [string, string])[] = []): ListScreener {
  const targets = [...TARGETS.map(([, name], i) => ({ id: `t${i}`, name })), ...extra.map(([id, name]) => ({ id, name }))];
  const entries = [...namesakes(), ...targets].map(({ id, name }) => ({
    id,
    kind: 'person' as const,
    names: [name],
    identifiers: [],
  }));
  return buildScreener(entries, { version: 'v', now: new Date('2026-01-01T00:00:00Z') });
}

describe('candidate search in a dense list', () => {
  const s = screener();
  const initialsScreener = screener([['t-initials', 'Wu Xiao Ling']]);
  const scoreOn = (payment: string, entryId: string): number => s.screenFields([field('name', payment)]).find((h) => h.entryId === entryId)?.score ?? 0;

  it('makes the names common: in more listed names than the postings cap, found only in pairs', () => {
    const listed = namesakes().map(({ name }) => name.toLowerCase());
    for (const word of ['nasser', 'ouyang', 'park', 'wu', 'adeyemi', 'okafor']) {
      expect(listed.filter((name) => name.split(/[\s,-]+/).includes(word)).length).toBeGreaterThan(defaultPostingsCap(listed.length));
    }
  });

  it.each(TARGETS.map(([kind, listed, payment], i) => [kind, payment, listed, `t${i}`]))(
    'finds the listed person: %s (%s for %s)',
    (_kind, payment, _listed, id) => {
      const d = s.diagnoseName(payment, false, 'person', id);
      expect(d.direct).toBeGreaterThanOrEqual(HOLD);
      expect(d.candidate).toBe(true);
      expect(scoreOn(payment, id)).toBeGreaterThanOrEqual(HOLD);
    },
  );

  it('brings the listed person the initials of the given name’s syllables stand for (X.L. Wu for Wu Xiao Ling)', () => {
    // Scored as it would be alone (about the hold threshold: initials for a whole given name say little in a dense list).
    const id = 't-initials';
    const d = initialsScreener.diagnoseName('X.L. Wu', false, 'person', id);
    expect(d.direct).toBeGreaterThan(0.8);
    expect(d.candidate).toBe(true);
  });

  // (Ram, a syllable of native Korean given names, was missing from the syllable table: Poram was no syllable string.)
  it('finds the listed person: Korean given name joined in another spelling (Park Poram for Park Bo Ram)', () => {
    const s2 = screener([['t-korean', 'Park Bo Ram']]);
    const d = s2.diagnoseName('Park Poram', false, 'person', 't-korean');
    expect(d.candidate).toBe(true);
    expect(d.direct).toBeGreaterThanOrEqual(HOLD);
  });

  it.each(OTHERS)('does not hold another person sharing the common names: %s on %s', (payment, listed) => {
    const id = `t${TARGETS.findIndex(([, name]) => name === listed)}`;
    expect(scoreOn(payment, id)).toBeLessThan(HOLD);
  });
});

describe('namesakes do not crowd out the listed person the payment means', () => {
  // Twenty listed "Fatma Kara" (real lists hold many people of one common name) and one "Fatma Aylin Kara": the payment
  // "Fatma A. Kara" ranks each namesake above her, as each explains the payment's two words wholly. Below the candidate
  // limit (DEFAULT_CANDIDATE_LIMIT) she was never scored.
  const names = ['Fatma Aylin Kara', ...Array.from({ length: 20 }, () => 'Fatma Kara')];
  const text = names
    .map((n, i) =>
      JSON.stringify({ id: `P${i}`, kind: 'person', names: [n], identifiers: [], addresses: [], source: 't', listedAt: '2026-01-01', expiresAt: null }),
    )
    .join('\n');
  const screen = (limit?: number) =>
    buildScreener(parseWatchlist(text, { fileName: 'namesakes.jsonl' }), {
      version: 't',
      now: new Date('2026-03-01T00:00:00Z'),
      ...(limit === undefined ? {} : { candidateLimit: limit }),
    })
      .screenFields([field('name', 'Fatma A. Kara')])
      .filter((h) => h.entryId === 'P0');

  it('finds her among twenty namesakes at the default limit', () => {
    expect(DEFAULT_CANDIDATE_LIMIT).toBeGreaterThan(20);
    expect(screen()[0]?.score).toBeGreaterThanOrEqual(HOLD);
  });

  it('lost her at a limit of twelve (what the default was)', () => {
    expect(screen(12)).toEqual([]);
  });
});
