/**
 * Any CSV list, with a column mapping given on the command line: `--map id=Ref,name=Name,alias=AKA,iban=IBAN`
 * (repeatable). A column is named by its header (any case) or by position, `#3` (then `--no-header` reads a
 * file without a header row). Several columns may feed one field (`--map name=First --map alias=Second`); a cell
 * may hold several values separated by `--separator` (default ";") in the many-valued fields.
 */
import path from 'node:path';
import { AppError } from '../../errors/app-error';
import type { EntryKind, IdentifierType } from '../../screening/types';
import { csvRows } from './csv-rows';
import { clean, EntryDraft, isoDate } from './entry-draft';
import { at, progressOver } from './files';
import type { ReadContext, SourceItem } from './types';

const IDENTIFIER_FIELDS = ['iban', 'bic', 'account', 'proxy', 'domain', 'url', 'email', 'lei', 'crypto'] as const satisfies readonly IdentifierType[];
/** Fields read through the label logic: `phone` (national numbers need the row's country), `website` (domain or URL). */
const LABELLED_FIELDS = { phone: 'Telephone', website: 'Website' } as const;
const SINGLE_FIELDS = ['id', 'kind', 'name', 'issuer', 'country', 'listedAt', 'updatedAt', 'expiresAt', 'verifiedBy'] as const;
const MANY_FIELDS = ['alias', 'address', ...IDENTIFIER_FIELDS, ...(Object.keys(LABELLED_FIELDS) as (keyof typeof LABELLED_FIELDS)[])] as const;
export const CSV_FIELDS = [...SINGLE_FIELDS, ...MANY_FIELDS] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export interface CsvMapping {
  /** Field → the columns that feed it (header names or '#n'). */
  readonly columns: ReadonlyMap<CsvField, readonly string[]>;
  readonly header: boolean;
  readonly delimiter: string;
  readonly separator: string;
  /** Kind of every row whose kind cell is empty (or of all rows, without a kind column). */
  readonly kind?: EntryKind;
}

function bad(message: string): AppError {
  return new AppError('CONFIG_INVALID', message);
}

const KINDS: Readonly<Record<string, EntryKind>> = {
  person: 'person',
  individual: 'person',
  'natural person': 'person',
  p: 'person',
  i: 'person',
  organisation: 'organisation',
  organization: 'organisation',
  entity: 'organisation',
  company: 'organisation',
  'legal entity': 'organisation',
  enterprise: 'organisation',
  org: 'organisation',
  e: 'organisation',
  o: 'organisation',
  merchant: 'merchant',
  shop: 'merchant',
  m: 'merchant',
};

export function kindOf(text: string | undefined): EntryKind | undefined {
  return text === undefined ? undefined : KINDS[text.trim().toLowerCase()];
}

/** `--map` values ("field=column[,field=column…]", repeatable) and the other options → a checked mapping. */
export function parseCsvMapping(maps: readonly string[], o: { header?: boolean; delimiter?: string; separator?: string; kind?: string }): CsvMapping {
  const columns = new Map<CsvField, string[]>();
  for (const pair of maps.flatMap((m) => m.split(','))) {
    if (pair.trim().length === 0) continue;
    const eq = pair.indexOf('=');
    const field = (eq < 0 ? pair : pair.slice(0, eq)).trim() as CsvField;
    const column = eq < 0 ? '' : pair.slice(eq + 1).trim();
    if (!CSV_FIELDS.includes(field)) throw bad(`--map ${pair}: unknown field "${field}" (fields: ${CSV_FIELDS.join(', ')})`);
    if (column.length === 0) throw bad(`--map ${pair}: expected field=column`);
    if (o.header === false && !/^#\d+$/.test(column)) throw bad(`--map ${pair}: without a header row, name columns by position (#1, #2, …)`);
    const list = columns.get(field) ?? [];
    if (list.length > 0 && (SINGLE_FIELDS as readonly string[]).includes(field)) throw bad(`--map: "${field}" takes one column (use alias for more names)`);
    columns.set(field, [...list, column]);
  }
  if (!columns.has('id')) throw bad('--map: an id column is required (id=COLUMN): entries need stable ids to be diffed and audited');
  if (!columns.has('name') && !columns.has('alias') && ![...IDENTIFIER_FIELDS, 'phone', 'website'].some((f) => columns.has(f as CsvField))) {
    throw bad('--map: map at least a name or an identifier column');
  }
  const kind = o.kind === undefined ? undefined : kindOf(o.kind);
  if (o.kind !== undefined && kind === undefined) throw bad(`--kind ${o.kind}: expected person, organisation or merchant`);
  if (!columns.has('kind') && kind === undefined) throw bad('--map kind=COLUMN or --kind person|organisation|merchant is required');
  const delimiter = o.delimiter === undefined ? ',' : o.delimiter === '\\t' || o.delimiter.toLowerCase() === 'tab' ? '\t' : o.delimiter;
  if (delimiter.length !== 1) throw bad(`--delimiter ${o.delimiter}: expected one character (or "tab")`);
  return { columns, header: o.header !== false, delimiter, separator: o.separator ?? ';', ...(kind !== undefined ? { kind } : {}) };
}

/** Column specs → indexes, against the header row when there is one. */
function indexes(mapping: CsvMapping, header: readonly string[] | undefined, file: string): Map<CsvField, number[]> {
  const byName = new Map((header ?? []).map((h, i) => [h.trim().toLowerCase(), i]));
  const out = new Map<CsvField, number[]>();
  for (const [field, specs] of mapping.columns) {
    out.set(
      field,
      specs.map((spec) => {
        const pos = /^#(\d+)$/.exec(spec);
        const i = pos !== null ? Number(pos[1]) - 1 : byName.get(spec.toLowerCase());
        if (i === undefined || i < 0 || (header !== undefined && i >= header.length)) {
          throw bad(`${file}: --map ${field}=${spec}: no such column${header !== undefined ? ` (columns: ${header.join(', ')})` : ''}`);
        }
        return i;
      }),
    );
  }
  return out;
}

/** The default source of a CSV list: its file name, as a short lower-case token ("Coalition List.csv" → coalition-list). */
function sourceOf(file: string): string {
  const base = path
    .basename(file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return base.length > 0 ? base : 'csv';
}

export function csvMappedReader(mapping: CsvMapping) {
  return async function* readMappedCsv(paths: readonly string[], ctx: ReadContext): AsyncGenerator<SourceItem> {
    const onBytes = await progressOver(ctx, paths);
    for (const file of paths) {
      const source = ctx.source ?? sourceOf(file);
      let cols: Map<CsvField, number[]> | undefined = mapping.header ? undefined : indexes(mapping, undefined, file);
      for await (const row of csvRows(file, { delimiter: mapping.delimiter, onBytes })) {
        if ('problem' in row) {
          yield { kind: 'skipped', at: at(file, row.line), reason: row.problem };
          continue;
        }
        if (cols === undefined) {
          cols = indexes(mapping, row.fields, file);
          continue;
        }
        const where = at(file, row.line);
        const cells = (field: CsvField): string[] => (cols!.get(field) ?? []).map((i) => row.fields[i]).filter((c): c is string => c !== undefined);
        const one = (field: CsvField): string | undefined => clean(cells(field)[0]);
        const many = (field: CsvField): string[] =>
          cells(field)
            .flatMap((c) => c.split(mapping.separator))
            .map(clean)
            .filter((c): c is string => c !== undefined);
        const id = one('id');
        if (id === undefined) {
          yield { kind: 'skipped', at: where, reason: 'empty id' };
          continue;
        }
        const kindCell = one('kind');
        const kind = kindCell === undefined ? mapping.kind : kindOf(kindCell);
        if (kind === undefined) {
          yield { kind: 'skipped', at: where, reason: `kind "${(kindCell ?? '').slice(0, 30)}" is not person, organisation or merchant` };
          continue;
        }
        const draft = new EntryDraft(`${source}:${id}`, kind, source, ctx.dropped);
        draft.name(one('name'));
        for (const n of many('alias')) draft.name(n);
        const country = one('country');
        const code = country === undefined ? undefined : /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined;
        const lines = many('address');
        if (lines.length > 0 || country !== undefined) draft.address(lines, code !== undefined ? { code } : { name: country });
        const issuer = one('issuer');
        for (const type of IDENTIFIER_FIELDS) for (const v of many(type)) draft.identifier(type, v, type === 'account' ? issuer : undefined);
        for (const [field, label] of Object.entries(LABELLED_FIELDS)) for (const v of many(field as CsvField)) draft.labelled(label, v);
        draft.listed(one('listedAt'));
        draft.updated(one('updatedAt'));
        const built = draft.build();
        if ('problem' in built) {
          yield { kind: 'skipped', at: where, reason: built.problem };
          continue;
        }
        const verifiedBy = one('verifiedBy');
        const expiresAt = one('expiresAt');
        if (expiresAt !== undefined && isoDate(expiresAt) === undefined) {
          yield { kind: 'skipped', at: where, reason: `expiresAt "${expiresAt.slice(0, 30)}" is not a date` };
          continue;
        }
        yield {
          kind: 'entry',
          entry: { ...built, ...(verifiedBy !== undefined ? { verifiedBy } : {}), ...(expiresAt !== undefined ? { expiresAt: isoDate(expiresAt) } : {}) },
          at: where,
        };
      }
    }
  };
}
