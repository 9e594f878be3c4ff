/**
 * Synthetic lists in every source format, N entries each, for bench:lists: deterministic (seeded), invented names
 * from syllables (never a real listed name), sized like the real files' entries (aliases, an address, identifiers
 * written the way each format writes them, remarks, documents that are left out). Written as streams.
 */
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { Rng } from '../match/rng';
import { ibanFor } from '../gateway/synthetic-list';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sto',
  'var',
  'del',
  'nor',
  'ix',
  'tal',
  'bru',
  'gen',
  'sol',
  'mar',
  'vik',
  'ost',
  'pel',
  'dra',
  'zen',
  'qua',
  'lin',
  'hov',
  'tes',
  'rum',
];
const ORG_WORDS = ['Media', 'Digital', 'Trading', 'Holdings', 'Shipping', 'Systems', 'Network', 'Group', 'Partners', 'Exchange'];
const COUNTRIES: readonly (readonly [string, string])[] = [
  ['Germany', 'DE'],
  ['Sweden', 'SE'],
  ['Norway', 'NO'],
  ['Panama', 'PA'],
  ['Cyprus', 'CY'],
  ['Iran (Islamic Republic of)', 'IR'],
  ['United Arab Emirates', 'AE'],
  ['Türkiye', 'TR'],
];
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

interface Synthetic {
  readonly n: number;
  readonly person: boolean;
  readonly first: string;
  readonly last: string;
  readonly org: string;
  readonly aliases: string[];
  readonly street: string;
  readonly city: string;
  readonly country: readonly [string, string];
  readonly domain?: string;
  readonly email?: string;
  readonly iban?: string;
  readonly bic?: string;
  readonly crypto?: string;
  readonly phone?: string;
}

function word(r: Rng, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += r.pick(SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

function entry(n: number): Synthetic {
  const r = Rng.for(20270115, n);
  const person = n % 2 === 0;
  const first = word(r, 2);
  const last = word(r, 3).toUpperCase();
  const org = `${word(r, 3).toUpperCase()} ${r.pick(ORG_WORDS).toUpperCase()} ${n}`;
  const aliases = Array.from({ length: r.int(4) }, () =>
    person ? `${word(r, 2)} ${word(r, 2).toUpperCase()}` : `${word(r, 2).toUpperCase()} ${r.pick(ORG_WORDS).toUpperCase()}`,
  );
  const host = `${word(r, 3).toLowerCase()}${n}.test`;
  let crypto = '1';
  for (let i = 0; i < 33; i++) crypto += B58[r.int(B58.length)];
  return {
    n,
    person,
    first,
    last,
    org,
    aliases,
    street: `${word(r, 3)}strasse ${1 + r.int(200)}`,
    city: word(r, 2),
    country: r.pick(COUNTRIES),
    ...(r.chance(0.3) ? { domain: host, email: `info@${host}` } : {}),
    ...(r.chance(0.1) ? { iban: ibanFor('DE', String(10000000 + r.int(89999999)) + String(n).padStart(10, '0')) } : {}),
    ...(r.chance(0.05) ? { bic: `${word(r, 2).slice(0, 4).toUpperCase().padEnd(4, 'X')}DEFF` } : {}),
    ...(r.chance(0.05) ? { crypto } : {}),
    ...(r.chance(0.1) ? { phone: `+49 30 ${1000000 + r.int(8999999)}` } : {}),
  };
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

class Out {
  private parts: string[] = [];
  private size = 0;
  private readonly stream: WriteStream;
  constructor(file: string) {
    this.stream = createWriteStream(file);
  }
  async write(s: string): Promise<void> {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) await this.flush();
  }
  private async flush(): Promise<void> {
    const ok = this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
    if (!ok) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'close');
  }
}

function remarks(e: Synthetic): string {
  const items = [`DOB 01 Jan ${1950 + (e.n % 50)}`, `Passport X${e.n} (${e.country[0]})`];
  if (e.domain !== undefined) items.push(`Website www.${e.domain}`, `Email Address ${e.email}`);
  if (e.bic !== undefined) items.push(`SWIFT/BIC ${e.bic}`);
  if (e.iban !== undefined) items.push(`IBAN ${e.iban}`);
  if (e.crypto !== undefined) items.push(`Digital Currency Address - XBT ${e.crypto}`);
  if (e.phone !== undefined) items.push(`Phone Number ${e.phone}`);
  return items.join('; ') + '.';
}

async function ofacCsv(dir: string, count: number): Promise<string[]> {
  const folder = path.join(dir, 'ofac-csv');
  await fs.mkdir(folder, { recursive: true });
  const sdn = new Out(path.join(folder, 'sdn.csv'));
  const alt = new Out(path.join(folder, 'alt.csv'));
  const add = new Out(path.join(folder, 'add.csv'));
  for (let n = 1; n <= count; n++) {
    const e = entry(n);
    const name = e.person ? `${e.last}, ${e.first}` : e.org;
    await sdn.write(`${n},${q(name)},${e.person ? '"individual"' : '-0- '},"EXAMPLE",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,${q(remarks(e))}\r\n`);
    for (const [i, a] of e.aliases.entries()) await alt.write(`${n},${n * 10 + i},"aka",${q(a)},-0- \r\n`);
    await add.write(`${n},${n},${q(e.street)},${q(e.city)},${q(e.country[0])},-0- \r\n`);
  }
  for (const o of [sdn, alt, add]) await o.close();
  return [folder];
}

async function ofacXml(dir: string, count: number): Promise<string[]> {
  const file = path.join(dir, 'SDN.XML');
  const o = new Out(file);
  await o.write(
    '<?xml version="1.0" standalone="yes"?>\r\n<sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">\r\n',
  );
  for (let n = 1; n <= count; n++) {
    const e = entry(n);
    const ids: [string, string][] = [['Passport', `X${n}`]];
    if (e.domain !== undefined) ids.push(['Website', `www.${e.domain}`], ['Email Address', e.email!]);
    if (e.bic !== undefined) ids.push(['SWIFT/BIC', e.bic]);
    if (e.iban !== undefined) ids.push(['IBAN', e.iban]);
    if (e.crypto !== undefined) ids.push(['Digital Currency Address - XBT', e.crypto]);
    if (e.phone !== undefined) ids.push(['Phone Number', e.phone]);
    await o.write(
      `  <sdnEntry>\r\n    <uid>${n}</uid>\r\n${e.person ? `    <firstName>${xml(e.first)}</firstName>\r\n    <lastName>${xml(e.last)}</lastName>\r\n    <sdnType>Individual</sdnType>\r\n` : `    <lastName>${xml(e.org)}</lastName>\r\n    <sdnType>Entity</sdnType>\r\n`}` +
        `    <programList>\r\n      <program>EXAMPLE</program>\r\n    </programList>\r\n    <idList>\r\n${ids.map(([t, v], i) => `      <id>\r\n        <uid>${n * 10 + i}</uid>\r\n        <idType>${t}</idType>\r\n        <idNumber>${xml(v)}</idNumber>\r\n      </id>\r\n`).join('')}    </idList>\r\n` +
        `    <akaList>\r\n${e.aliases.map((a, i) => `      <aka>\r\n        <uid>${n * 10 + i}</uid>\r\n        <type>a.k.a.</type>\r\n        <category>${i === 3 ? 'weak' : 'strong'}</category>\r\n        <lastName>${xml(a)}</lastName>\r\n      </aka>\r\n`).join('')}    </akaList>\r\n` +
        `    <addressList>\r\n      <address>\r\n        <uid>${n}</uid>\r\n        <address1>${xml(e.street)}</address1>\r\n        <city>${xml(e.city)}</city>\r\n        <country>${xml(e.country[0])}</country>\r\n      </address>\r\n    </addressList>\r\n` +
        `    <dateOfBirthList>\r\n      <dateOfBirthItem>\r\n        <uid>${n}</uid>\r\n        <dateOfBirth>01 Jan 1970</dateOfBirth>\r\n        <mainEntry>true</mainEntry>\r\n      </dateOfBirthItem>\r\n    </dateOfBirthList>\r\n  </sdnEntry>\r\n`,
    );
  }
  await o.write('</sdnList>\r\n');
  await o.close();
  return [file];
}

function notes(e: Synthetic): string {
  const parts = ['Invented for a benchmark.'];
  if (e.phone !== undefined) parts.push(`Telephone: ${e.phone}.`);
  if (e.email !== undefined) parts.push(`Email: ${e.email}.`);
  if (e.domain !== undefined) parts.push(`Website: www.${e.domain}.`);
  parts.push('INTERPOL-UN Security Council Special Notice web link:https://www.example.test/notices');
  return parts.join(' ');
}

const ADVANCED_REFS = `  <ReferenceValueSets>
    <AliasTypeValues><AliasType ID="1400">A.K.A.</AliasType><AliasType ID="1403">Name</AliasType></AliasTypeValues>
    <CountryValues>${COUNTRIES.map(([name, iso2], i) => `<Country ID="${i + 1}" ISO2="${iso2}">${xml(name)}</Country>`).join('')}</CountryValues>
    <FeatureTypeValues><FeatureType ID="8">Birthdate</FeatureType><FeatureType ID="14">Website</FeatureType><FeatureType ID="21">Email Address</FeatureType><FeatureType ID="25">Location</FeatureType><FeatureType ID="52">Phone Number</FeatureType><FeatureType ID="60">SWIFT/BIC</FeatureType><FeatureType ID="61">IBAN</FeatureType><FeatureType ID="344">Digital Currency Address - XBT</FeatureType></FeatureTypeValues>
    <IDRegDocTypeValues><IDRegDocType ID="1571">Passport</IDRegDocType></IDRegDocTypeValues>
    <LocPartTypeValues><LocPartType ID="1451">ADDRESS1</LocPartType><LocPartType ID="1454">CITY</LocPartType></LocPartTypeValues>
    <NamePartTypeValues><NamePartType ID="1520">Last Name</NamePartType><NamePartType ID="1521">First Name</NamePartType><NamePartType ID="1525">Entity Name</NamePartType></NamePartTypeValues>
    <PartySubTypeValues><PartySubType ID="3" PartyTypeID="2">Unknown</PartySubType><PartySubType ID="4" PartyTypeID="1">Unknown</PartySubType></PartySubTypeValues>
    <PartyTypeValues><PartyType ID="1">Individual</PartyType><PartyType ID="2">Entity</PartyType></PartyTypeValues>
  </ReferenceValueSets>
`;

/** SDN_ADVANCED.XML: its sections in the published order (reference values, locations, documents, parties, entries). */
async function ofacAdvanced(dir: string, count: number): Promise<string[]> {
  const file = path.join(dir, 'SDN_ADVANCED.XML');
  const o = new Out(file);
  await o.write(
    `<?xml version="1.0" encoding="utf-8"?>\n<Sanctions xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML">\n  <DateOfIssue><Year>2027</Year><Month>1</Month><Day>15</Day></DateOfIssue>\n${ADVANCED_REFS}  <Locations>\n`,
  );
  for (let n = 1; n <= count; n++) {
    const e = entry(n);
    const country = COUNTRIES.indexOf(e.country) + 1;
    await o.write(
      `    <Location ID="${n}">\n      <LocationCountry CountryID="${country}" CountryRelevanceID="1413"/>\n      <LocationPart LocPartTypeID="1451">\n        <LocationPartValue Primary="true" LocPartValueTypeID="1" LocPartValueStatusID="1">\n          <Comment/>\n          <Value>${xml(e.street)}</Value>\n        </LocationPartValue>\n      </LocationPart>\n      <LocationPart LocPartTypeID="1454">\n        <LocationPartValue Primary="true" LocPartValueTypeID="1" LocPartValueStatusID="1">\n          <Comment/>\n          <Value>${xml(e.city)}</Value>\n        </LocationPartValue>\n      </LocationPart>\n      <FeatureVersionReference FeatureVersionID="${n}"/>\n    </Location>\n`,
    );
  }
  await o.write('  </Locations>\n  <IDRegDocuments>\n');
  for (let n = 1; n <= count; n += 2)
    await o.write(
      `    <IDRegDocument ID="${n}" IDRegDocTypeID="1571" IdentityID="${n}" IssuedBy-CountryID="1" ValidityID="1">\n      <Comment/>\n      <IDRegistrationNo>X${n}</IDRegistrationNo>\n    </IDRegDocument>\n`,
    );
  await o.write('  </IDRegDocuments>\n  <DistinctParties>\n');
  for (let n = 1; n <= count; n++) {
    const e = entry(n);
    const alias = (i: number, parts: [number, string][], primary: boolean): string =>
      `          <Alias FixedRef="${n}" AliasTypeID="${primary ? 1403 : 1400}" Primary="${primary}" LowQuality="${i === 3}">\n            <DocumentedName ID="${n * 10 + i}" FixedRef="${n}" DocNameStatusID="1">\n` +
      parts
        .map(
          ([, v], j) =>
            `              <DocumentedNamePart>\n                <NamePartValue NamePartGroupID="${n * 100 + i * 10 + j}" ScriptID="215" ScriptStatusID="1" Acronym="false">${xml(v)}</NamePartValue>\n              </DocumentedNamePart>\n`,
        )
        .join('') +
      `            </DocumentedName>\n          </Alias>\n`;
    const aliasParts: [number, string][][] = [
      e.person
        ? [
            [1520, e.last],
            [1521, e.first],
          ]
        : [[1525, e.org]],
      ...e.aliases.map((a): [number, string][] => [[1525, a]]),
    ];
    const groups = aliasParts
      .flatMap((parts, i) =>
        parts.map(
          ([type], j) =>
            `            <MasterNamePartGroup>\n              <NamePartGroup ID="${n * 100 + i * 10 + j}" NamePartTypeID="${type}"/>\n            </MasterNamePartGroup>\n`,
        ),
      )
      .join('');
    const features: [number, string][] = [];
    if (e.domain !== undefined) features.push([14, `www.${e.domain}`], [21, e.email!]);
    if (e.bic !== undefined) features.push([60, e.bic]);
    if (e.iban !== undefined) features.push([61, e.iban]);
    if (e.crypto !== undefined) features.push([344, e.crypto]);
    if (e.phone !== undefined) features.push([52, e.phone]);
    const feature = (id: number, type: number, inner: string): string =>
      `        <Feature ID="${id}" FeatureTypeID="${type}">\n          <FeatureVersion ID="${id}" ReliabilityID="1">\n            <Comment/>\n            ${inner}\n          </FeatureVersion>\n          <IdentityReference IdentityID="${n}" IdentityFeatureLinkTypeID="1"/>\n        </Feature>\n`;
    await o.write(
      `    <DistinctParty FixedRef="${n}">\n      <Comment/>\n      <Profile ID="${n}" PartySubTypeID="${e.person ? 4 : 3}">\n        <Identity ID="${n}" FixedRef="${n}" Primary="true" False="false">\n` +
        aliasParts.map((parts, i) => alias(i, parts, i === 0)).join('') +
        `          <NamePartGroups>\n${groups}          </NamePartGroups>\n        </Identity>\n` +
        features.map(([type, v], i) => feature(n * 10 + i, type, `<VersionDetail DetailTypeID="1432">${xml(v)}</VersionDetail>`)).join('') +
        feature(
          n * 10 + 8,
          8,
          '<DatePeriod CalendarTypeID="1" YearFixed="false" MonthFixed="false" DayFixed="false"><Start Approximate="false" YearFixed="false" MonthFixed="false" DayFixed="false"><From><Year>1970</Year><Month>1</Month><Day>1</Day></From><To><Year>1970</Year><Month>1</Month><Day>1</Day></To></Start></DatePeriod>',
        ) +
        feature(n * 10 + 9, 25, `<VersionLocation LocationID="${n}"/>`) +
        `      </Profile>\n    </DistinctParty>\n`,
    );
  }
  await o.write('  </DistinctParties>\n  <SanctionsEntries>\n');
  for (let n = 1; n <= count; n++)
    await o.write(
      `    <SanctionsEntry ID="${n}" ProfileID="${n}" ListID="1550">\n      <EntryEvent ID="${n}" EntryEventTypeID="1" LegalBasisID="1"><Comment/><Date CalendarTypeID="1"><Year>2020</Year><Month>1</Month><Day>15</Day></Date></EntryEvent>\n      <SanctionsMeasure ID="${n}" SanctionsTypeID="1"><Comment>EXAMPLE</Comment><DatePeriod CalendarTypeID="1" YearFixed="true" MonthFixed="true" DayFixed="true"/></SanctionsMeasure>\n    </SanctionsEntry>\n`,
    );
  await o.write('  </SanctionsEntries>\n</Sanctions>\n');
  await o.close();
  return [file];
}

async function unXml(dir: string, count: number): Promise<string[]> {
  const file = path.join(dir, 'consolidated.xml');
  const o = new Out(file);
  await o.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<CONSOLIDATED_LIST dateGenerated="2027-01-15T00:00:00.000Z">\n  <INDIVIDUALS>\n');
  const record = (e: Synthetic, tag: string): string =>
    `    <${tag}>\n      <DATAID>${e.n}</DATAID>\n      <VERSIONNUM>1</VERSIONNUM>\n      <FIRST_NAME>${xml(e.person ? e.first : e.org)}</FIRST_NAME>\n${e.person ? `      <SECOND_NAME>${xml(e.last)}</SECOND_NAME>\n` : ''}` +
    `      <UN_LIST_TYPE>Example</UN_LIST_TYPE>\n      <REFERENCE_NUMBER>XX${e.person ? 'i' : 'e'}.${e.n}</REFERENCE_NUMBER>\n      <LISTED_ON>2020-01-15</LISTED_ON>\n      <COMMENTS1>${xml(notes(e))}</COMMENTS1>\n` +
    `      <LIST_TYPE>\n        <VALUE>UN List</VALUE>\n      </LIST_TYPE>\n      <LAST_DAY_UPDATED>\n        <VALUE>2023-05-02</VALUE>\n      </LAST_DAY_UPDATED>\n` +
    e.aliases
      .map(
        (a, i) =>
          `      <${tag}_ALIAS>\n        <QUALITY>${i === 3 ? 'Low' : 'Good'}</QUALITY>\n        <ALIAS_NAME>${xml(a)}</ALIAS_NAME>\n      </${tag}_ALIAS>\n`,
      )
      .join('') +
    `      <${tag}_ADDRESS>\n        <STREET>${xml(e.street)}</STREET>\n        <CITY>${xml(e.city)}</CITY>\n        <COUNTRY>${xml(e.country[0])}</COUNTRY>\n      </${tag}_ADDRESS>\n` +
    (e.person
      ? `      <INDIVIDUAL_DOCUMENT>\n        <TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>\n        <NUMBER>X${e.n}</NUMBER>\n      </INDIVIDUAL_DOCUMENT>\n`
      : '') +
    `      <SORT_KEY/>\n      <SORT_KEY_LAST_MOD/>\n    </${tag}>\n`;
  for (let n = 1; n <= count; n += 2) await o.write(record(entry(n + 1), 'INDIVIDUAL'));
  await o.write('  </INDIVIDUALS>\n  <ENTITIES>\n');
  for (let n = 1; n <= count; n += 2) await o.write(record(entry(n), 'ENTITY'));
  await o.write('  </ENTITIES>\n</CONSOLIDATED_LIST>\n');
  await o.close();
  return [file];
}

async function euXml(dir: string, count: number): Promise<string[]> {
  const file = path.join(dir, 'export.xml');
  const o = new Out(file);
  await o.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2027-01-15T10:00:00.000+01:00" globalFileId="1">\n',
  );
  for (let n = 1; n <= count; n++) {
    const e = entry(n);
    const name = e.person ? `${e.first} ${e.last}` : e.org;
    const contacts = [
      e.phone !== undefined ? `<contactInfo key="PHONE" value="${e.phone}"/>` : '',
      e.email !== undefined ? `<contactInfo key="EMAIL" value="${e.email}"/>` : '',
      e.domain !== undefined ? `<contactInfo key="WEB" value="https://www.${e.domain}/"/>` : '',
    ].join('');
    await o.write(
      `  <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.${n}.1" logicalId="${n}">\n    <remark>Invented for a benchmark.</remark>\n` +
        `    <regulation regulationType="regulation" organisationType="council" publicationDate="2022-02-23" entryIntoForceDate="2022-02-23" numberTitle="0000/2022" programme="EXA" logicalId="${n}">\n      <publicationUrl>https://eur-lex.example/0000</publicationUrl>\n    </regulation>\n` +
        `    <subjectType code="${e.person ? 'person' : 'enterprise'}" classificationCode="${e.person ? 'P' : 'E'}"/>\n` +
        [name, ...e.aliases]
          .map(
            (a, i) =>
              `    <nameAlias firstName="" middleName="" lastName="" wholeName="${xml(a)}" function="" gender="" title="" nameLanguage="${i === 0 ? '' : 'DE'}" strong="${i === 3 ? 'false' : 'true'}" regulationLanguage="en" logicalId="${n * 10 + i}"/>\n`,
          )
          .join('') +
        (e.bic !== undefined
          ? `    <identification number="${e.bic}" countryIso2Code="00" countryDescription="UNKNOWN" identificationTypeCode="swiftbic" logicalId="${n}"/>\n`
          : '') +
        `    <identification number="X${n}" countryIso2Code="${e.country[1]}" identificationTypeCode="passport" logicalId="${n + 1}"/>\n` +
        `    <address city="${xml(e.city)}" street="${xml(e.street)}" poBox="" zipCode="" region="" place="" asAtListingTime="false" countryIso2Code="${e.country[1]}" countryDescription="${xml(e.country[0].toUpperCase())}" regulationLanguage="en" logicalId="${n}">${contacts}</address>\n  </sanctionEntity>\n`,
    );
  }
  await o.write('</export>\n');
  await o.close();
  return [file];
}

async function ftm(dir: string, count: number): Promise<string[]> {
  const file = path.join(dir, 'entities.ftm.json');
  const o = new Out(file);
  for (let n = 1; n <= count; n++) {
    const e = entry(n);
    const id = `bench-${n}`;
    const p: Record<string, string[]> = {
      name: [e.person ? `${e.first} ${e.last}` : e.org],
      alias: e.aliases.slice(0, 3),
      country: [e.country[1].toLowerCase()],
      address: [`${e.street}, ${e.city}`],
    };
    if (e.aliases.length > 3) p.weakAlias = [e.aliases[3]];
    if (e.email !== undefined) Object.assign(p, { email: [e.email], website: [`https://www.${e.domain}/`] });
    if (e.phone !== undefined) p.phone = [e.phone];
    if (e.bic !== undefined) p.swiftBic = [e.bic];
    if (e.person) p.passportNumber = [`X${n}`];
    await o.write(
      JSON.stringify({
        id,
        schema: e.person ? 'Person' : 'Company',
        caption: p.name[0],
        properties: { ...p, createdAt: ['2020-01-15'] },
        datasets: ['bench'],
        first_seen: '2020-01-16T00:00:00',
        last_change: '2023-05-02T00:00:00',
        target: true,
      }) + '\n',
    );
    await o.write(
      JSON.stringify({ id: `${id}-sanction`, schema: 'Sanction', properties: { entity: [id], program: ['Example'] }, datasets: ['bench'], target: false }) +
        '\n',
    );
    if (e.crypto !== undefined)
      await o.write(
        JSON.stringify({
          id: `${id}-wallet`,
          schema: 'CryptoWallet',
          properties: { publicKey: [e.crypto], holder: [id] },
          datasets: ['bench'],
          target: false,
        }) + '\n',
      );
  }
  await o.close();
  return [file];
}

async function csv(dir: string, count: number): Promise<string[]> {
  const file = path.join(dir, 'list.csv');
  const o = new Out(file);
  await o.write('Ref,Type,Name,Aliases,IBAN,Website,Email,Phone,Country\n');
  for (let n = 1; n <= count; n++) {
    const e = entry(n);
    await o.write(
      [
        `R-${n}`,
        e.person ? 'person' : 'organisation',
        e.person ? `${e.first} ${e.last}` : e.org,
        e.aliases.join(';'),
        e.iban ?? '',
        e.domain ?? '',
        e.email ?? '',
        e.phone ?? '',
        e.country[1],
      ]
        .map(q)
        .join(',') + '\n',
    );
  }
  await o.close();
  return [file];
}

async function native(dir: string, count: number): Promise<string[]> {
  const file = path.join(dir, 'list.jsonl');
  const o = new Out(file);
  for (let n = 1; n <= count; n++) {
    const e = entry(n);
    const identifiers = [
      ...(e.iban !== undefined ? [{ type: 'iban', value: e.iban }] : []),
      ...(e.domain !== undefined
        ? [
            { type: 'domain', value: e.domain },
            { type: 'email', value: e.email },
          ]
        : []),
      ...(e.crypto !== undefined ? [{ type: 'crypto', value: e.crypto }] : []),
    ];
    await o.write(
      JSON.stringify({
        id: `N-${n}`,
        kind: e.person ? 'person' : 'organisation',
        names: [e.person ? `${e.first} ${e.last}` : e.org, ...e.aliases],
        identifiers,
        addresses: [{ country: e.country[1], lines: [e.street, e.city] }],
        source: 'bench',
        listedAt: '2020-01-15',
      }) + '\n',
    );
  }
  await o.close();
  return [file];
}

/** Benchmark name → the --from format and the generator of its file(s). */
export const GENERATORS = {
  'ofac-sdn-csv': { from: 'ofac-sdn-csv', generate: ofacCsv },
  'ofac-sdn-xml': { from: 'ofac-sdn-xml', generate: ofacXml },
  'ofac-sdn-advanced': { from: 'ofac-sdn-xml', generate: ofacAdvanced },
  'un-xml': { from: 'un-xml', generate: unXml },
  'eu-fsf-xml': { from: 'eu-fsf-xml', generate: euXml },
  ftm: { from: 'ftm', generate: ftm },
  csv: { from: 'csv', generate: csv },
  native: { from: 'native', generate: native },
} as const;

/** The --map the generated CSV needs. */
export const CSV_MAP = 'id=Ref,kind=Type,name=Name,alias=Aliases,iban=IBAN,website=Website,email=Email,phone=Phone,country=Country';
