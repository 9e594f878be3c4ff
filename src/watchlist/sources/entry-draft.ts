/**
 * One native entry being put together by a mapper: names, identifiers and addresses are added as the record is
 * read, deduplicated (a name once whatever its case; an identifier once per canonical value), and what cannot be
 * carried is counted in the DropTally. build() gives the entry, or the reason the record cannot be one.
 */
import type { EntryKind, IdentifierType, ListAddress, ListIdentifier, WatchlistEntry } from '../../screening/types';
import { canonicalIdentifier } from '../../screening';
import { countryOfName } from './countries';
import { identifiersIn, labelMeaning, labelledValues, unlabelledIdentifiers } from './identifiers';
import type { DropTally } from './types';

const MAX_TEXT = 1000;

/** "2024-03-05", "2024-03-05T10:00:00Z", "03/05/2024" (OFAC: month first) → "2024-03-05"; else undefined. */
export function isoDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(t);
  if (m !== null) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m !== null) return `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return undefined;
}

/** Whitespace squashed; empty and placeholder values ("-0-", "-", "N/A") are no value. */
export function clean(text: string | undefined | null): string | undefined {
  if (text === undefined || text === null) return undefined;
  const t = String(text).replace(/\s+/g, ' ').trim();
  return t.length === 0 || /^(?:-0-|-|n\/a|none|unknown)$/i.test(t) ? undefined : t;
}

export class EntryDraft {
  private readonly names: string[] = [];
  private readonly nameKeys = new Set<string>();
  private readonly identifiers: ListIdentifier[] = [];
  private readonly identifierKeys = new Set<string>();
  private readonly addresses: ListAddress[] = [];
  private readonly addressKeys = new Set<string>();
  private readonly phones: string[] = [];
  private listedAt?: string;
  private updatedAt?: string;

  constructor(
    readonly id: string,
    readonly kind: EntryKind,
    readonly source: string,
    private readonly dropped: DropTally,
  ) {}

  name(text: string | undefined | null): void {
    const n = clean(text);
    if (n === undefined) return;
    if (n.length > MAX_TEXT) {
      this.dropped.add('name longer than 1000 characters');
      return;
    }
    const key = n.normalize('NFKC').toLowerCase();
    if (this.nameKeys.has(key)) return;
    this.nameKeys.add(key);
    this.names.push(n);
  }

  /**
   * A value of a known type (a structured field): kept in its canonical form, or counted as invalid. `issuer`:
   * for an account, the BIC or clearing code of the bank that holds it.
   */
  identifier(type: IdentifierType, text: string | undefined | null, issuer?: string): void {
    const v = clean(text);
    if (v === undefined) return;
    const c = canonicalIdentifier(type, v);
    const by = clean(issuer);
    if (c === undefined) this.dropped.add(`invalid ${type}`);
    else this.push({ type, value: c, ...(by !== undefined ? { issuer: by } : {}) });
  }

  private push(id: ListIdentifier): void {
    const key = `${id.type}:${id.value}:${id.issuer ?? ''}`;
    if (this.identifierKeys.has(key)) return;
    this.identifierKeys.add(key);
    this.identifiers.push(id);
  }

  /**
   * A labelled value (an OFAC remark item or id type, an EU contact key): returns false when the label names
   * nothing this format carries and is not counted here (the caller decides whether that is worth counting).
   */
  labelled(label: string, value: string | undefined | null): boolean {
    const meaning = labelMeaning(label);
    const v = clean(value);
    if (meaning === undefined || v === undefined) return false;
    if (meaning === 'fax') this.dropped.add('fax number');
    else if (meaning === 'document') this.dropped.add('identity or registry document');
    // Phones wait for build(): a national number needs the entry's country, which may come later in the record.
    else if (meaning === 'phone') this.phones.push(v);
    else {
      const found = identifiersIn(meaning, v);
      for (const id of found.identifiers) this.push(id);
      if (found.unusable > 0) this.dropped.add(`unreadable ${meaning}`, found.unusable);
    }
    return true;
  }

  /** Notes and remarks: labelled values, and e-mails and IBANs wherever they are. */
  freeText(text: string | undefined | null): void {
    const t = clean(text);
    if (t === undefined) return;
    for (const { label, value } of labelledValues(t)) this.labelled(label, value);
    for (const id of unlabelledIdentifiers(t)) this.push(id);
  }

  /** Address lines as given (empty ones dropped); the country as an alpha-2 code, or as a name to be looked up. */
  address(lines: readonly (string | undefined | null)[], country: { code?: string; name?: string }): void {
    const kept = lines.map(clean).filter((l): l is string => l !== undefined && l.length <= MAX_TEXT);
    let code = country.code;
    const name = clean(country.name);
    if (code === undefined && name !== undefined) {
      code = countryOfName(name);
      if (code === undefined) {
        this.dropped.add('country name without ISO code (kept as an address line)');
        kept.push(name);
      }
    }
    if (kept.length === 0 && code === undefined) return;
    const address: ListAddress = { ...(code !== undefined ? { country: code } : {}), ...(kept.length > 0 ? { lines: kept } : {}) };
    const key = JSON.stringify(address);
    if (this.addressKeys.has(key)) return;
    this.addressKeys.add(key);
    this.addresses.push(address);
  }

  /** The earliest listing date given wins; the latest update date. */
  listed(text: string | undefined | null): void {
    const d = isoDate(clean(text));
    if (d !== undefined && (this.listedAt === undefined || d < this.listedAt)) this.listedAt = d;
  }

  updated(text: string | undefined | null): void {
    const d = isoDate(clean(text));
    if (d !== undefined && (this.updatedAt === undefined || d > this.updatedAt)) this.updatedAt = d;
  }

  get nameCount(): number {
    return this.names.length;
  }

  build(): WatchlistEntry | { readonly problem: string } {
    const countries = new Set(this.addresses.map((a) => a.country).filter((c) => c !== undefined));
    const region = countries.size === 1 ? [...countries][0] : undefined;
    for (const text of this.phones) {
      const found = identifiersIn('phone', text, region);
      for (const id of found.identifiers) this.push(id);
      if (found.unusable > 0) this.dropped.add('unreadable phone', found.unusable);
    }
    if (this.names.length === 0 && this.identifiers.length === 0) return { problem: 'no name and no identifier' };
    const updatedAt = this.updatedAt !== undefined && this.updatedAt !== this.listedAt ? this.updatedAt : undefined;
    return {
      id: this.id,
      kind: this.kind,
      names: this.names,
      identifiers: this.identifiers,
      ...(this.addresses.length > 0 ? { addresses: this.addresses } : {}),
      source: this.source,
      ...(this.listedAt !== undefined ? { listedAt: this.listedAt } : {}),
      ...(updatedAt !== undefined ? { updatedAt } : {}),
    };
  }
}
