/**
 * Legal forms written with a typo ("Trading Compayn", "Wood Solutions Linmited", "PUBLIC JOINT STCLK COMPANY …").
 * The normaliser strips only legal forms spelt as the table has them; a misspelt one stays in the payment name
 * as a word of its own, distinctive because no listed name has it, and the payment looks like another name.
 * Read as a legal form only where a legal form stands (at the end of the name, or in front as a form of several
 * words or one written in front), and only a word the list does not know: a typo that makes a listed word is
 * that word.
 */
import { LEGAL_FORM_SEQUENCES, LEGAL_FORM_WORDS } from '../text/legal-forms';
import { editDistance } from './jaro-winkler';
import { neighbourLetters, slipDistance } from './keyboard-slips';
import { nameGroupsOf } from './name-equivalents';
import { isOneSyllable } from './syllables';
import { letterMask, popcount } from './token-hash';

/** A legal-form word shorter than this is matched exactly only (SA / SL, AB / AG, Ltd / Lyd are other forms or words). */
const MIN_FUZZY_LENGTH = 5;
/** The shortest misspelling of such a word (two letters fewer). */
export const MIN_MISSPELT_FORM_LENGTH = MIN_FUZZY_LENGTH - 2;

/** Words of the longest legal form: how far from either end of a name a misspelt form can reach. */
export const MAX_FORM_WORDS = Math.max(...LEGAL_FORM_SEQUENCES.map((f) => f.tokens.length));

/** Legal-form spellings that may stand in front of a name: several words, or one word registers write first. */
const LEADING_SINGLE = new Set(['goskorporatsiya', 'aktiebolag']);

type Form = (typeof LEGAL_FORM_SEQUENCES)[number];
/** Only forms with a word long enough to be misspelt can be found misspelt (longest first, as the table). */
const FUZZY_FORMS: readonly Form[] = LEGAL_FORM_SEQUENCES.filter((f) => f.tokens.some((t) => t.length >= MIN_FUZZY_LENGTH));
const LEADING_FORMS: readonly Form[] = FUZZY_FORMS.filter(
  (f) => (f.tokens.length > 1 || LEADING_SINGLE.has(f.tokens[0])) && f.tokens[0] !== 'and' && f.tokens[0] !== 'y',
);

export interface LegalFormTypo {
  /** Token index of the first word of the form, within the tokens given. */
  readonly at: number;
  readonly length: number;
  readonly code: string;
  /** "written~form" for each word that was misspelt. */
  readonly typos: readonly string[];
}

/** Edits a word of a legal form may carry: one; two in a long word or beside words spelt right. */
function allowedEdits(formWord: string, exactNeighbours: number): number {
  if (formWord.length < MIN_FUZZY_LENGTH) return 0;
  return formWord.length >= 8 || exactNeighbours >= 2 ? 2 : 1;
}

/**
 * Whether tokens[at..at+form.length) is the form, each word spelt as the form has it or misspelt (when the list
 * does not know the word), with at least one word misspelt.
 */
function matchAt(tokens: readonly string[], known: (i: number) => boolean, at: number, form: readonly string[], allowExact: boolean): string[] | undefined {
  // Lengths first: most names are no legal form at all, and a word two letters longer or shorter is no typo of it.
  for (let k = 0; k < form.length; k++) if (Math.abs(tokens[at + k].length - form[k].length) > 2) return undefined;
  let exact = 0;
  for (let k = 0; k < form.length; k++) if (tokens[at + k] === form[k]) exact++;
  if (exact === form.length) return allowExact ? [] : undefined;
  const typos: string[] = [];
  for (let k = 0; k < form.length; k++) {
    const t = tokens[at + k];
    if (t === form[k]) continue;
    const max = allowedEdits(form[k], exact);
    if (max === 0 || known(at + k) || editDistance(t, form[k], max) > max) return undefined;
    typos.push(`${t}~${form[k]}`);
  }
  return typos;
}

/**
 * Forms by the word they end with (or, leading, start with): spelt right, a map lookup; misspelt, the few long
 * words that begin or end with the same two letters (a typo seldom reaches both ends of a word: Compayn, Linmited,
 * WCorporation, Iunitary), then a letter-set test, then the distance. Most names end in no legal form at all, and
 * this is asked for every payment name whose end word the list does not know.
 */
class FormsByEndWord {
  private readonly exact = new Map<string, Form[]>();
  private readonly byHead = new Map<string, LongWord[]>();
  private readonly byTail = new Map<string, LongWord[]>();

  constructor(forms: readonly Form[], endWord: (f: Form) => string) {
    for (const f of forms) {
      const w = endWord(f);
      const list = this.exact.get(w) ?? [];
      if (list.length === 0) {
        this.exact.set(w, list);
        if (w.length >= MIN_FUZZY_LENGTH) {
          const entry = { word: w, letters: letterMask(w), forms: list };
          push(this.byHead, w.slice(0, 2), entry);
          push(this.byTail, w.slice(-2), entry);
        }
      }
      list.push(f);
    }
  }

  /** Forms whose end word is `token` or, with `fuzzy`, within two edits of it; longest first. */
  formsFor(token: string, fuzzy: boolean): Form[] {
    const exact = this.exact.get(token);
    if (!fuzzy || token.length < MIN_MISSPELT_FORM_LENGTH) return exact ?? [];
    const out = exact?.slice() ?? [];
    const head = token.slice(0, 2);
    const letters = letterMask(token);
    const consider = (e: LongWord): void => {
      if (e.word === token || Math.abs(e.word.length - token.length) > 2) return;
      // Two edits bring in or take away at most two letters: a cheap test before the distance.
      if (popcount(letters & ~e.letters) > 2 || popcount(e.letters & ~letters) > 2) return;
      if (editDistance(token, e.word, 2) <= 2) out.push(...e.forms);
    };
    for (const e of this.byHead.get(head) ?? []) consider(e);
    for (const e of this.byTail.get(token.slice(-2)) ?? []) if (!e.word.startsWith(head)) consider(e);
    if (out.length > 1) out.sort((a, b) => b.tokens.length - a.tokens.length);
    return out;
  }
}

interface LongWord {
  readonly word: string;
  readonly letters: number;
  readonly forms: Form[];
}

function push(map: Map<string, LongWord[]>, key: string, entry: LongWord): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
}

const TRAILING = new FormsByEndWord(FUZZY_FORMS, (f) => f.tokens[f.tokens.length - 1]);
const TRAILING_EXACT = new FormsByEndWord(LEGAL_FORM_SEQUENCES, (f) => f.tokens[f.tokens.length - 1]);
const LEADING = new FormsByEndWord(LEADING_FORMS, (f) => f.tokens[0]);

/**
 * A misspelt legal form at the end of tokens[start..end) (or, with `leading`, at its start), longest first; never
 * the whole name. `known(i)`: token i is a word of the list's vocabulary. With `allowExact` (a misspelt form came
 * off the end already: "Co. Limted"), a trailing form spelt right counts too.
 */
export function misspeltLegalForm(
  tokens: readonly string[],
  start: number,
  end: number,
  known: (i: number) => boolean,
  leading: boolean,
  allowExact = false,
): LegalFormTypo | undefined {
  if (end - start < 2) return undefined;
  const edge = leading ? start : end - 1;
  const forms = leading ? LEADING.formsFor(tokens[edge], !known(edge)) : (allowExact ? TRAILING_EXACT : TRAILING).formsFor(tokens[edge], !known(edge));
  for (const seq of forms) {
    const n = seq.tokens.length;
    if (n >= end - start) continue;
    const at = leading ? start : end - n;
    const typos = matchAt(tokens, known, at, seq.tokens, allowExact && !leading);
    if (typos !== undefined) return { at, length: n, code: seq.code, typos };
  }
  return undefined;
}

/** Legal forms of one word this short (OOO, LLC, Ltd, TOO, SARL) are found mistyped by one typing slip only. */
const MIN_SLIPPED_FORM = 3;
const MAX_SLIPPED_FORM = 5;
/** A spelling one slip from a legal form: the form's word and its code. */
interface SlippedForm {
  readonly form: string;
  readonly code: string;
}
let slipped: Map<string, SlippedForm[]> | undefined;

/**
 * The legal form of one word, of three to five letters, that `token` is with one typing slip (keyboard-slips.ts: a
 * key next to the right one, a key missed or hit twice, two letters swapped: OOI / OOO, TPO / TOO, LKC / LLC, Lrd /
 * Ltd, Oyu / Oyj), among the forms of `codes` (the listed name's: another country's form is no typo of this one,
 * and a listed name without a form has none to mistype), or undefined. Never a word that is itself a legal form
 * (AB is no AS mistyped), one of two letters, a name the table of name spellings knows or one Chinese or Korean
 * syllable (Isa, Xia, Pak: names as often as forms mistyped), nor one whose first letter is another (Wood is no
 * EOOD). Shorter than the forms misspeltLegalForm reads (five letters and more), which one edit of any kind turns
 * into too many words; the caller asks only of a word the list does not know, where a form stands (first or last in
 * a company's name).
 */
export function slippedLegalForm(token: string, codes: readonly string[]): string | undefined {
  if (codes.length === 0 || token.length < MIN_SLIPPED_FORM || token.length > MAX_SLIPPED_FORM + 1) return undefined;
  slipped ??= slippedForms();
  for (const f of slipped.get(token) ?? []) if (codes.includes(f.code)) return f.form;
  return undefined;
}

/** Every spelling one slip from a short single-word legal form, to the forms (built once, a few thousand). */
function slippedForms(): Map<string, SlippedForm[]> {
  const out = new Map<string, SlippedForm[]>();
  const add = (v: string, form: string, code: string): void => {
    if (v.length < MIN_SLIPPED_FORM || LEGAL_FORM_WORDS.has(v) || slipDistance(v, form, 1) !== 1) return;
    if (v[0] !== form[0] && !(v[0] === form[1] && v[1] === form[0])) return;
    if (nameGroupsOf(v) !== undefined || isOneSyllable(v)) return;
    const list = out.get(v) ?? [];
    if (!list.some((f) => f.form === form && f.code === code)) list.push({ form, code });
    out.set(v, list);
  };
  for (const { tokens, code } of LEGAL_FORM_SEQUENCES) {
    const w = tokens[0];
    if (tokens.length !== 1 || w.length < MIN_SLIPPED_FORM || w.length > MAX_SLIPPED_FORM || !/^[a-z]+$/.test(w)) continue;
    for (let i = 0; i < w.length; i++) {
      for (const c of neighbourLetters(w.charCodeAt(i))) add(w.slice(0, i) + c + w.slice(i + 1), w, code);
      add(w.slice(0, i) + w.slice(i + 1), w, code);
      if (i + 1 < w.length) add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), w, code);
    }
    for (let i = 0; i <= w.length; i++) {
      const beside = (i > 0 ? w[i - 1] : '') + (i < w.length ? w[i] : '');
      for (const b of beside) for (const c of b + neighbourLetters(b.charCodeAt(0))) add(w.slice(0, i) + c + w.slice(i), w, code);
    }
  }
  return out;
}
