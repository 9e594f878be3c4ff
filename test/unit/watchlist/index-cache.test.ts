import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PayeeField } from '../../../src/iso20022/types';
import type { ListScreener } from '../../../src/screening';
import { loadScreenerFromFile } from '../../../src/watchlist';
import { cacheFileOf } from '../../../src/watchlist/index-cache';
import { field, NOW, SAMPLE_HMAC_KEY, SAMPLE_HMAC_LIST, SAMPLE_LIST, sampleEntries } from '../screening/sample-list';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chokepoint-idx-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Payee fields built from every sample entry (its names slightly changed, its identifiers as listed). */
function probes(): PayeeField[][] {
  const out: PayeeField[][] = [];
  for (const e of sampleEntries()) {
    const fields: PayeeField[] = [];
    for (const n of e.names) fields.push(field('name', n), field('name', n.split(' ').reverse().join(' ')), field('name', n.slice(0, -1)));
    for (const i of e.identifiers) {
      if (i.value === undefined) continue;
      const kind = i.type === 'domain' || i.type === 'crypto' ? 'text' : i.type === 'url' ? 'url' : i.type;
      fields.push(field(kind as PayeeField['kind'], i.value));
    }
    out.push(fields);
  }
  out.push([field('name', 'Somebody Entirely Unlisted'), field('text', 'invoice 42 see example-media.test/shop')]);
  return out;
}

function results(s: ListScreener): string {
  return JSON.stringify(probes().map((fields) => s.screenFields(fields)));
}

/** A copy of the cache file whose header has `change` applied (the body and its checksum unchanged). */
function rewriteHeader(file: string, change: (h: Record<string, unknown>) => void): void {
  const bytes = readFileSync(file);
  const length = bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.subarray(12, 12 + length).toString('utf8')) as Record<string, unknown>;
  const body = bytes.subarray((12 + length + 7) & ~7);
  change(header);
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc((12 + json.length + 7) & ~7);
  bytes.copy(prefix, 0, 0, 8);
  prefix.writeUInt32LE(json.length, 8);
  json.copy(prefix, 12);
  writeFileSync(file, Buffer.concat([prefix, body]));
}

describe('index cache', () => {
  test('a restored index screens exactly like the built one; the second load is a hit', async () => {
    const dir = tempDir();
    const built = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir });
    expect(built.cache).toMatchObject({ outcome: 'missing', written: true });
    const restored = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir });
    expect(restored.cache).toEqual({ outcome: 'hit' });
    expect(restored.version).toBe(built.version);
    expect(restored.screener.listVersion).toBe(built.version);
    expect(restored.entries).toBe(built.entries);
    expect(restored.screener.stats()).toEqual(built.screener.stats());
    const plain = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW });
    expect(results(restored.screener)).toBe(results(plain.screener));
    expect(results(built.screener)).toBe(results(plain.screener));
    expect(JSON.parse(results(plain.screener)).flat().length).toBeGreaterThan(100);
  });

  test('written in the background: the load resolves first, the next load is a hit', async () => {
    const dir = tempDir();
    const built = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir, cacheWrite: 'background' });
    expect(built.cache?.outcome).toBe('missing');
    expect(built.cache?.written).toBeUndefined();
    await expect(built.cache?.write).resolves.toEqual({ written: true });
    const restored = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir, cacheWrite: 'background' });
    expect(restored.cache).toEqual({ outcome: 'hit' });
    expect(results(restored.screener)).toBe(results(built.screener));
    const blocked = path.join(dir, 'file');
    writeFileSync(blocked, 'x');
    const unwritable = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: path.join(blocked, 'cache'), cacheWrite: 'background' });
    await expect(unwritable.cache?.write).resolves.toMatchObject({ written: false });
  });

  test('keyed-hash lists: restored only with the same key', async () => {
    const dir = tempDir();
    const other = Buffer.from('another key', 'utf8');
    expect((await loadScreenerFromFile(SAMPLE_HMAC_LIST, { now: NOW, hmacKey: SAMPLE_HMAC_KEY, cacheDir: dir })).cache?.outcome).toBe('missing');
    const hit = await loadScreenerFromFile(SAMPLE_HMAC_LIST, { now: NOW, hmacKey: SAMPLE_HMAC_KEY, cacheDir: dir });
    expect(hit.cache?.outcome).toBe('hit');
    const plain = await loadScreenerFromFile(SAMPLE_HMAC_LIST, { now: NOW, hmacKey: SAMPLE_HMAC_KEY });
    expect(results(hit.screener)).toBe(results(plain.screener));
    const withOther = await loadScreenerFromFile(SAMPLE_HMAC_LIST, { now: NOW, hmacKey: other, cacheDir: dir });
    expect(withOther.cache).toMatchObject({ outcome: 'stale', reason: 'built with another HMAC key' });
  });

  test('a corrupt or truncated file is detected and rebuilt, never used', async () => {
    const dir = tempDir();
    const first = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir });
    const file = cacheFileOf(dir, first.version);
    const bytes = readFileSync(file);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 100] ^= 0x20;
    writeFileSync(file, flipped);
    const corrupt = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir });
    expect(corrupt.cache).toMatchObject({ outcome: 'corrupt', reason: 'checksum mismatch', written: true });
    expect(results(corrupt.screener)).toBe(results(first.screener));
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir })).cache?.outcome).toBe('hit');

    writeFileSync(file, bytes.subarray(0, bytes.length - 1000));
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir })).cache).toMatchObject({ outcome: 'corrupt', written: true });
    writeFileSync(file, 'not a cache file at all');
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir })).cache).toMatchObject({ outcome: 'corrupt', written: true });
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir })).cache?.outcome).toBe('hit');
  });

  test('stale: other screening code, another format, options, or an entry expired since the build', async () => {
    const dir = tempDir();
    const first = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir });
    const file = cacheFileOf(dir, first.version);
    rewriteHeader(file, (h) => (h.engine = 'an older build'));
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir })).cache).toMatchObject({
      outcome: 'stale',
      reason: 'built by other screening code',
    });
    rewriteHeader(file, (h) => (h.listSha256 = '0'.repeat(64)));
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir })).cache).toMatchObject({ outcome: 'stale', reason: 'another list version' });
    rewriteHeader(file, (h) => (h.format = 0));
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir })).cache?.outcome).toBe('stale');
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir, postingsCap: 7 })).cache).toMatchObject({
      outcome: 'stale',
      reason: 'built with other options',
    });
    expect((await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: dir })).cache?.outcome).toBe('stale'); // the cap-7 build replaced it

    // A list with an entry expiring after NOW: built at NOW, it must not be restored once that entry expired.
    const list = path.join(dir, 'expiring.jsonl');
    const entry = {
      id: 'E-1',
      kind: 'organisation',
      names: ['Expiring Media Ltd'],
      identifiers: [{ type: 'iban', value: 'DE89370400440532013000' }],
      expiresAt: '2026-06-01T00:00:00Z',
    };
    writeFileSync(
      list,
      `${JSON.stringify(entry)}\n${JSON.stringify({ ...entry, id: 'E-2', names: ['Staying Media Ltd'], expiresAt: null, identifiers: [] })}\n`,
    );
    await loadScreenerFromFile(list, { now: NOW, cacheDir: dir });
    expect((await loadScreenerFromFile(list, { now: new Date('2026-05-01T00:00:00Z'), cacheDir: dir })).cache?.outcome).toBe('hit');
    const later = await loadScreenerFromFile(list, { now: new Date('2026-07-01T00:00:00Z'), cacheDir: dir });
    expect(later.cache).toMatchObject({ outcome: 'stale', reason: 'an indexed entry has expired since the build' });
    expect(later.entries).toBe(1);
    // Restoring at a time before the build could bring back entries the build had already dropped.
    expect((await loadScreenerFromFile(list, { now: NOW, cacheDir: dir })).cache?.outcome).toBe('stale');
  });

  test('a bad list still stops with its line and reason; an edited list is another version; old files are pruned', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'list.jsonl');
    const entry = { id: 'X-1', kind: 'organisation', names: ['Acme Ltd'], identifiers: [] };
    writeFileSync(list, `${JSON.stringify(entry)}\n`);
    const a = await loadScreenerFromFile(list, { cacheDir: dir });
    writeFileSync(list, `${JSON.stringify(entry)}\n${JSON.stringify({ ...entry, id: 'X-2', kind: 'nope' })}\n`);
    await expect(loadScreenerFromFile(list, { cacheDir: dir })).rejects.toMatchObject({
      code: 'WATCHLIST_INVALID',
      line: 2,
      message: expect.stringContaining(`${list}:2: kind`),
    });
    for (let i = 2; i <= 4; i++) {
      writeFileSync(list, Array.from({ length: i }, (_, k) => JSON.stringify({ ...entry, id: `X-${k}` })).join('\n') + '\n');
      const b = await loadScreenerFromFile(list, { cacheDir: dir });
      expect(b.version).not.toBe(a.version);
      expect(b.cache?.outcome).toBe('missing');
      expect(b.entries).toBe(i);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.idx'))).toHaveLength(2);
  });

  test('an unwritable cache directory only costs the rebuild', async () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'file');
    writeFileSync(blocker, 'x');
    const r = await loadScreenerFromFile(SAMPLE_LIST, { now: NOW, cacheDir: path.join(blocker, 'cache') });
    expect(r.cache).toMatchObject({ outcome: 'missing', written: false });
    expect(r.entries).toBeGreaterThan(40);
  });
});
