/**
 * Listed identifiers in one hash table: key = namespace + canonical value (or its HMAC in keyed-hash mode) →
 * identifier record(s). Lookups are O(1) whatever the list size.
 *
 * The keys are in one SlotTable rather than a Map per namespace: nearly every payment identifier is not listed,
 * and such a lookup costs one probe into one array (a Map of a million strings costs several cache misses).
 */
import { AppError } from '../../errors/app-error';
import { IntBuffer } from '../names/int-buffer';
import { SlotTable } from '../names/slot-table';
import { tokenHash } from '../names/token-hash';
import type { IdentifierType, ListIdentifier } from '../types';
import { canonicalIdentifier, canonicalIssuer } from './canonical';
import { hmacIdentifier } from './hmac';
import type { SnapshotReader, SnapshotWriter } from '../snapshot';
import { StringColumn } from '../string-column';

/**
 * Key namespaces. Phone numbers and proxies share canonical forms (a proxy is often a phone number), so the
 * matcher looks a payment phone up in both; an e-mail proxy is looked up as e-mail too.
 */
export type IdNamespace = 'iban' | 'bic' | 'acct' | 'tel' | 'email' | 'proxy' | 'domain' | 'url' | 'lei' | 'crypto';

export const NAMESPACE_OF_TYPE: Readonly<Record<IdentifierType, IdNamespace>> = {
  iban: 'iban',
  bic: 'bic',
  account: 'acct',
  phone: 'tel',
  email: 'email',
  proxy: 'proxy',
  domain: 'domain',
  url: 'url',
  lei: 'lei',
  crypto: 'crypto',
};

const NAMESPACES: readonly IdNamespace[] = ['iban', 'bic', 'acct', 'tel', 'email', 'proxy', 'domain', 'url', 'lei', 'crypto'];
const NAMESPACE_CODE: Readonly<Record<IdNamespace, number>> = Object.fromEntries(NAMESPACES.map((ns, i) => [ns, i])) as Record<IdNamespace, number>;

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

function keyHash(ns: number, digest: string): number {
  return (tokenHash(digest) ^ Math.imul(ns + 1, 0x9e3779b1)) | 0;
}

export class IdentifierIndex {
  /** Distinct keys, numbered by the table: digest, namespace code, first and last record. */
  private table = new SlotTable();
  /** A column, not 1.4M strings at a million entries for the collector (see StringColumn). */
  private keyDigest = new StringColumn();
  private keyNs = new IntBuffer();
  private keyFirst = new IntBuffer();
  private keyLast = new IntBuffer();
  /** Keys per namespace: a namespace with none listed needs no hashing of payment values. */
  private perNamespace: Int32Array = new Int32Array(NAMESPACES.length);
  /** Records: entry, type code, the next record under the same key (-1: none). */
  private recEntry = new IntBuffer();
  private recType = new IntBuffer();
  private recNext = new IntBuffer();
  private issuers = new Map<number, string>();

  constructor(private readonly hmacKey?: Uint8Array) {}

  snapshot(w: SnapshotWriter, name: string): void {
    this.table.snapshot(w, `${name}.table`);
    this.keyDigest.snapshot(w, `${name}.keyDigest`);
    w.i32(`${name}.keyNs`, this.keyNs.view());
    w.i32(`${name}.keyFirst`, this.keyFirst.view());
    w.i32(`${name}.keyLast`, this.keyLast.view());
    w.i32(`${name}.perNamespace`, this.perNamespace);
    w.i32(`${name}.recEntry`, this.recEntry.view());
    w.i32(`${name}.recType`, this.recType.view());
    w.i32(`${name}.recNext`, this.recNext.view());
    w.i32(`${name}.issuerRecords`, Int32Array.from(this.issuers.keys()));
    w.strings(`${name}.issuers`, [...this.issuers.values()]);
    w.value(`${name}.hashed`, this.hmacKey !== undefined);
  }

  /** The index a snapshot was taken of; hmacKey must be the key it was built with (the caller checks that). */
  static restore(r: SnapshotReader, name: string, hmacKey?: Uint8Array): IdentifierIndex {
    const x = new IdentifierIndex(hmacKey);
    x.table = SlotTable.restore(r, `${name}.table`);
    x.keyDigest = StringColumn.restore(r, `${name}.keyDigest`);
    x.keyNs = IntBuffer.wrap(r.i32(`${name}.keyNs`));
    x.keyFirst = IntBuffer.wrap(r.i32(`${name}.keyFirst`));
    x.keyLast = IntBuffer.wrap(r.i32(`${name}.keyLast`));
    x.perNamespace = r.i32(`${name}.perNamespace`);
    x.recEntry = IntBuffer.wrap(r.i32(`${name}.recEntry`));
    x.recType = IntBuffer.wrap(r.i32(`${name}.recType`));
    x.recNext = IntBuffer.wrap(r.i32(`${name}.recNext`));
    const records = r.i32(`${name}.issuerRecords`);
    const issuers = r.strings(`${name}.issuers`);
    for (let i = 0; i < records.length; i++) x.issuers.set(records[i], issuers[i]);
    return x;
  }

  /** Lets go of the room kept for more keys' text (once every identifier is inserted). */
  trim(): void {
    this.keyDigest.trim();
  }

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

  /** keyOf for a value already canonical (canonicalIdentifier, e.g. in a loader's worker thread). */
  keyOfCanonical(type: IdentifierType, canonical: string): IdentifierKey | undefined {
    const ns = NAMESPACE_OF_TYPE[type];
    if (ns === undefined) return undefined;
    return { ns, digest: this.hmacKey === undefined ? canonical : hmacIdentifier(canonical, this.hmacKey) };
  }

  insert(entry: number, ident: ListIdentifier, key: IdentifierKey): void {
    this.insertKey(entry, ident.type, ident.issuer === undefined ? undefined : canonicalIssuer(ident.issuer), key);
  }

  /** insert, with the issuer already canonical (canonicalIssuer; e.g. in a loader's worker thread). */
  insertKey(entry: number, type: IdentifierType, issuer: string | undefined, { ns, digest }: IdentifierKey): void {
    const record = this.recEntry.length;
    this.recEntry.push(entry);
    this.recType.push(TYPES.indexOf(type));
    this.recNext.push(-1);
    if (issuer !== undefined) this.issuers.set(record, issuer);
    const code = NAMESPACE_CODE[ns];
    const hash = keyHash(code, digest);
    const k = this.find(code, digest, hash);
    if (k >= 0) {
      // Records of one key stay in the order they were listed.
      this.recNext.set(this.keyLast.get(k), record);
      this.keyLast.set(k, record);
      return;
    }
    this.table.add(hash);
    this.keyDigest.push(digest);
    this.keyNs.push(code);
    this.keyFirst.push(record);
    this.keyLast.push(record);
    this.perNamespace[code]++;
  }

  /** The key's index, or -1. */
  private find(code: number, digest: string, hash: number): number {
    const { table } = this;
    for (let i = table.home(hash); table.slots[i + 1] !== 0; i = table.next(i)) {
      const k = table.slots[i + 1] - 1;
      if (table.slots[i] === hash && this.keyNs.get(k) === code && this.keyDigest.equals(k, digest)) return k;
    }
    return -1;
  }

  /** Records listed under this canonical value (hashed here in keyed-hash mode). */
  lookup(ns: IdNamespace, canonical: string): readonly number[] {
    const code = NAMESPACE_CODE[ns];
    if (this.perNamespace[code] === 0) return NOTHING; // nothing of this kind listed: no hashing either
    const digest = this.hmacKey === undefined ? canonical : hmacIdentifier(canonical, this.hmacKey);
    const k = this.find(code, digest, keyHash(code, digest));
    if (k < 0) return NOTHING;
    const records: number[] = [];
    for (let r = this.keyFirst.get(k); r >= 0; r = this.recNext.get(r)) records.push(r);
    return records;
  }

  record(r: number): IdentifierRecord {
    return { entry: this.recEntry.get(r), type: TYPES[this.recType.get(r)], issuer: this.issuers.get(r) };
  }

  /** How the list's identifier is shown in a hit: its canonical value, or only its type and hash prefix. */
  display(type: IdentifierType, canonical: string): string {
    return this.hmacKey === undefined ? canonical : `${type} hmac:${hmacIdentifier(canonical, this.hmacKey).slice(0, 12)}`;
  }

  get size(): number {
    return this.recEntry.length;
  }
}
