/**
 * Exact decimal arithmetic on the strings found in messages (amounts, CtrlSum). Never floats: 0.1 + 0.2 must
 * equal 0.3, and 18-digit amounts must not lose their last digits.
 */

export interface Decimal {
  /** The value is units × 10^-scale. */
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_LEXICAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

/** XSD xs:decimal lexical form (after whitespace collapse); undefined when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  if (!DECIMAL_LEXICAL.test(text)) return undefined;
  const negative = text.charCodeAt(0) === 45;
  const unsigned = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? text.slice(1) : text;
  const dot = unsigned.indexOf('.');
  const intPart = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const fracPart = dot < 0 ? '' : unsigned.slice(dot + 1);
  const units = BigInt((intPart || '0') + fracPart);
  return { units: negative ? -units : units, scale: fracPart.length };
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x === y ? 0 : x < y ? -1 : 1;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

/** Sum of decimal strings; undefined if any is not a decimal. */
export function sumDecimals(values: Iterable<string>): Decimal | undefined {
  let total = ZERO;
  for (const value of values) {
    const d = parseDecimal(value.trim());
    if (d === undefined) return undefined;
    total = addDecimals(total, d);
  }
  return total;
}

/**
 * Canonical text: no exponent, no leading '+', trailing fraction zeros removed, but at least `minScale`
 * fraction digits (so a sum of "10.00" and "5.50" prints "15.50" with minScale 2).
 */
export function formatDecimal(d: Decimal, minScale = 0): string {
  let { units, scale } = d;
  while (scale > minScale && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  if (scale < minScale) {
    units *= 10n ** BigInt(minScale - scale);
    scale = minScale;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${text}` : text;
}

/** Significant digits and fraction digits in the XSD value-space sense (leading and trailing zeros do not count). */
export function digitCounts(text: string): { total: number; fraction: number } {
  const unsigned = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? text.slice(1) : text;
  const dot = unsigned.indexOf('.');
  const intPart = (dot < 0 ? unsigned : unsigned.slice(0, dot)).replace(/^0+/, '');
  const fracPart = dot < 0 ? '' : unsigned.slice(dot + 1).replace(/0+$/, '');
  return { total: intPart.length + fracPart.length, fraction: fracPart.length };
}

function rescale(d: Decimal, scale: number): bigint {
  return scale === d.scale ? d.units : d.units * 10n ** BigInt(scale - d.scale);
}
