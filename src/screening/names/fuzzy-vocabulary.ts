/**
 * Typo and sound-alike lookup over the list's vocabulary: which listed tokens a payment token may be a
 * misspelling of. Misspellings by one edit (insert, delete, substitute, swap) are found through symmetric
 * single-character deletions (SymSpell): a token and its misspelling share a deletion variant. Sound-alike
 * spellings (transliteration variants: Dmitriy / Dmitrii) are found through the phonetic key. Both are
 * verified with Jaro-Winkler before use, and bounded per token.
 */
import { deletionHashes, fnv1a, HashMultimap } from './hash-multimap';
import { IntBuffer } from './int-buffer';
import { editDistance, jaroWinkler } from './jaro-winkler';
import { computePhoneticKey, phoneticKey } from './phonetic';
import { maxTypoEdits } from './token-similarity';
import type { Vocabulary } from './vocabulary';

/** Tokens shorter than this get no typo tolerance (see token-similarity: short words are other words). */
export const MIN_FUZZY_LENGTH = 4;
const MAX_FUZZY_LENGTH = 30;
const MIN_VERIFY_SIMILARITY = 0.84;
/** Evidence weight of a one-edit neighbour (the scorer measures the real similarity). */
const ONE_EDIT_SIMILARITY = 0.9;
const MIN_PHONETIC_SIMILARITY = 0.78;
const MAX_ALTERNATIVES = 16;
const MIN_ENDS_LENGTH = 7;
/** Tokens looked at per end key: a common prefix (schm…) must not make a query scan thousands. */
const MAX_ENDS_SCAN = 16;
/** Tokens looked at per phonetic key: the key is coarse, its buckets can be large. */
const MAX_PHONETIC_SCAN = 12;

export interface FuzzyAlternative {
  readonly id: number;
  readonly sim: number;
}

/** Scratch for deletion hashes (tokens are at most MAX_FUZZY_LENGTH long). */
const scratch = new Int32Array(65);

function endKey(side: '<' | '>', letters: string, length: number): string {
  return side + letters + length;
}

export class FuzzyVocabulary {
  private constructor(
    private readonly vocab: Vocabulary,
    private readonly deletions: HashMultimap,
    private readonly phonetic: HashMultimap,
    /** First and last four letters (with the length) of long tokens: two typos in a long word usually leave one end intact. */
    private readonly ends: HashMultimap,
  ) {}

  /** @param include which vocabulary ids to index (name tokens; not joined or digit-only tokens). */
  static build(vocab: Vocabulary, include: (id: number) => boolean): FuzzyVocabulary {
    const dh = new IntBuffer(vocab.size * 8);
    const dv = new IntBuffer(vocab.size * 8);
    const ph = new IntBuffer(vocab.size);
    const pv = new IntBuffer(vocab.size);
    const eh = new IntBuffer(vocab.size);
    const ev = new IntBuffer(vocab.size);
    for (let id = 0; id < vocab.size; id++) {
      const t = vocab.token(id);
      if (t.length < MIN_FUZZY_LENGTH || t.length > MAX_FUZZY_LENGTH || !include(id)) continue;
      const n = deletionHashes(t, scratch);
      for (let k = 0; k < n; k++) {
        dh.push(scratch[k]);
        dv.push(id);
      }
      ph.push(fnv1a(computePhoneticKey(t)));
      pv.push(id);
      if (t.length >= MIN_ENDS_LENGTH) {
        eh.push(fnv1a(endKey('<', t.slice(0, 4), t.length)));
        ev.push(id);
        eh.push(fnv1a(endKey('>', t.slice(-4), t.length)));
        ev.push(id);
      }
    }
    return new FuzzyVocabulary(vocab, HashMultimap.build(dh, dv), HashMultimap.build(ph, pv), HashMultimap.build(eh, ev));
  }

  /** Listed tokens within one edit of `token`, or sounding alike, with their similarity; never `token` itself. */
  alternatives(token: string): FuzzyAlternative[] {
    if (token.length < MIN_FUZZY_LENGTH || token.length > MAX_FUZZY_LENGTH) return [];
    const found = new Map<number, number>();
    const consider = (id: number, min: number, maxLengthDifference: number): boolean => {
      if (found.has(id)) return true;
      const candidate = this.vocab.token(id);
      if (candidate === token || Math.abs(candidate.length - token.length) > maxLengthDifference) return true;
      const sim = jaroWinkler(token, candidate);
      if (sim >= min) found.set(id, sim);
      return found.size < MAX_ALTERNATIVES;
    };
    // A shared deletion variant is one edit (up to a rare hash collision, which the scorer sorts out): no need
    // to measure it here. One edit changes the length by at most one.
    const n = deletionHashes(token, scratch);
    const typo = (id: number): boolean => {
      if (!found.has(id)) {
        const candidate = this.vocab.token(id);
        if (candidate !== token && Math.abs(candidate.length - token.length) <= 1) found.set(id, ONE_EDIT_SIMILARITY);
      }
      return found.size < MAX_ALTERNATIVES;
    };
    for (let k = 0; k < n && found.size < MAX_ALTERNATIVES; k++) this.deletions.forEach(scratch[k], typo);
    let scanned = 0;
    if (found.size < MAX_ALTERNATIVES) this.phonetic.forEach(fnv1a(phoneticKey(token)), (id) => ++scanned <= MAX_PHONETIC_SCAN && consider(id, MIN_PHONETIC_SIMILARITY, 2));
    return [...found].map(([id, sim]) => ({ id, sim }));
  }

  /**
   * Listed tokens two or three edits away from a long unknown token (two typos in one word): two typos
   * rarely touch both its first and its last four letters, so the tokens of about the same length sharing
   * either end are measured. Only asked when the cheaper searches found nothing convincing.
   */
  distantAlternatives(token: string): FuzzyAlternative[] {
    if (token.length < MIN_ENDS_LENGTH || token.length > MAX_FUZZY_LENGTH) return [];
    const found = new Map<number, number>();
    const allowed = maxTypoEdits(token.length);
    const consider = (id: number): boolean => {
      if (found.has(id)) return true;
      const candidate = this.vocab.token(id);
      if (candidate === token || editDistance(token, candidate, allowed) > allowed) return true;
      const sim = jaroWinkler(token, candidate);
      if (sim >= MIN_VERIFY_SIMILARITY) found.set(id, sim);
      return found.size < MAX_ALTERNATIVES;
    };
    const head = token.slice(0, 4);
    const tail = token.slice(-4);
    for (let length = token.length - allowed; length <= token.length + allowed; length++) {
      for (const key of [endKey('<', head, length), endKey('>', tail, length)]) {
        let scanned = 0;
        this.ends.forEach(fnv1a(key), (id) => ++scanned <= MAX_ENDS_SCAN && consider(id));
      }
    }
    return [...found].map(([id, sim]) => ({ id, sim }));
  }

  get bytes(): number {
    return this.deletions.bytes + this.phonetic.bytes + this.ends.bytes;
  }
}
