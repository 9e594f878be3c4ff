/**
 * Reading configured sources: a file is recognised unchanged by its digest, a URL by a 304 to the last validators;
 * the OFAC CSV set is fetched file by file from beside its main file; several sources merge into one list in the
 * configured order (a duplicate id keeps its first source); a source that fails keeps its last good reading.
 */
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fetchSource } from '../../../src/watchlist/fetch-source';
import { materialise } from '../../../src/watchlist/source-set';
import { diffLists } from '../../../src/watchlist/diff';
import type { SourceRecord } from '../../../src/model/watchlist';
import { ListServer, unConsolidatedXml } from '../../helpers/list-server';
import { FIXTURES_DIR } from '../../helpers/paths';
import { listLine } from '../../helpers/test-gateway';

let dir: string;
let server: ListServer;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-sources-'));
  server = await new ListServer().start();
});
afterAll(async () => {
  await server.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

const IBAN = 'DE89370400440532013000';

describe('fetchSource', () => {
  it('a file: changed at first, unchanged by digest, changed when edited', async () => {
    const file = path.join(dir, 'a.jsonl');
    await fs.writeFile(file, listLine('A-1', 'First Listed Media Ltd', IBAN) + '\n');
    const source = { label: 'native:a.jsonl', format: 'native' as const, path: file };
    const first = await fetchSource(source, undefined, path.join(dir, 'stage-a'));
    expect(first).toMatchObject({ changed: true, paths: [file] });
    expect(await fetchSource(source, first.validators, path.join(dir, 'stage-a'))).toMatchObject({ changed: false });
    await fs.appendFile(file, listLine('A-2', 'Second Listed Media Ltd', 'DE18120300000012345678') + '\n');
    expect(await fetchSource(source, first.validators, path.join(dir, 'stage-a'))).toMatchObject({ changed: true });
  });

  it('a URL: downloaded with its validators, then a 304 to If-None-Match; user info goes into an Authorization header', async () => {
    server.set('/un.xml', unConsolidatedXml([{ ref: 'QDe.1', name: 'EXAMPLE ONE' }]));
    const source = { label: 'un-xml:x', format: 'un-xml' as const, url: `${server.url.replace('http://', 'http://reader:s%3Acret@')}/un.xml` };
    const first = await fetchSource(source, undefined, path.join(dir, 'stage-u1'));
    expect(first.changed).toBe(true);
    expect(first.validators.files?.['un.xml']?.etag).toMatch(/^"/);
    if (!first.changed) throw new Error('expected a download');
    expect(readFileSync(first.paths[0]!, 'utf8')).toContain('EXAMPLE ONE');
    expect(server.answered.at(-1)).toMatchObject({ status: 200, authorization: `Basic ${Buffer.from('reader:s:cret').toString('base64')}` });
    expect(await fetchSource(source, first.validators, path.join(dir, 'stage-u2'))).toMatchObject({ changed: false });
    expect(server.answered.at(-1)).toMatchObject({ status: 304, conditional: true });
    server.set(
      '/un.xml',
      unConsolidatedXml([
        { ref: 'QDe.1', name: 'EXAMPLE ONE' },
        { ref: 'QDe.2', name: 'EXAMPLE TWO' },
      ]),
    );
    expect(await fetchSource(source, first.validators, path.join(dir, 'stage-u3'))).toMatchObject({ changed: true });
    server.failWith = 503;
    await expect(fetchSource(source, first.validators, path.join(dir, 'stage-u4'))).rejects.toThrow(
      /un-xml:x: http:\/\/127\.0\.0\.1:\d+\/un\.xml answered HTTP 503/,
    );
    server.failWith = undefined;
  });

  it('an OFAC CSV set by the URL of its main file: its companions are fetched beside it, a missing comments file is fine', async () => {
    for (const name of ['sdn.csv', 'alt.csv', 'add.csv'])
      server.set(`/ofac/${name}`, readFileSync(path.join(FIXTURES_DIR, 'watchlist', 'sources', 'ofac-sdn-csv', name), 'utf8'));
    const source = { label: 'ofac', format: 'ofac-sdn-csv' as const, url: `${server.url}/ofac/sdn.csv` };
    const r = await fetchSource(source, undefined, path.join(dir, 'stage-ofac'));
    if (!r.changed) throw new Error('expected a download');
    expect(r.paths).toEqual([path.join(dir, 'stage-ofac')]);
    expect((await fs.readdir(r.paths[0]!)).sort()).toEqual(['add.csv', 'alt.csv', 'sdn.csv']);
    await expect(fetchSource({ ...source, url: `${server.url}/ofac/alt.csv` }, undefined, path.join(dir, 'stage-ofac2'))).rejects.toThrow(/main file/);
  });
});

describe('materialise', () => {
  it('merges sources in order (a duplicate id keeps its first source), and a failing source keeps its last good reading', async () => {
    const dataDir = path.join(dir, 'data-merge');
    const a = path.join(dir, 'm-a.jsonl');
    const b = path.join(dir, 'm-b.jsonl');
    await fs.writeFile(
      a,
      [listLine('X-1', 'Alpha Listed Media Ltd', IBAN), listLine('X-2', 'Beta Listed Media Ltd', 'DE18120300000012345678')].join('\n') + '\n',
    );
    await fs.writeFile(
      b,
      [listLine('X-2', 'Beta Duplicate Ltd', 'DE02120300000000202051'), listLine('X-3', 'Gamma Listed Media Ltd', 'DE02500105170137075030')].join('\n') + '\n',
    );
    const sources = [
      { label: 'native:m-a.jsonl', format: 'native' as const, path: a },
      { label: 'native:m-b.jsonl', format: 'native' as const, path: b },
    ];
    const o = { sources, single: false, dataDir, now: () => new Date(), previous: new Map<string, SourceRecord>() };
    const first = await materialise(o);
    expect(first.list).toMatchObject({ entries: 3, duplicates: { 'native:m-b.jsonl': 1 } });
    const ids = readFileSync(first.list!.file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['X-1', 'X-2', 'X-3']);
    expect(JSON.parse(readFileSync(first.list!.file, 'utf8').split('\n')[1]!).names).toEqual(['Beta Listed Media Ltd']);
    expect(first.records.map((r) => r.last?.outcome)).toEqual(['updated', 'updated']);

    const previous = new Map(first.records.map((r) => [r.label, r]));
    const again = await materialise({ ...o, previous });
    expect(again.list!.version).toBe(first.list!.version);
    expect(again.records.map((r) => r.last?.outcome)).toEqual(['unchanged', 'unchanged']);

    await fs.rm(b);
    const failed = await materialise({ ...o, previous });
    expect(failed.records[1]).toMatchObject({
      last: { outcome: 'failed', reason: expect.stringMatching(/m-b\.jsonl: ENOENT/) },
      current: first.records[1]!.current,
    });
    expect(failed.list!.version).toBe(first.list!.version);
    // Never read cleanly: there is no list to make.
    const none = await materialise({ ...o, previous: new Map() });
    expect(none.list).toBeUndefined();
    expect(none.unread[0]).toMatch(/ENOENT/);
  });
});

describe('diffLists', () => {
  it('added, removed and changed entries; the same entry written with its keys in another order is unchanged', async () => {
    const before = path.join(dir, 'd-before.jsonl');
    const after = path.join(dir, 'd-after.jsonl');
    const same = { id: 'S-1', kind: 'organisation', names: ['Same Entry Ltd'], identifiers: [{ type: 'iban', value: IBAN }] };
    const reordered = { identifiers: [{ value: IBAN, type: 'iban' }], names: ['Same Entry Ltd'], kind: 'organisation', id: 'S-1' };
    await fs.writeFile(
      before,
      [
        JSON.stringify(same),
        listLine('R-1', 'Removed Entry Ltd', 'DE18120300000012345678'),
        listLine('C-1', 'Changed Entry Ltd', 'DE02120300000000202051'),
      ].join('\n') + '\n',
    );
    await fs.writeFile(
      after,
      [
        JSON.stringify(reordered),
        listLine('C-1', 'Changed Entry Renamed Ltd', 'DE02120300000000202051'),
        listLine('A-1', 'Added Entry Ltd', 'DE02500105170137075030'),
      ].join('\n') + '\n',
    );
    const d = await diffLists(before, after);
    expect(d.added.map((e) => e.id)).toEqual(['A-1']);
    expect(d.removed.map((e) => e.id)).toEqual(['R-1']);
    expect(d.changed.map((c) => [c.entry.names[0], c.previous.names[0]])).toEqual([['Changed Entry Renamed Ltd', 'Changed Entry Ltd']]);
    expect([d.before, d.after]).toEqual([3, 3]);
  });
});
