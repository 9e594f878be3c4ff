/**
 * What the two OFAC SDN formats share: the entry types, how a person's name is written ("LAST, First" in the
 * CSV files), and the remarks, where the CSV form keeps every identifier ("Website …; Email Address …; Digital
 * Currency Address - XBT …; SWIFT/BIC …") and the XML form whatever did not fit its id list.
 *
 * Weak aliases (written in the remarks as "a.k.a. 'X'" in the CSV, <category>weak</category> in the XML) are
 * left out: OFAC calls them broad or generic names it does not expect to be screened, and on payment names they
 * would hold payments to anyone called "Abu Ahmad". Vessels and aircraft are kept, as organisations (the native
 * kinds are organisation, person, merchant; a ship's name is matched whole, like a company's).
 */
import type { EntryKind } from '../../screening/types';
import type { EntryDraft } from './entry-draft';
import { labelMeaning, remarkItem } from './identifiers';
import type { DropTally } from './types';

export const OFAC_SOURCE = 'ofac-sdn';

/** The native kind of an OFAC SDN type ("individual", "Entity", "-0-" for an entity in the CSV, "vessel", …). */
export function ofacKind(type: string | undefined, dropped: DropTally): EntryKind | undefined {
  const t = (type ?? '').trim().toLowerCase();
  if (t === 'individual') return 'person';
  if (t === '' || t === '-0-' || t === 'entity') return 'organisation';
  if (t === 'vessel' || t === 'aircraft') {
    dropped.add(`${t} (kept as organisation)`);
    return 'organisation';
  }
  return undefined;
}

/** "DOE, John Michael" → "John Michael DOE" (OFAC's individuals); a name with no or several commas stays. */
export function ofacPersonName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((p) => p.trim());
  return first.length > 0 && last.length > 0 ? `${first} ${last}` : name;
}

const WEAK_AKA = /\b(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*['‘’]/gi;

/** The remarks: its identifier items go to the entry; weak aliases and documents are counted as left out. */
export function ofacRemarks(draft: EntryDraft, remarks: string | undefined, dropped: DropTally): void {
  if (remarks === undefined) return;
  const weak = remarks.match(WEAK_AKA)?.length ?? 0;
  if (weak > 0) dropped.add('weak alias', weak);
  for (const raw of remarks.split(';')) {
    const item = raw.trim().replace(/\.$/, '');
    if (item.length === 0) continue;
    const labelled = remarkItem(item);
    if (labelled !== undefined && draft.labelled(labelled.label, labelled.value)) continue;
    if (labelMeaning(item.slice(0, 48)) === 'document') dropped.add('identity or registry document');
  }
}
