/**
 * Persons and organisations of cultures whose names are romanised (Arabic, Persian, Pakistani / Afghan, Russian
 * and Central Asian, Ukrainian, Chinese, Korean) and Hispanic names with two surnames: their structure (given
 * names, father's names or patronymic, family names) and how a list or a payment writes them in one
 * romanisation system or another.
 */
import type { Rng } from './rng';
import { ARABIC_SCHEMES, Choices, PERSIAN_SCHEMES, phonemicIdentity, renderPart, type ArabicScheme } from './world-romanise';
import * as inv from './world-inventory';
import { indian, westAfrican } from './world-romanise-more';

export type WorldCulture = 'ARAB' | 'WEST_AFRICA' | 'IRAN' | 'SOUTH_ASIA' | 'INDIA' | 'CIS' | 'UKRAINE' | 'CHINA' | 'KOREA' | 'HISPANIC';

export interface WorldPerson {
  readonly type: 'person';
  readonly culture: WorldCulture;
  readonly female: boolean;
  /** Given names; the first is the one in use. */
  readonly given: readonly string[];
  /** Father's name(s): the Arabic nasab chain, or the source of a Cyrillic patronymic. */
  readonly father: readonly string[];
  /** Family name parts (Hispanic: paternal and maternal surname). */
  readonly family: readonly string[];
  /** The nasab written with bin / ibn between the names. */
  readonly nasabWord: string;
}

export interface WorldOrganisation {
  readonly type: 'organisation';
  readonly culture: WorldCulture;
  /** Words written in the culture's script or notation (romanised per system). */
  readonly native: readonly string[];
  /** English words around them (trade, legal form), written as they are. */
  readonly before: string;
  readonly after: string;
}

export type WorldParty = WorldPerson | WorldOrganisation;

/** How a name is written: in which system, in which order, with which parts. */
export interface Rendering {
  readonly scheme: number;
  /** Seeds the spelling choices a system leaves open (u or o, doubled or not …). */
  readonly seed: number;
  /** natural: the culture's order; comma: "FAMILY, Given …"; caps: natural with the family name in capitals; western: given names first. */
  readonly format: 'natural' | 'comma' | 'caps' | 'western';
  readonly dropFather?: boolean;
  readonly dropMiddleGiven?: boolean;
  readonly dropSecondFamily?: boolean;
  /** Given names as initials. */
  readonly initials?: boolean;
}

const CYRILLIC_CULTURES = new Set<WorldCulture>(['CIS', 'UKRAINE']);

/** Romanisation systems per culture; the first `listSchemes` are those lists use. */
export const SCHEME_COUNT: Readonly<Record<WorldCulture, { all: number; list: number }>> = {
  ARAB: { all: ARABIC_SCHEMES.length, list: 5 },
  WEST_AFRICA: { all: 2, list: 2 },
  INDIA: { all: 5, list: 2 },
  IRAN: { all: PERSIAN_SCHEMES.length, list: 3 },
  SOUTH_ASIA: { all: 4, list: 3 },
  CIS: { all: 5, list: 3 },
  UKRAINE: { all: 4, list: 2 },
  CHINA: { all: 3, list: 2 },
  KOREA: { all: 3, list: 3 },
  HISPANIC: { all: 2, list: 1 },
};

const SOUTH_ASIAN_SCHEMES: readonly ArabicScheme[] = [ARABIC_SCHEMES[7], ARABIC_SCHEMES[1], ARABIC_SCHEMES[0], ARABIC_SCHEMES[6]];

// Cyrillic systems: English (BGN/PCGN-like), ICAO passports, scholarly (ISO 9 with its marks dropped), German, French.
const CYR_COMMON: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ъ: '',
  ь: '',
  ы: 'y',
  э: 'e',
  і: 'i',
  ґ: 'g',
};
const CYRILLIC: readonly Readonly<Record<string, string>>[] = [
  { ...CYR_COMMON, е: 'e', ё: 'yo', ж: 'zh', и: 'i', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya', ї: 'yi', є: 'ye' },
  { ...CYR_COMMON, е: 'e', ё: 'e', ж: 'zh', и: 'i', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ю: 'iu', я: 'ia', ї: 'i', є: 'ie' },
  { ...CYR_COMMON, е: 'e', ё: 'e', ж: 'z', и: 'i', й: 'j', х: 'h', ц: 'c', ч: 'c', ш: 's', щ: 'sc', ю: 'ju', я: 'ja', ї: 'ji', є: 'je' },
  {
    ...CYR_COMMON,
    в: 'w',
    е: 'e',
    ё: 'jo',
    ж: 'sh',
    з: 's',
    и: 'i',
    й: 'j',
    с: 's',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ю: 'ju',
    я: 'ja',
    ї: 'ji',
    є: 'je',
  },
  { ...CYR_COMMON, е: 'e', ё: 'io', ж: 'j', и: 'i', й: 'i', у: 'ou', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ю: 'iou', я: 'ia', ї: 'i', є: 'ie' },
];
// Ukrainian names: the national system (г → h, и → y), then Russian-style, English and German spellings.
const UKRAINIAN: readonly Readonly<Record<string, string>>[] = [
  { ...CYR_COMMON, г: 'h', е: 'e', ж: 'zh', и: 'y', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'iu', я: 'ia', ї: 'i', є: 'ie' },
  { ...CYR_COMMON, е: 'e', ж: 'zh', и: 'i', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya', ї: 'yi', є: 'ye' },
  { ...CYR_COMMON, г: 'h', е: 'e', ж: 'zh', и: 'y', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya', ї: 'yi', є: 'ye' },
  {
    ...CYR_COMMON,
    в: 'w',
    г: 'h',
    е: 'e',
    ж: 'sh',
    з: 's',
    и: 'y',
    й: 'j',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ю: 'ju',
    я: 'ja',
    ї: 'ji',
    є: 'je',
  },
];
/** Word-initial Ukrainian letters written with y in the national system. */
const UKRAINIAN_INITIAL: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

function capitalise(w: string): string {
  return w.length === 0 ? w : w[0].toUpperCase() + w.slice(1);
}

function cyrillic(word: string, table: Readonly<Record<string, string>>, ukrainianNational: boolean): string {
  let out = '';
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    const initial = ukrainianNational && (i === 0 || lower[i - 1] === '-') ? UKRAINIAN_INITIAL[c] : undefined;
    out += initial ?? table[c] ?? c;
  }
  // -ий / -ый endings: written -iy, -y or -i by the systems (Dmitriy / Dmitry / Dmitri).
  return out.split('-').map(capitalise).join('-');
}

function patronymic(father: string, female: boolean, ukrainian: boolean): string {
  if (ukrainian) {
    const base = father.endsWith('о') ? father.slice(0, -1) : father;
    if (!female) return `${base}ович`;
    return base.endsWith('ій') ? `${base.slice(0, -1)}ївна` : `${base}івна`;
  }
  if (father.endsWith('ий')) return father.slice(0, -2) + (female ? 'ьевна' : 'ьевич');
  if (father.endsWith('ей') || father.endsWith('й')) return father.slice(0, -1) + (female ? 'евна' : 'евич');
  return father + (female ? 'овна' : 'ович');
}

function feminineSurname(s: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return s + 'а';
  if (/ский$/.test(s)) return s.slice(0, -2) + 'ая';
  if (/цкий$/.test(s)) return s.slice(0, -2) + 'ая';
  return s;
}

const FATHER_NAMES_CIS = inv.CIS_GIVEN_M.filter((n) => !/[ая]$/.test(n));

/** A person of the culture (a pure function of the rng's state). */
export function worldPerson(rng: Rng, culture: WorldCulture): WorldPerson {
  const female = rng.chance(culture === 'ARAB' || culture === 'SOUTH_ASIA' ? 0.2 : 0.3);
  const pick = <T>(xs: readonly T[]): T => rng.pick(xs);
  switch (culture) {
    case 'ARAB': {
      const given = [pick(female ? inv.ARABIC_GIVEN_F : inv.ARABIC_GIVEN_M)];
      const fathers = 1 + rng.int(2);
      const father: string[] = [];
      for (let k = 0; k < fathers; k++) father.push(pick(inv.ARABIC_GIVEN_M));
      const nasabWord = rng.chance(0.3) ? (female ? 'bint' : rng.pick(['bin', 'ibn'])) : '';
      return { type: 'person', culture, female, given, father: rng.chance(0.8) ? father : [], family: [pick(inv.ARABIC_FAMILY)], nasabWord };
    }
    case 'WEST_AFRICA':
      return {
        type: 'person',
        culture,
        female,
        given: [pick(female ? inv.WEST_AFRICAN_GIVEN_F : inv.WEST_AFRICAN_GIVEN_M)],
        father: [],
        family: [pick(inv.WEST_AFRICAN_FAMILY)],
        nasabWord: '',
      };
    case 'INDIA':
      return {
        type: 'person',
        culture,
        female,
        given: [pick(female ? inv.INDIAN_GIVEN_F : inv.INDIAN_GIVEN_M)],
        father: [],
        family: [pick(inv.INDIAN_FAMILY)],
        nasabWord: '',
      };
    case 'IRAN': {
      const given = [pick(female ? inv.PERSIAN_GIVEN_F : inv.PERSIAN_GIVEN_M)];
      return {
        type: 'person',
        culture,
        female,
        given,
        father: rng.chance(0.25) ? [pick(inv.PERSIAN_GIVEN_M)] : [],
        family: [pick(inv.PERSIAN_FAMILY)],
        nasabWord: '',
      };
    }
    case 'SOUTH_ASIA': {
      const given = [pick(female ? inv.SOUTH_ASIAN_GIVEN_F : inv.SOUTH_ASIAN_GIVEN_M)];
      if (!female && rng.chance(0.35)) given.push(pick(inv.SOUTH_ASIAN_GIVEN_M));
      return {
        type: 'person',
        culture,
        female,
        given,
        father: rng.chance(0.2) ? [pick(inv.SOUTH_ASIAN_GIVEN_M)] : [],
        family: [pick(inv.SOUTH_ASIAN_FAMILY)],
        nasabWord: '',
      };
    }
    case 'CIS': {
      const surname = pick(inv.CIS_FAMILY);
      return {
        type: 'person',
        culture,
        female,
        given: [pick(female ? inv.CIS_GIVEN_F : inv.CIS_GIVEN_M)],
        father: rng.chance(0.8) ? [pick(FATHER_NAMES_CIS)] : [],
        family: [female ? feminineSurname(surname) : surname],
        nasabWord: '',
      };
    }
    case 'UKRAINE':
      return {
        type: 'person',
        culture,
        female,
        given: [pick(female ? inv.UKRAINIAN_GIVEN_F : inv.UKRAINIAN_GIVEN_M)],
        father: rng.chance(0.8) ? [pick(inv.UKRAINIAN_GIVEN_M)] : [],
        family: [pick(inv.UKRAINIAN_FAMILY)],
        nasabWord: '',
      };
    case 'CHINA': {
      const n = rng.chance(0.7) ? 2 : 1;
      const given: string[] = [];
      for (let k = 0; k < n; k++) given.push(pick(inv.CHINESE_GIVEN));
      return { type: 'person', culture, female, given: [given.join('|')], father: [], family: [pick(inv.CHINESE_FAMILY)], nasabWord: '' };
    }
    case 'KOREA': {
      const a = rng.int(inv.KOREAN_GIVEN.length);
      let b = rng.int(inv.KOREAN_GIVEN.length);
      if (b === a) b = (b + 1) % inv.KOREAN_GIVEN.length;
      return { type: 'person', culture, female, given: [`${a}|${b}`], father: [], family: [String(rng.int(inv.KOREAN_FAMILY.length))], nasabWord: '' };
    }
    case 'HISPANIC': {
      const given = rng.chance(0.35) ? [pick(inv.HISPANIC_COMPOUND_GIVEN)] : [pick(female ? inv.HISPANIC_GIVEN_F : inv.HISPANIC_GIVEN_M)];
      let second = pick(inv.HISPANIC_FAMILY);
      const first = pick(inv.HISPANIC_FAMILY);
      if (second === first) second = pick(inv.HISPANIC_FAMILY);
      return { type: 'person', culture, female, given, father: [], family: rng.chance(0.85) ? [first, second] : [first], nasabWord: '' };
    }
  }
}

export function worldOrganisation(rng: Rng, culture: WorldCulture): WorldOrganisation {
  switch (culture) {
    case 'ARAB':
    case 'SOUTH_ASIA': {
      const words = [rng.pick(inv.ARABIC_ORG_WORDS)];
      if (rng.chance(0.3)) words.push(rng.pick(inv.ARABIC_ORG_WORDS));
      return { type: 'organisation', culture, native: words, before: '', after: `${rng.pick(inv.ARABIC_ORG_TRADES)} ${rng.pick(inv.ARABIC_ORG_FORMS)}`.trim() };
    }
    case 'WEST_AFRICA':
      return {
        type: 'organisation',
        culture,
        native: [rng.pick(inv.WEST_AFRICAN_FAMILY)],
        before: rng.pick(['', 'Ets', 'Groupe']),
        after: `${rng.pick(['Trading', 'Transport', 'Import Export', 'Commerce General', 'Logistics'])} ${rng.pick(['SARL', 'SA', 'Ltd', 'Enterprises', 'SUARL'])}`,
      };
    case 'INDIA':
      return {
        type: 'organisation',
        culture,
        native: [rng.pick(inv.INDIAN_FAMILY)],
        before: '',
        after: `${rng.pick(['Industries', 'Exports', 'Traders', 'Textiles', 'Pharma', 'Steel'])} ${rng.pick(['Pvt Ltd', 'Private Limited', 'Ltd', 'LLP'])}`,
      };
    case 'IRAN': {
      const words = [rng.pick(inv.PERSIAN_ORG_WORDS), rng.pick(inv.PERSIAN_ORG_WORDS)];
      return { type: 'organisation', culture, native: words[0] === words[1] ? [words[0]] : words, before: '', after: rng.pick(inv.PERSIAN_ORG_TRADES) };
    }
    case 'CIS':
    case 'UKRAINE': {
      const prefix = rng.pick(inv.CIS_LEGAL_PREFIXES);
      const named = rng.chance(0.25)
        ? ` NAMED AFTER ${rng.pick(['V.I. LENIN', 'S.P. KOROLEV', 'M.V. KHRUNICHEV', 'A.S. POPOV', 'N.E. ZHUKOVSKY', 'YU.A. GAGARIN'])}`
        : '';
      const city = rng.chance(0.3) ? ` ${rng.pick(inv.CIS_REGIONS).toUpperCase()}` : '';
      const ministry = rng.chance(0.2)
        ? ` OF THE MINISTRY OF ${rng.pick(['INDUSTRY AND TRADE', 'DEFENCE', 'ENERGY', 'TRANSPORT', 'NATURAL RESOURCES AND ECOLOGY'])} OF THE ${rng.pick(['RUSSIAN FEDERATION', 'REPUBLIC OF BELARUS', 'REPUBLIC OF UZBEKISTAN'])}`
        : '';
      return { type: 'organisation', culture, native: [rng.pick(inv.CIS_ORG_NAMES)], before: prefix, after: `${named}${city}${ministry}`.trim() };
    }
    case 'CHINA': {
      const words = [`${rng.pick(inv.CHINESE_GIVEN)}|${rng.pick(inv.CHINESE_GIVEN)}`];
      return {
        type: 'organisation',
        culture,
        native: words,
        before: rng.pick(inv.CHINESE_CITIES),
        after: `${rng.pick(inv.CHINESE_TRADES)} ${rng.pick(['Co., Ltd.', 'Company Limited', 'Co. Ltd', 'Group Co., Ltd.'])}`,
      };
    }
    case 'KOREA':
      return {
        type: 'organisation',
        culture,
        native: [`${rng.int(inv.KOREAN_GIVEN.length)}|${rng.int(inv.KOREAN_GIVEN.length)}`],
        before: '',
        after: rng.pick(['Trading Corporation', 'Shipping Company', 'General Corporation', 'Industrial Co., Ltd.']),
      };
    case 'HISPANIC':
      return {
        type: 'organisation',
        culture,
        native: [rng.pick(inv.HISPANIC_FAMILY).replace(/^(de la|de|del) /, ''), rng.pick(inv.HISPANIC_FAMILY).replace(/^(de la|de|del) /, '')],
        before: rng.pick(inv.HISPANIC_ORG_WORDS),
        after: rng.pick(inv.HISPANIC_ORG_FORMS),
      };
  }
}

/** The culture's way of writing one name part in system `scheme`. */
function part(culture: WorldCulture, value: string, scheme: number, ch: Choices, role: 'given' | 'family'): string {
  switch (culture) {
    case 'ARAB':
      return renderPart(value, ARABIC_SCHEMES[scheme], ch);
    case 'IRAN':
      return renderPart(value, PERSIAN_SCHEMES[scheme], ch);
    case 'WEST_AFRICA':
      return capitalise(westAfrican(value, scheme, ch));
    case 'INDIA':
      return capitalise(indian(value, scheme, ch));
    case 'SOUTH_ASIA':
      return renderPart(value, SOUTH_ASIAN_SCHEMES[scheme], ch);
    case 'CIS':
      return value
        .split(' ')
        .map((w) => cyrillic(w, CYRILLIC[scheme], false))
        .join(' ');
    case 'UKRAINE':
      return value
        .split(' ')
        .map((w) => cyrillic(w, UKRAINIAN[scheme], scheme === 0))
        .join(' ');
    case 'CHINA': {
      // 0 pinyin, 1 Wade-Giles, 2 Cantonese (Hong Kong register, syllables apart or hyphenated).
      const syllables = value
        .split('|')
        .map((s) => (scheme === 0 ? s : scheme === 1 ? (inv.PINYIN_WADE[s] ?? s) : (inv.PINYIN_CANTONESE[s.replace(/2$/, '')] ?? s)));
      if (role === 'family' || syllables.length === 1) return capitalise(syllables[0]);
      const style = ch.pickOne(`cn${value}`, scheme === 0 ? ['joined', 'joined', 'spaced'] : ['hyphen', 'hyphen', 'spaced']);
      return style === 'joined'
        ? capitalise(syllables.join(''))
        : style === 'hyphen'
          ? `${capitalise(syllables[0])}-${syllables[1]}`
          : syllables.map(capitalise).join(' ');
    }
    case 'KOREA': {
      const table = role === 'family' ? inv.KOREAN_FAMILY : inv.KOREAN_GIVEN;
      const spell = (i: number): string => {
        const forms = table[i];
        return scheme === 2 ? forms[2 + ch.pickOne(`ko${i}`, [0, forms.length > 3 ? 1 : 0])] : forms[scheme];
      };
      const syllables = value.split('|').map((s) => spell(Number(s)));
      if (syllables.length === 1) return capitalise(syllables[0]);
      const style = ch.pickOne(`kg${value}`, ['hyphen', 'spaced', 'joined']);
      return style === 'joined'
        ? capitalise(syllables.join(''))
        : style === 'hyphen'
          ? `${capitalise(syllables[0])}-${syllables[1]}`
          : syllables.map(capitalise).join(' ');
    }
    case 'HISPANIC':
      return scheme === 0 ? value : value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0)
    .map((w) => `${w[0].toUpperCase()}.`)
    .join(' ');
}

/** The person's name as written in `r`. */
export function renderPerson(p: WorldPerson, r: Rendering): string {
  const ch = new Choices(r.seed);
  const c = p.culture;
  let given = p.given.map((g) => part(c, g, r.scheme, ch, 'given'));
  if (r.dropMiddleGiven === true && given.length > 1) given = given.slice(0, 1);
  if (r.initials === true) given = given.map(initialsOf);
  let father: string[] = [];
  if (r.dropFather !== true && p.father.length > 0) {
    if (CYRILLIC_CULTURES.has(c)) father = [part(c, patronymic(p.father[0], p.female, c === 'UKRAINE'), r.scheme, ch, 'given')];
    else {
      father = p.father.map((f) => part(c, f, r.scheme, ch, 'given'));
      // Initials leave the bin / ibn out (nobody writes "W. I. A.").
      if (p.nasabWord !== '' && r.initials !== true)
        father = father.flatMap((f) => [capitalise(p.nasabWord === 'bint' && f !== father[0] ? 'bin' : p.nasabWord), f]);
    }
    if (r.initials === true) father = father.map(initialsOf);
  }
  let family = p.family.map((f) => part(c, f, r.scheme, ch, 'family'));
  if (r.dropSecondFamily === true && family.length > 1) family = family.slice(0, 1);
  const familyText = family.join(' ');
  const upper = r.format === 'comma' || r.format === 'caps' ? familyText.toUpperCase() : familyText;
  const givenText = [...given, ...father].join(' ');
  const familyFirst = c === 'CHINA' || c === 'KOREA';
  switch (r.format) {
    case 'comma':
      return `${upper}, ${givenText}`;
    case 'western':
      return `${givenText} ${familyText}`;
    default:
      return familyFirst ? `${upper} ${givenText}` : `${givenText} ${upper}`;
  }
}

export function renderOrganisation(o: WorldOrganisation, scheme: number, seed: number): string {
  const ch = new Choices(seed);
  const words = o.native.map((w) => part(o.culture, w, scheme, ch, 'given'));
  const core = o.culture === 'CIS' || o.culture === 'UKRAINE' ? `"${words.join(' ').toUpperCase()}"` : words.join(' ');
  return [o.before, core, o.after].filter((x) => x.length > 0).join(' ');
}

export function renderParty(p: WorldParty, r: Rendering): string {
  return p.type === 'person' ? renderPerson(p, r) : renderOrganisation(p, r.scheme, r.seed);
}

/** What makes two persons the same person: given name and family name, whatever the spelling. */
export function personIdentity(p: Pick<WorldPerson, 'culture' | 'given' | 'family'>): string {
  const key = (v: string): string => {
    if (p.culture === 'WEST_AFRICA' || p.culture === 'INDIA') return v;
    if (p.culture === 'KOREA' || p.culture === 'CHINA' || p.culture === 'HISPANIC')
      return v
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
    if (CYRILLIC_CULTURES.has(p.culture)) return v.toLowerCase().replace(/ё/g, 'е').replace(/а$/, '').replace(/ая$/, 'ий');
    return phonemicIdentity(v);
  };
  return `${p.culture}|${key(p.given[0])}|${key(p.family[0])}`;
}

/** Whether a culture's person has parts a payment may leave out. */
export function droppableParts(p: WorldPerson): ('father' | 'middle' | 'second_family' | 'initials')[] {
  const out: ('father' | 'middle' | 'second_family' | 'initials')[] = [];
  if (p.father.length > 0) out.push('father');
  if (p.given.length > 1) out.push('middle');
  if (p.family.length > 1) out.push('second_family');
  if (p.culture !== 'CHINA' && p.culture !== 'KOREA' && (p.father.length > 0 || p.given.length > 1 || p.given[0].includes(' '))) out.push('initials');
  return out;
}

export const WORLD_CULTURES: readonly { readonly culture: WorldCulture; readonly share: number }[] = [
  // West Africa and India were carved out of the ends of ARAB and SOUTH_ASIA (2026-12-06): every other entry of
  // the generated list stayed the same.
  { culture: 'ARAB', share: 0.25 },
  { culture: 'WEST_AFRICA', share: 0.05 },
  { culture: 'IRAN', share: 0.17 },
  { culture: 'SOUTH_ASIA', share: 0.08 },
  { culture: 'INDIA', share: 0.04 },
  { culture: 'CIS', share: 0.17 },
  { culture: 'UKRAINE', share: 0.06 },
  { culture: 'CHINA', share: 0.07 },
  { culture: 'KOREA', share: 0.04 },
  { culture: 'HISPANIC', share: 0.07 },
];

export function pickWorldCulture(rng: Rng): WorldCulture {
  let x = rng.next();
  for (const c of WORLD_CULTURES) {
    if (x < c.share) return c.culture;
    x -= c.share;
  }
  return 'ARAB';
}
