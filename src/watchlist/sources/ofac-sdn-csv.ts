/**
 * OFAC's SDN list in its CSV form: sdn.csv (one row per entry), alt.csv (aliases), add.csv (addresses) and
 * sdn_comments.csv (remarks too long for sdn.csv: the rest of the text, appended as is), linked by ent_num.
 * No header rows; "-0-" is an empty value; the files end with a Ctrl-Z. The consolidated (non-SDN) list has
 * the same layout as cons_prim.csv, cons_alt.csv, cons_add.csv and cons_comments.csv, and is read the same way.
 *
 * PATH is the folder, or its main file (sdn.csv / cons_prim.csv). alt.csv and add.csv are read into memory
 * first (a few MB for the real list: the size of the entries themselves), then sdn.csv is streamed.
 *
 * sdn.csv: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag,
 * Vess_owner, Remarks. alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks. add.csv: ent_num, add_num,
 * address, city/state/province/postal code, country, add_remarks. sdn_comments.csv: ent_num, remarks_extended.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors/app-error';
import type { EntryKind } from '../../screening/types';
import { csvRows } from './csv-rows';
import { clean, EntryDraft } from './entry-draft';
import { at, progressOver, unreadable } from './files';
import { ofacKind, ofacPersonName, ofacRemarks, OFAC_SOURCE } from './ofac';
import type { ReadContext, SourceItem } from './types';

interface CsvSet {
  readonly main: string;
  readonly alt: string;
  readonly add: string;
  readonly comments?: string;
}

const SETS = [
  { main: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' },
  { main: 'cons_prim.csv', alt: 'cons_alt.csv', add: 'cons_add.csv', comments: 'cons_comments.csv' },
];

/** The files of the set in a folder (names in any case, as the download sites differ). */
async function setOf(given: string): Promise<CsvSet> {
  let stat;
  try {
    stat = await fs.stat(given);
  } catch (e) {
    throw unreadable(given, e);
  }
  const dir = stat.isDirectory() ? given : path.dirname(given);
  const names = await fs.readdir(dir);
  const find = (name: string): string | undefined => {
    const hit = names.find((n) => n.toLowerCase() === name);
    return hit === undefined ? undefined : path.join(dir, hit);
  };
  const set = stat.isDirectory() ? SETS.find((s) => find(s.main) !== undefined) : SETS.find((s) => s.main === path.basename(given).toLowerCase());
  if (set === undefined) {
    throw new AppError(
      'WATCHLIST_UNREADABLE',
      `${given}: expected a folder holding sdn.csv, alt.csv and add.csv (or cons_prim.csv, cons_alt.csv and cons_add.csv), or one of those main files`,
    );
  }
  const need = (name: string): string => {
    const f = find(name);
    if (f === undefined)
      throw new AppError('WATCHLIST_UNREADABLE', `${dir}: ${name} is missing (the ${set.main} set needs ${set.alt} and ${set.add} beside it)`);
    return f;
  };
  const comments = find(set.comments);
  return { main: stat.isDirectory() ? need(set.main) : given, alt: need(set.alt), add: need(set.add), ...(comments !== undefined ? { comments } : {}) };
}

/** A linked file (alt, add, comments) read whole, rows grouped by ent_num. */
async function byEntNum(file: string, onBytes: (n: number) => void, ctx: ReadContext, what: string): Promise<Map<string, string[][]>> {
  const rows = new Map<string, string[][]>();
  for await (const row of csvRows(file, { onBytes })) {
    if ('problem' in row) {
      ctx.dropped.add(`unreadable ${what} row`);
      continue;
    }
    const key = row.fields[0]?.trim();
    if (key === undefined || !/^\d+$/.test(key)) continue; // the closing Ctrl-Z, a stray blank
    const list = rows.get(key);
    if (list === undefined) rows.set(key, [row.fields]);
    else list.push(row.fields);
  }
  return rows;
}

function name(kind: EntryKind, written: string | undefined): string | undefined {
  return kind === 'person' ? ofacPersonName(clean(written)) : clean(written);
}

export async function* readOfacSdnCsv(paths: readonly string[], ctx: ReadContext): AsyncGenerator<SourceItem> {
  const source = ctx.source ?? OFAC_SOURCE;
  for (const given of paths) {
    const set = await setOf(given);
    const onBytes = await progressOver(ctx, [set.main, set.alt, set.add, ...(set.comments !== undefined ? [set.comments] : [])]);
    const aliases = await byEntNum(set.alt, onBytes, ctx, 'alias');
    const addresses = await byEntNum(set.add, onBytes, ctx, 'address');
    const comments = set.comments === undefined ? new Map<string, string[][]>() : await byEntNum(set.comments, onBytes, ctx, 'comment');
    for await (const row of csvRows(set.main, { onBytes })) {
      if ('problem' in row) {
        yield { kind: 'skipped', at: at(set.main, row.line), reason: row.problem };
        continue;
      }
      const f = row.fields;
      // eslint-disable-next-line no-control-regex -- \x1a is the DOS end-of-file mark some OFAC files end with
      if (f.length === 1 && clean(f[0].replace(/\x1a/g, '')) === undefined) continue;
      const where = at(set.main, row.line);
      const entNum = f[0]?.trim() ?? '';
      if (!/^\d+$/.test(entNum)) {
        yield { kind: 'skipped', at: where, reason: `ent_num "${entNum.slice(0, 20)}" is not a number` };
        continue;
      }
      if (f.length < 12) {
        yield { kind: 'skipped', at: where, reason: `${f.length} fields, expected 12` };
        continue;
      }
      const kind = ofacKind(clean(f[2]), ctx.dropped);
      if (kind === undefined) {
        yield { kind: 'skipped', at: where, reason: `unknown SDN_Type "${f[2].slice(0, 30)}"` };
        continue;
      }
      const draft = new EntryDraft(`${source}:${entNum}`, kind, source, ctx.dropped);
      draft.name(name(kind, f[1]));
      for (const alt of aliases.get(entNum) ?? []) draft.name(name(kind, alt[3]));
      for (const add of addresses.get(entNum) ?? []) draft.address([add[2], add[3]], { name: add[4] });
      if ([5, 6, 7, 8, 9, 10].some((i) => clean(f[i]) !== undefined)) ctx.dropped.add('vessel details (call sign, type, tonnage, flag, owner)');
      const extended = (comments.get(entNum) ?? []).map((c) => c[1] ?? '').join('');
      // The comments file holds the rest of a cut remark, often from the middle of a word: joined as is.
      const remarks = clean(f[11]) === undefined ? '' : f[11];
      ofacRemarks(draft, clean(remarks + extended), ctx.dropped);
      const built = draft.build();
      yield 'problem' in built ? { kind: 'skipped', at: where, reason: built.problem } : { kind: 'entry', entry: built, at: where };
    }
  }
}
