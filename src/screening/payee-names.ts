/**
 * Which name strings of a transaction are screened as names: every Nm, and — because a long name is often
 * continued in the first address line of the same party — Nm joined with that line.
 */
import type { PayeeField } from '../iso20022/types';

/** Field lengths at which names get cut (Max35Text, 2 × 35, Max140Text). */
export const CUT_LENGTHS: ReadonlySet<number> = new Set([35, 70, 140]);
/**
 * Whether a value ends at a field length limit: as long as the field, or a character shorter — cut right after a
 * word, the space the cut left at the end trimmed (by the sender's format or its XML writer).
 */
export function cutAtLimit(value: string): boolean {
  return CUT_LENGTHS.has(value.length) || (CUT_LENGTHS.has(value.length + 1) && !/\s$/.test(value));
}
/** A name this long may have been cut at a field limit: it goes on in the next line even when that line has a number in it. */
const CONTINUATION_MIN_LENGTH = 35;

export interface NameQuery {
  readonly field: PayeeField;
  readonly text: string;
  /** The text ends at a field length limit: its last token may be cut and the name may go on. */
  readonly truncated: boolean;
  /** Path of the address line joined to the name, when this query is a join. */
  readonly joinedWith?: string;
}

function isAddressLine(f: PayeeField): boolean {
  return f.kind === 'address' && /AdrLine(\[\d+\])?$/.test(f.path);
}

/**
 * Identifications and labels (Othr/Id, SchmeNm/Prtry, Issr, a proprietary purpose) are free text: a payee can write
 * its name there instead of in Nm. They are screened as names too when they read like one.
 */
const NAME_BEARING_KINDS: ReadonlySet<PayeeField['kind']> = new Set(['orgId', 'privateId', 'account', 'label']);

/** Two or more words of letters, and more letters than digits: "Nordic Digital Media", not "AB-12345" or "INV 2026 0001". */
export function readsLikeName(value: string): boolean {
  const words = value.match(/\p{L}{2,}/gu);
  if (words === null || words.length < 2) return false;
  const letters = words.reduce((n, w) => n + w.length, 0);
  const digits = value.match(/\p{Nd}/gu)?.length ?? 0;
  return letters > digits;
}

/** What senders write in Nm when they have no name to give (NOTPROVIDED is the SWIFT convention). */
const PLACEHOLDER_NAME = /^\s*(?:not\s*provided|not\s*available|unknown|n\s*\/?\s*a|none|[-.x?\s]+)\s*$/i;

export function isPlaceholderName(value: string): boolean {
  return PLACEHOLDER_NAME.test(value);
}

/**
 * The name at the head of an address line that goes on with the street: "Karim Haddad, 12 Rue X" → "Karim
 * Haddad", "KARIM HADDAD 12 RUE X" → "KARIM HADDAD". Undefined when the line is all name (or all street).
 */
export function nameHeadOfLine(line: string): string | undefined {
  const comma = line.indexOf(',');
  const digit = line.search(/\s\S*\d/);
  const cut = [comma, digit].filter((i) => i > 0).reduce((a, b) => Math.min(a, b), Infinity);
  if (!Number.isFinite(cut)) return undefined;
  const head = line.slice(0, cut).trim();
  return readsLikeName(head) ? head : undefined;
}

/**
 * A party with no usable Nm (absent, or a placeholder such as NOTPROVIDED) often carries its name in the first
 * address line: that line is screened as a name, and so is its head when the street follows on the same line.
 */
function addressLineQueries(fields: readonly PayeeField[], queries: NameQuery[]): void {
  const done = new Set<string>();
  for (const line of fields) {
    if (!isAddressLine(line) || line.partyRef === undefined || done.has(line.partyRef)) continue;
    done.add(line.partyRef);
    const named = fields.some((f) => f.partyRef === line.partyRef && f.kind === 'name' && f.value.trim().length > 0 && !isPlaceholderName(f.value));
    if (named || line.value.trim().length === 0) continue;
    queries.push({ field: line, text: line.value, truncated: cutAtLimit(line.value) });
    const head = nameHeadOfLine(line.value);
    if (head !== undefined) queries.push({ field: line, text: head, truncated: false });
  }
}

export function nameQueries(fields: readonly PayeeField[]): NameQuery[] {
  const queries: NameQuery[] = [];
  addressLineQueries(fields, queries);
  for (const field of fields) {
    if (NAME_BEARING_KINDS.has(field.kind)) {
      if (readsLikeName(field.value)) queries.push({ field, text: field.value, truncated: cutAtLimit(field.value) });
      continue;
    }
    if (field.kind !== 'name') continue;
    const name = field.value;
    if (name.trim().length === 0 || isPlaceholderName(name)) continue;
    const cut = cutAtLimit(name);
    queries.push({ field, text: name, truncated: cut });
    if (field.partyRef === undefined) continue;
    const line = fields.find((f) => f.partyRef === field.partyRef && isAddressLine(f));
    if (line === undefined || line.value.trim().length === 0) continue;
    // A name goes on in the next line when that line is no street (has no number), or when it was cut at the limit.
    if (name.length < CONTINUATION_MIN_LENGTH && /\d/.test(line.value)) continue;
    const lineCut = cutAtLimit(line.value);
    queries.push({ field, text: `${name.trimEnd()} ${line.value.trimStart()}`, truncated: lineCut, joinedWith: line.path });
    // Cut in the middle of a word: "…Media Serv" + "ices Ltd".
    if (cut && !/\s$/.test(name) && !/^\s/.test(line.value)) {
      queries.push({ field, text: name + line.value, truncated: lineCut, joinedWith: line.path });
    }
  }
  return queries;
}
