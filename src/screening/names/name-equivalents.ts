/**
 * Lookups over the table of name spellings (name-equivalents-data): whether two tokens are one name romanised
 * two ways, and which other spellings of a token the list may hold.
 */
import { NAME_EQUIVALENTS, type EquivalenceGroup } from './name-equivalents-data';
import { koreanOtherSpellings, syllableRespellings } from './syllables';

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

/** The other spellings of every group `token` belongs to (empty when the table does not know it). */
const OTHERS = new Map<string, readonly string[]>();
for (const [spelling, groups] of GROUPS_OF) {
  const others = new Set<string>();
  for (const g of groups) for (const s of NAME_EQUIVALENTS[g].spellings) if (s !== spelling && !s.includes(' ')) others.add(s);
  // A family name that is also one Korean syllable is found in the syllable's other spellings too (Chung: jeong,
  // cheong; Yong: yeong, young).
  for (const s of koreanOtherSpellings(spelling)) others.add(s);
  OTHERS.set(spelling, [...others]);
}

/** The group in which `a` and `b` are spellings of one name, or undefined (also when a === b). */
export function sameNameGroup(a: string, b: string): EquivalenceGroup | undefined {
  if (a === b) return undefined;
  return sharedGroup(GROUPS_OF.get(a), GROUPS_OF.get(b));
}

/** The indexes of the groups `token` is a spelling of (undefined when the table does not know it). */
export function nameGroupsOf(token: string): readonly number[] | undefined {
  return GROUPS_OF.get(token);
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
  return OTHERS.get(token) ?? syllableRespellings(token);
}

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
