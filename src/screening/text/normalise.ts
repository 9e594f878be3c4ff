/**
 * The one normaliser of chokepoint: list entries and payment values go through the same functions, so that
 * whatever spelling variation the normaliser absorbs, it absorbs on both sides alike (watchman's lesson).
 */
import { foldText } from './fold';
import { FORM_COUNTRY_WORDS, FORM_WORD_VARIANTS, LEGAL_FORM_SEQUENCES, LEGAL_FORMS, NOISE_WORDS } from './legal-forms';

/**
 * Legal forms of one word that are also written in front of the name (OOO Romashka, PT Bank, AB Volvo, SIA, LLC
 * «Zenit», MChJ …). Not the two-letter ones a person's initials could be (SA, IP, DP, KP: "IP Sharma"), save those
 * the table had in front already; a person's name keeps every word anyway (fullTokens), this is the name scored
 * against organisations.
 */
const LEADING_LEGAL_FORMS: ReadonlySet<string> = new Set([
  'ooo',
  'zao',
  'oao',
  'pao',
  'ao',
  'tov',
  'too',
  'pat',
  'prat',
  'pp',
  'fop',
  'pt',
  'sia',
  'uab',
  'ab',
  'kk',
  'as',
  'cv',
  'jsc',
  'ojsc',
  'cjsc',
  'pjsc',
  'prjsc',
  'gup',
  'fgup',
  'mup',
  'fgbu',
  'goskorporatsiya',
  // CIS forms as English-language registers write them in front: "LLC Zenit", "LLP «Vektor»".
  'llc',
  'llp',
  'mchj',
  'mmc',
  'chp',
  'chup',
  'tdv',
  // Francophone Africa and the Maghreb write the form first: "SARL Atlas Negoce".
  'sarl',
  'sarlu',
  'suarl',
  'eurl',
  'sasu',
  // Vietnamese: "TNHH Sao Thuy", "CTCP …", "DNTN …"; "Cty" is Cong ty.
  'tnhh',
  'ctcp',
  'dntn',
  'cty',
  // "Company" in Persian and Arabic, written first: "Sherkat Danesh", "Sharikat al-Nur".
  'sherkat',
  'sharikat',
]);

/** A word of a legal form as the table spells it (FORM_WORD_VARIANTS): O(1), for matching forms only. */
const FORM_WORD = new Map<string, string>();
for (const [canonical, variants] of Object.entries(FORM_WORD_VARIANTS)) for (const v of variants) if (v !== canonical) FORM_WORD.set(v, canonical);
const formWord = (t: string): string => FORM_WORD.get(t) ?? t;

/** The tokens with each word of a form as the table spells it: the same array when none is spelt otherwise (most names). */
function formView(tokens: string[]): string[] {
  for (let i = 0; i < tokens.length; i++) if (FORM_WORD.has(tokens[i])) return tokens.map(formWord);
  return tokens;
}

/**
 * Legal forms written glued, their punctuation dropped ("PvtLtd", "CompanyPJS", "CoLtd", "Côngty TNHH"): the joined
 * token → where it splits. Read only at the ends of a name, where forms stand, and only for forms that end a name
 * (GLUED_TAILS) after a word of one (GLUED_HEADS), or two words of three letters or more of one spelt-out form: short
 * forms joined make real words ("Sade" is no "SA de", "Tyco" no "Cong ty", "Evans" no "e.V. ANS").
 */
const GLUED_HEADS = ['co', 'company', 'corp', 'corporation', 'pvt', 'pty', 'pte', 'sdn', 'private', 'ltd', 'limited', 'inc', 'gmbh'];
const GLUED_TAILS = ['ltd', 'llc', 'plc', 'inc', 'pjs', 'pjsc', 'jsc', 'ojsc', 'cjsc', 'bhd', 'corp', 'llp', 'limited', 'sti', 'gmbh', 'sarl', 'srl'];
const GLUED_FORMS = new Map<string, number>([['congty', 4]]);
for (const h of GLUED_HEADS) for (const t of GLUED_TAILS) GLUED_FORMS.set(h + t, h.length);
// (Co Şti. is no form, and Costi is a surname.)
GLUED_FORMS.delete('costi');
for (const spellings of Object.values(LEGAL_FORMS)) {
  for (const s of spellings) {
    const words = s.split(' ');
    for (let i = 0; i + 1 < words.length; i++) {
      // Not a noise word ("GmbHand" is no "GmbH and"): its half would go at the next reading, and not at this one.
      if (words[i].length < 3 || words[i + 1].length < 3 || NOISE_WORDS.has(words[i]) || NOISE_WORDS.has(words[i + 1])) continue;
      GLUED_FORMS.set(words[i] + words[i + 1], words[i].length);
    }
  }
}

/** The tokens with a glued legal form at either end written apart (the same array when there is none). */
function unglued(tokens: string[]): string[] {
  const n = tokens.length;
  if (n < 2) return tokens;
  const last = GLUED_FORMS.get(tokens[n - 1]);
  const first = GLUED_FORMS.get(tokens[0]);
  if (last === undefined && first === undefined) return tokens;
  const out = tokens.slice();
  if (last !== undefined) out.splice(n - 1, 1, tokens[n - 1].slice(0, last), tokens[n - 1].slice(last));
  if (first !== undefined) out.splice(0, 1, tokens[0].slice(0, first), tokens[0].slice(first));
  return out;
}

const APOSTROPHES = /['`]/g;
/** Dotted abbreviations: "s.a." "j.p." "o.o." → joined letters. */
const DOTTED_ABBREVIATION = /\b(?:[a-z0-9]\.)+[a-z0-9]\b\.?/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** The words of text made only of a-z, 0-9 and spaces (empty words dropped); undefined for any other text. */
function plainWords(text: string): string[] | undefined {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      if (i > start) words.push(text.slice(start, i));
      start = i + 1;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return undefined;
  }
  return words;
}

/** Folded text → tokens: apostrophes join, dotted abbreviations join, '&' is 'and', everything else splits. */
export function tokenise(folded: string): string[] {
  // Plain words and spaces only (most names): cut at the spaces in the same pass that checks, no replacing.
  const plain = plainWords(folded);
  if (plain !== undefined) return plain;
  const cleaned = folded
    .replace(APOSTROPHES, '')
    .replace(DOTTED_ABBREVIATION, (m) => m.replace(/\./g, ''))
    .replace(/&/g, ' and ')
    .replace(NON_ALNUM, ' ')
    .trim();
  return cleaned.length === 0 ? [] : cleaned.split(' ');
}

/** Plain normalised text (folded, tokenised, single spaces): for addresses and free text. */
export function normaliseText(raw: string): string {
  return tokenise(foldText(raw).primary).join(' ');
}

export interface NormalisedName {
  /** Identity-bearing tokens, primary folding (ü → u), legal forms and noise words removed, order kept. */
  readonly tokens: readonly string[];
  /** Same positions as tokens, expanded folding (ü → ue); equal to tokens[i] when nothing expands. */
  readonly expanded: readonly string[];
  /** Codes of the legal forms found (LEGAL_FORMS keys), for the explanation and the legal-form feature. */
  readonly legalForms: readonly string[];
  /**
   * The tokens with nothing stripped but noise words: for persons, whose names may well end in "Vos", "Da" or
   * "Ek" — words that are legal forms only in company names.
   */
  readonly fullTokens: readonly string[];
  readonly fullExpanded: readonly string[];
  /** Where `tokens` start within `fullTokens` (they are a contiguous run of them). */
  readonly coreStart: number;
}

/** The table's forms with their words as formWord spells them (the order, longest first, kept). */
const FORM_SEQUENCES = LEGAL_FORM_SEQUENCES.map((s) => ({ tokens: s.tokens.map(formWord), code: s.code }));

/** The code of each legal form of one word. */
const SINGLE_FORM_CODES = new Map<string, string>();
for (const seq of FORM_SEQUENCES) if (seq.tokens.length === 1 && !SINGLE_FORM_CODES.has(seq.tokens[0])) SINGLE_FORM_CODES.set(seq.tokens[0], seq.code);

const sequencesByLastToken = new Map<string, { tokens: readonly string[]; code: string }[]>();
for (const seq of FORM_SEQUENCES) {
  const last = seq.tokens[seq.tokens.length - 1];
  const list = sequencesByLastToken.get(last) ?? [];
  list.push(seq);
  sequencesByLastToken.set(last, list);
}

/**
 * Spelt-out legal forms of two or more words, by their first word: registers and payments of the CIS, Latin America
 * and Asia write them in front of the name ("LIMITED LIABILITY COMPANY «Romashka»", "SOCIEDAD ANONIMA …"). Not
 * those made of single letters only (A S, I S), which read as initials in front of a name, nor "and co".
 */
const leadingSequencesByFirstToken = new Map<string, { tokens: readonly string[]; code: string }[]>();
for (const seq of FORM_SEQUENCES) {
  if (seq.tokens.length < 2 || seq.tokens.every((t) => t.length === 1) || NOISE_WORDS.has(seq.tokens[0]) || seq.tokens[0] === 'y') continue;
  const list = leadingSequencesByFirstToken.get(seq.tokens[0]) ?? [];
  list.push(seq);
  leadingSequencesByFirstToken.set(seq.tokens[0], list);
}

/** The legal form written in front of tokens[start..end), longest first; never the whole name. */
function leadingLegalForm(tokens: readonly string[], start: number, end: number): { length: number; code: string } | undefined {
  const first = tokens[start];
  for (const seq of leadingSequencesByFirstToken.get(first) ?? []) {
    const n = seq.tokens.length;
    if (n >= end - start) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = tokens[start + k] === seq.tokens[k];
    if (ok) return { length: n, code: seq.code };
  }
  if (end - start > 1 && LEADING_LEGAL_FORMS.has(first)) {
    return { length: 1, code: SINGLE_FORM_CODES.get(first) ?? first.toUpperCase() };
  }
  return undefined;
}

function trailingLegalForm(tokens: readonly string[], end: number): { length: number; code: string } | undefined {
  const candidates = sequencesByLastToken.get(tokens[end - 1]);
  if (candidates === undefined) return undefined;
  for (const seq of candidates) {
    const n = seq.tokens.length;
    if (n >= end) continue; // never strip the whole name
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = tokens[end - n + k] === seq.tokens[k];
    if (ok) return { length: n, code: seq.code };
  }
  return undefined;
}

/**
 * Whether tokens[end - 1], right before a legal form, is a country word of that form ("Kofi Brothers Ghana Limited",
 * "Ekoro Trading (Nig) Ltd"): the name keeps two words of its own, and the country is not the name's ("… of Ghana").
 */
function countryInForm(tokens: readonly string[], end: number, words: readonly string[]): boolean {
  if (end < 3 || !FORM_COUNTRY_WORDS.has(tokens[end - 1])) return false;
  const at = words.lastIndexOf(tokens[end - 1]);
  return at < 1 || !NOISE_WORDS.has(words[at - 1]);
}

/** A party name → its identity tokens. Never throws; an empty or punctuation-only name gives no tokens. */
export function normaliseName(raw: string): NormalisedName {
  const folded = foldText(raw);
  const primary = tokenise(folded.primary);
  let expanded = folded.expanded === folded.primary ? primary : tokenise(folded.expanded);
  if (expanded.length !== primary.length) expanded = primary;

  // Noise words go, unless the name is nothing else.
  let noise = 0;
  for (const t of primary) if (NOISE_WORDS.has(t)) noise++;
  let kept = primary;
  let keptExpanded = expanded;
  if (noise > 0 && noise < primary.length) {
    kept = [];
    keptExpanded = [];
    for (let i = 0; i < primary.length; i++) {
      if (NOISE_WORDS.has(primary[i])) continue;
      kept.push(primary[i]);
      keptExpanded.push(expanded[i]);
    }
  }
  // Glued forms are read at the ends of the name as kept: a noise word after one ("NordicLtd &") would otherwise hide
  // it from the first reading and not from the second, and normalising a normalised name must change nothing.
  kept = unglued(kept);
  keptExpanded = unglued(keptExpanded);
  if (keptExpanded.length !== kept.length) keptExpanded = kept;

  // Forms are matched on their words as the table spells them (the name keeps its own spelling).
  let forms = formView(kept);
  const legalForms: string[] = [];
  let end = kept.length;
  // Strip until nothing more strips, so that normalising a normalised name changes nothing: a glued form that a
  // stripped one uncovers ("Nordic LtdLtd LtdLtd") is written apart as the ends were.
  const apart = (i: number): boolean => {
    const at = end - start >= 2 ? GLUED_FORMS.get(kept[i]) : undefined;
    if (at === undefined) return false;
    const split = (words: string[], w: string) => [...words.slice(0, i), w.slice(0, at), w.slice(at), ...words.slice(i + 1)];
    keptExpanded = split(keptExpanded, keptExpanded[i] === kept[i] ? keptExpanded[i] : kept[i]);
    kept = split(kept, kept[i]);
    forms = formView(kept);
    end++;
    return true;
  };
  let start = 0;
  for (;;) {
    const form = trailingLegalForm(forms, end);
    if (form === undefined) {
      if (apart(end - 1)) continue;
      break;
    }
    legalForms.push(form.code);
    end -= form.length;
    if (countryInForm(kept, end, primary)) end--;
  }
  for (;;) {
    const form = leadingLegalForm(forms, start, end);
    if (form === undefined) {
      if (apart(start)) continue;
      break;
    }
    legalForms.push(form.code);
    start += form.length;
  }
  // The name as written, forms and all, with every glued form written apart: the core is a slice of it.
  const fullTokens = kept;
  const fullExpanded = keptExpanded;
  if (start !== 0 || end !== kept.length) {
    kept = kept.slice(start, end);
    keptExpanded = keptExpanded.slice(start, end);
  }
  return { tokens: kept, expanded: keptExpanded, legalForms, fullTokens, fullExpanded, coreStart: start };
}

/** The normalised form of a name as one string (tokens joined by one space); idempotent. */
export function normaliseKey(raw: string): string {
  return normaliseName(raw).tokens.join(' ');
}

/** The longest spelt-out legal form, in words (a country word may stand before it). */
const LONGEST_FORM = Math.max(...FORM_SEQUENCES.map((s) => s.tokens.length));

/** Whether tail[from..] is the head of form `seq`: its words, the last one cut anywhere (not the whole form). */
function headOfForm(tail: readonly string[], from: number, seq: readonly string[]): boolean {
  const k = tail.length - from;
  if (k < 1 || k > seq.length) return false;
  for (let i = 0; i < k - 1; i++) if (tail[from + i] !== seq[i]) return false;
  const last = tail[tail.length - 1];
  return seq[k - 1].startsWith(last) && !(k === seq.length && last === seq[k - 1]);
}

/** Whether a cut word is the head of a country word of a legal form (FORM_COUNTRY_WORDS: "… Enterprises Nigeri"). */
function headOfFormCountry(stub: string): boolean {
  for (const w of FORM_COUNTRY_WORDS) if (w.length > stub.length && w.startsWith(stub)) return true;
  return false;
}

/**
 * A name cut at a field length inside the legal form written after it ("… Négoce Société à res", "… Enterprises Ghana
 * Li", "… Enterprises Nigeri", "… Traders SMC-Private Lim"): the words [start, end) of a normalised name's full tokens
 * with that cut form taken off — and the whole forms before it this uncovers, as normaliseName strips them — as new
 * bounds, the codes of every form the cut words may be the head of, and how many words the cut form had (`cutWords`;
 * one word alone is at least three letters: a shorter one is as likely a word of the name). undefined when the last
 * words are no form's head, or nothing of the name would be left.
 */
export function cutTrailingLegalForm(
  fullTokens: readonly string[],
  start: number,
  end: number,
): { start: number; end: number; codes: string[]; cutWords: number } | undefined {
  const forms = formView(fullTokens.slice(start, end));
  const n = forms.length;
  for (let m = Math.min(LONGEST_FORM + 1, n - 1); m >= 1; m--) {
    const tail = forms.slice(n - m);
    if (m === 1 && tail[0].length < 3) continue;
    const codes: string[] = [];
    let head = m === 1 && headOfFormCountry(tail[0]);
    for (const seq of FORM_SEQUENCES) {
      if (headOfForm(tail, 0, seq.tokens) || (m >= 2 && FORM_COUNTRY_WORDS.has(tail[0]) && headOfForm(tail, 1, seq.tokens))) {
        head = true;
        if (!codes.includes(seq.code)) codes.push(seq.code);
      }
    }
    if (!head) continue;
    // The whole forms the cut one stood after ("… Trading Company Ghana Lim"), as normaliseName strips them.
    let to = n - m;
    const words = forms.slice(0, to);
    for (;;) {
      const form = trailingLegalForm(words, to);
      if (form === undefined || to - form.length < 1) break;
      codes.push(form.code);
      to -= form.length;
      if (countryInForm(words, to, words)) to--;
    }
    return { start, end: start + to, codes, cutWords: m };
  }
  return undefined;
}
