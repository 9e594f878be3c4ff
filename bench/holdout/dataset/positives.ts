/**
 * The labelled positive kinds: how each picks a listed subject and derives the value a payment carries.
 * A draft names its subject (which becomes a list entry) and the value; null means "try another subject".
 */
import { renderPerson } from '../names/model';
import { distinctiveChars, longOrg, longPrefixOrg, ORG_CULTURES, randomOrg, renderOrg } from '../names/organisations';
import { PERSON_CULTURES, randomPerson } from '../names/persons';
import type { Rng } from '../lib/rng';
import { charLength, charPrefix } from '../lib/text';
import { spacedIban, type IdentifierFactory } from './identifiers';
import { subjectName, type Subject } from './subjects';
import type { Identifier, Placement, TxSpec } from './types';
import * as V from './variations';

export interface PositiveDraft {
  subject: Subject;
  value: string;
  detail: string;
  changedParts?: number;
  placement: Placement;
  /** identifiers the entry must carry (the identifier kinds) */
  identifiers?: Identifier[];
  /** payee fields this kind sets itself */
  tx?: Partial<TxSpec>;
  /** the creditor name must be an unlisted one (identifier kinds) */
  decoyName?: boolean;
}

export interface PositiveSpec {
  kind: string;
  group: string;
  n: number;
  make(rng: Rng, ids: IdentifierFactory): PositiveDraft | null;
}

const person = (rng: Rng): Subject => ({ type: 'person', person: randomPerson(rng) });
const organisation = (rng: Rng): Subject => ({ type: 'org', org: randomOrg(rng) });
const either = (rng: Rng, personShare = 0.6): Subject => (rng.chance(personShare) ? person(rng) : organisation(rng));
const fitsNm = (s: string) => charLength(s) <= 140;

function onName(subject: Subject, vary: (name: string) => V.Variant | null): PositiveDraft | null {
  const name = subjectName(subject);
  if (!fitsNm(name)) return null;
  const v = vary(name);
  if (!v || !fitsNm(v.value)) return null;
  return { subject, value: v.value, detail: v.detail, placement: 'Cdtr/Nm' };
}

export const ROMANISATION_GROUPS = [
  'arabic',
  'persian',
  'urdu-pashto',
  'turkish',
  'cyrillic',
  'central-asian',
  'chinese',
  'korean',
  'west-african',
  'south-asian',
];

function romanisationSpec(group: string, n: number): PositiveSpec {
  const people = PERSON_CULTURES.filter((c) => c.romanisation === group);
  const orgs = ORG_CULTURES.filter((c) => c.romanisation === group);
  return {
    kind: `romanisation:${group}`,
    group: 'romanisation',
    n,
    make(rng) {
      if (orgs.length > 0 && rng.chance(0.25)) {
        const org = randomOrg(rng, orgs);
        const v = V.romaniseOrg(org, rng);
        return v && fitsNm(v.value)
          ? { subject: { type: 'org', org }, value: v.value, detail: v.detail, placement: 'Cdtr/Nm', changedParts: v.changedParts! }
          : null;
      }
      const p = randomPerson(rng, people);
      const v = V.romanisePerson(p, rng);
      return v ? { subject: { type: 'person', person: p }, value: v.value, detail: v.detail, placement: 'Cdtr/Nm', changedParts: v.changedParts! } : null;
    },
  };
}

/** A truncation keeps enough of a person to identify: two name parts complete. */
function personSurvives(subject: Subject, cut: number): boolean {
  if (subject.type !== 'person') return false;
  const p = subject.person;
  let complete = 0;
  for (let i = 0; i < p.tokens.length; i++) {
    const upTo = charLength(renderPerson(p, p.tokens.slice(0, i + 1)));
    if (upTo <= cut) complete = i + 1;
  }
  return complete >= 2;
}

/** Listed names a cut at 35 / 70 / 140 meets: longer than the field, mostly not by much. */
const LENGTH_WINDOW: Record<35 | 70 | 140, [number, number]> = { 35: [39, 80], 70: [74, 150], 140: [144, 220] };

function truncationSpec(kind: string, cut: 35 | 70 | 140, n: number): PositiveSpec {
  const [shortest, longest] = LENGTH_WINDOW[cut];
  return {
    kind,
    group: 'truncation',
    n,
    make(rng) {
      let subject: Subject;
      if (cut === 35 && rng.chance(0.4)) subject = person(rng);
      else if (cut === 35) subject = { type: 'org', org: randomOrg(rng) };
      else subject = { type: 'org', org: longOrg(rng, rng.between(shortest, Math.min(longest, shortest + 40))) };
      const name = subjectName(subject);
      if (charLength(name) < shortest || charLength(name) > longest) return null;
      const v = V.truncateMidWord(name, cut);
      if (!v) return null;
      const enough = subject.type === 'person' ? personSurvives(subject, cut) : distinctiveChars(renderOrg(subject.org), cut) >= 8;
      return enough ? { subject, value: v.value, detail: v.detail, placement: 'Cdtr/Nm' } : null;
    },
  };
}

const legalPrefixTruncation: PositiveSpec = {
  kind: 'truncation:after-legal-prefix',
  group: 'truncation',
  n: 400,
  make(rng) {
    const org = longPrefixOrg(rng);
    const rendered = renderOrg(org);
    const name = rendered.text;
    const prefix = org.legal!.forms[org.legalPick]!.text;
    for (const cut of [35, 70]) {
      if (charLength(name) < cut + 4) continue;
      if (distinctiveChars(rendered, cut) < 6) continue;
      return {
        subject: { type: 'org', org },
        value: charPrefix(name, cut),
        detail: `cut at ${cut} of ${charLength(name)} after the legal prefix "${prefix}"`,
        placement: 'Cdtr/Nm',
      };
    }
    return null;
  },
};

function identifierDraft(subject: Subject, value: string, detail: string, placement: Placement, identifiers: Identifier[], tx: Partial<TxSpec>): PositiveDraft {
  return { subject, value, detail, placement, identifiers, tx, decoyName: true };
}

const REMITTANCE_LEADS = ['Invoice', 'Order', 'Payment ref', 'Inv.', 'Ref', 'Subscription', 'Membership', 'Access', 'Top-up'];

export function positiveSpecs(scale: number): PositiveSpec[] {
  const n = (base: number) => Math.max(10, Math.round(base * scale));
  const specs: PositiveSpec[] = [
    { kind: 'exact', group: 'exact', n: n(400), make: (rng) => onName(either(rng), (name) => ({ value: name, detail: 'as listed' })) },
    {
      kind: 'case-diacritics',
      group: 'case-diacritics',
      n: n(400),
      make: (rng) => onName(either(rng), (name) => V.caseDiacritics(name, rng)),
    },
    {
      kind: 'token-order',
      group: 'token-order',
      n: n(400),
      make: (rng) => {
        const s = person(rng);
        return s.type === 'person' ? onName(s, () => V.reorder(s.person, rng)) : null;
      },
    },
    {
      kind: 'legal-form',
      group: 'legal-form',
      n: n(400),
      make: (rng) => {
        const s = organisation(rng);
        return s.type === 'org' ? onName(s, () => V.legalForm(s.org, rng)) : null;
      },
    },
    { kind: 'punctuation', group: 'punctuation', n: n(400), make: (rng) => onName(either(rng), (name) => V.punctuation(name, rng)) },
    { kind: 'typo:one', group: 'typo:one', n: n(400), make: (rng) => onName(either(rng), (name) => V.typos(name, 1, rng)) },
    { kind: 'typo:two', group: 'typo:two', n: n(400), make: (rng) => onName(either(rng), (name) => V.typos(name, 2, rng)) },
    truncationSpec('truncation:35', 35, n(400)),
    truncationSpec('truncation:70', 70, n(400)),
    truncationSpec('truncation:140', 140, n(300)),
    { ...legalPrefixTruncation, n: n(300) },
    {
      kind: 'dropped-part',
      group: 'dropped-part',
      n: n(400),
      make: (rng) => {
        const s = person(rng);
        return s.type === 'person' ? onName(s, () => V.dropOptional(s.person, rng)) : null;
      },
    },
    {
      kind: 'initials',
      group: 'initials',
      n: n(400),
      make: (rng) => {
        const s = person(rng);
        return s.type === 'person' ? onName(s, () => V.initials(s.person, rng)) : null;
      },
    },
    ...ROMANISATION_GROUPS.map((g) => romanisationSpec(g, n(200))),
    {
      kind: 'romanisation:particles',
      group: 'romanisation',
      n: n(300),
      make(rng) {
        const p = randomPerson(
          rng,
          PERSON_CULTURES.filter((c) => c.name === 'arabic' || c.name === 'west-african' || c.name === 'urdu-pashto'),
        );
        const v = V.particlesPerson(p, rng);
        return v ? { subject: { type: 'person', person: p }, value: v.value, detail: v.detail, placement: 'Cdtr/Nm' } : null;
      },
    },
    {
      kind: 'name-in-address',
      group: 'name-in-address',
      n: n(400),
      make(rng) {
        const subject = either(rng);
        const name = subjectName(subject);
        if (charLength(name) > 70) return null;
        // Converted legacy payments leave Nm empty or write a placeholder there and carry the name as an address line.
        const placeholder = rng.chance(0.5);
        return {
          subject,
          value: name,
          detail: placeholder ? 'name in the first address line, Nm NOTPROVIDED' : 'name in the first address line, no Nm',
          placement: 'Cdtr/PstlAdr/AdrLine',
          ...(placeholder ? { tx: { creditorName: 'NOTPROVIDED' } } : {}),
        };
      },
    },
    {
      kind: 'identifier:iban',
      group: 'identifier',
      n: n(150),
      make(rng, ids) {
        const iban = ids.iban();
        return identifierDraft(either(rng, 0.4), iban, 'listed IBAN as the creditor account', 'CdtrAcct/Id/IBAN', [{ type: 'iban', value: iban }], { iban });
      },
    },
    {
      kind: 'identifier:iban-spaced',
      group: 'identifier',
      n: n(150),
      make(rng, ids) {
        const iban = ids.iban({ maxLength: 28 });
        return identifierDraft(
          either(rng, 0.4),
          spacedIban(iban),
          'listed IBAN in print format as Othr/Id',
          'CdtrAcct/Id/Othr/Id',
          [{ type: 'iban', value: iban }],
          { otherAccount: spacedIban(iban) },
        );
      },
    },
    {
      kind: 'identifier:iban-in-remittance',
      group: 'identifier',
      n: n(150),
      make(rng, ids) {
        const iban = ids.iban();
        const written = rng.chance(0.6) ? spacedIban(iban) : iban;
        const text = `${rng.pick(['Please credit IBAN', 'Benef. acct', 'Pay to', 'Final beneficiary IBAN'])} ${written} ${rng.pick(REMITTANCE_LEADS)} ${rng.digits(5)}`;
        return identifierDraft(either(rng, 0.4), written, 'listed IBAN in remittance text', 'RmtInf/Ustrd', [{ type: 'iban', value: iban }], {
          remittance: [text],
        });
      },
    },
    {
      kind: 'identifier:bic',
      group: 'identifier',
      n: n(150),
      make(rng, ids) {
        const bic = ids.bic();
        const listed = rng.chance(0.5) ? bic : `${bic}${rng.letters(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
        const used = listed.length === 8 && rng.chance(0.5) ? `${listed}XXX` : listed;
        return identifierDraft(organisation(rng), used, `listed BIC ${listed} as the creditor agent`, 'CdtrAgt/BICFI', [{ type: 'bic', value: listed }], {
          agentBic: used,
        });
      },
    },
    {
      kind: 'identifier:domain-in-remittance',
      group: 'identifier',
      n: n(150),
      make(rng, ids) {
        const subject = organisation(rng);
        const domain = ids.domain(subjectName(subject).split(/\s+/));
        const written = rng.pick([
          `www.${domain}`,
          `https://${domain}/${rng.pick(['vip', 'order', 'members', 'p'])}/${rng.digits(4)}`,
          domain,
          `shop.${domain}`,
        ]);
        const text = `${rng.pick(REMITTANCE_LEADS)} ${rng.digits(5)} ${written}`;
        return identifierDraft(subject, written, 'listed domain in remittance text', 'RmtInf/Ustrd', [{ type: 'domain', value: domain }], {
          remittance: [text],
        });
      },
    },
    {
      kind: 'identifier:email-in-remittance',
      group: 'identifier',
      n: n(150),
      make(rng, ids) {
        const subject = organisation(rng);
        const email = ids.email(ids.domain(subjectName(subject).split(/\s+/)));
        const text = `${rng.pick(REMITTANCE_LEADS)} ${rng.digits(5)} contact ${email}`;
        return identifierDraft(subject, email, 'listed e-mail address in remittance text', 'RmtInf/Ustrd', [{ type: 'email', value: email }], {
          remittance: [text],
        });
      },
    },
  ];
  return specs;
}
