/**
 * FollowTheMoney entities as OpenSanctions publishes them (entities.ftm.json: one JSON object a line, {id, schema,
 * properties: {name: [...], ...}, target, first_seen, last_change, ...}). Parties (Person; Organization, Company,
 * LegalEntity, PublicBody; Vessel, Airplane) that are targets become entries; relations, sanctions, addresses
 * and parties that are not targets (relatives, associates) are not listed themselves.
 *
 * Crypto-asset wallets are entities of their own (CryptoWallet: publicKey, holder → the party's id), anywhere in
 * the file: a first pass collects them (a few thousand, kept in memory), the second maps the parties and gives
 * each its wallets. A wallet that is a target but whose holder is not in the file becomes an entry by itself.
 * Nested exports (targets.nested.json), where related entities sit inside the properties, are read too.
 */
import { AppError } from '../../errors/app-error';
import type { EntryKind } from '../../screening/types';
import { lineBatches } from '../file-lines';
import { countryOfCode } from './countries';
import { EntryDraft } from './entry-draft';
import { at, progressOver, unreadable } from './files';
import type { DropTally, ReadContext, SourceItem } from './types';

export const FTM_SOURCE = 'opensanctions';

const PARTIES: Readonly<Record<string, EntryKind>> = {
  Person: 'person',
  Organization: 'organisation',
  Company: 'organisation',
  LegalEntity: 'organisation',
  PublicBody: 'organisation',
  Vessel: 'organisation',
  Airplane: 'organisation',
};

/** Registry and identity numbers: not payment identifiers, counted as left out. */
const DOCUMENT_PROPERTIES = [
  'idNumber',
  'passportNumber',
  'taxNumber',
  'registrationNumber',
  'innCode',
  'ogrnCode',
  'okpoCode',
  'vatCode',
  'dunsCode',
  'uniqueEntityId',
  'npiCode',
  'bikCode',
  'kppCode',
  'imoNumber',
  'mmsi',
  'callSign',
  'serialNumber',
];

interface FtmEntity {
  readonly id?: unknown;
  readonly schema?: unknown;
  readonly properties?: Record<string, unknown>;
  readonly target?: unknown;
  readonly referents?: unknown;
  readonly first_seen?: unknown;
  readonly last_change?: unknown;
}

interface Wallet {
  readonly id: string;
  readonly keys: string[];
  readonly names: string[];
  readonly target: boolean;
  readonly at: string;
  used: boolean;
}

function strings(v: unknown): string[] {
  if (!Array.isArray(v)) return typeof v === 'string' ? [v] : [];
  return v.filter((x): x is string => typeof x === 'string');
}

function nested(v: unknown): FtmEntity[] {
  return Array.isArray(v) ? v.filter((x): x is FtmEntity => x !== null && typeof x === 'object' && !Array.isArray(x)) : [];
}

function props(e: FtmEntity): Record<string, unknown> {
  return e.properties !== null && typeof e.properties === 'object' ? e.properties : {};
}

async function* linesOf(file: string, onBytes: (n: number) => void): AsyncGenerator<{ text: string; line: number }> {
  let line = 0;
  try {
    for await (const batch of lineBatches(file, (b) => onBytes(b.length))) {
      for (const text of batch) {
        line++;
        yield { text, line };
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw unreadable(file, e);
  }
}

function parse(text: string): FtmEntity | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as FtmEntity) : undefined;
  } catch {
    return undefined;
  }
}

/** First pass: the wallets, by holder id. */
async function walletsOf(file: string, onBytes: (n: number) => void, wallets: Map<string, Wallet[]>, standalone: Wallet[]): Promise<void> {
  for await (const { text, line } of linesOf(file, onBytes)) {
    if (!text.includes('"CryptoWallet"')) continue;
    const e = parse(text.trim());
    if (e === undefined || e.schema !== 'CryptoWallet' || typeof e.id !== 'string') continue;
    const p = props(e);
    const wallet: Wallet = { id: e.id, keys: strings(p.publicKey), names: strings(p.name), target: e.target === true, at: at(file, line), used: false };
    const holders = strings(p.holder);
    if (holders.length === 0) standalone.push(wallet);
    for (const h of holders) {
      const list = wallets.get(h);
      if (list === undefined) wallets.set(h, [wallet]);
      else list.push(wallet);
    }
  }
}

/**
 * An entity nested in a party's properties (nested exports): its address, wallet, bank account; through an
 * Ownership the party owns (`ownershipAsset`), the owned account or wallet. Nothing is taken from other nested
 * parties (relatives, associates, owners): their identifiers are theirs.
 */
function addNestedEntity(draft: EntryDraft, n: FtmEntity, dropped: DropTally): void {
  const p = props(n);
  switch (n.schema) {
    case 'Ownership':
      for (const asset of nested(p.asset)) if (asset.schema === 'BankAccount' || asset.schema === 'CryptoWallet') addNestedEntity(draft, asset, dropped);
      break;
    case 'Address':
      draft.address(strings(p.full), { ...(countryOfCode(strings(p.country)[0]) !== undefined ? { code: countryOfCode(strings(p.country)[0]) } : {}) });
      break;
    case 'CryptoWallet':
      for (const k of strings(p.publicKey)) draft.identifier('crypto', k);
      break;
    case 'BankAccount':
      for (const v of strings(p.iban)) draft.identifier('iban', v);
      for (const v of strings(p.bic)) draft.identifier('bic', v);
      break;
    case 'Identification':
    case 'Passport':
      dropped.add('identity or registry document');
      break;
    default:
  }
}

function mapParty(e: FtmEntity, kind: EntryKind, source: string, wallets: Map<string, Wallet[]>, dropped: DropTally): ReturnType<EntryDraft['build']> {
  const p = props(e);
  const draft = new EntryDraft(`${source}:${String(e.id)}`, kind, source, dropped);
  if (e.schema === 'Vessel' || e.schema === 'Airplane') dropped.add(`${String(e.schema).toLowerCase()} (kept as organisation)`);
  for (const key of ['name', 'alias', 'previousName']) for (const n of strings(p[key])) draft.name(n);
  const weak = strings(p.weakAlias).length;
  if (weak > 0) dropped.add('weak alias', weak);
  for (const v of strings(p.email)) draft.identifier('email', v);
  for (const v of strings(p.phone)) draft.labelled('Telephone', v);
  for (const v of strings(p.website)) draft.labelled('Website', v);
  for (const v of strings(p.swiftBic)) draft.identifier('bic', v);
  for (const v of strings(p.leiCode)) draft.identifier('lei', v);
  for (const key of DOCUMENT_PROPERTIES) {
    const n = strings(p[key]).length;
    if (n > 0) dropped.add('identity or registry document', n);
  }
  const countries = [
    ...new Set(
      strings(p.country)
        .map(countryOfCode)
        .filter((c): c is string => c !== undefined),
    ),
  ];
  const addresses = strings(p.address);
  for (const a of addresses) draft.address([a], countries.length === 1 ? { code: countries[0] } : {});
  if (addresses.length === 0 || countries.length > 1) for (const c of countries) draft.address([], { code: c });
  for (const [key, value] of Object.entries(p)) {
    for (const n of nested(value)) if (n.schema !== 'Ownership' || key === 'ownershipAsset') addNestedEntity(draft, n, dropped);
  }
  for (const id of [e.id, ...strings(e.referents)]) {
    for (const w of wallets.get(String(id)) ?? []) {
      w.used = true;
      for (const k of w.keys) draft.identifier('crypto', k);
    }
  }
  const created = strings(p.createdAt);
  for (const d of created.length > 0 ? created : strings(e.first_seen)) draft.listed(d);
  const modified = strings(p.modifiedAt);
  for (const d of modified.length > 0 ? modified : strings(e.last_change)) draft.updated(d);
  return draft.build();
}

export async function* readFtm(paths: readonly string[], ctx: ReadContext): AsyncGenerator<SourceItem> {
  const source = ctx.source ?? FTM_SOURCE;
  const onBytes = await progressOver(ctx, paths, 2);
  const wallets = new Map<string, Wallet[]>();
  const standalone: Wallet[] = [];
  for (const file of paths) await walletsOf(file, onBytes, wallets, standalone);
  for (const file of paths) {
    for await (const { text, line } of linesOf(file, onBytes)) {
      const trimmed = text.trim();
      if (trimmed.length === 0) continue;
      const where = at(file, line);
      const e = parse(trimmed);
      if (e === undefined) {
        yield { kind: 'skipped', at: where, reason: 'not a JSON object' };
        continue;
      }
      if (e.schema === undefined && 'op' in e && 'entity' in e) {
        // OpenSanctions publishes entities.delta.json beside the export: changes since the last run, not a list.
        yield { kind: 'skipped', at: where, reason: 'a change record of entities.delta.json, not an entity: convert the full entities.ftm.json' };
        continue;
      }
      const kind = typeof e.schema === 'string' ? PARTIES[e.schema] : undefined;
      if (kind === undefined) continue;
      if (typeof e.id !== 'string' || e.id.length === 0) {
        yield { kind: 'skipped', at: where, reason: 'no "id"' };
        continue;
      }
      if (e.target === false) {
        ctx.dropped.add('party that is not a target (relative, associate, owner)');
        continue;
      }
      const built = mapParty(e, kind, source, wallets, ctx.dropped);
      yield 'problem' in built ? { kind: 'skipped', at: where, reason: built.problem } : { kind: 'entry', entry: built, at: where };
    }
  }
  const orphans = new Set([...standalone, ...[...wallets.values()].flat()].filter((w) => !w.used));
  for (const w of orphans) {
    if (!w.target) {
      ctx.dropped.add('wallet of a party that is not listed');
      continue;
    }
    const draft = new EntryDraft(`${source}:${w.id}`, 'organisation', source, ctx.dropped);
    for (const n of w.names) draft.name(n);
    for (const k of w.keys) draft.identifier('crypto', k);
    const built = draft.build();
    yield 'problem' in built ? { kind: 'skipped', at: w.at, reason: built.problem } : { kind: 'entry', entry: built, at: w.at };
  }
}
