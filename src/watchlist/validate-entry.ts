/**
 * Validation of one native-format entry (docs/screening.md, Watchlist format). Strict on purpose: a list that does not say what the
 * operator meant (a misspelt key, an IBAN with a wrong check digit) must stop the start, not screen silently
 * with less than intended. Problems are reported as a field path and a reason, never with the value itself.
 */
import { canonicalIdentifier } from '../screening';
import type { EntryKind, IdentifierType, ListAddress, ListIdentifier, WatchlistEntry } from '../screening/types';

export class EntryProblem extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

const KINDS: readonly EntryKind[] = ['organisation', 'person', 'merchant'];
const IDENTIFIER_TYPES: readonly IdentifierType[] = ['iban', 'account', 'bic', 'proxy', 'domain', 'url', 'email', 'phone', 'lei', 'crypto'];
const ENTRY_KEYS = new Set(['id', 'kind', 'names', 'identifiers', 'addresses', 'source', 'verifiedBy', 'listedAt', 'updatedAt', 'expiresAt']);
const IDENTIFIER_KEYS = new Set(['type', 'value', 'hmac', 'issuer']);
const ADDRESS_KEYS = new Set(['country', 'lines']);
const MAX_TEXT = 1000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unknownKeys(obj: Record<string, unknown>, allowed: ReadonlySet<string>, prefix: string): void {
  for (const k of Object.keys(obj)) if (!allowed.has(k)) throw new EntryProblem(prefix + k, `unknown field "${k}"`);
}

function optionalString(obj: Record<string, unknown>, key: string, prefix = ''): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.length > MAX_TEXT) throw new EntryProblem(prefix + key, 'must be a string (at most 1000 characters)');
  return v;
}

function optionalDate(obj: Record<string, unknown>, key: string): string | undefined {
  const v = optionalString(obj, key);
  if (v !== undefined && Number.isNaN(Date.parse(v))) throw new EntryProblem(key, 'must be an ISO 8601 date');
  return v;
}

export interface ValidateOptions {
  /**
   * Leave the check that identifier values are valid of their type to the caller (the streaming loader lets
   * the screener builder check while it canonicalises anyway: one canonicalisation per identifier, not two).
   */
  readonly deferIdentifierValues?: boolean;
}

function identifierOf(raw: unknown, path: string, options: ValidateOptions): ListIdentifier {
  if (!isObject(raw)) throw new EntryProblem(path, 'must be an object');
  unknownKeys(raw, IDENTIFIER_KEYS, `${path}.`);
  const type = raw.type as IdentifierType;
  if (!IDENTIFIER_TYPES.includes(type)) throw new EntryProblem(`${path}.type`, `must be one of ${IDENTIFIER_TYPES.join(', ')}`);
  const value = optionalString(raw, 'value', `${path}.`);
  const hmac = optionalString(raw, 'hmac', `${path}.`);
  const issuer = optionalString(raw, 'issuer', `${path}.`);
  if ((value === undefined) === (hmac === undefined)) throw new EntryProblem(path, 'needs exactly one of "value" and "hmac"');
  if (value !== undefined && options.deferIdentifierValues !== true && canonicalIdentifier(type, value) === undefined) {
    throw new EntryProblem(`${path}.value`, `is not a valid ${type}`);
  }
  if (hmac !== undefined && !/^[0-9a-fA-F]{64}$/.test(hmac)) throw new EntryProblem(`${path}.hmac`, 'must be 64 hex digits (HMAC-SHA256)');
  return {
    type,
    ...(value !== undefined ? { value } : {}),
    ...(hmac !== undefined ? { hmac: hmac.toLowerCase() } : {}),
    ...(issuer !== undefined ? { issuer } : {}),
  };
}

function addressOf(raw: unknown, path: string): ListAddress {
  if (!isObject(raw)) throw new EntryProblem(path, 'must be an object');
  unknownKeys(raw, ADDRESS_KEYS, `${path}.`);
  const country = optionalString(raw, 'country', `${path}.`);
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw new EntryProblem(`${path}.country`, 'must be an ISO 3166 alpha-2 code');
  let lines: string[] | undefined;
  if (raw.lines !== undefined) {
    if (!Array.isArray(raw.lines) || raw.lines.some((l) => typeof l !== 'string')) throw new EntryProblem(`${path}.lines`, 'must be an array of strings');
    lines = raw.lines as string[];
  }
  return { ...(country !== undefined ? { country } : {}), ...(lines !== undefined ? { lines } : {}) };
}

/** One parsed JSON value → a checked entry (a fresh object holding only the known fields). */
export function validateEntry(raw: unknown, options: ValidateOptions = {}): WatchlistEntry {
  if (!isObject(raw)) throw new EntryProblem('', 'an entry must be a JSON object');
  unknownKeys(raw, ENTRY_KEYS, '');
  const id = raw.id;
  if (typeof id !== 'string' || id.trim().length === 0 || id.length > 200) throw new EntryProblem('id', 'must be a non-empty string (at most 200 characters)');
  const kind = raw.kind as EntryKind;
  if (!KINDS.includes(kind)) throw new EntryProblem('kind', `must be one of ${KINDS.join(', ')}`);
  const names = raw.names ?? [];
  if (!Array.isArray(names)) throw new EntryProblem('names', 'must be an array of strings');
  names.forEach((n, i) => {
    if (typeof n !== 'string' || n.trim().length === 0 || n.length > MAX_TEXT)
      throw new EntryProblem(`names[${i}]`, 'must be a non-empty string (at most 1000 characters)');
  });
  const rawIds = raw.identifiers ?? [];
  if (!Array.isArray(rawIds)) throw new EntryProblem('identifiers', 'must be an array');
  const identifiers = rawIds.map((x, i) => identifierOf(x, `identifiers[${i}]`, options));
  if (names.length === 0 && identifiers.length === 0) throw new EntryProblem('names', 'an entry needs at least one name or identifier');
  let addresses: ListAddress[] | undefined;
  if (raw.addresses !== undefined) {
    if (!Array.isArray(raw.addresses)) throw new EntryProblem('addresses', 'must be an array');
    addresses = raw.addresses.map((a, i) => addressOf(a, `addresses[${i}]`));
  }
  const source = optionalString(raw, 'source');
  const verifiedBy = optionalString(raw, 'verifiedBy');
  const listedAt = optionalDate(raw, 'listedAt');
  const updatedAt = optionalDate(raw, 'updatedAt');
  let expiresAt: string | null | undefined;
  if (raw.expiresAt === null) expiresAt = null;
  else expiresAt = optionalDate(raw, 'expiresAt');
  return {
    id,
    kind,
    names: names as string[],
    identifiers,
    ...(addresses !== undefined ? { addresses } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(verifiedBy !== undefined ? { verifiedBy } : {}),
    ...(listedAt !== undefined ? { listedAt } : {}),
    ...(updatedAt !== undefined ? { updatedAt } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
  };
}
