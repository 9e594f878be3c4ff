/**
 * Names of Arabic, Persian, Urdu and Pashto origin written phonemically, and the romanisation systems that turn
 * them into the Latin spellings lists and payments carry. The benchmark writes a listed name in one system and
 * the payment in another, so "another romanisation" is produced from the sound of the name, by rules written
 * here, not by the matcher's own tables.
 *
 * Phonemic notation (one character per phoneme): b t j d r z s f k l m n h w y p v as in English; 'V' th (ث),
 * 'D' dh (ذ), 'H' ḥ (ح), 'x' kh (خ), 'c' sh (ش), 'S' ṣ (ص), 'P' ḍ (ض), 'T' ṭ (ط), 'Z' ẓ (ظ), '3' ʿayn,
 * "'" hamza, 'g' gh (غ; Persian gh and q), 'q' qaf, 'C' ch (چ), 'J' zh (ژ); short vowels a e i o u, long A I U;
 * '@' the feminine ending (ة / ه). A doubled letter is a doubled consonant. "al-" is the article; a name part
 * may hold several words ("3abd al-raHmAn", "nUr al-dIn", "HabIb allAh", "abU bakr").
 */
export interface ArabicScheme {
  readonly name: string;
  /** Spelling options per consonant phoneme (one is chosen per name). */
  readonly cons: Readonly<Record<string, readonly string[]>>;
  readonly vowels: Readonly<Record<string, readonly string[]>>;
  /** a + y / a + w before a consonant or at the end. */
  readonly ay: readonly string[];
  readonly aw: readonly string[];
  /** The feminine ending. */
  readonly taa: readonly string[];
  /** A long i at the end of a word. */
  readonly finalI: readonly string[];
  /** Probability that a doubled consonant is written doubled. */
  readonly doubled: number;
  /** How the article is written before a word: 'al-', 'al ', 'Al-', 'el-', 'El ', '' … */
  readonly article: readonly string[];
  /** Whether the article's l takes the next sun letter's sound (ar-Rahman, Abderrahmane). */
  readonly sun: number;
  /** Styles of "ʿAbd al-X": see renderAbd. */
  readonly abd: readonly AbdStyle[];
  /** Styles of "X al-Dīn" and "X Allāh". */
  readonly compound: readonly CompoundStyle[];
  /** Final voiced stops devoiced (Turkish Mehmet, Ahmet, Murat). */
  readonly devoice?: boolean;
  /** A final long vowel + n written with an e (French: Amine, Yassine, Rahmane). */
  readonly finalNe?: number;
  /** Whole-name spellings this system uses instead of its rules (Turkish Mehmet, Malay Mohd). */
  readonly lexical?: Readonly<Record<string, readonly string[]>>;
}

/** ʿAbd al-X: "Abd al-X" | "Abdul X" | "AbdulX" | "Abdel X" | "AbdelX" | "Abd-ul-X" | "Abdol X" (Persian) … */
type AbdStyle = 'abd_al' | 'abdul' | 'abdul_joined' | 'abdel' | 'abdel_joined' | 'abd_ul' | 'abdol' | 'abdol_joined' | 'abdu_sun';
/** X al-Dīn: "Nur al-Din" | "Nuruddin" | "Nur-ud-Din" | "Noureddine" | "Nurettin" … */
type CompoundStyle = 'spaced_al' | 'joined_u' | 'hyphen_ud' | 'joined_e' | 'spaced' | 'joined_o';

const SUN = new Set(['t', 'V', 'd', 'D', 'r', 'z', 's', 'c', 'S', 'P', 'T', 'Z', 'l', 'n']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'A', 'I', 'U', '@']);

const BASE_CONS: Readonly<Record<string, readonly string[]>> = {
  b: ['b'],
  t: ['t'],
  j: ['j'],
  d: ['d'],
  r: ['r'],
  z: ['z'],
  s: ['s'],
  f: ['f'],
  k: ['k'],
  l: ['l'],
  m: ['m'],
  n: ['n'],
  h: ['h'],
  w: ['w'],
  y: ['y'],
  p: ['p'],
  v: ['v'],
  V: ['th'],
  D: ['dh'],
  H: ['h'],
  x: ['kh'],
  c: ['sh'],
  S: ['s'],
  P: ['d'],
  T: ['t'],
  Z: ['z'],
  '3': [''],
  "'": [''],
  g: ['gh'],
  q: ['q'],
  C: ['ch'],
  J: ['zh'],
};

function scheme(s: Partial<ArabicScheme> & { name: string; cons?: Readonly<Record<string, readonly string[]>> }): ArabicScheme {
  return {
    vowels: { a: ['a'], e: ['e'], i: ['i'], o: ['o'], u: ['u'], A: ['a'], I: ['i'], U: ['u'] },
    ay: ['ay'],
    aw: ['aw'],
    taa: ['a'],
    finalI: ['i'],
    doubled: 1,
    article: ['al-'],
    sun: 0,
    abd: ['abd_al'],
    compound: ['spaced_al'],
    ...s,
    cons: { ...BASE_CONS, ...(s.cons ?? {}) },
  };
}

/** Systems for names of Arabic origin. */
export const ARABIC_SCHEMES: readonly ArabicScheme[] = [
  // Library-of-Congress style without diacritics: what many official lists use.
  scheme({ name: 'scholarly', cons: { '3': ['', "'"], "'": ['', "'"] }, article: ['al-', 'al '], abd: ['abd_al'], compound: ['spaced_al'] }),
  // Common English spellings (Levant, Gulf, Iraq).
  scheme({
    name: 'english',
    cons: { q: ['q', 'k'], D: ['dh', 'z'], Z: ['z', 'dh'] },
    vowels: { a: ['a', 'a', 'a', 'a', 'e'], e: ['e'], i: ['i', 'i', 'e'], o: ['o'], u: ['u', 'o'], A: ['a', 'a', 'aa'], I: ['i', 'ee'], U: ['u', 'oo', 'ou'] },
    ay: ['ai', 'ay', 'ei'],
    aw: ['aw', 'ow', 'ou'],
    taa: ['a', 'ah'],
    finalI: ['i', 'i', 'y'],
    doubled: 0.6,
    article: ['Al-', 'Al ', 'al-', 'El-', 'Al'],
    sun: 0.1,
    abd: ['abdul', 'abdul_joined', 'abdel', 'abd_al'],
    compound: ['spaced_al', 'joined_u', 'joined_e'],
  }),
  // Gulf register spellings.
  scheme({
    name: 'gulf',
    cons: { q: ['q', 'g'], D: ['dh'], Z: ['dh', 'z'], P: ['dh', 'd'] },
    vowels: { a: ['a'], e: ['e'], i: ['i', 'e'], o: ['o'], u: ['u', 'o'], A: ['a', 'aa'], I: ['i', 'ee'], U: ['ou', 'oo', 'u'] },
    ay: ['ai', 'ay'],
    aw: ['aw', 'ou'],
    taa: ['a', 'ah'],
    finalI: ['i'],
    doubled: 0.8,
    article: ['Al ', 'Al-', 'Al'],
    abd: ['abdul', 'abdul_joined'],
    compound: ['joined_e', 'spaced_al'],
  }),
  // French and Maghreb spellings.
  scheme({
    name: 'french',
    cons: { c: ['ch'], j: ['dj', 'j'], q: ['k', 'q'], V: ['t', 'th'], D: ['d', 'dh'], Z: ['d', 'dh'], P: ['d', 'dh'], w: ['ou', 'w'], y: ['y'] },
    vowels: { a: ['a'], e: ['e'], i: ['i', 'e'], o: ['o'], u: ['ou', 'o'], A: ['a'], I: ['i'], U: ['ou'] },
    ay: ['ai', 'ei'],
    aw: ['aou', 'au'],
    taa: ['a'],
    finalI: ['i'],
    doubled: 0.9,
    article: ['El ', 'el-', 'El-'],
    sun: 0.7,
    abd: ['abdel', 'abdel_joined', 'abdu_sun'],
    compound: ['joined_e'],
    finalNe: 0.7,
  }),
  // Egyptian spellings: j as g, th as s or t, final i as y.
  scheme({
    name: 'egyptian',
    cons: { j: ['g'], V: ['s', 't'], D: ['z', 'd'], Z: ['z'], P: ['d'], q: ['k', 'q'] },
    vowels: { a: ['a', 'a', 'e'], e: ['e'], i: ['i', 'e'], o: ['o'], u: ['o', 'ou'], A: ['a'], I: ['i'], U: ['ou', 'o', 'u'] },
    ay: ['ei', 'ai'],
    aw: ['aw', 'ou'],
    taa: ['a'],
    finalI: ['y', 'i'],
    doubled: 0.7,
    article: ['El ', 'El-', 'Al '],
    abd: ['abdel', 'abdel_joined'],
    compound: ['joined_e', 'spaced_al'],
  }),
  // Turkish orthography, written in ASCII as payments do.
  scheme({
    name: 'turkish',
    cons: { c: ['s', 'sh'], j: ['c'], V: ['s'], D: ['z'], Z: ['z'], P: ['z'], x: ['h'], g: ['g'], q: ['k'], w: ['v'], C: ['c', 'ch'], J: ['j'] },
    vowels: { a: ['a', 'a', 'e'], e: ['e'], i: ['i'], o: ['o'], u: ['u'], A: ['a'], I: ['i'], U: ['u'] },
    ay: ['ey'],
    aw: ['ev'],
    taa: ['e', 'a'],
    finalI: ['i'],
    doubled: 0.3,
    article: [''],
    devoice: true,
    abd: ['abdu_sun', 'abdul_joined'],
    compound: ['joined_e'],
    lexical: {
      muHammad: ['Mehmet', 'Muhammet', 'Muhammed'],
      aHmad: ['Ahmet'],
      Husayn: ['Huseyin'],
      '3uVmAn': ['Osman'],
      '3umar': ['Omer'],
      maHmUd: ['Mahmut'],
    },
  }),
  // Persian speakers' spellings of Arabic names.
  scheme({
    name: 'persian',
    cons: { q: ['gh'], g: ['gh'], w: ['v'], V: ['s'], D: ['z'], P: ['z'], Z: ['z'] },
    vowels: { a: ['a'], e: ['e'], i: ['e'], o: ['o'], u: ['o'], A: ['a'], I: ['i'], U: ['u', 'ou', 'oo'] },
    ay: ['ey', 'ei'],
    aw: ['ow', 'ou'],
    taa: ['eh', 'e'],
    finalI: ['i'],
    doubled: 0.7,
    article: [''],
    abd: ['abdol', 'abdol_joined'],
    compound: ['joined_o', 'spaced'],
  }),
  // Urdu / Pakistani English spellings.
  scheme({
    name: 'urdu',
    cons: { q: ['q', 'k'], V: ['s'], D: ['z'], Z: ['z'], P: ['z'], w: ['w', 'v'] },
    vowels: { a: ['a', 'a', 'e'], e: ['e'], i: ['i'], o: ['o'], u: ['u'], A: ['a'], I: ['i', 'ee'], U: ['u', 'oo'] },
    ay: ['ai'],
    aw: ['au', 'aw'],
    taa: ['a', 'ah'],
    finalI: ['i', 'ee', 'y'],
    doubled: 0.8,
    article: [''],
    abd: ['abdul', 'abdul_joined', 'abd_ul'],
    compound: ['joined_u', 'hyphen_ud'],
  }),
  // Malay and Indonesian spellings.
  scheme({
    name: 'malay',
    cons: { q: ['k', 'q'], V: ['s'], D: ['z'], Z: ['z'], P: ['d'] },
    vowels: { a: ['a'], e: ['e'], i: ['i'], o: ['o'], u: ['u', 'o'], A: ['a'], I: ['i'], U: ['u'] },
    ay: ['ai'],
    aw: ['au'],
    taa: ['ah', 'a'],
    finalI: ['i'],
    doubled: 0.6,
    article: ['', 'al-'],
    abd: ['abdul', 'abdul_joined'],
    compound: ['joined_u'],
    lexical: { muHammad: ['Mohd', 'Muhammad', 'Mohamad', 'Muhamad'] },
  }),
];

/** Systems for names of Persian origin (the same notation; Persian names use e and o). */
export const PERSIAN_SCHEMES: readonly ArabicScheme[] = [
  scheme({
    name: 'persian_common',
    cons: { q: ['gh'], g: ['gh'], w: ['v'], V: ['s'], D: ['z'], P: ['z'], Z: ['z'] },
    vowels: { a: ['a'], e: ['e'], i: ['e', 'i'], o: ['o'], u: ['o', 'u'], A: ['a'], I: ['i'], U: ['u', 'ou', 'oo'] },
    ay: ['ey', 'ei'],
    aw: ['ow', 'ou'],
    taa: ['eh', 'e'],
    finalI: ['i'],
    doubled: 0.8,
    article: [''],
    abd: ['abdol', 'abdol_joined'],
    compound: ['joined_o', 'spaced'],
  }),
  scheme({
    name: 'persian_academic',
    cons: { q: ['q', 'gh'], g: ['gh'], w: ['v'], V: ['s'], D: ['z'], P: ['z'], Z: ['z'], '3': ['', "'"] },
    vowels: { a: ['a'], e: ['e'], i: ['e'], o: ['o'], u: ['o'], A: ['a'], I: ['i'], U: ['u'] },
    ay: ['ey'],
    aw: ['ow'],
    taa: ['e'],
    finalI: ['i'],
    doubled: 1,
    article: [''],
    abd: ['abdol'],
    compound: ['joined_o'],
  }),
  scheme({
    name: 'persian_arabic_style',
    cons: { q: ['q'], g: ['gh'], w: ['w'], V: ['th'], D: ['dh'] },
    vowels: { a: ['a'], e: ['i', 'a'], i: ['i'], o: ['u'], u: ['u'], A: ['a'], I: ['i'], U: ['u'] },
    ay: ['ay'],
    aw: ['aw'],
    taa: ['a', 'ah'],
    finalI: ['i'],
    doubled: 1,
    article: ['al-'],
    abd: ['abd_al', 'abdul'],
    compound: ['spaced_al', 'joined_u'],
  }),
  scheme({
    name: 'persian_french',
    cons: { q: ['gh'], g: ['gh'], c: ['ch'], C: ['tch'], J: ['j'], w: ['v'], V: ['s'], D: ['z'], P: ['z'], Z: ['z'] },
    vowels: { a: ['a'], e: ['e'], i: ['e'], o: ['o'], u: ['o', 'ou'], A: ['a'], I: ['i'], U: ['ou'] },
    ay: ['ei'],
    aw: ['ow', 'o'],
    taa: ['eh'],
    finalI: ['i'],
    doubled: 0.9,
    article: [''],
    abd: ['abdol_joined'],
    compound: ['joined_o'],
  }),
  scheme({
    name: 'persian_simple',
    cons: { q: ['gh', 'g'], g: ['gh', 'g'], x: ['kh', 'h'], w: ['v'], V: ['s'], D: ['z'], P: ['z'], Z: ['z'] },
    vowels: { a: ['a'], e: ['e'], i: ['e', 'i'], o: ['o'], u: ['o', 'u'], A: ['a'], I: ['i'], U: ['u'] },
    ay: ['ei', 'ey'],
    aw: ['o', 'ow'],
    taa: ['e'],
    finalI: ['i', 'y'],
    doubled: 0.3,
    article: [''],
    abd: ['abdol', 'abdol_joined'],
    compound: ['joined_o'],
  }),
];

function capitalise(w: string): string {
  const at = w.startsWith("'") ? 1 : 0;
  return w.length <= at ? w : w.slice(0, at) + w[at].toUpperCase() + w.slice(at + 1);
}

/**
 * The choices of one rendering: each option list resolves to the same option wherever it is used in the name
 * (a name is spelt consistently), as a function of the rendering's seed and the options alone — so that the
 * same rendering without one of its parts spells the others the same way.
 */
class Choices {
  constructor(private readonly seed: number) {}
  private hash(key: string): number {
    let h = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return (h >>> 0) / 4294967296;
  }
  /** `at` makes the choice per occurrence (vowels vary within a name), else it holds for the whole name. */
  pick<T extends string>(options: readonly T[], at = ''): T {
    return options.length === 1 ? options[0] : options[Math.floor(this.hash(`${options.join('|')}@${at}`) * options.length)];
  }
  flag(name: string, p: number): boolean {
    return this.hash(`flag:${name}`) < p;
  }
  pickOne<T>(key: string, options: readonly T[]): T {
    return options[Math.floor(this.hash(`one:${key}`) * options.length)];
  }
}

/** One word (no article, no spaces) in lower-case Latin. */
function renderWord(word: string, s: ArabicScheme, ch: Choices): string {
  let out = '';
  const at = (i: number): string => `${word}:${i}`;
  for (let i = 0; i < word.length; i++) {
    const p = word[i];
    const next = word[i + 1];
    const atEnd = i === word.length - 1;
    if (p === '-') continue;
    if (p === 'a' && (next === 'y' || next === 'w') && (i + 2 >= word.length || !VOWELS.has(word[i + 2])) && word[i + 2] !== next) {
      out += ch.pick(next === 'y' ? s.ay : s.aw, at(i));
      i++;
      continue;
    }
    if (VOWELS.has(p)) {
      if (p === '@') out += ch.pick(s.taa);
      else if (p === 'I' && atEnd) out += ch.pick(s.finalI, at(i));
      else if ((p === 'A' || p === 'I') && next === 'n' && i + 2 === word.length && s.finalNe !== undefined && ch.flag('finalNe', s.finalNe)) {
        out += `${ch.pick(s.vowels[p], at(i))}ne`;
        i++;
      } else out += ch.pick(s.vowels[p] ?? [p], at(i));
      continue;
    }
    let spelt = ch.pick(s.cons[p] ?? [p]);
    if (s.devoice === true && atEnd) spelt = spelt === 'd' ? 't' : spelt === 'b' ? 'p' : spelt === 'c' ? 'ç' : spelt;
    if (next === p) {
      // A doubled consonant: written doubled, or once.
      out += ch.flag('doubled', s.doubled) ? (spelt.length === 1 ? spelt + spelt : spelt) : spelt;
      i++;
      continue;
    }
    out += spelt;
  }
  return out.replace(/ç/g, 'c');
}

function article(s: ArabicScheme, nextPhoneme: string, ch: Choices): { text: string } {
  const form = ch.pick(s.article);
  if (form === '') return { text: '' };
  if (SUN.has(nextPhoneme) && s.sun > 0 && ch.flag('sun', s.sun)) {
    // The article's l sounds as the next letter: ar-Rahman, ech-Chami.
    const vowel = form[0].toLowerCase() === 'e' ? 'e' : 'a';
    const head = form[0] === form[0].toUpperCase() ? vowel.toUpperCase() : vowel;
    return { text: `${head}${renderWord(nextPhoneme, s, ch)}-` };
  }
  return { text: form };
}

/** "ʿAbd al-X" in the scheme's style. */
function renderAbd(rest: string, s: ArabicScheme, ch: Choices): string {
  const x = renderWord(rest, s, ch);
  const X = capitalise(x);
  const style = ch.pick(s.abd);
  const sunLetter = SUN.has(rest[0]) ? x[0] : '';
  switch (style) {
    case 'abd_al':
      return `Abd ${article(s, rest[0], ch).text || 'al-'}${X}`.replace(/- /, '-');
    case 'abdul':
      return `Abdul ${X}`;
    case 'abdul_joined':
      return `Abdul${x}`;
    case 'abdel':
      return `Abdel ${X}`;
    case 'abdel_joined':
      return `Abdel${x}`;
    case 'abd_ul':
      return `Abd-ul-${X}`;
    case 'abdol':
      return `Abdol ${X}`;
    case 'abdol_joined':
      return `Abdol${x}`;
    case 'abdu_sun':
      return sunLetter !== '' ? `Abd${s.name === 'turkish' ? 'u' : 'e'}${sunLetter}${x}` : `Abd${s.name === 'turkish' ? 'ul' : 'el'}${x}`;
  }
}

/** "X al-Dīn" / "X Allāh" in the scheme's style. */
function renderCompound(head: string, tail: string, s: ArabicScheme, ch: Choices): string {
  const h = renderWord(head, s, ch);
  const H = capitalise(h);
  const turkish = s.name === 'turkish';
  const style = ch.pick(s.compound);
  if (tail === 'allAh') {
    switch (style) {
      case 'spaced_al':
      case 'spaced':
        return `${H} Allah`;
      case 'joined_u':
        return `${H}ullah`;
      case 'hyphen_ud':
        return `${H}-ullah`;
      case 'joined_e':
        return turkish ? `${H}ullah` : `${H}allah`;
      case 'joined_o':
        return `${H}ollah`;
    }
  }
  const t = renderWord(tail, s, ch);
  switch (style) {
    case 'spaced_al':
      return `${H} ${article(s, 'd', ch).text || 'al-'}${capitalise(t)}`.replace(/- /, '-');
    case 'joined_u':
      return `${H}ud${t}`;
    case 'hyphen_ud':
      return `${H}-ud-${capitalise(t)}`;
    case 'joined_e':
      return turkish ? `${H}et${t.replace(/d/, 't')}` : `${H}ed${t}${s.name === 'french' && !t.endsWith('e') ? 'e' : ''}`;
    case 'spaced':
    case 'joined_o':
      return `${H}od${t}`;
  }
}

/**
 * A name part (one or more words in the notation) in the scheme: articles, "ʿAbd al-X", "X al-Dīn",
 * "X Allāh" handled as each system writes them.
 */
export function renderPart(part: string, s: ArabicScheme, ch: Choices): string {
  const lexical = s.lexical?.[part];
  if (lexical !== undefined) return ch.pick(lexical);
  const words = part.split(' ');
  if (words[0] === '3abd' && words.length === 2 && words[1].startsWith('al-')) return renderAbd(words[1].slice(3), s, ch);
  if (words[0] === '3abd' && words.length === 2 && words[1] === 'allAh')
    return ch.pick(s.abd) === 'abd_al' ? 'Abd Allah' : capitalise(renderWord('3abdullAh', s, ch));
  if (words.length === 2 && words[1] === 'al-dIn') return renderCompound(words[0], 'dIn', s, ch);
  if (words.length === 2 && words[1] === 'allAh') return renderCompound(words[0], 'allAh', s, ch);
  const out: string[] = [];
  for (const w of words) {
    if (w.startsWith('al-')) {
      const a = article(s, w[3], ch);
      const body = renderWord(w.slice(3), s, ch);
      out.push(a.text === '' ? capitalise(body) : a.text.endsWith(' ') || a.text.endsWith('-') ? `${a.text}${capitalise(body)}` : `${a.text}${body}`);
    } else {
      out.push(capitalise(renderWord(w, s, ch)));
    }
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

export { Choices };

/**
 * A coarse key of a phonemic name: what two names must share to be the same name. Used to keep generated
 * negatives from being a listed name under another spelling.
 */
export function phonemicIdentity(part: string): string {
  const map: Record<string, string> = {
    '3': '',
    "'": '',
    H: 'h',
    S: 's',
    P: 'd',
    T: 't',
    Z: 'z',
    A: 'a',
    I: 'i',
    U: 'u',
    V: 's',
    D: 'z',
    x: 'h',
    q: 'k',
    g: 'k',
    e: 'i',
    o: 'u',
    '@': 'a',
    C: 'c',
    J: 'z',
    w: 'v',
    '-': '',
  };
  let out = '';
  for (const ch of part.replace(/^al-/, '').replace(/ al-/g, ' ')) {
    const m = map[ch] ?? ch;
    if (m !== '' && out[out.length - 1] !== m) out += m;
  }
  return out;
}
