import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../../src/errors/app-error';
import { hashEntry, loadScreenerFromFile, loadWatchlistFile, parseWatchlist } from '../../../src/watchlist';
import { FIXTURES_DIR } from '../../helpers/paths';

const SAMPLE = path.join(FIXTURES_DIR, 'watchlist', 'sample.jsonl');
const SAMPLE_HMAC = path.join(FIXTURES_DIR, 'watchlist', 'sample.hmac.jsonl');
const KEY = Buffer.from('chokepoint-sample-list-test-key', 'utf8');

const ok = { id: 'X-1', kind: 'organisation', names: ['Acme Ltd'], identifiers: [{ type: 'iban', value: 'DE89370400440532013000' }] };

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('parseWatchlist', () => {
  test('the sample list: ~50 entries, the example entry among them', () => {
    const entries = parseWatchlist(readFileSync(SAMPLE, 'utf8'));
    expect(entries.length).toBeGreaterThanOrEqual(45);
    const design = entries.find((e) => e.id === 'SE-POL-000123')!;
    expect(design).toMatchObject({ kind: 'organisation', names: ['Nordic Digital Media Services Ltd', 'NDMS'] });
    expect(design.identifiers).toEqual(
      expect.arrayContaining([
        { type: 'iban', value: 'DE89370400440532013000' },
        { type: 'domain', value: 'example-media.test' },
      ]),
    );
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['organisation', 'person', 'merchant']));
  });

  test('the keyed-hash sample is the plaintext sample hashed with the documented test key', () => {
    const plain = parseWatchlist(readFileSync(SAMPLE, 'utf8'));
    const hashed = parseWatchlist(readFileSync(SAMPLE_HMAC, 'utf8'));
    expect(hashed).toEqual(plain.map((e) => hashEntry(e, KEY)));
    expect(hashed.every((e) => e.identifiers.every((i) => i.value === undefined && /^[0-9a-f]{64}$/.test(i.hmac!)))).toBe(true);
  });

  test('JSON array and JSON Lines give the same entries', () => {
    const other = { ...ok, id: 'X-2', names: ['Other'] };
    const a = parseWatchlist(JSON.stringify([ok, other], null, 2));
    const b = parseWatchlist(`${JSON.stringify(ok)}\n\n${JSON.stringify(other)}\n`);
    expect(a).toEqual(b);
    expect(a).toHaveLength(2);
  });

  test.each([
    ['bad JSON on a line', `${JSON.stringify(ok)}\n{"id": "X-2",\n`, 2, undefined, /not valid JSON/],
    [
      'bad IBAN',
      `${JSON.stringify(ok)}\n${JSON.stringify({ ...ok, id: 'X-2', identifiers: [{ type: 'iban', value: 'DE00370400440532013000' }] })}`,
      2,
      'identifiers[0].value',
      /not a valid iban/,
    ],
    ['duplicate id', `${JSON.stringify(ok)}\n\n${JSON.stringify(ok)}`, 3, 'id', /duplicate id/],
    ['unknown kind', JSON.stringify({ ...ok, kind: 'company' }), 1, 'kind', /must be one of/],
    ['misspelt field', JSON.stringify({ ...ok, identifers: [] }), 1, 'identifers', /unknown field/],
    [
      'value and hmac',
      JSON.stringify({ ...ok, identifiers: [{ type: 'iban', value: 'DE89370400440532013000', hmac: 'a'.repeat(64) }] }),
      1,
      'identifiers[0]',
      /exactly one/,
    ],
    ['short hmac', JSON.stringify({ ...ok, identifiers: [{ type: 'iban', hmac: 'abc' }] }), 1, 'identifiers[0].hmac', /64 hex/],
    ['no name, no identifier', JSON.stringify({ id: 'X', kind: 'person', names: [], identifiers: [] }), 1, 'names', /at least one/],
    ['bad date', JSON.stringify({ ...ok, expiresAt: 'soon' }), 1, 'expiresAt', /date/],
    ['not an object', '[1]', 1, undefined, /JSON object/],
  ])('error with file, line and reason: %s', (_name, text, line, fieldPath, reason) => {
    const e = errorOf(() => parseWatchlist(text, { fileName: 'list.jsonl' }));
    expect(e.code).toBe('WATCHLIST_INVALID');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^list\\.jsonl:${line}: `));
    expect(e.message).toMatch(reason);
    if (fieldPath !== undefined) expect(e.path).toBe(fieldPath);
  });

  test('a JSON array error names the line of the entry', () => {
    const text = `[\n  ${JSON.stringify(ok)},\n  ${JSON.stringify({ ...ok, id: 'X-2', kind: 'x' })}\n]`;
    const e = errorOf(() => parseWatchlist(text, { fileName: 'list.json' }));
    expect(e.message).toMatch(/^list\.json:3: kind/);
  });

  test('error messages do not repeat the listed values', () => {
    const e = errorOf(() => parseWatchlist(JSON.stringify({ ...ok, identifiers: [{ type: 'iban', value: 'DE00370400440532013000' }] })));
    expect(e.message).not.toContain('DE00');
  });
});

describe('loading files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'chokepoint-wl-'));

  test('loadWatchlistFile: entries, a content version and the file name', async () => {
    const loaded = await loadWatchlistFile(SAMPLE);
    expect(loaded.fileName).toBe(path.resolve(SAMPLE)); // the full path, so an operator finds the file
    expect(loaded.version).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(loaded.entries.length).toBeGreaterThan(40);
    expect((await loadWatchlistFile(SAMPLE)).version).toBe(loaded.version);
  });

  test('loadScreenerFromFile streams JSON Lines into the same screener, same version', async () => {
    const loaded = await loadWatchlistFile(SAMPLE);
    const streamed = await loadScreenerFromFile(SAMPLE, { now: new Date('2026-03-01T00:00:00Z') });
    expect(streamed.version).toBe(loaded.version);
    expect(streamed.screener.listVersion).toBe(loaded.version);
    expect(streamed.entries).toBe(loaded.entries.length - 1); // one sample entry has expired
    const hits = streamed.screener.screenFields([{ path: 'CdtrAcct/Id/IBAN', role: 'creditorAccount', kind: 'iban', value: 'DE89370400440532013000' }]);
    expect(hits[0].entryId).toBe('SE-POL-000123');
  });

  test('loadScreenerFromFile reports the bad line; a missing file is WATCHLIST_UNREADABLE', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(ok)}\n${JSON.stringify({ ...ok, id: 'X-2', kind: 'nope' })}\n`);
    await expect(loadScreenerFromFile(bad, {})).rejects.toMatchObject({
      code: 'WATCHLIST_INVALID',
      line: 2,
      message: expect.stringContaining(`${bad}:2: kind`),
    });
    await expect(loadWatchlistFile(path.join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'WATCHLIST_UNREADABLE' });
    await expect(loadScreenerFromFile(path.join(dir, 'missing.jsonl'), {})).rejects.toMatchObject({ code: 'WATCHLIST_UNREADABLE' });
  });
});

describe('streaming loader validation', () => {
  test('an invalid identifier value is reported with its line and path, as parseWatchlist does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chokepoint-wl-'));
    const bad = path.join(dir, 'bad-iban.jsonl');
    const good = { id: 'X-1', kind: 'organisation', names: ['Acme Ltd'], identifiers: [{ type: 'iban', value: 'DE89370400440532013000' }] };
    writeFileSync(
      bad,
      `${JSON.stringify(good)}\n${JSON.stringify({
        ...good,
        id: 'X-2',
        identifiers: [
          { type: 'domain', value: 'ok.test' },
          { type: 'iban', value: 'DE00370400440532013000' },
        ],
      })}\n`,
    );
    await expect(loadScreenerFromFile(bad, {})).rejects.toMatchObject({
      code: 'WATCHLIST_INVALID',
      line: 2,
      path: 'identifiers[1].value',
      message: `${bad}:2: identifiers[1].value: is not a valid iban`,
    });
    const expired = path.join(dir, 'expired.jsonl');
    writeFileSync(expired, `${JSON.stringify({ ...good, expiresAt: '2020-01-01', identifiers: [{ type: 'bic', value: 'nope' }] })}\n`);
    await expect(loadScreenerFromFile(expired, {})).rejects.toMatchObject({ code: 'WATCHLIST_INVALID', line: 1 });
  });
});
