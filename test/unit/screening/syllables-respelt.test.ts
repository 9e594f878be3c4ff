/**
 * Two one-syllable Chinese or Korean given-name words joined against one word: a changed syllable is another given
 * name, not a typo of the same one (a review found a dense list of such names holding Chen Weijin on Chen Wei Hyun at
 * 0.924). The same syllables written together or apart stay one name. Names invented from common syllables.
 */
import { buildScreener, DEFAULT_POLICY } from '../../../src/screening';
import { field } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

function score(listed: string, payment: string): number {
  const s = buildScreener([{ id: 'e', kind: 'person', names: [listed], identifiers: [] }], { version: 't', now: new Date('2026-12-07T00:00:00Z') });
  return Math.max(0, ...s.screenFields([field('name', payment)]).map((h) => h.score));
}

it.each([
  ['Chen Wei Hyun', 'Chen Weijin'],
  ['Park Xin-hyun', 'Park Minhyun'],
  ['Zhao Jae Xin', 'Zhao Jaemin'],
  ['Kim Il-wei', 'Kim Liwei'],
  ['Li Xuan-woo', 'Li Xuanho'],
])('%s is not held for %s: a syllable changed is another given name', (listed, payment) => {
  expect(score(listed, payment)).toBeLessThan(HOLD);
});

/** The review's shape: 2,500 family names + two syllables, written joined, apart or hyphenated (deterministic). */
function denseSyllableList(): { screen: (payment: string) => { name: string; score: number }[] } {
  const families = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Kim', 'Lee', 'Park', 'Choi', 'Jung'];
  const syllables = ['lei', 'wei', 'qing', 'lan', 'xuan', 'hong', 'jun', 'ming', 'hua', 'jie', 'ying', 'fang', 'min', 'jing', 'hao'];
  const more = ['yu', 'xin', 'li', 'na', 'tao', 'jae', 'il', 'ho', 'hyun', 'soo', 'young', 'jin', 'woo', 'sung'];
  const all = [...syllables, ...more];
  const cap = (x: string) => x[0]!.toUpperCase() + x.slice(1);
  const names: string[] = [];
  let n = 0;
  for (const f of families)
    for (const a of all)
      for (const b of all) {
        if (a === b || (n++ * 7919) % 3 !== 0) continue;
        const style = n % 3;
        names.push(style === 0 ? `${f} ${cap(a)}${b}` : style === 1 ? `${f} ${cap(a)} ${cap(b)}` : `${f} ${cap(a)}-${b}`);
      }
  const s = buildScreener(
    names.map((name, i) => ({ id: `E${i}`, kind: 'person' as const, names: [name], identifiers: [] })),
    { version: 't', now: new Date('2026-12-07T00:00:00Z') },
  );
  return { screen: (payment) => s.screenFields([field('name', payment)]).map((h) => ({ name: names[Number(h.entryId.slice(1))]!, score: h.score })) };
}

it('in a dense list of syllable names, a payment whose given name differs by a syllable holds none of its neighbours', () => {
  const list = denseSyllableList();
  for (const payment of ['Chen Weijin', 'Park Minhyun', 'Zhao Jaemin', 'Kim Liwei', 'Lee Jaefang', 'Wu Jiesung']) {
    // (the same name is no neighbour: written apart or hyphenated, or under the other romanisation of the family name 李,
    // Lee / Li — Lee Jaefang is Li Jae Fang, found once 24 candidates were scored)
    const same = (x: string) => x.replace(/[ -]/g, '').toLowerCase().replace(/^lee/, 'li');
    const held = list.screen(payment).filter((h) => h.score >= HOLD && same(h.name) !== same(payment));
    expect({ payment, held }).toEqual({ payment, held: [] });
  }
});

it.each([
  ['Kim Min Hyun', 'Kim Minhyun'],
  ['Lee Junying', 'Li Jun Ying'],
  ['Wang Xiao-ming', 'Wang Xiaoming'],
])('%s is held for %s: the same syllables written together or apart', (listed, payment) => {
  expect(score(listed, payment)).toBeGreaterThanOrEqual(HOLD);
});
