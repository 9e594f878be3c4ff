import { compileSimpleType } from '../../../../src/iso20022/schema/simple-types';
import { compileXsdPattern } from '../../../../src/iso20022/schema/xsd-regex';
import { addDecimals, compareDecimals, formatDecimal, parseDecimal, sumDecimals } from '../../../../src/iso20022/decimal';

const ok = (check: (v: string) => string | undefined, v: string) => check(v) === undefined;

describe('simple types (XSD semantics as libxml2 applies them)', () => {
  const amount = compileSimpleType({ base: 'decimal', fractionDigits: 5, totalDigits: 18, minInclusive: '0' });

  it.each([
    ['149.00', true],
    ['1.000000', true], // trailing zeros are not fraction digits
    ['1.123456', false],
    ['123456789012345678', true],
    ['1234567890123456789', false],
    ['0000000000000000000001', true], // leading zeros do not count
    [' 5 ', true], // decimals collapse whitespace
    ['-1', false],
    ['-0', true],
    ['1e3', false],
    ['', false],
    ['.5', true],
  ])('amount %j → %s', (v, expected) => {
    expect(ok(amount, v)).toBe(expected);
  });

  it('counts lengths in characters, not UTF-16 units, and preserves whitespace in strings', () => {
    const max3 = compileSimpleType({ base: 'string', minLength: 1, maxLength: 3 });
    expect(ok(max3, '😀😀😀')).toBe(true);
    expect(ok(max3, '😀😀😀😀')).toBe(false);
    expect(ok(max3, '   ')).toBe(true);
    expect(ok(max3, '')).toBe(false);
  });

  it('validates date/time without facets on the raw text, with facets after collapsing', () => {
    const isoDateTime = compileSimpleType({ base: 'dateTime' });
    const normalised = compileSimpleType({ base: 'dateTime', patterns: ['.*Z'] });
    expect(ok(isoDateTime, '2026-03-02T10:00:00+01:00')).toBe(true);
    expect(ok(isoDateTime, ' 2026-03-02T10:00:00')).toBe(false);
    expect(ok(normalised, ' 2026-03-02T10:00:00Z')).toBe(true);
    expect(ok(isoDateTime, '2026-02-30T10:00:00')).toBe(false);
    expect(ok(isoDateTime, '2024-02-29T24:00:00')).toBe(true);
    expect(ok(isoDateTime, '0000-01-01T00:00:00')).toBe(false);
    expect(ok(isoDateTime, '2026-01-01T10:00:00+14:30')).toBe(false);
  });

  it('checks base64 padding bits and counts octets for lengths', () => {
    const bin = compileSimpleType({ base: 'base64Binary', minLength: 1, maxLength: 3 });
    expect(ok(bin, 'AAAA')).toBe(true);
    expect(ok(bin, 'AB==')).toBe(false);
    expect(ok(bin, 'AQ==')).toBe(true);
    expect(ok(bin, 'AAAAAAAA')).toBe(false);
  });

  it('anchors XSD patterns and treats ^ and $ as ordinary characters', () => {
    expect(compileXsdPattern('[A-Z]{3,3}').test('EUR')).toBe(true);
    expect(compileXsdPattern('[A-Z]{3,3}').test('EURO')).toBe(false);
    expect(compileXsdPattern('a$').test('a$')).toBe(true);
    expect(compileXsdPattern('\\d+').test('١٢٣')).toBe(true); // any Unicode digit
    expect(compileXsdPattern('.*Z').test('a\nZ')).toBe(false);
  });
});

describe('exact decimals', () => {
  it('adds and compares without floating point error', () => {
    expect(formatDecimal(sumDecimals(['0.1', '0.2'])!)).toBe('0.3');
    expect(compareDecimals(parseDecimal('100')!, parseDecimal('100.00')!)).toBe(0);
    expect(formatDecimal(addDecimals(parseDecimal('999999999999999999.99')!, parseDecimal('0.01')!))).toBe('1000000000000000000');
    expect(formatDecimal(parseDecimal('10.5')!, 2)).toBe('10.50');
  });
});
