/**
 * Typo and sound-alike lookup over the list's vocabulary: which listed tokens a payment token may be a
 * misspelling of. Misspellings by one edit (insert, delete, substitute, swap) are found through symmetric
 * single-character deletions (SymSpell): a token and its misspelling share a deletion variant. Sound-alike
 * spellings (transliteration variants: Dmitriy / Dmitrii) are found through the phonetic key. Both are
 * verified with Jaro-Winkler before use, and bounded per token.
 *
 * Every entry carries the listed token's length (and, for the two-edit search, its letter mask) next to its id,
 * so that most neighbours are ruled out without reading the token itself: at a million tokens each string read
 * is a cache miss.
 *
 * Two edits anywhere in a word (Boydekla for Baydekle, Oknokow for Okonkwo) leave one of its ends — the first four
 * letters or the last four, disjoint from 8 letters on — with at most one edit. The ends table therefore keys each
 * end by its single-letter deletions (with the length): an end one edit off shares a deletion with the listed end,
 * as in the whole-word search, without the two-deletion neighbourhood a million words could not afford.
 */
import { HashMultimap } from './hash-multimap';
import { IntBuffer } from './int-buffer';
import { sharedGroup } from './name-equivalents';
import { editDistance, jaroWinkler } from './jaro-winkler';
import { computePhoneticKey, phoneticKey } from './phonetic';
import { computeRomanisationKey, romanisationKey, vowelKey, vowelKeysCompatible } from './romanisation-key';
import { deletionHashes, fnv1a, fnv1aAppend, FNV_OFFSET, letterMask, popcount } from './token-hash';
import { MIN_TYPO_SIMILARITY, typoEditsAllowed, typoEditsBetween } from './token-similarity';
import type { Vocabulary } from './vocabulary';
import type { SnapshotReader, SnapshotWriter } from '../snapshot';

/** Tokens shorter than this get no typo tolerance (see token-similarity: short words are other words). */
export const MIN_FUZZY_LENGTH = 4;
const MAX_FUZZY_LENGTH = 30;
/** Evidence weight of a one-edit neighbour (the scorer measures the real similarity). */
const ONE_EDIT_SIMILARITY = 0.9;
const MIN_PHONETIC_SIMILARITY = 0.78;
const MAX_ALTERNATIVES = 16;
/** Two edits are a typo from six letters on, and in a five-letter token for a longer word (token-similarity's typoEditsAllowed). */
const MIN_ENDS_LENGTH = 6;
const MIN_DISTANT_LENGTH = 5;
/** Letters of an end keyed by their deletions (see the file's comment). */
const END_LETTERS = 4;
/** Tokens measured per end key: a common head (mar…) must not make a query measure thousands. */
const MAX_ENDS_SCAN = 16;
/** Entries read per end key, the letter-mask test passed or not (reads within a bucket are sequential, cheap). */
const MAX_ENDS_READ = 256;
/** The prefix search of a cut word: how much longer a listed word may be, and tokens looked at per length. */
const MAX_PREFIX_EXTENSION = 12;
const MAX_PREFIX_SCAN = 64;
/**
 * Listed words a cut word's head returns at most: every one goes on from it alike (Farvate: FARVATEROPT,
 * FARVATERLOGISTIK … twenty of them in a dense list), and which one the payee is, is past the cut.
 */
const MAX_PREFIX_ALTERNATIVES = 64;
export const MIN_PREFIX_LENGTH = 3;
/** The short-word prefix search of a cut word (shortPrefixAlternatives): its shortest head, and words returned at most. */
const MIN_SHORT_PREFIX_LENGTH = 2;
const MAX_SHORT_PREFIX_ALTERNATIVES = 32;
/** Tokens looked at per phonetic key: the key is coarse, its buckets can be large. */
const MAX_PHONETIC_SCAN = 12;
/** Tokens looked at per romanisation key (finer than the phonetic key, but a common skeleton has many). */
const MAX_ROMANISED_SCAN = 24;
/** Tokens and skeletons this short say too little (see token-similarity). */
const MIN_ROMANISED_LENGTH = 4;
const MIN_ROMANISED_KEY = 3;
/** Evidence weight of a romanisation variant (the scorer measures the real similarity). */
const ROMANISED_EVIDENCE = 0.92;
/** A listed token of the same skeleton in one table group with the word (the table's spellings count so: 0.96). */
const GROUP_EVIDENCE = 0.96;
/** Entry values: id << LENGTH_BITS | length (tokens indexed here are at most 30 long). */
const LENGTH_BITS = 5;
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;

export interface FuzzyAlternative {
  readonly id: number;
  readonly sim: number;
}

/** Scratch for deletion hashes and their buckets (tokens are at most MAX_FUZZY_LENGTH long). */
const scratch = new Int32Array(65);
const bucketBegin = new Int32Array(65);
const bucketEnd = new Int32Array(65);
/** End keys of the two-edit search: eight per length within reach (at most 8 × 7), or four per length of the prefix search (at most 4 × 13). */
const keyHashes = new Int32Array(64);
/** Candidates gathered before they are measured, and the end key each came from (at most 16 per key). */
const candidateIds = new Int32Array(64 * 16);
const candidateKeys = new Int32Array(64 * 16);

/**
 * The distinct single-letter deletions of a token's first (side '<') or last ('>') four letters, as key prefixes
 * (side and letters; the length is appended per length looked up). The deletion of the fourth letter of the head
 * is the first three letters: the prefix search of a cut word uses that one.
 */
export function endDeletions(side: '<' | '>', t: string): string[] {
  const end = side === '<' ? t.slice(0, END_LETTERS) : t.slice(-END_LETTERS);
  const out: string[] = [];
  for (let k = 0; k < end.length; k++) {
    const key = side + end.slice(0, k) + end.slice(k + 1);
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

/**
 * Whether two vowel keys of one skeleton differ in one place only, an a for an o or u (romanisation-rules' vowel
 * rules a/o and u/a: Nodir / Nadir, Mohun / Mohan); the scorer checks the rule's conditions.
 */
function oneVowelRule(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!((a[i] === 'a' && b[i] === 'u') || (a[i] === 'u' && b[i] === 'a')) || ++differ > 1) return false;
  }
  return differ === 1;
}

/** Alternatives found for one token, in the order found (ids and similarities). */
class Found {
  readonly ids: number[] = [];
  readonly sims: number[] = [];
  has(id: number): boolean {
    return this.ids.includes(id);
  }
  add(id: number, sim: number): void {
    this.ids.push(id);
    this.sims.push(sim);
  }
  get size(): number {
    return this.ids.length;
  }
  list(): FuzzyAlternative[] {
    return this.ids.map((id, k) => ({ id, sim: this.sims[k] }));
  }
}

export class FuzzyVocabulary {
  /** Where loads made only to bring data into the cache ahead of use go (so they are not optimised away). */
  private sink = 0;

  private constructor(
    private readonly vocab: Vocabulary,
    /** Deletion hash → packed (id, length). */
    private readonly deletions: HashMultimap,
    /** Phonetic key hash → packed (id, length). */
    private readonly phonetic: HashMultimap,
    /**
     * The single-letter deletions of the first and the last four letters (with the length) of tokens of six letters
     * or more → packed (id, length), letter mask: two typos leave one end within one edit (see the file's comment).
     */
    private readonly ends: HashMultimap,
    /** Romanisation key hash → packed (id, length): Husayn for Hussein, known words included. */
    private readonly roman: HashMultimap,
  ) {}

  /** @param include which vocabulary ids to index (name tokens; not joined or digit-only tokens). */
  static build(vocab: Vocabulary, include: (id: number) => boolean): FuzzyVocabulary {
    const b = new FuzzyVocabularyBuilder(vocab.size);
    for (let id = 0; id < vocab.size; id++) if (include(id)) b.add(id, vocab.token(id));
    return b.build(vocab);
  }

  /** From the builder's buffers (FuzzyVocabularyBuilder). */
  static of(vocab: Vocabulary, deletions: HashMultimap, phonetic: HashMultimap, ends: HashMultimap, roman: HashMultimap): FuzzyVocabulary {
    return new FuzzyVocabulary(vocab, deletions, phonetic, ends, roman);
  }

  snapshot(w: SnapshotWriter, name: string): void {
    this.deletions.snapshot(w, `${name}.deletions`);
    this.phonetic.snapshot(w, `${name}.phonetic`);
    this.ends.snapshot(w, `${name}.ends`);
    this.roman.snapshot(w, `${name}.roman`);
  }

  static restore(r: SnapshotReader, name: string, vocab: Vocabulary): FuzzyVocabulary {
    return new FuzzyVocabulary(
      vocab,
      HashMultimap.restore(r, `${name}.deletions`),
      HashMultimap.restore(r, `${name}.phonetic`),
      HashMultimap.restore(r, `${name}.ends`),
      HashMultimap.restore(r, `${name}.roman`),
    );
  }

  /** Listed tokens within one edit of `token`, or sounding alike, with their similarity; never `token` itself. */
  alternatives(token: string): FuzzyAlternative[] {
    const length = token.length;
    if (length < MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH) return [];
    const self = this.vocab.id(token);
    const found = new Found();
    // A shared deletion variant is one edit (up to a rare hash collision, which the scorer sorts out): no need
    // to measure it here. One edit changes the length by at most one.
    const n = deletionHashes(token, scratch);
    const deletions = this.deletions;
    const d = deletions.data;
    // A million tokens' deletions are ten million entries, far beyond any cache: read all buckets at once.
    this.readBuckets(deletions, scratch, n);
    outer: for (let k = 0; k < n; k++) {
      const hash = scratch[k];
      for (let i = bucketBegin[k], e = bucketEnd[k]; i < e; i += 2) {
        if (d[i] !== hash) continue;
        const packed = d[i + 1];
        const id = packed >>> LENGTH_BITS;
        const difference = (packed & LENGTH_MASK) - length;
        if (id !== self && difference <= 1 && difference >= -1 && !found.has(id)) found.add(id, ONE_EDIT_SIMILARITY);
        if (found.size >= MAX_ALTERNATIVES) break outer;
      }
    }
    if (found.size < MAX_ALTERNATIVES) {
      const hash = fnv1a(phoneticKey(token));
      const phonetic = this.phonetic;
      const p = phonetic.data;
      // The bucket's sound-alikes first, then their strings brought in together, then measured.
      let count = 0;
      let scanned = 0;
      for (let i = phonetic.begin(hash), e = phonetic.end(hash); i < e; i += 2) {
        if (p[i] !== hash) continue;
        if (++scanned > MAX_PHONETIC_SCAN) break;
        const packed = p[i + 1];
        const id = packed >>> LENGTH_BITS;
        const difference = (packed & LENGTH_MASK) - length;
        if (found.has(id) || id === self || difference > 2 || difference < -2) continue;
        candidateIds[count++] = id;
      }
      this.touchTokens(count);
      for (let c = 0; c < count; c++) {
        const id = candidateIds[c];
        const sim = jaroWinkler(token, this.vocab.token(id));
        if (sim >= MIN_PHONETIC_SIMILARITY) found.add(id, sim);
        if (found.size >= MAX_ALTERNATIVES) break;
      }
    }
    return found.list();
  }

  /**
   * Listed tokens with the same romanisation key as `token` (other romanisations of the name), known or not;
   * never `token` itself. Bounded: a common skeleton's bucket is read only so far.
   */
  romanisedAlternatives(token: string, groups?: readonly number[]): FuzzyAlternative[] {
    return this.skeletonAlternatives(token, groups, false);
  }

  /**
   * Listed tokens with the same romanisation key as `spelling` (a spelling of the table's) that share one of `groups`,
   * the table groups of a payment word: the listed spellings of its name that the table does not write (Useynu for
   * Ousseynou, Fatumatah for Fatoumata), which the scorer knows by the table's key (tableKey) and the search by
   * the skeletons of the group's spellings. Never `spelling` itself.
   */
  groupAlternatives(spelling: string, groups: readonly number[]): FuzzyAlternative[] {
    return this.skeletonAlternatives(spelling, groups, true);
  }

  private skeletonAlternatives(token: string, groups: readonly number[] | undefined, groupOnly: boolean): FuzzyAlternative[] {
    if (token.length < MIN_ROMANISED_LENGTH || token.length > MAX_FUZZY_LENGTH) return [];
    const key = romanisationKey(token);
    if (key.length < MIN_ROMANISED_KEY) return [];
    const self = this.vocab.id(token);
    const hash = fnv1a(key);
    const roman = this.roman;
    const d = roman.data;
    let count = 0;
    let scanned = 0;
    for (let i = roman.begin(hash), e = roman.end(hash); i < e; i += 2) {
      if (d[i] !== hash) continue;
      if (++scanned > MAX_ROMANISED_SCAN) break;
      const packed = d[i + 1];
      const id = packed >>> LENGTH_BITS;
      const difference = (packed & LENGTH_MASK) - token.length;
      if (id === self || difference > 3 || difference < -3) continue;
      candidateIds[count++] = id;
    }
    this.touchTokens(count);
    const found: FuzzyAlternative[] = [];
    // The listed tokens' keys are kept by the vocabulary: at a million tokens a string cache would not hold them.
    let vowels: string | undefined;
    for (let c = 0; c < count; c++) {
      const id = candidateIds[c];
      const other = this.vocab.keys(id);
      if (other.roman !== key) continue;
      vowels ??= vowelKey(token);
      // (one group: the table says one name, whatever the vowels — Ousseynou / Useynu)
      if (groups !== undefined && sharedGroup(groups, other.groups) !== undefined) found.push({ id, sim: GROUP_EVIDENCE });
      else if (!groupOnly && (vowelKeysCompatible(vowels, other.vowels) || oneVowelRule(vowels, other.vowels))) found.push({ id, sim: ROMANISED_EVIDENCE });
    }
    return found;
  }

  /**
   * Listed tokens (ids) whose romanisation key is `key`, at most `max` of them read (a coarse bucket over the
   * vocabulary: the caller measures each with the scorer's own similarity).
   */
  skeletonMembers(key: string, max: number): number[] {
    const out: number[] = [];
    if (key.length < MIN_ROMANISED_KEY) return out;
    const hash = fnv1a(key);
    const roman = this.roman;
    const d = roman.data;
    for (let i = roman.begin(hash), e = roman.end(hash); i < e && out.length < max; i += 2) {
      if (d[i] !== hash) continue;
      const id = d[i + 1] >>> LENGTH_BITS;
      if (this.vocab.keys(id).roman === key) out.push(id);
    }
    return out;
  }

  /**
   * The buckets of hashes[0, count) into bucketBegin / bucketEnd, their bounds first and then their first
   * entries read, each step a loop of independent loads: the processor overlaps their cache misses, where
   * probing one hash after the other would wait for each in turn.
   */
  private readBuckets(map: HashMultimap, hashes: Int32Array, count: number): void {
    for (let k = 0; k < count; k++) {
      bucketBegin[k] = map.begin(hashes[k]);
      bucketEnd[k] = map.end(hashes[k]);
    }
    const d = map.data;
    let sink = 0;
    for (let k = 0; k < count; k++) if (bucketBegin[k] < bucketEnd[k]) sink ^= d[bucketBegin[k]];
    this.sink ^= sink;
  }

  /** Reads the first `count` candidateIds' strings in a loop of independent loads (see alternatives). */
  private touchTokens(count: number): void {
    let sink = 0;
    for (let c = 0; c < count; c++) sink ^= this.vocab.token(candidateIds[c]).length;
    this.sink ^= sink;
  }

  /**
   * Listed tokens two or three edits away from an unknown token of six letters or more (two typos in one word,
   * a swap counted as one): the tokens of about the same length whose first or last four letters are at most one
   * edit from the token's (see the file's comment) are measured. Only asked when the cheaper searches found
   * nothing convincing.
   */
  distantAlternatives(token: string): FuzzyAlternative[] {
    if (token.length < MIN_DISTANT_LENGTH || token.length > MAX_FUZZY_LENGTH) return [];
    const found = new Found();
    // (A five-letter token: two edits only to the longer listed words, as token-similarity allows.)
    const allowed = typoEditsAllowed(token.length, token.length + 1);
    // Each edit changes at most two letters of the set of letters a token has: a cheap bound before the
    // edit distance itself.
    const mask = letterMask(token);
    const self = this.vocab.id(token);
    // The end keys of every length within reach, their buckets' bounds, the buckets, then the candidates'
    // strings: each step a loop of independent loads (see alternatives).
    const ends = this.ends;
    const d = ends.data;
    const prefixes = [...endDeletions('<', token), ...endDeletions('>', token)].map((key) => fnv1aAppend(FNV_OFFSET, key));
    let keys = 0;
    for (let length = token.length - allowed; length <= token.length + allowed; length++) {
      if (length < MIN_ENDS_LENGTH) continue;
      const suffix = String(length);
      for (const prefix of prefixes) keyHashes[keys++] = fnv1aAppend(prefix, suffix) | 0;
    }
    this.readBuckets(ends, keyHashes, keys);
    let count = 0;
    for (let k = 0; k < keys; k++) {
      const hash = keyHashes[k];
      let scanned = 0;
      let read = 0;
      for (let i = bucketBegin[k], e = bucketEnd[k]; i < e && read < MAX_ENDS_READ; i += 3) {
        if (d[i] !== hash) continue;
        read++;
        const id = d[i + 1] >>> LENGTH_BITS;
        if (id === self || popcount(d[i + 2] ^ mask) > 2 * allowed) continue;
        if (++scanned > MAX_ENDS_SCAN) break;
        candidateIds[count] = id;
        candidateKeys[count++] = k;
      }
    }
    this.touchTokens(count);
    // A key's remaining candidates are skipped once the alternatives are complete (a later key may add one).
    let skipKey = -1;
    for (let c = 0; c < count; c++) {
      const id = candidateIds[c];
      if (candidateKeys[c] === skipKey || found.has(id)) continue;
      const candidate = this.vocab.token(id);
      const max = typoEditsBetween(token, candidate);
      if (editDistance(token, candidate, max) > max) continue;
      const sim = jaroWinkler(token, candidate);
      if (sim >= MIN_TYPO_SIMILARITY) found.add(id, sim);
      if (found.size >= MAX_ALTERNATIVES) skipKey = candidateKeys[c];
    }
    return found.list();
  }

  /**
   * Listed tokens that go on where a value cut at a field length stops (Uralmashz for Uralmashzavod, Sev for
   * Severnyi): the tokens of six letters or more, longer than the cut word by up to 12, read from the ends table's
   * smallest bucket that holds every token of the cut word's head, checked for the whole prefix. For the last word
   * of a cut value only (at least 3 letters: shorter heads are shared by too many words to look them all up).
   */
  prefixAlternatives(prefix: string, sim: number): FuzzyAlternative[] {
    if (prefix.length < MIN_PREFIX_LENGTH || prefix.length >= MAX_FUZZY_LENGTH) return [];
    const found = new Found();
    const ends = this.ends;
    const d = ends.data;
    // Every token that starts with the prefix's first four letters is in each of their four deletion buckets, which
    // also hold the tokens of other heads one letter away (Kura, Dura, Tura … for Ura): of the four, the smallest
    // is read. A prefix of three letters has the one bucket.
    const heads = (prefix.length >= END_LETTERS ? endDeletions('<', prefix) : ['<' + prefix]).map((h) => fnv1aAppend(FNV_OFFSET, h));
    let keys = 0;
    const last = Math.min(MAX_FUZZY_LENGTH, prefix.length + MAX_PREFIX_EXTENSION);
    for (let length = Math.max(MIN_ENDS_LENGTH, prefix.length + 1); length <= last; length++) {
      for (const head of heads) keyHashes[keys++] = fnv1aAppend(head, String(length)) | 0;
    }
    this.readBuckets(ends, keyHashes, keys);
    for (let g = 0; g < keys && found.size < MAX_PREFIX_ALTERNATIVES; g += heads.length) {
      let k = g;
      for (let j = g + 1; j < g + heads.length; j++) if (bucketEnd[j] - bucketBegin[j] < bucketEnd[k] - bucketBegin[k]) k = j;
      const hash = keyHashes[k];
      // Only the tokens that go on from the prefix count towards the limit; the entries read are bounded apart.
      let matched = 0;
      let read = 0;
      for (let i = bucketBegin[k], e = bucketEnd[k]; i < e && read < MAX_ENDS_READ; i += 3) {
        if (d[i] !== hash) continue;
        read++;
        const id = d[i + 1] >>> LENGTH_BITS;
        if (found.has(id) || !this.vocab.token(id).startsWith(prefix)) continue;
        found.add(id, sim);
        if (++matched >= MAX_PREFIX_SCAN) break;
      }
    }
    return found.list();
  }

  /**
   * Listed words too short for the ends table that go on where a cut word of two to four letters stops (Vin for
   * Vinh, Ki for Kim or Kish, Qua for Quang): the words one or two letters longer, of five letters at most. A word one
   * letter longer than the head has the head among its deletions (the deletion table); one two letters longer has
   * the head and one more letter, looked up a letter at a time (26 buckets); a word of three letters is no entry of
   * the deletion table and is looked up by spelling. For the last word of a cut value only; at most
   * MAX_SHORT_PREFIX_ALTERNATIVES (a head of two letters begins many short words).
   */
  shortPrefixAlternatives(prefix: string, sim: number): FuzzyAlternative[] {
    const p = prefix.length;
    if (p < MIN_SHORT_PREFIX_LENGTH || p >= MIN_ENDS_LENGTH - 1) return [];
    const found = new Found();
    const take = (head: string, length: number): void => {
      if (found.size >= MAX_SHORT_PREFIX_ALTERNATIVES) return;
      if (length < MIN_FUZZY_LENGTH) {
        // (a word of three letters, the head itself: the deletion table holds none)
        const id = this.vocab.id(head);
        if (id >= 0 && !found.has(id)) found.add(id, sim);
        return;
      }
      // The bucket of the head's own hash holds the words of which it is a deletion (and the head itself).
      deletionHashes(head, scratch);
      const hash = scratch[0];
      const d = this.deletions.data;
      for (let i = this.deletions.begin(hash), e = this.deletions.end(hash); i < e && found.size < MAX_SHORT_PREFIX_ALTERNATIVES; i += 2) {
        if (d[i] !== hash || (d[i + 1] & LENGTH_MASK) !== length) continue;
        const id = d[i + 1] >>> LENGTH_BITS;
        if (!found.has(id) && this.vocab.token(id).startsWith(prefix)) found.add(id, sim);
      }
    };
    // One letter more, then two (the closer completions first).
    if (p + 1 < MIN_ENDS_LENGTH) {
      if (p + 1 < MIN_FUZZY_LENGTH) for (let c = 97; c <= 122; c++) take(prefix + String.fromCharCode(c), p + 1);
      else take(prefix, p + 1);
    }
    if (p + 2 < MIN_ENDS_LENGTH) for (let c = 97; c <= 122; c++) take(prefix + String.fromCharCode(c), p + 2);
    return found.list();
  }

  get bytes(): number {
    return this.deletions.bytes + this.phonetic.bytes + this.ends.bytes + this.roman.bytes;
  }
}

/** The deletion table's entries: a hash and a packed (id, length) each. */
export interface DeletionEntries {
  readonly hashes: Int32Array;
  readonly values: Int32Array;
}

/** The deletion table of takeDeletions' entries (what build makes of them). */
export function buildDeletions(entries: DeletionEntries): HashMultimap {
  return HashMultimap.buildConsuming(IntBuffer.wrap(entries.hashes), IntBuffer.wrap(entries.values));
}

/**
 * The fuzzy vocabulary's entries gathered token by token, as the vocabulary grows (a loader adds tokens while
 * its other thread is still reading the list; only the hash tables are left for the end). Tokens must be added
 * in id order for the tables to be those FuzzyVocabulary.build makes.
 */
const SIDES = ['<', '>'] as const;

export class FuzzyVocabularyBuilder {
  private readonly dh: IntBuffer;
  private readonly dv: IntBuffer;
  private readonly ph: IntBuffer;
  private readonly pv: IntBuffer;
  private readonly eh = new IntBuffer();
  private readonly ev = new IntBuffer();
  private readonly em = new IntBuffer();
  private readonly rh: IntBuffer;
  private readonly rv: IntBuffer;
  private deletionsTaken = false;

  constructor(expectedTokens = 1024) {
    this.dh = new IntBuffer(expectedTokens * 8);
    this.dv = new IntBuffer(expectedTokens * 8);
    this.ph = new IntBuffer(expectedTokens);
    this.pv = new IntBuffer(expectedTokens);
    this.rh = new IntBuffer(expectedTokens);
    this.rv = new IntBuffer(expectedTokens);
  }

  add(id: number, t: string): void {
    if (t.length < MIN_FUZZY_LENGTH || t.length > MAX_FUZZY_LENGTH) return;
    const packed = (id << LENGTH_BITS) | t.length;
    const n = deletionHashes(t, scratch);
    // Ten to fifteen million of these for a million tokens: written in one go, not pushed one by one.
    const at = this.dh.extend(n);
    this.dv.extend(n);
    const dh = this.dh.array;
    const dv = this.dv.array;
    for (let k = 0; k < n; k++) {
      dh[at + k] = scratch[k];
      dv[at + k] = packed;
    }
    this.ph.push(fnv1a(computePhoneticKey(t)));
    this.pv.push(packed);
    const roman = computeRomanisationKey(t);
    if (roman.length >= MIN_ROMANISED_KEY) {
      this.rh.push(fnv1a(roman));
      this.rv.push(packed);
    }
    if (t.length >= MIN_ENDS_LENGTH) {
      const mask = letterMask(t);
      const length = String(t.length);
      for (const side of SIDES) {
        for (const key of endDeletions(side, t)) {
          this.eh.push(fnv1a(key + length));
          this.ev.push(packed);
          this.em.push(mask);
        }
      }
    }
  }

  /**
   * The deletion entries (hash, packed id and length), for the table to be built elsewhere (buildDeletions, in
   * another thread) while this thread builds the rest; the builder lets go of them.
   */
  takeDeletions(): DeletionEntries {
    const taken = { hashes: this.dh.view(), values: this.dv.view() };
    this.dh.release();
    this.dv.release();
    this.deletionsTaken = true;
    return taken;
  }

  build(vocab: Vocabulary): FuzzyVocabulary {
    return this.prepareBuild(vocab)();
  }

  /**
   * Builds every table but the deletion table; the function returned finishes the vocabulary with it (built
   * here when not given; it must be when takeDeletions took the entries).
   */
  prepareBuild(vocab: Vocabulary): (deletions?: HashMultimap) => FuzzyVocabulary {
    // The builder is done with: its buffers go as each table is built (a million tokens' deletions alone are
    // over 100 MB of them).
    const phonetic = HashMultimap.buildConsuming(this.ph, this.pv);
    const ends = HashMultimap.buildConsuming(this.eh, this.ev, this.em);
    const roman = HashMultimap.buildConsuming(this.rh, this.rv);
    return (deletions) => {
      if (deletions === undefined && this.deletionsTaken) throw new Error('the deletion table was to be built elsewhere');
      return FuzzyVocabulary.of(vocab, deletions ?? HashMultimap.buildConsuming(this.dh, this.dv), phonetic, ends, roman);
    };
  }
}
