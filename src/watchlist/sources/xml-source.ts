/** The frame of the XML readers: files in turn, records in order, places in messages, the wrong-format check. */
import { AppError } from '../../errors/app-error';
import type { WatchlistEntry } from '../../screening/types';
import { at, progressOver } from './files';
import type { ReadContext, SourceItem } from './types';
import { xmlRecords, type XmlRecord } from './xml-records';

export interface XmlFormat {
  /** What the file is, for messages ("an OFAC SDN.XML file"). */
  readonly title: string;
  /** Local names of the record elements. */
  readonly records: readonly string[];
  readonly arrays: ReadonlySet<string>;
  /** Path of the records' parent element, for places in messages ("/CONSOLIDATED_LIST/INDIVIDUALS"). */
  parentPath(record: string, root: string | undefined): string;
  map(record: XmlRecord, ctx: ReadContext): WatchlistEntry | { readonly problem: string };
}

/** A failure while reading a file as an AppError naming the file: unreadable (an errno) or invalid. */
export function asListError(file: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  return new AppError(code !== undefined ? 'WATCHLIST_UNREADABLE' : 'WATCHLIST_INVALID', `${file}: ${code ?? (e instanceof Error ? e.message : String(e))}`, {
    cause: e,
  });
}

/**
 * The root elements of the list layouts an operator may hand to the wrong reader, or that are not read at all (met
 * on real published files: OFAC's enhanced XML, the EU's FSF 1.0), so the message says what to do instead.
 */
const KNOWN_ROOTS: Readonly<Record<string, string>> = {
  sdnList: 'OFAC SDN.XML: --from ofac-sdn-xml',
  Sanctions: 'OFAC SDN_ADVANCED.XML: --from ofac-sdn-xml',
  sanctionsData: "OFAC's enhanced XML (SDN_ENHANCED.XML), which is not read: convert SDN.XML or SDN_ADVANCED.XML instead",
  CONSOLIDATED_LIST: 'the UN consolidated list: --from un-xml',
  export: 'the EU financial sanctions file (FSF 1.1): --from eu-fsf-xml',
  WHOLE: "the EU's FSF 1.0 layout, which is not read: convert the FSF 1.1 file (xmlFullSanctionsList_1_1)",
};

export async function* readXml(paths: readonly string[], ctx: ReadContext, format: XmlFormat): AsyncGenerator<SourceItem> {
  const onBytes = await progressOver(ctx, paths);
  for (const file of paths) {
    const head: { root?: string } = {};
    let records = 0;
    try {
      for await (const record of xmlRecords(file, { records: format.records, arrays: format.arrays, onBytes }, head)) {
        records++;
        const where = `${at(file, record.line)}: ${format.parentPath(record.name, head.root)}/${record.name}[${record.index}]`;
        if (record.error !== undefined) {
          yield { kind: 'skipped', at: where, reason: record.error };
          continue;
        }
        const mapped = format.map(record, ctx);
        yield 'problem' in mapped ? { kind: 'skipped', at: where, reason: mapped.problem } : { kind: 'entry', entry: mapped, at: where };
      }
    } catch (e) {
      throw asListError(file, e);
    }
    if (records === 0) {
      const found = head.root === undefined ? 'no XML element' : `root element <${head.root}> and no <${format.records.join('> or <')}>`;
      const known = head.root !== undefined ? KNOWN_ROOTS[head.root] : undefined;
      throw new AppError('WATCHLIST_INVALID', `${file}: ${found}: not ${format.title}${known !== undefined ? ` (it looks like ${known})` : ''}`);
    }
  }
}
