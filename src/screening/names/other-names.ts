/**
 * Two name words that look alike but that the table of name spellings knows as two names: a given name of one
 * group against a given name of another (Omar / Amir), or two surnames built with one suffix on two different
 * given names (Hasani on Hasan / Hashemi on Hashim, Mahmudi on Mahmud / Mohammadi on Muhammad). A likeness of
 * letters or sound between them says nothing of one person: it is what two families' names look like.
 */
import { NAME_EQUIVALENTS, type EquivalenceSection } from './name-equivalents-data';
import { DERIVED_SUFFIXES } from './romanisation-rules';
import { sameDerivedName, sharedGroup } from './name-equivalents';
import type { TokenKeys } from './token-keys';

/** Sections whose groups are names of persons (not particles, not Chinese or Korean syllables, which stand for many names). */
const PERSON_NAME_SECTIONS: ReadonlySet<EquivalenceSection> = new Set<EquivalenceSection>([
  'arabic-given',
  'persian-given',
  'turkic-given',
  'slavic-given',
  'south-asian',
  'west-african',
]);

function personNameGroup(groups: readonly number[] | undefined): number | undefined {
  if (groups === undefined) return undefined;
  for (const g of groups) if (PERSON_NAME_SECTIONS.has(NAME_EQUIVALENTS[g].section)) return g;
  return undefined;
}

/**
 * "payment name/listed name" when the table knows the two words as different names (see above), or undefined when
 * it knows them as one, or does not know one of them.
 */
export function otherTableNames(a: TokenKeys, b: TokenKeys): string | undefined {
  if (sharedGroup(a.groups, b.groups) !== undefined) return undefined;
  const ga = personNameGroup(a.groups);
  const gb = personNameGroup(b.groups);
  if (ga !== undefined && gb !== undefined) return `${NAME_EQUIVALENTS[ga].name}/${NAME_EQUIVALENTS[gb].name}`;
  const da = a.derived;
  const db = da.length === 0 ? da : b.derived;
  if (db.length === 0 || sameDerivedName(da, db) !== undefined) return undefined;
  for (const x of da) {
    for (const y of db) if (x.suffix === y.suffix) return `${NAME_EQUIVALENTS[x.groups[0]].name}+/${NAME_EQUIVALENTS[y.groups[0]].name}+`;
  }
  // One given name with two suffixes: two family names built on it (Hasani / Hasanov, Hasani / Hasanzade), not one
  // spelt otherwise — but a man's and a woman's form of one (-ov / -ova) are one family's, and so are Azerbaijani -li
  // and the -ov it replaced in many surnames since independence (Hasanli / Hasanov, Mammadli / Mammadov).
  for (const x of da) {
    for (const y of db) {
      if (x.suffix === y.suffix || GENDER_PAIR(x.suffix, y.suffix) || LI_OV(x.suffix, y.suffix)) continue;
      const group = sharedGroup(x.groups, y.groups);
      if (group !== undefined) return `${group.name}+${DERIVED_SUFFIXES[x.suffix][0]}/${group.name}+${DERIVED_SUFFIXES[y.suffix][0]}`;
    }
  }
  return undefined;
}

/** Suffixes that are one family name's masculine and feminine form (DERIVED_SUFFIXES: -ov, -ova). */
const GENDER_PAIR = (a: number, b: number): boolean =>
  DERIVED_SUFFIXES[a][0] + 'a' === DERIVED_SUFFIXES[b][0] || DERIVED_SUFFIXES[b][0] + 'a' === DERIVED_SUFFIXES[a][0];

/** The Azerbaijani -li and the Russian -ov, -ova it replaced: one family's surname (DERIVED_SUFFIXES). */
const LI_OV = (a: number, b: number): boolean => {
  const pair = [DERIVED_SUFFIXES[a][0], DERIVED_SUFFIXES[b][0]];
  return pair.includes('li') && (pair.includes('ov') || pair.includes('ova'));
};
