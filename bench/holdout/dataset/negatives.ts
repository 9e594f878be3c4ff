/**
 * The labelled negative kinds: names and identifiers that must NOT be taken for a listed entry. Every name-based
 * negative is checked against the whole list by the guard before it is used.
 */
import { renderPerson, type Person, type Token } from '../names/model';
import { COMMON_COMPANY_WORDS, LEGAL_FORMS } from '../names/org-data';
import { orgConcepts, randomOrg, renderOrg } from '../names/organisations';
import { cultureOf, personAlternatives, randomPerson } from '../names/persons';
import type { Rng } from '../lib/rng';
import { skeletonsOf } from './guard';
import type { IdentifierFactory } from './identifiers';
import { subjectSkeletons } from './subjects';
import type { Placement, TxSpec } from './types';

export interface NegativeDraft {
  value: string;
  detail: string;
  subject: 'person' | 'organisation' | 'text' | 'identifier';
  culture: string;
  /** what the guard checks (empty for the text kinds, whose words are all common) */
  concepts: string[];
  skeletons: string[];
  placement: Placement;
  /** index of the listed entry this negative imitates */
  imitates?: number;
  tx?: Partial<TxSpec>;
  decoyName?: boolean;
}

/** What negatives may draw on from the finished list. */
export interface ListedView {
  persons: { person: Person; entry: number }[];
  ibans: { iban: string; entry: number }[];
}

export interface NegativeSpec {
  kind: string;
  n: number;
  make(rng: Rng, list: ListedView, ids: IdentifierFactory): NegativeDraft | null;
}

function personDraft(p: Person, detail: string, imitates?: number): NegativeDraft {
  const value = renderPerson(p);
  return {
    value,
    detail,
    subject: 'person',
    culture: p.culture,
    concepts: p.tokens.map((t) => t.concept),
    skeletons: skeletonsOf(value),
    placement: 'Cdtr/Nm',
    ...(imitates !== undefined ? { imitates } : {}),
  };
}

/** A new person of the listed person's culture carrying one of its tokens (given or family). */
function withBorrowedToken(rng: Rng, listed: Person, role: 'given' | 'family'): Person | null {
  const borrowed = listed.tokens.find((t) => t.role === role);
  if (!borrowed) return null;
  const fresh = cultureOf(listed.culture).generate(rng);
  const at = fresh.tokens.findIndex((t) => t.role === role);
  if (at < 0) return null;
  const tokens: Token[] = fresh.tokens.slice();
  tokens[at] = borrowed;
  // keep the listed person's gender where the borrowed part is a given name
  return { ...fresh, tokens, gender: role === 'given' ? listed.gender : fresh.gender };
}

// Particles that are not also syllables of Chinese, Korean or Vietnamese names (Du, Bin, De, La, Van are both).
const PARTICLES = ['Al', 'El', 'Al-', 'El-', 'Ibn', 'Abu', 'Abou', 'Bint', 'Ould', 'Dos', 'Das', 'De La', 'Van Der', 'Von', 'Der', 'Bou', 'Ait'];

export function negativeSpecs(scale: number): NegativeSpec[] {
  const n = (base: number) => Math.max(20, Math.round(base * scale));
  return [
    {
      kind: 'unlisted:person',
      n: n(3000),
      make: (rng) => personDraft(randomPerson(rng), 'unlisted person'),
    },
    {
      kind: 'unlisted:organisation',
      n: n(1500),
      make(rng) {
        const org = randomOrg(rng);
        const value = renderOrg(org).text;
        if (value.length > 140) return null;
        return {
          value,
          detail: 'unlisted organisation',
          subject: 'organisation',
          culture: org.culture,
          concepts: orgConcepts(org),
          skeletons: subjectSkeletons({ type: 'org', org }),
          placement: 'Cdtr/Nm',
        };
      },
    },
    {
      kind: 'shares-a-token',
      n: n(1500),
      make(rng, list) {
        const listed = rng.pick(list.persons);
        const role = rng.chance(0.5) ? 'family' : 'given';
        const p = withBorrowedToken(rng, listed.person, role);
        if (!p) return null;
        // half the time the shared part is written as another writer would write it
        const alt = rng.chance(0.5) ? personAlternatives({ ...p, rendering: listed.person.rendering }, rng)[0] : undefined;
        const shown: Person = { ...p, rendering: alt ?? listed.person.rendering };
        const token = renderPerson(shown, [shown.tokens.find((t) => t.role === role)!]);
        return personDraft(shown, `different person sharing the ${role} name "${token}" with ${renderPerson(listed.person)}`, listed.entry);
      },
    },
    {
      kind: 'same-given-other-family',
      n: n(1500),
      make(rng, list) {
        const listed = rng.pick(list.persons);
        const p = withBorrowedToken(rng, listed.person, 'given');
        if (!p) return null;
        return personDraft({ ...p, rendering: listed.person.rendering }, `same given name as ${renderPerson(listed.person)}, other family name`, listed.entry);
      },
    },
    {
      kind: 'company-words-only',
      n: n(800),
      make(rng) {
        const words = rng.shuffle(COMMON_COMPANY_WORDS.slice()).slice(0, rng.between(2, 4));
        const legal = rng.chance(0.6) ? ` ${rng.pick(LEGAL_FORMS).forms[rng.int(2)]!.text}` : '';
        const value = words.join(' ') + legal;
        return {
          value,
          detail: 'common company words only',
          subject: 'text',
          culture: 'none',
          concepts: [],
          skeletons: skeletonsOf(words.join(' ')),
          placement: 'Cdtr/Nm',
        };
      },
    },
    {
      kind: 'particles-only',
      n: n(300),
      make(rng) {
        const value = rng.shuffle(PARTICLES.slice()).slice(0, rng.between(1, 3)).join(' ');
        return { value, detail: 'name particles only', subject: 'text', culture: 'none', concepts: [], skeletons: [], placement: 'Cdtr/Nm' };
      },
    },
    {
      kind: 'near-miss:iban-same-bank',
      n: n(600),
      make(rng, list, ids) {
        const listed = rng.pick(list.ibans);
        const iban = ids.iban({ sameBankAs: listed.iban });
        return {
          value: iban,
          detail: `other valid IBAN of the bank of listed ${listed.iban}`,
          subject: 'identifier',
          culture: 'none',
          concepts: [],
          skeletons: [],
          placement: 'CdtrAcct/Id/IBAN',
          imitates: listed.entry,
          tx: { iban },
          decoyName: true,
        };
      },
    },
  ];
}
