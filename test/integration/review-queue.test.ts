/**
 * The queue API the review page pages through: sorting by age, deadline and score, filters applied while paging, and
 * a cursor that neither skips nor repeats waiting holds when holds on earlier pages are decided in between.
 */
import { LISTED, ibanDE } from '../helpers/pacs008';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';
import { holdPayment } from './review-support';

let t: TestGateway;
const ids: string[] = [];
beforeAll(async () => {
  t = await startTestGateway('review-queue', { FOUR_EYES: 'false', HOLD_DEADLINES: 'URGP=2h,NURG=48h' });
  const levels = ['SEPA', 'URGP', 'NURG'];
  for (let i = 0; i < 9; i++) {
    // every third one is a name-only hit (score < 1 for the variant name), the rest hit the listed IBAN (score 1)
    const spec = i % 3 === 2 ? { creditorName: i % 2 ? LISTED.name : 'Nordic Digital Medias Services AB', creditorIban: ibanDE(40_000 + i) } : {};
    ids.push((await holdPayment(t, { ...spec, serviceLevel: levels[i % 3]! })).holdId);
    await new Promise((r) => setTimeout(r, 3)); // distinct creation times
  }
});
afterAll(async () => t.destroy());

type Page = { holds: { id: string; createdAt: string; deadline: string; score: number; hits: { method: string }[] }[]; next: string | null; total: number };
const list = async (query: string): Promise<Page> => (await t.http.get(`/v1/holds?${query}`).set(t.as('reviewerA')).expect(200)).body;

async function all(query: string, limit = 2): Promise<Page['holds']> {
  const out: Page['holds'] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await list(`${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...page.holds);
    cursor = page.next;
  } while (cursor);
  return out;
}

it('sorts by age, deadline and score, in either order', async () => {
  const byAge = await all('sort=created');
  expect(byAge.map((h) => h.id)).toEqual(ids);
  expect((await all('sort=created&order=desc')).map((h) => h.id)).toEqual([...ids].reverse());
  const deadlines = (await all('sort=deadline')).map((h) => Date.parse(h.deadline));
  expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  const scores = (await all('sort=score')).map((h) => h.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(new Set(scores).size).toBeGreaterThan(1);
  expect((await list('limit=50')).total).toBe(9);
});

it('applies filters while paging', async () => {
  const names = await all('method=name', 1);
  expect(names.length).toBe(3);
  expect(names.every((h) => h.hits.some((x) => x.method === 'name'))).toBe(true);
  expect((await all('serviceLevel=URGP', 2)).length).toBe(3);
  expect((await all('minScore=0.999', 2)).every((h) => h.score >= 0.999)).toBe(true);
});

it('does not skip waiting holds when holds of an earlier page are decided meanwhile', async () => {
  const first = await list('limit=3');
  expect(first.holds.map((h) => h.id)).toEqual(ids.slice(0, 3));
  for (const h of first.holds) await t.http.post(`/v1/holds/${h.id}/reject`).set(t.as('reviewerA')).send({ comment: 'done' }).expect(200);
  const second = await list(`limit=3&cursor=${encodeURIComponent(first.next!)}`);
  expect(second.holds.map((h) => h.id)).toEqual(ids.slice(3, 6));
  // the last hold of a page decided before the next page is asked for: the next page starts right after it
  await t.http.post(`/v1/holds/${ids[5]}/reject`).set(t.as('reviewerA')).send({ comment: 'done' }).expect(200);
  const third = await list(`limit=3&cursor=${encodeURIComponent(second.next!)}`);
  expect(third.holds.map((h) => h.id)).toEqual(ids.slice(6, 9));
  expect(third.next).toBeNull();
});

it('refuses a cursor it did not make', async () => {
  const res = await t.http.get('/v1/holds?cursor=zzz').set(t.as('reviewerA')).expect(400);
  expect(res.body.error.path).toBe('cursor');
});
