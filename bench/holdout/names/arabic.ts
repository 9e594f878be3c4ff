/**
 * Arabic-script names (Arabic, Persian, Urdu/Pashto, Turkish and West African uses of them) written once in a
 * phonemic notation and rendered through several romanisation habits, the way the same name reaches a list
 * and a payment through different hands.
 *
 * Notation: consonants b t th j H(ḥ) kh d dh r z s sh S(ṣ) D(ḍ) T(ṭ) Z(ẓ) `(ʿayn) '(hamza) gh f q k l m n h w y,
 * Persian p ch zh g v; short vowels a i u (and Persian e o), long A I U; @ = tāʾ marbūṭa; a doubled consonant is
 * written twice; "|" separates letters that would otherwise read as a digraph (is|hAq).
 * Word shapes: "al-X" (article), "`abd al-X", "X allAh", "X al-dIn", "abU X".
 */
import { capitalise } from '../lib/text';

type Unit = { t: 'C' | 'V' | 'TM'; v: string };

const DIGRAPHS = ['th', 'dh', 'sh', 'gh', 'kh', 'ch', 'zh'];
const SINGLE_CONSONANTS = new Set([..."btjHdrzsSDTZ`'fqklmnhwypgvx"]);
const VOWELS = new Set([...'aiuAIUeo']);
const SUN_LETTERS = new Set(['t', 'th', 'd', 'dh', 'r', 'z', 's', 'sh', 'S', 'D', 'T', 'Z', 'l', 'n']);

function parseStem(stem: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < stem.length;) {
    const two = stem.slice(i, i + 2);
    if (DIGRAPHS.includes(two)) {
      units.push({ t: 'C', v: two });
      i += 2;
      continue;
    }
    const ch = stem[i]!;
    i += 1;
    if (ch === '|' || ch === '-') continue;
    if (ch === '@') units.push({ t: 'TM', v: '@' });
    else if (VOWELS.has(ch)) units.push({ t: 'V', v: ch });
    else if (SINGLE_CONSONANTS.has(ch)) units.push({ t: 'C', v: ch === 'x' ? 'kh' : ch });
    else throw new Error(`bad phonemic letter ${ch} in ${stem}`);
  }
  return units;
}

export interface ArabicHabit {
  name: string;
  cons: Partial<Record<string, string>>;
  shortA: string;
  shortI: string;
  shortU: string;
  /** short u in a word's first syllable, when it differs (Mohammed, Omar, Osama) */
  shortUFirst?: string;
  longA: string;
  longI: string;
  longU: string;
  finalI: string;
  persianE: string;
  persianO: string;
  ay: string;
  aw: string;
  /** ʿayn / hamza between vowels, and before a consonant or at the end */
  aynMedial: string;
  aynCoda: string;
  /** a vowel right after a medial ʿayn / hamza (Saeed, Saïd, Esmaeil) */
  afterAyn: Partial<Record<string, string>>;
  taMarbuta: string;
  gemination: boolean;
  /** single s between vowels written ss (Youssef, Hassan) */
  sDouble: boolean;
  /** final -ad after a cluster or a doubled consonant as -ed (Ahmed, Mohammed) */
  imala: boolean;
  /** consonant + a + h/ḥ + consonant as -eh- (Rehman, Mehmood) */
  ehBeforeH: boolean;
  /** -ān at the end as -ane (Othmane, Slimane) */
  frenchFinalE: boolean;
  /** final b d j devoiced (Ahmet, Recep) */
  devoiceFinal: boolean;
  /** initial w before a vowel (Oualid) */
  wInitial?: string;
  turkishCaps: boolean;
  article: 'al-' | 'Al-' | 'Al ' | 'El-' | 'El ' | 'Al' | '';
  abd: 'Abd al-X' | 'Abdul X' | 'AbdulX' | 'Abdel X' | 'AbdelX' | 'AbdolX' | 'Abdur X' | 'AbdulX-tr' | 'Abdoul X';
  allah: 'Allah' | 'allah' | 'ullah' | 'ollah' | 'ullahi' | 'oulaye';
  din: 'al-Din' | 'uddin' | 'eddine' | 'El Din' | 'eddin' | 'ettin' | 'uddeen' | 'dine';
  abu: 'Abu ' | 'Abou ' | 'Bou' | 'Abu' | 'Ebu';
  nasab: string;
  /** whole-name forms a habit writes by custom rather than by rule (Mehmet, Boubacar) */
  lexicon: Record<string, string>;
}

const BASE: Record<string, string> = {
  b: 'b',
  t: 't',
  th: 'th',
  j: 'j',
  H: 'h',
  kh: 'kh',
  d: 'd',
  dh: 'dh',
  r: 'r',
  z: 'z',
  s: 's',
  sh: 'sh',
  S: 's',
  D: 'd',
  T: 't',
  Z: 'z',
  gh: 'gh',
  f: 'f',
  q: 'q',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  h: 'h',
  w: 'w',
  y: 'y',
  p: 'p',
  ch: 'ch',
  zh: 'zh',
  g: 'g',
  v: 'v',
};

function consonant(habit: ArabicHabit, code: string): string {
  return habit.cons[code] ?? BASE[code]!;
}

/** Renders one stem (no article) in lower case. */
export function renderStem(stem: string, habit: ArabicHabit): string {
  const lex = habit.lexicon[stem];
  if (lex !== undefined) return lex.toLowerCase();
  const u = parseStem(stem);
  let out = '';
  let afterAyn = false;
  let seenVowel = false;
  for (let i = 0; i < u.length; i++) {
    const cur = u[i]!;
    const prev = u[i - 1];
    const next = u[i + 1];
    if (cur.t === 'TM') {
      out += i === u.length - 1 ? habit.taMarbuta : 'at';
      continue;
    }
    if (cur.t === 'C') {
      if (cur.v === '`' || cur.v === "'") {
        if (i === 0) continue;
        if (prev?.t === 'V' && next?.t === 'V') {
          out += habit.aynMedial;
          afterAyn = true;
        } else {
          out += habit.aynCoda;
        }
        continue;
      }
      let r = consonant(habit, cur.v);
      if (next?.t === 'C' && next.v === cur.v && (!habit.gemination || r.length > 1)) continue;
      if (i === 0 && cur.v === 'w' && next?.t === 'V' && habit.wInitial) r = habit.wInitial;
      if ((cur.v === 's' || cur.v === 'S') && prev?.t === 'V' && next?.t === 'V' && habit.sDouble) r = r + r;
      if (i === u.length - 1 && habit.devoiceFinal) r = ({ d: 't', b: 'p', c: 'ç' } as Record<string, string>)[r] ?? r;
      out += r;
      continue;
    }
    // vowels
    const v = cur.v;
    if (v === 'a' && next?.t === 'C' && (next.v === 'y' || next.v === 'w') && u[i + 2]?.t !== 'V') {
      out += next.v === 'y' ? habit.ay : habit.aw;
      i += 1;
      seenVowel = true;
      afterAyn = false;
      continue;
    }
    let r: string;
    if (afterAyn && habit.afterAyn[v] !== undefined) r = habit.afterAyn[v]!;
    else if (v === 'a') {
      const cluster = prev?.t === 'C' && u[i - 2]?.t === 'C';
      if (habit.imala && i === u.length - 2 && next?.v === 'd' && cluster) r = 'e';
      else if (habit.ehBeforeH && prev?.t === 'C' && (next?.v === 'H' || next?.v === 'h') && u[i + 2]?.t === 'C') r = 'e';
      else r = habit.shortA;
    } else if (v === 'i') r = habit.shortI;
    else if (v === 'u') r = !seenVowel && habit.shortUFirst !== undefined ? habit.shortUFirst : habit.shortU;
    else if (v === 'A') r = habit.longA;
    else if (v === 'I') r = i === u.length - 1 ? habit.finalI : habit.longI;
    else if (v === 'U') r = habit.longU;
    else if (v === 'e') r = habit.persianE;
    else r = habit.persianO;
    out += r;
    seenVowel = true;
    afterAyn = false;
  }
  if (habit.frenchFinalE && u.length >= 2 && u[u.length - 2]?.v === 'A' && u[u.length - 1]?.v === 'n') {
    out += 'e';
  }
  return out;
}

function cap(word: string, habit: ArabicHabit): string {
  return word
    .split(' ')
    .map((w) => capitalise(w, habit.turkishCaps))
    .join(' ');
}

function firstConsonant(stem: string): string | undefined {
  const first = parseStem(stem)[0];
  return first?.t === 'C' ? first.v : undefined;
}

function renderArticle(stem: string, habit: ArabicHabit, style: ArabicHabit['article']): string {
  const body = cap(renderStem(stem, habit), habit);
  switch (style) {
    case 'al-':
      return `al-${body}`;
    case 'Al-':
      return `Al-${body}`;
    case 'Al ':
      return `Al ${body}`;
    case 'El-':
      return `El-${body}`;
    case 'El ':
      return `El ${body}`;
    case 'Al':
      return `Al${body.toLowerCase()}`;
    default:
      return body;
  }
}

function renderAbd(tail: string, habit: ArabicHabit): string {
  const t = renderStem(tail, habit);
  const sun = SUN_LETTERS.has(firstConsonant(tail) ?? '');
  const lead = t[0] ?? '';
  switch (habit.abd) {
    case 'Abd al-X':
      return `Abd al-${cap(t, habit)}`;
    case 'Abdul X':
      return `Abdul ${cap(t, habit)}`;
    case 'AbdulX':
      return `Abdul${t}`;
    case 'Abdel X':
      return `Abdel ${cap(t, habit)}`;
    case 'AbdelX':
      return sun ? `Abde${lead}${t}` : `Abdel${t}`;
    case 'AbdolX':
      return `Abdol${t}`;
    case 'Abdur X':
      return sun ? `Abdu${lead} ${cap(t, habit)}` : `Abdul ${cap(t, habit)}`;
    case 'AbdulX-tr':
      return sun ? `Abdu${lead}${t}` : `Abdül${t}`;
    case 'Abdoul X':
      return sun ? `Abdou${t}` : `Abdoul ${cap(t, habit)}`;
  }
}

function renderAllah(head: string, habit: ArabicHabit): string {
  const h = head === '`abd' ? 'abd' : renderStem(head, habit);
  switch (habit.allah) {
    case 'Allah':
      return `${cap(h, habit)} Allah`;
    case 'allah':
      return cap(`${h}allah`, habit);
    case 'ullah':
      return cap(`${h}ullah`, habit);
    case 'ollah':
      return cap(`${h}ollah`, habit);
    case 'ullahi':
      return cap(`${h}ullahi`, habit);
    case 'oulaye':
      return head === '`abd' ? 'Abdoulaye' : cap(`${h}oullah`, habit);
  }
}

function renderDin(head: string, habit: ArabicHabit): string {
  const h = renderStem(head, habit);
  switch (habit.din) {
    case 'al-Din':
      return `${cap(h, habit)} al-Din`;
    case 'uddin':
      return cap(`${h}uddin`, habit);
    case 'eddine':
      return cap(`${h}eddine`, habit);
    case 'El Din':
      return `${cap(h, habit)} El Din`;
    case 'eddin':
      return cap(`${h}eddin`, habit);
    case 'ettin': {
      const back = /a[^aeıioöuü]*$/.test(h);
      return cap(`${h}${back ? 'attin' : 'ettin'}`, habit);
    }
    case 'uddeen':
      return cap(`${h}uddeen`, habit);
    case 'dine':
      return cap(`${h}dine`, habit);
  }
}

function renderAbu(tail: string, habit: ArabicHabit): string {
  const article = tail.startsWith('al-');
  const t = article ? tail.slice(3) : tail;
  const body = renderStem(t, habit);
  switch (habit.abu) {
    case 'Abu ':
      return article ? `Abu al-${cap(body, habit)}` : `Abu ${cap(body, habit)}`;
    case 'Abou ':
      return article ? `Abou El ${cap(body, habit)}` : `Abou ${cap(body, habit)}`;
    case 'Bou':
      return cap(`bou${body}`, habit);
    case 'Abu':
      return cap(`abu${article ? 'l' : ''}${body}`, habit);
    case 'Ebu':
      return cap(`ebu${article ? 'l' : ''}${body}`, habit);
  }
}

/** Renders one name element ("muHammad", "al-tamImI", "`abd al-raHmAn", …) through a habit. */
export function renderArabic(element: string, habit: ArabicHabit, articleStyle: ArabicHabit['article'] = habit.article): string {
  const lex = habit.lexicon[element];
  if (lex !== undefined) return lex;
  let m: RegExpExecArray | null;
  if ((m = /^(.+) allAh$/.exec(element))) return renderAllah(m[1]!, habit);
  if ((m = /^`abd al-(.+)$/.exec(element))) return renderAbd(m[1]!, habit);
  if ((m = /^(.+) al-dIn$/.exec(element))) return renderDin(m[1]!, habit);
  if ((m = /^abU (.+)$/.exec(element))) return renderAbu(m[1]!, habit);
  if ((m = /^al-(.+)$/.exec(element))) return renderArticle(m[1]!, habit, articleStyle);
  return cap(renderStem(element, habit), habit);
}

/** The concept of an element: the same for every rendering, without the article. */
export function arabicConcept(element: string): string {
  return 'ar:' + element.replace(/^al-/, '');
}
