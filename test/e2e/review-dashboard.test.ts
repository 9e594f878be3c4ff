/**
 * The team lead's dashboard in headless chromium, against a real gateway whose clock walks through four weeks of
 * review work done through the API (payments held, released and rejected by two reviewers after a while, some left
 * to expire, some escalated, post-hoc items, exceptions). The page shows what GET /v1/review/dashboard says, draws
 * its charts with the locally served chart library under the page's Content-Security-Policy, and reads well at 1400
 * and 1024 px, with the dead letters of a payment the core refused and of a status report the hub refused (both through
 * the real delivery path, against HTTP servers standing in for the core and the hub). Screenshots: test-artifacts/dashboard-*.png; docs/images/review-dashboard.png for the README (docImage).
 */
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008, type TxSpec } from '../helpers/pacs008';
import { TOKENS, TestGateway, startTestGateway } from '../helpers/test-gateway';
import { docImage, launch, listen, screenshot, signedIn } from './browser';

jest.setTimeout(180_000);

declare const document: {
  querySelector(selector: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<unknown>;
  documentElement: { scrollWidth: number; clientWidth: number };
};

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Today in the gateway's clock: the last day of four weeks of work. */
const TODAY = Date.parse('2026-03-28T00:00:00Z');
let clock = new Date(TODAY - 27 * DAY);

let t: TestGateway;
let core: HttpRecorder;
let hub: HttpRecorder;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;

/** A small deterministic generator: the same four weeks every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Payees that hold payments for different reasons (identifier, name with a typo, a person, a web domain). */
const PAYEES: ((n: number) => TxSpec)[] = [
  (n) => ({ creditorName: `Harbour Books ${n}`, creditorIban: LISTED.iban }),
  (n) => ({ creditorName: 'Schattenbild Vertrieb GmbH', creditorIban: ibanDE(60_000 + n), creditorCountry: 'DE' }),
  (n) => ({ creditorName: 'Kvist & Lunt Innehall AB', creditorIban: ibanDE(61_000 + n), creditorCountry: 'SE' }),
  (n) => ({ creditorName: `Studio ${n}`, creditorIban: ibanDE(62_000 + n), remittance: 'order via www.velvet-pixel.example' }),
  (n) => ({ creditorName: 'Lichtspiel Medien AG', creditorIban: ibanDE(63_000 + n), creditorCountry: 'CH' }),
];

async function hold(spec: TxSpec): Promise<{ holdId?: string; postHocReviewId?: string }> {
  const res = await t.submit(pacs008([spec])).expect(200);
  return res.body.transactions[0];
}

async function decide(holdId: string, action: 'release' | 'reject', comment: string): Promise<void> {
  await t.http
    .post(`/v1/holds/${holdId}/${action}`)
    .set(t.as('reviewerA'))
    .send({ comment, ...(action === 'reject' ? { reason: 'RR04' } : {}) })
    .expect(202);
  await t.http.post(`/v1/holds/${holdId}/${action}`).set(t.as('reviewerB')).send({ comment: 'agreed' }).expect(200);
}

/** Four weeks: each day some payments are held in office hours and decided minutes to a day later. */
async function fourWeeks(): Promise<void> {
  const rnd = random(42);
  const end = TODAY + 15 * HOUR;
  let n = 0;
  for (let day = 0; day < 28; day++) {
    const start = TODAY - (27 - day) * DAY + 8 * HOUR;
    const count = 3 + Math.floor(rnd() * 5) - (day % 7 >= 5 ? 2 : 0);
    const held: { id: string; created: number }[] = [];
    for (let i = 0; i < count; i++) {
      clock = new Date(start + i * 40 * MIN + Math.floor(rnd() * 30) * MIN);
      const tx = await hold({ ...PAYEES[Math.floor(rnd() * PAYEES.length)]!(n++), ...(rnd() < 0.08 ? { instant: true } : {}) });
      const id = tx.holdId ?? tx.postHocReviewId;
      if (id) held.push({ id, created: clock.getTime() });
    }
    // each is decided after a while: most within the hour, the rest within a day; a few are left until their deadline
    // (24 h), when the gateway rejects them (the expiry the queue worker would run); the last ones still wait
    for (const item of held) {
      const r = rnd();
      const at = r < 0.06 ? item.created + DAY : item.created + (rnd() < 0.6 ? (5 + rnd() * 80) * MIN : (2 + rnd() * 20) * HOUR);
      if (at > end) continue;
      clock = new Date(at);
      if (r < 0.06) expect(await t.gw.review.expire(item.id)).not.toBe('ignored');
      else if (r < 0.1) {
        await t.http.post(`/v1/holds/${item.id}/release`).set(t.as('reviewerA')).send({ comment: 'looks like a shop' }).expect(202);
        await t.http.post(`/v1/holds/${item.id}/reject`).set(t.as('reviewerB')).send({ comment: 'no, listed', reason: 'RR04' }).expect(409);
        // escalated: decided afresh by the two of them a few hours later
        if (at + 3 * HOUR <= end) {
          clock = new Date(at + 3 * HOUR);
          await decide(item.id, 'reject', 'agreed after a call');
        }
      } else await decide(item.id, r < 0.8 ? 'release' : 'reject', 'checked');
    }
  }
  // an exception in force, expiring soon, and one waiting for a second reviewer
  clock = new Date(TODAY + 9 * HOUR);
  const a = await hold(PAYEES[1]!(900));
  const x = await t.gw.exceptions.propose('alice', { holdId: a.holdId!, entryId: 'DE-BKA-000601', comment: 'a namesake, checked the register', days: 5 });
  await t.gw.exceptions.confirm(x.id, 'bob', 'agreed');
  const b = await hold(PAYEES[2]!(901));
  await t.gw.exceptions.propose('alice', { holdId: b.holdId!, entryId: 'SE-POL-000124', comment: 'another company' });
  clock = new Date(TODAY + 15 * HOUR);
}

/**
 * On the first day, before any other work (so nothing else is in flight towards the core or the hub): a clean payment
 * the core refuses, and a held one released whose forward the core and whose status report the hub refuse.
 */
async function deadLetters(): Promise<string> {
  core.fallback = 422;
  hub.fallback = 400;
  clock = new Date(TODAY - 27 * DAY + 7 * HOUR);
  await t.submit(pacs008([{ creditorName: 'Refused Books AB', creditorIban: ibanDE(64_000), endToEndId: 'E2E-DEAD-CORE' }])).expect(200);
  const held = await hold({ ...PAYEES[0]!(999), endToEndId: 'E2E-DEAD-HUB' });
  await decide(held.holdId!, 'release', 'a shop');
  await waitUntil(
    async () => {
      const b = (await t.http.get('/v1/forwards/dead-letters').set(t.as('admin')).expect(200)).body;
      return b.deadLetters.length === 2 && b.statusReports.length === 1;
    },
    15_000,
    'the dead letters',
  );
  core.fallback = 200;
  hub.fallback = 200;
  return held.holdId!;
}
/** The hold whose status report the hub refused. */
let deadHold: string;

beforeAll(async () => {
  core = await new HttpRecorder().start();
  hub = await new HttpRecorder().start();
  t = await startTestGateway('e2e-dashboard', { INSTANT_NAME_HIT_ACTION: 'release', CORE_URL: core.url, STATUS_URL: hub.url }, undefined, { now: () => clock });
  deadHold = await deadLetters();
  await fourWeeks();
  server = await listen(t.gw.app);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t?.destroy();
  await core?.stop();
  await hub?.stop();
});

/** Everything the browser complains about: CSP violations, script errors, failed requests. */
function complaints(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') out.push(m.text());
  });
  page.on('pageerror', (e) => out.push(String(e)));
  page.on('requestfailed', (r) => out.push(`${r.url()} ${r.failure()?.errorText}`));
  return out;
}

const text = async (page: Page, selector: string) => (await page.innerText(selector)).replace(/\s+/g, ' ').trim();

describe('the dashboard', () => {
  let api: Record<string, any>;
  beforeAll(async () => {
    api = (await t.http.get('/v1/review/dashboard?days=30').set(t.as('reviewerA')).expect(200)).body;
  });

  it('the four weeks gave every kind of figure something to show', () => {
    const p = api.period;
    expect(p.released).toBeGreaterThan(20);
    expect(p.rejected).toBeGreaterThan(3);
    expect(p.expired + p.escalated).toBeGreaterThan(0);
    expect(p.timeToDecision.decisions).toBe(p.released + p.rejected);
    expect(api.waiting.holds).toBeGreaterThan(0);
    expect(api.exceptions).toMatchObject({ active: 1, proposed: 1, expiringWithin7Days: 1 });
    expect(p.hitsByMethod.map((m: { method: string }) => m.method)).toEqual(expect.arrayContaining(['iban', 'name', 'domain']));
  });

  it.each([1400, 1024])('shows the API’s figures and draws its charts at %i px', async (width) => {
    const page = await signedIn(browser, server.url, TOKENS.reviewerA);
    const problems = complaints(page);
    await page.setViewportSize({ width, height: 900 });
    await page.keyboard.press('d');
    await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length >= 6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await page.getAttribute('#nav a[data-view="dashboard"]', 'aria-current')).toBe('page');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe(
      'dashboard-days',
    );

    expect(await text(page, '#tile-waiting .big')).toBe(String(api.waiting.holds));
    expect(await text(page, '#tile-decided .big')).toBe(String(api.period.released + api.period.rejected + api.period.expired));
    expect(await text(page, '#tile-decided')).toContain(`${api.period.released} released · ${api.period.rejected} rejected · ${api.period.expired} expired`);
    expect(await text(page, '#tile-exceptions')).toMatch(/^Exceptions in force 1 1 expiring within 7 days/);
    expect(await text(page, '#tile-ttd')).toMatch(new RegExp(`${api.period.timeToDecision.decisions} decisions`));
    // (the figures are in a closed <details>: read as text, not as rendered)
    const rows = await page.$$eval('#chart-decisions table.figures tbody tr', (trs) =>
      trs.map((tr) => Array.from((tr as unknown as { children: ArrayLike<{ textContent: string | null }> }).children, (c) => c.textContent ?? '')),
    );
    expect(rows).toHaveLength(30);
    const last = api.perDay[api.perDay.length - 1];
    expect(rows[0]).toEqual([
      last.date,
      ...[last.held, last.released, last.rejected, last.expired, last.escalated, last.findings.falsePositive + last.findings.match].map(String),
    ]);
    const methods = await page.$$eval('#chart-methods table.figures tbody tr td', (tds) => tds.map((td) => Number(td.textContent)));
    expect(methods).toEqual(api.period.hitsByMethod.map((m: { hits: number }) => m.hits));
    expect(await page.textContent('#chart-methods table.figures')).toContain('web domain or address');

    await screenshot(page, `dashboard-${width}`);
    if (width === 1400) await docImage(page, 'review-dashboard', 900);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lists the dead letters of forwards and of status reports with their EndToEndIds, for the reviewer role', async () => {
    const page = await signedIn(browser, server.url, TOKENS.reviewerA, '#/dashboard');
    const problems = complaints(page);
    await page.waitForSelector('#dead-letters table');
    expect(await text(page, '#dead-letters .big')).toBe('3');
    expect(await text(page, '#dead-letters')).toContain('2 cleared payments the core did not take · 1 status report the hub did not take');
    const rows = await page.$$eval('#dead-letters tbody tr', (trs) =>
      trs.map((tr) => {
        const el = tr as unknown as {
          dataset: { kind: string };
          children: ArrayLike<{ textContent: string | null }>;
          querySelector(s: string): { getAttribute(a: string): string | null } | null;
        };
        return { kind: el.dataset.kind, cells: Array.from(el.children, (c) => c.textContent ?? ''), link: el.querySelector('a')?.getAttribute('href') ?? null };
      }),
    );
    // when, what, message, EndToEndId, reason, attempts, id
    const forwards = rows.filter((r) => r.kind === 'forward');
    expect(forwards.map((r) => r.cells[3]).sort()).toEqual(['E2E-DEAD-CORE', 'E2E-DEAD-HUB']);
    for (const f of forwards) expect(f.cells.slice(4, 6)).toEqual([expect.stringMatching(/refused the message with HTTP 422$/), '1']);
    const report = rows.find((r) => r.kind === 'status')!;
    expect(report.cells.slice(3, 7)).toEqual(['E2E-DEAD-HUB', expect.stringMatching(/HTTP 400$/), '1', `${deadHold}-status`]);
    expect(report.link).toBe(`#/hold/${deadHold}`);
    // ids, states and the receiver's answer only: no party of the payments
    expect(await text(page, '#dead-letters')).not.toMatch(/Refused Books|Harbour Books/);
    await screenshot(page, 'dashboard-dead-letters');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('changes the period from the keyboard and keeps a year', async () => {
    const page = await signedIn(browser, server.url, TOKENS.reviewerB, '#/dashboard');
    await page.waitForSelector('#dashboard-days');
    await page.focus('#dashboard-days');
    await page.selectOption('#dashboard-days', '7');
    await page.waitForFunction(() => document.querySelector('#tile-decided h3')?.textContent === 'Decided, last 7 days');
    expect(await page.$$eval('#chart-decisions table.figures tbody tr', (trs) => trs.length)).toBe(7);
    await page.selectOption('#dashboard-days', '366');
    await page.waitForFunction(() => document.querySelector('#tile-decided h3')?.textContent === 'Decided, last 366 days');
    expect(await page.$$eval('#chart-decisions table.figures tbody tr', (trs) => trs.length)).toBe(366);
    await page.context().close();
  });
});
