/**
 * The EU's consolidated financial sanctions file (FSF, "xmlFullSanctionsList_1_1": root <export>, one
 * <sanctionEntity> per entry), almost all in attributes: @logicalId (stable id), @euReferenceNumber,
 * @designationDate; <regulation @publicationDate @entryIntoForceDate @programme>, <subjectType @code="person" |
 * "enterprise">, <nameAlias @wholeName @firstName @middleName @lastName @strong @nameLanguage> (every language
 * version of a name), <identification @identificationTypeCode @number> (passport, id, regnumber, swiftbic, …),
 * <address @street @poBox @zipCode @city @region @place @countryIso2Code @countryDescription> with
 * <contactInfo @key="PHONE" | "EMAIL" | "WEB" | "FAX" @value>, <citizenship>, <birthdate>, <remark>.
 */
import { countryOfCode } from './countries';
import { clean, EntryDraft } from './entry-draft';
import type { ReadContext, SourceItem } from './types';
import { readXml, type XmlFormat } from './xml-source';
import { list, obj, text, type XmlRecord } from './xml-records';

export const EU_SOURCE = 'eu-fsf';

const CONTACT_LABELS: Readonly<Record<string, string>> = { PHONE: 'Telephone', EMAIL: 'Email', WEB: 'Website', FAX: 'Fax' };

function attr(o: Record<string, unknown>, name: string): string | undefined {
  return clean(text(o[`@${name}`]));
}

function mapEntity(record: XmlRecord, ctx: ReadContext): ReturnType<XmlFormat['map']> {
  const e = record.value;
  const source = ctx.source ?? EU_SOURCE;
  const id = attr(e, 'logicalId');
  if (id === undefined) return { problem: 'no @logicalId' };
  const subject = attr(obj(e.subjectType), 'code')?.toLowerCase();
  const kind = subject === 'person' ? 'person' : subject === 'enterprise' ? 'organisation' : undefined;
  if (kind === undefined) return { problem: `unknown subjectType code "${(subject ?? '').slice(0, 30)}"` };
  const draft = new EntryDraft(`${source}:${id}`, kind, source, ctx.dropped);
  for (const n of list(e.nameAlias).map(obj)) {
    const name = attr(n, 'wholeName') ?? [attr(n, 'firstName'), attr(n, 'middleName'), attr(n, 'lastName')].filter((p) => p !== undefined).join(' ');
    if (attr(n, 'strong')?.toLowerCase() === 'false') ctx.dropped.add('weak alias');
    else draft.name(name);
  }
  for (const i of list(e.identification).map(obj)) {
    const type = attr(i, 'identificationTypeCode')?.toLowerCase();
    const number = attr(i, 'number') ?? attr(i, 'latinNumber');
    if (number === undefined) continue;
    if (type === 'swiftbic') draft.identifier('bic', number);
    else if (type === 'iban') draft.identifier('iban', number);
    else ctx.dropped.add('identity or registry document');
  }
  for (const a of list(e.address).map(obj)) {
    const place = [attr(a, 'zipCode'), attr(a, 'city')].filter((p) => p !== undefined).join(' ');
    const description = attr(a, 'countryDescription');
    draft.address([attr(a, 'street'), attr(a, 'poBox'), place, attr(a, 'region'), attr(a, 'place')], {
      ...(countryOfCode(attr(a, 'countryIso2Code')) !== undefined ? { code: countryOfCode(attr(a, 'countryIso2Code')) } : {}),
      ...(description !== undefined && description.toUpperCase() !== 'UNKNOWN' ? { name: description } : {}),
    });
    for (const c of list(a.contactInfo).map(obj)) {
      const label = CONTACT_LABELS[attr(c, 'key')?.toUpperCase() ?? ''];
      if (label !== undefined) draft.labelled(label, attr(c, 'value'));
    }
    for (const r of list(a.remark)) draft.freeText(text(r));
  }
  for (const r of list(e.remark)) draft.freeText(text(r));
  dates(draft, e);
  return draft.build();
}

/**
 * listedAt: @designationDate, else the earliest regulation that is not an amendment, else the earliest date the
 * entry's parts were published (each name, document, address carries a <regulationSummary>). Real files before
 * designationDate existed list only the latest amendment as <regulation> (2018: an entry listed in 2002 showed one
 * amendment of 2018 and names from 2005), so the regulations alone dated the listing years too late.
 * updatedAt: the latest of all those dates.
 */
function dates(draft: EntryDraft, e: Record<string, unknown>): void {
  const regulations = list(e.regulation).map(obj);
  const summaries = Object.values(e)
    .flatMap((v) => list(v))
    .flatMap((part) => list(obj(part).regulationSummary).map(obj));
  const all = [...regulations, ...summaries].map((r) => attr(r, 'publicationDate'));
  const designated = attr(e, 'designationDate');
  const listing = regulations.filter((r) => attr(r, 'regulationType')?.toLowerCase() !== 'amendment').map((r) => attr(r, 'publicationDate'));
  for (const d of designated !== undefined ? [designated] : listing.some((d) => d !== undefined) ? listing : all) draft.listed(d);
  for (const d of all) draft.updated(d);
}

const EU_FSF_XML: XmlFormat = {
  title: 'an EU financial sanctions file (FSF)',
  records: ['sanctionEntity'],
  arrays: new Set(['regulation', 'nameAlias', 'citizenship', 'birthdate', 'identification', 'address', 'contactInfo', 'remark', 'regulationSummary']),
  parentPath: (_record, root) => `/${root ?? 'export'}`,
  map: mapEntity,
};

export function readEuFsfXml(paths: readonly string[], ctx: ReadContext): AsyncGenerator<SourceItem> {
  return readXml(paths, ctx, EU_FSF_XML);
}
