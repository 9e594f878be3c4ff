/**
 * Hard negatives of the kinds romanisation knowledge makes likely (issue 11, "negatives stay negative"): a listed
 * person's given name with another family name that is one letter or one consonant away from the listed one in
 * its romanised skeleton, or built with the same suffix on another root (Hasanov / Husaynov, Rahimov / Rahmonov,
 * al-Sharif / al-Sarif); another person who shares only a common given or family name, spelt in another system;
 * and a name that keeps only the listed name's particles and titles (al, bin, abu, Abdul, Muhammad, van, de …).
 * Built from the bench's own name material (world-inventory, name-data), never from a sanctions list, and
 * without the matcher's letter rules: the skeleton below is the bench's own, coarse on purpose.
 */
import { CULTURES } from './name-data';
import { entryAt, type GeneratedEntry } from './generate-list';
import { editDistance, type NegativeContext } from './negatives';
import type { Rng } from './rng';
import { isListedPerson, partKey } from './same-name';
import * as inv from './world-inventory';
import { phonemicIdentity } from './world-romanise';
import { renderPerson, SCHEME_COUNT, worldPerson, type WorldCulture, type WorldPerson } from './world-names';
import { differs, otherScheme, personOf, randomWorldPerson } from './world-variations';

type NearNegative = (rng: Rng, ctx: NegativeContext, listedPersons: Set<string>) => string | undefined;

/** Cultures whose names are single romanised words (not syllable names, not Hispanic double surnames). */
const WORD_CULTURES = new Set<WorldCulture>(['ARAB', 'IRAN', 'SOUTH_ASIA', 'CIS', 'UKRAINE', 'WEST_AFRICA', 'INDIA']);

/** Consonant classes that romanisations write for one sound, or that one letter of another script becomes. */
const FOLD: Readonly<Record<string, string>> = { q: 'k', g: 'k', c: 'j', x: 'h', d: 'z', v: 'b', w: 'b', f: 'b', p: 'b' };

/**
 * A romanised word's coarse skeleton: the Arabic article off, digraphs as one letter, letter classes folded,
 * vowels gone, doubles once. Two names one edit apart here are what a reader of romanised names may take for one.
 */
export function skeleton(word: string): string {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:al|el|ul|ad|ar|as|ash|at|az|an|ad-din)[- ]/, '')
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'x')
    .replace(/gh/g, 'g')
    .replace(/sh|sch/g, 's')
    .replace(/ch|tsch|tch/g, 'c')
    .replace(/zh/g, 'j')
    .replace(/th/g, 's')
    .replace(/dh/g, 'z')
    .replace(/ph/g, 'f');
  let out = '';
  for (const ch of w) {
    if ('aeiouy'.includes(ch)) continue;
    const m = FOLD[ch] ?? ch;
    if (out[out.length - 1] !== m) out += m;
  }
  return out;
}

/** Family names of a culture in its notation, with surnames built on its given names (Rahim → Рахимов, RaHIm → RaHImI / RaHImzAde). */
function familyPool(culture: WorldCulture, female: boolean): readonly string[] {
  const key = `${culture}|${female}`;
  const kept = POOLS.get(key);
  if (kept !== undefined) return kept;
  let pool: string[];
  switch (culture) {
    case 'ARAB':
      pool = [...inv.ARABIC_FAMILY];
      break;
    case 'IRAN':
      pool = [...inv.PERSIAN_FAMILY, ...inv.PERSIAN_GIVEN_M.filter((g) => !g.includes(' ')).flatMap((g) => [`${g}I`, `${g}zAde`])];
      break;
    case 'SOUTH_ASIA':
      pool = [...inv.SOUTH_ASIAN_FAMILY];
      break;
    case 'CIS': {
      const derived = inv.CIS_GIVEN_M.filter((g) => /[бвгджзклмнпрстфхцчшщ]$/.test(g)).flatMap((g) => [`${g}ов`, `${g}зода`]);
      pool = [...inv.CIS_FAMILY, ...derived].map((s) => (female && /(ов|ев|ин)$/.test(s) ? `${s}а` : s));
      break;
    }
    case 'UKRAINE':
      pool = [...inv.UKRAINIAN_FAMILY];
      break;
    case 'WEST_AFRICA':
      pool = [...inv.WEST_AFRICAN_FAMILY];
      break;
    default:
      pool = [...inv.INDIAN_FAMILY];
  }
  pool = [...new Set(pool)];
  POOLS.set(key, pool);
  return pool;
}
const POOLS = new Map<string, readonly string[]>();

/** How a family name is written in one rendering of a person (given names aside). */
function renderedFamily(p: WorldPerson, family: string, scheme: number, seed: number): string {
  return renderPerson({ ...p, given: [], father: [], family: [family] }, { scheme, seed, format: 'western' }).trim();
}

/** A surname's root: the given name it was built on (Рахимов, Рахимзода → Рахим; raHImI, raHImzAde → raHIm). */
function rootKey(culture: WorldCulture, family: string): string {
  const root = culture === 'IRAN' ? family.replace(/(?:zAde|I)$/, '') : family.replace(/(?:ова|ева|ов|ев|зода|заде|ина|ин)$/, '');
  return partKey(culture, root);
}

/**
 * Another family name of the person's culture, a different name, whose romanised skeleton is at most one edit
 * from the listed family name's (same skeleton with other vowels, one consonant class apart, or another root with
 * the same suffix).
 */
function nearFamily(rng: Rng, p: WorldPerson, scheme: number, seed: number): string | undefined {
  const listed = p.family[0];
  const listedSkeleton = skeleton(renderedFamily(p, listed, scheme, seed));
  if (listedSkeleton.length < 3) return undefined;
  const near: string[] = [];
  for (const f of familyPool(p.culture, p.female)) {
    if (f === listed || partKey(p.culture, f) === partKey(p.culture, listed) || rootKey(p.culture, f) === rootKey(p.culture, listed)) continue;
    const s = skeleton(renderedFamily(p, f, scheme, seed));
    if (s.length >= 3 && Math.abs(s.length - listedSkeleton.length) <= 1 && editDistance(s, listedSkeleton) <= 1) near.push(f);
  }
  return near.length === 0 ? undefined : rng.pick(near);
}

/** The first names of each inventory list: the common ones (inventories are ordered as top lists are). */
const COMMON_TOP = 12;
export function commonGiven(culture: WorldCulture): readonly string[] {
  switch (culture) {
    case 'ARAB':
      return [...inv.ARABIC_GIVEN_M.slice(0, COMMON_TOP), ...inv.ARABIC_GIVEN_F.slice(0, 4)];
    case 'IRAN':
      return [...inv.PERSIAN_GIVEN_M.slice(0, COMMON_TOP), ...inv.PERSIAN_GIVEN_F.slice(0, 4)];
    case 'SOUTH_ASIA':
      return [...inv.SOUTH_ASIAN_GIVEN_M.slice(0, COMMON_TOP), ...inv.SOUTH_ASIAN_GIVEN_F.slice(0, 4)];
    case 'CIS':
      return [...inv.CIS_GIVEN_M.slice(0, COMMON_TOP), ...inv.CIS_GIVEN_F.slice(0, 4)];
    case 'UKRAINE':
      return [...inv.UKRAINIAN_GIVEN_M.slice(0, COMMON_TOP), ...inv.UKRAINIAN_GIVEN_F.slice(0, 4)];
    case 'WEST_AFRICA':
      return [...inv.WEST_AFRICAN_GIVEN_M.slice(0, COMMON_TOP), ...inv.WEST_AFRICAN_GIVEN_F.slice(0, 4)];
    default:
      return [...inv.INDIAN_GIVEN_M.slice(0, COMMON_TOP), ...inv.INDIAN_GIVEN_F.slice(0, 4)];
  }
}
export function commonFamily(culture: WorldCulture, female = false): readonly string[] {
  return familyPool(culture, female).slice(0, COMMON_TOP);
}

/** The particles a name part starts with, in the inventories' notation (Abd al-, Abu, al-, de la, van den …). */
const WORLD_PREFIX = /^(?:3abd al-|3abd |abU |al-|de la |del |de )/;
const LATIN_PREFIX = /^(?:(?:van|von|de|del|della|di|da|dos|du|le|la|der|den|ten|ter|zu)\s+)+/i;
/** Muhammad written before the name one goes by: a particle of the name, not its identity. */
const MUHAMMAD = new Set(['muHammad', 'moHammad']);
/** Particle words as written: the article (assimilated too), son / daughter / father of, Abd, Muhammad, Romance and Dutch particles. */
const WRITTEN_PARTICLE =
  /^(?:al|el|ul|ad|ar|as|ash|at|az|ech|ed|en|er|es|et|ez|an|bin|ibn|bint|ben|abu|abou|abd|abdul|abdel|abdal|abdol|abdoul|m[ou]{1,2}h?amm?[ae]d|mohd|de|del|la|los|van|von|der|den|ten|ter)$/;
const TITLES = ['Haji', 'Sheikh', 'Syed', 'Mr', 'Dr', 'Alhaji', 'Mirza'];

function prefixOf(part: string, re: RegExp): string {
  return re.exec(part)?.[0] ?? '';
}

/**
 * Another name part of the list with the same particles in front and another name after them (al-Harbi for
 * al-Tamimi, Abd al-Karim for Abd al-Rahman, de la Cruz for de León); Muhammad stays.
 */
function sameParticlesOtherName(rng: Rng, part: string, list: readonly string[], re: RegExp): string | undefined {
  if (MUHAMMAD.has(part)) return part;
  const prefix = prefixOf(part, re);
  const core = part.slice(prefix.length);
  const options = list.filter((x) => {
    if (MUHAMMAD.has(x) || prefixOf(x, re) !== prefix) return false;
    const c = x.slice(prefix.length);
    return phonemicIdentity(c) !== phonemicIdentity(core) && editDistance(skeleton(c), skeleton(core)) > 1;
  });
  return options.length === 0 ? undefined : rng.pick(options);
}

function givenList(culture: WorldCulture, female: boolean): readonly string[] {
  switch (culture) {
    case 'ARAB':
      return female ? inv.ARABIC_GIVEN_F : inv.ARABIC_GIVEN_M;
    case 'IRAN':
      return female ? inv.PERSIAN_GIVEN_F : inv.PERSIAN_GIVEN_M;
    case 'SOUTH_ASIA':
      return female ? inv.SOUTH_ASIAN_GIVEN_F : inv.SOUTH_ASIAN_GIVEN_M;
    default:
      return female ? inv.HISPANIC_GIVEN_F : inv.HISPANIC_GIVEN_M;
  }
}
function familyList(culture: WorldCulture): readonly string[] {
  switch (culture) {
    case 'ARAB':
      return inv.ARABIC_FAMILY;
    case 'IRAN':
      return inv.PERSIAN_FAMILY;
    case 'SOUTH_ASIA':
      return inv.SOUTH_ASIAN_FAMILY;
    default:
      return inv.HISPANIC_FAMILY;
  }
}

/** Whether a world person's name has a particle another name can share: a prefixed part, bin / ibn, Muhammad before another name. */
function hasParticles(p: WorldPerson): boolean {
  const parts = [...p.given, ...p.father, ...p.family];
  return p.nasabWord !== '' || parts.some((x) => prefixOf(x, WORLD_PREFIX) !== '') || (MUHAMMAD.has(p.given[0]) && parts.length >= 3);
}

function particlesOnlyWorld(rng: Rng, ctx: NegativeContext, listed: Set<string>, e: GeneratedEntry, p: WorldPerson): string | undefined {
  if (!hasParticles(p)) return undefined;
  const given = givenList(p.culture, p.female);
  const swap = (xs: readonly string[], list: readonly string[]): string[] | undefined => {
    const out = xs.map((x) => sameParticlesOtherName(rng, x, list, WORLD_PREFIX));
    return out.some((x) => x === undefined) ? undefined : (out as string[]);
  };
  const g = swap(p.given, given);
  const f = swap(p.father, givenList(p.culture, false));
  const fam = swap(p.family, familyList(p.culture));
  if (g === undefined || f === undefined || fam === undefined) return undefined;
  const q: WorldPerson = { ...p, given: g, father: f, family: fam };
  if (isListedPerson(ctx, listed, q) || (MUHAMMAD.has(g[0]) && g.length > 1 && isListedPerson(ctx, listed, { ...q, given: g.slice(1) }))) return undefined;
  return renderPerson(q, { ...e.world!.renderings[0], format: rng.pick(['natural', 'western', e.world!.renderings[0].format] as const) });
}

/** A person of the other cultures whose surname has particles (van den Berg, de la Fuente): another given name, the particles, another surname. */
function particlesOnlyLatin(rng: Rng, e: GeneratedEntry): string | undefined {
  const c = CULTURES.find((x) => x.country === e.culture);
  if (c === undefined || c.script !== undefined) return undefined;
  const name = e.names[0];
  const listed = c.surnames.find((s) => prefixOf(s, LATIN_PREFIX) !== '' && name.endsWith(s));
  if (listed === undefined) return undefined;
  const surname = sameParticlesOtherName(rng, listed, c.surnames, LATIN_PREFIX);
  if (surname === undefined) return undefined;
  const first = name.split(' ')[0];
  const others = c.given.filter((x) => editDistance(skeleton(x), skeleton(first)) > 1);
  return others.length === 0 ? undefined : `${rng.pick(others)} ${surname}`;
}

export const NEAR_NEGATIVES: Readonly<Record<string, NearNegative>> = {
  /**
   * (a) A listed person's given name (and father's name, or none), spelt as listed or in another system, with a
   * family name of the culture one skeleton edit from the listed one: another family, however alike romanised.
   */
  given_near_other_family: (rng, ctx, listed) => {
    const found = randomWorldPerson(rng, ctx, (p) => WORD_CULTURES.has(p.culture));
    if (found === undefined) return undefined;
    const { e, p } = found;
    const r = e.world!.renderings[0];
    const family = nearFamily(rng, p, r.scheme, r.seed);
    if (family === undefined) return undefined;
    const q: WorldPerson = { ...p, family: [family], father: rng.chance(0.5) ? p.father : [] };
    if (!differs(p, q, 'family') || isListedPerson(ctx, listed, q)) return undefined;
    const scheme = rng.chance(0.5) ? r.scheme : (otherScheme(rng, p.culture, [r.scheme]) ?? r.scheme);
    return renderPerson(q, { scheme, seed: rng.int(2 ** 30), format: rng.pick(['natural', 'western', 'comma'] as const) });
  },
  /**
   * (b) Another person who shares one common name part with a listed one — a top given name or a top family name
   * of the culture — spelt in another system; every other part is the other person's.
   */
  shared_common_name_part: (rng, ctx, listed) => {
    const found = randomWorldPerson(rng, ctx, (p) => WORD_CULTURES.has(p.culture));
    if (found === undefined) return undefined;
    const { e, p } = found;
    const commonG = commonGiven(p.culture).includes(p.given[0]);
    const commonF = commonFamily(p.culture).includes(p.family[0]);
    if (!commonG && !commonF) return undefined;
    const keepGiven = commonG && (!commonF || rng.chance(0.5));
    const other = worldPerson(rng, p.culture);
    const q: WorldPerson = keepGiven
      ? { ...other, given: p.given.slice(0, 1), female: p.female }
      : { ...other, family: p.family, female: p.female, given: other.female === p.female ? other.given : worldPerson(rng, p.culture).given };
    if (!differs(p, q, keepGiven ? 'family' : 'given') || isListedPerson(ctx, listed, q)) return undefined;
    if (q.father.some((f) => p.father.includes(f) || p.given.includes(f))) return undefined;
    const scheme = otherScheme(rng, p.culture, [e.world!.renderings[0].scheme]) ?? rng.int(SCHEME_COUNT[p.culture].all);
    return renderPerson(q, { scheme, seed: rng.int(2 ** 30), format: rng.pick(['natural', 'western', 'comma'] as const) });
  },
  /**
   * (c) Only the listed name's particles (al-, bin / ibn, Abd al-, Abu, Muhammad before the name, de la, van den),
   * every name after them another name of the culture; sometimes a title in front.
   */
  particles_titles_only: (rng, ctx, listed) => {
    const e = entryAt(ctx.seed, rng.int(ctx.entries));
    if (e.kind !== 'person') return undefined;
    const p = personOf(e);
    const name =
      p === undefined
        ? particlesOnlyLatin(rng, e)
        : ['ARAB', 'IRAN', 'SOUTH_ASIA', 'HISPANIC'].includes(p.culture)
          ? particlesOnlyWorld(rng, ctx, listed, e, p)
          : undefined;
    if (name === undefined || !name.split(/[\s,-]+/).some((w) => WRITTEN_PARTICLE.test(w.toLowerCase()))) return undefined;
    return p !== undefined && p.culture !== 'HISPANIC' && rng.chance(0.3) ? `${rng.pick(TITLES)} ${name}` : name;
  },
};
