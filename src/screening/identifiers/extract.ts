/**
 * Identifiers written inside free text (remittance information, address lines, even names): web addresses,
 * e-mails, IBANs, phone numbers, crypto-asset addresses. Extraction is generous — a false candidate only costs
 * an O(1) lookup that finds nothing — and reports the part of the text it found, for the hit's `value`.
 */
import {
  canonicalCrypto,
  canonicalEmail,
  canonicalIban,
  canonicalPhone,
  canonicalUrl,
  deobfuscate,
  ibanLength,
  ibanWithCheckDigitsCorrected,
} from './canonical';
import { isAscii } from '../text/fold';

export type ExtractedKind = 'email' | 'url' | 'iban' | 'phone' | 'crypto';

export interface Extracted {
  readonly kind: ExtractedKind;
  /** The part of the (de-obfuscated) text that was recognised. */
  readonly value: string;
  readonly canonical: string;
  /** An IBAN written with wrong check digits: `canonical` is the valid IBAN of the same country and BBAN. */
  readonly checkDigitsCorrected?: true;
}

const EMAIL = /[\p{L}\p{N}._%+-]+\s*(?:@|\[at\]|\(at\)|\s+at\s+)\s*(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63}/giu;
const URL_LIKE =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/)?(?:[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]+)(?::\d{1,5})?(?:\/[^\s"'<>]*)?/giu;
const IBAN_START = /\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){10,32}/gi;
const PHONE = /(?:\+|\b00)\s?\d(?:[\s().-]?\d){6,16}/g;
/**
 * Crypto-asset addresses: hex (Ethereum and its chains), bech32 (bc1, ltc1), Bitcoin Cash's cashaddr (q… / p…, with
 * or without its "bitcoincash:" scheme), and any base58 run of 25 to 100 characters — the shape of Bitcoin, Tron,
 * Litecoin, Dash, Zcash, Dogecoin, XRP, Solana and Monero addresses, all on the published sanctions lists.
 * Base58 excludes 0, O, I and l, so ordinary words and references of that length rarely take this shape.
 */
const CRYPTO = /\b(?:0x[0-9a-fA-F]{40}|(?:bc1|ltc1)[a-zA-HJ-NP-Z0-9]{20,80}|[qp][02-9ac-hj-np-z]{41}|[1-9A-HJ-NP-Za-km-z]{25,100})\b/g;

/** Cheap tests before the regular expressions: most text holds none of these shapes. */
const MAY_HAVE = {
  email: /@|\[at\]|\(at\)|\sat\s/i,
  url: /[\p{L}\p{N}-]\s*(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\sdot\s)\s*\p{L}{2}/iu,
  iban: /[a-z]{2}\d{2}/i,
  phone: /\+\s?\d|\b00\d/,
  crypto: /[0-9A-Za-z]{25}/,
};

export function mayContainIdentifierByShape(text: string): boolean {
  return MAY_HAVE.email.test(text) || MAY_HAVE.url.test(text) || MAY_HAVE.iban.test(text) || MAY_HAVE.phone.test(text) || MAY_HAVE.crypto.test(text);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Whether any MAY_HAVE shape can be in the text, in one pass over its characters instead of five regular
 * expressions: a superset of them (mayContainIdentifierByShape), which then runs only on text that passes.
 * Most address lines, names and remittance texts hold no identifier.
 */
export function mayContainIdentifier(text: string): boolean {
  return scanForIdentifier(text, false) !== NO_IDENTIFIER;
}

const NO_IDENTIFIER = 0;
const MAY_HOLD_IDENTIFIER = 1;
/** Not plain ASCII, or holds a character that may hide an identifier (tab, line break): see extractIdentifiers. */
const NOT_PLAIN = 2;

/**
 * mayContainIdentifier's pass; with `plainOnly`, NOT_PLAIN as soon as a character is not ASCII or is a tab or line
 * break (ASCII_MAY_HIDE). NO_IDENTIFIER then says, in one pass, what isAscii, ASCII_MAY_HIDE and
 * mayContainIdentifier said in three: the text is its own visible text, and holds no identifier's shape.
 */
function scanForIdentifier(text: string, plainOnly: boolean): number {
  let alnumRun = 0;
  let letterRun = 0;
  let digitRun = 0;
  let lettersBeforeDigits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (plainOnly && (c > 0x7f || (c >= 9 && c <= 13))) return NOT_PLAIN;
    // '@' (e-mail), '+' (phone), '.' (web address)
    if (c === 64 || c === 43 || c === 46) return MAY_HOLD_IDENTIFIER;
    // "[at]", "(at)", " at " (e-mail; any non-ASCII character may be a space); "dot" (web address)
    if ((c === 91 || c === 40 || c > 0x7f || isSpace(c)) && lower(text.charCodeAt(i + 1)) === 97 && lower(text.charCodeAt(i + 2)) === 116)
      return MAY_HOLD_IDENTIFIER;
    if (lower(c) === 100 && lower(text.charCodeAt(i + 1)) === 111 && lower(text.charCodeAt(i + 2)) === 116) return MAY_HOLD_IDENTIFIER;
    const digit = c >= 48 && c <= 57;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (digit) {
      if (digitRun === 0) lettersBeforeDigits = letterRun;
      digitRun++;
      letterRun = 0;
      // two letters and two digits (IBAN); "00" and a digit (phone)
      if (lettersBeforeDigits >= 2 && digitRun >= 2) return MAY_HOLD_IDENTIFIER;
      if (i >= 2 && text.charCodeAt(i - 1) === 48 && text.charCodeAt(i - 2) === 48) return MAY_HOLD_IDENTIFIER;
    } else if (letter) {
      letterRun++;
      digitRun = 0;
    } else {
      letterRun = 0;
      digitRun = 0;
    }
    alnumRun = digit || letter ? alnumRun + 1 : 0;
    if (alnumRun >= 25) return MAY_HOLD_IDENTIFIER; // crypto-asset address
  }
  return NO_IDENTIFIER;
}

/** The shortest prefix of `written` that holds `alnum` non-space characters. */
function writtenPrefix(written: string, alnum: number): string {
  let seen = 0;
  for (let i = 0; i < written.length; i++) {
    if (written[i] !== ' ') seen++;
    if (seen === alnum) return written.slice(0, i + 1);
  }
  return written;
}

/** Invisible format characters (zero-width space, joiners, soft hyphen, bidi marks): they split a value for the eye only. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const LINE_BREAKS_AND_TABS = /[\t\n\r\v\f\u2028\u2029\u0085]/g;
const MAY_HIDE = /[\p{Cf}\t\n\r\v\f\u2028\u2029\u0085]/u;
/** What can hide in ASCII text: ASCII has no format characters, and no line breaks but these. */
const ASCII_MAY_HIDE = /[\t\n\r\v\f]/;

export function extractIdentifiers(text: string): Extracted[] {
  if (text.length === 0) return [];
  // Zero-width characters and line breaks inside an identifier do not hide it (DE89<ZWSP>3704…, an IBAN over two lines).
  // Most text is ASCII: its tests need no Unicode property classes, and it needs no NFKC.
  // Plain ASCII without tabs or line breaks (most text) is its own visible text: one pass settles most text.
  if (scanForIdentifier(text, true) === NO_IDENTIFIER) return [];
  const ascii = isAscii(text);
  const visible = (ascii ? ASCII_MAY_HIDE : MAY_HIDE).test(text) ? text.replace(FORMAT_CHARACTERS, '').replace(LINE_BREAKS_AND_TABS, ' ') : text;
  // The quick scan lets through "B.V." and "S.A."; the shapes themselves decide before any normalising.
  if (!mayContainIdentifier(visible) || !mayContainIdentifierByShape(visible)) return [];
  const clean = deobfuscate(ascii ? visible : visible.normalize('NFKC'));
  const out: Extracted[] = [];
  const seen = new Set<string>();
  const push = (kind: ExtractedKind, value: string, canonical: string | undefined, corrected = false): void => {
    if (canonical === undefined) return;
    const key = kind + ':' + canonical;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(corrected ? { kind, value, canonical, checkDigitsCorrected: true } : { kind, value, canonical });
  };

  if (MAY_HAVE.email.test(clean))
    for (const m of clean.matchAll(EMAIL)) {
      const written = m[0].replace(/\s*(?:\[at\]|\(at\)|\s+at\s+)\s*/i, '@').replace(/\s*@\s*/, '@');
      push('email', m[0], canonicalEmail(written));
    }
  // The domain part of an e-mail is found here too: a listed domain catches its mailboxes.
  if (MAY_HAVE.url.test(clean)) for (const m of clean.matchAll(URL_LIKE)) push('url', m[0], canonicalUrl(m[0].replace(/[.,;:!?)\]]+$/, '')));
  if (MAY_HAVE.iban.test(clean))
    for (const m of clean.matchAll(IBAN_START)) {
      const compact = m[0].replace(/ /g, '').toUpperCase();
      // The match may run into the next word: try the lengths IBANs have, longest first.
      let found = false;
      for (let len = Math.min(34, compact.length); len >= 15 && !found; len--) {
        const iban = canonicalIban(compact.slice(0, len));
        if (iban !== undefined) {
          push('iban', writtenPrefix(m[0], len), iban);
          found = true;
        }
      }
      // Wrong check digits: the account of the same country and BBAN, which a core routing on the BBAN would credit.
      const length = ibanLength(compact.slice(0, 2));
      if (!found && length !== undefined && compact.length >= length) {
        push('iban', writtenPrefix(m[0], length), ibanWithCheckDigitsCorrected(compact.slice(0, length)), true);
      }
    }
  if (MAY_HAVE.phone.test(clean)) for (const m of clean.matchAll(PHONE)) push('phone', m[0].trim(), canonicalPhone(m[0]));
  if (MAY_HAVE.crypto.test(clean)) for (const m of clean.matchAll(CRYPTO)) push('crypto', m[0], canonicalCrypto(m[0]));
  return out;
}
