/**
 * Headless chromium for the browser tests: Debian's `chromium` package driven by playwright-core (no browser
 * download: this machine has no outside network), and the gateway's app on a real HTTP port.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import type { Express } from 'express';
import { REPO_DIR } from '../helpers/paths';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(REPO_DIR, 'test-artifacts');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** A fresh browser context (own sessionStorage) signed in with the token on the review page. */
export async function signedIn(browser: Browser, url: string, token: string, hash = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${url}/review/${hash}`);
  await page.fill('#token', token);
  await page.press('#token', 'Enter');
  await page.waitForSelector('#who:not([hidden])');
  return page;
}

/**
 * The README's pictures (docs/images/), refreshed only on request (`CHOKEPOINT_DOC_IMAGES=1 npx jest test/e2e`), so
 * that an ordinary test run leaves the working tree as it was. Only the first screen (`height` px) is kept: small files.
 */
export async function docImage(page: Page, name: string, height: number): Promise<void> {
  if (!process.env.CHOKEPOINT_DOC_IMAGES) return;
  const dir = path.join(REPO_DIR, 'docs', 'images');
  mkdirSync(dir, { recursive: true });
  const width = page.viewportSize()?.width ?? 1400;
  await page.screenshot({ path: path.join(dir, `${name}.png`), clip: { x: 0, y: 0, width, height } });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
