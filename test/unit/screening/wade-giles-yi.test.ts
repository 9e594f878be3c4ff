/**
 * Wade-Giles writes the syllable pinyin spells yi as a lone i (Kai-i for Kaiyi, I-sheng for Yisheng, Jui I for Ruiyi),
 * which the candidate search took for an initial and never joined to its neighbour (issue 11). In a dense list, where
 * the family name is hundreds of listed people's and the lone i no listed word, the listed person was never scored.
 * All names invented.
 */
import { buildScreener, DEFAULT_POLICY, type ListScreener } from '../../../src/screening';
import { joinsNext } from '../../../src/screening/names/name-index';
import type { WatchlistEntry } from '../../../src/screening/types';
import { field } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;
const NOW = { version: 'v', now: new Date('2026-01-01T00:00:00Z') };

function person(id: string, name: string): WatchlistEntry {
  return { id, kind: 'person', names: [name], identifiers: [] };
}

const FAMILY = ['Shao', 'Tang', 'Mao', 'Wang'];
const GIVEN = ['Wei', 'Jun', 'Hua', 'Ming', 'Kaiyu', 'Yuyan', 'Yisan', 'Xinyu', 'Li', 'Kai', 'Yu', 'Sheng', 'Xin', 'Lei', 'Tao', 'Bo'];

/** ~1,000 namesakes: each family name with every given name and pair of them; none a target below. */
function namesakes(): WatchlistEntry[] {
  const out: WatchlistEntry[] = [];
  for (const family of FAMILY) {
    for (const a of GIVEN) {
      out.push(person(`n${out.length}`, `${family} ${a}`));
      for (const b of GIVEN) if (a !== b) out.push(person(`n${out.length}`, `${family} ${a}${b.toLowerCase()}`));
    }
  }
  return out;
}

const TARGETS: readonly WatchlistEntry[] = [person('t-kaiyi', 'Shao Kaiyi'), person('t-yuyi', 'Tang Yuyi'), person('t-yisheng', 'Mao Yisheng')];

describe('Wade-Giles i for pinyin yi', () => {
  const list = [...namesakes(), ...TARGETS];
  const dense = buildScreener(list, NOW);
  const alone = (id: string): ListScreener => buildScreener([TARGETS.find((t) => t.id === id)!], NOW);
  const score = (s: ListScreener, payment: string, id: string): number => s.screenFields([field('name', payment)]).find((h) => h.entryId === id)?.score ?? 0;

  it('is dense: each family name in more listed names than the postings cap (100)', () => {
    for (const family of FAMILY) expect(list.filter((e) => e.names[0].startsWith(`${family} `)).length).toBeGreaterThan(100);
  });

  it.each([
    ['Shao Kai-i', 't-kaiyi'],
    ['Tang Yu-i', 't-yuyi'],
    ['Mao I-sheng', 't-yisheng'],
  ])('%s → %s, alone and in the dense list', (payment, id) => {
    expect(score(alone(id), payment, id)).toBeGreaterThanOrEqual(HOLD);
    expect(dense.diagnoseName(payment, false, undefined, id).candidate).toBe(true);
    expect(score(dense, payment, id)).toBeGreaterThanOrEqual(HOLD);
  });

  it.each([
    // another given name one syllable apart (yu for yi, yan for yi)
    ['Shao Kai-i', 'Shao Kaiyu'],
    ['Tang Yu-i', 'Tang Yuyan'],
  ])('does not hold another person in the dense list: %s on %s', (payment, listed) => {
    const other = list.find((e) => e.names[0] === listed)!.id;
    expect(score(dense, payment, other)).toBeLessThan(HOLD);
  });

  it('joins a lone i to a Chinese syllable only', () => {
    expect(joinsNext('kai', 'i')).toBe(true);
    expect(joinsNext('i', 'sheng')).toBe(true);
    expect(joinsNext('i', 'petrov')).toBe(false);
    expect(joinsNext('ivan', 'i')).toBe(false);
  });
});
