/**
 * Labelled positive variations: a listed entry as real payments spell it. Each variation kind is a function
 * from an entry to the payee fields of a payment (or undefined when the kind does not apply to the entry).
 */
import type { PayeeField } from '../../src/iso20022/types';
import { CULTURES } from './name-data';
import { LEGAL_FORM_WORDS } from '../../src/screening/text/legal-forms';
import { ibanAccountCandidates } from '../../src/screening/identifiers/canonical';
import { makeIban, mod97Digits, type GeneratedEntry } from './generate-list';
import { otherRomanisation } from './romanise';
import type { Rng } from './rng';

export type Variation = (e: GeneratedEntry, rng: Rng) => PayeeField[] | undefined;

const nm = (value: string, partyType?: 'organisation' | 'person'): PayeeField => ({
  path: 'Cdtr/Nm',
  role: 'creditor',
  kind: 'name',
  value,
  partyRef: 'cdtr',
  ...(partyType ? { partyType } : {}),
});
const adr = (value: string, n = 1): PayeeField => ({ path: `Cdtr/PstlAdr/AdrLine[${n}]`, role: 'creditor', kind: 'address', value, partyRef: 'cdtr' });
const ustrd = (value: string): PayeeField => ({ path: 'RmtInf/Ustrd', role: 'remittance', kind: 'text', value });
const ibanField = (value: string): PayeeField => ({ path: 'CdtrAcct/Id/IBAN', role: 'creditorAccount', kind: 'iban', value });

/** The Latin-script name a payment would start from (the alias when the list name is in another script). */
export function latinName(e: GeneratedEntry): string {
  return e.names.find((n) => !/[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]/.test(n)) ?? e.names[0];
}

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0);
}

export const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'qsz',
  b: 'vgn',
  c: 'xdv',
  d: 'sfe',
  e: 'wrd',
  f: 'dgr',
  g: 'fht',
  h: 'gjy',
  i: 'uok',
  j: 'hku',
  k: 'jli',
  l: 'kop',
  m: 'nj',
  n: 'bmh',
  o: 'ipl',
  p: 'ol',
  q: 'wa',
  r: 'etf',
  s: 'adw',
  t: 'ryg',
  u: 'yij',
  v: 'cbf',
  w: 'qes',
  x: 'zcs',
  y: 'tuh',
  z: 'xsa',
};

/** One keyboard typo (substitution by a neighbour, deletion, insertion or swap) in a word of 4+ letters. */
export function typo(word: string, rng: Rng): string {
  if (word.length < 4) return word;
  const i = 1 + rng.int(word.length - 1);
  const ch = word[i].toLowerCase();
  const near = KEYBOARD_NEIGHBOURS[ch] ?? 'e';
  switch (rng.int(4)) {
    case 0:
      return word.slice(0, i) + rng.pick([...near]) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + rng.pick([...near]) + word.slice(i);
    default:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
  }
}

function typoIn(name: string, rng: Rng, exclude = -1): { name: string; at: number } | undefined {
  const ws = words(name);
  // Typos in identity words: a mangled legal form says nothing about the matcher.
  const eligible = ws
    .map((w, i) => (w.length >= 5 && i !== exclude && !w.includes('.') && !LEGAL_FORM_WORDS.has(w.toLowerCase()) ? i : -1))
    .filter((i) => i >= 0);
  if (eligible.length === 0) return undefined;
  const at = rng.pick(eligible);
  ws[at] = typo(ws[at], rng);
  return { name: ws.join(' '), at };
}

function legalFormOf(e: GeneratedEntry, name: string): string | undefined {
  const c = CULTURES.find((x) => x.country === e.culture);
  return c?.legalForms.find((f) => name.endsWith(' ' + f) || name.startsWith(f + ' '));
}

function partyType(e: GeneratedEntry): 'organisation' | 'person' | undefined {
  return e.kind === 'person' ? 'person' : e.kind === 'organisation' ? 'organisation' : undefined;
}

export const NAME_VARIATIONS: Readonly<Record<string, Variation>> = {
  exact: (e) => [nm(latinName(e), partyType(e))],
  case_punctuation: (e, rng) => {
    const n = latinName(e);
    const v = rng.chance(0.5) ? n.toUpperCase() : n.toLowerCase();
    return [nm(v.replace(/ /g, rng.pick([' ', ', ', ' - ', '  '])).replace(/\./g, ''))];
  },
  legal_form: (e, rng) => {
    const n = latinName(e);
    const form = legalFormOf(e, n);
    if (form === undefined) return undefined;
    const core = n.replace(form, '').trim();
    const other = rng.pick(['Ltd', 'GmbH', 'AB', 'S.A.', 'LLC', 'B.V.', 'Oy', 'S.r.l.']);
    return [nm(rng.chance(0.5) ? core : `${core} ${other}`)];
  },
  typo_1: (e, rng) => {
    const t = typoIn(latinName(e), rng);
    return t && [nm(t.name)];
  },
  typo_2: (e, rng) => {
    const first = typoIn(latinName(e), rng);
    if (first === undefined) return undefined;
    const second = typoIn(first.name, rng, words(first.name).length > 1 ? first.at : -1) ?? typoIn(first.name, rng);
    return second && [nm(second.name)];
  },
  reordered: (e, rng) => {
    const ws = words(latinName(e));
    if (ws.length < 2) return undefined;
    if (e.kind === 'person') return [nm(`${ws[ws.length - 1]}, ${ws.slice(0, -1).join(' ')}`)];
    const i = rng.int(ws.length - 1);
    [ws[i], ws[i + 1]] = [ws[i + 1], ws[i]];
    return [nm(ws.join(' '))];
  },
  middle_name_or_initial: (e, rng) => {
    if (e.kind !== 'person') return undefined;
    const ws = words(latinName(e));
    if (ws.length >= 3) return [nm([ws[0], ...ws.slice(2)].join(' '), 'person')];
    if (ws.length === 2 && rng.chance(0.5)) return [nm(`${ws[0][0]}. ${ws[1]}`, 'person')];
    return undefined;
  },
  concatenated: (e, rng) => {
    const ws = words(latinName(e));
    if (ws.length < 2) return undefined;
    const i = rng.int(ws.length - 1);
    ws.splice(i, 2, ws[i] + ws[i + 1]);
    return [nm(ws.join(' ').toUpperCase())];
  },
  split_token: (e, rng) => {
    const ws = words(latinName(e));
    const long = ws.map((w, i) => (w.length >= 8 ? i : -1)).filter((i) => i >= 0);
    if (long.length === 0) return undefined;
    const i = rng.pick(long);
    const at = 3 + rng.int(ws[i].length - 5);
    ws.splice(i, 1, ws[i].slice(0, at), ws[i].slice(at));
    return [nm(ws.join(' '))];
  },
  truncated: (e, rng) => {
    const n = latinName(e);
    if (n.length <= 35) return undefined;
    // Cut at 35 (Max35Text), or carried over into AdrLine by the sender's system.
    return rng.chance(0.5) ? [nm(n.slice(0, 35))] : [nm(n.slice(0, 35)), adr(n.slice(35, 70), 1)];
  },
  nm_and_adrline: (e, rng) => {
    const n = latinName(e);
    const ws = words(n);
    if (ws.length < 3 || n.length < 20) return undefined;
    const cut = Math.max(1, ws.length - 1 - rng.int(Math.min(2, ws.length - 2)));
    return [nm(ws.slice(0, cut).join(' ')), adr(ws.slice(cut).join(' '), 1), adr(`${rng.int(90) + 1} Main Street`, 2)];
  },
  transliteration: (e, rng) => {
    const original = e.names[0];
    const other = otherRomanisation(original, rng);
    return other === undefined ? undefined : [nm(other)];
  },
  diacritics: (e, rng) => {
    const n = latinName(e);
    if (!/[\u0080-\uffff]/.test(n)) return undefined;
    const expand: Record<string, string> = {
      ä: 'ae',
      ö: 'oe',
      ü: 'ue',
      ø: 'oe',
      å: 'aa',
      æ: 'ae',
      ß: 'ss',
      Ä: 'Ae',
      Ö: 'Oe',
      Ü: 'Ue',
      Ø: 'Oe',
      Å: 'Aa',
      Æ: 'Ae',
    };
    const v = rng.chance(0.5)
      ? n
          .replace(/[äöüøåæßÄÖÜØÅÆ]/g, (c) => expand[c])
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
      : n
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[øØ]/g, 'o')
          .replace(/[æÆ]/g, 'ae')
          .replace(/ß/g, 'ss')
          .replace(/ł/g, 'l')
          .replace(/ı/g, 'i');
    return [nm(v)];
  },
};

function spaced(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

function ofType(e: GeneratedEntry, type: string): string | undefined {
  return e.identifiers.find((i) => i.type === type)?.value;
}

export const IDENTIFIER_VARIATIONS: Readonly<Record<string, Variation>> = {
  iban_format: (e, rng) => {
    const iban = ofType(e, 'iban');
    return iban === undefined ? undefined : [ibanField(rng.chance(0.5) ? spaced(iban).toLowerCase() : spaced(iban))];
  },
  iban_in_text: (e, rng) => {
    const iban = ofType(e, 'iban');
    return iban === undefined ? undefined : [ustrd(`Invoice ${rng.int(99999)} pay to ${rng.chance(0.5) ? spaced(iban) : iban} thank you`)];
  },
  account_in_iban: (e, rng) => {
    const account = e.identifiers.find((i) => i.type === 'account');
    if (account?.value === undefined) return undefined;
    // A German IBAN holds the account after an 8-digit bank code.
    if (account.issuer!.slice(4, 6) !== 'DE') return undefined;
    const bban = `${rng.digits(8)}${account.value.padStart(10, '0')}`;
    const iban = `DE${mod97Digits('DE', bban)}${bban}`;
    return ibanAccountCandidates(iban).accounts.length > 0 ? [ibanField(iban)] : undefined;
  },
  account_format: (e) => {
    const account = e.identifiers.find((i) => i.type === 'account');
    if (account?.value === undefined) return undefined;
    const v = account.value;
    return [
      {
        path: 'CdtrAcct/Id/Othr/Id',
        role: 'creditorAccount',
        kind: 'account',
        value: `0${v.slice(0, 4)}-${v.slice(4)}`,
        issuer: account.issuer!.toLowerCase(),
      },
    ];
  },
  bic_8_11: (e, rng) => {
    const bic = ofType(e, 'bic');
    return bic === undefined
      ? undefined
      : [
          {
            path: 'CdtrAgt/FinInstnId/BICFI',
            role: 'creditorAgent',
            kind: 'bic',
            value: rng.chance(0.5) ? `${bic}XXX` : `${bic}${rng.pick(['100', 'A1B', '0F0'])}`,
          },
        ];
  },
  proxy_phone_format: (e, rng) => {
    const phone = e.identifiers.find((i) => i.type === 'proxy')?.value;
    if (phone === undefined) return undefined;
    const digits = phone.slice(1);
    const forms = [`00${digits}`, `+${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5)}`, `+${digits.slice(0, 2)}-${digits.slice(2)}`];
    return [{ path: 'CdtrAcct/Prxy/Id', role: 'creditorAccount', kind: 'proxy', value: rng.pick(forms), issuer: 'MOBL' }];
  },
  email_case_and_text: (e, rng) => {
    const email = ofType(e, 'email');
    if (email === undefined) return undefined;
    const upper = email.replace(/^[^@]+/, (l) => l.toUpperCase());
    return rng.chance(0.5)
      ? [{ path: 'Cdtr/CtctDtls/EmailAdr', role: 'creditor', kind: 'email', value: upper }]
      : [ustrd(`Order ${rng.int(9999)} contact ${upper}`)];
  },
  domain_url_in_text: (e, rng) => {
    const domain = ofType(e, 'domain');
    if (domain === undefined) return undefined;
    const forms = [
      `https://www.${domain}/checkout?id=${rng.int(9999)}`,
      `http://${domain.toUpperCase()}/`,
      `www.${domain}`,
      `shop.${domain}/item/${rng.int(99)}`,
      domain.replace('.', '[.]'),
      `${domain.replace(/\.(\w+)$/, ' dot $1')}`,
    ];
    return [ustrd(`Payment for order ${rng.int(99999)} at ${rng.pick(forms)} thanks`)];
  },
  url_listed: (e, rng) => {
    const url = ofType(e, 'url');
    return url === undefined
      ? undefined
      : [ustrd(`see ${url.replace('https://', rng.pick(['', 'http://', 'https://www.']))}/${rng.int(99)}?ref=${rng.int(999)}`)];
  },
};

/** A fresh IBAN for the payee account of a clean payment. */
export function cleanIban(rng: Rng): string {
  return makeIban(rng, rng.pick(['DE', 'SE', 'FR', 'NL', 'ES', 'IT', 'GB']))!;
}
