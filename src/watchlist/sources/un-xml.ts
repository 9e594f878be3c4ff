/**
 * The UN Security Council consolidated list (root <CONSOLIDATED_LIST>, <INDIVIDUALS><INDIVIDUAL>… and
 * <ENTITIES><ENTITY>…): DATAID, REFERENCE_NUMBER (e.g. "QDi.001"), FIRST_NAME … FOURTH_NAME (an entity's name is
 * FIRST_NAME, sometimes several separated by ";"), NAME_ORIGINAL_SCRIPT, LISTED_ON, LAST_DAY_UPDATED/VALUE,
 * COMMENTS1 (free text, where the UN writes telephone numbers and e-mail addresses), *_ALIAS (QUALITY "Good",
 * "a.k.a.", "f.k.a." or "Low", ALIAS_NAME), *_ADDRESS (STREET, CITY, STATE_PROVINCE, ZIP_CODE, COUNTRY as a name,
 * NOTE), INDIVIDUAL_DOCUMENT, dates and places of birth, nationality, title, designation.
 */
import { clean, EntryDraft } from './entry-draft';
import type { ReadContext, SourceItem } from './types';
import { readXml, type XmlFormat } from './xml-source';
import { list, obj, text, type XmlRecord } from './xml-records';

export const UN_SOURCE = 'un-sc';

function values(v: unknown): string[] {
  return list(obj(v).VALUE)
    .map((x) => clean(text(x)))
    .filter((x): x is string => x !== undefined);
}

/** "A ; B" → ["A", "B"]: the UN separates several names in one field with semicolons. */
function names(v: unknown): string[] {
  return (clean(text(v)) ?? '').split(/\s*;\s*/).filter((n) => n.length > 0);
}

function mapRecord(record: XmlRecord, ctx: ReadContext): ReturnType<XmlFormat['map']> {
  const e = record.value;
  const person = record.name === 'INDIVIDUAL';
  const source = ctx.source ?? UN_SOURCE;
  const ref = clean(text(e.REFERENCE_NUMBER)) ?? clean(text(e.DATAID));
  if (ref === undefined) return { problem: 'no <REFERENCE_NUMBER> and no <DATAID>' };
  const draft = new EntryDraft(`${source}:${ref}`, person ? 'person' : 'organisation', source, ctx.dropped);
  if (person)
    draft.name(
      [e.FIRST_NAME, e.SECOND_NAME, e.THIRD_NAME, e.FOURTH_NAME]
        .map((n) => clean(text(n)))
        .filter((n) => n !== undefined)
        .join(' '),
    );
  else for (const n of names(e.FIRST_NAME)) draft.name(n);
  draft.name(text(e.NAME_ORIGINAL_SCRIPT));
  for (const a of list(person ? e.INDIVIDUAL_ALIAS : e.ENTITY_ALIAS).map(obj)) {
    const aliasNames = names(a.ALIAS_NAME);
    if (clean(text(a.QUALITY))?.toLowerCase() === 'low') ctx.dropped.add('weak alias', aliasNames.length);
    else for (const n of aliasNames) draft.name(n);
  }
  for (const a of list(person ? e.INDIVIDUAL_ADDRESS : e.ENTITY_ADDRESS).map(obj)) {
    const place = [a.ZIP_CODE, a.CITY]
      .map((x) => clean(text(x)))
      .filter((x) => x !== undefined)
      .join(' ');
    draft.address([text(a.STREET), place, text(a.STATE_PROVINCE)], { name: text(a.COUNTRY) });
    draft.freeText(text(a.NOTE));
  }
  const documents = list(e.INDIVIDUAL_DOCUMENT).filter((d) => clean(text(obj(d).NUMBER)) !== undefined).length;
  if (documents > 0) ctx.dropped.add('identity or registry document', documents);
  draft.freeText(text(e.COMMENTS1));
  draft.listed(text(e.LISTED_ON));
  for (const d of values(e.LAST_DAY_UPDATED)) draft.updated(d);
  return draft.build();
}

const UN_XML: XmlFormat = {
  title: 'a UN Security Council consolidated list',
  records: ['INDIVIDUAL', 'ENTITY'],
  arrays: new Set([
    'INDIVIDUAL_ALIAS',
    'ENTITY_ALIAS',
    'INDIVIDUAL_ADDRESS',
    'ENTITY_ADDRESS',
    'INDIVIDUAL_DOCUMENT',
    'INDIVIDUAL_DATE_OF_BIRTH',
    'INDIVIDUAL_PLACE_OF_BIRTH',
    'VALUE',
  ]),
  parentPath: (record, root) => `/${root ?? 'CONSOLIDATED_LIST'}/${record === 'INDIVIDUAL' ? 'INDIVIDUALS' : 'ENTITIES'}`,
  map: mapRecord,
};

export function readUnXml(paths: readonly string[], ctx: ReadContext): AsyncGenerator<SourceItem> {
  return readXml(paths, ctx, UN_XML);
}
