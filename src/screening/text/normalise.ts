/**
 * The one normaliser of chokepoint: list entries and payment values go through the same functions, so that
 * whatever spelling variation the normaliser absorbs, it absorbs on both sides alike (watchman's lesson).
 */
import { foldText } from './fold';
import { LEGAL_FORM_SEQUENCES, NOISE_WORDS } from './legal-forms';

/** Legal forms that are also written in front of the name (OOO Romashka, PT Bank, AB Volvo, SIA …). */
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
  'gup',
  'fgup',
  'mup',
  'fgbu',
  'goskorporatsiya',
]);

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

const sequencesByLastToken = new Map<string, { tokens: readonly string[]; code: string }[]>();
for (const seq of LEGAL_FORM_SEQUENCES) {
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
for (const seq of LEGAL_FORM_SEQUENCES) {
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
    const seq = LEGAL_FORM_SEQUENCES.find((s) => s.tokens.length === 1 && s.tokens[0] === first);
    return { length: 1, code: seq?.code ?? first.toUpperCase() };
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
  const fullTokens = kept;
  const fullExpanded = keptExpanded;

  const legalForms: string[] = [];
  let end = kept.length;
  // Strip until nothing more strips, so that normalising a normalised name changes nothing.
  for (;;) {
    const form = trailingLegalForm(kept, end);
    if (form === undefined) break;
    legalForms.push(form.code);
    end -= form.length;
  }
  let start = 0;
  for (;;) {
    const form = leadingLegalForm(kept, start, end);
    if (form === undefined) break;
    legalForms.push(form.code);
    start += form.length;
  }
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
