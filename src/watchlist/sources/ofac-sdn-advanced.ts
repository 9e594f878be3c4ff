/**
 * OFAC's SDN list in its advanced form (SDN_ADVANCED.XML, the Sanctions List Standard: root <Sanctions>). A
 * normalised model: <ReferenceValueSets> names every type by number (alias types, party types, name-part types,
 * feature types, countries, location-part types, document types); <Locations> holds the addresses;
 * <IDRegDocuments> the documents (passports, registrations, the Legal Entity Number), by identity;
 * <DistinctParties> the entries: a Profile (ID = the uid of the other forms, PartySubTypeID) with an Identity
 * (Aliases of DocumentedNames whose parts point through NamePartGroups to their type: First Name, Last Name,
 * Entity Name, …; LowQuality marks a weak alias) and Features (FeatureTypeID → "Website", "Email Address",
 * "Digital Currency Address - XBT", "SWIFT/BIC", "Phone Number", "Location" → a Location, …).
 *
 * One streaming pass: the reference values, locations and documents come before the parties in the file and are
 * kept (their size is the entries' own); each party becomes an entry as it is read. Listing dates are in
 * <SanctionsEntries>, after the parties, and are not read (as in the other OFAC forms, which have none).
 */
import { AppError } from '../../errors/app-error';
import type { EntryKind } from '../../screening/types';
import { clean, EntryDraft } from './entry-draft';
import { at } from './files';
import { labelMeaning } from './identifiers';
import { ofacKind, OFAC_SOURCE } from './ofac';
import type { ReadContext, SourceItem } from './types';
import { list, obj, text, xmlRecords, type XmlRecord } from './xml-records';
import { asListError } from './xml-source';

const ARRAYS = new Set([
  'AliasType',
  'PartySubType',
  'PartyType',
  'NamePartType',
  'FeatureType',
  'Country',
  'LocPartType',
  'IDRegDocType',
  'LocationCountry',
  'LocationPart',
  'LocationPartValue',
  'Profile',
  'Identity',
  'Alias',
  'DocumentedName',
  'DocumentedNamePart',
  'MasterNamePartGroup',
  'NamePartGroup',
  'Feature',
  'FeatureVersion',
  'VersionDetail',
  'VersionLocation',
]);

/** Person name parts in the order a name is written (the other forms write "First Middle LAST"). */
const PERSON_PART_ORDER = ['Nickname', 'First Name', 'Middle Name', 'Patronymic', 'Matronymic', 'Last Name', 'Maiden Name'];

interface Refs {
  readonly values: Map<string, Map<string, string>>;
  readonly iso2: Map<string, string>;
  readonly partyTypeOf: Map<string, string>;
}

interface Place {
  readonly lines: string[];
  readonly code?: string;
  readonly name?: string;
}

function attr(o: Record<string, unknown>, name: string): string | undefined {
  return clean(text(o[`@${name}`]));
}

function readRefs(value: Record<string, unknown>): Refs {
  const values = new Map<string, Map<string, string>>();
  const iso2 = new Map<string, string>();
  const partyTypeOf = new Map<string, string>();
  for (const [setName, set] of Object.entries(value)) {
    if (!setName.endsWith('Values')) continue;
    const type = setName.slice(0, -'Values'.length);
    const byId = new Map<string, string>();
    for (const item of list(obj(set)[type]).map(obj)) {
      const id = attr(item, 'ID');
      if (id === undefined) continue;
      // Not clean(): a reference value may be the word "Unknown", which means something here (a party sub-type).
      byId.set(id, (text(item) ?? '').trim());
      if (type === 'Country' && attr(item, 'ISO2') !== undefined) iso2.set(id, attr(item, 'ISO2')!);
      if (type === 'PartySubType' && attr(item, 'PartyTypeID') !== undefined) partyTypeOf.set(id, attr(item, 'PartyTypeID')!);
    }
    values.set(type, byId);
  }
  return { values, iso2, partyTypeOf };
}

function ref(refs: Refs, type: string, id: string | undefined): string | undefined {
  return id === undefined ? undefined : refs.values.get(type)?.get(id);
}

function readLocation(l: Record<string, unknown>, refs: Refs): Place {
  const parts = new Map<string, string>();
  for (const p of list(l.LocationPart).map(obj)) {
    const type = ref(refs, 'LocPartType', attr(p, 'LocPartTypeID'))?.toUpperCase() ?? 'UNKNOWN';
    const v = clean(text(obj(list(p.LocationPartValue)[0]).Value));
    if (v !== undefined) parts.set(type, v);
  }
  const join = (keys: string[], sep: string): string =>
    keys
      .map((k) => parts.get(k))
      .filter((x) => x !== undefined)
      .join(sep);
  const countryId = attr(obj(list(l.LocationCountry)[0]), 'CountryID');
  const code = countryId === undefined ? undefined : refs.iso2.get(countryId);
  const name = ref(refs, 'Country', countryId);
  return {
    lines: [join(['ADDRESS1', 'ADDRESS2', 'ADDRESS3'], ', '), join(['CITY', 'STATE/PROVINCE', 'POSTAL CODE'], ' '), join(['REGION', 'UNKNOWN'], ', ')],
    ...(code !== undefined && /^[A-Z]{2}$/.test(code) ? { code } : name !== undefined ? { name } : {}),
  };
}

function nameOf(documented: Record<string, unknown>, groups: Map<string, string>, kind: EntryKind): string | undefined {
  const parts: [string, string][] = [];
  for (const part of list(documented.DocumentedNamePart).map(obj)) {
    const value = obj(part.NamePartValue);
    const v = clean(text(value));
    if (v !== undefined) parts.push([groups.get(attr(value, 'NamePartGroupID') ?? '') ?? '', v]);
  }
  if (kind === 'person') {
    const rank = (t: string): number => (PERSON_PART_ORDER.includes(t) ? PERSON_PART_ORDER.indexOf(t) : PERSON_PART_ORDER.length);
    parts.sort((a, b) => rank(a[0]) - rank(b[0]));
  }
  return clean(parts.map((p) => p[1]).join(' '));
}

function mapParty(
  party: Record<string, unknown>,
  ctx: ReadContext,
  refs: Refs,
  places: Map<string, Place>,
  documents: Map<string, [string, string][]>,
): ReturnType<EntryDraft['build']> {
  const source = ctx.source ?? OFAC_SOURCE;
  const profile = obj(list(party.Profile)[0]);
  const id = attr(profile, 'ID');
  if (id === undefined) return { problem: 'no Profile ID' };
  const subTypeId = attr(profile, 'PartySubTypeID');
  let type = ref(refs, 'PartySubType', subTypeId);
  if (type === 'Unknown') type = ref(refs, 'PartyType', refs.partyTypeOf.get(subTypeId ?? ''));
  const kind = ofacKind(type, ctx.dropped);
  if (kind === undefined) return { problem: `unknown party type "${(type ?? subTypeId ?? '').slice(0, 30)}"` };
  const draft = new EntryDraft(`${source}:${id}`, kind, source, ctx.dropped);
  for (const identity of list(profile.Identity).map(obj)) {
    const groups = new Map<string, string>();
    for (const master of list(obj(identity.NamePartGroups).MasterNamePartGroup).map(obj)) {
      for (const g of list(master.NamePartGroup).map(obj)) groups.set(attr(g, 'ID') ?? '', ref(refs, 'NamePartType', attr(g, 'NamePartTypeID')) ?? '');
    }
    const aliases = list(identity.Alias).map(obj);
    // The primary name first, as in the other forms.
    aliases.sort((a, b) => Number(attr(b, 'Primary') === 'true') - Number(attr(a, 'Primary') === 'true'));
    for (const alias of aliases) {
      const names = list(alias.DocumentedName).map((d) => nameOf(obj(d), groups, kind));
      if (attr(alias, 'LowQuality') === 'true') ctx.dropped.add('weak alias', names.length);
      else for (const n of names) draft.name(n);
    }
    for (const [label, value] of documents.get(attr(identity, 'ID') ?? '') ?? []) draft.labelled(label, value);
  }
  for (const feature of list(profile.Feature).map(obj)) {
    const label = ref(refs, 'FeatureType', attr(feature, 'FeatureTypeID'));
    if (label === undefined) continue;
    for (const version of list(feature.FeatureVersion).map(obj)) {
      for (const loc of list(version.VersionLocation).map(obj)) {
        const place = places.get(attr(loc, 'LocationID') ?? '');
        if (place !== undefined)
          draft.address(place.lines, place.code !== undefined ? { code: place.code } : { ...(place.name !== undefined ? { name: place.name } : {}) });
      }
      for (const detail of list(version.VersionDetail)) draft.labelled(label, text(detail));
    }
  }
  draft.freeText(text(party.Comment));
  return draft.build();
}

/** The records of an SDN_ADVANCED.XML file (see the top of this file). */
export async function* readOfacSdnAdvanced(file: string, ctx: ReadContext, onBytes: (n: number) => void): AsyncGenerator<SourceItem> {
  try {
    yield* advancedRecords(file, ctx, onBytes);
  } catch (e) {
    throw asListError(file, e);
  }
}

async function* advancedRecords(file: string, ctx: ReadContext, onBytes: (n: number) => void): AsyncGenerator<SourceItem> {
  let refs: Refs = { values: new Map(), iso2: new Map(), partyTypeOf: new Map() };
  const places = new Map<string, Place>();
  const documents = new Map<string, [string, string][]>();
  let parties = 0;
  for await (const record of xmlRecords(file, { records: ['ReferenceValueSets', 'Location', 'IDRegDocument', 'DistinctParty'], arrays: ARRAYS, onBytes })) {
    const where =
      `${at(file, record.line)}: /Sanctions/${record.name === 'DistinctParty' ? 'DistinctParties' : record.name === 'Location' ? 'Locations' : record.name === 'IDRegDocument' ? 'IDRegDocuments' : ''}/${record.name}[${record.index}]`.replace(
        '//',
        '/',
      );
    if (record.error !== undefined) {
      yield { kind: 'skipped', at: where, reason: record.error };
      continue;
    }
    if (record.name === 'ReferenceValueSets') refs = readRefs(record.value);
    else if (record.name === 'Location') places.set(attr(record.value, 'ID') ?? '', readLocation(record.value, refs));
    else if (record.name === 'IDRegDocument') readDocument(record, refs, documents, ctx, parties > 0, file);
    else {
      parties++;
      const built = mapParty(record.value, ctx, refs, places, documents);
      yield 'problem' in built ? { kind: 'skipped', at: where, reason: built.problem } : { kind: 'entry', entry: built, at: where };
    }
  }
  if (parties === 0) throw new AppError('WATCHLIST_INVALID', `${file}: root element <Sanctions> and no <DistinctParty>: not an OFAC SDN_ADVANCED.XML file`);
}

function readDocument(record: XmlRecord, refs: Refs, documents: Map<string, [string, string][]>, ctx: ReadContext, late: boolean, file: string): void {
  const d = record.value;
  const type = ref(refs, 'IDRegDocType', attr(d, 'IDRegDocTypeID')) ?? '';
  const number = clean(text(d.IDRegistrationNo));
  if (number === undefined) return;
  const meaning = labelMeaning(type);
  if (meaning === undefined || meaning === 'document' || meaning === 'fax') {
    ctx.dropped.add('identity or registry document');
    return;
  }
  // The documents come before the parties in OFAC's files; one after its party could no longer be attached.
  if (late) throw new AppError('WATCHLIST_INVALID', `${file}:${record.line}: an <IDRegDocument> after the parties: the file is not in the published order`);
  const identity = attr(d, 'IdentityID') ?? '';
  const held = documents.get(identity) ?? [];
  held.push([type, number]);
  documents.set(identity, held);
}
