/**
 * The dense frame of the real-name gate (real-name-gate.ts, test/unit/screening/real-name-pairs.test.ts): the probes of
 * real-name-pairs.ts again, the listed name no longer alone. The list also holds, for every payment name probed
 * against it, another person or company bearing the payment's own word ("Jean Okonkwo" beside listed "Jane Schneider"
 * when "Jean Schneider" is paid), and a background of 200 other names (real-names/dense-background.txt). The payment's
 * word is then a word the list knows — as in a dense list, where it is often another listed person's — and the
 * screener's known-word guard, and what overrides it, act: on a one-entry list they never do, and both false holds
 * that last session's reviews found were of this kind (listed Nazim Aliyev and Nasim Karimov, paid Nasim Aliyev).
 *
 * One list per listed name (its probes in a row): the listed name, the companions of all its payments, the background.
 * A name added to the sets can therefore move the score of another payment against the same listed name by a little.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FrameKind, ListedKind, Probe } from './real-name-pairs';
import { realNamesDir } from './real-name-pairs';

/** A name listed beside the probe's: its kind and name. */
export interface ListedName {
  readonly kind: ListedKind;
  readonly name: string;
}

/** A run of probes with one listed name, and the other names of their list (companions, then background). */
export interface DenseGroup {
  readonly frame: FrameKind;
  readonly listed: string;
  readonly kind: ListedKind;
  readonly others: readonly ListedName[];
  readonly probes: readonly Probe[];
}

/** The background file beside the name sets. */
export function backgroundFile(): string {
  return path.join(realNamesDir(), 'dense-background.txt');
}

/** dense-background.txt: `kind: name`. */
export function readBackground(file = backgroundFile()): ListedName[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((line) => {
      const m = /^(person|organisation):\s*(\S.*)$/.exec(line);
      if (m === null) throw new Error(`dense-background.txt: not "kind: name": "${line}"`);
      return { kind: m[1] as ListedKind, name: m[2]! };
    });
}

/**
 * The companions of a probe: another listed person or company for the payment's word (the set's name in a set frame,
 * each payment word the listed name lacks in a full-name frame), in a frame of words apart from the gate's own: a given
 * name as "<y> Okonkwo", a family name as "Tomasz <y>", a company word as "Mensah <y>".
 */
export function companions(p: Probe): ListedName[] {
  const given = (y: string): ListedName => ({ kind: 'person', name: `${y} Okonkwo` });
  const family = (y: string): ListedName => ({ kind: 'person', name: `Tomasz ${y}` });
  const company = (y: string): ListedName => ({ kind: 'organisation', name: `Mensah ${y}` });
  switch (p.frame) {
    case 'given':
      return [given(p.paid!)];
    case 'family':
      return [family(p.paid!)];
    case 'company':
      return [company(p.paid!)];
    default: {
      const listedWords = new Set(p.listed.toLowerCase().split(' '));
      return p.payment
        .split(' ')
        .map((w, i) => ({ w, i }))
        .filter(({ w }) => !listedWords.has(w.toLowerCase()))
        .map(({ w, i }) => (p.frame === 'organisation' ? company(w) : i === 0 ? given(w) : family(w)));
    }
  }
}

/** The probes (grouped by listed name, as realNamePairs gives them) in dense groups, each with its list's other names. */
export function denseGroups(probes: readonly Probe[], background: readonly ListedName[] = readBackground()): DenseGroup[] {
  const groups: DenseGroup[] = [];
  let run: Probe[] = [];
  const close = (): void => {
    if (run.length === 0) return;
    const byName = new Map<string, ListedName>();
    for (const p of run) for (const c of companions(p)) byName.set(`${c.kind}\t${c.name.toLowerCase()}`, c);
    // Sorted: the list does not depend on the order of the probes.
    const own = [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
    groups.push({ frame: run[0]!.frame, listed: run[0]!.listed, kind: run[0]!.kind, others: [...own, ...background], probes: run });
    run = [];
  };
  for (const p of probes) {
    const head = run[0];
    if (head !== undefined && (head.frame !== p.frame || head.listed !== p.listed || head.kind !== p.kind)) close();
    run.push(p);
  }
  close();
  return groups;
}
