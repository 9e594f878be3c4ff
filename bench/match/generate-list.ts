/**
 * The generated watchlist: entry i is a pure function of (seed, i), so a million-entry list can be written as
 * a stream and any entry regenerated later to derive its payment variations.
 */
import type { ListIdentifier, WatchlistEntry } from '../../src/screening/types';
import { canonicalPhone } from '../../src/screening/identifiers/canonical';
import { CULTURES, type Culture } from './name-data';
import { ARABIC_LATIN } from './romanise';
import { Rng } from './rng';
import { pickWorldCulture, renderParty, SCHEME_COUNT, worldOrganisation, worldPerson, type Rendering, type WorldCulture, type WorldParty } from './world-names';

const IBAN_LENGTH: Readonly<Record<string, number>> = {
  SE: 24,
  NO: 15,
  DK: 18,
  FI: 18,
  DE: 22,
  NL: 18,
  FR: 27,
  ES: 24,
  IT: 27,
  PL: 28,
  TR: 26,
  GB: 22,
  RU: 33,
  UA: 29,
  GR: 27,
  AE: 23,
  US: 0,
};
const CALLING_CODE: Readonly<Record<string, string>> = {
  SE: '467',
  NO: '474',
  DK: '452',
  FI: '35840',
  DE: '49151',
  NL: '316',
  FR: '336',
  ES: '346',
  IT: '393',
  PL: '485',
  TR: '905',
  GB: '447',
  US: '1202',
  RU: '7916',
  UA: '38050',
  GR: '3069',
  AE: '97150',
};
const SUBSCRIBER_DIGITS: Readonly<Record<string, number>> = {
  SE: 8,
  NO: 7,
  DK: 7,
  FI: 7,
  DE: 8,
  NL: 8,
  FR: 8,
  ES: 8,
  IT: 8,
  PL: 8,
  TR: 9,
  GB: 9,
  US: 7,
  RU: 7,
  UA: 7,
  GR: 8,
  AE: 7,
};
/** Countries whose accounts are IBANs: persons and companies elsewhere get a domestic account + issuer. */
const ARABIC_ORG_WORDS = ['Digital', 'Trading', 'Media', 'Content', 'General Trading', 'Technologies'];
const ARABIC_ORG_FORMS = ['LLC', 'FZE', 'FZ-LLC', 'L.L.C.'];
const MERCHANT_WORDS = ['Shop', 'Store', 'Studio', 'Downloads', 'Market', 'Club', 'Box', 'Vault', 'Hub', 'Place'];

export function mod97Digits(cc: string, bban: string): string {
  const s = bban + cc + '00';
  let r = 0;
  for (const ch of s) {
    const v = parseInt(ch, 36);
    r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97;
  }
  return String(98 - r).padStart(2, '0');
}

export function makeIban(rng: Rng, country: string): string | undefined {
  const length = IBAN_LENGTH[country];
  if (length === undefined || length === 0) return undefined;
  let bban = rng.digits(length - 4);
  if (country === 'GB' || country === 'NL') bban = 'ABCDEFGHJKLMNPRSTUVWXYZ'[rng.int(23)] + 'BNK' + bban.slice(4);
  return `${country}${mod97Digits(country, bban)}${bban}`;
}

export function makePhone(rng: Rng, country: string): string {
  for (;;) {
    const phone = `+${CALLING_CODE[country]}${rng.digits(SUBSCRIBER_DIGITS[country])}`;
    if (canonicalPhone(phone) !== undefined) return phone;
  }
}

export function makeBic(rng: Rng, country: string): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  let b = '';
  for (let i = 0; i < 4; i++) b += letters[rng.int(letters.length)];
  return `${b}${country === 'AE' ? 'AE' : country}${letters[rng.int(letters.length)]}${rng.int(10)}`;
}

function capitalise(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sk', 'sl', 'st', 't', 'tr', 'v', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'au', 'ou', 'y', 'ia', 'eo'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'k', 'nd', 'rt', 'st', 'x', 'ng'];

/** A syllable from a large generic inventory: real registers have far more distinct words than any culture list. */
function syllable(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);
}

/**
 * An invented word in the culture's style: one of its syllables and two generic ones ("Lindavorek"). Two
 * generic syllables keep a million invented names as far apart as real ones are (one would make neighbours
 * one letter apart by the thousand, which no honest benchmark can call different names).
 */
export function brand(rng: Rng, c: Culture): string {
  const parts = [rng.pick(c.syllables), syllable(rng), syllable(rng)];
  if (rng.chance(0.5)) parts.reverse();
  return capitalise(parts.join(''));
}

/** Latin letters without their marks, lower case (ß ss, ø o, æ ae, ł l, ı i, which carry no mark to strip). */
export function foldLatin(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i');
}

export function slug(s: string): string {
  return foldLatin(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const SURNAME_SUFFIX: Readonly<Record<string, readonly string[]>> = {
  SE: ['sson', 'berg', 'ström', 'qvist', 'lund'],
  NO: ['sen', 'stad', 'rud', 'heim'],
  DK: ['sen', 'gaard', 'holm'],
  FI: ['nen', 'la', 'lä'],
  DE: ['mann', 'er', 'bauer', 'meier', 'dorf'],
  NL: ['man', 'sma', 'stra', 'ink'],
  FR: ['eau', 'ier', 'ard', 'in'],
  ES: ['ez', 'ero', 'ado'],
  IT: ['i', 'etti', 'ini', 'one'],
  PL: ['ski', 'czyk', 'wicz', 'ak'],
  TR: ['oğlu', 'can', 'er'],
  GB: ['ton', 'ley', 'field', 'wood'],
  US: ['son', 'ton', 'ley'],
  RU: ['ов', 'ев', 'ин', 'ский'],
  UA: ['енко', 'чук', 'ик'],
  GR: ['όπουλος', 'ίδης', 'άκης'],
  AE: [],
};

/** Most listed persons carry a rarer surname than the census top list: invent one in the culture's style. */
function surname(rng: Rng, c: Culture): string {
  const suffixes = SURNAME_SUFFIX[c.country] ?? [];
  if (suffixes.length === 0 || rng.chance(0.25)) return rng.pick(c.surnames);
  return capitalise(rng.pick(c.syllables) + syllable(rng) + syllable(rng) + rng.pick(suffixes));
}

export function personName(rng: Rng, c: Culture): string {
  const given = rng.pick(c.given);
  const parts = [given];
  if (rng.chance(0.3)) {
    const middle = rng.pick(c.given);
    if (middle !== given) parts.push(middle);
  }
  parts.push(surname(rng, c));
  if (c.country === 'ES' && rng.chance(0.6)) parts.push(surname(rng, c));
  if ((c.country === 'PL' || c.country === 'FR') && rng.chance(0.1)) parts[parts.length - 1] += '-' + surname(rng, c);
  return parts.join(' ');
}

export function organisationName(rng: Rng, c: Culture): string {
  if (c.script === 'arabic') return `${brand(rng, CULTURES[11])} ${rng.pick(ARABIC_ORG_WORDS)} ${rng.pick(ARABIC_ORG_FORMS)}`;
  const form = rng.pick(c.legalForms);
  const word = rng.pick(c.companyWords);
  let core: string;
  switch (rng.int(4)) {
    case 0:
      core = `${brand(rng, c)} ${word}`;
      break;
    case 1:
      core = `${surname(rng, c).replace(/^(de|van den|van der|van|De) /, '')} ${word}`;
      break;
    case 2:
      core = `${brand(rng, c)} & ${brand(rng, c)}`;
      break;
    default:
      core = `${word} ${brand(rng, c)} ${rng.pick(c.companyWords)}`;
  }
  // Russian and Ukrainian registers write the form first (ООО «…»).
  return c.script === 'cyrillic' ? `${form} ${core}` : `${core} ${form}`;
}

export function merchantName(rng: Rng, c: Culture): string {
  const base = c.script === undefined ? c : CULTURES[11];
  return `${brand(rng, base)} ${rng.pick(MERCHANT_WORDS)}`;
}

/** The Latin alias a list keeps next to a name in Arabic script (the first common spelling). */
function arabicAlias(name: string): string | undefined {
  let out = name;
  for (const [arabic, latin] of Object.entries(ARABIC_LATIN).sort((a, b) => b[0].length - a[0].length)) out = out.split(arabic).join(latin[0]);
  return /[\u0600-\u06ff]/.test(out) ? undefined : out;
}

export interface GeneratedEntry extends WatchlistEntry {
  readonly culture: string;
  /** A party of the romanised world (world-names): its structure and how the list wrote its names. */
  readonly world?: { readonly party: WorldParty; readonly renderings: readonly Rendering[] };
}

/** Share of the list that are persons and organisations whose names are romanised from other scripts. */
const WORLD_SHARE = 0.35;
/** The culture whose identifiers (IBAN country, phone) a world party gets. */
const WORLD_IDENTIFIER_COUNTRY: Readonly<Record<WorldCulture, string>> = {
  ARAB: 'AE',
  WEST_AFRICA: 'FR',
  INDIA: 'GB',
  IRAN: 'TR',
  SOUTH_ASIA: 'GB',
  CIS: 'RU',
  UKRAINE: 'UA',
  CHINA: 'DE',
  KOREA: 'DE',
  HISPANIC: 'ES',
};

export function worldEntry(rng: Rng): { kind: 'person' | 'organisation'; names: string[]; world: GeneratedEntry['world']; country: string } {
  const culture = pickWorldCulture(rng);
  const person = rng.chance(0.6);
  const party = person ? worldPerson(rng, culture) : worldOrganisation(rng, culture);
  const listSchemes = SCHEME_COUNT[culture].list;
  const primary = rng.int(listSchemes);
  const renderings: Rendering[] = [{ scheme: primary, format: person ? rng.pick(['comma', 'caps', 'natural'] as const) : 'natural', seed: rng.int(2 ** 30) }];
  if (listSchemes > 1 && rng.chance(0.3))
    renderings.push({ scheme: (primary + 1 + rng.int(listSchemes - 1)) % listSchemes, format: 'natural', seed: rng.int(2 ** 30) });
  const names: string[] = [];
  for (const r of renderings) {
    const n = renderParty(party, r);
    if (!names.includes(n)) names.push(n);
  }
  return { kind: person ? 'person' : 'organisation', names, world: { party, renderings }, country: WORLD_IDENTIFIER_COUNTRY[culture] };
}

export function entryAt(seed: number, i: number): GeneratedEntry {
  const rng = Rng.for(seed, i);
  let c = rng.pick(CULTURES);
  const roll = rng.next();
  const w = rng.chance(WORLD_SHARE) ? worldEntry(rng) : undefined;
  if (w !== undefined) c = CULTURES.find((x) => x.country === w.country) ?? c;
  const kind = w?.kind ?? (roll < 0.3 ? 'person' : roll < 0.8 ? 'organisation' : 'merchant');
  const name = w?.names[0] ?? (kind === 'person' ? personName(rng, c) : kind === 'organisation' ? organisationName(rng, c) : merchantName(rng, c));
  const names = w?.names ?? [name];
  if (w === undefined && c.script === 'arabic') {
    const alias = arabicAlias(name);
    if (alias !== undefined) names.push(alias);
  }
  const ids: ListIdentifier[] = [];
  const ibanCountry = IBAN_LENGTH[c.country] ? c.country : 'DE';
  const p = (x: number): boolean => rng.chance(x);
  const domainBase = `${slug(name.split(' ')[0]) || 'site'}-${i.toString(36)}`;
  if (kind === 'person') {
    if (p(0.5)) ids.push({ type: 'iban', value: makeIban(rng, ibanCountry)! });
    if (p(0.3)) ids.push({ type: 'proxy', value: makePhone(rng, c.country) });
    if (p(0.2)) ids.push({ type: 'email', value: `${slug(name).slice(0, 12)}.${i.toString(36)}@mail.example` });
    if (p(0.1)) ids.push({ type: 'account', value: rng.digits(10), issuer: makeBic(rng, rng.chance(0.5) ? 'DE' : c.country) });
  } else if (kind === 'organisation') {
    if (p(0.7)) ids.push({ type: 'iban', value: makeIban(rng, ibanCountry)! });
    if (p(0.3)) ids.push({ type: 'domain', value: `${domainBase}.test` });
    if (p(0.2)) ids.push({ type: 'email', value: `info@${domainBase}.example` });
    if (p(0.1)) ids.push({ type: 'bic', value: makeBic(rng, c.country) });
    if (p(0.15)) ids.push({ type: 'account', value: rng.digits(10), issuer: makeBic(rng, rng.chance(0.5) ? 'DE' : c.country) });
  } else {
    ids.push({ type: 'domain', value: `${domainBase}.example` });
    if (p(0.4)) ids.push({ type: 'url', value: `https://shop.${domainBase}.test/store/${rng.int(1000)}` });
    if (p(0.4)) ids.push({ type: 'email', value: `pay@${domainBase}.example` });
    if (p(0.3)) ids.push({ type: 'iban', value: makeIban(rng, ibanCountry)! });
    if (p(0.1)) ids.push({ type: 'crypto', value: `0x${rng.digits(40)}` });
  }
  return {
    id: `GEN-${String(i).padStart(7, '0')}`,
    kind,
    names,
    identifiers: ids,
    addresses: [{ country: c.country }],
    source: 'generated',
    listedAt: '2026-01-01',
    expiresAt: null,
    culture: c.country,
    ...(w !== undefined ? { world: w.world } : {}),
  };
}

/** The entry without the benchmark's extra field, as it goes into the list file. */
export function listRecord(e: GeneratedEntry): WatchlistEntry {
  const { culture: _culture, world: _world, ...entry } = e;
  return entry;
}
