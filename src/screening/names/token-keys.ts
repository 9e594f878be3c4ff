/**
 * What the token comparison derives from one token — its romanisation skeleton and vowel key, its phonetic key,
 * its consonants as romanisations spell them, the name groups it belongs to — worked out once per token, when first needed, and kept.
 *
 * The scorer compares each payment token with every token of a dozen candidate names per payment name; at a
 * million listed names the module caches keyed by string (romanisation-key, phonetic) are hash probes that miss
 * the CPU cache, and at 100,000 entries they are cleared over and over. The vocabulary keeps one TokenKeys per
 * listed token (see Vocabulary.keys), a prepared payment name one per token: the scorer reads a field.
 */
import { derivedGroupsOf, nameGroupsOf, type DerivedGroups } from './name-equivalents';
import { computePhoneticKey, phoneticKey } from './phonetic';
import { computeRomanisationKey, computeVowelKey, romanisationKey, romanisedConsonants, vowelKey } from './romanisation-key';
import { chineseSyllableReadings, computeSyllables, isOneSyllable, koreanOutline, koreanSyllableReadings, syllablesOf, type SyllableParse } from './syllables';

const UNSET = '\u0000';
const NO_GROUPS: readonly number[] = [];

export class TokenKeys {
  private roman_ = UNSET;
  private vowels_ = UNSET;
  private phonetic_ = UNSET;
  private consonants_ = UNSET;
  private groups_: readonly number[] | undefined = undefined;
  private derived_: readonly DerivedGroups[] | undefined = undefined;
  private syllables_: SyllableParse | null = null;
  /** 0 unknown, 1 no, 2 yes. */
  private oneSyllable_ = 0;
  private korean_: readonly number[] | undefined | null = null;
  private chinese_: readonly number[] | undefined | null = null;
  private outline_: string | undefined | null = null;

  /** @param cached whether to go through the module caches (tokens that come again as new strings). */
  constructor(
    readonly token: string,
    private readonly cached = false,
  ) {}

  /** romanisationKey(token). */
  get roman(): string {
    if (this.roman_ === UNSET) this.roman_ = this.cached ? romanisationKey(this.token) : computeRomanisationKey(this.token);
    return this.roman_;
  }

  /** vowelKey(token) (see vowelsCompatible). */
  get vowels(): string {
    if (this.vowels_ === UNSET) this.vowels_ = this.cached ? vowelKey(this.token) : computeVowelKey(this.token);
    return this.vowels_;
  }

  /** phoneticKey(token). */
  get phonetic(): string {
    if (this.phonetic_ === UNSET) this.phonetic_ = this.cached ? phoneticKey(this.token) : computePhoneticKey(this.token);
    return this.phonetic_;
  }

  /** romanisedConsonants(token) (see sameRomanisedConsonants). */
  get romanisedConsonants(): string {
    if (this.consonants_ === UNSET) this.consonants_ = romanisedConsonants(this.token);
    return this.consonants_;
  }

  /** syllablesOf(token): the token cut into Chinese or Korean syllables, or undefined. */
  get syllables(): SyllableParse {
    if (this.syllables_ === null) this.syllables_ = this.cached ? syllablesOf(this.token) : computeSyllables(this.token);
    return this.syllables_;
  }

  /** isOneSyllable(token): one written Chinese or Korean syllable. */
  get oneSyllable(): boolean {
    if (this.oneSyllable_ === 0) this.oneSyllable_ = isOneSyllable(this.token) ? 2 : 1;
    return this.oneSyllable_ === 2;
  }

  /** koreanSyllableReadings(token): the Korean syllables it can spell, if it is one. */
  get korean(): readonly number[] | undefined {
    if (this.korean_ === null) this.korean_ = koreanSyllableReadings(this.token);
    return this.korean_;
  }

  /** chineseSyllableReadings(token): the pinyin syllables it can spell, if it is one. */
  get chinese(): readonly number[] | undefined {
    if (this.chinese_ === null) this.chinese_ = chineseSyllableReadings(this.token);
    return this.chinese_;
  }

  /**
   * koreanOutline(token): every payment word of four letters or more is looked up by its outline (NameIndex's
   * visitOutlines), and the test whether Korean syllables cover it is a walk over the word.
   */
  get outline(): string | undefined {
    if (this.outline_ === null) this.outline_ = koreanOutline(this.token);
    return this.outline_;
  }

  /** derivedGroupsOf(token): a surname built on a given name of the table (Magomedov, Yousafzai). */
  get derived(): readonly DerivedGroups[] {
    if (this.derived_ === undefined) this.derived_ = derivedGroupsOf(this.token);
    return this.derived_;
  }

  /** nameGroupsOf(token). */
  get groups(): readonly number[] | undefined {
    if (this.groups_ === undefined) this.groups_ = nameGroupsOf(this.token) ?? NO_GROUPS;
    return this.groups_ === NO_GROUPS ? undefined : this.groups_;
  }
}

/** Keys of a token no vocabulary holds (a payment's unknown word, two tokens joined): through the module caches. */
export function keysOf(token: string): TokenKeys {
  return new TokenKeys(token, true);
}

/**
 * Two adjacent tokens of a name written as one (the scorer's joined comparisons, "JSCARGUMENT" / "JSC ARGUMENT"):
 * a candidate's adjacent pair is compared again with each payment that brings the candidate, and nearly never
 * matches; its keys, kept here, are one lookup instead of a look into each module cache and the syllable tables.
 * Bounded: the oldest spelling goes first.
 */
const JOINED_KEYS_SIZE = 50_000;
const joinedKeys = new Map<string, TokenKeys>();

/** keysOf a joined token, kept. */
export function joinedKeysOf(token: string): TokenKeys {
  let keys = joinedKeys.get(token);
  if (keys === undefined) {
    if (joinedKeys.size >= JOINED_KEYS_SIZE) joinedKeys.delete(joinedKeys.keys().next().value as string);
    keys = new TokenKeys(token);
    joinedKeys.set(token, keys);
  }
  return keys;
}
