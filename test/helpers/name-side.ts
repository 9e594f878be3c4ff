/** One side of a name comparison as the scorer gets it, built from a name's full tokens (unit tests of the scorer). */
import { normaliseName } from '../../src/screening';
import type { NameSide } from '../../src/screening/names/name-score';

export function fullNameSide(name: string, familyEnd = 0): NameSide {
  const n = normaliseName(name);
  return {
    tokens: n.fullTokens,
    expanded: n.fullExpanded,
    weights: n.fullTokens.map(() => 1),
    legalForms: [],
    known: n.fullTokens.map(() => false),
    familyEnd,
  };
}

/** A listed person, its value not cut. */
export const LISTED_PERSON = { listKind: 'person' as const, truncated: false };
