/**
 * Person names of many cultures, generated from the name data, with the other renderings a different writer
 * would give the same person (for the romanisation variations).
 */
import { arabicConcept, type ArabicHabit } from './arabic';
import * as H from './arabic-habits';
import * as AD from './arabic-data';
import { CYRILLIC_SYSTEMS_BY_LANG, type CyrLang } from './cyrillic';
import * as CD from './cyrillic-data';
import { CHINESE_COMPOUND_SURNAMES, CHINESE_GIVEN_SYLLABLES, CHINESE_SURNAMES, KOREAN_GIVEN_SYLLABLES, KOREAN_SURNAMES } from './east-asian';
import * as LD from './latin-data';
import * as XD from './lexical-data';
import type { Person, Rendering, Role, Token } from './model';
import type { Rng } from '../lib/rng';
import { letterKey } from '../lib/text';

export function baseRendering(): Rendering {
  return {
    arabic: H.SCHOLAR,
    nasabWord: false,
    cyrillic: 'bgn',
    chinese: 'pinyin',
    korean: 'rr',
    koreanJoin: 'hyphen',
    turkish: 'tr',
    plainMarks: true,
    picks: {},
  };
}

// ---- token builders

export const ar = (element: string, role: Role, optional = false): Token => ({
  concept: arabicConcept(element),
  role,
  optional,
  src: { kind: 'arabic', element },
});
export const cy = (text: string, lang: CyrLang, role: Role, optional = false): Token => ({
  concept: `cy:${text.toLowerCase().replace(/а$/, '')}`,
  role,
  optional,
  src: { kind: 'cyrillic', text, lang },
});
export const forms = (group: readonly string[], role: Role, optional = false): Token => ({
  concept: `lx:${letterKey(group[0]!)}`,
  role,
  optional,
  src: { kind: 'forms', forms: [...group] },
});
export const plain = (text: string, role: Role, optional = false): Token => ({
  concept: `pl:${letterKey(text)}`,
  role,
  optional,
  src: { kind: 'plain', text },
});
export const turkish = (text: string, role: Role, optional = false): Token => ({
  concept: `tr:${letterKey(text)}`,
  role,
  optional,
  src: { kind: 'turkish', text },
});

/** Random spelling choice for every 'forms' token. */
/** Every 'forms' token spelt from the same column of its group (clamped to the group's length). */
export function coherentPicks(tokens: readonly Token[], column: number): Record<string, number> {
  const picks: Record<string, number> = {};
  for (const t of tokens) if (t.src.kind === 'forms') picks[t.concept] = Math.min(column, t.src.forms.length - 1);
  return picks;
}

export function pickForms(rng: Rng, tokens: readonly Token[]): Record<string, number> {
  const picks: Record<string, number> = {};
  for (const t of tokens) if (t.src.kind === 'forms') picks[t.concept] = rng.int(t.src.forms.length);
  return picks;
}

/** Other spellings for 'forms' tokens: at least one token changes where any can. */
function otherPicks(rng: Rng, tokens: readonly Token[], current: Record<string, number>): Record<string, number> | null {
  const variable = tokens.filter((t) => t.src.kind === 'forms' && t.src.forms.length > 1);
  if (variable.length === 0) return null;
  const picks = { ...current };
  const must = rng.pick(variable);
  for (const t of variable) {
    const n = (t.src as { forms: string[] }).forms.length;
    if (t === must || rng.chance(0.5)) picks[t.concept] = ((current[t.concept] ?? 0) + 1 + rng.int(n - 1)) % n;
  }
  return picks;
}

/** How a name's spellings vary: which habits or systems another writer could use. */
export type ScriptFamily =
  'arabic' | 'persian' | 'urdu-pashto' | 'west-african' | 'turkish' | 'forms' | 'forms-coherent' | 'cyrillic' | 'chinese' | 'korean' | 'none';

export interface PersonCulture {
  name: string;
  weight: number;
  /** romanisation group this culture's variants are reported under (none: Latin-script culture) */
  romanisation?: string;
  script: ScriptFamily;
  generate(rng: Rng): Person;
}

export const ARABIC_LIST_HABITS = [H.SCHOLAR, H.GULF, H.LEVANT, H.EGYPT, H.MAGHREB];

function person(culture: string, gender: 'm' | 'f', tokens: Token[], rendering: Rendering, familyFirst = false): Person {
  return { culture, gender, tokens, familyFirst, rendering };
}

const HABITS_BY_SCRIPT: Partial<Record<ScriptFamily, readonly ArabicHabit[]>> = {
  arabic: ARABIC_LIST_HABITS,
  persian: [H.PERSIAN, H.SCHOLAR, H.GULF, H.SOUTH_ASIAN, H.LEVANT],
  'urdu-pashto': [H.SOUTH_ASIAN, H.PERSIAN, H.SCHOLAR, H.GULF],
  'west-african': [H.WEST_AFRICA_FR, H.WEST_AFRICA_EN, H.SCHOLAR, H.GULF],
};

/** Renderings a different writer would use for the same tokens (the current one excluded). */
export function alternativeRenderings(script: ScriptFamily, r: Rendering, tokens: readonly Token[], rng: Rng): Rendering[] {
  const habits = HABITS_BY_SCRIPT[script];
  if (habits) {
    return rng
      .shuffle(habits.filter((h) => h.name !== r.arabic.name))
      .map((h) => ({ ...r, arabic: h, nasabWord: h.nasab !== '' && rng.chance(0.5), picks: otherPicks(rng, tokens, r.picks) ?? r.picks }));
  }
  switch (script) {
    case 'turkish': {
      const scripts = (['tr-en', 'tr-de'] as const).map((turkishScript) => ({ ...r, turkish: turkishScript }));
      const arabicForms = [H.GULF, H.SCHOLAR, H.LEVANT, H.PERSIAN].map((h) => ({ ...r, arabic: h, turkish: rng.pick(['tr', 'tr-ascii', 'tr-en'] as const) }));
      const picks = otherPicks(rng, tokens, r.picks);
      return rng.shuffle([...scripts, ...arabicForms, ...(picks ? [{ ...r, picks }] : [])]);
    }
    case 'forms-coherent': {
      // one writer, one convention: every token switches to the same column (native Latin, English, Russian-era)
      return rng.shuffle([0, 1, 2]).map((column) => ({ ...r, picks: coherentPicks(tokens, column) }));
    }
    case 'forms': {
      const out: Rendering[] = [];
      for (let i = 0; i < 4; i++) {
        const picks = otherPicks(rng, tokens, r.picks);
        if (picks) out.push({ ...r, picks });
      }
      return out;
    }
    case 'cyrillic': {
      const src = tokens.find((t) => t.src.kind === 'cyrillic')?.src;
      const lang = src?.kind === 'cyrillic' ? src.lang : 'ru';
      return rng.shuffle(CYRILLIC_SYSTEMS_BY_LANG[lang].filter((x) => x !== r.cyrillic)).map((x) => ({ ...r, cyrillic: x }));
    }
    case 'chinese': {
      const isPinyin = r.chinese === 'pinyin' || r.chinese === 'pinyin-spaced';
      const others = isPinyin ? (['wade-giles', 'wade-giles-plain'] as const) : (['pinyin', 'pinyin-spaced'] as const);
      return rng.shuffle(others.slice()).map((c) => ({ ...r, chinese: c }));
    }
    case 'korean':
      return rng
        .shuffle((['rr', 'mr', 'popular'] as const).filter((x) => x !== r.korean))
        .map((x) => ({ ...r, korean: x, koreanJoin: rng.pick(['hyphen', 'joined', 'spaced'] as const) }));
    default:
      return [];
  }
}

const arabic: PersonCulture = {
  name: 'arabic',
  script: 'arabic',
  weight: 14,
  romanisation: 'arabic',
  generate(rng) {
    const gender = rng.chance(0.75) ? 'm' : 'f';
    const tokens: Token[] = [ar(rng.pick(gender === 'm' ? AD.ARABIC_GIVEN_MALE : AD.ARABIC_GIVEN_FEMALE), 'given')];
    if (rng.chance(0.7)) tokens.push(ar(rng.pick(AD.ARABIC_GIVEN_MALE), 'nasab', true));
    if (rng.chance(0.2)) tokens.push(ar(rng.pick(AD.ARABIC_GIVEN_MALE), 'nasab', true));
    tokens.push(ar(rng.pick(AD.ARABIC_FAMILY), 'family'));
    const habit = rng.weighted(ARABIC_LIST_HABITS.map((h, i) => [h, [3, 3, 2, 2, 2][i]!] as const));
    return person('arabic', gender, tokens, { ...baseRendering(), arabic: habit, nasabWord: habit.nasab !== '' && rng.chance(0.5) });
  },
};

function persianFamily(rng: Rng): string {
  const root = rng.pick(AD.PERSIAN_FAMILY_ROOTS);
  // roots ending in w (Mousav-, Naqav-) only make the -i nisba;
  // roots ending in -i (Ali) take the compound endings only (Alizadeh, Alipour)
  const suffix = root.endsWith('w')
    ? 'I'
    : root.endsWith('I')
      ? rng.pick(AD.PERSIAN_FAMILY_SUFFIXES.filter((x) => x !== 'I' && x !== 'AnI'))
      : rng.pick(AD.PERSIAN_FAMILY_SUFFIXES);
  // a long vowel meeting the -i ending takes a glide (Rezaei, Mousavi)
  return /[AIU]$/.test(root) && suffix === 'I' ? `${root}'I` : root + suffix;
}

const persian: PersonCulture = {
  name: 'persian',
  script: 'persian',
  weight: 8,
  romanisation: 'persian',
  generate(rng) {
    const gender = rng.chance(0.7) ? 'm' : 'f';
    const given = gender === 'm' ? AD.PERSIAN_GIVEN_MALE : AD.PERSIAN_GIVEN_FEMALE;
    const tokens: Token[] = [ar(rng.pick(given), 'given')];
    if (gender === 'm' && rng.chance(0.2)) tokens.push(ar(rng.pick(['riDA', '`alI', 'Husayn', 'Hasan', 'jawAd', 'mahdI', 'amIn', 'akbar']), 'middle'));
    tokens.push(ar(persianFamily(rng), 'family'));
    const habit = rng.weighted([
      [H.PERSIAN, 8],
      [H.SCHOLAR, 1],
      [H.GULF, 1],
    ] as const);
    return person('persian', gender, tokens, { ...baseRendering(), arabic: habit });
  },
};

const urduPashto: PersonCulture = {
  name: 'urdu-pashto',
  script: 'urdu-pashto',
  weight: 8,
  romanisation: 'urdu-pashto',
  generate(rng) {
    const gender = rng.chance(0.75) ? 'm' : 'f';
    const tokens: Token[] = [];
    if (gender === 'm') {
      if (rng.chance(0.3)) tokens.push(forms(rng.pick(XD.PASHTO_GIVEN_GROUPS_MALE), 'given'));
      else {
        if (rng.chance(0.35)) tokens.push(ar('muHammad', 'given'));
        tokens.push(ar(rng.pick(AD.URDU_GIVEN_MALE.filter((g) => g !== 'muHammad')), tokens.length === 0 ? 'given' : 'middle'));
      }
    } else tokens.push(ar(rng.pick(AD.URDU_GIVEN_FEMALE), 'given'));
    const familyGroups = rng.chance(0.6) ? XD.PASHTO_FAMILY_GROUPS : XD.SOUTH_ASIAN_FAMILY_GROUPS.slice(-22);
    tokens.push(forms(rng.pick(familyGroups), 'family'));
    const habit = rng.weighted([
      [H.SOUTH_ASIAN, 8],
      [H.PERSIAN, 2],
    ] as const);
    return person('urdu-pashto', gender, tokens, { ...baseRendering(), arabic: habit, picks: pickForms(rng, tokens) });
  },
};

const TURKISH_ARABIC_GIVEN_MALE = [
  'muHammad',
  'aHmad',
  'muSTafA',
  'Husayn',
  'Hasan',
  'ibrAhIm',
  'ismA`Il',
  '`uthmAn',
  'yUsuf',
  '`umar',
  'maHmUd',
  'sulaymAn',
  'khalIl',
  'rajab',
  'ramaDAn',
  'kamAl',
  'jamAl',
  '`abd allAh',
  '`abd al-qAdir',
  '`abd al-raHmAn',
  'murAd',
  'SAliH',
  '`alI',
  'idrIs',
  'ya`qUb',
  'fAruq',
  'khAlid',
  'walId',
  'rashId',
  'mas`Ud',
  'najIb',
  'Tayyib',
  'abU bakr',
  'nUr al-dIn',
  'SalAH al-dIn',
];
const TURKISH_ARABIC_GIVEN_FEMALE = ['fATim@', "`A'ish@", 'khadIj@', 'amIn@', 'zaynab', 'maryam', "zahrA'", 'sharIf@', 'ruqayy@', 'sumayy@', 'layla', 'nUr'];

const turkishCulture: PersonCulture = {
  name: 'turkish',
  script: 'turkish',
  weight: 6,
  romanisation: 'turkish',
  generate(rng) {
    const gender = rng.chance(0.7) ? 'm' : 'f';
    const tokens: Token[] = [];
    const addGiven = (role: Role) => {
      if (rng.chance(0.55)) tokens.push(ar(rng.pick(gender === 'm' ? TURKISH_ARABIC_GIVEN_MALE : TURKISH_ARABIC_GIVEN_FEMALE), role, role === 'middle'));
      else tokens.push(turkish(rng.pick(gender === 'm' ? XD.TURKISH_GIVEN_MALE : XD.TURKISH_GIVEN_FEMALE), role, role === 'middle'));
    };
    addGiven('given');
    if (rng.chance(0.3)) addGiven('middle');
    tokens.push(turkish(rng.pick(XD.TURKISH_SURNAMES), 'family'));
    return person('turkish', gender, tokens, { ...baseRendering(), arabic: H.TURKISH, turkish: rng.chance(0.85) ? 'tr' : 'tr-ascii' });
  },
};

const azerbaijani: PersonCulture = {
  name: 'azerbaijani',
  script: 'forms-coherent',
  weight: 2,
  romanisation: 'turkish',
  generate(rng) {
    const gender = rng.chance(0.7) ? 'm' : 'f';
    const tokens = [
      forms(rng.pick(gender === 'm' ? XD.AZERBAIJANI_GIVEN_GROUPS_MALE : XD.AZERBAIJANI_GIVEN_GROUPS_FEMALE), 'given'),
      forms(
        rng.pick(XD.AZERBAIJANI_SURNAME_GROUPS).map((s) => (gender === 'f' ? `${s}a` : s)),
        'family',
      ),
    ];
    return person('azerbaijani', gender, tokens, { ...baseRendering(), picks: coherentPicks(tokens, rng.int(3)) });
  },
};

function cyrillicPerson(culture: string, lang: CyrLang, rng: Rng): Person {
  const gender = rng.chance(0.65) ? 'm' : 'f';
  const tokens: Token[] = [];
  if (lang === 'ru' || lang === 'uk') {
    const males = lang === 'ru' ? CD.RU_MALE : CD.UK_MALE;
    const given = gender === 'm' ? rng.pick(Object.keys(males)) : rng.pick(lang === 'ru' ? CD.RU_FEMALE : CD.UK_FEMALE);
    const father = males[rng.pick(Object.keys(males))]!;
    tokens.push(cy(given, lang, 'given'));
    if (rng.chance(0.75)) tokens.push(cy(gender === 'm' ? father[0] : father[1], lang, 'patronymic', true));
    const surname = rng.pick(lang === 'ru' ? CD.RU_SURNAMES : CD.UK_SURNAMES);
    tokens.push(cy(gender === 'm' ? surname : CD.feminineSurname(surname), lang, 'family'));
  } else {
    const given = rng.pick(gender === 'm' ? CD.CA_MALE[lang] : CD.CA_FEMALE[lang]);
    tokens.push(cy(given, lang, 'given'));
    if (rng.chance(0.5)) {
      const father = rng.pick(CD.CA_MALE[lang]);
      tokens.push(cy(father + (gender === 'm' ? 'ович' : 'овна'), lang, 'patronymic', true));
    }
    const surname = rng.pick(CD.CA_SURNAMES[lang]);
    tokens.push(cy(gender === 'm' ? surname : CD.feminineSurname(surname), lang, 'family'));
  }
  const systems = CYRILLIC_SYSTEMS_BY_LANG[lang];
  return person(culture, gender, tokens, { ...baseRendering(), cyrillic: rng.pick(systems) });
}

const russian: PersonCulture = {
  name: 'russian',
  script: 'cyrillic',
  weight: 8,
  romanisation: 'cyrillic',
  generate: (rng) => cyrillicPerson('russian', 'ru', rng),
};
const ukrainian: PersonCulture = {
  name: 'ukrainian',
  script: 'cyrillic',
  weight: 4,
  romanisation: 'cyrillic',
  generate: (rng) => cyrillicPerson('ukrainian', 'uk', rng),
};
const centralAsian: PersonCulture = {
  name: 'central-asian',
  script: 'cyrillic',
  weight: 4,
  romanisation: 'central-asian',
  generate: (rng) => cyrillicPerson('central-asian', rng.pick(['kz', 'uz', 'kg', 'tj'] as const), rng),
};

const chinese: PersonCulture = {
  name: 'chinese',
  script: 'chinese',
  weight: 8,
  romanisation: 'chinese',
  generate(rng) {
    const gender = rng.chance(0.55) ? 'm' : 'f';
    const surname = rng.chance(0.05) ? rng.pick(CHINESE_COMPOUND_SURNAMES) : [rng.pick(CHINESE_SURNAMES)];
    const given = rng.chance(0.3) ? [rng.pick(CHINESE_GIVEN_SYLLABLES)] : [rng.pick(CHINESE_GIVEN_SYLLABLES), rng.pick(CHINESE_GIVEN_SYLLABLES)];
    const tokens: Token[] = [
      { concept: `zh:${surname.join('')}`, role: 'family', optional: false, src: { kind: 'chinese', syllables: surname, part: 'surname' } },
      { concept: `zh:${given.join('-')}`, role: 'given', optional: false, src: { kind: 'chinese', syllables: given, part: 'given' } },
    ];
    const system = rng.weighted([
      ['pinyin', 6],
      ['wade-giles', 2],
      ['wade-giles-plain', 2],
    ] as const);
    return person('chinese', gender, tokens, { ...baseRendering(), chinese: system }, true);
  },
};

const korean: PersonCulture = {
  name: 'korean',
  script: 'korean',
  weight: 4,
  romanisation: 'korean',
  generate(rng) {
    const gender = rng.chance(0.55) ? 'm' : 'f';
    const surname = rng.pick(KOREAN_SURNAMES);
    const given = [rng.pick(KOREAN_GIVEN_SYLLABLES), rng.pick(KOREAN_GIVEN_SYLLABLES)];
    const tokens: Token[] = [
      { concept: `ko:${surname[0]}`, role: 'family', optional: false, src: { kind: 'korean-surname', forms: surname } },
      { concept: `ko:${given.join('')}`, role: 'given', optional: false, src: { kind: 'korean-given', syllables: given } },
    ];
    const system = rng.weighted([
      ['rr', 4],
      ['mr', 2],
      ['popular', 4],
    ] as const);
    return person('korean', gender, tokens, { ...baseRendering(), korean: system, koreanJoin: rng.pick(['hyphen', 'joined', 'spaced'] as const) }, true);
  },
};

const vietnamese: PersonCulture = {
  name: 'vietnamese',
  script: 'none',
  weight: 3,
  generate(rng) {
    const gender = rng.chance(0.55) ? 'm' : 'f';
    const tokens = [
      plain(rng.pick(LD.VIETNAMESE_FAMILY), 'family'),
      plain(rng.pick(gender === 'm' ? LD.VIETNAMESE_MIDDLE_MALE : LD.VIETNAMESE_MIDDLE_FEMALE), 'middle', true),
      plain(rng.pick(gender === 'm' ? LD.VIETNAMESE_GIVEN_MALE : LD.VIETNAMESE_GIVEN_FEMALE), 'given'),
    ];
    return person('vietnamese', gender, tokens, { ...baseRendering(), plainMarks: rng.chance(0.6) }, true);
  },
};

/** Given name, an optional second one, a family name and an optional second family name, in Latin letters. */
function latinPerson(
  rng: Rng,
  culture: string,
  o: { maleShare: number; male: readonly string[]; female: readonly string[]; surnames: readonly string[]; secondSurname: number; marks: number },
): Person {
  const gender = rng.chance(o.maleShare) ? 'm' : 'f';
  const givens = gender === 'm' ? o.male : o.female;
  const tokens = [plain(rng.pick(givens), 'given')];
  if (rng.chance(0.35)) tokens.push(plain(rng.pick(givens), 'middle', true));
  tokens.push(plain(rng.pick(o.surnames), 'family'));
  if (rng.chance(o.secondSurname)) tokens.push(plain(rng.pick(o.surnames), 'family2', true));
  return person(culture, gender, tokens, { ...baseRendering(), plainMarks: rng.chance(o.marks) });
}

const hispanic: PersonCulture = {
  name: 'hispanic',
  script: 'none',
  weight: 7,
  generate: (rng) =>
    latinPerson(rng, 'hispanic', {
      maleShare: 0.55,
      male: LD.HISPANIC_GIVEN_MALE,
      female: LD.HISPANIC_GIVEN_FEMALE,
      surnames: LD.HISPANIC_SURNAMES,
      secondSurname: 0.9,
      marks: 0.8,
    }),
};

const portuguese: PersonCulture = {
  name: 'portuguese',
  script: 'none',
  weight: 5,
  generate(rng) {
    const gender = rng.chance(0.55) ? 'm' : 'f';
    const givens = gender === 'm' ? LD.PORTUGUESE_GIVEN_MALE : LD.PORTUGUESE_GIVEN_FEMALE;
    const tokens = [plain(rng.pick(givens), 'given')];
    if (rng.chance(0.5)) tokens.push(plain(rng.pick(givens), 'middle', true));
    // The maternal surname comes first and is the one left out; the paternal surname ends the name.
    const maternal = rng.pick(LD.PORTUGUESE_SURNAMES);
    const particle = rng.chance(0.4) ? `${rng.pick(LD.PORTUGUESE_PARTICLES)} ` : '';
    tokens.push({ ...plain(particle + maternal, 'family2', true), concept: `pl:${letterKey(maternal)}` });
    tokens.push(plain(rng.pick(LD.PORTUGUESE_SURNAMES), 'family'));
    if (gender === 'm' && rng.chance(0.08)) tokens.push({ ...plain(rng.pick(LD.PORTUGUESE_SUFFIXES), 'family2', true) });
    return person('portuguese', gender, tokens, { ...baseRendering(), plainMarks: rng.chance(0.75) });
  },
};

export const WA_HABITS = [H.WEST_AFRICA_FR, H.WEST_AFRICA_EN];
const WA_ARABIC_GIVEN_MALE = [
  'muHammad',
  'aHmad',
  '`uthmAn',
  'ibrAhIm',
  'mUsA',
  'sulaymAn',
  'abU bakr',
  '`alI',
  'al-Hasan',
  '`umar',
  'yUsuf',
  'al-amIn',
  'sa`Id',
  'idrIs',
  'ya`qUb',
  '`IsA',
  'shaykh',
  '`abd allAh',
  'SAliH',
  'tijAnI',
  'ismA`Il',
  'bakr',
  '`abd al-raHmAn',
  '`abd al-qAdir',
  '`abd al-karIm',
];
const WA_ARABIC_GIVEN_FEMALE = ['fATim@', 'amIn@', "`A'ish@", 'maryam', 'khadIj@', "Hawwa'"];

const westAfricanMuslim: PersonCulture = {
  name: 'west-african',
  script: 'west-african',
  weight: 5,
  romanisation: 'west-african',
  generate(rng) {
    const gender = rng.chance(0.65) ? 'm' : 'f';
    const tokens: Token[] = [];
    const given = () =>
      rng.chance(0.75)
        ? ar(rng.pick(gender === 'm' ? WA_ARABIC_GIVEN_MALE : WA_ARABIC_GIVEN_FEMALE), 'given')
        : forms(rng.pick(gender === 'm' ? XD.WEST_AFRICAN_GIVEN_GROUPS_MALE : XD.WEST_AFRICAN_GIVEN_GROUPS_FEMALE), 'given');
    tokens.push(given());
    if (rng.chance(0.3)) tokens.push({ ...ar(rng.pick(WA_ARABIC_GIVEN_MALE), 'middle', true) });
    tokens.push(forms(rng.pick(rng.chance(0.8) ? XD.WEST_AFRICAN_FAMILY_GROUPS : XD.HAUSA_FAMILY_GROUPS), 'family'));
    return person('west-african', gender, tokens, { ...baseRendering(), arabic: rng.pick(WA_HABITS), picks: pickForms(rng, tokens) });
  },
};

const westAfricanOther: PersonCulture = {
  name: 'nigerian-ghanaian',
  script: 'none',
  weight: 3,
  generate: (rng) =>
    latinPerson(rng, 'nigerian-ghanaian', {
      maleShare: 0.6,
      male: XD.NIGERIAN_GHANAIAN_GIVEN_MALE,
      female: XD.NIGERIAN_GHANAIAN_GIVEN_FEMALE,
      surnames: XD.NIGERIAN_GHANAIAN_FAMILY,
      secondSurname: 0,
      marks: 1,
    }),
};

const southAsian: PersonCulture = {
  name: 'south-asian',
  script: 'forms',
  weight: 6,
  romanisation: 'south-asian',
  generate(rng) {
    const gender = rng.chance(0.6) ? 'm' : 'f';
    const tokens = [forms(rng.pick(gender === 'm' ? XD.SOUTH_ASIAN_GIVEN_GROUPS_MALE : XD.SOUTH_ASIAN_GIVEN_GROUPS_FEMALE), 'given')];
    if (rng.chance(0.35)) {
      const middles =
        gender === 'm' ? XD.SOUTH_ASIAN_MIDDLE.filter((m) => !['Kaur', 'Devi', 'Rani', 'Ben'].includes(m)) : ['Kaur', 'Devi', 'Rani', 'Ben', 'Kumari'];
      tokens.push(plain(rng.pick(middles), 'middle', true));
    }
    tokens.push(forms(rng.pick(XD.SOUTH_ASIAN_FAMILY_GROUPS.slice(0, -22)), 'family'));
    return person('south-asian', gender, tokens, { ...baseRendering(), picks: pickForms(rng, tokens) });
  },
};

function czechFeminine(surname: string): string {
  if (surname.endsWith('ý')) return surname.slice(0, -1) + 'á';
  if (surname.endsWith('í')) return surname;
  if (surname.endsWith('a')) return surname.slice(0, -1) + 'ová';
  if (surname.endsWith('ek')) return surname.slice(0, -2) + 'ková';
  return surname + 'ová';
}

const european: PersonCulture = {
  name: 'european',
  script: 'none',
  weight: 10,
  generate(rng) {
    const gender = rng.chance(0.55) ? 'm' : 'f';
    const country = rng.pick(Object.keys(LD.EUROPEAN));
    const data = LD.EUROPEAN[country]!;
    const givens = gender === 'm' ? data.male : data.female;
    const tokens = [plain(rng.pick(givens), 'given')];
    if (rng.chance(0.25)) tokens.push(plain(rng.pick(givens), 'middle', true));
    let surname = rng.pick(data.surnames);
    if (gender === 'f' && country === 'PL') surname = surname.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka');
    if (gender === 'f' && country === 'CZ') surname = czechFeminine(surname);
    tokens.push(plain(surname, 'family'));
    return person('european', gender, tokens, { ...baseRendering(), plainMarks: rng.chance(0.85) }, country === 'HU_RO' && rng.chance(0.3));
  },
};

export const PERSON_CULTURES: PersonCulture[] = [
  arabic,
  persian,
  urduPashto,
  turkishCulture,
  azerbaijani,
  russian,
  ukrainian,
  centralAsian,
  chinese,
  korean,
  vietnamese,
  hispanic,
  portuguese,
  westAfricanMuslim,
  westAfricanOther,
  southAsian,
  european,
];

export function cultureOf(name: string): PersonCulture {
  const c = PERSON_CULTURES.find((x) => x.name === name);
  if (!c) throw new Error(`unknown culture ${name}`);
  return c;
}

/** Other renderings of a person, as a different writer would spell the name. */
export function personAlternatives(p: Person, rng: Rng): Rendering[] {
  return alternativeRenderings(cultureOf(p.culture).script, p.rendering, p.tokens, rng);
}

/** A generated person from a culture picked by weight. */
export function randomPerson(rng: Rng, cultures: readonly PersonCulture[] = PERSON_CULTURES): Person {
  const culture = rng.weighted(cultures.map((c) => [c, c.weight] as const));
  return culture.generate(rng);
}
