/** Similarity of two name tokens, with the reason, so the name score can explain itself. */
import { jaroWinkler } from './jaro-winkler';
import { phoneticKey } from './phonetic';

export type TokenMatchKind = 'exact' | 'variant' | 'typo' | 'phonetic' | 'initial' | 'prefix' | 'none';

export interface TokenMatch {
  readonly sim: number;
  readonly kind: TokenMatchKind;
}

const NONE: TokenMatch = { sim: 0, kind: 'none' };
/** Below this, two tokens are different words, not a misspelling of one another. */
const MIN_TYPO_SIMILARITY = 0.85;
/** A name given only as its initial ("J. Smith"). */
const INITIAL_SIMILARITY = 0.85;
/** A token cut by a field length limit ("Servi" for "Services"). */
const PREFIX_SIMILARITY = 0.96;
const PHONETIC_SIMILARITY = 0.88;

export interface TokenPair {
  readonly q: string;
  readonly qx: string;
  readonly l: string;
  readonly lx: string;
}

/**
 * @param allowPrefix the query token is the last one of a value cut at a field length, so it may be a prefix.
 * @param allowInitial initials stand for names (persons); in company names a lone letter is just a letter.
 */
export function tokenSimilarity(q: string, qx: string, l: string, lx: string, allowPrefix: boolean, allowInitial: boolean): TokenMatch {
  if (q === l) return { sim: 1, kind: 'exact' };
  if (qx === lx || q === lx || qx === l) return { sim: 1, kind: 'variant' };
  const short = Math.min(q.length, l.length);
  if (short === 1) {
    return allowInitial && q[0] === l[0] ? { sim: INITIAL_SIMILARITY, kind: 'initial' } : NONE;
  }
  if (allowPrefix && q.length >= 3 && (l.startsWith(q) || lx.startsWith(qx))) return { sim: PREFIX_SIMILARITY, kind: 'prefix' };
  if (short <= 3) return NONE; // one letter changes a short token into another word (Li / Lu, Kim / Kin)
  let jw = jaroWinkler(q, l);
  if (qx !== q || lx !== l) jw = Math.max(jw, jaroWinkler(qx, lx));
  if (jw >= MIN_TYPO_SIMILARITY) return { sim: jw, kind: 'typo' };
  if (jw >= 0.7 && phoneticKey(q) === phoneticKey(l)) return { sim: PHONETIC_SIMILARITY, kind: 'phonetic' };
  return NONE;
}
