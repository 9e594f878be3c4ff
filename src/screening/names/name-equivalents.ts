/**
 * Lookups over the table of name spellings (name-equivalents-data): whether two tokens are one name romanised
 * two ways, and which other spellings of a token the list may hold.
 */
import { NAME_EQUIVALENTS, type EquivalenceGroup } from './name-equivalents-data';
import { koreanOtherSpellings, syllableRespellings } from './syllables';
import { DERIVED_SUFFIXES, derivedReadings } from './romanisation-rules';

/** Folded spelling → indexes of the groups it belongs to (most belong to one). */
const GROUPS_OF = new Map<string, number[]>();
NAME_EQUIVALENTS.forEach((group, index) => {
  for (const spelling of group.spellings) {
    if (spelling.includes(' ')) continue; // tokens never hold a space: a joined pair is compared joined
    const list = GROUPS_OF.get(spelling) ?? [];
    if (!list.includes(index)) list.push(index);
    GROUPS_OF.set(spelling, list);
  }
});

/**
 * A spelling as the table looks it up when it does not hold it as written: the letters writers of one name add or
 * leave out made one — ee as i, oo and French ou as u (ou before a vowel, leading or after one, as w: Ouattara /
 * Wattara, Aoua / Awa), a final -ay or -ey after a consonant as the e it writes (Touray / Touré, Jakitay / Diakité), a
 * final h after a vowel dropped (Fatimah / Fatima, Jatah / Jata), a final -ow after a consonant as -o (Jallow / Jallo),
 * French c as k or s by the next letter (Yacouba / Yakuba, Cissoko / Sissoko), Abu and its article as Abul (Abualfazl /
 * Abulfazl), doubled letters once (Jarra / Jara).
 * Written from the habits of English- and French-speaking writers of Arabic and West African names.
 */
export function tableKey(token: string): string {
  let t = token;
  if (t.length >= 4 && (t.endsWith('ay') || t.endsWith('ey')) && !VOWEL.test(t[t.length - 3])) t = t.slice(0, -2) + 'e';
  if (t.length > 3 && t.endsWith('h') && VOWEL.test(t[t.length - 2])) t = t.slice(0, -1);
  if (t.length > 4 && t.endsWith('ow') && !VOWEL.test(t[t.length - 3])) t = t.slice(0, -1);
  t = t.replace(OU_GLIDE, '$1w');
  t = t
    .replace(/ee/g, 'i')
    .replace(/o[ou]/g, 'u')
    .replace(/ck/g, 'k')
    .replace(/c(?=[aouklmnrt]|$)/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(ABU_ARTICLE, 'abul');
  return t.replace(DOUBLED, '$1');
}
/**
 * Abu and the article of the name after it, joined as written apart (Abu al-Fadl, Abou el Fadl, Abol-Fazl: أبو الفضل
 * Abulfadl): one spelling, Abul-, before a consonant.
 */
const ABU_ARTICLE = /^ab[ou][aeiou]?l(?=[^aeiou])/;
const VOWEL = /[aeiou]/;
const OU_GLIDE = /(^|[aeiou])ou(?=[aeiy])/g;
const DOUBLED = /([a-z])\1+/g;

/**
 * The table's groups of a spelling, as written or else by its tableKey. The second lookup is kept per spelling
 * (bounded): the scorer asks for the expanded spellings of a payment's and a candidate's words pair by pair, and
 * tableKey is a dozen regular expressions.
 */
function groupsOf(token: string): number[] | undefined {
  const groups = GROUPS_OF.get(token);
  if (groups !== undefined) return groups;
  let keyed = KEYED_GROUPS_OF.get(token);
  if (keyed === undefined) {
    const key = tableKey(token);
    keyed = KEYED.get(key) ?? hausaGroups(token) ?? (key === token ? undefined : hausaGroups(key)) ?? null;
    if (KEYED_GROUPS_OF.size >= KEYED_SPELLINGS_KEPT) KEYED_GROUPS_OF.clear();
    KEYED_GROUPS_OF.set(token, keyed);
  }
  return keyed ?? undefined;
}
/** Spellings known by their tableKey only whose groups (and other spellings) are kept, each cache at most. */
const KEYED_SPELLINGS_KEPT = 50_000;
const KEYED_GROUPS_OF = new Map<string, number[] | null>();

/**
 * tableKey of every spelling → its group: a spelling the table does not hold as written. Not for Chinese and
 * Korean syllables, where ou / u and a doubled letter are other syllables (Zhou / Zhu), and not a key two groups
 * share (Sayid: Said or Sayyid).
 */
const KEYED = new Map<string, number[]>();
NAME_EQUIVALENTS.forEach((group, index) => {
  if (group.section === 'chinese-syllable' || group.section === 'korean-family') return;
  for (const spelling of group.spellings) {
    if (spelling.includes(' ')) continue;
    const key = tableKey(spelling);
    const list = KEYED.get(key) ?? [];
    if (!list.includes(index)) list.push(index);
    KEYED.set(key, list);
  }
});
for (const [key, groups] of KEYED) if (groups.length > 1) KEYED.delete(key);

/**
 * Hausa writes an Arabic name that ends in a consonant with a final -u (Kabiru, Salihu, Bashiru, Nasiru, Yakubu;
 * French-educated writers -ou, Kabirou, read by its tableKey): a word the table does not hold that is a name of its
 * arabic-given or west-african section with that -u is that name. Undefined for any other word. (Five letters at least: a shorter word with its -u is a syllable or a name of its own.)
 */
function hausaGroups(token: string): number[] | undefined {
  const stem = hausaStem(token);
  if (stem === undefined) return undefined;
  const groups = (GROUPS_OF.get(stem) ?? KEYED.get(tableKey(stem)))?.filter((g) => HAUSA_STEM_SECTIONS.has(NAME_EQUIVALENTS[g].section));
  return groups === undefined || groups.length === 0 ? undefined : groups;
}
function hausaStem(token: string): string | undefined {
  const n = token.length;
  return n >= MIN_HAUSA_FORM && token.charCodeAt(n - 1) === 117 && !HAUSA_NOT_BEFORE_U.test(token[n - 2]) && !NOT_HAUSA_FORMS.has(token)
    ? token.slice(0, -1)
    : undefined;
}
/** Japanese given names that end in -u after a consonant and look like an Arabic name with it (Isamu / Isam). */
const NOT_HAUSA_FORMS: ReadonlySet<string> = new Set(['isamu', 'osamu', 'susumu']);
const MIN_HAUSA_FORM = 5;
/** Arabic given names, and their West African forms (Salif, Salih: Salihu). */
const HAUSA_STEM_SECTIONS: ReadonlySet<string> = new Set(['arabic-given', 'west-african']);
/** A final -u after a vowel or a glide is no added vowel (Abou, Yaou). */
const HAUSA_NOT_BEFORE_U = /[aeiouwy]/;

/** Whether `token` is an Arabic name the table knows only in its Hausa form with a final -u (see hausaGroups). */
export function isHausaForm(token: string): boolean {
  if (GROUPS_OF.has(token)) return false;
  const key = tableKey(token);
  return KEYED.get(key) === undefined && (hausaGroups(token) !== undefined || hausaGroups(key) !== undefined);
}

/** The other spellings of every group `token` belongs to (empty when the table does not know it). */
const OTHERS = new Map<string, readonly string[]>();
for (const [spelling, groups] of GROUPS_OF) {
  const others = new Set<string>();
  for (const g of groups) for (const s of NAME_EQUIVALENTS[g].spellings) if (s !== spelling && !s.includes(' ')) others.add(s);
  // A family name that is also one Korean syllable is found in the syllable's other spellings too (Chung: jeong,
  // cheong; Yong: yeong, young).
  for (const s of koreanOtherSpellings(spelling)) others.add(s);
  // An Arabic name's Hausa form with a final -u, which the table does not hold (hausaGroups): found by its name too.
  for (const g of groups) {
    const name = NAME_EQUIVALENTS[g].name;
    if (!HAUSA_STEM_SECTIONS.has(NAME_EQUIVALENTS[g].section) || !/[^aeiouwy]$/.test(name) || GROUPS_OF.has(`${name}u`)) continue;
    if (`${name}u`.length >= MIN_HAUSA_FORM && `${name}u` !== spelling) others.add(`${name}u`);
  }
  OTHERS.set(spelling, [...others]);
}

/** The group in which `a` and `b` are spellings of one name, or undefined (also when a === b). */
export function sameNameGroup(a: string, b: string): EquivalenceGroup | undefined {
  if (a === b) return undefined;
  return sharedGroup(groupsOf(a), groupsOf(b));
}

/** Whether the table holds `token` as written (not only by its tableKey). */
export function isTableSpelling(token: string): boolean {
  return GROUPS_OF.has(token);
}

/** The indexes of the groups `token` is a spelling of (undefined when the table does not know it). */
export function nameGroupsOf(token: string): readonly number[] | undefined {
  return groupsOf(token);
}

/** sameNameGroup on two tokens' nameGroupsOf (for two different tokens). */
export function sharedGroup(ga: readonly number[] | undefined, gb: readonly number[] | undefined): EquivalenceGroup | undefined {
  if (ga === undefined || gb === undefined) return undefined;
  for (const x of ga) if (gb.includes(x)) return NAME_EQUIVALENTS[x];
  return undefined;
}

/**
 * Other spellings of the same name, for candidate search: the table's, or for a Chinese or Korean name of two
 * syllables or more its syllables in the other systems, joined and alone (syllables.ts).
 */
export function equivalentSpellings(token: string): readonly string[] {
  const others = OTHERS.get(token);
  if (others !== undefined) return others;
  const key = tableKey(token);
  const groups = KEYED.get(key) ?? hausaGroups(token) ?? hausaGroups(key);
  if (groups !== undefined) return spellingsOfGroups(groups, token);
  const derived = derivedSpellings(token);
  return derived.length > 0 ? derived : syllableRespellings(token);
}

/**
 * A surname made from a given name the table knows and a suffix (see romanisation-rules): its readings as
 * [table groups of the stem, suffix index], empty when it is none.
 */
export function derivedGroupsOf(token: string): readonly DerivedGroups[] {
  const readings = derivedReadings(token, isNameStem);
  if (readings.length === 0) return NO_DERIVED_GROUPS;
  return readings.map((r) => ({ groups: groupsOf(r.stem)!, suffix: r.suffix }));
}
export interface DerivedGroups {
  readonly groups: readonly number[];
  readonly suffix: number;
}
const NO_DERIVED_GROUPS: readonly DerivedGroups[] = [];

/** A stem a derived surname is built on: a given name of the table (not a particle, not a syllable). */
function isNameStem(stem: string): boolean {
  if (NOT_STEMS.has(stem)) return false;
  const groups = groupsOf(stem);
  return groups !== undefined && groups.some((g) => DERIVED_STEM_SECTIONS.has(NAME_EQUIVALENTS[g].section));
}
/**
 * Given names of the table that are also European given names whose derived surnames are other people's: Jan (Czech
 * and Slovak Janov, Janová; Macedonian Janev of Jane; English Janie) is no Persian jan + -ov or + -i.
 */
const NOT_STEMS = new Set(['jan', 'jaan']);
const DERIVED_STEM_SECTIONS = new Set(['arabic-given', 'persian-given', 'turkic-given', 'slavic-given', 'south-asian']);

/** The group and suffix in which two derived surnames are one name ("muhammad+ov"), or undefined. */
export function sameDerivedName(a: readonly DerivedGroups[], b: readonly DerivedGroups[]): string | undefined {
  for (const x of a) {
    for (const y of b) {
      if (x.suffix !== y.suffix) continue;
      const group = sharedGroup(x.groups, y.groups);
      if (group !== undefined) return `${group.name}+${DERIVED_SUFFIXES[x.suffix][0]}`;
    }
  }
  return undefined;
}

/**
 * The other spellings of a derived surname for candidate search: the stem's other spellings with the suffix's
 * commonest spellings (kept, bounded). Only the suffix's first two spellings: Russian writes -ov or -ev by the stem's
 * last letter, and the rest are rarer.
 */
function derivedSpellings(token: string): readonly string[] {
  let r = derivedKept.get(token);
  if (r === undefined) {
    const out = new Set<string>();
    for (const reading of derivedReadings(token, isNameStem)) {
      const suffixes = DERIVED_SUFFIXES[reading.suffix].slice(0, 2);
      for (const g of groupsOf(reading.stem)!) {
        for (const s of NAME_EQUIVALENTS[g].spellings) {
          if (s.includes(' ')) continue;
          for (const suffix of suffixes) if (s + suffix !== token) out.add(s + suffix);
        }
      }
    }
    r = [...out];
    if (derivedKept.size >= KEYED_SPELLINGS_KEPT) derivedKept.clear();
    derivedKept.set(token, r);
  }
  return r;
}
const derivedKept = new Map<string, readonly string[]>();

/** The Arabic article in its spellings (al, el, ul, ar, ash, …): "Abd al Rahman" is one name, Abdulrahman. */
const ARTICLE = new Set(NAME_EQUIVALENTS.find((g) => g.section === 'arabic-particle' && g.name === 'al')?.spellings ?? []);
export function isArabicArticle(token: string): boolean {
  return ARTICLE.has(token);
}

/**
 * The head of an Arabic compound given name (Abd / Abdul / Abdel …, Abu): "Abdul Rahman" is one name, whose second
 * word is no optional middle name.
 */
const COMPOUND_HEADS = new Set(
  NAME_EQUIVALENTS.filter((g) => g.section === 'arabic-particle' && (g.name === 'abd' || g.name === 'abu')).flatMap((g) => g.spellings),
);
export function isCompoundHead(token: string): boolean {
  return COMPOUND_HEADS.has(token);
}

/** The spellings of the groups, but `token` (a spelling the table knows by its tableKey only; kept, bounded). */
function spellingsOfGroups(groups: readonly number[], token: string): readonly string[] {
  let r = keyedOthers.get(token);
  if (r === undefined) {
    const out = new Set<string>();
    for (const g of groups) for (const s of NAME_EQUIVALENTS[g].spellings) if (s !== token && !s.includes(' ')) out.add(s);
    r = [...out];
    if (keyedOthers.size >= KEYED_SPELLINGS_KEPT) keyedOthers.clear();
    keyedOthers.set(token, r);
  }
  return r;
}
const keyedOthers = new Map<string, readonly string[]>();
