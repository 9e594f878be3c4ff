/** Identifiers written as text in the lists: labels, values, phone numbers, web addresses. */
import { identifiersIn, labelledValues, labelMeaning, phoneE164, remarkItem, unlabelledIdentifiers } from '../../../../src/watchlist/sources/identifiers';
import { countryOfCode, countryOfName } from '../../../../src/watchlist/sources/countries';
import { EntryDraft } from '../../../../src/watchlist/sources/entry-draft';
import { DropTally } from '../../../../src/watchlist/sources/types';

describe('labels', () => {
  test.each([
    ['Website', 'web'],
    ['alt. Email Address', 'email'],
    ['Digital Currency Address - XBT', 'crypto'],
    ['Digital Currency Address - USDT', 'crypto'],
    ['SWIFT/BIC', 'bic'],
    ['IBAN', 'iban'],
    ['Legal Entity Number', 'lei'],
    ['Telephone No.', 'phone'],
    ['Phone Number', 'phone'],
    ['Telephone numbers:', 'phone'],
    ['Fax:', 'fax'],
    ['Passport', 'document'],
    ['National ID No.', 'document'],
    ['Vessel Registration Identification', 'document'],
    ['Gender', undefined],
    ['Organization Established Date', undefined],
  ])('%s → %s', (label, meaning) => expect(labelMeaning(label)).toBe(meaning));

  test('OFAC remark items: a known label and its value, or nothing', () => {
    expect(remarkItem('alt. Website www.example.test')).toEqual({ label: 'alt. Website', value: 'www.example.test' });
    expect(remarkItem('Digital Currency Address - ETH 0x0000000000000000000000000000000000000001')).toEqual({
      label: 'Digital Currency Address - ETH',
      value: '0x0000000000000000000000000000000000000001',
    });
    expect(remarkItem('DOB 01 Jan 1970')).toBeUndefined();
    expect(remarkItem('Linked To: EXAMPLE CO')).toBeUndefined();
  });

  test('labelled values in notes run to the next label or the end of the sentence', () => {
    expect(labelledValues('Telephone: +44 20 7946 0018. Fax: +44 20 7946 0019. Email: a@example.test')).toEqual([
      { label: 'Telephone: ', value: '+44 20 7946 0018' },
      { label: 'Fax: ', value: '+44 20 7946 0019' },
      { label: 'Email: ', value: 'a@example.test' },
    ]);
  });

  test('prose is not read as identifiers: "Tel Aviv", "a mobile phone shop", a web link', () => {
    const dropped = new DropTally();
    const draft = new EntryDraft('x', 'person', 'test', dropped);
    draft.name('Example');
    draft.freeText('Lives in Tel Aviv and runs a mobile phone shop and a website. Special Notice web link:https://www.example.test/notices');
    expect(draft.build()).toMatchObject({ identifiers: [] });
    expect(dropped.toJSON()).toEqual({});
  });
});

describe('values', () => {
  test.each([
    ['+44 20 7946 0018', undefined, '+442079460018'],
    ['0044 20 7946 0018', undefined, '+442079460018'],
    ['(44)(20)79460018', undefined, '+442079460018'],
    ['(218) (0)214778301', undefined, '+218214778301'],
    ['442079460018', undefined, '+442079460018'],
    ['020 7946 0018', 'GB', '+442079460018'],
    ['020 7946 0018', undefined, undefined],
    ['+44 20 7946 0018 ext. 12', undefined, '+442079460018'],
    ['call the office', undefined, undefined],
  ])('phone %s (country %s) → %s', (written, region, e164) => expect(phoneE164(written, region)).toBe(e164));

  test('several phones in one value; a fragment that is no number is counted unusable', () => {
    expect(identifiersIn('phone', '+44 20 7946 0018, +44 20 7946 0019 and 0123')).toEqual({
      identifiers: [
        { type: 'phone', value: '+442079460018' },
        { type: 'phone', value: '+442079460019' },
      ],
      unusable: 1,
    });
  });

  test('web: a host is a domain, a page on a shared host a URL, a home page the site', () => {
    expect(identifiersIn('web', 'www.example.test; https://social.example/someone; http://shop.example.test/index.html').identifiers).toEqual([
      { type: 'domain', value: 'example.test' },
      { type: 'url', value: 'social.example/someone' },
      { type: 'domain', value: 'shop.example.test' },
    ]);
  });

  test('e-mails with a space around the @, several in one value', () => {
    expect(identifiersIn('email', 'info@ example.test; ops@example.test and x').identifiers).toEqual([
      { type: 'email', value: 'info@example.test' },
      { type: 'email', value: 'ops@example.test' },
    ]);
  });

  test('IBANs written in groups; crypto addresses with a scheme', () => {
    expect(identifiersIn('iban', 'DE54 1002 0030 1234 5678 90').identifiers).toEqual([{ type: 'iban', value: 'DE54100200301234567890' }]);
    expect(identifiersIn('iban', 'DE00 1002 0030 1234 5678 90')).toEqual({ identifiers: [], unusable: 1 });
    expect(identifiersIn('crypto', 'bitcoincash:qexampleaddressfortests00000000000000000').identifiers).toEqual([
      { type: 'crypto', value: 'qexampleaddressfortests00000000000000000' },
    ]);
  });

  // Found on OFAC's published consolidated list (SDN.XML form, 2018): 24 of 49 SWIFT/BIC values written in their
  // parts were read as no BIC at all. Invented codes in the same layout.
  test('BICs written in their parts (bank, country, location, branch) are joined', () => {
    expect(identifiersIn('bic', 'EXBK XX 2A')).toEqual({ identifiers: [{ type: 'bic', value: 'EXBKXX2A' }], unusable: 0 });
    expect(identifiersIn('bic', 'EXBK XX 2A 123')).toEqual({ identifiers: [{ type: 'bic', value: 'EXBKXX2A123' }], unusable: 0 });
    expect(identifiersIn('bic', 'EXBKXX2A')).toEqual({ identifiers: [{ type: 'bic', value: 'EXBKXX2A' }], unusable: 0 });
    expect(identifiersIn('bic', 'EXBKXX2A (head office)').identifiers).toEqual([{ type: 'bic', value: 'EXBKXX2A' }]);
    expect(identifiersIn('bic', 'EXBK 12 2A')).toEqual({ identifiers: [], unusable: 1 });
  });

  test('free text without labels: e-mails and IBANs only', () => {
    expect(unlabelledIdentifiers('Contact a@example.test, account DE54100200301234567890, see www.example.test or 2001.Review')).toEqual([
      { type: 'email', value: 'a@example.test' },
      { type: 'iban', value: 'DE54100200301234567890' },
    ]);
  });
});

describe('countries', () => {
  test.each([
    ['Iran (Islamic Republic of)', 'IR'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['Korea, North', 'KP'],
    ['Burma', 'MM'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Bahamas, The', 'BS'],
    ['Region: Crimea', 'UA'],
    ['Côte d’Ivoire', 'CI'],
    ['United Kingdom', 'GB'],
    ['undetermined', undefined],
    ['na', undefined],
  ])('%s → %s', (name, code) => expect(countryOfName(name)).toBe(code));

  test('codes only from code fields', () => {
    expect(countryOfCode('ru')).toBe('RU');
    expect(countryOfCode('XK')).toBe('XK');
    expect(countryOfCode('00')).toBeUndefined();
    expect(countryOfCode('QQ')).toBeUndefined();
  });
});
