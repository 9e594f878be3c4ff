/**
 * Hard negatives: payee names that are not on the list but look like listed ones the way innocent payees do —
 * a listed surname with another given name, a listed company's generic words, common names.
 */
import { COMMON_COMPANY_WORDS, CULTURES } from './name-data';
import { brand, entryAt, personName } from './generate-list';
import { latinName } from './variations';
import type { Rng } from './rng';

export interface NegativeContext {
  readonly seed: number;
  /** Generated entries (negatives are drawn from them), */
  readonly entries: number;
  /** ... followed by this many fillers (--dense, dense.ts): listed names a negative must not be either. */
  readonly fillers?: number;
}

type Negative = (rng: Rng, ctx: NegativeContext) => string | undefined;

/** A listed entry; persons only of the cultures whose names are "given … surname" (world-names has its own negatives). */
function randomEntry(rng: Rng, ctx: NegativeContext, kind?: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const e = entryAt(ctx.seed, rng.int(ctx.entries));
    if (kind === 'person' && e.world !== undefined) continue;
    if (kind === undefined || e.kind === kind) return e;
  }
  return undefined;
}

function cultureOf(country: string) {
  return CULTURES.find((c) => c.country === country) ?? CULTURES[0];
}

/** The longest word of a company name that is no legal form or company word (its brand), or -1. */
export function distinctiveWord(ws: readonly string[], c: (typeof CULTURES)[number]): number {
  const ordinary = new Set([...c.legalForms.flatMap((f) => f.split(' ')), ...c.companyWords, ...COMMON_COMPANY_WORDS, '&', 'LLC', 'FZE', 'FZ-LLC', 'L.L.C.']);
  let at = -1;
  ws.forEach((w, i) => {
    if (!ordinary.has(w) && w.length >= 4 && (at < 0 || w.length > ws[at].length)) at = i;
  });
  return at;
}

export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

export const NEGATIVES: Readonly<Record<string, Negative>> = {
  same_surname_other_given: (rng, ctx) => {
    const e = randomEntry(rng, ctx, 'person');
    if (e === undefined) return undefined;
    const ws = latinName(e).split(' ');
    const c = cultureOf(e.culture);
    if (c.script !== undefined) return undefined;
    const other = rng.pick(c.given);
    if (other === ws[0] || other[0] === ws[0][0]) return undefined;
    return [other, ...ws.slice(ws.length >= 3 ? 2 : 1)].join(' ');
  },
  same_given_other_surname: (rng, ctx) => {
    const e = randomEntry(rng, ctx, 'person');
    if (e === undefined) return undefined;
    const c = cultureOf(e.culture);
    if (c.script !== undefined) return undefined;
    const ws = latinName(e).split(' ');
    const other = personName(rng, c).split(' ').pop()!;
    if (editDistance(other.toLowerCase(), ws[ws.length - 1].toLowerCase()) < 3) return undefined;
    return [...ws.slice(0, -1), other].join(' ');
  },
  shared_company_words: (rng, ctx) => {
    const e = randomEntry(rng, ctx, 'organisation');
    if (e === undefined) return undefined;
    const c = cultureOf(e.culture);
    const ws = latinName(e).split(' ');
    // Replace the most distinctive word (the longest that is no legal form or company word) by another
    // invented brand, clearly not a misspelling of it.
    const at = distinctiveWord(ws, c);
    if (at < 0) return undefined;
    const other = brand(rng, c.script === undefined ? c : CULTURES[11]);
    if (editDistance(other.toLowerCase(), ws[at].toLowerCase()) < 4) return undefined;
    ws[at] = other;
    return ws.join(' ');
  },
  common_company_words: (rng) => {
    const n = 2 + rng.int(2);
    const ws: string[] = [];
    while (ws.length < n) {
      const w = rng.pick(COMMON_COMPANY_WORDS);
      if (!ws.includes(w)) ws.push(w);
    }
    return `${ws.join(' ')} ${rng.pick(['Ltd', 'GmbH', 'AB', 'LLC', 'S.A.', ''])}`.trim();
  },
  common_person_names: (rng) => {
    const c = rng.pick(CULTURES.filter((x) => x.script === undefined));
    return `${rng.pick(c.given)} ${rng.pick(c.surnames)}`;
  },
  listed_word_in_other_name: (rng, ctx) => {
    const e = randomEntry(rng, ctx);
    if (e === undefined) return undefined;
    const ws = latinName(e)
      .split(' ')
      .filter((w) => w.length >= 5);
    if (ws.length === 0) return undefined;
    const c = rng.pick(CULTURES.filter((x) => x.script === undefined));
    return `${rng.pick(ws)} ${rng.pick(c.companyWords)} ${rng.pick(COMMON_COMPANY_WORDS)}`;
  },
  similar_brand: (rng, ctx) => {
    const e = randomEntry(rng, ctx);
    if (e === undefined || e.kind === 'person') return undefined;
    const c = cultureOf(e.culture);
    const ws = latinName(e).split(' ');
    const at = distinctiveWord(ws, c);
    if (at < 0) return undefined;
    const first = ws[at];
    const other = brand(rng, c.script === undefined ? c : CULTURES[11]);
    const candidate = first.slice(0, 3) + other.toLowerCase().slice(2);
    if (editDistance(candidate.toLowerCase(), first.toLowerCase()) < 3) return undefined;
    ws[at] = candidate[0].toUpperCase() + candidate.slice(1);
    return ws.join(' ');
  },
};
