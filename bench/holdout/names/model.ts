/**
 * The bench's model of a name: tokens with a concept (the same name part however it is spelt), a role (given,
 * middle, patronymic, nasab, family, second family name) and a source that can be rendered through a rendering
 * (romanisation habits and spelling choices). Variations re-render a name or rearrange its tokens.
 */
import { renderArabic, type ArabicHabit } from './arabic';
import { CYRILLIC_SYSTEMS, romaniseCyrillic, type CyrLang } from './cyrillic';
import {
  renderChineseGiven,
  renderChineseSurname,
  renderChineseWord,
  renderKoreanGiven,
  type ChineseSystem,
  type KoreanJoin,
  type KoreanSystem,
} from './east-asian';
import { stripMarks } from '../lib/text';

export type Role = 'given' | 'middle' | 'patronymic' | 'nasab' | 'family' | 'family2' | 'core';

export type Source =
  | { kind: 'arabic'; element: string }
  | { kind: 'cyrillic'; text: string; lang: CyrLang }
  | { kind: 'chinese'; syllables: string[]; part: 'surname' | 'given' | 'word' }
  | { kind: 'korean-surname'; forms: string[] }
  | { kind: 'korean-given'; syllables: string[] }
  | { kind: 'turkish'; text: string }
  | { kind: 'forms'; forms: string[] }
  | { kind: 'plain'; text: string };

export interface Token {
  concept: string;
  role: Role;
  /** may be left out by a writer (middle name, patronymic, father's name, second surname) */
  optional: boolean;
  src: Source;
}

export type TurkishScript = 'tr' | 'tr-ascii' | 'tr-en' | 'tr-de';

export interface Rendering {
  arabic: ArabicHabit;
  /** write the father's name with bin / ibn / Ben (when the habit has such a word) */
  nasabWord: boolean;
  cyrillic: string;
  chinese: ChineseSystem;
  korean: KoreanSystem;
  koreanJoin: KoreanJoin;
  turkish: TurkishScript;
  /** marks kept (Nguyễn) or dropped (Nguyen) on plain Latin tokens */
  plainMarks: boolean;
  /** chosen spelling of each 'forms' token, by concept */
  picks: Record<string, number>;
}

export interface Person {
  culture: string;
  gender: 'm' | 'f';
  tokens: Token[];
  /** the culture writes the family name first (Chinese, Korean, Vietnamese, Hungarian) */
  familyFirst: boolean;
  rendering: Rendering;
}

const TURKISH_LETTERS: Record<TurkishScript, Record<string, string>> = {
  tr: {},
  'tr-ascii': { ş: 's', Ş: 'S', ç: 'c', Ç: 'C', ğ: 'g', Ğ: 'G', ı: 'i', İ: 'I', ö: 'o', Ö: 'O', ü: 'u', Ü: 'U', â: 'a', î: 'i', û: 'u' },
  'tr-en': { ş: 'sh', Ş: 'Sh', ç: 'ch', Ç: 'Ch', ğ: 'gh', Ğ: 'Gh', ı: 'i', İ: 'I', ö: 'o', Ö: 'O', ü: 'u', Ü: 'U' },
  'tr-de': { ş: 's', Ş: 'S', ç: 'c', Ç: 'C', ğ: 'g', Ğ: 'G', ı: 'i', İ: 'I', ö: 'oe', Ö: 'Oe', ü: 'ue', Ü: 'Ue' },
};

export function renderTurkish(text: string, script: TurkishScript): string {
  const map = TURKISH_LETTERS[script];
  return [...text].map((ch) => map[ch] ?? ch).join('');
}

/** The spelling of one token under a rendering. */
export function renderToken(token: Token, r: Rendering): string {
  const src = token.src;
  switch (src.kind) {
    case 'arabic': {
      const text = renderArabic(src.element, r.arabic);
      // Turkish forms follow the chosen script like the Turkish-spelt tokens around them.
      return r.arabic.turkishCaps ? renderTurkish(text, r.turkish) : text;
    }
    case 'cyrillic':
      return romaniseCyrillic(src.text, CYRILLIC_SYSTEMS[r.cyrillic]!, src.lang);
    case 'chinese':
      if (src.part === 'surname') return renderChineseSurname(src.syllables, r.chinese);
      if (src.part === 'given') return renderChineseGiven(src.syllables, r.chinese);
      return renderChineseWord(src.syllables, r.chinese);
    case 'korean-surname': {
      const f = src.forms;
      if (r.korean === 'rr') return f[0]!;
      if (r.korean === 'mr') return f[1] ?? f[0]!;
      return f[f.length - 1]!;
    }
    case 'korean-given':
      return renderKoreanGiven(src.syllables, r.korean, r.koreanJoin);
    case 'turkish':
      return renderTurkish(src.text, r.turkish);
    case 'forms':
      return src.forms[(r.picks[token.concept] ?? 0) % src.forms.length]!;
    case 'plain':
      return r.plainMarks ? src.text : stripMarks(src.text);
  }
}

/** The text of a token in the name, with its nasab word where the rendering writes one. */
function tokenText(person: Person, token: Token): string {
  const text = renderToken(token, person.rendering);
  if (token.role === 'nasab' && person.rendering.nasabWord && person.rendering.arabic.nasab !== '') {
    // A woman is bint (daughter of) her father; further links of the chain are bin.
    const firstLink = person.tokens.find((t) => t.role === 'nasab') === token;
    const daughter = person.gender === 'f' && firstLink && /^(bin|ibn)$/i.test(person.rendering.arabic.nasab);
    const word = daughter ? 'bint' : person.rendering.arabic.nasab;
    return `${word} ${text}`;
  }
  return text;
}

/** The name as the culture writes it, with the tokens given (default: all). */
export function renderPerson(person: Person, tokens: readonly Token[] = person.tokens): string {
  return tokens.map((t) => tokenText(person, t)).join(' ');
}

/** Family name moved: to the front for given-first cultures (KARIMI Ahmad), to the back for family-first ones. */
export function renderReordered(person: Person, style: 'family-first' | 'family-first-comma' | 'given-first'): string {
  const family = person.tokens.filter((t) => t.role === 'family' || t.role === 'family2');
  const rest = person.tokens.filter((t) => t.role !== 'family' && t.role !== 'family2');
  if (style === 'given-first') return renderPerson(person, [...rest, ...family]);
  const head = renderPerson(person, family);
  const tail = renderPerson(person, rest);
  return style === 'family-first-comma' ? `${head}, ${tail}` : `${head} ${tail}`;
}
