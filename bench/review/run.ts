/**
 * The review queue with many holds waiting: seeds N holds (default 10,000) through POST /v1/messages, then times
 * GET /v1/holds (first page per sort, a deep page, filters that match often, rarely and never) over HTTP, one hold's
 * detail, and the review page's first render in headless chromium (navigation start → the first queue page drawn).
 * Before that, a history for the team dashboard: for each of the last D days (default 365, the gateway's clock set
 * back), K payments held and decided by two reviewers (released or rejected, after 5 minutes to 20 hours); then
 * GET /v1/review/dashboard for 30 days and a year, and the dashboard's first render.
 *
 *   npm run build:bench && node dist/bench/review/run.js [--holds 10000] [--repeat 20] [--history-days 365] [--history-per-day 20]
 *
 * Redis: REDIS_URL, else the one on 127.0.0.1:6379, else a private redis-server without persistence.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { Redis } from 'ioredis';
import { loadConfig, repoRoot } from '../../src/config';
import { startGateway } from '../../src/composition/gateway';
import { createLogger } from '../../src/observability/logger';
import { ping, startEmbeddedRedis } from '../../src/runtime/embedded-redis';
import { heldMessage } from './holds';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const HOLDS = opt('holds', 10_000);
const HISTORY_DAYS = opt('history-days', 365);
const HISTORY_PER_DAY = opt('history-per-day', 20);
const REPEAT = opt('repeat', 20);
const PER_MESSAGE = 100;
const REVIEWER = `bench-reviewer-${randomBytes(12).toString('hex')}`;
const SUBMITTER = `bench-submitter-${randomBytes(12).toString('hex')}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

async function redisUrl(dataDir: string): Promise<{ url: string; stop?: () => Promise<void> }> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL };
  if (await ping(6379)) return { url: 'redis://127.0.0.1:6379' };
  const r = await startEmbeddedRedis({ dataDir, persistence: 'none' });
  return { url: r.url, stop: r.stop };
}

function stats(ms: number[]): { p50: number; p95: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]!) };
}
const round = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-bench-review-'));
  const tokensFile = path.join(dataDir, 'tokens.json');
  await fs.writeFile(
    tokensFile,
    JSON.stringify({
      tokens: [
        { token: SUBMITTER, role: 'submitter', name: 'hub' },
        { token: REVIEWER, role: 'reviewer', name: 'bench' },
      ],
    }),
    { mode: 0o600 },
  );
  const redis = await redisUrl(dataDir);
  const prefix = `cpbench:review:${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    REDIS_URL: redis.url,
    REDIS_PREFIX: prefix,
    DATA_DIR: dataDir,
    TOKENS_FILE: tokensFile,
    WATCHLIST: path.join(repoRoot(), 'fixtures', 'watchlist', 'sample.jsonl'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    HOLD_DEADLINES: 'URGP=2h,NURG=48h',
  });
  // the history is made with the gateway's clock set back day by day; the queue and the timings run on the real clock
  let clockOffsetMs = 0;
  const gw = await startGateway(config, { log: createLogger('warn'), now: () => new Date(Date.now() + clockOffsetMs) });
  const base = gw.url!;
  const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
  try {
    // A year of decisions: each day's payments held in the morning and decided by two reviewers during the day.
    const historyStart = performance.now();
    const historyRun = `BH${randomBytes(3).toString('hex')}`;
    const DAY = 86_400_000;
    for (let day = HISTORY_DAYS; day >= 1; day--) {
      clockOffsetMs = -day * DAY;
      const res = await fetch(`${base}/v1/messages`, {
        method: 'POST',
        headers: { ...auth(SUBMITTER), 'Content-Type': 'application/xml' },
        body: heldMessage(historyRun, day * HISTORY_PER_DAY, HISTORY_PER_DAY),
      });
      const body = (await res.json()) as { transactions?: { holdId?: string }[]; error?: { message: string } };
      if (!res.ok) throw new Error(`history: ${res.status} ${body.error?.message}`);
      for (const [i, t] of body.transactions!.entries()) {
        if (!t.holdId) continue;
        clockOffsetMs = -day * DAY + (5 + ((i * 97) % 1200)) * 60_000;
        const action = i % 4 === 3 ? 'reject' : 'release';
        await gw.review.act(t.holdId, action, 'bench-a', { comment: 'checked', ...(action === 'reject' ? { reason: 'RR04' } : {}) });
        await gw.review.act(t.holdId, action, 'bench-b', { comment: 'agreed' });
      }
    }
    clockOffsetMs = 0;
    process.stderr.write(`bench: ${HISTORY_DAYS} days × ${HISTORY_PER_DAY} decisions seeded in ${Math.round(performance.now() - historyStart)} ms\n`);

    // Seed.
    const seedStart = performance.now();
    const runId = `BR${randomBytes(3).toString('hex')}`;
    for (let first = 0; first < HOLDS; first += PER_MESSAGE) {
      const res = await fetch(`${base}/v1/messages`, {
        method: 'POST',
        headers: { ...auth(SUBMITTER), 'Content-Type': 'application/xml' },
        body: heldMessage(runId, first, Math.min(PER_MESSAGE, HOLDS - first)),
      });
      const body = (await res.json()) as { transactions?: { decision: string }[]; error?: { message: string } };
      if (!res.ok) throw new Error(`seeding failed: ${res.status} ${body.error?.message}`);
      const notHeld = body.transactions!.filter((t) => t.decision !== 'hold').length;
      if (notHeld) throw new Error(`seeding: ${notHeld} transactions were not held`);
    }
    const open = await gw.holds.countOpen();
    process.stderr.write(`bench: ${open} open holds seeded in ${Math.round(performance.now() - seedStart)} ms\n`);

    // The list API over HTTP.
    const time = async (url: string): Promise<{ ms: number; count: number; next: string | null }> => {
      const t0 = performance.now();
      const res = await fetch(`${base}${url}`, { headers: auth(REVIEWER) });
      const body = (await res.json()) as { holds: { id: string }[]; next: string | null };
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return { ms: performance.now() - t0, count: body.holds.length, next: body.next };
    };
    // The cursor of page 100 (the API pages by the last hold shown, so walk there once).
    let deep = '';
    for (let i = 0; i < 99; i++) deep = (await time(`/v1/holds?limit=50${deep ? `&cursor=${encodeURIComponent(deep)}` : ''}`)).next!;
    const cases: [string, string][] = [
      ['first page, by age (limit 50)', '/v1/holds?limit=50'],
      ['first page, by deadline', '/v1/holds?sort=deadline&limit=50'],
      ['first page, by score', '/v1/holds?sort=score&limit=50'],
      ['page 100 (cursor), by age', `/v1/holds?limit=50&cursor=${encodeURIComponent(deep)}`],
      ['filter method=name (30 % match)', '/v1/holds?method=name&limit=50'],
      ['filter minScore=0.99, by deadline', '/v1/holds?minScore=0.99&sort=deadline&limit=50'],
      ['filter entryId (3.75 % match)', '/v1/holds?entryId=CH-FED-000701&limit=50'],
      ['filter claimed=me (no match: full scan)', '/v1/holds?claimed=me&limit=50'],
      ['first page, limit 200', '/v1/holds?limit=200'],
    ];
    const rows: Record<string, unknown>[] = [];
    for (const [name, url] of cases) {
      await time(url); // warm-up
      const runs: number[] = [];
      let last = { count: 0, next: null as string | null };
      for (let i = 0; i < REPEAT; i++) {
        const r = await time(url);
        runs.push(r.ms);
        last = r;
      }
      rows.push({ case: name, returned: last.count, more: last.next !== null, ...stats(runs) });
    }
    const oneId = (await (await fetch(`${base}/v1/holds?limit=1`, { headers: auth(REVIEWER) })).json()) as { holds: { id: string }[] };
    const detail: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const t0 = performance.now();
      await (await fetch(`${base}/v1/holds/${oneId.holds[0]!.id}`, { headers: auth(REVIEWER) })).json();
      detail.push(performance.now() - t0);
    }
    rows.push({ case: 'GET /v1/holds/:id (with original)', returned: 1, more: false, ...stats(detail) });
    for (const days of [30, 366]) {
      const runs: number[] = [];
      let decided = 0;
      for (let i = 0; i <= REPEAT; i++) {
        const t0 = performance.now();
        const res = await fetch(`${base}/v1/review/dashboard?days=${days}`, { headers: auth(REVIEWER) });
        const body = (await res.json()) as { waiting: { holds: number }; period: { released: number; rejected: number } };
        if (!res.ok || body.waiting.holds !== open) throw new Error(`dashboard: ${res.status}, ${body.waiting?.holds} waiting`);
        decided = body.period.released + body.period.rejected;
        if (i > 0) runs.push(performance.now() - t0); // the first is a warm-up
      }
      rows.push({ case: `GET /v1/review/dashboard?days=${days} (${decided.toLocaleString('en')} decisions)`, returned: 1, more: false, ...stats(runs) });
    }

    // The page's first render: navigation start → the first queue page drawn (performance mark 'queue-rendered').
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    const renders: Record<string, number[]> = { 'by age': [], 'by deadline': [] };
    const phases: Record<string, number[]> = {};
    try {
      for (let i = 0; i < 6; i++) {
        for (const [name, hash] of [
          ['by age', ''],
          ['by deadline', '#/queue?sort=deadline'],
        ] as const) {
          const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
          // (a string: this file is compiled without the DOM library, which has sessionStorage)
          await context.addInitScript({ content: `sessionStorage.setItem('chokepoint.reviewToken', ${JSON.stringify(REVIEWER)})` });
          const page = await context.newPage();
          await page.goto(`${base}/review/${hash}`);
          // `performance` is the page's here: the functions run in the browser
          await page.waitForFunction(() => performance.getEntriesByName('queue-rendered').length > 0, undefined, { timeout: 30_000 });
          const [ms, ...parts] = await page.evaluate(() => {
            const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
            // (Node's typings of `performance` lack the browser's navigation entry)
            const nav = (performance.getEntriesByType as unknown as (t: string) => { domContentLoadedEventEnd: number }[])('navigation')[0]!;
            return [at('queue-rendered'), nav.domContentLoadedEventEnd, at('session-ready'), at('queue-fetched')];
          });
          if (i > 0) (['scripts loaded', 'session answered', 'queue page fetched'] as const).forEach((k, j) => (phases[k] ??= []).push(parts[j]!));
          const rowsShown = await page.locator('table.holds tbody tr').count();
          if (rowsShown !== 50) throw new Error(`page rendered ${rowsShown} rows`);
          if (i > 0) renders[name]!.push(ms); // the first round warms the browser's cache
          await context.close();
        }
      }
    } finally {
      await browser.close();
    }
    for (const [name, ms] of Object.entries(renders))
      rows.push({ case: `page first render ${name} (50 rows, cold tab)`, returned: 50, more: true, ...stats(ms) });
    // The dashboard's first render: navigation start → tiles and six charts drawn (mark 'dashboard-rendered').
    const dashboard: number[] = [];
    const browser2 = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    try {
      for (let i = 0; i < 6; i++) {
        const context = await browser2.newContext({ viewport: { width: 1400, height: 900 } });
        await context.addInitScript({ content: `sessionStorage.setItem('chokepoint.reviewToken', ${JSON.stringify(REVIEWER)})` });
        const page = await context.newPage();
        await page.goto(`${base}/review/#/dashboard?days=30`);
        await page.waitForFunction(() => performance.getEntriesByName('dashboard-rendered').length > 0, undefined, { timeout: 30_000 });
        const ms = await page.evaluate(() => performance.getEntriesByName('dashboard-rendered')[0]!.startTime);
        if ((await page.locator('.chart canvas').count()) < 6) throw new Error('the dashboard drew fewer than six charts');
        if (i > 0) dashboard.push(ms);
        await context.close();
      }
    } finally {
      await browser2.close();
    }

    for (const [name, ms] of Object.entries(phases)) rows.push({ case: `  of which, since navigation start: ${name}`, returned: '', more: '', ...stats(ms) });
    rows.push({ case: 'dashboard first render (30 days, cold tab)', returned: 1, more: false, ...stats(dashboard) });

    process.stdout.write(
      `\nreview queue with ${open.toLocaleString('en')} open holds (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}), ms over HTTP on localhost:\n`,
    );
    console.table(rows);
    process.stdout.write(JSON.stringify({ holds: open, date: new Date().toISOString(), rows }) + '\n');
  } finally {
    await gw.close();
    // Remove the seeded keys: a bench must leave a shared Redis as it found it.
    const r = new Redis(redis.url);
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.unlink(...keys);
    } while (cursor !== '0');
    r.disconnect();
    await redis.stop?.();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
