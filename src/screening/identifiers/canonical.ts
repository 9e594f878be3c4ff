/**
 * Canonical forms of identifiers. The canonical form is what the index keys on and what keyed-hash mode HMACs,
 * so list, payments and the CLI must all go through these functions. Each returns undefined for a value that is
 * not a valid identifier of its type. None throws.
 */
import { domainToASCII } from 'node:url';
import type * as IbanTools from 'ibantools' with { 'resolution-mode': 'require' };
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { IdentifierType } from '../types';
import { isAscii } from '../text/fold';

// ibantools is a "type": "module" package with a CommonJS build under its "require" condition; TypeScript (module
// node16) refuses a static import of it from CommonJS, so it is required and typed from its declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { countrySpecs, getCountrySpecifications } = require('ibantools') as typeof IbanTools;

const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(getCountrySpecifications())
    .filter(([, spec]) => typeof spec.chars === 'number' && spec.chars > 0)
    .map(([country, spec]) => [country, spec.chars as number]),
);

/** ISO 7064 mod 97-10 over an alphanumeric string (letters A=10 … Z=35); used by IBAN and LEI. */
export function mod97(alnum: string): number {
  return mod97On(0, alnum, 0, alnum.length);
}

/** mod97 carried on from `remainder` over characters [from, to) of s (-1 for a character not a digit or A-Z). */
function mod97On(remainder: number, s: string, from: number, to: number): number {
  let r = remainder;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return -1;
  }
  return r;
}

/** Invisible format characters (zero-width space and joiners, soft hyphen, bidi marks, BOM): never part of a value. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * Decimal digits of any script as ASCII digits (NFKC folds full-width digits, not Arabic-Indic or Devanagari ones).
 * Unicode allocates each script's digits as ten consecutive code points from zero, and after NFKC no two such runs
 * touch, so a digit's value is its distance from the start of its run.
 */
function asciiDigits(value: string): string {
  return value.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0)!;
    if (c <= 0x39) return d;
    let zero = c;
    while (zero > c - 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    return String(c - zero);
  });
}

/** Only digits and upper-case ASCII letters (the empty string too): what compact leaves of most values as sent. */
function isUpperAlnum(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

function compact(value: string): string {
  if (isUpperAlnum(value)) return value; // already compact (most IBANs and BICs as sent)
  // ASCII has no format characters, and its digits are ASCII already.
  return (isAscii(value) ? value : asciiDigits(value.normalize('NFKC').replace(FORMAT_CHARACTERS, ''))).toUpperCase().replace(/[\s\-./_:]+/g, '');
}

/** The length of the IBANs of a country (ISO 3166 alpha-2); undefined for a country that has none. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS.get(country);
}

/** Why a value is not a valid IBAN. */
export type IbanProblem = 'format' | 'country' | 'length' | 'check digits';

const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$/;

function compactIban(value: string): string {
  const v = compact(value);
  return v.startsWith('IBAN') ? v.slice(4) : v;
}

/**
 * What is wrong with a value given as an IBAN: not two letters, two digits and 10–30 letters or digits (format), a
 * country with no IBANs, a length other than the country's, or check digits that fail ISO 7064 mod 97-10.
 * undefined for a valid IBAN.
 */
export function ibanProblem(value: string): IbanProblem | undefined {
  return compactIbanProblem(compactIban(value));
}

/** ibanProblem of a value compactIban has already compacted (every payment IBAN is checked: compacted once). */
function compactIbanProblem(v: string): IbanProblem | undefined {
  if (!IBAN_SHAPE.test(v)) return 'format';
  const length = IBAN_LENGTHS.get(v.slice(0, 2));
  if (length === undefined) return 'country';
  if (length !== v.length) return 'length';
  return mod97Rotated(v) === 1 ? undefined : 'check digits';
}

/** mod97 of an IBAN with its first four characters moved to the end (ISO 13616), without building that string. */
function mod97Rotated(v: string): number {
  const bban = mod97On(0, v, 4, v.length);
  return bban < 0 ? -1 : mod97On(bban, v, 0, 4);
}

/** IBAN: spaces, dashes and case removed; a country that has IBANs, its length and mod-97 checked. */
export function canonicalIban(value: string): string | undefined {
  const v = compactIban(value);
  return compactIbanProblem(v) === undefined ? v : undefined;
}

/**
 * The valid IBAN with the same country and BBAN as a value whose only fault is its check digits: the account a
 * core that routes on the BBAN (many ignore the check digits) would credit. undefined for any other value.
 */
export function ibanWithCheckDigitsCorrected(value: string): string | undefined {
  const v = compactIban(value);
  if (compactIbanProblem(v) !== 'check digits') return undefined;
  const check = 98 - mod97(v.slice(4) + v.slice(0, 2) + '00');
  return `${v.slice(0, 2)}${String(check).padStart(2, '0')}${v.slice(4)}`;
}

/**
 * The domestic account numbers an IBAN may have been listed as: ibantools' account number where it knows the
 * country's structure, else the BBAN without its bank (and branch) code, else the whole BBAN — each without
 * leading zeros, as canonicalAccount writes them.
 */
export function ibanAccountCandidates(iban: string): { country: string; bankId?: string; accounts: string[] } {
  const country = iban.slice(0, 2);
  const bban = iban.slice(4);
  const layout = ibanLayout(country);
  const bank = layout.bank === undefined ? '' : bban.slice(layout.bank[0], layout.bank[1] + 1);
  const branch = layout.branch === undefined ? '' : bban.slice(layout.branch[0], layout.branch[1] + 1);
  const accountNumber = layout.account === undefined ? undefined : iban.slice(layout.account[0], layout.account[1] + 1);
  const raw = [
    accountNumber,
    bban.startsWith(bank + branch) ? bban.slice(bank.length + branch.length) : undefined,
    bban.startsWith(bank) ? bban.slice(bank.length) : undefined,
    bban,
  ];
  const accounts: string[] = [];
  for (const r of raw) {
    const c = r === undefined ? undefined : canonicalAccount(r);
    if (c !== undefined && c.length >= 4 && !accounts.includes(c)) accounts.push(c);
  }
  return { country, bankId: bank.length > 0 ? stripLeadingZeros(bank) : undefined, accounts };
}

interface IbanLayout {
  /** Inclusive positions: bank and branch in the BBAN, account in the IBAN (as ibantools' registry gives them). */
  readonly bank?: readonly [number, number];
  readonly branch?: readonly [number, number];
  readonly account?: readonly [number, number];
}

const layouts = new Map<string, IbanLayout>();

function range(spec: string | undefined): readonly [number, number] | undefined {
  if (spec === undefined) return undefined;
  const [a, b] = spec.split('-').map(Number);
  return Number.isInteger(a) && Number.isInteger(b) ? [a, b] : undefined;
}

/** Where bank, branch and account sit in a country's IBAN (ibantools' registry data, read once per country). */
function ibanLayout(country: string): IbanLayout {
  let layout = layouts.get(country);
  if (layout === undefined) {
    const spec = countrySpecs[country] as { bank_identifier?: string; branch_indentifier?: string; account_indentifier?: string } | undefined;
    layout = { bank: range(spec?.bank_identifier), branch: range(spec?.branch_indentifier), account: range(spec?.account_indentifier) };
    layouts.set(country, layout);
  }
  return layout;
}

/**
 * BIC: upper case; 11 characters ending in XXX (head office) is written as the 8-character form. The party prefix
 * (first four characters) may hold digits since ISO 9362:2014, as the messages' BICFI pattern allows.
 */
export function canonicalBic(value: string): string | undefined {
  const v = compact(value);
  if (!/^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v)) return undefined;
  return v.length === 11 && v.endsWith('XXX') ? v.slice(0, 8) : v;
}

function stripLeadingZeros(v: string): string {
  let i = 0;
  while (i < v.length && v.charCodeAt(i) === 48) i++;
  return i === 0 ? v : i === v.length ? '0' : v.slice(i);
}

/**
 * Domestic account number: case and every character that is not a letter or digit removed (a core reads
 * "0532,013,000" or "0532·013·000" as the account 0532013000 as readily as "0532-013-000"), leading zeros dropped.
 */
export function canonicalAccount(value: string): string | undefined {
  // The parts of a canonical IBAN (ibanAccountCandidates) are compact already: no pass of a regular expression.
  const v = isUpperAlnum(value) ? value : compact(value).replace(/[^A-Z0-9]+/g, '');
  if (v.length === 0 || v.length > 40) return undefined;
  return stripLeadingZeros(v);
}

/** Bank identifier written next to an account (BIC or clearing code): BIC canonical form, else compacted. */
export function canonicalIssuer(value: string): string | undefined {
  const bic = canonicalBic(value);
  if (bic !== undefined) return bic;
  const v = compact(value);
  return v.length === 0 ? undefined : stripLeadingZeros(v);
}

const HOST_LABELS = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const MAY_BE_OBFUSCATED = /[[({]|dot|hxxp/i;

/** Undo the usual obfuscations of web addresses in text: example[.]test, example(dot)test, hxxps://. */
export function deobfuscate(text: string): string {
  // Each replacement below needs a bracket, "dot" or "hxxp": most text has none and is returned as it is.
  if (!MAY_BE_OBFUSCATED.test(text)) return text;
  return text
    .replace(/\s*[[({]\s*(?:\.|dot)\s*[\])}]\s*/gi, '.')
    .replace(/\s+dot\s+/gi, '.')
    .replace(/\bhxxp(s?):\/\//gi, 'http$1://');
}

interface ParsedUrl {
  readonly host: string;
  readonly path: string;
}

/** Scheme, user info, port, query and fragment dropped; host lower case, IDN in punycode; 'www.' dropped. */
function parseUrlLike(value: string): ParsedUrl | undefined {
  let v = deobfuscate(value.normalize('NFKC').trim()).toLowerCase();
  v = v.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '');
  const pathStart = v.search(/[/?#]/);
  let host = pathStart < 0 ? v : v.slice(0, pathStart);
  let path = pathStart < 0 ? '' : v.slice(pathStart).replace(/[?#].*$/, '');
  host = host
    .replace(/^[^@]*@/, '')
    .replace(/:\d*$/, '')
    .replace(/\.+$/, '');
  if (host.length === 0) return undefined;
  // Plain ASCII host names need no IDN conversion (the label check below validates them).
  const ascii = /^[a-z0-9._-]+$/.test(host) && !host.includes('xn--') ? host : domainToASCII(host);
  if (ascii.length === 0 || !HOST_LABELS.test(ascii)) return undefined;
  host = ascii;
  while (/^www\d?\.[^.]+\./.test(host)) host = host.replace(/^www\d?\./, '');
  if (!host.includes('.')) return undefined;
  path = path.replace(/\/+$/, '');
  return { host, path };
}

/** Domain: the host name of whatever is given (a bare domain, a URL, an e-mail's domain part). */
export function canonicalDomain(value: string): string | undefined {
  const v = value.includes('@') && !value.includes('/') ? value.slice(value.lastIndexOf('@') + 1) : value;
  return parseUrlLike(v)?.host;
}

/** URL: host and path (lower case, no trailing slash, no query or fragment); a bare host is host only. */
export function canonicalUrl(value: string): string | undefined {
  const parsed = parseUrlLike(value);
  return parsed === undefined ? undefined : parsed.host + parsed.path;
}

/** E-mail: lower case, mailto: dropped, domain as canonicalDomain (punycode). */
export function canonicalEmail(value: string): string | undefined {
  const v = value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  const at = v.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = v.slice(0, at);
  if (!/^[^\s@<>()[\],;:"]+$/u.test(local)) return undefined;
  const domain = parseUrlLike(v.slice(at + 1));
  if (domain === undefined || domain.path !== '') return undefined;
  return `${local}@${domain.host}`;
}

/**
 * Phone: E.164. A number without an international prefix needs the country it was written in (`region`);
 * without one it has no canonical form.
 */
export function canonicalPhone(value: string, region?: string): string | undefined {
  const v = value.normalize('NFKC').trim();
  if (!/^\+?[\d\s().\-/]{6,24}$/.test(v)) return undefined;
  let digits = v.replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = '+' + digits.slice(2);
  if (digits.lastIndexOf('+') > 0) return undefined;
  try {
    if (digits.startsWith('+')) {
      const parsed = parsePhoneNumberFromString(digits);
      return parsed !== undefined && parsed.isPossible() ? parsed.number : undefined;
    }
    if (region === undefined || region.length !== 2) return undefined;
    const parsed = parsePhoneNumberFromString(digits, region.toUpperCase() as CountryCode);
    return parsed !== undefined && parsed.isValid() ? parsed.number : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Proxy (alias of an account: phone number, e-mail, national id, random key): a phone in E.164 when it is one,
 * an e-mail canonically, otherwise lower case without spaces (digit-only ids without separators).
 */
export function canonicalProxy(value: string, region?: string): string | undefined {
  const phone = canonicalPhone(value, region);
  if (phone !== undefined) return phone;
  const v = value.normalize('NFKC').trim().toLowerCase();
  if (v.length === 0) return undefined;
  if (/^[\d\s().\-/]+$/.test(v)) return v.replace(/\D/g, '') || undefined;
  const compacted = v.replace(/\s+/g, '').normalize('NFKC');
  if (compacted.includes('@')) {
    const email = canonicalEmail(compacted);
    if (email !== undefined) return email;
  }
  return compacted;
}

/** LEI (ISO 17442): 20 characters, mod 97 = 1. */
export function canonicalLei(value: string): string | undefined {
  const v = compact(value);
  return /^[A-Z0-9]{18}[0-9]{2}$/.test(v) && mod97(v) === 1 ? v : undefined;
}

/** The valid LEI with the same 18 leading characters as an LEI-shaped value whose check digits fail. */
export function leiWithCheckDigitsCorrected(value: string): string | undefined {
  const v = compact(value);
  if (!/^[A-Z0-9]{18}[0-9]{2}$/.test(v) || mod97(v) === 1) return undefined;
  return v.slice(0, 18) + String(98 - mod97(v.slice(0, 18) + '00')).padStart(2, '0');
}

/** Crypto-asset address: hex and bech32 forms are case-insensitive (lower case); base58 is kept as written. */
export function canonicalCrypto(value: string): string | undefined {
  const v = value.normalize('NFKC').trim();
  if (/^0x[0-9a-fA-F]{40}$/.test(v)) return v.toLowerCase();
  if (/^(bc1|tb1|ltc1)[a-zA-HJ-NP-Z0-9]{8,87}$/i.test(v)) return v.toLowerCase();
  if (/^[A-Za-z0-9]{20,100}$/.test(v)) return v;
  return undefined;
}

/** The canonical form of an identifier (what keyed-hash mode HMACs): shared by list, payments and the CLI. */
export function canonicalIdentifier(type: IdentifierType, value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  switch (type) {
    case 'iban':
      return canonicalIban(value);
    case 'bic':
      return canonicalBic(value);
    case 'account':
      return canonicalAccount(value);
    case 'proxy':
      return canonicalProxy(value);
    case 'phone':
      return canonicalPhone(value);
    case 'email':
      return canonicalEmail(value);
    case 'domain':
      return canonicalDomain(value);
    case 'url':
      return canonicalUrl(value);
    case 'lei':
      return canonicalLei(value);
    case 'crypto':
      return canonicalCrypto(value);
    default:
      return undefined;
  }
}
