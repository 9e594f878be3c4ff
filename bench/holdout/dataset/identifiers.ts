/**
 * Identifiers for list entries and payments: IBANs with valid check digits (ibantools composes and checks them),
 * BICs, domains and e-mail addresses. Every value handed out is unique in the run, so an unlisted identifier can
 * never equal a listed one by chance.
 */
import type { Rng } from '../lib/rng';

/** The part of ibantools the bench uses. Its typings are ES-module only, while this bench compiles to CommonJS,
 * whose require() the package also serves; so the bench states the shape it relies on. */
interface IbanTools {
  composeIBAN(parts: { countryCode: string; bban: string }): string | null;
  isValidIBAN(iban: string): boolean;
  countrySpecs: Record<string, { bban_regexp?: string } | undefined>;
}
// ibantools is an ES module package with a CommonJS build under "require"; module node16 refuses its static import here
// (as in src/screening/identifiers/canonical.ts). Its functions use no `this`.
// eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/unbound-method
const { composeIBAN, countrySpecs, isValidIBAN } = require('ibantools') as IbanTools;

/** Countries whose IBANs appear (weights: how often). */
const IBAN_COUNTRIES: [string, number][] = [
  ['DE', 6],
  ['GB', 5],
  ['NL', 3],
  ['FR', 4],
  ['ES', 3],
  ['IT', 3],
  ['PT', 2],
  ['PL', 2],
  ['CY', 3],
  ['MT', 2],
  ['LT', 2],
  ['AE', 5],
  ['SA', 3],
  ['TR', 4],
  ['PK', 3],
  ['KZ', 2],
  ['UA', 2],
  ['GE', 1],
  ['AZ', 1],
  ['QA', 2],
  ['BH', 1],
  ['JO', 1],
  ['LB', 2],
  ['EG', 2],
  ['RO', 1],
  ['BG', 1],
  ['CZ', 1],
  ['BE', 2],
  ['AT', 2],
  ['CH', 2],
  ['SE', 1],
];

interface BbanPart {
  alphabet: string;
  length: number;
}

function bbanParts(country: string): BbanPart[] {
  const spec = countrySpecs[country];
  if (!spec?.bban_regexp) throw new Error(`no BBAN format for ${country}`);
  const parts: BbanPart[] = [];
  for (const m of spec.bban_regexp.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
    const cls = m[1]!;
    const alphabet = (cls.includes('A-Z') ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : '') + (cls.includes('0-9') ? '0123456789' : '');
    parts.push({ alphabet, length: Number(m[2]) });
  }
  return parts;
}

/**
 * Where the bank (and, where a country has one, the branch) code stands in each country's BBAN, as
 * [start, end): a near-miss IBAN keeps these characters and changes the account.
 */
export const BANK_CODE: Record<string, [number, number]> = {
  DE: [0, 8],
  GB: [0, 10],
  NL: [0, 4],
  FR: [0, 10],
  ES: [0, 8],
  IT: [1, 11],
  PT: [0, 8],
  PL: [0, 8],
  CY: [0, 8],
  MT: [0, 9],
  LT: [0, 5],
  AE: [0, 3],
  SA: [0, 2],
  TR: [0, 5],
  PK: [0, 4],
  KZ: [0, 3],
  UA: [0, 6],
  GE: [0, 2],
  AZ: [0, 4],
  QA: [0, 4],
  BH: [0, 4],
  JO: [0, 8],
  LB: [0, 4],
  EG: [0, 8],
  RO: [0, 4],
  BG: [0, 8],
  CZ: [0, 4],
  BE: [0, 3],
  AT: [0, 5],
  CH: [0, 5],
  SE: [0, 3],
};

export class IdentifierFactory {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  private fresh(value: string): boolean {
    if (this.used.has(value)) return false;
    this.used.add(value);
    return true;
  }

  /** A valid IBAN (electronic format), optionally of the same bank (and branch) as another. */
  iban(options: { country?: string; sameBankAs?: string; maxLength?: number } = {}): string {
    for (let attempt = 0; attempt < 5000; attempt++) {
      const country = options.sameBankAs?.slice(0, 2) ?? options.country ?? this.rng.weighted(IBAN_COUNTRIES);
      const parts = bbanParts(country);
      const length = parts.reduce((n, p) => n + p.length, 0);
      if (options.maxLength !== undefined && length + 4 > options.maxLength) continue;
      let bban = '';
      for (const p of parts) bban += this.rng.letters(p.length, p.alphabet);
      if (options.sameBankAs) {
        const [from, to] = BANK_CODE[country]!;
        const other = options.sameBankAs.slice(4);
        bban = bban.slice(0, from) + other.slice(from, to) + bban.slice(to);
        if (bban === other) continue;
      }
      const iban = composeIBAN({ countryCode: country, bban });
      if (iban && isValidIBAN(iban) && this.fresh(iban)) return iban;
    }
    throw new Error('could not make an IBAN');
  }

  bic(country?: string): string {
    for (;;) {
      const c =
        country ?? this.rng.pick(['DE', 'GB', 'FR', 'AE', 'TR', 'CY', 'NL', 'CH', 'HK', 'SG', 'PK', 'KZ', 'LB', 'NG', 'SN', 'BR', 'MX', 'ES', 'IT', 'PL']);
      const bic = this.rng.letters(4) + c + this.rng.letters(2, 'ABCDEFGHIJKLMNPQRSTUVWXYZ23456789');
      if (this.fresh(bic)) return bic;
    }
  }

  domain(words: readonly string[]): string {
    for (;;) {
      const label = words
        .slice(0, 2)
        .map((w) =>
          w
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z0-9]/g, ''),
        )
        .filter((w) => w.length > 0)
        .join(this.rng.chance(0.4) ? '-' : '');
      const suffix = this.rng.chance(0.3) ? String(this.rng.between(2, 99)) : '';
      const tld = this.rng.pick([
        'com',
        'net',
        'shop',
        'store',
        'online',
        'site',
        'xyz',
        'top',
        'biz',
        'info',
        'io',
        'co.uk',
        'com.tr',
        'de',
        'ru',
        'ae',
        'pk',
      ]);
      const domain = `${label || 'shop'}${suffix}.${tld}`;
      if (this.fresh(domain)) return domain;
    }
  }

  email(domain: string): string {
    for (;;) {
      const local =
        this.rng.pick(['sales', 'billing', 'info', 'pay', 'orders', 'accounts', 'contact', 'support', 'admin', 'office']) +
        (this.rng.chance(0.3) ? String(this.rng.between(1, 9)) : '');
      const email = `${local}@${domain}`;
      if (this.fresh(email)) return email;
    }
  }

  /** Marks a value as taken (values that come from elsewhere). */
  reserve(value: string): void {
    this.used.add(value);
  }
}

/** The printed form of an IBAN: groups of four. */
export function spacedIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
