/**
 * Chinese and Korean names read syllable by syllable: Zhiqiang, Chih-chiang and Chi Keung are one given name
 * (志強 in pinyin, Wade-Giles and Cantonese), Gukgi and Kook-ki one Korean name, however each system spells a
 * syllable and wherever the writer put the hyphens and spaces. A token is cut into the syllables of one language
 * (syllables-data); two tokens are one name when they cut into the same number of syllables, each pair of which can
 * spell one syllable. A token no cut covers (most European words) is no syllable string and costs one failed parse.
 */
import { boundedMemo } from './bounded-memo';
import {
  CANTONESE_GIVEN,
  CANTONESE_IN_STRINGS_ONLY,
  KOREAN_FAMILY_SPELLINGS,
  KOREAN_SYLLABLES,
  koreanSpellings,
  PINYIN_SYLLABLES,
  SOUTHERN_CHINESE,
  tongyong,
  wadeGiles,
  WHOLE_WORD_ONLY,
} from './syllables-data';

/**
 * One language's written syllables as a trie over the letters a–z: node * 26 + letter → child node (0: none);
 * readings[node]: sorted ids of the syllables the spelling ending at node can spell.
 */
interface Inventory {
  readonly name: 'chinese' | 'korean';
  readonly next: Int32Array;
  readonly readings: (readonly number[] | undefined)[];
  /** Nodes whose spelling is a syllable only as a whole word (Cantonese Ng): no span of a longer token. */
  readonly wholeOnly: ReadonlySet<number>;
  readonly syllables: readonly string[];
  /**
   * A syllable that starts with a vowel inside a token: Chinese never (pinyin writes Xi'an with an apostrophe,
   * so Xian is one syllable); Korean after a consonant (Jong-un, Seong-il, Hyeon-u), not after a vowel (Ma-ri-a).
   */
  readonly medialVowel: 'never' | 'after_consonant';
}

function inventory(
  name: Inventory['name'],
  entries: Iterable<[string, string]>,
  syllables: readonly string[],
  medialVowel: Inventory['medialVowel'],
): Inventory {
  const id = new Map(syllables.map((s, i) => [s, i] as const));
  const trie: number[] = new Array<number>(26).fill(0);
  const readings: number[][] = [];
  const wholeOnly = new Set<number>();
  for (const [spelling, syllable] of entries) {
    const i = id.get(syllable);
    if (i === undefined || !/^[a-z]+$/.test(spelling)) continue;
    let node = 0;
    for (let k = 0; k < spelling.length; k++) {
      const slot = node * 26 + spelling.charCodeAt(k) - 97;
      if (trie[slot] === 0) {
        trie[slot] = trie.length / 26;
        for (let c = 0; c < 26; c++) trie.push(0);
      }
      node = trie[slot];
    }
    const list = (readings[node] ??= []);
    if (!list.includes(i)) list.push(i);
    list.sort((a, b) => a - b);
    if (WHOLE_WORD_ONLY.has(spelling)) wholeOnly.add(node);
  }
  return { name, next: Int32Array.from(trie), readings, wholeOnly, syllables, medialVowel };
}

/**
 * The Chinese inventory's (spelling, pinyin) pairs; `alone`: for one written syllable standing alone, without the
 * Cantonese readings that hold in syllable strings only (a lone Yin is the pinyin family name 尹, not 燕 yan; inside
 * Yinling it may be either).
 */
function* chineseSpellings(alone: boolean): Iterable<[string, string]> {
  for (const py of PINYIN_SYLLABLES) {
    // ü is written u, v or yu by payments (Lü / Lu / Lv / Lyu).
    yield [py, py];
    if (py.includes('v')) {
      yield [py.replace('v', 'u'), py];
      yield [py.replace('v', 'yu'), py];
    }
    yield [wadeGiles(py), py];
    yield [tongyong(py), py];
  }
  yield ['szu', 'si'];
  for (const [spelling, pys] of Object.entries(SOUTHERN_CHINESE)) for (const py of pys) yield [spelling, py];
  for (const [spelling, pys] of Object.entries(CANTONESE_GIVEN))
    for (const py of pys) if (!alone || CANTONESE_IN_STRINGS_ONLY[spelling]?.includes(py) !== true) yield [spelling, py];
}

function* koreanEntries(): Iterable<[string, string]> {
  for (const rr of KOREAN_SYLLABLES) for (const s of koreanSpellings(rr)) yield [s, rr];
  for (const [spelling, rr] of Object.entries(KOREAN_FAMILY_SPELLINGS)) yield [spelling, rr];
}

const CHINESE = inventory('chinese', chineseSpellings(false), PINYIN_SYLLABLES, 'never');
/**
 * One written Chinese syllable alone: a Cantonese spelling stands for many characters (Yin is 賢 xian and 燕 yan),
 * which a syllable string narrows and a lone word does not (Yin and Yan are two pinyin family names).
 */
const CHINESE_ALONE = inventory('chinese', chineseSpellings(true), PINYIN_SYLLABLES, 'never');
// (No initial-sound law here: the syllable inventory does not know which word is the family name, and read for any
// word the law made two given names one — Mi-na / Mi-ra, Rana / Nana, Lin / Yin. The family names it joins are the
// table's groups: Ryu / Yoo, Lee / Rhee, Rim / Im, Roh / Noh, Yang / Ryang.)
const KOREAN = inventory('korean', koreanEntries(), KOREAN_SYLLABLES, 'after_consonant');
const LANGUAGES = [CHINESE, KOREAN] as const;

/**
 * A token's syllable spans in one language: spans[i] lists [end, readings] of every written syllable starting at
 * i, only along cuts that cover the whole token, longest first; undefined when no cut does.
 */
type Spans = readonly (readonly (readonly [number, readonly number[]])[])[];

/** A token's syllable spans per language (index as LANGUAGES), or undefined when it is no syllable string in either. */
export type SyllableParse = readonly (Spans | undefined)[] | undefined;

const isVowelCode = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117;

/**
 * A syllable cannot start on a vowel inside the token, unless the inventory allows one after a consonant (the
 * one rule spansOf and covered must share, or the fast check and the parse would disagree).
 */
const noSyllableStartsAt = (token: string, i: number, inv: Inventory): boolean =>
  i > 0 && isVowelCode(token.charCodeAt(i)) && (inv.medialVowel === 'never' || isVowelCode(token.charCodeAt(i - 1)));

function spansOf(token: string, inv: Inventory): Spans | undefined {
  const n = token.length;
  const all: (readonly [number, readonly number[]])[][] = new Array<(readonly [number, readonly number[]])[]>(n);
  // Backwards: only spans that end where the rest of the token can be cut too.
  const finishes = new Uint8Array(n + 1);
  finishes[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    const here: (readonly [number, readonly number[]])[] = [];
    if (noSyllableStartsAt(token, i, inv)) {
      all[i] = here;
      continue;
    }
    let node = 0;
    for (let k = i; k < n; k++) {
      const c = token.charCodeAt(k) - 97;
      if (c < 0 || c >= 26) break;
      node = inv.next[node * 26 + c];
      if (node === 0) break;
      const r = inv.readings[node];
      if (r !== undefined && finishes[k + 1] === 1 && !inv.wholeOnly.has(node)) here.unshift([k + 1, r]);
    }
    all[i] = here;
    finishes[i] = here.length > 0 ? 1 : 0;
  }
  return finishes[0] === 1 ? all : undefined;
}

const CACHE_LIMIT = 100_000;
/** computeSyllables per word (a function declaration below, so hoisted). */
const parsedSyllables = boundedMemo(CACHE_LIMIT, computeSyllables);

/** Whether some cut covers the token, in one pass over its letters and nothing allocated (most words fail here). */
function covered(token: string, inv: Inventory): boolean {
  const n = token.length;
  const finishes = scratch.length > n ? scratch : (scratch = new Uint8Array(2 * n + 2));
  finishes[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    finishes[i] = 0;
    if (noSyllableStartsAt(token, i, inv)) continue;
    let node = 0;
    for (let k = i; k < n; k++) {
      const c = token.charCodeAt(k) - 97;
      if (c < 0 || c >= 26) break;
      node = inv.next[node * 26 + c];
      if (node === 0) break;
      if (inv.readings[node] !== undefined && finishes[k + 1] === 1 && !inv.wholeOnly.has(node)) {
        finishes[i] = 1;
        break;
      }
    }
  }
  return finishes[0] === 1;
}
let scratch = new Uint8Array(40);

/** The node the whole token ends at in the trie, 0 when it is no path of it. */
function walk(token: string, inv: Inventory): number {
  let node = 0;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k) - 97;
    if (c < 0 || c >= 26) return 0;
    node = inv.next[node * 26 + c];
    if (node === 0) return 0;
  }
  return node;
}

/**
 * Whether the token is one written syllable of Chinese or Korean (Zhao, Jie, Hsueh, Myeong, Park): the words of a
 * name written syllable by syllable (Zhao Jie Na, Park Hye-ho), which has no optional word.
 */
export function isOneSyllable(token: string): boolean {
  if (token.length > 6) return false;
  const c = walk(token, CHINESE);
  if (c !== 0 && CHINESE.readings[c] !== undefined) return true;
  const k = walk(token, KOREAN);
  return k !== 0 && KOREAN.readings[k] !== undefined;
}

/**
 * The Korean syllables (ids) one written syllable can spell — Seok, Sok and Suk, Hui and Hee, Beom and Bum — or
 * undefined when the token is no Korean syllable.
 */
export function koreanSyllableReadings(token: string): readonly number[] | undefined {
  if (token.length > 6) return undefined;
  const node = walk(token, KOREAN);
  return node === 0 ? undefined : KOREAN.readings[node];
}

/** The pinyin syllables (ids) one written Chinese syllable standing alone can spell (Hsu: xu; Wai: wei; Kin: jian), or undefined. */
export function chineseSyllableReadings(token: string): readonly number[] | undefined {
  if (token.length > 6) return undefined;
  const node = walk(token, CHINESE_ALONE);
  return node === 0 ? undefined : CHINESE_ALONE.readings[node];
}

/** The pinyin syllable two chineseSyllableReadings share, or undefined. */
export function sameChineseSyllable(a: readonly number[], b: readonly number[]): string | undefined {
  const id = intersects(a, b);
  return id < 0 ? undefined : CHINESE.syllables[id];
}

/** The Korean syllable (Revised Romanization) two koreanSyllableReadings share, or undefined. */
export function sameKoreanSyllable(a: readonly number[], b: readonly number[]): string | undefined {
  const id = intersects(a, b);
  return id < 0 ? undefined : KOREAN.syllables[id];
}

/** computeSyllables, cached (payment tokens and joined pairs come again and again). */
export function syllablesOf(token: string): SyllableParse {
  if (token.length < 4 || token.length > 18 || !(covered(token, CHINESE) || covered(token, KOREAN))) return undefined;
  return parsedSyllables(token);
}

/** Tokens of 4 to 18 letters a–z (two syllables at least). */
export function computeSyllables(token: string): SyllableParse {
  if (token.length < 4 || token.length > 18) return undefined;
  const chinese = covered(token, CHINESE) ? spansOf(token, CHINESE) : undefined;
  const korean = covered(token, KOREAN) ? spansOf(token, KOREAN) : undefined;
  return chinese === undefined && korean === undefined ? undefined : [chinese, korean];
}

function intersects(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return a[i];
    if (a[i] < b[j]) i++;
    else j++;
  }
  return -1;
}

/**
 * Whether a and b are one name read syllable by syllable: the syllables (pinyin, or Revised Romanization) joined
 * by hyphens, "zhi-qiang", or undefined. Two syllables at least: one-syllable names are the table's (name-equivalents),
 * as a syllable alone spelt two ways is as often two names (Teng / Tang, Man / Wen).
 */
export function sameSyllables(a: string, pa: SyllableParse, b: string, pb: SyllableParse): string | undefined {
  if (pa === undefined || pb === undefined) return undefined;
  for (let k = 0; k < LANGUAGES.length; k++) {
    const sa = pa[k];
    const sb = pb[k];
    if (sa === undefined || sb === undefined) continue;
    const path = align(a, sa, b, sb, LANGUAGES[k].syllables);
    if (path !== undefined && path.length >= 2) return path.map((id) => LANGUAGES[k].syllables[id]).join('-');
  }
  return undefined;
}

/**
 * Whether one word is two or three words of the other name written apart, syllable by syllable, with the cut put where
 * those words say: the pieces of `word` against `parts` in order, each pair one syllable or string of syllables that
 * can spell the same (sameSyllables' test). The syllables joined by hyphens, or undefined. The cut may fall between
 * two vowels, which a word alone does not license (a Korean syllable starting with a vowel after one, a Chinese one
 * ever: Xi'an), since the other side's words say where the syllables end: Suok / Su-ok, Doil / To Il, Haun / Ha Eun,
 * Gia / Ki A, Taewoo / Tae-u; Haerbin / Ha Erh Pin, Xian / Hsi An.
 */
export function splitSyllables(word: string, parts: readonly string[]): string | undefined {
  const n = word.length;
  if (n < 2 || n > MAX_SPLIT_LENGTH || parts.length < 2 || parts.length > 3) return undefined;
  for (const inv of LANGUAGES) {
    if (!syllablesEndToEnd(word, inv)) continue;
    const partSpans: Spans[] = [];
    for (const p of parts) {
      const sp = p.length <= MAX_SPLIT_LENGTH ? spansOf(p, inv) : undefined;
      if (sp === undefined) break;
      partSpans.push(sp);
    }
    if (partSpans.length < parts.length) continue;
    const path = cutAlong(word, 0, parts, partSpans, 0, inv);
    if (path !== undefined) return path.map((id) => inv.syllables[id]).join('-');
  }
  return undefined;
}
const MAX_SPLIT_LENGTH = 18;

/**
 * Whether `word` is written syllables of `inv` end to end, each one starting anywhere (a vowel too) and the whole-only
 * ones counted: what every cut cutAlong could take needs of it (each piece is such a string), tested in one pass and
 * nothing allocated. The scorer's bound asks splitSyllables of a payment word against every candidate's syllable words,
 * and nearly every word fails; the parse of the parts and the cuts (spansOf, slices) cost a few allocations each.
 */
function syllablesEndToEnd(word: string, inv: Inventory): boolean {
  const n = word.length;
  const reach = reachScratch.length > n ? reachScratch : (reachScratch = new Uint8Array(2 * n + 2));
  reach.fill(0, 0, n + 1);
  reach[0] = 1;
  for (let i = 0; i < n; i++) {
    if (reach[i] === 0) continue;
    let node = 0;
    for (let k = i; k < n; k++) {
      const c = word.charCodeAt(k) - 97;
      if (c < 0 || c >= 26) break;
      node = inv.next[node * 26 + c];
      if (node === 0) break;
      if (inv.readings[node] !== undefined) reach[k + 1] = 1;
    }
  }
  return reach[n] === 1;
}
let reachScratch = new Uint8Array(40);

/** The syllables of word[from…] cut into pieces that pair off with parts[p…] (splitSyllables), or undefined. */
function cutAlong(word: string, from: number, parts: readonly string[], partSpans: readonly Spans[], p: number, inv: Inventory): number[] | undefined {
  const last = p === parts.length - 1;
  const maxEnd = last ? word.length : word.length - (parts.length - 1 - p);
  for (let end = last ? word.length : from + 1; end <= maxEnd; end++) {
    const piece = word.slice(from, end);
    const spans = spansOf(piece, inv);
    if (spans === undefined) continue;
    const path = align(piece, spans, parts[p], partSpans[p], inv.syllables);
    if (path === undefined) continue;
    if (last) return path;
    const rest = cutAlong(word, end, parts, partSpans, p + 1, inv);
    if (rest !== undefined) return path.concat(rest);
  }
  return undefined;
}

/**
 * The language ("chinese", "korean") in which a and b are each a string of two syllables or more that no reading
 * pairs off, or undefined: in a name written syllable by syllable each syllable is a character, and a given name
 * with one syllable otherwise is another given name, not a typo of this one (Meijuan / Meiquan, Yonghan / Yongchao,
 * Bumhye / Bumjae, Hanwon / Nahwan).
 */
export function otherSyllables(a: string, pa: SyllableParse, b: string, pb: SyllableParse): string | undefined {
  if (pa === undefined || pb === undefined) return undefined;
  let other: string | undefined;
  for (let k = 0; k < LANGUAGES.length; k++) {
    const sa = pa[k];
    const sb = pb[k];
    if (sa === undefined || sb === undefined || !severalSyllables(sa, a.length) || !severalSyllables(sb, b.length)) continue;
    const path = align(a, sa, b, sb, LANGUAGES[k].syllables);
    if (path !== undefined && path.length >= 2) return undefined;
    other ??= LANGUAGES[k].name;
  }
  return other;
}

/**
 * Whether every cut of a token of n letters has two syllables or more (every span listed ends on a full cut): a token
 * that is one syllable too (Teng, Tang: te-ng, ta-ng by the Cantonese ng) is the one-syllable rules' business.
 */
function severalSyllables(spans: Spans, n: number): boolean {
  return spans[0].length > 0 && spans[0].every(([end]) => end < n);
}

/** The syllable ids along one cut of both tokens that pairs them off, or undefined. */
function align(a: string, sa: Spans, b: string, sb: Spans, names: readonly string[]): number[] | undefined {
  const n = a.length;
  const m = b.length;
  // From (i, j), the syllables read so far; depth-first, tokens are short and cuts few.
  const seen = new Set<number>();
  const path: number[] = [];
  const walk = (i: number, j: number): boolean => {
    if (i === n && j === m) return true;
    if (i === n || j === m) return false;
    const key = i * 64 + j;
    if (seen.has(key)) return false;
    seen.add(key);
    for (const [ea, ra] of sa[i]) {
      for (const [eb, rb] of sb[j]) {
        let id = intersects(ra, rb);
        if (id < 0) continue;
        // Name the syllable as one side writes it when it can (Xiaoping: ping, not bing).
        if (ra.length > 1 || rb.length > 1) {
          const wa = a.slice(i, ea);
          const wb = b.slice(j, eb);
          for (const x of ra) if (rb.includes(x) && (names[x] === wa || names[x] === wb)) id = x;
        }
        path.push(id);
        if (walk(ea, eb)) return true;
        path.pop();
      }
    }
    return false;
  };
  return walk(0, 0) ? path : undefined;
}

/**
 * Other spellings of a syllable string for candidate search: each syllable in the pinyin and Wade-Giles (Chinese)
 * or Revised Romanization and McCune-Reischauer (Korean) spelling of what it can read, joined. Not each syllable
 * alone: syllables are the commonest words of such lists, and their postings would crowd the name out of the few
 * candidates scored. At most `limit` spellings per language, along the first cut.
 */
export function syllableRespellings(token: string): readonly string[] {
  let r = respellCache.get(token);
  if (r !== undefined) return r;
  const p = syllablesOf(token);
  const korean = koreanSyllableReadings(token);
  const chinese = chineseSyllableReadings(token);
  if (p === undefined && korean === undefined && chinese === undefined) return NONE;
  // One syllable (Korean Seok, Cantonese Wai) in the other spellings of what it can read, then a syllable string
  // (or a token that also parses as two syllables: Yeong) in its syllables' spellings joined.
  const out = new Set<string>(korean === undefined ? NONE : koreanRespellings(token, korean));
  if (chinese !== undefined) for (const x of chineseRespellings(token, chinese)) out.add(x);
  if (p !== undefined) for (const x of computeRespellings(token, p, 24)) out.add(x);
  r = [...out];
  if (respellCache.size >= CACHE_LIMIT) respellCache.clear();
  respellCache.set(token, r);
  return r;
}

/** One written Chinese syllable's readings in pinyin and Wade-Giles (Chow: zhou, chou): at most 8. */
function chineseRespellings(token: string, readings: readonly number[]): readonly string[] {
  const out: string[] = [];
  for (const id of readings.slice(0, 4)) {
    const py = CHINESE.syllables[id];
    for (const x of [py, wadeGiles(py)]) if (x !== token && !out.includes(x) && out.length < 8) out.push(x);
  }
  return out;
}

/** Every spelling of each Korean syllable (by id), as the inventory holds them. */
const KOREAN_SPELLINGS: readonly string[][] = (() => {
  const out: string[][] = KOREAN_SYLLABLES.map(() => []);
  const id = new Map(KOREAN_SYLLABLES.map((s, i) => [s, i] as const));
  for (const [spelling, rr] of koreanEntries()) {
    const i = id.get(rr);
    if (i !== undefined && !out[i].includes(spelling)) out[i].push(spelling);
  }
  return out;
})();

/** The other spellings of a token that is one Korean syllable (empty otherwise). */
export function koreanOtherSpellings(token: string): readonly string[] {
  const readings = koreanSyllableReadings(token);
  return readings === undefined ? NONE : koreanRespellings(token, readings);
}

/**
 * One Korean syllable's other spellings (Seok: sok, suk; Hui: hee, hi), for candidate search: at most 12, the
 * syllables' own spellings first.
 */
function koreanRespellings(token: string, readings: readonly number[]): readonly string[] {
  const out: string[] = [];
  for (const id of readings) for (const s of KOREAN_SPELLINGS[id]) if (s !== token && !out.includes(s) && out.length < 12) out.push(s);
  return out;
}

const NONE: readonly string[] = [];
const respellCache = new Map<string, readonly string[]>();

function computeRespellings(token: string, p: NonNullable<SyllableParse>, limit: number): readonly string[] {
  const out = new Set<string>();
  for (let k = 0; k < LANGUAGES.length; k++) {
    const spans = p[k];
    if (spans === undefined) continue;
    // The first cut, longest syllables first (shortest first would over-split).
    const cut: (readonly number[])[] = [];
    for (let i = 0; i < token.length;) {
      const [end, readings] = spans[i][0];
      cut.push(readings);
      i = end;
    }
    if (cut.length < 2) continue;
    const perSyllable = cut.map((readings) => {
      const forms = new Set<string>();
      for (const id of readings.slice(0, 3)) {
        const s = LANGUAGES[k].syllables[id];
        forms.add(s);
        if (k === 0) forms.add(wadeGiles(s));
        else forms.add(koreanSpellings(s)[1] ?? s);
      }
      return [...forms];
    });
    let joined = [''];
    for (const forms of perSyllable) {
      const next: string[] = [];
      for (const head of joined) for (const f of forms) if (next.length < limit) next.push(head + f);
      joined = next;
    }
    for (const j of joined) out.add(j);
  }
  out.delete(token);
  return [...out].slice(0, limit * 2);
}

/**
 * The consonant outline of a Korean name written as one word (Hyeonmin, Hyon-min joined, Hyunmin: "HVNMVN"): what
 * every system and habit leaves alone once the letters they trade are one class — the onsets written plain or
 * aspirated (g / k, d / t, b / p, j / ch / tch), doubled letters, s / sh, l / r, ng, and the vowels and glides
 * (eo / o / u, yeo / yo / yu, u / oo, i / ee, w, y) as one V. An h closing a syllable stays (Suh Nam is not Sun-nam).
 * Two spellings of one given name have the same outline however each cuts and joins its syllables; the outline is
 * coarse (Jun and Jeon, Min and Mun are one), so it only finds candidates for the scorer, which reads the syllables.
 * Undefined unless the word is a string of two Korean syllables or more (a pair of one-syllable words joined, or
 * one word): European names, which no cut into Korean syllables covers, have none.
 */
export function koreanOutline(joined: string): string | undefined {
  if (joined.length < 4 || joined.length > 16 || !covered(joined, KOREAN)) return undefined;
  let r = outlineCache.get(joined);
  if (r !== undefined) return r === '' ? undefined : r;
  r = computeOutline(joined);
  if (outlineCache.size >= CACHE_LIMIT) outlineCache.clear();
  outlineCache.set(joined, r);
  return r === '' ? undefined : r;
}
const outlineCache = new Map<string, string>();

const OUTLINE_CLASS: Readonly<Record<string, string>> = {
  g: 'K',
  k: 'K',
  c: 'K',
  q: 'K',
  d: 'T',
  t: 'T',
  b: 'P',
  p: 'P',
  f: 'P',
  j: 'J',
  z: 'J',
  s: 'S',
  x: 'S',
  h: 'H',
  m: 'M',
  n: 'N',
  l: 'L',
  r: 'L',
};

/**
 * A vowel as every Korean romanisation spells it, glides y and w left out: a (a, ya, wa), e (ae, ai, e, ye, yae,
 * oe, oi, we, wae), o (eo, o, u, eu, oo, yeo, yo, yu, you, wo) and i (i, ee, ui, eui, wi, yi); any other run of vowels
 * (a vowel-initial syllable after a vowel, joined) is itself.
 */
const OUTLINE_VOWEL: Readonly<Record<string, string>> = {
  a: 'a',
  ae: 'e',
  ai: 'e',
  e: 'e',
  oe: 'e',
  oi: 'e',
  eo: 'o',
  o: 'o',
  u: 'o',
  eu: 'o',
  oo: 'o',
  ou: 'o',
  i: 'i',
  ee: 'i',
  ui: 'i',
  eui: 'i',
};
const isOutlineVowel = (c: string | undefined): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

function computeOutline(s: string): string {
  let out = '';
  let vowels = 0;
  const n = s.length;
  for (let i = 0; i < n;) {
    const c = s[i];
    let cls: string;
    if (isOutlineVowel(c) || ((c === 'y' || c === 'w') && isOutlineVowel(s[i + 1]))) {
      // A glide opens the run; the run ends at a consonant, or at a glide followed by a vowel (Gyu-yong).
      let j = c === 'y' || c === 'w' ? i + 1 : i;
      const from = j;
      while (j < n && (isOutlineVowel(s[j]) || ((s[j] === 'y' || s[j] === 'w') && !isOutlineVowel(s[j + 1])))) j++;
      const run = s.slice(from, j).replace(/[yw]/g, '');
      cls = OUTLINE_VOWEL[run] ?? `(${run})`;
      i = j;
      vowels++;
    } else if (c === 'n' && s[i + 1] === 'g') {
      cls = 'G';
      i += 2;
    } else if ((c === 'c' || c === 's') && s[i + 1] === 'h') {
      cls = c === 'c' ? 'J' : 'S';
      i += 2;
    } else if (c === 't' && s[i + 1] === 'c' && s[i + 2] === 'h') {
      cls = 'J';
      i += 3;
    } else {
      cls = OUTLINE_CLASS[c] ?? c;
      i++;
    }
    // Doubled consonants are one (Kook-ki / Gukgi); vowels are never doubled here (a run is one).
    if (!(cls.length === 1 && cls >= 'A' && cls <= 'Z' && out.endsWith(cls))) out += cls;
  }
  return vowels >= 2 ? out : '';
}

/**
 * The Korean family name 나 / 라 (羅) as the South writes it (Na: the initial-sound law, 두음 법칙, drops an initial r
 * before a and writes it n) and as the North and older usage write it (Ra, Rah) — only in the family name's place of a
 * name whose other words are Korean syllables (Na Daejun / Ra Tae Jun). Not as a table group: Na and Ra are syllables
 * of many given names (Mi-na / Mi-ra, Bo-na / Bo-ra) and names of their own elsewhere (Rana / Nana, Na Wei / La Wei).
 */
const NA_RA: ReadonlySet<string> = new Set(['na', 'nah', 'ra', 'rah']);
export const INITIAL_SOUND_LAW = 'initial-sound-law';

/** Whether words a and b are 나 / 라 spelt by the South's and the North's usage (see NA_RA): one n-, the other r-. */
export function naRa(a: string, b: string): boolean {
  return NA_RA.has(a) && NA_RA.has(b) && a[0] !== b[0];
}

/** The spellings of 나 / 라 by the other usage than word t's (Ra, Rah for Na), or none when t is neither. */
export function naRaOthers(t: string): readonly string[] {
  return NA_RA.has(t) ? [...NA_RA].filter((x) => x[0] !== t[0]) : [];
}

/**
 * Whether word `at` of a name (n words) stands where a Korean family name stands and every other word is Korean
 * syllables: first (Na Dae Jun, Na Daejun), or last after one given name of several syllables (Daejun Na).
 */
export function koreanFamilyPlace(tokens: readonly string[], n: number, at: number): boolean {
  if (n < 2 || n > 4 || !(at === 0 || (at === n - 1 && n === 2))) return false;
  for (let k = 0; k < n; k++) {
    if (k === at) continue;
    const t = tokens[k];
    if (koreanSyllableReadings(t) === undefined && syllablesOf(t)?.[1] === undefined) return false;
    // (last after a given name: that name must be a string of syllables, not one syllable — Mi Na is a given name)
    if (at === n - 1 && koreanSyllableReadings(t) !== undefined) return false;
  }
  return true;
}
