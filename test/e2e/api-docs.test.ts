/**
 * The API description rendered at /docs/ in headless chromium, served by the built gateway (`chokepoint serve`):
 * Swagger UI from node_modules draws every operation of GET /openapi.json under the pages' Content-Security-Policy
 * (no violation, no outside request), and an operation opens with its error codes. Screenshot:
 * test-artifacts/api-docs.png; docs/images/api-docs.png for the README (docImage).
 */
import { promises as fs } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CliGateway, startCliGateway } from '../helpers/cli-gateway';
import { makeDataDir } from '../helpers/test-gateway';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';
import { docImage, launch, screenshot } from './browser';

jest.setTimeout(120_000);

declare const document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
declare const window: { addEventListener(type: string, fn: (e: { violatedDirective: string; blockedURI: string }) => void): void; __violations: string[] };

let gateway: CliGateway;
let browser: Browser;
let dataDir: string;
const prefix = testPrefix('api-docs');

beforeAll(async () => {
  dataDir = await makeDataDir();
  gateway = await startCliGateway(dataDir, { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix, WORKER_PROCESSES: '0' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await deletePrefix(prefix);
  await fs.rm(dataDir, { recursive: true, force: true });
});

it('renders every operation of /openapi.json, within the Content-Security-Policy and without outside requests', async () => {
  const base = `http://127.0.0.1:${gateway.port}`;
  const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  const operations = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    window.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${base}/docs/`);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await page.waitForSelector('.opblock-summary');
  const shown = await page.evaluate(() => document.querySelectorAll('.opblock').length);
  expect(shown).toBe(operations);
  expect(await page.textContent('.info .title')).toContain('chokepoint');
  await docImage(page, 'api-docs', 760);

  // one operation opened: its responses list the error codes with their meaning
  await page.click('#operations-holds-releaseHold .opblock-summary-control');
  await page.waitForSelector('#operations-holds-releaseHold .responses-table');
  const responses = await page.textContent('#operations-holds-releaseHold .responses-table');
  expect(responses).toContain('HOLD_CLAIMED');
  expect(responses).toContain('FOUR_EYES_SAME_REVIEWER');
  await screenshot(page, 'api-docs');

  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(outside).toEqual([]);
  await context.close();
});
