/**
 * Each format converts its fixture exactly: fixture in → expected native entries out (fixtures/watchlist/sources,
 * invented entries written from each format's published layout), with every record left out named by its place
 * and reason, and the output accepted by the gateway's own list validation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildScreener } from '../../../../src/screening';
import type { WatchlistEntry } from '../../../../src/screening/types';
import { hashEntry, parseWatchlist } from '../../../../src/watchlist';
import { convertList, parseCsvMapping, type ConvertOptions, type ConvertSummary } from '../../../../src/watchlist/sources';
import { FIXTURES_DIR } from '../../../helpers/paths';

const DIR = path.join(FIXTURES_DIR, 'watchlist', 'sources');
const f = (p: string): string => path.join(DIR, p);
const rel = (where: string): string => where.split(`${DIR}${path.sep}`).join('');

const CSV_MAPPING = parseCsvMapping(
  [
    'id=Ref,kind=Type,name=Name,alias=Aliases',
    'iban=IBAN,account=Account,issuer=Bank,website=Website,phone=Phone',
    'country=Country,listedAt=Listed,verifiedBy=Verified',
  ],
  {},
);

async function convert(
  options: Omit<ConvertOptions, 'onSkip'>,
): Promise<{ entries: WatchlistEntry[]; skipped: string[]; summary: ConvertSummary; text: string }> {
  const lines: string[] = [];
  const skipped: string[] = [];
  const summary = await convertList({ ...options, onSkip: (where, reason) => skipped.push(`${rel(where)}: ${reason}`) }, (l) => {
    lines.push(l);
  });
  return { entries: lines.map((l) => JSON.parse(l) as WatchlistEntry), skipped, summary, text: lines.join('') };
}

function expected(file: string): WatchlistEntry[] {
  return readFileSync(f(file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as WatchlistEntry);
}

const CASES: { name: string; options: Omit<ConvertOptions, 'onSkip'>; expected: string; skipped: string[] }[] = [
  {
    name: 'ofac-sdn-csv (the folder: sdn.csv, alt.csv, add.csv, sdn_comments.csv)',
    options: { format: 'ofac-sdn-csv', paths: [f('ofac-sdn-csv')] },
    expected: 'ofac-sdn-csv/expected.jsonl',
    skipped: [
      'ofac-sdn-csv/sdn.csv:6: unknown SDN_Type "spaceship"',
      'ofac-sdn-csv/sdn.csv:7: ent_num "X7" is not a number',
      'ofac-sdn-csv/sdn.csv:8: 4 fields, expected 12',
    ],
  },
  {
    name: 'ofac-sdn-csv (its main file)',
    options: { format: 'ofac-sdn-csv', paths: [f('ofac-sdn-csv/sdn.csv')] },
    expected: 'ofac-sdn-csv/expected.jsonl',
    skipped: [
      'ofac-sdn-csv/sdn.csv:6: unknown SDN_Type "spaceship"',
      'ofac-sdn-csv/sdn.csv:7: ent_num "X7" is not a number',
      'ofac-sdn-csv/sdn.csv:8: 4 fields, expected 12',
    ],
  },
  {
    // The same invented entries as the CSV set: both forms of the list give the same native entries.
    name: 'ofac-sdn-xml',
    options: { format: 'ofac-sdn-xml', paths: [f('ofac-sdn-xml/SDN.XML')] },
    expected: 'ofac-sdn-csv/expected.jsonl',
    skipped: [
      'ofac-sdn-xml/SDN.XML:93: /sdnList/sdnEntry[6]: unknown <sdnType> "Spaceship"',
      'ofac-sdn-xml/SDN.XML:98: /sdnList/sdnEntry[7]: no numeric <uid>',
    ],
  },
  {
    // The advanced form (SDN_ADVANCED.XML) of the same entries, read by the same format name.
    name: 'ofac-sdn-xml (SDN_ADVANCED.XML)',
    options: { format: 'ofac-sdn-xml', paths: [f('ofac-sdn-advanced/SDN_ADVANCED.XML')] },
    expected: 'ofac-sdn-csv/expected.jsonl',
    skipped: ['ofac-sdn-advanced/SDN_ADVANCED.XML:240: /Sanctions/DistinctParties/DistinctParty[6]: unknown party type "Spaceship"'],
  },
  {
    name: 'un-xml',
    options: { format: 'un-xml', paths: [f('un-xml/consolidated.xml')] },
    expected: 'un-xml/expected.jsonl',
    skipped: ['un-xml/consolidated.xml:102: /CONSOLIDATED_LIST/ENTITIES/ENTITY[2]: no name and no identifier'],
  },
  {
    name: 'eu-fsf-xml',
    options: { format: 'eu-fsf-xml', paths: [f('eu-fsf-xml/export.xml')] },
    expected: 'eu-fsf-xml/expected.jsonl',
    skipped: ['eu-fsf-xml/export.xml:44: /export/sanctionEntity[3]: unknown subjectType code "vessel"'],
  },
  {
    name: 'ftm',
    options: { format: 'ftm', paths: [f('ftm/entities.ftm.json')] },
    expected: 'ftm/expected.jsonl',
    skipped: [
      'ftm/entities.ftm.json:8: not a JSON object',
      'ftm/entities.ftm.json:12: no "id"',
      // Given a delta file by mistake (seen on OpenSanctions' published files), every line says what it is.
      'ftm/entities.ftm.json:13: a change record of entities.delta.json, not an entity: convert the full entities.ftm.json',
    ],
  },
  {
    name: 'csv (column mapping)',
    options: { format: 'csv', paths: [f('csv/list.csv')], csv: CSV_MAPPING },
    expected: 'csv/expected.jsonl',
    skipped: [
      'csv/list.csv:5: empty id',
      'csv/list.csv:6: kind "robot" is not person, organisation or merchant',
      'csv/list.csv:7: no name and no identifier',
      'csv/list.csv:8: duplicate id "list:C-001"',
    ],
  },
  {
    name: 'native',
    options: { format: 'native', paths: [f('native/list.jsonl')] },
    expected: 'native/expected.jsonl',
    skipped: [
      'native/list.jsonl:2: identifiers[0].value: is not a valid iban',
      'native/list.jsonl:3: not valid JSON',
      'native/list.jsonl:6: duplicate id "N-1"',
    ],
  },
];

describe('watchlist convert: each format converts its fixture exactly', () => {
  test.each(CASES)('$name', async (c) => {
    const out = await convert(c.options);
    expect(out.entries).toEqual(expected(c.expected));
    expect(out.skipped).toEqual(c.skipped);
    expect(out.summary.entries).toBe(out.entries.length);
    expect(out.summary.skipped).toBe(c.skipped.length);
    // What the gateway will load: the same validation, ids unique, identifiers valid of their type.
    expect(parseWatchlist(out.text, { fileName: c.expected })).toEqual(out.entries);
  });
});

describe('what the mappers take from each format', () => {
  test('OFAC: identifiers from the remarks (CSV) or the id list (XML), weak aliases and documents left out, counted', async () => {
    const { entries, summary } = await convert({ format: 'ofac-sdn-csv', paths: [f('ofac-sdn-csv')] });
    const nordwind = entries.find((e) => e.id === 'ofac-sdn:10001')!;
    expect(nordwind.identifiers).toEqual([
      { type: 'domain', value: 'nordwind-trade.test' },
      { type: 'url', value: 'social.example/nordwind' },
      { type: 'email', value: 'sales@nordwind-trade.test' },
      { type: 'email', value: 'ops@nordwind-trade.test' },
      { type: 'bic', value: 'NWTTDEFF' },
      { type: 'iban', value: 'DE54100200301234567890' },
      { type: 'crypto', value: '1ExampLeAddressNotRea1ForTesting9' },
      { type: 'crypto', value: '0xdeadbeefdeadbeefdeadbeefdeadbeef00c0ffee' },
      { type: 'phone', value: '+4930901820' },
    ]);
    expect(nordwind.names).not.toContain('NWT');
    // "LAST, First" becomes "First LAST"; a national phone number takes the country of the only address.
    expect(entries.find((e) => e.id === 'ofac-sdn:10002')).toMatchObject({ kind: 'person', names: ['Eirik Johan KARLSSON-TESTMAN', 'Eirik KARLSSON'] });
    expect(entries.find((e) => e.id === 'ofac-sdn:10002')!.identifiers).toContainEqual({ type: 'phone', value: '+4722000000' });
    // A remark cut by sdn.csv's field length goes on in sdn_comments.csv, from the middle of a word.
    expect(entries.find((e) => e.id === 'ofac-sdn:10004')!.identifiers).toEqual([
      { type: 'domain', value: 'long-remarks.test' },
      { type: 'email', value: 'info@long-remarks.test' },
    ]);
    expect(summary.dropped).toMatchObject({ 'weak alias': 1, 'fax number': 1, 'identity or registry document': 5, 'vessel (kept as organisation)': 1 });
  });

  test('UN: names in several fields and scripts, notes read for labelled phones and e-mails, never the INTERPOL link', async () => {
    const { entries } = await convert({ format: 'un-xml', paths: [f('un-xml/consolidated.xml')] });
    const all = JSON.stringify(entries);
    expect(all).not.toMatch(/interpol/i);
    expect(entries[0]).toMatchObject({ listedAt: '2020-01-15', updatedAt: '2023-05-02', addresses: [{ country: 'IR' }] });
    expect(entries[2].names).toEqual(['EXEMPLAR SHIPPING CO.', 'EXEMPLAR MARITIME', 'ESC', 'OLD EXEMPLAR LINES', 'EXEMPLAR LINES LTD']);
  });

  test('--source names the source and prefixes the ids; the native format keeps its ids', async () => {
    const un = await convert({ format: 'un-xml', paths: [f('un-xml/consolidated.xml')], source: 'un-2027' });
    expect(un.entries.map((e) => [e.id, e.source])[0]).toEqual(['un-2027:XXi.001', 'un-2027']);
    const native = await convert({ format: 'native', paths: [f('native/list.jsonl')], source: 'coalition-x' });
    expect(native.entries.map((e) => [e.id, e.source])).toEqual([
      ['N-1', 'coalition-x'],
      ['N-4', 'coalition-x'],
    ]);
  });

  test('--hmac-key writes the keyed-hash form: the plain conversion hashed', async () => {
    const key = Buffer.from('chokepoint-sample-list-test-key', 'utf8');
    const plain = await convert({ format: 'ofac-sdn-xml', paths: [f('ofac-sdn-xml/SDN.XML')] });
    const hashed = await convert({ format: 'ofac-sdn-xml', paths: [f('ofac-sdn-xml/SDN.XML')], hmacKey: key });
    expect(hashed.entries).toEqual(plain.entries.map((e) => hashEntry(e, key)));
    expect(hashed.entries.flatMap((e) => e.identifiers).every((i) => i.value === undefined && /^[0-9a-f]{64}$/.test(i.hmac!))).toBe(true);
  });

  test('the identifiers taken from the list are screened: crypto addresses of several chains and a domain in remittance text', async () => {
    const { entries } = await convert({ format: 'ofac-sdn-xml', paths: [f('ofac-sdn-xml/SDN.XML')] });
    const screener = buildScreener(entries, { version: 'test' });
    const text = (value: string) => screener.screenFields([{ path: 'RmtInf/Ustrd', value, role: 'remittance', kind: 'text' }]);
    expect(text('invoice 77, pay to 0xdeadbeefdeadbeefdeadbeefdeadbeef00c0ffee').map((h) => [h.entryId, h.method])).toEqual([['ofac-sdn:10001', 'crypto']]);
    expect(text('order via www.long-remarks.test/shop').map((h) => [h.entryId, h.method])).toEqual([['ofac-sdn:10004', 'domain']]);
    // Monero (95 base58 characters) and Bitcoin Cash (cashaddr) addresses, as OFAC lists them, found in text too.
    const xmr = entries.find((e) => e.id === 'ofac-sdn:10002')!.identifiers.find((i) => i.type === 'crypto')!.value!;
    expect(text(`ref 12 wallet ${xmr}`).map((h) => [h.entryId, h.method])).toEqual([['ofac-sdn:10002', 'crypto']]);
    const bch = buildScreener(
      [{ id: 'B-1', kind: 'organisation', names: [], identifiers: [{ type: 'crypto', value: 'qexampleaddresstests0000000000000000000000' }] }],
      { version: 'test' },
    );
    expect(
      bch
        .screenFields([{ path: 'RmtInf/Ustrd', value: 'to bitcoincash:qexampleaddresstests0000000000000000000000 thanks', role: 'remittance', kind: 'text' }])
        .map((h) => h.method),
    ).toEqual(['crypto']);
  });
});
