/**
 * Variation kinds and hard negatives of the romanised world: another romanisation of the same name, parts of a
 * name left out, a value cut at 35, 70 or 140 characters, two typos anywhere; and negatives that share a
 * romanised token, a given name, or only particles with a listed name.
 */
import type { PayeeField } from '../../src/iso20022/types';
import { entryAt, type GeneratedEntry } from './generate-list';
import { listEntryAt } from './dense';
import type { NegativeContext } from './negatives';
import type { Rng } from './rng';
import { arabicScriptPerson, isListedPerson } from './same-name';
import { KEYBOARD_NEIGHBOURS, type Variation } from './variations';
import * as inv from './world-inventory';
import {
  droppableParts,
  personIdentity,
  renderOrganisation,
  renderParty,
  renderPerson,
  SCHEME_COUNT,
  worldOrganisation,
  worldPerson,
  pickWorldCulture,
  type Rendering,
  type WorldCulture,
  type WorldPerson,
} from './world-names';

const nm = (value: string): PayeeField => ({ path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value, partyRef: 'cdtr' });

/** What two spellings share once case, marks and punctuation are gone: the same spelling. */
export function folded(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function otherScheme(rng: Rng, culture: WorldCulture, used: readonly number[]): number | undefined {
  const all = SCHEME_COUNT[culture].all;
  const free: number[] = [];
  for (let s = 0; s < all; s++) if (!used.includes(s)) free.push(s);
  return free.length === 0 ? undefined : rng.pick(free);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One edit anywhere in a word of 2+ letters: substitution, deletion, insertion or a swap of neighbours. */
function anyTypo(word: string, rng: Rng): string {
  const i = rng.int(word.length);
  const lower = word[i].toLowerCase();
  const replacement = rng.chance(0.6) ? rng.pick([...(KEYBOARD_NEIGHBOURS[lower] ?? LETTERS)]) : LETTERS[rng.int(26)];
  const cased = word[i] === word[i].toUpperCase() ? replacement.toUpperCase() : replacement;
  switch (rng.int(4)) {
    case 0:
      return word.slice(0, i) + cased + word.slice(i + 1);
    case 1:
      return word.length > 2 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + cased + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + cased + word.slice(i);
    default:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i - 1) + word[i] + word[i - 1];
  }
}

/** Letters of the cut value beyond the listed name's spelt-out legal form (STATE UNITARY ENTERPRISE …). */
function lettersAfterLegalPrefix(listed: string, value: string): number {
  const prefix = inv.CIS_LEGAL_PREFIXES.filter((p) => listed.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? '';
  return value.slice(prefix.length).replace(/[^\p{L}]/gu, '').length;
}

/**
 * A value cut at a field length, as a legacy format does; trailing blanks go (XML values are trimmed). Cuts that
 * leave nothing of the name but its spelt-out legal form are their own kind (`prefixOnly`): no matcher can tell
 * which of the listed enterprises such a value names.
 */
function cut(length: number, prefixOnly = false): Variation {
  return (e) => {
    const n = e.names[0];
    if (/[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]/.test(n) || n.length <= length + 1) return undefined;
    const value = n.slice(0, length).trimEnd();
    return lettersAfterLegalPrefix(n, value) < 3 === prefixOnly ? [nm(value)] : undefined;
  };
}

export function personOf(e: GeneratedEntry): WorldPerson | undefined {
  return e.world?.party.type === 'person' ? e.world.party : undefined;
}

/** Another romanisation of the name of a listed party (of one culture, or of any but the Hispanic). */
function romanisation(only?: WorldCulture): Variation {
  return (e, rng) => {
    const w = e.world;
    if (w === undefined || w.party.culture === 'HISPANIC' || (only !== undefined && w.party.culture !== only)) return undefined;
    const listed = new Set(e.names.map(folded));
    for (let attempt = 0; attempt < 6; attempt++) {
      const scheme = otherScheme(rng, w.party.culture, attempt < 3 ? w.renderings.map((r) => r.scheme) : []);
      if (scheme === undefined) return undefined;
      const format = w.party.type === 'person' && rng.chance(0.3) ? 'western' : 'natural';
      const name = renderParty(w.party, { scheme, format, seed: rng.int(2 ** 30) });
      if (!listed.has(folded(name))) return [nm(name)];
    }
    return undefined;
  };
}

export const WORLD_NAME_VARIATIONS: Readonly<Record<string, Variation>> = {
  /** The same name in another romanisation system (every part re-spelt). */
  romanisation: romanisation(),
  /** The same, per source: Chinese (pinyin, Wade-Giles, Cantonese), Korean, West African, Indian, Pakistani / Afghan. */
  romanisation_chinese: romanisation('CHINA'),
  romanisation_korean: romanisation('KOREA'),
  romanisation_west_african: romanisation('WEST_AFRICA'),
  romanisation_indian: romanisation('INDIA'),
  romanisation_pakistani_afghan: romanisation('SOUTH_ASIA'),
  /** Father's name or patronymic, a second given name or the second surname left out; or given names as initials. */
  dropped_parts: (e, rng) => {
    const p = personOf(e);
    if (p === undefined) {
      // A listed person of the other cultures with a middle name.
      if (e.kind !== 'person' || e.world !== undefined || /[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]/.test(e.names[0])) return undefined;
      const ws = e.names[0].split(' ');
      if (ws.length < 3) return undefined;
      return [
        nm(
          rng.chance(0.5) ? [ws[0], ...ws.slice(2)].join(' ') : [`${ws[0][0]}.`, ...ws.slice(1).map((w, i) => (i < ws.length - 2 ? `${w[0]}.` : w))].join(' '),
        ),
      ];
    }
    const options = droppableParts(p);
    if (options.length === 0) return undefined;
    const what = rng.pick(options);
    const listed = e.world!.renderings[0];
    const r: Rendering = {
      ...listed,
      format: listed.format === 'comma' && rng.chance(0.5) ? 'comma' : 'natural',
      dropFather: what === 'father' || (what === 'initials' && rng.chance(0.5)),
      dropMiddleGiven: what === 'middle',
      dropSecondFamily: what === 'second_family',
      initials: what === 'initials',
    };
    const name = renderPerson(p, r);
    return e.names.some((n) => folded(n) === folded(name)) ? undefined : [nm(name)];
  },
  truncated_35: cut(35),
  truncated_70: cut(70),
  truncated_140: cut(140),
  truncated_35_legal_prefix_only: cut(35, true),
  /** Two typos anywhere in the name: any word of two or more letters, first letters and swaps included. */
  typo_2_any: (e, rng) => {
    const n = e.names[0];
    if (/[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]/.test(n)) return undefined;
    const ws = n.split(' ');
    const eligible = ws.map((w, i) => (/^[\p{L}]{2,}$/u.test(w) ? i : -1)).filter((i) => i >= 0);
    if (eligible.length === 0 || n.replace(/[^\p{L}]/gu, '').length < 6) return undefined;
    for (let k = 0; k < 2; k++) {
      const at = rng.pick(eligible);
      ws[at] = anyTypo(ws[at], rng);
    }
    const v = ws.join(' ');
    return folded(v) === folded(n) ? undefined : [nm(v)];
  },
};

/** Identities of every listed person of these cultures (given + family, whatever the spelling). */
export function listedWorldIdentities(seed: number, entries: number, fillers = 0): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < entries + fillers; i++) {
    const e = listEntryAt(seed, i, entries);
    const p = personOf(e);
    if (p !== undefined) keys.add(personIdentity(p));
    else if (e.kind === 'person' && e.culture === 'AE') {
      const q = arabicScriptPerson(e.names[0]);
      if (q !== undefined) keys.add(personIdentity(q));
    }
  }
  return keys;
}

/**
 * Spellings of a listed world person that a negative must not be: given name and family name alone, with and
 * without the second surname, in every listed system (see quality's isListed).
 */
export function listedWorldSpellings(e: GeneratedEntry): string[] {
  const p = personOf(e);
  if (p === undefined) return [];
  const out: string[] = [];
  for (const r of e.world!.renderings) {
    out.push(renderPerson(p, { ...r, format: 'western', dropFather: true, dropMiddleGiven: true }));
    out.push(renderPerson(p, { ...r, format: 'western', dropFather: true, dropMiddleGiven: true, dropSecondFamily: true }));
  }
  return out;
}

/**
 * The listed person's given and family name in every system of the culture (three spelling seeds each), as
 * letters only: a payment "Law Chun" is the Cantonese spelling of a listed Luo Jun (羅俊) whichever other person a
 * generator meant by it (Luo Zhen is written so too), and is no negative.
 */
export function listedWorldLetterKeys(e: GeneratedEntry): string[] {
  const p = personOf(e);
  if (p === undefined || !ROMANISED_ALIKE.has(p.culture)) return [];
  const out: string[] = [];
  for (let scheme = 0; scheme < SCHEME_COUNT[p.culture].all; scheme++) {
    for (let seed = 0; seed < 3; seed++) {
      for (const format of ['natural', 'western'] as const)
        out.push(letters(renderPerson(p, { scheme, seed, format, dropFather: true, dropMiddleGiven: true })));
    }
  }
  return out;
}

/** Cultures whose spellings of different names coincide often (one-syllable Chinese and Korean names, West African and Indian spellings). */
const ROMANISED_ALIKE = new Set<WorldCulture>(['CHINA', 'KOREA', 'WEST_AFRICA', 'INDIA']);

/** A name as its letters alone, in order (case, marks, spaces and hyphens gone). */
export function letters(name: string): string {
  return `letters:${folded(name)}`;
}

type WorldNegative = (rng: Rng, ctx: NegativeContext, listedPersons: Set<string>) => string | undefined;

export function randomWorldPerson(
  rng: Rng,
  ctx: NegativeContext,
  accept: (p: WorldPerson) => boolean = () => true,
): { e: GeneratedEntry; p: WorldPerson } | undefined {
  for (let attempt = 0; attempt < 200; attempt++) {
    const e = entryAt(ctx.seed, rng.int(ctx.entries));
    const p = personOf(e);
    if (p !== undefined && accept(p)) return { e, p };
  }
  return undefined;
}

export function differs(a: WorldPerson, b: WorldPerson, part: 'given' | 'family'): boolean {
  const idA = personIdentity({ culture: a.culture, given: part === 'given' ? a.given : a.family, family: [''] });
  const idB = personIdentity({ culture: b.culture, given: part === 'given' ? b.given : b.family, family: [''] });
  return idA !== idB;
}

export const WORLD_NEGATIVES: Readonly<Record<string, WorldNegative>> = {
  /** Another person who shares one romanised token (given or family name) with a listed one, maybe spelt otherwise. */
  world_shared_token: (rng, ctx, listed) => {
    const found = randomWorldPerson(rng, ctx, (p) => p.culture !== 'HISPANIC');
    if (found === undefined) return undefined;
    const { e, p } = found;
    const other = worldPerson(rng, p.culture);
    const keepGiven = rng.chance(0.5);
    const q: WorldPerson = keepGiven ? { ...other, given: p.given, female: p.female } : { ...other, family: p.family, female: p.female };
    if (!differs(p, q, keepGiven ? 'family' : 'given') || isListedPerson(ctx, listed, q, 'identity')) return undefined;
    const scheme = rng.chance(0.5) ? e.world!.renderings[0].scheme : rng.int(SCHEME_COUNT[p.culture].all);
    return renderPerson(q, { scheme, format: rng.pick(['natural', 'western', 'comma'] as const), seed: rng.int(2 ** 30) });
  },
  /** A listed person's given name (and father's name), spelt as listed, with another family name. */
  world_same_given_other_family: (rng, ctx, listed) => {
    const found = randomWorldPerson(rng, ctx);
    if (found === undefined) return undefined;
    const { e, p } = found;
    const q: WorldPerson = { ...p, family: worldPerson(rng, p.culture).family };
    if (!differs(p, q, 'family') || isListedPerson(ctx, listed, q, 'identity')) return undefined;
    return renderPerson(q, { ...e.world!.renderings[0], format: 'natural' });
  },
  /**
   * A listed person's given name spelt in another romanisation (Youssef for Yusuf: the name table makes them one
   * name) with another family name: the same given name is not the same person.
   */
  world_romanised_given_other_family: (rng, ctx, listed) => {
    const found = randomWorldPerson(rng, ctx, (p) => p.culture !== 'HISPANIC');
    if (found === undefined) return undefined;
    const { e, p } = found;
    const q: WorldPerson = { ...p, family: worldPerson(rng, p.culture).family };
    if (!differs(p, q, 'family') || isListedPerson(ctx, listed, q, 'identity')) return undefined;
    const scheme = otherScheme(
      rng,
      p.culture,
      e.world!.renderings.map((r) => r.scheme),
    );
    if (scheme === undefined) return undefined;
    return renderPerson(q, { scheme, format: rng.pick(['natural', 'western'] as const), seed: rng.int(2 ** 30) });
  },
  /** Only particles and the name's shape shared: every name word replaced (bin … bin … al-…, de la …). */
  particles_only: (rng, ctx, listed) => {
    const found = randomWorldPerson(
      rng,
      ctx,
      (p) =>
        (p.culture === 'ARAB' && (p.nasabWord !== '' || p.family[0].startsWith('al-'))) || (p.culture === 'HISPANIC' && /^(de|del) /.test(p.family.join(' '))),
    );
    if (found === undefined) return undefined;
    const { e, p } = found;
    for (let attempt = 0; attempt < 20; attempt++) {
      const o = worldPerson(rng, p.culture);
      const family =
        p.culture === 'ARAB'
          ? [rng.pick(inv.ARABIC_FAMILY.filter((f) => f.startsWith('al-')))]
          : [rng.pick(inv.HISPANIC_FAMILY.filter((f) => /^(de|del) /.test(f))), ...o.family.slice(1)];
      const father = p.father.map(() => rng.pick(inv.ARABIC_GIVEN_M));
      const q: WorldPerson = { ...p, given: o.given, father, family };
      const shared = [...q.given, ...q.father, ...q.family].some((x) => [...p.given, ...p.father, ...p.family].includes(x));
      if (shared || isListedPerson(ctx, listed, q, 'identity')) continue;
      return renderPerson(q, { ...e.world!.renderings[0], format: 'natural' });
    }
    return undefined;
  },
  /** Persons of the same cultures nobody listed. */
  world_unlisted: (rng, ctx, listed) => {
    const culture = pickWorldCulture(rng);
    const p = worldPerson(rng, culture);
    if (isListedPerson(ctx, listed, p, 'identity')) return undefined;
    return renderPerson(p, {
      scheme: rng.int(SCHEME_COUNT[culture].all),
      format: rng.pick(['natural', 'western', 'comma', 'caps'] as const),
      seed: rng.int(2 ** 30),
    });
  },
  /** Company names of these cultures made only of common words: trade, city, legal form. */
  world_company_words: (rng) => {
    switch (rng.int(4)) {
      case 0:
        return `${rng.pick(inv.ARABIC_ORG_TRADES)} ${rng.pick(inv.ARABIC_ORG_FORMS)}`.trim();
      case 1:
        return `${rng.pick(inv.CHINESE_CITIES)} ${rng.pick(inv.CHINESE_TRADES)} Co., Ltd.`;
      case 2:
        return `${rng.pick(inv.CIS_LEGAL_PREFIXES)} ${rng.pick(['STROY', 'INVEST', 'TRANS', 'SERVICE', 'PROM'])}`;
      default:
        return renderOrganisation({ ...worldOrganisation(rng, 'IRAN'), native: [] }, 0, 0);
    }
  },
};
