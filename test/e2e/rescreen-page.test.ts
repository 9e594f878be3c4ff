/**
 * What a list change leaves for reviewers, in headless chromium against a real gateway: an open hold whose entry was
 * delisted says so in the queue and on the item (its original hits still shown; the decision form still there), and
 * the Post-hoc tab lists the payment that cleared before its payee was listed, with the forward's ids, and closes it.
 */
import type { Browser, Page } from 'playwright-core';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { TOKENS, TestGateway, listLine, startTestGateway } from '../helpers/test-gateway';
import { docImage, launch, listen, screenshot, signedIn } from './browser';

jest.setTimeout(60_000);

let t: TestGateway;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;
let holdId: string;
let paid: { messageId: string; endToEndId: string };

const list = (lines: string[]) => lines.join('\n') + '\n';
const putList = async (lines: string[]) => {
  await t.http.put('/v1/watchlist').set(t.as('admin')).set('Content-Type', 'application/x-ndjson').send(list(lines)).expect(200);
  await t.gw.rescreen.settled();
};
const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  t = await startTestGateway('e2e-rescreen');
  server = await listen(t.gw.app);
  browser = await launch();
  const kept = Array.from({ length: 5 }, (_, i) =>
    listLine(`PG-${i + 1}`, `Page Listed Studio ${String.fromCharCode(65 + i)}${String.fromCharCode(80 + i)}`, ibanDE(9600 + i)),
  );
  await putList([...kept, listLine('PG-GONE', 'Soon Delisted Trading', ibanDE(9650))]);
  const held = await t.submit(pacs08Of('Some Payee Oy', ibanDE(9650))).expect(200);
  holdId = held.body.transactions[0].holdId;
  const cleared = await t.submit(pacs08Of('Lantern Press Ltd', ibanDE(9660))).expect(200);
  paid = { messageId: cleared.body.message.id, endToEndId: cleared.body.transactions[0].endToEndId };
  await t.settled();
  await putList([...kept, listLine('PG-LATE', 'Lantern Press Listed Later', ibanDE(9660))]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t?.destroy();
});

function pacs08Of(creditorName: string, creditorIban: string): string {
  return pacs008([{ creditorName, creditorIban }]);
}

it('shows a hold whose every hit was delisted, in the queue and on the item, still to be decided', async () => {
  const page = await signedIn(browser, server.url, TOKENS.reviewerA);
  await page.waitForSelector(`table.holds tr[data-id="${holdId}"]`);
  expect(await text(page, `table.holds tr[data-id="${holdId}"]`)).toContain('all hits delisted');
  await page.goto(`${server.url}/review/#/hold/${holdId}`);
  await page.waitForSelector('section.rescreen');
  expect(await text(page, 'section.rescreen h3')).toMatch(/^All its hits were delisted in version [0-9a-f]{12}$/);
  expect(await text(page, 'section.rescreen')).toContain('still takes the usual decision');
  expect(await text(page, 'table.hits')).toContain('PG-GONE');
  expect(await page.isVisible('#decision-form')).toBe(true);
  await screenshot(page, 'rescreen-hold-delisted');
  await page.context().close();
});

it('lists the payment cleared before its payee was listed, with the forward ids, and closes it', async () => {
  const items = (await t.http.get('/v1/review/post-hoc').set(t.as('reviewerB')).expect(200)).body;
  expect(items.total).toBe(1);
  const page = await signedIn(browser, server.url, TOKENS.reviewerB, '#/post-hoc');
  await page.waitForSelector('article.post-hoc-item');
  const card = await text(page, 'article.post-hoc-item');
  expect(card).toMatch(/paid before the entry was listed: PG-LATE added in version/);
  expect(card).toContain(paid.endToEndId);
  expect(card).toContain(`${paid.messageId}-f`);
  expect(card).toContain('Lantern Press Ltd');
  await screenshot(page, 'rescreen-post-hoc');
  await docImage(page, 'review-post-hoc', 560);
  await page.selectOption('article.post-hoc-item select', 'recalled');
  await page.fill('article.post-hoc-item input', 'Recall sent to the beneficiary bank');
  await page.click('article.post-hoc-item button.close-item');
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document
      .querySelector('#status')
      ?.textContent?.includes('closed'),
  );
  await page.waitForSelector('p.empty');
  await page.selectOption('#post-hoc-state', 'closed');
  await page.waitForSelector('article.post-hoc-item[data-state="closed"]');
  expect(await text(page, 'article.post-hoc-item')).toMatch(/Closed by bob .*recalled, “Recall sent to the beneficiary bank”/);
  await page.context().close();
});
