import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PayeeField } from '../../../src/iso20022/types';
import type { ListScreener } from '../../../src/screening';
import { loadScreenerFromFile } from '../../../src/watchlist';
import type { LoadThread } from '../../../src/watchlist/load-thread';
import { REPO_DIR } from '../../helpers/paths';
import { field, NOW, SAMPLE_HMAC_KEY, SAMPLE_HMAC_LIST, SAMPLE_LIST, sampleEntries } from '../screening/sample-list';

/** The worker from its TypeScript source, through the repository's require hook (the compiled one is not built here). */
const THREAD: LoadThread = {
  filename: path.join(REPO_DIR, 'src', 'watchlist', 'load-thread-entry.ts'),
  execArgv: ['-r', path.join(REPO_DIR, 'scripts', 'iso20022', 'register-ts.js')],
};

function probes(): PayeeField[][] {
  return sampleEntries().map((e) => [
    ...e.names.flatMap((n) => [field('name', n), field('name', n.slice(1))]),
    ...e.identifiers
      .filter((i) => i.value !== undefined && ['iban', 'bic', 'email', 'phone'].includes(i.type))
      .map((i) => field(i.type as PayeeField['kind'], i.value!)),
  ]);
}

function results(s: ListScreener): string {
  return JSON.stringify(probes().map((f) => s.screenFields(f)));
}

const good = (i: number): Record<string, unknown> => ({
  id: `G-${i}`,
  kind: i % 3 === 0 ? 'person' : 'organisation',
  names: [`Name${i} Vendor${i % 97} Ltd`],
  identifiers: [
    { type: 'iban', value: 'DE89370400440532013000', issuer: 'COBADEFFXXX' },
    // Phones and proxies are canonicalised by the worker, the rest by the building thread.
    ...(i % 4 === 0 ? [{ type: 'phone', value: `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}` }] : []),
    ...(i % 7 === 0 ? [{ type: 'proxy', value: i % 2 === 0 ? `+49 30 ${1_000_000 + i}` : `user${i}@example.com` }] : []),
  ],
  source: i % 2 === 0 ? 'a' : 'b',
});

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('loading in a worker thread', () => {
  // A thread compiles the TypeScript sources through the require hook before it reads: at load average 25 that took
  // longer than 60 s (a clean-clone CI).
  jest.setTimeout(180_000);

  test('the same screener as the single-thread load (plaintext and keyed-hash lists)', async () => {
    const inline = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, thread: false });
    const threaded = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, thread: THREAD });
    expect(threaded.version).toBe(inline.version);
    expect(threaded.entries).toBe(inline.entries);
    expect(threaded.screener.stats()).toEqual(inline.screener.stats());
    expect(results(threaded.screener)).toBe(results(inline.screener));
    expect(threaded.screener.validity).toEqual(inline.screener.validity);
    const hInline = await loadScreenerFromFile(SAMPLE_HMAC_LIST, { now: NOW, hmacKey: SAMPLE_HMAC_KEY, thread: false });
    const hThreaded = await loadScreenerFromFile(SAMPLE_HMAC_LIST, { now: NOW, hmacKey: SAMPLE_HMAC_KEY, thread: THREAD });
    expect(results(hThreaded.screener)).toBe(results(hInline.screener));
  });

  test('a list of many batches: same entries, and the first problem in the file is the one reported', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chokepoint-thread-'));
    dirs.push(dir);
    const lines = Array.from({ length: 12_000 }, (_, i) => JSON.stringify(good(i)));
    const ok = path.join(dir, 'ok.jsonl');
    writeFileSync(ok, lines.join('\n') + '\n');
    const a = await loadScreenerFromFile(ok, { now: NOW, thread: false });
    const b = await loadScreenerFromFile(ok, { now: NOW, thread: THREAD });
    expect(b.entries).toBe(12_000);
    expect(b.screener.stats()).toEqual(a.screener.stats());
    const probe = [
      field('name', 'Name11999 Vendor60 Ltd'),
      field('iban', 'DE89370400440532013000'),
      field('phone', '+44 20 7946 1996'),
      field('phone', '+49 30 1011116'),
    ];
    expect(JSON.stringify(b.screener.screenFields(probe))).toBe(JSON.stringify(a.screener.screenFields(probe)));

    const cases: [string, (l: string[]) => void][] = [
      // an invalid identifier (found by the building thread) before a bad line (found by the worker) …
      [
        'iban-first',
        (l) => {
          l[9000] = JSON.stringify({ ...good(9000), identifiers: [{ type: 'iban', value: 'DE00370400440532013000' }] });
          l[9001] = '{not json';
        },
      ],
      // … and the other way round, in the same batch and across batches
      [
        'json-first',
        (l) => {
          l[9000] = '{not json';
          l[9001] = JSON.stringify({ ...good(9001), identifiers: [{ type: 'iban', value: 'DE00370400440532013000' }] });
        },
      ],
      // a phone found invalid by the worker: reported in file order, and after an invalid identifier before it
      [
        'phone-first',
        (l) => {
          l[9000] = JSON.stringify({ ...good(9000), identifiers: [{ type: 'phone', value: '12' }] });
          l[9001] = '{not json';
        },
      ],
      [
        'iban-before-phone',
        (l) => {
          l[9000] = JSON.stringify({
            ...good(9000),
            identifiers: [
              { type: 'iban', value: 'DE00370400440532013000' },
              { type: 'phone', value: '12' },
            ],
          });
        },
      ],
      [
        'expired-bad-phone',
        (l) => {
          l[3] = JSON.stringify({ ...good(3), expiresAt: '2020-01-01', identifiers: [{ type: 'phone', value: 'nope' }] });
        },
      ],
      [
        'duplicate',
        (l) => {
          l[11_000] = JSON.stringify(good(5));
        },
      ],
      [
        'late-iban',
        (l) => {
          l[11_999] = JSON.stringify({
            ...good(11_999),
            identifiers: [
              { type: 'bic', value: 'COBADEFFXXX' },
              { type: 'email', value: 'not an e-mail' },
            ],
          });
        },
      ],
      [
        'expired-bad',
        (l) => {
          l[3] = JSON.stringify({ ...good(3), expiresAt: '2020-01-01', identifiers: [{ type: 'bic', value: 'nope' }] });
        },
      ],
    ];
    for (const [name, change] of cases) {
      const copy = [...lines];
      change(copy);
      const file = path.join(dir, `${name}.jsonl`);
      writeFileSync(file, copy.join('\n') + '\n');
      const expected = await loadScreenerFromFile(file, { now: NOW, thread: false }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(expected).toMatchObject({ code: 'WATCHLIST_INVALID' });
      const { code, message, line, path: p } = expected as { code: string; message: string; line: number; path?: string };
      await expect(loadScreenerFromFile(file, { now: NOW, thread: THREAD })).rejects.toMatchObject({
        code,
        message,
        line,
        ...(p !== undefined ? { path: p } : {}),
      });
    }
  });

  test('a keyed-hash list without its key stops the load as in a single thread', async () => {
    await expect(loadScreenerFromFile(SAMPLE_HMAC_LIST, { now: NOW, thread: THREAD })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    await expect(loadScreenerFromFile(SAMPLE_HMAC_LIST, { now: NOW, thread: false })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  test('a missing file is WATCHLIST_UNREADABLE', async () => {
    await expect(loadScreenerFromFile('/nonexistent/list.jsonl', { thread: THREAD })).rejects.toMatchObject({ code: 'WATCHLIST_UNREADABLE' });
  });
});
