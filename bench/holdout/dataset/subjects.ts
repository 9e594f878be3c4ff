/**
 * A subject is a person or an organisation as the bench knows it (tokens, rendering); helpers give its listed
 * name, the concepts and skeletons the guard uses, and the country it is placed in.
 */
import { renderPerson, type Person } from '../names/model';
import { orgConcepts, renderOrg, type Org } from '../names/organisations';
import type { Rng } from '../lib/rng';
import { skeletonsOf } from './guard';

export type Subject = { type: 'person'; person: Person } | { type: 'org'; org: Org };

export function subjectName(s: Subject): string {
  return s.type === 'person' ? renderPerson(s.person) : renderOrg(s.org).text;
}

export function subjectCulture(s: Subject): string {
  return s.type === 'person' ? s.person.culture : s.org.culture;
}

/** Concepts of the distinctive parts (all person tokens; the cores of an organisation). */
export function subjectConcepts(s: Subject): string[] {
  return s.type === 'person' ? s.person.tokens.map((t) => t.concept) : orgConcepts(s.org);
}

/** Skeletons of the distinctive words as written in this name. */
export function subjectSkeletons(s: Subject, name = subjectName(s)): string[] {
  if (s.type === 'person') return skeletonsOf(name);
  const r = renderOrg(s.org);
  if (name !== r.text) return skeletonsOf(name);
  return r.coreSpans.flatMap(([a, b]) => skeletonsOf(r.text.slice(a, b)));
}

const COUNTRIES: Record<string, string[]> = {
  arabic: ['AE', 'SA', 'QA', 'KW', 'JO', 'LB', 'EG', 'MA', 'DZ', 'TN', 'IQ', 'OM', 'BH'],
  persian: ['IR', 'AE', 'TR', 'AM'],
  'urdu-pashto': ['PK', 'AF', 'AE', 'GB'],
  pakistani: ['PK', 'AE'],
  turkish: ['TR', 'DE', 'NL', 'CY'],
  azerbaijani: ['AZ', 'GE', 'RU'],
  russian: ['RU', 'CY', 'LV', 'AE', 'AM'],
  ukrainian: ['UA', 'PL', 'CZ'],
  'central-asian': ['KZ', 'UZ', 'KG', 'TJ'],
  cyrillic: ['RU', 'BY', 'KZ', 'UA', 'AM'],
  chinese: ['CN', 'HK', 'TW', 'SG', 'MY'],
  korean: ['KR'],
  vietnamese: ['VN'],
  hispanic: ['ES', 'MX', 'CO', 'PE', 'AR', 'VE', 'PA'],
  portuguese: ['PT', 'BR', 'AO', 'MZ'],
  'west-african': ['SN', 'ML', 'GN', 'CI', 'NG', 'GH', 'GM', 'SL', 'BF'],
  'nigerian-ghanaian': ['NG', 'GH'],
  'south-asian': ['IN', 'NP', 'BD', 'LK'],
  indian: ['IN', 'AE'],
  european: ['DE', 'FR', 'IT', 'NL', 'PL', 'CZ', 'SE', 'GR', 'GB', 'HU', 'RO', 'IE', 'AT', 'BE'],
};

export function countryFor(culture: string, rng: Rng): string {
  return rng.pick(COUNTRIES[culture] ?? ['GB']);
}

const STREETS = [
  'Sheikh Zayed Road',
  'Al Wasl Road',
  'King Fahd Road',
  'Rue de la République',
  'Hauptstraße',
  'Calle Mayor',
  'Avenida Paulista',
  'Leninsky Prospekt',
  'Istiklal Caddesi',
  'Nanjing Road',
  'Gangnam-daero',
  'Le Loi Street',
  'Mall Road',
  'MG Road',
  'Avenue Bourguiba',
  'Corniche Street',
  'Baker Street',
  'Via Roma',
  'Kalverstraat',
  'ulica Marszałkowska',
  'Václavské náměstí',
  'Abai Avenue',
  'Amir Temur Street',
  'Jinnah Avenue',
  'Allen Avenue',
  'Avenue Cheikh Anta Diop',
  'Independence Avenue',
];
const TOWNS = [
  'Dubai',
  'Riyadh',
  'Doha',
  'Beirut',
  'Cairo',
  'Casablanca',
  'Tunis',
  'Tehran',
  'Karachi',
  'Lahore',
  'Kabul',
  'Istanbul',
  'Baku',
  'Moscow',
  'Limassol',
  'Kyiv',
  'Almaty',
  'Tashkent',
  'Bishkek',
  'Shenzhen',
  'Hong Kong',
  'Taipei',
  'Seoul',
  'Hanoi',
  'Madrid',
  'Mexico City',
  'Bogotá',
  'Lisbon',
  'São Paulo',
  'Dakar',
  'Bamako',
  'Lagos',
  'Accra',
  'Mumbai',
  'Berlin',
  'Paris',
  'Milan',
  'Rotterdam',
  'Warsaw',
  'Prague',
  'Athens',
  'London',
  'Budapest',
];

/** Postal address lines (street, town) for AdrLine. */
export function addressLines(rng: Rng): string[] {
  return [`${rng.between(1, 240)} ${rng.pick(STREETS)}`, `${rng.digits(5)} ${rng.pick(TOWNS)}`];
}
