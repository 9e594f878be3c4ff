/**
 * Every view of the reviewers' page at the two widths reviewers use (1400 px, and a 1024 px laptop), in headless
 * chromium against a real gateway with a varied queue: what screenshots of earlier versions showed wrong is asserted
 * here (controls of a signed-in reviewer shown while signed out, banners left over from another view, a decision
 * chosen in advance, raw feature names as explanations, holds of one payee that look alike, a header on two lines,
 * content wider than the window, the keyboard's path through an item). Screenshots: test-artifacts/screens-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { HttpRecorder } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, TestGateway, startTestGateway } from '../helpers/test-gateway';
import { docImage, launch, listen, screenshot, signedIn } from './browser';

jest.setTimeout(120_000);

declare const document: {
  activeElement: { id: string; tagName: string; textContent: string | null; getAttribute(n: string): string | null } | null;
  querySelector(selector: string): { textContent: string | null; getBoundingClientRect(): { height: number; top: number; bottom: number } } | null;
  querySelectorAll(selector: string): ArrayLike<{ getBoundingClientRect(): { top: number; bottom: number } }>;
  documentElement: { scrollWidth: number; clientWidth: number };
};

const WIDTHS = [1400, 1024] as const;

let core: HttpRecorder;
let t: TestGateway;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;
const holds: Record<string, string> = {};

async function hold(name: string, xml: string): Promise<string> {
  const res = await t.submit(xml).expect(200);
  const id = res.body.transactions[0].holdId ?? res.body.transactions[0].postHocReviewId;
  expect(id).toEqual(expect.any(String));
  holds[name] = id;
  return id;
}

beforeAll(async () => {
  core = await new HttpRecorder().start();
  t = await startTestGateway('e2e-screens', { CORE_URL: core.url, INSTANT_NAME_HIT_ACTION: 'release' });
  server = await listen(t.gw.app);
  browser = await launch();
  // an exact IBAN hit with the listed domain in the remittance text
  await hold(
    'iban',
    pacs008([
      { creditorName: 'Blue Harbour Books', creditorIban: LISTED.iban, remittance: `order 5531 via https://www.${LISTED.domain}/pay`, amount: '149.00' },
    ]),
  );
  // two payments to one payee whose name is one letter off a listed name: told apart by their ids
  const payee = { creditorName: 'Schattenbild Vertrieb GmbH', creditorIban: ibanDE(4242), creditorCountry: 'DE' };
  await hold('typo1', pacs008([{ ...payee, amount: '310.00', endToEndId: 'INV-2026-0117' }]));
  await hold('typo2', pacs008([{ ...payee, amount: '310.00', endToEndId: 'INV-2026-0118' }]));
  // a person's name with accents left out and the parts reordered
  await hold('person', pacs008([{ creditorName: 'Akesson-Black Jorgen', creditorIban: ibanDE(4343), creditorCountry: 'SE' }]));
  // an instant payment released on a name-only hit: a post-hoc review item
  await hold('postHoc', pacs008([{ creditorName: 'Kvist & Lunt Innehall AB', creditorIban: ibanDE(4444), creditorCountry: 'SE', instant: true }]));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t?.destroy();
  await core?.stop();
});

/** What a reader sees (layout-aware: a definition list's term and value are apart). */
const text = async (page: Page, selector: string) => (await page.innerText(selector)).replace(/\s+/g, ' ').trim();

async function atWidth(width: number, token?: string, hash = ''): Promise<Page> {
  if (token) {
    const page = await signedIn(browser, server.url, token, hash);
    await page.setViewportSize({ width, height: 800 });
    return page;
  }
  const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
  await page.goto(`${server.url}/review/${hash}`);
  return page;
}

/** Nothing wider than the window: no horizontal scrolling at this width. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
/** The header's parts on one line. */
const headerHeight = (page: Page) => page.evaluate(() => document.querySelector('header.top')!.getBoundingClientRect().height);

describe.each(WIDTHS)('at %i px', (width) => {
  it('signed out: only the sign-in form, no queue links, no sign-out', async () => {
    const page = await atWidth(width);
    await page.waitForSelector('#signin:not([hidden])');
    expect(await page.isHidden('#nav')).toBe(true);
    expect(await page.isHidden('#sign-out')).toBe(true);
    expect(await page.isHidden('#who')).toBe(true);
    await screenshot(page, `screens-signin-${width}`);
    await page.context().close();
  });

  it('the queue: one line of header, holds of one payee told apart, nothing wider than the window', async () => {
    const page = await atWidth(width, TOKENS.reviewerA);
    await page.waitForSelector(`table.holds tr[data-id="${holds.typo2}"]`);
    expect(await headerHeight(page)).toBeLessThan(48);
    expect(await fitsWidth(page)).toBe(true);
    const one = await text(page, `tr[data-id="${holds.typo1}"]`);
    const two = await text(page, `tr[data-id="${holds.typo2}"]`);
    expect(one).toContain('INV-2026-0117');
    expect(two).toContain('INV-2026-0118');
    expect(one).toMatch(/MsgId MSG/);
    expect(await text(page, 'table.holds thead')).toContain('Received');
    expect(await page.getAttribute(`tr[data-id="${holds.typo1}"] time[datetime]`, 'datetime')).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    await screenshot(page, `screens-queue-${width}`);
    await page.context().close();
  });

  it('an item: explanations in words, no decision chosen in advance', async () => {
    const page = await atWidth(width, TOKENS.reviewerA, `#/hold/${holds.iban}`);
    await page.waitForSelector(`article.hold[data-id="${holds.iban}"]`);
    expect(await fitsWidth(page)).toBe(true);
    expect(await page.isChecked('#action-release')).toBe(false);
    expect(await page.isChecked('#action-reject')).toBe(false);
    expect(await page.isDisabled('#decide')).toBe(true);
    expect(await text(page, '#decide')).toBe('Choose release or reject');
    const why = await text(page, 'table.hits');
    expect(why).toContain('the IBAN is on the list, exactly');
    expect(why).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(await text(page, '.facts')).toMatch(/Instructing agent none in the message \(sent by hub-test\)/);
    await screenshot(page, `screens-item-iban-${width}`);
    await page.context().close();
  });
});

describe.each(WIDTHS)('the exceptions and the keyboard help at %i px', (width) => {
  it('read well: nothing wider than the window, evidence in words', async () => {
    if (width === WIDTHS[0])
      await t.gw.exceptions.propose('alice', { holdId: holds.typo1!, entryId: 'DE-BKA-000601', comment: 'a namesake: registered carpenters since 1998' });
    const page = await atWidth(width, TOKENS.reviewerB, '#/exceptions');
    const row = page.locator('table.exceptions tr[data-status="proposed"]');
    await row.waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(await row.innerText()).toMatch(/DE-BKA-000601\s+name\s/);
    await screenshot(page, `screens-exceptions-${width}`);
    await page.keyboard.press('?');
    expect(await page.isVisible('#help')).toBe(true);
    expect(await text(page, '#help')).toContain('the team dashboard');
    expect(await headerHeight(page)).toBeLessThan(48);
    await screenshot(page, `screens-help-${width}`);
    await page.context().close();
  });
});

describe('explanations of name hits', () => {
  it('say what matched, as written, with the typo counted; the list the entry comes from', async () => {
    const page = await atWidth(1400, TOKENS.reviewerA, `#/hold/${holds.typo1}`);
    await page.waitForSelector(`article.hold[data-id="${holds.typo1}"]`);
    const why = await text(page, 'table.hits td.why');
    expect(why).toContain('one typo in ‘Vertriebs’ (the payment has ‘Vertrieb’)');
    expect(why).toContain('no other words in the payment’s name');
    expect(why).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(await text(page, 'table.hits tbody tr')).toContain('bka-de');
    await screenshot(page, 'screens-item-name-1400');
    await docImage(page, 'review-item', 560);
    await page.goto(`${server.url}/review/#/hold/${holds.person}`);
    await page.waitForSelector(`article.hold[data-id="${holds.person}"]`);
    const person = await text(page, 'table.hits td.why');
    expect(person).toContain('all words of the listed name found');
    expect(person).toMatch(/the words are in another order \(score × 0\.98\)/);
    await page.context().close();
  });
});

describe('banners belong to the view that raised them', () => {
  it('the welcome leaves with the first move; a decision’s outcome leaves with the item', async () => {
    const alice = await signedIn(browser, server.url, TOKENS.reviewerA);
    expect(await text(alice, '#status')).toMatch(/Welcome, alice/);
    await alice.keyboard.press('e');
    await alice.waitForSelector('h2:text("False-positive exceptions")');
    expect(await text(alice, '#status')).toBe('');

    await alice.goto(`${server.url}/review/#/hold/${holds.postHoc}`);
    await alice.waitForSelector(`article.hold[data-id="${holds.postHoc}"]`);
    await alice.keyboard.press('r');
    await alice.keyboard.type('café, not the listed company: checked the register');
    await alice.keyboard.press('Control+Enter');
    await alice.waitForSelector('#proposal');
    expect(await text(alice, '#status')).toMatch(/Proposed to release/);
    await alice.keyboard.press('q');
    await alice.waitForSelector('table.holds');
    expect(await text(alice, '#status')).toBe('');

    const bob = await signedIn(browser, server.url, TOKENS.reviewerB, `#/hold/${holds.postHoc}`);
    await bob.setViewportSize({ width: 1400, height: 800 });
    await bob.waitForSelector('#proposal');
    // the proposal is shown, not chosen for the second reviewer
    expect(await bob.isChecked('#action-release')).toBe(false);
    expect(await text(bob, '#decide')).toBe('Choose release to confirm, or the opposite');
    await bob.check('#action-release');
    expect(await text(bob, '#decide')).toBe('Confirm release');
    await bob.fill('#comment', 'agreed');
    await bob.click('#decide');
    await bob.waitForSelector(`article.hold[data-state="released"]`);
    expect(await text(bob, '#status')).toMatch(/Final: released/);
    await screenshot(bob, 'screens-item-decided-1400');
    await bob.keyboard.press('q');
    await bob.waitForSelector('table.holds');
    expect(await text(bob, '#status')).toBe('');
    await alice.context().close();
    await bob.context().close();
  });
});

describe('the keyboard’s path through an item', () => {
  it('Tab goes from the header to the item’s links, the decision, then the rest, in reading order', async () => {
    const page = await atWidth(1400, TOKENS.reviewerB, `#/hold/${holds.typo2}`);
    await page.waitForSelector(`article.hold[data-id="${holds.typo2}"]`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('back');
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          return el ? el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 20)}` : '';
        }),
      );
    }
    // the decision comes right after the item's own controls, before the long payee data and the original message
    const decide = order.indexOf('action-release');
    expect(decide).toBeGreaterThanOrEqual(0);
    expect(order.slice(0, decide)).toEqual(['claim']);
    expect(order.indexOf('comment')).toBe(decide + 1);
    expect(order.indexOf('decide')).toBe(-1); // disabled until a decision is chosen
    expect(order.findIndex((x) => x.startsWith('summary:Original message'))).toBeGreaterThan(order.indexOf('comment'));
    await page.context().close();
  });
});
