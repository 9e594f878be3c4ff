/**
 * Builds the whole data set from a seed: targets behind the positive cases, filler entries for realistic density,
 * negatives checked against the finished list, and the payee side of every transaction. Same seed, same data.
 */
import { personAlternatives, randomPerson } from '../names/persons';
import { randomOrg } from '../names/organisations';
import { renderPerson } from '../names/model';
import { Rng } from '../lib/rng';
import { charLength } from '../lib/text';
import { NameGuard, skeletonsOf, wholeKey } from './guard';
import { IdentifierFactory } from './identifiers';
import { negativeSpecs, type ListedView, type NegativeDraft } from './negatives';
import { positiveSpecs, type PositiveDraft } from './positives';
import { addressLines, countryFor, subjectConcepts, subjectCulture, subjectName, subjectSkeletons, type Subject } from './subjects';
import type { Case, Dataset, Identifier, ListEntry, TxSpec } from './types';

/** Version of the generator; a later generator is a new version beside this one, never an edit of it. */
export const GENERATOR_VERSION = 'holdout-v1';

export interface BuildOptions {
  seed: string;
  /** multiplies every case count (1 = the frozen default) */
  scale: number;
  /** filler entries added to the list */
  filler: number;
}

interface PendingEntry {
  subject: Subject;
  names: string[];
  identifiers: Identifier[];
  country: string;
}

interface PendingCase {
  label: 'positive' | 'negative';
  kind: string;
  group: string;
  subject: Case['subject'];
  culture: string;
  entry: number | null;
  value: string;
  detail: string;
  changedParts?: number;
  placement: Case['placement'];
  tx: Partial<TxSpec>;
}

const NEUTRAL_REMITTANCE = [
  (r: Rng) => `Invoice ${r.between(2024, 2026)}-${r.digits(4)}`,
  (r: Rng) => `INV ${r.digits(5)} / order ${r.digits(4)}`,
  (r: Rng) => `Rent ${r.pick(['January', 'March', 'June', 'October'])} ${r.between(2025, 2026)}`,
  (r: Rng) => `Payment for services ref ${r.digits(6)}`,
  (r: Rng) => `Consulting fee Q${r.between(1, 4)}`,
  (r: Rng) => `Order ${r.digits(4)} goods`,
  (r: Rng) => `School fees term ${r.between(1, 3)}`,
  (r: Rng) => `Loan repayment ${r.between(1, 11)}/12`,
  (r: Rng) => `Container freight BL ${r.digits(6)}`,
  (r: Rng) => `Medical bill ${r.digits(4)}`,
  () => 'Family support',
  (r: Rng) => `Contract ${r.letters(2)}-${r.digits(5)} instalment ${r.between(1, 6)}`,
];

function randomSubject(rng: Rng, personShare: number): Subject {
  return rng.chance(personShare) ? { type: 'person', person: randomPerson(rng) } : { type: 'org', org: randomOrg(rng) };
}

function entryKind(e: PendingEntry): ListEntry['kind'] {
  if (e.subject.type === 'person') return 'person';
  return e.identifiers.some((i) => i.type === 'domain' || i.type === 'email') ? 'merchant' : 'organisation';
}

/** Identifiers a list entry carries besides those a case needs (lists are not names only). */
function extraIdentifiers(rng: Rng, ids: IdentifierFactory, subject: Subject): Identifier[] {
  const out: Identifier[] = [];
  if (rng.chance(0.4)) out.push({ type: 'iban', value: ids.iban() });
  if (subject.type === 'org') {
    if (rng.chance(0.12)) out.push({ type: 'bic', value: ids.bic() });
    if (rng.chance(0.25)) {
      const domain = ids.domain(subjectName(subject).split(/\s+/));
      out.push({ type: 'domain', value: domain });
      if (rng.chance(0.5)) out.push({ type: 'email', value: ids.email(domain) });
    }
  }
  return out;
}

export function buildDataset(options: BuildOptions): Dataset {
  const root = new Rng(`${GENERATOR_VERSION}:${options.seed}`);
  const ids = new IdentifierFactory(root.fork('identifiers'));
  const targetGuard = new NameGuard();
  const entries: PendingEntry[] = [];
  const cases: PendingCase[] = [];
  const agentRng = root.fork('agents');
  const agentPool = Array.from({ length: 400 }, () => `${ids.bic()}${agentRng.chance(0.5) ? 'XXX' : ''}`);

  // 1. positives and their targets
  for (const spec of positiveSpecs(options.scale)) {
    const rng = root.fork(`positive/${spec.kind}`);
    let made = 0;
    for (let attempt = 0; made < spec.n; attempt++) {
      if (attempt > spec.n * 400) throw new Error(`could not make ${spec.n} cases of ${spec.kind} (made ${made})`);
      const draft: PositiveDraft | null = spec.make(rng, ids);
      if (!draft) continue;
      const name = subjectName(draft.subject);
      const concepts = subjectConcepts(draft.subject);
      const skeletons = subjectSkeletons(draft.subject);
      if (targetGuard.conflicts(concepts, skeletons, wholeKey(name))) continue;
      targetGuard.add(concepts, skeletons, wholeKey(name));
      const identifiers = [...(draft.identifiers ?? []), ...extraIdentifiers(rng, ids, draft.subject)];
      entries.push({ subject: draft.subject, names: [name], identifiers, country: countryFor(subjectCulture(draft.subject), rng) });
      cases.push({
        label: 'positive',
        kind: spec.kind,
        group: spec.group,
        subject: draft.identifiers ? 'identifier' : draft.subject.type === 'person' ? 'person' : 'organisation',
        culture: subjectCulture(draft.subject),
        entry: entries.length - 1,
        value: draft.value,
        detail: draft.detail,
        ...(draft.changedParts !== undefined ? { changedParts: draft.changedParts } : {}),
        placement: draft.placement,
        tx: draft.tx ?? {},
      });
      made++;
    }
  }

  // 2. negatives, checked against the targets; the fillers below keep clear of them, so every culture keeps its
  // share of negatives however dense the list
  const negativeGuard = new NameGuard();
  const listed: ListedView = {
    persons: entries.flatMap((e, entry) => (e.subject.type === 'person' && e.subject.person.tokens.length >= 2 ? [{ person: e.subject.person, entry }] : [])),
    ibans: entries.flatMap((e, entry) => e.identifiers.filter((i) => i.type === 'iban').map((i) => ({ iban: i.value, entry }))),
  };
  for (const spec of negativeSpecs(options.scale)) {
    const rng = root.fork(`negative/${spec.kind}`);
    let made = 0;
    for (let attempt = 0; made < spec.n; attempt++) {
      if (attempt > spec.n * 400) throw new Error(`could not make ${spec.n} cases of ${spec.kind} (made ${made})`);
      const draft: NegativeDraft | null = spec.make(rng, listed, ids);
      if (!draft || charLength(draft.value) > 140) continue;
      if (targetGuard.conflicts(draft.concepts, draft.skeletons, wholeKey(draft.value))) continue;
      negativeGuard.add(draft.concepts, draft.skeletons, wholeKey(draft.value));
      cases.push({
        label: 'negative',
        kind: spec.kind,
        group: spec.kind,
        subject: draft.subject,
        culture: draft.culture,
        entry: draft.imitates ?? null,
        value: draft.value,
        detail: draft.detail,
        placement: draft.placement,
        tx: draft.tx ?? {},
      });
      made++;
    }
  }

  // 3. unlisted creditor names for the cases whose value is an identifier
  const decoyRng = root.fork('decoys');
  const decoys = new Map<number, string>();
  cases.forEach((c, i) => {
    if (c.placement === 'Cdtr/Nm' || c.placement === 'Cdtr/PstlAdr/AdrLine') return;
    for (;;) {
      const s = randomSubject(decoyRng, 0.6);
      const name = subjectName(s);
      const concepts = subjectConcepts(s);
      const skeletons = subjectSkeletons(s);
      if (charLength(name) > 140 || targetGuard.conflicts(concepts, skeletons, wholeKey(name))) continue;
      negativeGuard.add(concepts, skeletons, wholeKey(name));
      decoys.set(i, name);
      return;
    }
  });

  // 4. fillers: realistic density, never close to a target, a negative or a decoy
  const fillerRng = root.fork('fillers');
  for (let made = 0; made < options.filler;) {
    const subject = randomSubject(fillerRng, 0.7);
    const name = subjectName(subject);
    if (charLength(name) > 140) continue;
    const names = [name];
    if (subject.type === 'person' && fillerRng.chance(0.1)) {
      const alt = personAlternatives(subject.person, fillerRng)[0];
      if (alt) names.push(renderPerson({ ...subject.person, rendering: alt }));
    }
    const concepts = subjectConcepts(subject);
    const skeletons = names.flatMap((n, i) => (i === 0 ? subjectSkeletons(subject) : skeletonsOf(n)));
    const clash = (g: NameGuard) => names.some((n) => g.conflicts(concepts, skeletons, wholeKey(n)));
    if (clash(targetGuard) || clash(negativeGuard)) continue;
    entries.push({
      subject,
      names: [...new Set(names)],
      identifiers: extraIdentifiers(fillerRng, ids, subject),
      country: countryFor(subjectCulture(subject), fillerRng),
    });
    made++;
  }

  // 5. entry ids in shuffled order (an id says nothing about its entry), then the payee side of each case
  const idRng = root.fork('entry-ids');
  const order = idRng.shuffle(entries.map((_, i) => i));
  const entryIds: string[] = new Array(entries.length);
  order.forEach((entryIndex, position) => {
    entryIds[entryIndex] = `HB-${String(position + 1).padStart(6, '0')}`;
  });
  const list: ListEntry[] = order.map((i) => {
    const e = entries[i]!;
    return {
      id: entryIds[i]!,
      kind: entryKind(e),
      names: e.names,
      identifiers: e.identifiers,
      addresses: [{ country: e.country }],
      source: 'holdout-bench',
      verifiedBy: 'test-purchase',
      listedAt: '2026-01-01',
      expiresAt: null,
    };
  });

  const txRng = root.fork('payee');
  const finished: Case[] = cases.map((c, caseIndex) => {
    const entry = c.entry === null ? null : entries[c.entry]!;
    const country = entry ? entry.country : countryFor(c.culture, txRng);
    const tx: TxSpec = {
      addressLines: addressLines(txRng),
      country,
      iban: ids.iban(),
      agentBic: txRng.pick(agentPool),
      // now and then an unlisted web shop in the text, so a domain alone is no sign of a listed payee
      remittance: [
        txRng.pick(NEUTRAL_REMITTANCE)(txRng) +
          (txRng.chance(0.1)
            ? ` www.${ids.domain([txRng.pick(['city', 'green', 'best', 'home', 'metro']), txRng.pick(['market', 'store', 'books', 'travel', 'parts'])])}`
            : ''),
      ],
      ...c.tx,
    };
    if (c.tx.otherAccount) delete tx.iban;
    if (c.placement === 'Cdtr/Nm') tx.creditorName = c.value;
    else if (c.placement === 'Cdtr/PstlAdr/AdrLine') {
      tx.addressLines =
        txRng.chance(0.5) || charLength(`${c.value}, ${tx.addressLines[0]}`) > 70
          ? [c.value, ...tx.addressLines]
          : [`${c.value}, ${tx.addressLines[0]}`, ...tx.addressLines.slice(1)];
      if (c.tx.creditorName === undefined) delete tx.creditorName;
    } else tx.creditorName = decoys.get(caseIndex)!;
    return {
      id: '',
      label: c.label,
      kind: c.kind,
      group: c.group,
      subject: c.subject,
      culture: c.culture,
      entryId: c.entry === null ? null : entryIds[c.entry]!,
      listedName: entry ? entry.names[0]! : null,
      value: c.value,
      detail: c.detail,
      ...(c.changedParts !== undefined ? { changedParts: c.changedParts } : {}),
      placement: c.placement,
      tx,
    };
  });
  const caseRng = root.fork('case-order');
  caseRng.shuffle(finished).forEach((c, i) => {
    c.id = `C${String(i + 1).padStart(6, '0')}`;
  });
  return { seed: options.seed, entries: list, cases: finished, fillers: options.filler };
}
