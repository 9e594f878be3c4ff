/** Large and broken inputs: records cut across read chunks, places in messages, files of the wrong format. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../../src/errors/app-error';
import { convertList, parseCsvMapping, type ConvertOptions } from '../../../../src/watchlist/sources';
import { FIXTURES_DIR } from '../../../helpers/paths';

const SOURCES = path.join(FIXTURES_DIR, 'watchlist', 'sources');
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-sources-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(options: Omit<ConvertOptions, 'onSkip'>): Promise<{ ids: string[]; skipped: string[] }> {
  const ids: string[] = [];
  const skipped: string[] = [];
  await convertList(
    { ...options, onSkip: (where, reason) => skipped.push(`${path.basename(where.split(':')[0])}:${where.split(':').slice(1).join(':')}: ${reason}`) },
    (l) => {
      ids.push((JSON.parse(l) as { id: string }).id);
    },
  );
  return { ids, skipped };
}

async function failure(options: Omit<ConvertOptions, 'onSkip'>): Promise<AppError> {
  try {
    await run(options);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected the conversion to fail');
}

test('an SDN.XML of a few MiB: every record, across chunk boundaries, with the line of a bad one', async () => {
  const parts = ['<?xml version="1.0" standalone="yes"?>\r\n<!-- generated <sdnEntry> in a comment -->\r\n<sdnList xmlns="x">\r\n'];
  let line = 4;
  let badLine = 0;
  const n = 12000;
  for (let i = 1; i <= n; i++) {
    if (i === 9001) {
      badLine = line;
      parts.push('  <sdnEntry>\r\n    <uid>9001</uid>\r\n    <sdnType>Entity</sdnType>\r\n  </sdnEntry>\r\n');
      line += 4;
      continue;
    }
    // Names of several lengths and some non-ASCII text, so that records and multi-byte characters fall across chunks.
    const name = `EXAMPLE ÉNTITY ${i} ${'X'.repeat(i % 97)}`;
    parts.push(
      `  <sdnEntry>\r\n    <uid>${i}</uid>\r\n    <lastName>${name}</lastName>\r\n    <sdnType>Entity</sdnType>\r\n    <remarks>Email: e${i}@example.test</remarks>\r\n  </sdnEntry>\r\n`,
    );
    line += 6;
  }
  parts.push('</sdnList>\r\n');
  const file = path.join(dir, 'big-SDN.XML');
  await fs.writeFile(file, parts.join(''));
  expect((await fs.stat(file)).size).toBeGreaterThan(2.5 * 1024 * 1024);
  const { ids, skipped } = await run({ format: 'ofac-sdn-xml', paths: [file] });
  expect(ids).toHaveLength(n - 1);
  expect(ids[0]).toBe('ofac-sdn:1');
  expect(ids[n - 2]).toBe(`ofac-sdn:${n}`);
  expect(skipped).toEqual([`big-SDN.XML:${badLine}: /sdnList/sdnEntry[9001]: no name and no identifier`]);
});

test('entities and character references are decoded in text and attributes', async () => {
  const file = path.join(dir, 'refs.xml');
  await fs.writeFile(
    file,
    '<export><sanctionEntity logicalId="7"><subjectType code="enterprise"/><nameAlias wholeName="CAF&#xC9; &amp; Fr&#232;res" strong="true"/></sanctionEntity></export>',
  );
  const out: string[] = [];
  await convertList({ format: 'eu-fsf-xml', paths: [file] }, (l) => {
    out.push(l);
  });
  expect(JSON.parse(out[0]).names).toEqual(['CAFÉ & Frères']);
});

test('a record not closed before the end of the file is an error with its line', async () => {
  const file = path.join(dir, 'cut.xml');
  await fs.writeFile(file, '<sdnList>\n<sdnEntry><uid>1</uid><lastName>A</lastName><sdnType>Entity</sdnType></sdnEntry>\n<sdnEntry><uid>2</uid>\n');
  const e = await failure({ format: 'ofac-sdn-xml', paths: [file] });
  expect(e.code).toBe('WATCHLIST_INVALID');
  expect(e.message).toMatch(/cut\.xml: line 3: <sdnEntry> is not closed/);
});

test('a file of another format is refused with what it is', async () => {
  const un = path.join(SOURCES, 'un-xml', 'consolidated.xml');
  const e = await failure({ format: 'ofac-sdn-xml', paths: [un] });
  expect(e.code).toBe('WATCHLIST_INVALID');
  expect(e.message).toMatch(
    /root element <CONSOLIDATED_LIST> and no <sdnEntry>: not an OFAC SDN\.XML file \(it looks like the UN consolidated list: --from un-xml\)/,
  );
  // Layouts met on real published files that no reader takes: the message says which file to convert instead.
  const enhanced = path.join(dir, 'SDN_ENHANCED.XML');
  await fs.writeFile(enhanced, '<?xml version="1.0"?>\n<sanctionsData xmlns="x"><publicationInfo/><entities/></sanctionsData>\n');
  expect((await failure({ format: 'ofac-sdn-xml', paths: [enhanced] })).message).toMatch(/enhanced XML \(SDN_ENHANCED\.XML\), which is not read/);
  const fsf10 = path.join(dir, 'fsf-1.0.xml');
  await fs.writeFile(fsf10, '<?xml version="1.0"?>\n<WHOLE Date="01/01/2027"><ENTITY Id="1" Type="E"/></WHOLE>\n');
  expect((await failure({ format: 'eu-fsf-xml', paths: [fsf10] })).message).toMatch(/FSF 1\.0 layout, which is not read: convert the FSF 1\.1 file/);
  const advanced = path.join(dir, 'SDN_ADVANCED.XML');
  await fs.writeFile(advanced, '<?xml version="1.0"?>\n<Sanctions xmlns="x"><DateOfIssue/><DistinctParties/></Sanctions>\n');
  expect((await failure({ format: 'ofac-sdn-xml', paths: [advanced] })).message).toMatch(
    /root element <Sanctions> and no <DistinctParty>: not an OFAC SDN_ADVANCED\.XML file/,
  );
});

test('SDN_ADVANCED.XML: a document after the parties cannot be attached, and says so', async () => {
  const fixture = await fs.readFile(path.join(SOURCES, 'ofac-sdn-advanced', 'SDN_ADVANCED.XML'), 'utf8');
  const lei = '<IDRegDocument ID="999" IDRegDocTypeID="1640" IdentityID="4001"><IDRegistrationNo>5299000FICTIONAL0165</IDRegistrationNo></IDRegDocument>';
  const file = path.join(dir, 'late-SDN_ADVANCED.XML');
  await fs.writeFile(file, fixture.replace('<ProfileRelationships>', `<IDRegDocuments>${lei}</IDRegDocuments>\n  <ProfileRelationships>`));
  expect((await failure({ format: 'ofac-sdn-xml', paths: [file] })).message).toMatch(/an <IDRegDocument> after the parties/);
  // In its place, before the parties, the Legal Entity Number is the party's LEI.
  const early = path.join(dir, 'early-SDN_ADVANCED.XML');
  await fs.writeFile(early, fixture.replace('</IDRegDocuments>', `${lei}</IDRegDocuments>`));
  const out: string[] = [];
  await convertList({ format: 'ofac-sdn-xml', paths: [early] }, (l) => {
    out.push(l);
  });
  expect(JSON.parse(out[0]).identifiers).toContainEqual({ type: 'lei', value: '5299000FICTIONAL0165' });
});

test('a missing file, and a CSV folder without its alias or address file', async () => {
  expect((await failure({ format: 'un-xml', paths: [path.join(dir, 'nope.xml')] })).message).toMatch(/nope\.xml: ENOENT/);
  const partial = path.join(dir, 'partial');
  await fs.mkdir(partial);
  await fs.copyFile(path.join(SOURCES, 'ofac-sdn-csv', 'sdn.csv'), path.join(partial, 'SDN.CSV'));
  await fs.copyFile(path.join(SOURCES, 'ofac-sdn-csv', 'add.csv'), path.join(partial, 'ADD.CSV'));
  const e = await failure({ format: 'ofac-sdn-csv', paths: [partial] });
  expect(e.code).toBe('WATCHLIST_UNREADABLE');
  expect(e.message).toMatch(/alt\.csv is missing/);
});

test("OFAC's consolidated (non-SDN) CSV set is read like the SDN set, from its folder or its main file", async () => {
  const cons = path.join(dir, 'cons');
  await fs.mkdir(cons);
  for (const [from, to] of [
    ['sdn.csv', 'CONS_PRIM.CSV'],
    ['alt.csv', 'CONS_ALT.CSV'],
    ['add.csv', 'CONS_ADD.CSV'],
    ['sdn_comments.csv', 'CONS_COMMENTS.CSV'],
  ]) {
    await fs.copyFile(path.join(SOURCES, 'ofac-sdn-csv', from), path.join(cons, to));
  }
  const sdn = await run({ format: 'ofac-sdn-csv', paths: [path.join(SOURCES, 'ofac-sdn-csv')] });
  expect(await run({ format: 'ofac-sdn-csv', paths: [cons], source: 'ofac-sdn' })).toEqual({
    ids: sdn.ids,
    skipped: sdn.skipped.map((l) => l.replace('sdn.csv', 'CONS_PRIM.CSV')),
  });
  expect((await run({ format: 'ofac-sdn-csv', paths: [path.join(cons, 'CONS_PRIM.CSV')] })).ids).toEqual(sdn.ids);
});

test('CSV column mappings are checked before reading', () => {
  const code = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      return `${(e as AppError).code}: ${(e as AppError).message}`;
    }
    return 'no error';
  };
  expect(code(() => parseCsvMapping(['id=A,nmae=B'], { kind: 'person' }))).toMatch(/CONFIG_INVALID: .*unknown field "nmae"/);
  expect(code(() => parseCsvMapping(['name=B'], { kind: 'person' }))).toMatch(/an id column is required/);
  expect(code(() => parseCsvMapping(['id=A,name=B'], {}))).toMatch(/--kind person\|organisation\|merchant is required/);
  expect(code(() => parseCsvMapping(['id=A,name=B'], { kind: 'robot' }))).toMatch(/--kind robot/);
  expect(code(() => parseCsvMapping(['id=A,name=B'], { kind: 'person', header: false }))).toMatch(/name columns by position/);
  expect(code(() => parseCsvMapping(['id=#1,name=#2,alias=#3'], { kind: 'person', header: false, delimiter: 'tab' }))).toBe('no error');
});

test('a CSV mapping naming a column the file does not have names the columns it has', async () => {
  const mapping = parseCsvMapping(['id=Ref,name=Nam'], { kind: 'person' });
  const e = await failure({ format: 'csv', paths: [path.join(SOURCES, 'csv', 'list.csv')], csv: mapping });
  expect(e.code).toBe('CONFIG_INVALID');
  expect(e.message).toMatch(/--map name=Nam: no such column \(columns: Ref, Type, Name/);
});

test('a CSV without a header row, tab-separated, columns by position', async () => {
  const file = path.join(dir, 'plain.tsv');
  await fs.writeFile(file, 'T-1\tFirst Example\tExample One;Example 1\nT-2\tSecond Example\t\n');
  const mapping = parseCsvMapping(['id=#1,name=#2,alias=#3'], { kind: 'organisation', header: false, delimiter: 'tab' });
  const out: string[] = [];
  await convertList({ format: 'csv', paths: [file], csv: mapping }, (l) => {
    out.push(l);
  });
  expect(out.map((l) => JSON.parse(l))).toEqual([
    { id: 'plain:T-1', kind: 'organisation', names: ['First Example', 'Example One', 'Example 1'], identifiers: [], source: 'plain' },
    { id: 'plain:T-2', kind: 'organisation', names: ['Second Example'], identifiers: [], source: 'plain' },
  ]);
});
