/**
 * Identifiers written as text in the lists: OFAC's remarks ("Website www.x.test; alt. Email Address a@x.test;
 * Digital Currency Address - XBT 1Abc…; SWIFT/BIC ABCDXXYY; Telephone No. (98)(21)12345678"), its SDN.XML id types
 * (the same labels), and the notes of the UN and EU lists ("Telephone: +850-2-…. Fax: …. Email: a@x.test").
 *
 * Labelled values only, plus e-mails and IBANs anywhere (both are unmistakable: an @ and a domain, a mod-97 check).
 * Bare web addresses in notes are NOT taken: the UN's notes carry a link to INTERPOL's notices page on every
 * entry, and "2001.Review" reads as a domain under the .review top-level domain. Values come out in their
 * canonical form (screening/identifiers/canonical.ts), so the native list holds each identifier once.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { canonicalIdentifier } from '../../screening';
import { canonicalPhone } from '../../screening/identifiers/canonical';
import { extractIdentifiers } from '../../screening/identifiers/extract';
import type { IdentifierType, ListIdentifier } from '../../screening/types';

/** What a label says its value is. 'fax' and 'document' are recognised only to be counted as left out. */
export type LabelMeaning = 'web' | 'email' | 'phone' | 'crypto' | 'bic' | 'iban' | 'lei' | 'fax' | 'document';

const LABELS: readonly (readonly [RegExp, LabelMeaning])[] = [
  [/^(?:web ?site|web ?page|url|internet)s?$/, 'web'],
  [/^e-?mail(?: address(?:es)?)?s?$/, 'email'],
  [/^(?:digital currency|bitcoin|crypto(?:currency)?|wallet) (?:address|wallet)(?: - \w+)?s?$/, 'crypto'],
  [/^(?:swift\/bic|swift(?: code)?|bic(?: code)?|swift\/bic code)$/, 'bic'],
  [/^iban(?: code)?$/, 'iban'],
  [/^(?:legal entity (?:number|identifier)|lei(?: code)?)$/, 'lei'],
  [/^(?:(?:tele)?phones?|tel|mobile(?: phone)?|cell(?: ?phone)?)(?: (?:no|nos|nr|number|numbers))?$/, 'phone'],
  [/^(?:fax|facsimile)(?: (?:no|nos|nr|number|numbers))?$/, 'fax'],
  [
    /^(?:vessel |aircraft |other vessel |previous aircraft )?(?:passport|diplomatic passport|national (?:id|identity|identification|foreign id)|identity card|identification (?:number|no)|tax id|cedula|c\.u\.i\.t|n\.i\.t|r\.f\.c|curp|c\.u\.r\.p|d\.n\.i|ssn|social security|driver|registration (?:number|id|no|identification)|residency|birth certificate|voter|personal id|public security|trade license|business (?:number|registration)|company number|ruc|inn|ogrn|kpp|okpo|imo|mmsi|tail number|serial number|call sign|manufacturer)/,
    'document',
  ],
];

/** The meaning of a label such as "alt. Email Address", "Telephone No.:" or "Digital Currency Address - XBT". */
export function labelMeaning(label: string): LabelMeaning | undefined {
  const l = label
    .toLowerCase()
    .replace(/^\s*(?:alt\.|alternative)\s*/, '')
    .replace(/[\s.:#]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, meaning] of LABELS) if (pattern.test(l)) return meaning;
  return undefined;
}

/**
 * Labels as they open an item of OFAC's remarks ("Website …", "alt. Telephone No. …") or stand in notes
 * ("Telephone numbers: …"). In notes the short or common words (tel, bic, web, url, mobile) must be followed by
 * a colon, so that "Tel Aviv" or "a mobile phone shop" are not read as labels.
 */
const LONG_LABEL =
  '(?:web ?site|e-?mail(?: address(?:es)?)?|digital currency address(?: - [A-Za-z0-9]+)?|swift/bic(?: code)?|swift code|iban|legal entity number|(?:tele)?phones?(?: (?:no\\.?|number|numbers|nr\\.?))?|fax(?: (?:no\\.?|number|numbers))?|facsimile(?: (?:no\\.?|number|numbers))?)';
const SHORT_LABEL = '(?:tel\\.?|bic|swift|lei|url|web|mobile(?: (?:no\\.?|number|phone))?|cell(?: ?phone)?)';
const LABEL_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}])(?:alt\\.\\s*)?(?:${LONG_LABEL}s?\\s*:?|${SHORT_LABEL}\\s*:)\\s*`, 'giu');
const REMARK_ITEM = new RegExp(`^\\s*((?:alt\\.\\s*)?(?:${LONG_LABEL}|${SHORT_LABEL}))s?\\s*:?\\s+(\\S.*)$`, 'iu');

/** An item of OFAC's remarks ("alt. Website www.x.test") as label and value, if it opens with a known label. */
export function remarkItem(item: string): { label: string; value: string } | undefined {
  const m = REMARK_ITEM.exec(item);
  return m === null ? undefined : { label: m[1], value: m[2].trim() };
}

/** The labelled values in free text; a value runs to the next label, a sentence end or 200 characters. */
export function labelledValues(text: string): { label: string; value: string }[] {
  const found: { label: string; value: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(LABEL_IN_TEXT)) found.push({ label: m[0], value: '', start: m.index, end: m.index + m[0].length });
  return found.map((f, i) => {
    const next = i + 1 < found.length ? found[i + 1].start : text.length;
    let value = text.slice(f.end, Math.min(next, f.end + 200));
    const sentenceEnd = /\.\s+(?=[A-Z])|\n\s*\n/.exec(value);
    if (sentenceEnd !== null) value = value.slice(0, sentenceEnd.index);
    return { label: f.label, value: value.replace(/[\s.,;]+$/, '').trim() };
  });
}

export interface Found {
  readonly identifiers: ListIdentifier[];
  /** Values that looked like this kind of identifier but are not valid ones. */
  readonly unusable: number;
}

const TRAILING = /[.,;:)\]'"]+$/;
const LEADING = /^[(['"]+/;

function tokens(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((t) => t.replace(LEADING, '').replace(TRAILING, ''))
    .filter((t) => t.length > 0);
}

function canonical(type: IdentifierType, value: string): ListIdentifier | undefined {
  const c = canonicalIdentifier(type, value);
  return c === undefined ? undefined : { type, value: c };
}

/**
 * Web addresses: a bare host is a domain (the whole site is listed), one with a path a URL (a page on a shared
 * host such as a social network). A home page ("/index.html") or a language root ("/en") is the site itself.
 */
function webIn(text: string): Found {
  const identifiers: ListIdentifier[] = [];
  let unusable = 0;
  for (const t of tokens(text)) {
    if (!/^(?:https?:\/\/|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/|$)/iu.test(t)) continue;
    const url = canonicalIdentifier('url', t)?.replace(/\/(?:(?:index|default|home)(?:\.[a-z]{2,5})?|[a-z]{2}(?:[-_][a-z]{2})?)$/, '');
    if (url === undefined) unusable++;
    else identifiers.push(url.includes('/') ? { type: 'url', value: url } : { type: 'domain', value: url });
  }
  return { identifiers, unusable };
}

const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+/gu;

function emailsIn(text: string): Found {
  const identifiers: ListIdentifier[] = [];
  let unusable = 0;
  // "name@ host.test", "name @host.test": a space around the @ is a typing slip, not two values.
  for (const m of text.replace(/\s*@\s*/g, '@').matchAll(EMAIL)) {
    const id = canonical('email', m[0].replace(TRAILING, ''));
    if (id === undefined) unusable++;
    else identifiers.push(id);
  }
  return { identifiers, unusable };
}

/**
 * One written phone number → E.164. Accepted: an international prefix (+ or 00), a country code in brackets
 * first ("(98)(21)12345678"), digits without a trunk 0 that form a valid international number ("79110354982"),
 * or a national number when the entry's country is known. "(0)" after a country code is dropped; so is an extension.
 */
export function phoneE164(written: string, region?: string): string | undefined {
  const s = written
    .replace(/\(0\)/g, '')
    .replace(/\(?\s*(?:ext|extension|x)\.?\s*\d+\s*\)?.*$/i, '')
    .replace(/^[^\d+(]+/, '')
    .trim();
  if (!/^[+(\d]/.test(s) || /[A-Za-z]/.test(s)) return undefined;
  let digits = s.replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = '+' + digits.slice(2);
  const bracketed = /^\((\d{1,3})\)/.exec(s);
  if (!digits.startsWith('+') && bracketed !== null && !bracketed[1].startsWith('0')) digits = '+' + digits;
  if (digits.startsWith('+')) return canonicalPhone(digits);
  // Without a prefix: the entry's country first (a national number), then the digits as an international
  // number, accepted only if valid there (libphonenumber knows each country's lengths and ranges).
  const national = region === undefined ? undefined : canonicalPhone(digits, region);
  if (national !== undefined) return national;
  if (!digits.startsWith('0') && digits.length >= 8) {
    const international = parsePhoneNumberFromString('+' + digits);
    if (international?.isValid() === true) return international.number;
  }
  return undefined;
}

export function phonesIn(text: string, region?: string): Found {
  const identifiers: ListIdentifier[] = [];
  let unusable = 0;
  for (const piece of text.split(/[,;/]|\s+(?:or|and|und|et)\s+/)) {
    if (!/\d{4}/.test(piece.replace(/\D+/g, ''))) continue;
    const phone = phoneE164(piece, region);
    if (phone === undefined) unusable++;
    else identifiers.push({ type: 'phone', value: phone });
  }
  return { identifiers, unusable };
}

/** Crypto-asset addresses: the first long token (a "bitcoincash:"-style scheme dropped). */
function cryptoIn(text: string): Found {
  for (const t of tokens(text)) {
    const bare = t.replace(/^[a-z]+:/i, '');
    if (bare.length < 20) continue;
    const id = canonical('crypto', bare);
    return id === undefined ? { identifiers: [], unusable: 1 } : { identifiers: [id], unusable: 0 };
  }
  return { identifiers: [], unusable: 0 };
}

function firstValid(type: IdentifierType, text: string): Found {
  const candidates = tokens(text);
  for (const t of candidates) {
    const id = canonical(type, t);
    if (id !== undefined) return { identifiers: [id], unusable: 0 };
  }
  return { identifiers: [], unusable: candidates.length > 0 ? 1 : 0 };
}

/**
 * OFAC writes many BICs in their parts ("ABCD XY ZZ", "ABCD XY ZZ 123": bank, country, location, branch), which as
 * tokens are no BIC at all: a value that is only such groups is joined first.
 */
const BIC_IN_GROUPS = /^\s*([A-Z0-9]{4})\s+([A-Z]{2})\s*([A-Z0-9]{2})(?:\s*([A-Z0-9]{3}))?\s*$/i;

function bicIn(text: string): Found {
  const groups = BIC_IN_GROUPS.exec(text);
  if (groups !== null) {
    const id = canonical('bic', groups.slice(1).join(''));
    if (id !== undefined) return { identifiers: [id], unusable: 0 };
  }
  return firstValid('bic', text);
}

/**
 * IBANs are often written in groups of four: the extractor of payment texts tries the lengths IBANs have. Its
 * corrections of wrong check digits (kind to a payer's typo) are not taken: a list's IBAN must be valid as written.
 */
function ibansIn(text: string): Found {
  const identifiers = extractIdentifiers(text.toUpperCase())
    .filter((x) => x.kind === 'iban' && x.checkDigitsCorrected !== true)
    .map((x): ListIdentifier => ({ type: 'iban', value: x.canonical }));
  return { identifiers, unusable: identifiers.length === 0 && /\d/.test(text) ? 1 : 0 };
}

/** The identifiers of one kind written in a labelled value. */
export function identifiersIn(meaning: Exclude<LabelMeaning, 'fax' | 'document'>, text: string, region?: string): Found {
  switch (meaning) {
    case 'web':
      return webIn(text);
    case 'email':
      return emailsIn(text);
    case 'phone':
      return phonesIn(text, region);
    case 'crypto':
      return cryptoIn(text);
    case 'iban':
      return ibansIn(text);
    case 'bic':
      return bicIn(text);
    case 'lei':
      return firstValid('lei', text);
  }
}

/** E-mails and IBANs written anywhere in free text (see the top of this file for why nothing else). */
export function unlabelledIdentifiers(text: string): ListIdentifier[] {
  if (!/@|\d{2}/.test(text)) return [];
  const out: ListIdentifier[] = [];
  for (const x of extractIdentifiers(text)) {
    if (x.kind === 'email') out.push({ type: 'email', value: x.canonical });
    else if (x.kind === 'iban' && x.checkDigitsCorrected !== true) out.push({ type: 'iban', value: x.canonical });
  }
  return out;
}
