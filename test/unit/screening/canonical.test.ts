import {
  canonicalAccount,
  canonicalBic,
  canonicalCrypto,
  canonicalDomain,
  canonicalEmail,
  canonicalIban,
  canonicalLei,
  canonicalPhone,
  canonicalProxy,
  canonicalUrl,
  ibanAccountCandidates,
  ibanProblem,
  ibanWithCheckDigitsCorrected,
} from '../../../src/screening/identifiers/canonical';
import { canonicalIdentifier, hmacIdentifier } from '../../../src/screening';
import { extractIdentifiers } from '../../../src/screening/identifiers/extract';

describe('canonical identifiers', () => {
  test.each([
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['de89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['DE89-3704-0044-0532-0130-00', 'DE89370400440532013000'],
    ['IBAN DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['ＤＥ89370400440532013000', 'DE89370400440532013000'],
    ['DE88370400440532013000', undefined], // wrong check digits
    ['DE8937040044053201300', undefined], // wrong length for DE
    ['US64SVBKUS6S3300958879', undefined], // a country without IBANs, although mod 97 holds
    ['DE89\u200B3704\u00A00044 0532 0130 00', 'DE89370400440532013000'], // zero-width and no-break spaces
    ['hello', undefined],
  ])('IBAN %j → %j', (input, expected) => expect(canonicalIban(input)).toBe(expected));

  test.each([
    ['DE89370400440532013000', undefined],
    ['DE88370400440532013000', 'check digits'],
    ['DE00 3704 0044 0532 0130 00', 'check digits'],
    ['DE893704004405320130001', 'length'],
    ['XX89370400440532013000', 'country'],
    ['DE89', 'format'],
  ])('what is wrong with the IBAN %j: %j', (input, expected) => expect(ibanProblem(input)).toBe(expected));

  test.each([
    ['DE88370400440532013000', 'DE89370400440532013000'],
    ['de00 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['DE89370400440532013000', undefined], // nothing to correct
    ['DE0037040044053201300', undefined], // wrong length: not the same account
  ])('the IBAN %j with its check digits corrected: %j', (input, expected) => expect(ibanWithCheckDigitsCorrected(input)).toBe(expected));

  test.each([
    ['DEUTDEFF', 'DEUTDEFF'],
    ['deutdeffxxx', 'DEUTDEFF'],
    ['DEUT DE FF 500', 'DEUTDEFF500'],
    ['DEUTDEF', undefined],
    ['1EUTDEFF', '1EUTDEFF'], // ISO 9362:2014: the party prefix may hold digits
    ['DEUT1EFF', undefined], // the country code may not
  ])('BIC %j → %j', (input, expected) => expect(canonicalBic(input)).toBe(expected));

  test.each([
    ['0532013000', '532013000'],
    ['0532-013 000', '532013000'],
    ['12.34.56', '123456'],
    ['0532,013,000', '532013000'],
    ['0532\u200B013\u00B7000', '532013000'],
    ['٠٥٣٢٠١٣٠٠٠', '532013000'], // Arabic-Indic digits
    ['', undefined],
    ['#-#', undefined],
    ['12#34', '1234'],
  ])('account %j → %j', (input, expected) => expect(canonicalAccount(input)).toBe(expected));

  test.each([
    ['example-media.test', 'example-media.test'],
    ['https://www.Example-Media.TEST/path?q=1#x', 'example-media.test'],
    ['EXAMPLE-MEDIA.TEST.', 'example-media.test'],
    ['example-media[.]test', 'example-media.test'],
    ['hxxps://example-media(dot)test/x', 'example-media.test'],
    ['user:pw@shop.example-media.test:8080/a', 'shop.example-media.test'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['sales@example-media.test', 'example-media.test'],
    ['localhost', undefined],
    ['not a domain', undefined],
  ])('domain %j → %j', (input, expected) => expect(canonicalDomain(input)).toBe(expected));

  test.each([
    ['https://shop.velvet-pixel.example/store/77/', 'shop.velvet-pixel.example/store/77'],
    ['shop.velvet-pixel.example/Store/77?utm=1', 'shop.velvet-pixel.example/store/77'],
    ['http://www.quickvault.example', 'quickvault.example'],
  ])('url %j → %j', (input, expected) => expect(canonicalUrl(input)).toBe(expected));

  test.each([
    ['Sales@Example-Media.TEST', 'sales@example-media.test'],
    ['mailto:sales@example-media.test', 'sales@example-media.test'],
    ['info@bücher.example', 'info@xn--bcher-kva.example'],
    ['no-at-sign.test', undefined],
    ['@example.test', undefined],
  ])('email %j → %j', (input, expected) => expect(canonicalEmail(input)).toBe(expected));

  test('phone: E.164 from international forms; national forms need the country', () => {
    expect(canonicalPhone('+46 70-123 45 67')).toBe('+46701234567');
    expect(canonicalPhone('0046701234567')).toBe('+46701234567');
    expect(canonicalPhone('070-123 45 67')).toBeUndefined();
    expect(canonicalPhone('070-123 45 67', 'SE')).toBe('+46701234567');
  });

  test('proxy: phone, e-mail, or a compacted id', () => {
    expect(canonicalProxy('+46 70 123 45 67')).toBe('+46701234567');
    expect(canonicalProxy('Marguerite.TB@interac.example')).toBe('marguerite.tb@interac.example');
    expect(canonicalProxy('4C1D2B3A-0000-4000-8000-00000000ABCD')).toBe('4c1d2b3a-0000-4000-8000-00000000abcd');
    expect(canonicalProxy('123 456 78 90')).toBe('1234567890');
  });

  test('LEI checks ISO 17442 digits; crypto keeps base58 case', () => {
    expect(canonicalLei('5299000TESTLEI000133')).toBeUndefined();
    expect(canonicalLei('529900T8BM49AURSDO55')).toBe('529900T8BM49AURSDO55');
    expect(canonicalCrypto('0xABCDEF0000000000000000000000000000000001')).toBe('0xabcdef0000000000000000000000000000000001');
    expect(canonicalCrypto('1BoatSLRHtKNngkdXEeobR76b53LETtpyT')).toBe('1BoatSLRHtKNngkdXEeobR76b53LETtpyT');
  });

  test('the account inside an IBAN, as a domestic account is written', () => {
    expect(ibanAccountCandidates('DE89370400440532013000').accounts).toContain('532013000');
    expect(ibanAccountCandidates('DE89370400440532013000').bankId).toBe('37040044');
  });

  test('canonicalIdentifier dispatches by type; HMAC is hex SHA-256 of the canonical value', () => {
    expect(canonicalIdentifier('iban', 'de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(canonicalIdentifier('bic', 'DEUTDEFFXXX')).toBe('DEUTDEFF');
    expect(canonicalIdentifier('domain', 'WWW.EXAMPLE-MEDIA.TEST')).toBe('example-media.test');
    const key = Buffer.from('k');
    expect(hmacIdentifier('DE89370400440532013000', key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hmacIdentifier('DE89370400440532013000', key)).toBe(hmacIdentifier(canonicalIdentifier('iban', 'de89 3704 0044 0532 0130 00')!, key));
  });
});

describe('identifiers in free text, ASCII or not', () => {
  const found = (text: string): string[] => extractIdentifiers(text).map((x) => `${x.kind}:${x.canonical}`);

  it('finds an IBAN split by a line break, a tab or a zero-width space alike', () => {
    for (const text of ['Pay DE89 3704 0044\n0532 0130 00 now', 'Pay DE89 3704 0044\t0532 0130 00 now', 'Pay DE89 3704 0044\u200b0532 0130 00 now']) {
      expect(found(text)).toContain('iban:DE89370400440532013000');
    }
  });

  it('reads obfuscated web addresses in ASCII and in full-width text', () => {
    expect(found('see hxxps://example-media[.]test/x')).toContain('url:example-media.test/x');
    expect(found('see example-media(dot)test')).toContain('url:example-media.test');
    expect(found('see ｅｘａｍｐｌｅ-media.test')).toContain('url:example-media.test');
  });

  it('finds nothing in a plain name with dotted legal forms', () => {
    expect(found('Nordic Digital Media S.A.')).toEqual([]);
  });
});
