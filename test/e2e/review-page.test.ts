/**
 * The reviewers' page in headless chromium against a real gateway: a payment held through the API shows up in the
 * queue, its hits are highlighted where they occur, reviewer A proposes a release (by keyboard), reviewer B sees the
 * proposal and confirms it, and the payment reaches the core. Then the false-positive exception flow through the page.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, TestGateway, startTestGateway } from '../helpers/test-gateway';
import { launch, listen, screenshot, signedIn } from './browser';

jest.setTimeout(60_000);

/** What the functions run inside the page use of it (the tests are compiled without the DOM library). */
declare const document: { activeElement: { id: string } | null; querySelector(selector: string): { textContent: string | null } | null };

let core: HttpRecorder;
let t: TestGateway;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;

beforeAll(async () => {
  core = await new HttpRecorder().start();
  t = await startTestGateway('e2e-review', { CORE_URL: core.url });
  server = await listen(t.gw.app);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t?.destroy();
  await core?.stop();
});

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
const sentTo = (messageId: string) => core.accepted.filter((r) => r.headers['x-chokepoint-message-id'] === messageId);

describe('the page shell', () => {
  it('is public but holds no data; the API behind it needs a reviewer token', async () => {
    const shell = await t.http.get('/review/').expect(200);
    expect(shell.headers['content-type']).toMatch(/text\/html/);
    expect(shell.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(shell.text).not.toMatch(/SE-POL|DE89|hold/i);
    await t.http.get('/review').expect(301);
    await t.http
      .get('/review/assets/app.js')
      .expect(200)
      .expect('content-type', /javascript/);
    await t.http.get('/v1/review/session').expect(401);
    await t.http.get('/v1/review/session').set(t.as('submitter')).expect(403);
    const session = await t.http.get('/v1/review/session').set(t.as('reviewerA')).expect(200);
    expect(session.body).toMatchObject({ reviewer: { name: 'alice', role: 'reviewer' }, settings: { fourEyes: true } });
    expect(session.body.settings.rejectReasons[0]).toEqual({ code: 'RR04', label: 'Regulatory reason' });
  });

  it('refuses a token that is not a reviewer’s', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/review/`);
    await page.fill('#token', TOKENS.submitter);
    await page.press('#token', 'Enter');
    await page.waitForFunction(() => document.querySelector('#signin-error')?.textContent?.includes('not a reviewer token'));
    expect(await page.isHidden('#view')).toBe(true);
    await page.context().close();
  });
});

describe('a held payment, decided with four eyes through the page', () => {
  let holdId: string;
  let messageId: string;
  let alice: Page;
  let bob: Page;

  beforeAll(async () => {
    const res = await t
      .submit(pacs008([{ creditorName: 'Blue Harbour Books', creditorIban: LISTED.iban, remittance: `order 5531 via https://www.${LISTED.domain}/pay` }]))
      .expect(200);
    holdId = res.body.transactions[0].holdId;
    messageId = res.body.message.id;
    expect(holdId).toEqual(expect.any(String));
  });

  it('shows the hold in the queue, opened by keyboard', async () => {
    alice = await signedIn(browser, server.url, TOKENS.reviewerA);
    await alice.waitForSelector(`table.holds tr[data-id="${holdId}"]`);
    expect(await text(alice, `table.holds tr[data-id="${holdId}"]`)).toContain('SE-POL-000123');
    expect(await text(alice, 'table.holds caption')).toMatch(/of 1 open/);
    await screenshot(alice, 'review-page-queue');
    await alice.keyboard.press('?');
    expect(await alice.isVisible('#help')).toBe(true);
    await alice.keyboard.press('Escape');
    expect(await alice.isHidden('#help')).toBe(true);
    await alice.keyboard.press('j');
    await alice.keyboard.press('Enter');
    await alice.waitForSelector(`article.hold[data-id="${holdId}"]`);
  });

  it('highlights every hit where it occurs, with entry, score, method and list version', async () => {
    const ibanRow = alice.locator('table.payee tr', { has: alice.locator('code', { hasText: 'CdtrAcct/Id/IBAN' }) });
    expect(await ibanRow.locator('mark').first().textContent()).toContain(LISTED.iban);
    const rmtRow = alice.locator('table.payee tr', { has: alice.locator('code', { hasText: /^RmtInf/ }) });
    const rmtMark = rmtRow.locator('mark').first();
    expect(await rmtMark.textContent()).toContain(LISTED.domain);
    expect(await rmtRow.locator('td.value').textContent()).toContain('order 5531 via https://www.');
    expect(await rmtMark.getAttribute('title')).toMatch(/web domain or address match on SE-POL-000123/);
    const hits = await text(alice, 'table.hits');
    const version = t.gw.watchlist.info()!.version;
    expect(hits).toContain('SE-POL-000123');
    expect(hits).toMatch(/1\.00/);
    expect(hits).toMatch(/IBAN/);
    expect(hits).toMatch(/web domain/);
    expect(hits).toContain(version);
    expect(await text(alice, '.hold-head')).toMatch(/Deadline: (23h|1d)/);
  });

  it('reviewer A proposes a release by keyboard', async () => {
    await alice.keyboard.press('r');
    expect(await alice.evaluate(() => document.activeElement?.id)).toBe('comment');
    await alice.keyboard.type('bookshop; the IBAN on the list is a typo');
    await alice.keyboard.press('Control+Enter');
    await alice.waitForSelector('#proposal');
    expect(await text(alice, '#proposal')).toMatch(/You proposed to release/);
    expect(await text(alice, '#status')).toMatch(/Proposed to release/);
    expect(await alice.isDisabled('#decide')).toBe(true);
    await screenshot(alice, 'review-page-proposed');
    expect(sentTo(messageId)).toHaveLength(0);
  });

  it('reviewer B sees the proposal and confirms it: the payment is forwarded', async () => {
    bob = await signedIn(browser, server.url, TOKENS.reviewerB, `#/hold/${holdId}`);
    await bob.waitForSelector('#proposal');
    const proposal = await text(bob, '#proposal');
    expect(proposal).toMatch(/alice proposed to release/);
    expect(proposal).toContain('bookshop; the IBAN on the list is a typo');
    await bob.check('#action-release');
    expect(await text(bob, '#decide')).toBe('Confirm release');
    await bob.fill('#comment', 'agreed: shop checked in the register');
    await bob.click('#decide');
    await bob.waitForSelector('article.hold[data-state="released"]');
    expect(await text(bob, '#status')).toMatch(/Final: released/);
    await core.waitFor(() => sentTo(messageId).length === 1);
    expect(sentTo(messageId)[0]!.body).toContain(LISTED.iban);
    expect(existsSync(await screenshot(bob, 'review-page-confirmed'))).toBe(true);
    await bob.keyboard.press('q');
    await bob.waitForSelector('table.holds, p.empty');
    expect(await bob.$(`table.holds tr[data-id="${holdId}"]`)).toBeNull();
  });
});

describe('claims and false-positive exceptions through the page', () => {
  it('A claims and proposes an exception, B confirms it, the next payment to that payee goes through', async () => {
    const payee = ibanDE(31_337);
    const res = await t.submit(pacs008([{ creditorName: LISTED.name, creditorIban: payee }])).expect(200);
    const holdId = res.body.transactions[0].holdId as string;

    const alice = await signedIn(browser, server.url, TOKENS.reviewerA, `#/hold/${holdId}`);
    await alice.waitForSelector(`article.hold[data-id="${holdId}"]`);
    await alice.keyboard.press('c');
    await alice.waitForFunction(() => document.querySelector('#claim')?.textContent === 'Unclaim');
    const bob = await signedIn(browser, server.url, TOKENS.reviewerB, `#/hold/${holdId}`);
    await bob.waitForSelector(`article.hold[data-id="${holdId}"]`);
    expect(await text(bob, '.hold-head')).toMatch(/claimed by alice/);
    expect(await bob.isDisabled('#decide')).toBe(true);
    expect(await bob.isDisabled('#claim')).toBe(true);

    const form = alice.locator('form.inline[data-entry="SE-POL-000123"]');
    expect(await form.textContent()).toMatch(/evidence: name/);
    expect(await form.locator('select[name=counterparty]').inputValue()).toBe(`iban:${payee}`);
    await form.locator('input[name=comment]').fill('family bookshop, registered 1998');
    await form.locator('button').click();
    await alice.waitForFunction(() => /Exception x\w+ proposed/.test(document.querySelector('#status')?.textContent ?? ''));

    await bob.goto(`${server.url}/review/#/exceptions?status=proposed`);
    const row = bob.locator('table.exceptions tr[data-status="proposed"]');
    await row.waitFor();
    expect(await row.textContent()).toContain(`iban:${payee}`);
    await row.locator('input').fill('checked the register');
    await row.locator('button.confirm').click();
    await bob.waitForFunction(() => /confirmed: it applies/.test(document.querySelector('#status')?.textContent ?? ''));
    await bob.selectOption('#exception-status', 'active');
    await bob.locator('table.exceptions tr[data-status="active"]').waitFor();
    await screenshot(bob, 'review-page-exception');

    await waitUntil(() => t.gw.exceptions.activeIds().length === 1, 5_000, 'exception active');
    const next = await t.submit(pacs008([{ creditorName: LISTED.name, creditorIban: payee }])).expect(200);
    expect(next.body.transactions[0]).toMatchObject({ decision: 'clear', status: 'ACSP' });
    expect(next.body.transactions[0].hits[0].suppressedBy).toEqual(expect.stringMatching(/^x/));
    await alice.context().close();
    await bob.context().close();
  });
});

describe('debtor data in the page', () => {
  it('is masked for every reviewer; one whose token has reveal-debtor reveals it with a reason, on record', async () => {
    const debtorName = 'Ingrid Maskedpayer';
    const debtorIban = ibanDE(41_414);
    const res = await t.submit(pacs008([{ creditorName: LISTED.name, creditorIban: LISTED.iban, debtorName, debtorIban }])).expect(200);
    const holdId = res.body.transactions[0].holdId as string;

    const alice = await signedIn(browser, server.url, TOKENS.reviewerA, `#/hold/${holdId}`);
    await alice.waitForSelector(`article.hold[data-id="${holdId}"]`);
    await alice.click('details.original summary');
    expect(await text(alice, '#original')).toContain('<Nm>•••</Nm>');
    expect(await text(alice, '#original')).toContain(LISTED.iban);
    expect(await text(alice, '#debtor-note')).toMatch(/Debtor data masked/);
    expect(await alice.textContent('body')).not.toContain(debtorName);
    expect(await alice.textContent('body')).not.toContain(debtorIban);
    expect(await alice.$('#reveal')).toBeNull();

    const carol = await signedIn(browser, server.url, TOKENS.reviewerReveal, `#/hold/${holdId}`);
    await carol.waitForSelector(`article.hold[data-id="${holdId}"]`);
    await carol.click('details.original summary');
    expect(await carol.textContent('body')).not.toContain(debtorName);
    await carol.fill('#reveal-reason', 'payer named in a police request');
    await carol.click('#reveal');
    await carol.waitForSelector('#debtor-fields');
    expect(await text(carol, '#debtor-fields')).toContain(debtorName);
    expect(await text(carol, '#original')).toContain(debtorIban);
    expect(await text(carol, '#debtor-note')).toMatch(/revealed to carol/);
    await screenshot(carol, 'review-page-debtor-revealed');

    await t.gw.audit.seal();
    const reveals = [];
    for await (const e of t.gw.audit.events()) if (e.type === 'debtor-revealed' && e.holdId === holdId) reveals.push(e);
    expect(reveals).toMatchObject([{ actor: 'carol', data: { reason: 'payer named in a police request' } }]);
    await alice.context().close();
    await carol.context().close();
  });
});
