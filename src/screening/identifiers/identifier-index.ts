/**
 * Listed identifiers in one hash map: key = namespace + canonical value (or its HMAC in keyed-hash mode) →
 * identifier record(s). Lookups are O(1) whatever the list size.
 */
import { AppError } from '../../errors/app-error';
import type { IdentifierType, ListIdentifier } from '../types';
import { canonicalIdentifier, canonicalIssuer } from './canonical';
import { hmacIdentifier } from './hmac';

/**
 * Key namespaces. Phone numbers and proxies share canonical forms (a proxy is often a phone number), so the
 * matcher looks a payment phone up in both; an e-mail proxy is looked up as e-mail too.
 */
export type IdNamespace = 'iban' | 'bic' | 'acct' | 'tel' | 'email' | 'proxy' | 'domain' | 'url' | 'lei' | 'crypto';

export const NAMESPACE_OF_TYPE: Readonly<Record<IdentifierType, IdNamespace>> = {
  iban: 'iban', bic: 'bic', account: 'acct', phone: 'tel', email: 'email', proxy: 'proxy', domain: 'domain', url: 'url',
  lei: 'lei', crypto: 'crypto',
};

const TYPES: readonly IdentifierType[] = ['iban', 'account', 'bic', 'proxy', 'domain', 'url', 'email', 'phone', 'lei', 'crypto'];

export interface IdentifierRecord {
  readonly entry: number;
  readonly type: IdentifierType;
  /** Account servicer as listed (canonical BIC or clearing code). */
  readonly issuer?: string;
}

const NOTHING: readonly number[] = [];

export interface IdentifierKey {
  readonly ns: IdNamespace;
  readonly digest: string;
}

export class IdentifierIndex {
  /** One map per namespace: no key strings to build per lookup. */
  private readonly maps = new Map<IdNamespace, Map<string, number | number[]>>();
  private readonly recEntry: number[] = [];
  private readonly recType: number[] = [];
  private readonly issuers = new Map<number, string>();

  constructor(private readonly hmacKey?: Uint8Array) {}

  get hashed(): boolean {
    return this.hmacKey !== undefined;
  }

  /** Adds one listed identifier; returns false when its value is not a valid identifier of its type. */
  add(entry: number, ident: ListIdentifier, entryId: string): boolean {
    const key = this.keyOf(ident, entryId);
    if (key === undefined) return false;
    this.insert(entry, ident, key);
    return true;
  }

  /** The namespace and digest an identifier is indexed under; undefined when its value is not valid. */
  keyOf(ident: ListIdentifier, entryId: string): IdentifierKey | undefined {
    const ns = NAMESPACE_OF_TYPE[ident.type];
    if (ns === undefined) return undefined;
    if (ident.hmac !== undefined) {
      if (this.hmacKey === undefined) {
        throw new AppError('CONFIG_INVALID', `entry ${entryId}: the list has keyed-hash identifiers but no HMAC key was given`);
      }
      return { ns, digest: ident.hmac.toLowerCase() };
    }
    const canonical = ident.value === undefined ? undefined : canonicalIdentifier(ident.type, ident.value);
    if (canonical === undefined) return undefined;
    return { ns, digest: this.hmacKey === undefined ? canonical : hmacIdentifier(canonical, this.hmacKey) };
  }

  insert(entry: number, ident: ListIdentifier, { ns, digest }: IdentifierKey): void {
    const record = this.recEntry.length;
    this.recEntry.push(entry);
    this.recType.push(TYPES.indexOf(ident.type));
    if (ident.issuer !== undefined) {
      const issuer = canonicalIssuer(ident.issuer);
      if (issuer !== undefined) this.issuers.set(record, issuer);
    }
    let map = this.maps.get(ns);
    if (map === undefined) {
      map = new Map();
      this.maps.set(ns, map);
    }
    const existing = map.get(digest);
    if (existing === undefined) map.set(digest, record);
    else if (typeof existing === 'number') map.set(digest, [existing, record]);
    else existing.push(record);
  }

  /** Records listed under this canonical value (hashed here in keyed-hash mode). */
  lookup(ns: IdNamespace, canonical: string): readonly number[] {
    const map = this.maps.get(ns);
    if (map === undefined) return NOTHING; // nothing of this kind listed: no hashing either
    const digest = this.hmacKey === undefined ? canonical : hmacIdentifier(canonical, this.hmacKey);
    const found = map.get(digest);
    if (found === undefined) return NOTHING;
    return typeof found === 'number' ? [found] : found;
  }

  record(r: number): IdentifierRecord {
    return { entry: this.recEntry[r], type: TYPES[this.recType[r]], issuer: this.issuers.get(r) };
  }

  /** How the list's identifier is shown in a hit: its canonical value, or only its type and hash prefix. */
  display(type: IdentifierType, canonical: string): string {
    return this.hmacKey === undefined ? canonical : `${type} hmac:${hmacIdentifier(canonical, this.hmacKey).slice(0, 12)}`;
  }

  get size(): number {
    return this.recEntry.length;
  }
}
