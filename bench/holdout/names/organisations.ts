/**
 * Organisation names of many cultures: a body of distinctive core tokens and common words (activities, places,
 * honorifics), a legal form written before or after it, sometimes in quotes. Rendering keeps where the cores
 * stand, so a truncation can say how much of the distinctive part survives.
 */
import * as H from './arabic-habits';
import * as AD from './arabic-data';
import * as CD from './cyrillic-data';
import { CYRILLIC_SYSTEMS_BY_LANG, type CyrLang } from './cyrillic';
import { CHINESE_BRAND_SYLLABLES, CHINESE_CITIES, KOREAN_GIVEN_SYLLABLES } from './east-asian';
import * as LD from './latin-data';
import * as XD from './lexical-data';
import { renderToken, type Rendering, type Token } from './model';
import * as O from './org-data';
import { ARABIC_LIST_HABITS, ar, baseRendering, cy, forms, pickForms, plain, turkish, type ScriptFamily } from './persons';
import type { Rng } from '../lib/rng';
import { letterKey } from '../lib/text';

export type Segment = { t: 'core'; token: Token } | { t: 'word'; token: Token };

export interface Org {
  culture: string;
  script: ScriptFamily;
  romanisation?: string;
  segments: Segment[];
  legal: O.LegalForm | null;
  legalPick: number;
  quote: null | readonly [string, string];
  rendering: Rendering;
}

export interface RenderedOrg {
  text: string;
  /** [start, end) of each distinctive core in text */
  coreSpans: [number, number][];
}

export interface OrgRenderOptions {
  rendering?: Rendering;
  /** another written form of the legal form, or null to leave it out */
  legal?: { form: O.LegalText } | null;
  quote?: null | readonly [string, string];
}

const word = (text: string): Segment => ({ t: 'word', token: plain(text, 'core') });

/** An invented brand word (Veltrix, Monara). */
function coinedBrand(rng: Rng): string {
  const w = rng.pick(O.BRAND_ONSETS) + rng.pick(O.BRAND_MIDDLES) + rng.pick(O.BRAND_ENDINGS);
  return w.replace(/([aeiou])\1/g, '$1');
}
const core = (token: Token): Segment => ({ t: 'core', token });

/** Renders an organisation name; options change the rendering, the legal form or the quotes. */
export function renderOrg(org: Org, options: OrgRenderOptions = {}): RenderedOrg {
  const rendering = options.rendering ?? org.rendering;
  const legalText = options.legal === undefined ? (org.legal ? org.legal.forms[org.legalPick]! : null) : (options.legal?.form ?? null);
  const quote = options.quote === undefined ? org.quote : options.quote;
  let text = '';
  const spans: [number, number][] = [];
  const prefix = legalText?.prefix ? `${legalText.text} ` : '';
  text += prefix;
  if (quote) text += quote[0];
  org.segments.forEach((seg, i) => {
    if (i > 0) text += ' ';
    const s = renderToken(seg.token, rendering);
    if (seg.t === 'core') spans.push([text.length, text.length + s.length]);
    text += s;
  });
  if (quote) text += quote[1];
  if (legalText && !legalText.prefix) text += ` ${legalText.text}`;
  return { text, coreSpans: spans };
}

export function orgConcepts(org: Org): string[] {
  return org.segments.filter((s) => s.t === 'core').map((s) => s.token.concept);
}

export interface OrgCulture {
  name: string;
  weight: number;
  script: ScriptFamily;
  romanisation?: string;
  generate(rng: Rng): Org;
}

function org(culture: OrgCulture, segments: Segment[], legalId: string | null, rng: Rng, rendering: Rendering, quote: Org['quote'] = null): Org {
  const legal = legalId ? O.LEGAL_BY_ID[legalId]! : null;
  // The list holds the form most writers use; the first forms of each legal form are the common ones.
  const legalPick = legal ? rng.weighted(legal.forms.map((_, i) => [i, i === 0 ? 6 : i === 1 ? 2 : 1] as const)) : 0;
  const tokens = segments.map((s) => s.token);
  return {
    culture: culture.name,
    script: culture.script,
    ...(culture.romanisation ? { romanisation: culture.romanisation } : {}),
    segments,
    legal,
    legalPick,
    quote,
    rendering: { ...rendering, picks: { ...pickForms(rng, tokens), ...rendering.picks } },
  };
}

const arabicOrg: OrgCulture = {
  name: 'arabic',
  weight: 12,
  script: 'arabic',
  romanisation: 'arabic',
  generate(rng) {
    const segs: Segment[] = [];
    const shape = rng.weighted([
      ['family', 20],
      ['word', 25],
      ['word-adjective', 20],
      ['owner', 35],
    ] as const);
    if (shape === 'family') segs.push(core(ar(rng.pick(AD.ARABIC_FAMILY), 'core')), word(rng.pick(['Group', 'Brothers', 'Sons', 'Trading House'])));
    else if (shape === 'owner') segs.push(core(ar(rng.pick(AD.ARABIC_GIVEN_MALE), 'core')), core(ar(rng.pick(AD.ARABIC_FAMILY), 'core')));
    else {
      segs.push(core(ar(rng.pick(O.ARABIC_ORG_CORES), 'core')));
      if (shape === 'word-adjective') segs.push(core(ar(rng.pick(O.ARABIC_ORG_ADJECTIVES), 'core')));
    }
    if (rng.chance(0.85)) segs.push(word(rng.pick(O.ENGLISH_ACTIVITIES)));
    const legal = rng.chance(0.9) ? rng.pick(['LLC', 'LLC', 'LLC', 'FZE', 'FZCO', 'WLL', 'EST', 'SPC', 'CO', 'SAL', 'SAE', 'FZ-LLC']) : null;
    const habit = rng.pick(ARABIC_LIST_HABITS);
    return org(this, segs, legal, rng, { ...baseRendering(), arabic: habit });
  },
};

const persianOrg: OrgCulture = {
  name: 'persian',
  weight: 5,
  script: 'persian',
  romanisation: 'persian',
  generate(rng) {
    const segs: Segment[] = [core(ar(rng.pick(O.PERSIAN_ORG_CORES), 'core'))];
    if (rng.chance(0.65)) segs.push(core(ar(rng.pick(O.PERSIAN_ORG_CORES), 'core')));
    segs.push(word(rng.pick(O.PERSIAN_ACTIVITIES)));
    return org(this, segs, rng.chance(0.6) ? 'PJS_IR' : null, rng, {
      ...baseRendering(),
      arabic: rng.weighted([
        [H.PERSIAN, 8],
        [H.SCHOLAR, 1],
        [H.GULF, 1],
      ] as const),
    });
  },
};

const pakistaniOrg: OrgCulture = {
  name: 'pakistani',
  weight: 5,
  script: 'urdu-pashto',
  romanisation: 'urdu-pashto',
  generate(rng) {
    const segs: Segment[] = [];
    const family = () => core(forms(rng.pick([...XD.PASHTO_FAMILY_GROUPS, ...XD.SOUTH_ASIAN_FAMILY_GROUPS.slice(-22)]), 'core'));
    const shape = rng.weighted([
      ['word', 30],
      ['family', 20],
      ['owner', 50],
    ] as const);
    if (shape === 'word') segs.push(core(ar(rng.pick(O.PAKISTANI_ARABIC_CORES), 'core')));
    else if (shape === 'family') segs.push(family());
    else segs.push(core(ar(rng.pick(AD.URDU_GIVEN_MALE), 'core')), family());
    segs.push(word(rng.pick(O.PAKISTANI_ACTIVITIES)));
    const legal = rng.chance(0.6) ? rng.pick(['PVT_LTD', 'PVT_LTD', 'SMC_PVT']) : null;
    return org(this, segs, legal, rng, { ...baseRendering(), arabic: H.SOUTH_ASIAN });
  },
};

const turkishOrg: OrgCulture = {
  name: 'turkish',
  weight: 5,
  script: 'turkish',
  romanisation: 'turkish',
  generate(rng) {
    const segs: Segment[] = [core(turkish(rng.pick(rng.chance(0.6) ? O.TURKISH_ORG_CORES : XD.TURKISH_SURNAMES), 'core'))];
    if (rng.chance(0.3)) segs.push(core(turkish(rng.pick(XD.TURKISH_SURNAMES), 'core')));
    segs.push({ t: 'word', token: turkish(rng.pick(O.TURKISH_ACTIVITIES), 'core') });
    if (rng.chance(0.7)) segs.push({ t: 'word', token: turkish(rng.pick(O.TURKISH_TRADE_WORDS), 'core') });
    return org(this, segs, rng.pick(['LTD_STI', 'LTD_STI', 'AS_TR']), rng, {
      ...baseRendering(),
      arabic: H.TURKISH,
      turkish: rng.chance(0.7) ? 'tr' : 'tr-ascii',
    });
  },
};

const CYRILLIC_LEGAL: Record<string, string[]> = {
  ru: ['OOO', 'OOO', 'OOO', 'AO', 'PAO', 'ZAO', 'OAO'],
  uk: ['TOV', 'TOV', 'PRAT'],
  kz: ['TOO', 'TOO', 'AO'],
  uz: ['MCHJ'],
};

const cyrillicOrg: OrgCulture = {
  name: 'cyrillic',
  weight: 10,
  script: 'cyrillic',
  romanisation: 'cyrillic',
  generate(rng) {
    const lang = rng.weighted([
      ['ru', 70],
      ['uk', 15],
      ['kz', 10],
      ['uz', 5],
    ] as const) as CyrLang;
    const segs: Segment[] = [];
    if (lang === 'ru' && rng.chance(0.3)) segs.push({ t: 'word', token: cy(rng.pick(O.CYRILLIC_COMMON), lang, 'core') });
    const shape = rng.weighted([
      ['brand', 60],
      ['two-brands', 15],
      ['two-words', 10],
      ['surname', 15],
    ] as const);
    const brand = () => core(cy(rng.pick(O.CYRILLIC_BRAND_HEADS) + rng.pick(O.CYRILLIC_BRAND_TAILS), lang, 'core'));
    if (shape === 'brand') segs.push(brand());
    else if (shape === 'two-brands') segs.push(brand(), brand());
    else if (shape === 'two-words') for (const w of rng.pick(O.CYRILLIC_TWO_WORD).split(' ')) segs.push(core(cy(w, lang, 'core')));
    else {
      const pattern = rng.pick(O.CYRILLIC_SURNAME_PATTERNS);
      for (const w of pattern.split(' ')) segs.push(w === '{s}' ? core(cy(rng.pick(CD.RU_SURNAMES), lang, 'core')) : { t: 'word', token: cy(w, lang, 'core') });
    }
    const legalId = rng.pick(CYRILLIC_LEGAL[lang]!);
    const quote = rng.chance(0.5)
      ? rng.pick([
          ['"', '"'],
          ['«', '»'],
        ] as const)
      : null;
    return org(this, segs, legalId, rng, { ...baseRendering(), cyrillic: rng.pick(CYRILLIC_SYSTEMS_BY_LANG[lang]) }, quote);
  },
};

function chineseWord(syllables: string[], asCore: boolean): Segment {
  const token: Token = { concept: `zh:${syllables.join('')}`, role: 'core', optional: false, src: { kind: 'chinese', syllables, part: 'word' } };
  return asCore ? core(token) : { t: 'word', token };
}

const chineseOrg: OrgCulture = {
  name: 'chinese',
  weight: 10,
  script: 'chinese',
  romanisation: 'chinese',
  generate(rng) {
    const brand = [rng.pick(CHINESE_BRAND_SYLLABLES), rng.pick(CHINESE_BRAND_SYLLABLES)];
    const where = rng.weighted([
      ['mainland', 70],
      ['hk', 15],
      ['taiwan', 15],
    ] as const);
    const segs: Segment[] = [];
    if (where === 'mainland') segs.push(chineseWord(rng.pick(CHINESE_CITIES), false));
    segs.push(chineseWord(brand, true));
    if (where === 'hk') segs.push(word(rng.pick(['International', 'Holdings', 'Trading', 'Industrial', 'Technology'])));
    else segs.push(word(rng.pick(O.CHINESE_INDUSTRIES)));
    const system =
      where === 'taiwan'
        ? rng.pick(['wade-giles', 'wade-giles-plain'] as const)
        : where === 'hk'
          ? rng.pick(['pinyin-spaced', 'wade-giles-plain'] as const)
          : rng.pick(['pinyin', 'pinyin', 'pinyin-spaced'] as const);
    return org(this, segs, where === 'hk' ? 'HK_LTD' : 'CO_LTD', rng, { ...baseRendering(), chinese: system });
  },
};

const koreanOrg: OrgCulture = {
  name: 'korean',
  weight: 4,
  script: 'korean',
  romanisation: 'korean',
  generate(rng) {
    const syllables = [rng.pick(KOREAN_GIVEN_SYLLABLES), rng.pick(KOREAN_GIVEN_SYLLABLES)];
    const brand: Token = { concept: `ko:${syllables.join('')}`, role: 'core', optional: false, src: { kind: 'korean-given', syllables } };
    const segs: Segment[] = [core(brand), word(rng.pick(O.KOREAN_INDUSTRIES))];
    return org(this, segs, rng.pick(['JUSIK', 'CO_LTD', 'CORP', 'INC']), rng, {
      ...baseRendering(),
      korean: rng.pick(['rr', 'mr', 'popular'] as const),
      koreanJoin: rng.pick(['joined', 'spaced', 'hyphen'] as const),
    });
  },
};

const vietnameseOrg: OrgCulture = {
  name: 'vietnamese',
  weight: 3,
  script: 'none',
  generate(rng) {
    const [vi, en] = rng.pick(O.VIETNAMESE_ACTIVITIES);
    const local = rng.chance(0.5);
    const brand = [rng.pick(O.VIETNAMESE_BRAND_WORDS), rng.pick(O.VIETNAMESE_BRAND_WORDS)].map((w) => core(plain(w, 'core')));
    const segs: Segment[] = local ? [word(vi!), ...brand] : [...brand, word(en!)];
    const o = org(this, segs, rng.pick(['TNHH', 'TNHH', 'CP_VN']), rng, { ...baseRendering(), plainMarks: rng.chance(0.6) });
    // local-language names take the Vietnamese prefix form, English ones the English suffix form
    const want = o.legal!.forms.findIndex((f) => (local ? f.prefix : !f.prefix));
    return { ...o, legalPick: want };
  },
};

const hispanicOrg: OrgCulture = {
  name: 'hispanic',
  weight: 7,
  script: 'none',
  generate(rng) {
    const segs: Segment[] = [];
    const shape = rng.weighted([
      ['surname', 20],
      ['two-surnames', 15],
      ['core', 40],
      ['coined', 25],
    ] as const);
    if (shape === 'surname') {
      segs.push(core(plain(rng.pick(LD.HISPANIC_SURNAMES), 'core')), word(rng.pick(['y Asociados', 'Hermanos', 'e Hijos'])));
    } else if (shape === 'two-surnames') {
      segs.push(core(plain(rng.pick(LD.HISPANIC_SURNAMES), 'core')), word(rng.pick(['y', '&'])), core(plain(rng.pick(LD.HISPANIC_SURNAMES), 'core')));
      if (rng.chance(0.5)) segs.push(word(rng.pick(['Abogados', 'Asociados', 'Consultores', 'Contadores'])));
    } else {
      if (rng.chance(0.7)) segs.push(word(rng.pick(O.HISPANIC_PREFIXES)));
      const name = shape === 'coined' ? coinedBrand(rng) : rng.pick(O.HISPANIC_ORG_CORES);
      for (const w of name.split(' ')) segs.push(/^(del|de|la|los|el|las)$/i.test(w) ? word(w) : core(plain(w, 'core')));
      if (rng.chance(0.4)) segs.push(word(rng.pick(O.HISPANIC_ACTIVITIES)));
    }
    const legal = rng.pick(['SA_DE_CV', 'SA_DE_CV', 'SA_ES', 'SL', 'SRL_ES', 'SAS_CO', 'S_DE_RL', 'LTDA']);
    return org(this, segs, legal, rng, { ...baseRendering(), plainMarks: rng.chance(0.7) });
  },
};

function patternSegments(pattern: string, fill: Record<string, Token>): Segment[] {
  const segs: Segment[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) segs.push(word(pending.join(' ')));
    pending = [];
  };
  for (const w of pattern.split(' ')) {
    const m = /^\{(\w+)\}$/.exec(w);
    if (m) {
      flush();
      const token = fill[m[1]!]!;
      if (token.src.kind === 'plain' && token.src.text.includes(' ')) for (const part of token.src.text.split(' ')) segs.push(core(plain(part, 'core')));
      else segs.push(core(token));
    } else pending.push(w);
  }
  flush();
  return segs;
}

const portugueseOrg: OrgCulture = {
  name: 'portuguese',
  weight: 6,
  script: 'none',
  generate(rng) {
    const segs = patternSegments(rng.pick(O.PORTUGUESE_PATTERNS), {
      core: plain(rng.chance(0.4) ? coinedBrand(rng) : rng.pick(O.PORTUGUESE_ORG_CORES), 'core'),
      surname: plain(rng.pick(LD.PORTUGUESE_SURNAMES), 'core'),
      surname2: plain(rng.pick(LD.PORTUGUESE_SURNAMES), 'core'),
    });
    return org(this, segs, rng.pick(['LTDA', 'LTDA', 'LDA', 'SA_BR', 'EIRELI']), rng, { ...baseRendering(), plainMarks: rng.chance(0.6) });
  },
};

const westAfricanOrg: OrgCulture = {
  name: 'west-african',
  weight: 5,
  script: 'west-african',
  romanisation: 'west-african',
  generate(rng) {
    const francophone = rng.chance(0.5);
    const surname = rng.chance(0.6) ? forms(rng.pick(XD.WEST_AFRICAN_FAMILY_GROUPS), 'core') : plain(rng.pick(XD.NIGERIAN_GHANAIAN_FAMILY), 'core');
    const segs = patternSegments(rng.pick(francophone ? O.WEST_AFRICAN_PATTERNS_FR : O.WEST_AFRICAN_PATTERNS_EN), {
      surname,
      surname2: rng.chance(0.6) ? forms(rng.pick(XD.WEST_AFRICAN_FAMILY_GROUPS), 'core') : plain(rng.pick(XD.NIGERIAN_GHANAIAN_FAMILY), 'core'),
      word: plain(rng.chance(0.35) ? coinedBrand(rng) : rng.pick(O.WEST_AFRICAN_WORDS), 'core'),
    });
    const legal = francophone ? rng.pick(['SARL', 'SARL', 'SA_FR', 'SARLU']) : rng.pick(['NIG_LTD', 'GH_LTD', 'LTD', 'LTD']);
    return org(this, segs, legal, rng, { ...baseRendering(), arabic: francophone ? H.WEST_AFRICA_FR : H.WEST_AFRICA_EN });
  },
};

const indianOrg: OrgCulture = {
  name: 'indian',
  weight: 6,
  script: 'forms',
  romanisation: 'south-asian',
  generate(rng) {
    const segs: Segment[] = [];
    const family = () => core(forms(rng.pick(XD.SOUTH_ASIAN_FAMILY_GROUPS.slice(0, -22)), 'core'));
    const shape = rng.weighted([
      ['deity', 40],
      ['family', 20],
      ['owner', 40],
    ] as const);
    if (shape === 'deity') {
      if (rng.chance(0.5)) segs.push({ t: 'word', token: forms(O.INDIAN_HONORIFICS, 'core') });
      segs.push(core(forms(rng.pick(O.INDIAN_CORES), 'core')));
    } else if (shape === 'family') segs.push(family());
    else segs.push(core(forms(rng.pick(XD.SOUTH_ASIAN_GIVEN_GROUPS_MALE), 'core')), family());
    segs.push(word(rng.pick(O.INDIAN_ACTIVITIES)));
    return org(this, segs, rng.chance(0.75) ? rng.pick(['PVT_LTD', 'PVT_LTD', 'LLP', 'LTD']) : null, rng, baseRendering());
  },
};

const europeanOrg: OrgCulture = {
  name: 'european',
  weight: 12,
  script: 'none',
  generate(rng) {
    const country = rng.pick(Object.keys(O.EUROPEAN_ACTIVITIES));
    const activity = rng.pick(O.EUROPEAN_ACTIVITIES[country]!);
    const surname = plain(rng.pick(LD.EUROPEAN[country]!.surnames), 'core');
    const brand = plain(rng.chance(0.5) ? coinedBrand(rng) : rng.pick(O.EUROPEAN_WORDS), 'core');
    let segs: Segment[];
    const partner = () => plain(rng.pick(LD.EUROPEAN[country]!.surnames), 'core');
    if (country === 'FR' && rng.chance(0.4)) segs = patternSegments(rng.pick(['Établissements {s}', '{s} et Fils', 'Société {b}']), { s: surname, b: brand });
    else if (country === 'DE' && rng.chance(0.3)) segs = patternSegments('{s} & Söhne', { s: surname });
    else if (country === 'PL' && rng.chance(0.3)) segs = patternSegments('Przedsiębiorstwo Handlowo-Usługowe {b}', { b: brand });
    else if (rng.chance(0.2))
      segs = patternSegments(rng.pick(['{s} & {p}', '{s} {p} {a}', '{s} & {p} {a}']), { s: surname, p: partner(), a: plain(activity, 'core') });
    else segs = patternSegments(rng.chance(0.4) ? '{s} {a}' : '{b} {a}', { s: surname, b: brand, a: plain(activity, 'core') });
    // the activity is a common word, not a distinctive core
    segs = segs.map((seg) => (seg.t === 'core' && seg.token.src.kind === 'plain' && seg.token.src.text === activity ? word(activity) : seg));
    return org(this, segs, rng.pick(O.EUROPEAN_LEGAL[country]!), rng, { ...baseRendering(), plainMarks: rng.chance(0.85) });
  },
};

export const ORG_CULTURES: OrgCulture[] = [
  arabicOrg,
  persianOrg,
  pakistaniOrg,
  turkishOrg,
  cyrillicOrg,
  chineseOrg,
  koreanOrg,
  vietnameseOrg,
  hispanicOrg,
  portugueseOrg,
  westAfricanOrg,
  indianOrg,
  europeanOrg,
];

export function randomOrg(rng: Rng, cultures: readonly OrgCulture[] = ORG_CULTURES): Org {
  const culture = rng.weighted(cultures.map((c) => [c, c.weight] as const));
  return culture.generate(rng);
}

/** An organisation whose name starts with a legal form written out in full (Limited Liability Company …). */
export function longPrefixOrg(rng: Rng): Org {
  const prefix = rng.pick(O.LONG_PREFIX_FORMS);
  const culture = { cyrillic: cyrillicOrg, vietnamese: vietnameseOrg, persian: persianOrg }[prefix.culture];
  const base = culture.generate(rng);
  const legal = O.LEGAL_BY_ID[prefix.id]!;
  const pick = legal.forms.findIndex((f) => f.text === prefix.text && f.prefix);
  if (pick < 0) throw new Error(`no prefix form ${prefix.text} in ${prefix.id}`);
  return { ...base, legal, legalPick: pick };
}

/** An organisation whose name runs to at least minLength characters (activity phrases before the legal form). */
export function longOrg(rng: Rng, minLength: number): Org {
  const base = rng.chance(0.4) ? longPrefixOrg(rng) : randomOrg(rng);
  const segs = [...base.segments];
  const long = { ...base, segments: segs };
  const phrases = rng.shuffle(O.LONG_TAIL_PHRASES.slice());
  while (renderOrg(long).text.length < minLength && phrases.length > 0) segs.push(word(phrases.pop()!));
  return long;
}

/** How many letters of distinctive cores stand in the first upTo characters of the rendered name. */
export function distinctiveChars(rendered: RenderedOrg, upTo: number): number {
  let n = 0;
  for (const [a, b] of rendered.coreSpans) n += letterKey(rendered.text.slice(a, Math.min(b, upTo))).length;
  return n;
}
