/**
 * Simple-type checks: the XSD built-in lexical spaces ISO 20022 uses, plus the facets, compiled once per type
 * into a single function. A check returns undefined when the value is valid, else a short reason (no value
 * echoed: error messages must not carry payment data).
 */
import { compareDecimals, digitCounts, parseDecimal } from '../decimal';
import { compileXsdPattern } from './xsd-regex';
import type { BuiltinType, SimpleTypeDef } from './definition';

export type SimpleCheck = (value: string) => string | undefined;

const XML_WS_EDGES = /^[ \t\n\r]+|[ \t\n\r]+$/g;
const SURROGATE = /[\uD800-\uDBFF]/;

const TZ = '(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?';
const DATE_RE = new RegExp(`^(-?)([0-9]{4,})-([0-9]{2})-([0-9]{2})${TZ}$`);
const TIME_PART = '([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9](?:\\.[0-9]+)?)';
const DATETIME_RE = new RegExp(`^(-?)([0-9]{4,})-([0-9]{2})-([0-9]{2})T(?:${TIME_PART}|(24):(00):(00(?:\\.0+)?))${TZ}$`);
const TIME_RE = new RegExp(`^(?:${TIME_PART}|24:00:00(?:\\.0+)?)${TZ}$`);
const GYEAR_RE = new RegExp(`^-?([0-9]{4,})${TZ}$`);
const GYEARMONTH_RE = new RegExp(`^-?([0-9]{4,})-(0[1-9]|1[0-2])${TZ}$`);
// The last character before padding must leave the unused bits zero (libxml2 checks it: 'AB==' is invalid).
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;
/** Date and time types: libxml2 validates the raw text unless the type has facets (then it collapses first). */
const RAW_UNLESS_FACETS: ReadonlySet<BuiltinType> = new Set(['date', 'dateTime', 'time', 'gYear', 'gYearMonth']);

/**
 * Whitespace facet: xs:string preserves, the other built-ins collapse — except that libxml2 (the reference of the
 * differential suite) does not collapse date/time values of a type without facets: ' 2026-01-01' is rejected for
 * ISODate but accepted for ISONormalisedDateTime (which has a pattern). chokepoint does the same, to agree with it.
 */
function collapse(value: string): string {
  return value.replace(XML_WS_EDGES, '').replace(/[ \t\n\r]{2,}|[\t\n\r]/g, ' ');
}

function validYear(digits: string): boolean {
  // No year 0000 in XSD 1.0; more than four digits only without leading zero.
  return !/^0+$/.test(digits) && (digits.length === 4 || digits[0] !== '0');
}

function validDay(year: string, month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  const y = Number(year);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

const LEXICAL: Record<BuiltinType, (v: string) => boolean> = {
  string: () => true,
  decimal: (v) => parseDecimal(v) !== undefined,
  boolean: (v) => v === 'true' || v === 'false' || v === '1' || v === '0',
  date: (v) => {
    const m = DATE_RE.exec(v);
    return m !== null && validYear(m[2]) && validDay(m[2], m[3], m[4]);
  },
  dateTime: (v) => {
    const m = DATETIME_RE.exec(v);
    return m !== null && validYear(m[2]) && validDay(m[2], m[3], m[4]);
  },
  time: (v) => TIME_RE.test(v),
  gYear: (v) => {
    const m = GYEAR_RE.exec(v);
    return m !== null && validYear(m[1]);
  },
  gYearMonth: (v) => {
    const m = GYEARMONTH_RE.exec(v);
    return m !== null && validYear(m[1]);
  },
  base64Binary: (v) => BASE64_RE.test(v.replace(/[ \t\n\r]/g, '')),
};

function characterLength(value: string): number {
  if (!SURROGATE.test(value)) return value.length;
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function base64Octets(value: string): number {
  const compact = value.replace(/[ \t\n\r]/g, '');
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return (compact.length / 4) * 3 - padding;
}

export function compileSimpleType(def: SimpleTypeDef): SimpleCheck {
  const base = def.base;
  const lexical = LEXICAL[base];
  const hasFacets = Object.keys(def).some((k) => k !== 'base');
  const preserve = base === 'string' || (RAW_UNLESS_FACETS.has(base) && !hasFacets);
  const patterns = def.patterns?.map(compileXsdPattern);
  const enumeration = def.enumeration !== undefined ? new Set(def.enumeration) : undefined;
  const lengthOf = base === 'base64Binary' ? base64Octets : characterLength;
  const hasLength = def.length !== undefined || def.minLength !== undefined || def.maxLength !== undefined;
  const hasDigits = def.totalDigits !== undefined || def.fractionDigits !== undefined;
  const bounds = (['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'] as const)
    .filter((facet) => def[facet] !== undefined)
    .map((facet) => ({ facet, limit: parseDecimal(def[facet]!)! }));
  if (bounds.length > 0 && base !== 'decimal') throw new Error(`Range facets are only supported on xs:decimal (got xs:${base})`);
  const baseName = `xs:${base}`;

  return (raw: string) => {
    const value = preserve ? raw : collapse(raw);
    if (!lexical(value)) return `not a valid ${baseName}`;
    if (hasLength) {
      const len = lengthOf(value);
      if (def.length !== undefined && len !== def.length) return `length must be ${def.length}`;
      if (def.minLength !== undefined && len < def.minLength) return `length must be at least ${def.minLength}`;
      if (def.maxLength !== undefined && len > def.maxLength) return `length must be at most ${def.maxLength}`;
    }
    if (patterns !== undefined) {
      for (const pattern of patterns) if (!pattern.test(value)) return `does not match the pattern ${pattern.source.slice(4, -2)}`;
    }
    if (enumeration !== undefined && !enumeration.has(value)) return 'is not in the code list';
    if (hasDigits) {
      const digits = digitCounts(value);
      if (def.totalDigits !== undefined && digits.total > def.totalDigits) return `more than ${def.totalDigits} digits`;
      if (def.fractionDigits !== undefined && digits.fraction > def.fractionDigits) return `more than ${def.fractionDigits} fraction digits`;
    }
    if (bounds.length > 0) {
      const d = parseDecimal(value)!;
      for (const { facet, limit } of bounds) {
        const c = compareDecimals(d, limit);
        if (facet === 'minInclusive' && c < 0) return 'below the minimum';
        if (facet === 'maxInclusive' && c > 0) return 'above the maximum';
        if (facet === 'minExclusive' && c <= 0) return 'below the minimum';
        if (facet === 'maxExclusive' && c >= 0) return 'above the maximum';
      }
    }
    return undefined;
  };
}

/** The built-in types used directly as element or attribute types (type="xs:string" …). */
export function builtinCheck(name: string): SimpleCheck {
  const base = name.replace(/^xs:/, '') as BuiltinType;
  if (!(base in LEXICAL)) throw new Error(`Unknown built-in type ${name}`);
  return compileSimpleType({ base });
}
