import type { PayeeField } from '../../../src/iso20022/types';
import { field, sampleScreener } from './sample-list';

interface Case {
  readonly name: string;
  readonly fields: PayeeField[];
  readonly entry: string;
  readonly method: string;
  readonly field?: string;
  readonly value?: string;
}

const matches: Case[] = [
  { name: 'IBAN as listed', fields: [field('iban', 'DE89370400440532013000')], entry: 'SE-POL-000123', method: 'iban' },
  { name: 'IBAN with spaces and lower case', fields: [field('iban', 'de89 3704 0044 0532 0130 00')], entry: 'SE-POL-000123', method: 'iban' },
  { name: 'IBAN given as Othr/Id', fields: [field('account', 'DE89 3704 0044 0532 0130 00')], entry: 'SE-POL-000123', method: 'iban' },
  {
    name: 'IBAN inside remittance text',
    fields: [field('text', 'pay to DE89 3704 0044 0532 0130 00 now')],
    entry: 'SE-POL-000123',
    method: 'iban',
    value: 'DE89 3704 0044 0532 0130 00',
  },
  { name: 'listed domestic account inside an IBAN', fields: [field('iban', 'NL51ABNA0987654321')], entry: 'NL-POL-000802', method: 'account' },
  { name: 'account + same issuer', fields: [field('account', '0987-654321', { issuer: 'ABNANL2AXXX' })], entry: 'NL-POL-000802', method: 'account' },
  {
    name: 'account with leading zeros dropped, issuer by clearing code',
    fields: [field('account', '123456789', { issuer: '026009593' })],
    entry: 'US-HSI-001701',
    method: 'account',
  },
  { name: 'BIC 8 listed, 11 with XXX paid', fields: [field('bic', 'FJLSNOK1XXX')], entry: 'NO-KRI-000201', method: 'bic' },
  {
    name: 'BIC 8 listed, a branch paid',
    fields: [field('bic', 'ECPXCY2NABC', { path: 'IntrmyAgt1/FinInstnId/BICFI', role: 'intermediaryAgent' })],
    entry: 'CY-POL-001901',
    method: 'bic',
    field: 'IntrmyAgt1/FinInstnId/BICFI',
  },
  { name: 'proxy phone in E.164 with spaces', fields: [field('proxy', '+46 70 123 45 67')], entry: 'SE-POL-000123', method: 'proxy' },
  {
    name: 'proxy phone in national form, country from the IBAN',
    fields: [field('proxy', '070-123 45 67'), field('iban', 'SE3550000000054910000003')],
    entry: 'SE-POL-000123',
    method: 'proxy',
  },
  { name: 'listed phone paid as proxy', fields: [field('proxy', '+47 912 34 560')], entry: 'NO-KRI-000202', method: 'proxy' },
  { name: 'e-mail proxy', fields: [field('proxy', 'Marguerite.TB@interac.example')], entry: 'CA-RCMP-001751', method: 'proxy' },
  { name: 'random-key proxy in upper case', fields: [field('proxy', '4C1D2B3A-0000-4000-8000-00000000ABCD')], entry: 'BR-PF-001801', method: 'proxy' },
  { name: 'contact e-mail', fields: [field('email', 'Sales@Example-Media.test')], entry: 'SE-POL-000123', method: 'email' },
  { name: 'e-mail inside remittance text', fields: [field('text', 'questions: SALES@example-media.test')], entry: 'SE-POL-000123', method: 'email' },
  { name: 'other mailbox at a listed domain', fields: [field('text', 'ref 77 orders@example-media.test')], entry: 'SE-POL-000123', method: 'domain' },
  {
    name: 'URL with scheme, www, path and case',
    fields: [field('text', 'Order 55 see https://www.Example-Media.TEST/path?x=1 thanks')],
    entry: 'SE-POL-000123',
    method: 'domain',
  },
  { name: 'sub-domain of a listed domain', fields: [field('text', 'shop.example-media.test')], entry: 'SE-POL-000123', method: 'domain' },
  { name: 'obfuscated domain', fields: [field('text', 'visit example-media[.]test')], entry: 'SE-POL-000123', method: 'domain' },
  { name: 'IDN domain written in Unicode, upper case', fields: [field('text', 'www.MØRKEBLÅ.test')], entry: 'DK-POL-000301', method: 'domain' },
  { name: 'IDN domain written in punycode', fields: [field('text', 'https://xn--mrkebl-nua0m.test/')], entry: 'DK-POL-000301', method: 'domain' },
  {
    name: 'domain in an address line',
    fields: [field('address', 'www.velvet-pixel.example')],
    entry: 'SE-POL-000126',
    method: 'domain',
    field: 'Cdtr/PstlAdr/AdrLine[1]',
  },
  { name: 'listed URL, paid URL below it', fields: [field('text', 'grauzone-downloads.test/shop/item/5')], entry: 'DE-BKA-000603', method: 'domain' },
  { name: 'listed URL exact', fields: [field('url', 'https://quickvault.example/v/9981')], entry: 'US-HSI-001702', method: 'domain' },
  { name: 'crypto address in text', fields: [field('text', 'send to 0x00000000000000000000000000000000000C0DE1')], entry: 'RU-X-001301', method: 'crypto' },
  { name: 'LEI', fields: [field('lei', '5299000TESTLEI000163')], entry: 'HU-NNI-002101', method: 'lei' },
  // Identifiers that do not canonicalise as written are still found (see the check-digit test below for the explanation).
  {
    name: 'IBAN with wrong check digits (the account a BBAN-routing core credits)',
    fields: [field('iban', 'DE88370400440532013000')],
    entry: 'SE-POL-000123',
    method: 'iban',
  },
  { name: 'IBAN with check digits 00', fields: [field('iban', 'DE00 3704 0044 0532 0130 00')], entry: 'SE-POL-000123', method: 'iban' },
  { name: 'IBAN with wrong check digits as Othr/Id', fields: [field('account', 'DE11370400440532013000')], entry: 'SE-POL-000123', method: 'iban' },
  {
    name: 'IBAN with wrong check digits in remittance text',
    fields: [field('text', 'pay to DE00 3704 0044 0532 0130 00 please')],
    entry: 'SE-POL-000123',
    method: 'iban',
  },
  {
    name: 'IBAN split by a zero-width space and a line break in text',
    fields: [field('text', 'DE89\u200B3704 0044\n0532 0130 00')],
    entry: 'SE-POL-000123',
    method: 'iban',
  },
  { name: 'account written with commas', fields: [field('account', '0532,013,000', { issuer: 'DEUTDEFFXXX' })], entry: 'SE-POL-000123', method: 'account' },
  { name: 'LEI with wrong check digits', fields: [field('lei', '5299000TESTLEI000100')], entry: 'HU-NNI-002101', method: 'lei' },
  {
    name: 'e-mail written so that it does not parse, in the e-mail field',
    fields: [field('email', 'sales[at]example-media(dot)test')],
    entry: 'SE-POL-000123',
    method: 'email',
  },
  {
    name: 'web address in an organisation id',
    fields: [field('orgId', 'example-media.test', { path: 'Cdtr/Id/OrgId/Othr/Id' })],
    entry: 'SE-POL-000123',
    method: 'domain',
  },
  {
    name: 'IBAN in a scheme name label',
    fields: [field('label', 'DE89370400440532013000', { path: 'Cdtr/Id/OrgId/Othr/SchmeNm/Prtry' })],
    entry: 'SE-POL-000123',
    method: 'iban',
  },
];

describe('identifiers written with wrong check digits', () => {
  const screener = sampleScreener();
  test('match on country and BBAN, and say so with both check digits', () => {
    const hit = screener.screenFields([field('iban', 'DE88370400440532013000')]).find((h) => h.method === 'iban')!;
    expect(hit.matched).toBe('DE89370400440532013000');
    expect(hit.explanation).toContainEqual({ feature: 'iban_check_digits_invalid', value: 1, detail: '88 written, 89 valid: matched on the rest' });
  });
});

describe('names written where identifiers go', () => {
  const screener = sampleScreener();
  test.each([
    ['orgId', 'Cdtr/Id/OrgId/Othr/Id'],
    ['account', 'CdtrAcct/Id/Othr/Id'],
    ['label', 'Cdtr/Id/OrgId/Othr/SchmeNm/Prtry'],
  ] as const)('a listed name as %s is screened as a name', (kind, path) => {
    const hits = screener.screenFields([field(kind, 'Nordic Digital Media Services Ltd', { path })]);
    expect(hits.find((h) => h.method === 'name' && h.entryId === 'SE-POL-000123')?.field).toBe(path);
  });
  test('identifier-like values are not screened as names', () => {
    expect(screener.screenFields([field('orgId', 'AB-1234567', { path: 'Cdtr/Id/OrgId/Othr/Id' })]).filter((h) => h.method === 'name')).toEqual([]);
  });
});

const nonMatches: { name: string; fields: PayeeField[] }[] = [
  { name: 'IBAN with one digit changed (check digits fail)', fields: [field('iban', 'DE89370400440532013001')] },
  { name: 'account at another bank', fields: [field('account', '0987654321', { issuer: 'RABONL2U' })] },
  { name: 'listed branch-less BIC of another institution', fields: [field('bic', 'FJLSNOK2')] },
  { name: 'a domain that only ends like a listed one', fields: [field('text', 'www.notexample-media.test')] },
  { name: 'the listed domain as a sub-domain of another site', fields: [field('text', 'example-media.test.other.example')] },
  { name: 'listed URL path, other host', fields: [field('text', 'other.example/v/9981')] },
  { name: 'the same phone digits without a country', fields: [field('proxy', '0701234567')] },
  { name: 'an expired entry', fields: [field('iban', 'SE3030000000031234567890')] },
];

describe('identifier screening on the sample list', () => {
  const screener = sampleScreener();

  test.each(matches)('hit: $name', (c) => {
    const hits = screener.screenFields(c.fields).filter((h) => h.entryId === c.entry);
    expect(hits.length).toBeGreaterThan(0);
    const hit = hits.find((h) => h.method === c.method);
    expect(hit).toBeDefined();
    expect(hit!.score).toBe(1);
    expect(hit!.algorithm).toBe('identifier-v1');
    if (c.field !== undefined) expect(hit!.field).toBe(c.field);
    if (c.value !== undefined) expect(hit!.value).toBe(c.value);
  });

  test.each(nonMatches)('no hit: $name', (c) => {
    expect(screener.screenFields(c.fields).filter((h) => h.method !== 'name')).toEqual([]);
  });

  test('a hit names the list identifier, the field, the role and explains itself', () => {
    const [hit] = screener.screenFields([field('iban', 'de89 3704 0044 0532 0130 00')]);
    expect(hit).toMatchObject({
      entryId: 'SE-POL-000123',
      field: 'CdtrAcct/Id/IBAN',
      role: 'creditorAccount',
      value: 'de89 3704 0044 0532 0130 00',
      matched: 'DE89370400440532013000',
      method: 'iban',
      source: 'police-se',
      entryKind: 'organisation',
    });
    expect(hit.explanation.length).toBeGreaterThan(0);
  });

  test('hits are deduplicated per (entry, field) and sorted by score', () => {
    const hits = screener.screenFields([
      field('iban', 'DE89370400440532013000'),
      field('text', 'example-media.test sales@example-media.test https://example-media.test/x'),
      field('name', 'Nordic Digital Media Servises'),
    ]);
    const keys = hits.map((h) => `${h.entryId}|${h.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(hits.filter((h) => h.field === 'RmtInf/Ustrd')).toHaveLength(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(hits[hits.length - 1].method).toBe('name');
  });
});
