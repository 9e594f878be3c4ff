/**
 * OFAC's SDN list as SDN.XML (root <sdnList>, one <sdnEntry> per entry): uid, firstName / lastName, sdnType,
 * remarks, programList, idList (id types such as "Website", "Email Address", "Digital Currency Address - XBT",
 * "SWIFT/BIC", "Passport"), akaList (type, category strong / weak, names), addressList, and lists of
 * nationalities, dates and places of birth, vessel details. The advanced form (SDN_ADVANCED.XML, root
 * <Sanctions>) is another model altogether, read by ofac-sdn-advanced.ts; both give the same entries.
 */
import { clean, EntryDraft } from './entry-draft';
import { ofacKind, OFAC_SOURCE } from './ofac';
import type { ReadContext, SourceItem } from './types';
import { progressOver } from './files';
import { readOfacSdnAdvanced } from './ofac-sdn-advanced';
import { asListError, readXml, type XmlFormat } from './xml-source';
import { list, obj, text, xmlRootOf, type XmlRecord } from './xml-records';

function fullName(first: unknown, last: unknown): string | undefined {
  return clean([text(first), text(last)].filter((p) => p !== undefined).join(' '));
}

function mapEntry(record: XmlRecord, ctx: ReadContext): ReturnType<XmlFormat['map']> {
  const e = record.value;
  const source = ctx.source ?? OFAC_SOURCE;
  const uid = clean(text(e.uid));
  if (uid === undefined || !/^\d+$/.test(uid)) return { problem: 'no numeric <uid>' };
  const kind = ofacKind(clean(text(e.sdnType)), ctx.dropped);
  if (kind === undefined) return { problem: `unknown <sdnType> "${(text(e.sdnType) ?? '').slice(0, 30)}"` };
  const draft = new EntryDraft(`${source}:${uid}`, kind, source, ctx.dropped);
  draft.name(fullName(e.firstName, e.lastName));
  for (const a of list(obj(e.akaList).aka).map(obj)) {
    if (clean(text(a.category))?.toLowerCase() === 'weak') ctx.dropped.add('weak alias');
    else draft.name(fullName(a.firstName, a.lastName));
  }
  for (const a of list(obj(e.addressList).address).map(obj)) {
    const street = [a.address1, a.address2, a.address3]
      .map((l) => clean(text(l)))
      .filter((l) => l !== undefined)
      .join(', ');
    const place = [a.city, a.stateOrProvince, a.postalCode]
      .map((l) => clean(text(l)))
      .filter((l) => l !== undefined)
      .join(' ');
    draft.address([street, place], { name: text(a.country) });
  }
  for (const id of list(obj(e.idList).id).map(obj)) {
    const label = clean(text(id.idType));
    if (label !== undefined) draft.labelled(label, text(id.idNumber));
  }
  if (Object.keys(obj(e.vesselInfo)).length > 0) ctx.dropped.add('vessel details (call sign, type, tonnage, flag, owner)');
  // Remarks in the XML are free text (the identifiers have their own elements): labelled values and e-mails.
  draft.freeText(text(e.remarks));
  return draft.build();
}

const SDN_XML: XmlFormat = {
  title: 'an OFAC SDN.XML file',
  records: ['sdnEntry'],
  arrays: new Set(['program', 'id', 'aka', 'address', 'nationality', 'citizenship', 'dateOfBirthItem', 'placeOfBirthItem']),
  parentPath: (_record, root) => `/${root ?? 'sdnList'}`,
  map: mapEntry,
};

/** SDN.XML, or the advanced form (told apart by the root element, file by file). */
export async function* readOfacSdnXml(paths: readonly string[], ctx: ReadContext): AsyncGenerator<SourceItem> {
  for (const file of paths) {
    const onBytes = await progressOver(ctx, [file]);
    let root: string | undefined;
    try {
      root = await xmlRootOf(file);
    } catch (e) {
      throw asListError(file, e);
    }
    if (root === 'Sanctions') yield* readOfacSdnAdvanced(file, ctx, onBytes);
    else yield* readXml([file], ctx, SDN_XML);
  }
}
