/**
 * Hard negatives of the commonest innocent shapes (issue 11, "negatives stay negative"), each kind reported on its
 * own: an unlisted person whose given and family names are both among the commonest of a listed person's culture;
 * a listed person's given name with another surname of the culture a letter or two away (Jensen / Janssen,
 * Scholz / Schulz: two families); a listed company's distinctive word among common company words of another trade.
 * Built from the bench's own name material (name-data, world-inventory), never from a sanctions list.
 */
import { COMMON_COMPANY_WORDS, CULTURES } from './name-data';
import { entryAt } from './generate-list';
import { distinctiveWord, editDistance, type NegativeContext } from './negatives';
import { commonFamily, commonGiven } from './near-negatives';
import { isListedPerson } from './same-name';
import type { Rng } from './rng';
import { latinName } from './variations';
import { renderPerson, SCHEME_COUNT, worldPerson, type WorldPerson } from './world-names';
import { randomWorldPerson } from './world-variations';

type CommonNegative = (rng: Rng, ctx: NegativeContext, listedPersons: Set<string>) => string | undefined;

/** commonGiven lists a culture's top male names first, then its top female ones. */
const COMMON_MALE = 12;

export const COMMON_NEGATIVES: Readonly<Record<string, CommonNegative>> = {
  /**
   * Nobody on the list: a top given name and a top family name of a listed person's culture (the Ahmad Hashemi,
   * Olena Kovalenko, Muhammad Khan a bank pays every day), maybe with a father's name, in any romanisation.
   */
  common_given_common_family: (rng, ctx, listed) => {
    const found = randomWorldPerson(rng, ctx, (p) => p.culture !== 'CHINA' && p.culture !== 'KOREA' && p.culture !== 'HISPANIC');
    if (found === undefined) return undefined;
    const culture = found.p.culture;
    const given = commonGiven(culture);
    const k = rng.int(given.length);
    const female = k >= COMMON_MALE;
    const other = worldPerson(rng, culture);
    const q: WorldPerson = {
      ...other,
      female,
      given: [given[k]],
      father: rng.chance(0.3) && !female ? other.father.slice(0, 1) : [],
      family: [rng.pick(commonFamily(culture, female))],
      nasabWord: '',
    };
    if (isListedPerson(ctx, listed, q)) return undefined;
    return renderPerson(q, { scheme: rng.int(SCHEME_COUNT[culture].all), seed: rng.int(2 ** 30), format: rng.pick(['natural', 'western', 'comma'] as const) });
  },
  /** A listed person's given name (as listed) with another surname of the culture one or two letters away. */
  latin_given_near_surname: (rng, ctx) => {
    const e = entryAt(ctx.seed, rng.int(ctx.entries));
    if (e.kind !== 'person' || e.world !== undefined) return undefined;
    const c = CULTURES.find((x) => x.country === e.culture);
    if (c === undefined || c.script !== undefined) return undefined;
    const ws = latinName(e).split(' ');
    if (ws.length < 2) return undefined;
    const surname = ws[ws.length - 1].toLowerCase();
    const near = c.surnames.filter((s) => {
      if (s.includes(' ') || s.length < 4) return false;
      const d = editDistance(s.toLowerCase(), surname);
      return d >= 1 && d <= 2;
    });
    return near.length === 0 ? undefined : `${ws[0]} ${rng.pick(near)}`;
  },
  /** A listed company's distinctive word with common company words it does not have, and a legal form. */
  listed_brand_common_words: (rng, ctx) => {
    const e = entryAt(ctx.seed, rng.int(ctx.entries));
    if (e.kind !== 'organisation') return undefined;
    const c = CULTURES.find((x) => x.country === e.culture) ?? CULTURES[0];
    const ws = latinName(e).split(' ');
    const at = distinctiveWord(ws, c);
    if (at < 0) return undefined;
    const words = [...c.companyWords, ...COMMON_COMPANY_WORDS].filter((w) => !ws.includes(w));
    const a = rng.pick(words);
    const b = rng.pick(words.filter((w) => w !== a));
    const form = rng.pick(['Ltd', 'GmbH', 'AB', 'LLC', 'S.A.', 'Inc', '']);
    return `${ws[at]} ${a}${rng.chance(0.5) ? ` ${b}` : ''} ${form}`.trim();
  },
};
