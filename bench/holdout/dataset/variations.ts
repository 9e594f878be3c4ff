/**
 * The bench's own variation code: each function turns a listed name into the form a payment might carry, or
 * returns null when the variation does not apply. Each result says what was done (detail), so a miss can be read.
 */
import { withParticles } from '../names/arabic-habits';
import { renderPerson, renderReordered, renderToken, type Person, type Token } from '../names/model';
import { renderOrg, type Org } from '../names/organisations';
import type { LegalText } from '../names/org-data';
import { LEGAL_BY_ID } from '../names/org-data';
import { alternativeRenderings, personAlternatives } from '../names/persons';
import type { Rng } from '../lib/rng';
import { charLength, charPrefix, isLetter, letterKey, stripMarks } from '../lib/text';

export interface Variant {
  value: string;
  detail: string;
  /** romanisation: how many name parts are spelt differently from the listed name */
  changedParts?: number;
}

// ---- case and marks

export function caseDiacritics(text: string, rng: Rng): Variant | null {
  const hasMarks = stripMarks(text) !== text;
  const options: [string, string][] = [
    [text.toUpperCase(), 'upper case'],
    [text.toLowerCase(), 'lower case'],
  ];
  if (hasMarks) {
    options.push(
      [stripMarks(text), 'marks dropped'],
      [stripMarks(text).toUpperCase(), 'marks dropped, upper case'],
      [stripMarks(text).toLowerCase(), 'marks dropped, lower case'],
    );
  }
  const usable = options.filter(([v]) => v !== text && letterKey(v) === letterKey(text));
  if (usable.length === 0) return null;
  // names with marks lose them more often than not: that is the harder case
  const pick = hasMarks && rng.chance(0.7) ? (usable.filter(([, d]) => d.startsWith('marks'))[0] ?? rng.pick(usable)) : rng.pick(usable);
  return { value: pick[0], detail: pick[1] };
}

// ---- punctuation and spacing (letters unchanged)

type PunctOp = { name: string; apply(t: string, rng: Rng): string | null };

const PUNCT_OPS: PunctOp[] = [
  { name: 'hyphens dropped', apply: (t) => (t.includes('-') ? t.replace(/-/g, '') : null) },
  { name: 'hyphens as spaces', apply: (t) => (t.includes('-') ? t.replace(/-/g, ' ') : null) },
  { name: 'apostrophes dropped', apply: (t) => (/['’]/.test(t) ? t.replace(/['’]/g, '') : null) },
  { name: 'dots dropped', apply: (t) => (t.includes('.') ? t.replace(/\./g, '') : null) },
  { name: 'commas dropped', apply: (t) => (t.includes(',') ? t.replace(/,/g, '') : null) },
  { name: 'quotes dropped', apply: (t) => (/["«»]/.test(t) ? t.replace(/["«»]/g, '').replace(/\s+/g, ' ').trim() : null) },
  { name: 'ampersand dropped', apply: (t) => (t.includes('&') ? t.replace(/\s*&\s*/g, ' ') : null) },
  {
    // writers join a short particle or prefix to its word (AlTamimi, DeLaCruz, AbdulRahman), not any two words
    name: 'short word joined to its neighbour',
    apply: (t, rng) => {
      const spaces = [...t.matchAll(/ /g)]
        .map((m) => m.index!)
        .filter((at) => {
          const before = t.slice(0, at).split(' ').pop()!;
          const after = t.slice(at + 1).split(' ')[0]!;
          return /^\p{L}+$/u.test(before) && /^\p{L}+$/u.test(after) && (before.length <= 3 || after.length <= 3 || /^abd[ou]?[lu]?$/i.test(before));
        });
      if (spaces.length === 0) return null;
      const at = rng.pick(spaces);
      return t.slice(0, at) + t.slice(at + 1);
    },
  },
  {
    name: 'hyphen between words',
    apply: (t, rng) => {
      const spaces = [...t.matchAll(/ /g)].map((m) => m.index!);
      if (spaces.length === 0) return null;
      const at = rng.pick(spaces);
      return t.slice(0, at) + '-' + t.slice(at + 1);
    },
  },
  {
    name: 'comma after first word',
    apply: (t) => {
      const at = t.indexOf(' ');
      return at > 0 && t[at - 1] !== ',' ? t.slice(0, at) + ',' + t.slice(at) : null;
    },
  },
  {
    name: 'dots in initialism',
    apply: (t) => {
      const m = /\b([A-Z]{2,4})\b/.exec(t);
      return m ? t.slice(0, m.index) + [...m[1]!].join('.') + '.' + t.slice(m.index + m[1]!.length) : null;
    },
  },
  { name: 'doubled spaces', apply: (t) => (t.includes(' ') ? t.replace(/ /g, '  ') : null) },
];

export function punctuation(text: string, rng: Rng): Variant | null {
  const ops = rng.shuffle(PUNCT_OPS.slice());
  const done: string[] = [];
  let value = text;
  for (const op of ops) {
    if (done.length >= (rng.chance(0.4) ? 2 : 1)) break;
    const next = op.apply(value, rng);
    if (next === null || next === value || next.trim().length === 0) continue;
    value = next;
    done.push(op.name);
  }
  if (done.length === 0 || value === text || letterKey(value) !== letterKey(text)) return null;
  return { value, detail: done.join(', ') };
}

// ---- typing errors

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(ch: string): string {
  const c = ch.toLowerCase();
  for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
    const i = KEYBOARD_ROWS[r]!.indexOf(c);
    if (i >= 0) {
      let n = (KEYBOARD_ROWS[r]![i - 1] ?? '') + (KEYBOARD_ROWS[r]![i + 1] ?? '');
      for (const rr of [r - 1, r + 1]) if (KEYBOARD_ROWS[rr]) n += KEYBOARD_ROWS[rr]!.slice(Math.max(0, i - 1), i + 1);
      return n;
    }
  }
  return 'aeioun';
}

function keepCase(like: string, ch: string): string {
  return like === like.toUpperCase() && like !== like.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
}

interface WordSpan {
  start: number;
  end: number;
}

function letterWords(chars: string[]): WordSpan[] {
  const words: WordSpan[] = [];
  let start = -1;
  for (let i = 0; i <= chars.length; i++) {
    const letter = i < chars.length && isLetter(chars[i]);
    if (letter && start < 0) start = i;
    if (!letter && start >= 0) {
      words.push({ start, end: i });
      start = -1;
    }
  }
  return words;
}

type TypoKind = 'substitution' | 'deletion' | 'insertion' | 'transposition';

/** One typing error inside a word (not at its first letter, where people rarely slip). */
function typoInWord(chars: string[], w: WordSpan, kind: TypoKind, rng: Rng): string[] | null {
  const len = w.end - w.start;
  if (len < 2) return null;
  const pos = w.start + 1 + rng.int(len - 1);
  const out = chars.slice();
  switch (kind) {
    case 'substitution': {
      const n = neighbours(chars[pos]!);
      const c = n[rng.int(n.length)]!;
      if (c === chars[pos]!.toLowerCase()) return null;
      out[pos] = keepCase(chars[pos]!, c);
      return out;
    }
    case 'deletion':
      if (len < 3) return null;
      out.splice(pos, 1);
      return out;
    case 'insertion': {
      const c = rng.chance(0.5) ? chars[pos - 1]!.toLowerCase() : neighbours(chars[pos]!)[0]!;
      out.splice(pos, 0, keepCase(chars[pos]!, c));
      return out;
    }
    case 'transposition': {
      if (pos + 1 >= w.end) return null;
      if (chars[pos] === chars[pos + 1]) return null;
      [out[pos], out[pos + 1]] = [out[pos + 1]!, out[pos]!];
      return out;
    }
  }
}

export function typos(text: string, count: 1 | 2, rng: Rng): Variant | null {
  for (let attempt = 0; attempt < 30; attempt++) {
    let chars = [...text];
    const details: string[] = [];
    const words = letterWords(chars).filter((w) => w.end - w.start >= (count === 1 ? 4 : 3));
    if (words.length === 0) return null;
    const short = words.filter((w) => w.end - w.start <= 4);
    const sameWord = count === 2 && rng.chance(0.3);
    let target = count === 2 && short.length > 0 && rng.chance(0.35) ? rng.pick(short) : rng.pick(words);
    for (let i = 0; i < count; i++) {
      const kind: TypoKind =
        count === 2 && i === 0 && rng.chance(0.45) ? 'transposition' : rng.pick(['substitution', 'deletion', 'insertion', 'transposition'] as const);
      const ws = letterWords(chars).filter((w) => w.end - w.start >= 2);
      // locate the chosen word again after the previous edit moved characters
      const current = ws.find((w) => w.start === target.start) ?? rng.pick(ws);
      const wordText = chars.slice(current.start, current.end).join('');
      const next = typoInWord(chars, current, kind, rng);
      if (!next) break;
      chars = next;
      details.push(`${kind} in "${wordText}"`);
      if (!sameWord) {
        const others = letterWords(chars).filter((w) => w.start !== current.start && w.end - w.start >= 3);
        if (others.length > 0) target = rng.pick(others);
      }
    }
    const value = chars.join('');
    if (details.length === count && letterKey(value) !== letterKey(text)) return { value, detail: details.join('; ') };
  }
  return null;
}

// ---- truncation

/** Cut at n characters, inside a word (the character before and after the cut are letters). */
export function truncateMidWord(text: string, n: number): Variant | null {
  const chars = [...text];
  if (chars.length < n + 4) return null;
  if (!isLetter(chars[n - 1]) || !isLetter(chars[n])) return null;
  return { value: charPrefix(text, n), detail: `cut at ${n} of ${charLength(text)} characters, inside a word` };
}

// ---- person structure

/** Given names (and father's names) as initials, the family name in full. */
export function initials(p: Person, rng: Rng): Variant | null {
  const givens = p.tokens.filter((t) => t.role === 'given' || t.role === 'middle' || t.role === 'nasab' || t.role === 'patronymic');
  const family = p.tokens.filter((t) => t.role === 'family' || t.role === 'family2');
  if (givens.length === 0 || family.length === 0) return null;
  const style = rng.pick(['A. B.', 'A.B.', 'A B', 'AB'] as const);
  const words = givens.flatMap((t) => renderPerson({ ...p, rendering: { ...p.rendering, nasabWord: false } }, [t]).split(/[\s-]+/));
  const letters = words
    .map((w) =>
      stripMarks(w)
        .replace(/^[^A-Za-z]+/, '')[0]
        ?.toUpperCase(),
    )
    .filter((c): c is string => c !== undefined);
  if (letters.length === 0) return null;
  // keep the first given name in full now and then when there are several (Ahmad R. Karimi)
  const keepFirst = letters.length >= 2 && rng.chance(0.25);
  const shown = keepFirst ? letters.slice(1) : letters;
  const joined =
    style === 'A. B.'
      ? shown.map((c) => `${c}.`).join(' ')
      : style === 'A.B.'
        ? shown.map((c) => `${c}.`).join('')
        : style === 'A B'
          ? shown.join(' ')
          : shown.join('');
  const familyText = renderPerson(p, family);
  const head = keepFirst ? `${renderPerson(p, [givens[0]!])} ${joined}` : joined;
  const familyFirst = p.familyFirst ? rng.chance(0.5) : rng.chance(0.2);
  const value = familyFirst ? `${familyText} ${head}` : `${head} ${familyText}`;
  return { value, detail: `given names as initials (${style}${keepFirst ? ', first kept' : ''})${familyFirst ? ', family name first' : ''}` };
}

/** One optional part left out: middle name, patronymic, father's name, second surname. */
export function dropOptional(p: Person, rng: Rng): Variant | null {
  const optional = p.tokens.filter((t) => t.optional);
  if (optional.length === 0) return null;
  const drop = rng.pick(optional);
  const kept = p.tokens.filter((t) => t !== drop);
  const what = { middle: 'middle name', patronymic: 'patronymic', nasab: "father's name", family2: 'second surname' }[drop.role as string] ?? drop.role;
  return { value: renderPerson(p, kept), detail: `${what} "${renderPerson(p, [drop])}" left out` };
}

export function reorder(p: Person, rng: Rng): Variant | null {
  const style = p.familyFirst ? 'given-first' : rng.pick(['family-first', 'family-first-comma'] as const);
  const value = renderReordered(p, style);
  if (value === renderPerson(p)) return null;
  const upper = !p.familyFirst && rng.chance(0.3);
  if (upper) {
    // lists often print the family name in capitals: KARIMI Ahmad
    const family = renderPerson(
      p,
      p.tokens.filter((t) => t.role === 'family' || t.role === 'family2'),
    );
    return { value: value.replace(family, family.toUpperCase()), detail: `${style}, family name in capitals` };
  }
  return { value, detail: style };
}

/** The same person as another writer would spell the name; the spelling must differ in letters. */
export function romanisePerson(p: Person, rng: Rng): Variant | null {
  const listed = renderPerson(p);
  for (const r of personAlternatives(p, rng)) {
    const other = { ...p, rendering: r };
    const value = renderPerson(other);
    if (letterKey(value) === letterKey(listed)) continue;
    const changedParts = p.tokens.filter((t) => letterKey(renderPerson(p, [t])) !== letterKey(renderPerson(other, [t]))).length;
    return { value, detail: `${renderingChange(p.rendering, r, p.tokens)}; ${changedParts} of ${p.tokens.length} parts spelt differently`, changedParts };
  }
  return null;
}

function renderingChange(a: Person['rendering'], b: Person['rendering'], tokens: readonly Token[]): string {
  const parts: string[] = [];
  const kinds = new Set(tokens.map((t) => t.src.kind));
  if (kinds.has('arabic') && a.arabic.name !== b.arabic.name) parts.push(`habit ${a.arabic.name}→${b.arabic.name}`);
  if (kinds.has('cyrillic') && a.cyrillic !== b.cyrillic) parts.push(`system ${a.cyrillic}→${b.cyrillic}`);
  if (kinds.has('chinese') && a.chinese !== b.chinese) parts.push(`${a.chinese}→${b.chinese}`);
  if ((kinds.has('korean-given') || kinds.has('korean-surname')) && a.korean !== b.korean) parts.push(`${a.korean}→${b.korean}`);
  if ((kinds.has('turkish') || a.arabic.turkishCaps) && a.turkish !== b.turkish) parts.push(`script ${a.turkish}→${b.turkish}`);
  if (JSON.stringify(a.picks) !== JSON.stringify(b.picks)) parts.push('other customary spelling');
  return parts.join(', ') || 'other rendering';
}

const ARTICLES = ['al-', 'Al-', 'Al ', 'El-', 'El ', 'Al', ''] as const;
const ABDS = ['Abd al-X', 'Abdul X', 'AbdulX', 'Abdel X', 'AbdelX', 'Abdur X'] as const;

/** Only the Arabic particles change: al- / Al / El / none, Abd al- / Abdul / Abdel, bin / none. */
export function particlesPerson(p: Person, rng: Rng): Variant | null {
  const hasParticle = p.tokens.some((t) => t.src.kind === 'arabic' && (/^al-|^`abd |allAh$|al-dIn$/.test(t.src.element) || t.role === 'nasab'));
  if (!hasParticle) return null;
  const listed = renderPerson(p);
  for (let attempt = 0; attempt < 12; attempt++) {
    const h = p.rendering.arabic;
    const habit = withParticles(
      h,
      rng.pick(ARTICLES),
      rng.pick(ABDS),
      rng.pick(['Allah', 'allah', 'ullah'] as const),
      rng.pick(['al-Din', 'uddin', 'El Din', 'eddine'] as const),
    );
    const nasabWord = h.nasab !== '' ? rng.chance(0.5) : false;
    const value = renderPerson({ ...p, rendering: { ...p.rendering, arabic: { ...habit, nasab: h.nasab || 'bin' }, nasabWord } });
    if (value !== listed && letterKey(value) !== letterKey(listed))
      return { value, detail: `particles as ${habit.article || 'none'} / ${habit.abd}${nasabWord ? ' / with bin' : ''}` };
  }
  return null;
}

// ---- organisations

export function romaniseOrg(o: Org, rng: Rng): Variant | null {
  const listed = renderOrg(o).text;
  const tokens = o.segments.map((s) => s.token);
  for (const r of alternativeRenderings(o.script, o.rendering, tokens, rng)) {
    const value = renderOrg(o, { rendering: r }).text;
    if (letterKey(value) === letterKey(listed)) continue;
    const changedParts = tokens.filter((t) => letterKey(renderToken(t, o.rendering)) !== letterKey(renderToken(t, r))).length;
    return { value, detail: `${renderingChange(o.rendering, r, tokens)}; ${changedParts} of ${tokens.length} parts spelt differently`, changedParts };
  }
  return null;
}

/** The legal form written another way, replaced by a related one, moved, or left out. */
export function legalForm(o: Org, rng: Rng): Variant | null {
  if (!o.legal) return null;
  const listed = renderOrg(o).text;
  const current = o.legal.forms[o.legalPick]!;
  const candidates: [LegalText | null, string][] = [];
  for (const f of o.legal.forms)
    if (f.text !== current.text || !!f.prefix !== !!current.prefix)
      candidates.push([f, f.prefix !== current.prefix ? `moved: ${f.text}` : `written as ${f.text}`]);
  for (const id of o.legal.related) for (const f of LEGAL_BY_ID[id]?.forms.slice(0, 2) ?? []) candidates.push([f, `related form ${f.text}`]);
  candidates.push([null, 'legal form left out'], [null, 'legal form left out']);
  for (const [form, detail] of rng.shuffle(candidates)) {
    const value = renderOrg(o, { legal: form ? { form } : null }).text;
    if (value !== listed && letterKey(value) !== letterKey(listed)) return { value, detail };
  }
  return null;
}
