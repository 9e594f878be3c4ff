/**
 * bench:match --dense N: the list as real lists of one region are — after the N0 generated entries, N fillers of the
 * romanised cultures (world-names), persons and organisations drawn from the same inventories. Every family name of
 * an inventory is then shared by a hundred or more listed persons (ARABIC_FAMILY's al-Haddad, CIS_FAMILY's Ivanov,
 * Kim, Nguyen, Diallo), every given name in every listed spelling (Rania, Ranya), the particles with them (Al, El,
 * Abu, bin). The positives and the negatives are drawn from the first N0 entries as without fillers (same seeds, same
 * draws), so the two lists compare payment for payment: what the fillers change is what density does to the search
 * and to the score (a frequent word weighs little; a payment's spelling may be another listed person's word).
 * Fillers carry no identifiers: they are names only, as in the lists whose density they stand for.
 */
import { entryAt, worldEntry, type GeneratedEntry } from './generate-list';
import { Rng } from './rng';

/** The fillers' stream is seeded apart from the entries' (filler i is no copy of entry i). */
const FILLER_STREAM = 0x3d5e;

/** Filler i (0-based) of the list of seed `seed`: a world person or organisation, listed under `id`. */
export function fillerAt(seed: number, i: number, id: string): GeneratedEntry {
  const rng = Rng.for(seed ^ FILLER_STREAM, i);
  const w = worldEntry(rng);
  return {
    id,
    kind: w.kind,
    names: w.names,
    identifiers: [],
    addresses: [{ country: w.country }],
    source: 'generated',
    listedAt: '2026-01-01',
    expiresAt: null,
    culture: w.country,
    world: w.world,
  };
}

/** Entry i of a list of `entries` generated entries followed by fillers. */
export function listEntryAt(seed: number, i: number, entries: number): GeneratedEntry {
  return i < entries ? entryAt(seed, i) : fillerAt(seed, i - entries, `GEN-${String(i).padStart(7, '0')}`);
}
