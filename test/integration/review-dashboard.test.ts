/**
 * GET /v1/review/dashboard through the real gateway, its clock moved through three days: payments held, released,
 * rejected, expired (three concurrent expiries of one hold count once), escalated by opposite proposals, post-hoc
 * items opened and decided, exceptions proposed and confirmed. Every figure is checked against what was done, and the
 * answer against its schema. The per-day figures come from aggregates the accept and decision scripts keep in the
 * same atomic step as what they count (store/review-stats).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reviewDashboard } from '../../src/model/review-dashboard';
import { TTD_BOUNDS_MS } from '../../src/store/review-stats';
import { LISTED, ibanDE, pacs008, type TxSpec } from '../helpers/pacs008';
import { REPO_DIR } from '../helpers/paths';
import { TestGateway, startTestGateway } from '../helpers/test-gateway';

const MIN = 60_000;
const HOUR = 60 * MIN;
let clock = new Date('2026-03-01T09:00:00Z');
const at = (iso: string) => (clock = new Date(iso));

let t: TestGateway;
/** Hits of the transactions that were held, opened for post-hoc review or rejected at once, as the API returned them. */
const expectedHits = { method: new Map<string, number>(), source: new Map<string, number>() };

beforeAll(async () => {
  t = await startTestGateway('review-dashboard', { INSTANT_NAME_HIT_ACTION: 'release' }, undefined, { now: () => clock });
});
afterAll(async () => t?.destroy());

interface TxOutcome {
  decision: string;
  holdId?: string;
  postHocReviewId?: string;
  hits: { method: string; source?: string; suppressedBy?: string }[];
}

async function send(...txs: TxSpec[]): Promise<TxOutcome[]> {
  const res = await t.submit(pacs008(txs)).expect(200);
  const out = res.body.transactions as TxOutcome[];
  for (const tx of out) {
    if (tx.decision === 'clear' && !tx.postHocReviewId) continue;
    for (const h of tx.hits.filter((x) => !x.suppressedBy)) {
      expectedHits.method.set(h.method, (expectedHits.method.get(h.method) ?? 0) + 1);
      const s = h.source ?? '(none)';
      expectedHits.source.set(s, (expectedHits.source.get(s) ?? 0) + 1);
    }
  }
  return out;
}

const decide = async (holdId: string, action: 'release' | 'reject') => {
  await t.http
    .post(`/v1/holds/${holdId}/${action}`)
    .set(t.as('reviewerA'))
    .send({ comment: 'checked', reason: action === 'reject' ? 'RR04' : undefined })
    .expect(202);
  await t.http.post(`/v1/holds/${holdId}/${action}`).set(t.as('reviewerB')).send({ comment: 'agreed' }).expect(200);
};

const dashboard = async (query = '?days=3') => (await t.http.get(`/v1/review/dashboard${query}`).set(t.as('reviewerA')).expect(200)).body;

describe('the review dashboard', () => {
  it('shares its time-to-decision buckets with the Lua that fills them', () => {
    const lua = readFileSync(path.join(REPO_DIR, 'src', 'store', 'lua', 'review-stats.lua'), 'utf8');
    const table = /local CP_TTD = \{([^}]*)\}/
      .exec(lua)![1]!
      .split(',')
      .map((x) => Number(x.trim()));
    expect(table).toEqual(TTD_BOUNDS_MS);
  });

  it('counts three days of review work, each figure where it happened', async () => {
    // Day 1: four holds, one post-hoc item, one rejection at once.
    at('2026-03-01T09:00:00Z');
    const [a, b, clear] = await send(
      { creditorName: 'Blue Harbour Books', creditorIban: LISTED.iban },
      { creditorName: 'Schattenbild Vertrieb GmbH', creditorIban: ibanDE(51_001), creditorCountry: 'DE' },
      { creditorName: 'Lindqvist Carpentry AB', creditorIban: ibanDE(51_002) },
    );
    expect(clear!.decision).toBe('clear');
    const [c] = await send({ creditorName: 'Kvist & Lunt Innehall AB', creditorIban: ibanDE(51_003), creditorCountry: 'SE' });
    const [postHoc] = await send({ creditorName: 'Velvet Pixel Studio', creditorIban: ibanDE(51_004), instant: true });
    const [atOnce] = await send({ creditorName: 'Some Shop', creditorIban: LISTED.iban, instant: true });
    expect([a!.decision, b!.decision, c!.decision, atOnce!.decision]).toEqual(['hold', 'hold', 'hold', 'reject']);
    expect(postHoc!.postHocReviewId).toEqual(expect.any(String));

    at('2026-03-01T09:10:00Z');
    await decide(a!.holdId!, 'release'); // 10 minutes
    at('2026-03-01T11:00:00Z');
    await decide(b!.holdId!, 'reject'); // 2 hours

    // Day 2: an expiry (three concurrent calls, one expiry), a post-hoc finding, an escalation, exceptions.
    at('2026-03-02T07:00:00Z');
    const [e] = await send({ creditorName: 'Schattenbild Vertrieb GmbH', creditorIban: ibanDE(52_001), creditorCountry: 'DE' });
    at('2026-03-02T10:00:00Z');
    expect((await Promise.all([1, 2, 3].map(() => t.gw.review.expire(c!.holdId!)))).sort()).toEqual(['expired', 'ignored', 'ignored']);
    await decide(postHoc!.postHocReviewId!, 'release');
    const [d] = await send({ creditorName: 'Akesson-Black Jorgen', creditorIban: ibanDE(52_002), creditorCountry: 'SE' });
    await t.http.post(`/v1/holds/${d!.holdId}/release`).set(t.as('reviewerA')).send({ comment: 'shop' }).expect(202);
    await t.http.post(`/v1/holds/${d!.holdId}/reject`).set(t.as('reviewerB')).send({ comment: 'no', reason: 'RR04' }).expect(409);
    const active = await t.gw.exceptions.propose('alice', { holdId: d!.holdId!, entryId: 'SE-POL-000125', comment: 'a namesake', days: 5 });
    await t.gw.exceptions.confirm(active.id, 'bob', 'agreed');
    await t.gw.exceptions.propose('alice', { holdId: e!.holdId!, entryId: 'DE-BKA-000601', comment: 'another shop' });

    // Day 3: a hold and a post-hoc item half an hour old.
    at('2026-03-03T07:30:00Z');
    const [f] = await send({ creditorName: 'Harbour Lights Books', creditorIban: LISTED.iban });
    const [g] = await send({ creditorName: 'Velvet Pixel Studio', creditorIban: ibanDE(53_001), instant: true });
    expect(f!.holdId && g!.postHocReviewId).toBeTruthy();
    at('2026-03-03T08:00:00Z');

    const body = await dashboard();
    expect(reviewDashboard.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ generatedAt: '2026-03-03T08:00:00.000Z', timeZone: 'UTC', days: 3 });
    expect(body.perDay.map((x: { date: string }) => x.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    const [d1, d2, d3] = body.perDay;
    const none = { decisions: 0, p50Ms: null, p90Ms: null, meanMs: null };
    expect(d1).toEqual({
      date: '2026-03-01',
      held: 3,
      postHocOpened: 1,
      rejectedAtOnce: 1,
      released: 1,
      rejected: 1,
      expired: 0,
      escalated: 0,
      findings: { falsePositive: 0, match: 0 },
      // 10 min is the upper bound of its bucket; 2 h lies in (1.5 h, 2 h]: p90 is 80 % into it
      timeToDecision: { decisions: 2, p50Ms: 10 * MIN, p90Ms: 1.5 * HOUR + 0.8 * 0.5 * HOUR, meanMs: (10 * MIN + 2 * HOUR) / 2 },
    });
    expect(d2).toEqual({
      date: '2026-03-02',
      held: 2,
      postHocOpened: 0,
      rejectedAtOnce: 0,
      released: 0,
      rejected: 0,
      expired: 1,
      escalated: 1,
      findings: { falsePositive: 1, match: 0 },
      timeToDecision: none,
    });
    expect(d3).toMatchObject({ held: 1, postHocOpened: 1, released: 0, expired: 0, timeToDecision: none });
    expect(body.period).toMatchObject({
      held: 6,
      postHocOpened: 2,
      rejectedAtOnce: 1,
      released: 1,
      rejected: 1,
      expired: 1,
      escalated: 1,
      findings: { falsePositive: 1, match: 0 },
    });
    expect(body.period.timeToDecision).toEqual(d1.timeToDecision);
    const asMap = (rows: { hits: number }[], key: string) => new Map(rows.map((r) => [(r as unknown as Record<string, string>)[key], r.hits]));
    expect(asMap(body.period.hitsByMethod, 'method')).toEqual(expectedHits.method);
    expect(asMap(body.period.hitsBySource, 'source')).toEqual(expectedHits.source);
    expect(body.period.hitsBySource.map((r: { source: string }) => r.source)).toEqual(expect.arrayContaining(['police-se', 'bka-de']));
    // most hits first
    const counts = body.period.hitsByMethod.map((r: { hits: number }) => r.hits);
    expect(counts).toEqual([...counts].sort((x: number, y: number) => y - x));

    // Waiting now: e (overdue since 07:00), d (escalated, due 10:00), f (due tomorrow), post-hoc g.
    expect(body.waiting).toEqual({
      holds: 3,
      postHoc: 1,
      escalated: 1,
      byDeadline: [
        { bucket: 'overdue', holds: 1, postHoc: 0 },
        { bucket: 'lt1h', holds: 0, postHoc: 0 },
        { bucket: '1h-4h', holds: 1, postHoc: 0 },
        { bucket: '4h-24h', holds: 1, postHoc: 1 },
        { bucket: 'gt24h', holds: 0, postHoc: 0 },
      ],
      byAge: [
        { bucket: 'lt1h', holds: 1, postHoc: 1 },
        { bucket: '1h-4h', holds: 0, postHoc: 0 },
        { bucket: '4h-24h', holds: 1, postHoc: 0 },
        { bucket: '1d-3d', holds: 1, postHoc: 0 },
        { bucket: 'gt3d', holds: 0, postHoc: 0 },
      ],
      oldestReceivedAt: '2026-03-02T07:00:00.000Z',
      nextDeadline: '2026-03-03T10:00:00.000Z',
    });
    expect(body.exceptions).toEqual({ active: 1, proposed: 1, expiringWithin7Days: 1, expiringWithin30Days: 1, nextExpiry: '2026-03-07T10:00:00.000Z' });
    expect(body.postHoc).toEqual({ open: 1, overdue: 0, paidBeforeListing: 0 });

    // A day later, without anything done: the post-hoc item and two holds are past their deadlines.
    at('2026-03-04T09:00:00Z');
    const later = await dashboard('?days=1');
    expect(later.perDay).toEqual([expect.objectContaining({ date: '2026-03-04', held: 0 })]);
    expect(later.postHoc).toEqual({ open: 1, overdue: 1, paidBeforeListing: 0 });
    expect(later.waiting.byDeadline[0]).toEqual({ bucket: 'overdue', holds: 3, postHoc: 1 });
    expect(later.exceptions).toMatchObject({ active: 1, expiringWithin7Days: 1 });
  });

  it('defaults to 30 days and refuses a period it does not keep', async () => {
    expect((await dashboard('')).perDay).toHaveLength(30);
    for (const days of ['0', '367', 'x']) {
      const res = await t.http.get(`/v1/review/dashboard?days=${days}`).set(t.as('reviewerA')).expect(400);
      expect(res.body.error).toMatchObject({ code: 'REQUEST_INVALID', path: 'days' });
    }
  });
});
