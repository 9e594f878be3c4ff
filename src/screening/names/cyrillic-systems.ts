/**
 * Names romanised from Cyrillic by another system than the list's, read back into one canonical spelling.
 *
 * A name transliterated by the German (Duden) system, the French one, the Polish one, or written in the Kazakh or
 * Uzbek Latin alphabets changes in every part at once: Назира Турдубаева is Nazira Turdubaeva in English-style
 * systems, Nasira Turdubajewa in German, Nazira Tourdoubaïeva in French, Nazira Turdubaeva in Kazakh Latin;
 * Мухамеджанов is Mukhamedzhanov, Muchamedschanow, Moukhamedjanov, Mūhamedjanov; Хрущёв is Khrushchev, Chruschtschow,
 * Khrouchtchev, Chruszczow. One letter rule per token (romanisation-rules) bridges one such change; here a whole token
 * is read as the system the *whole name* is written in says (German sch, tsch, -ow, -witsch; French tch, ou with a
 * Slavic ending; Polish sz, cz, szcz, -owicz; Kazakh and Uzbek q, x, ş, ç, ğ) and spelt back as an English-style
 * system (BGN/PCGN-like) writes the same Cyrillic letters. That spelling's romanisation skeleton
 * (romanisation-key) is the key the scorer and the candidate search compare, so that a name in any of these
 * systems finds the listed one in another.
 *
 * The system is a property of the name, not of a token: in "Asis Abdykadyrow" the s of Asis is the German z (Азиз),
 * which the token alone does not say. Where a system reads one Latin letter for two Cyrillic ones (German sch is ш
 * and ж; Uzbek j is ж and дж) the reading takes one and the skeleton, which writes sh / zh alike, does the rest, or
 * both readings are given. Each system is one ordered table of letter rules (spelling, reading, where it applies) read
 * longest spelling first. Written from the published transliteration tables (Duden, the French usage of the Quai
 * d'Orsay, the Polish transliteration of Russian, the Kazakh Latin alphabets of 2018 and 2021, the Uzbek Latin
 * alphabet of 1995), not from any list.
 */

import { GERMAN_ENDING, LISTED_SLAVIC_ENDING, POLISH_ENDING, POLISH_IN_ENDING, SLAVIC_ENDING, SLAVIC_SIGN_ENDING } from './slavic-endings';

export type CyrillicSystem = 'german' | 'french' | 'polish' | 'turkic';

/** The token read by a system: one or two canonical spellings (undefined: the system changes nothing in it). */
export type Readings = readonly string[] | undefined;

const VOWELS = 'aeiouy';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

const polishSpelt = (t: string): boolean => t.includes('sz') || t.includes('cz');
/**
 * The j of German, Polish and scholarly spelling between a consonant and a vowel (Ljuba, Lessja, Zymbaljuk, Wjatscheslaw);
 * not after d, n, r, where English and Persian names have it (Benjamin, Sanjar, Marjan), nor after a vowel (Rajesh).
 */
const SLAVIC_GLIDE = /[lsztbpmvwkf]j[aeiou]/g;
/**
 * How many SLAVIC_GLIDE j's t has, but not the Arabic article's l before a j (Aljuboori, Eljazairi), nor the
 * Scandinavian and Dutch kj, sj, tj, bj, fj that begin a word or follow an s (Kjellberg, Sjoberg, Skjold, Stjernberg,
 * Bjork, Fjeld, Tjaden).
 */
function slavicGlides(t: string): number {
  let n = 0;
  for (const m of t.matchAll(SLAVIC_GLIDE)) {
    const i = m.index;
    if (i === 1 && t[1] === 'l' && (t[0] === 'a' || t[0] === 'e')) continue;
    if ('kstbf'.includes(t[i]) && (i === 0 || t[i - 1] === 's')) continue;
    n++;
  }
  return n;
}
/** The -yj, -ij ending of Slavic given names, surnames and patronymics (Jurij, Andrij, Saslawskyj) after a consonant. */
const SLAVIC_J_ENDING = /[^aeiouy][iy]j$/;
/** A c that is ц: not in ch or cz (a ck is c + k here: Lewyckyj; the name's j already says it is no German Beck). */
const POLISH_C = /c(?!h|z)/;
/** French endings: -ovitch, -evitch, and the Slavic -ov, -ev, -ova, -eva, -ine with an ou in the name. */
const FRENCH_ENDING = /(?:[oe]vitch|[oe]vna|[oe]va?|ine)$/;

/**
 * The system a name is written in, by its tokens (folded) and their expansions (ş as sh, ç as ch, ğ as gh, ä as ae):
 * Polish by sz or cz with a Slavic ending; German by sch or a German Slavic ending; French by tch (not German tsch) or
 * a Slavic ending with the French ou; Kazakh or Uzbek Latin by q, a leading xo, or ş, ç, ğ, ä, ö, ü (a lone x is as
 * often the ks of Maxim, Alexander). Undefined: an English-style spelling (or none of these).
 */
export function detectSystem(tokens: readonly string[], expanded: readonly string[]): CyrillicSystem | undefined {
  let german = false;
  let frenchTch = false;
  let frenchOu = false;
  let slavic = false;
  let turkic = false;
  let centralAsian = false;
  let polish = false;
  let glides = 0;
  let slavicSign = false;
  let polishC = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.length < 3) continue;
    glides += slavicGlides(t) + (t.length >= 5 && SLAVIC_J_ENDING.test(t) ? 1 : 0);
    if (t.length >= 5 && SLAVIC_SIGN_ENDING.test(t)) slavicSign = true;
    if (POLISH_C.test(t)) polishC = true;
    if (t.includes('sch') || (GERMAN_ENDING.test(t) && !t.endsWith('rrow'))) german = true;
    if (polishSpelt(t)) polish = true;
    const tch = t.indexOf('tch');
    if (tch > 0 && t[tch - 1] !== 's') frenchTch = true;
    else if (tch === 0) frenchTch = true;
    if (t.includes('ou')) frenchOu = true;
    if (FRENCH_ENDING.test(t)) slavic = true;
    if (hasTurkicLetter(t, expanded[i] ?? t)) turkic = true;
    if (SLAVIC_ENDING.test(t)) centralAsian = true;
  }
  // Polish first: its sz and cz are no German spelling, and it shares the German w and -ow (Chruszczow, Gorbaczow).
  // Only with a surname or patronymic of Cyrillic shape: Hungarian sz is s (Szabo), and Polish names of Poles are
  // written as they are.
  // (Given names end in -in and -ina in many languages: Katalin Szabo, Karolina Czech, Marcin Szymczak are no Cyrillic.)
  if (polish && (slavic || german || centralAsian || tokens.some((t) => POLISH_ENDING.test(t) || (polishSpelt(t) && POLISH_IN_ENDING.test(t)))))
    return 'polish';
  // German next: its sch and w are unmistakable; Turkic letters next (a q or x is no French spelling).
  if (german) return 'german';
  // A q or a marked letter alone is as often Arabic (Qasim, Tariq, Iqbal) or Turkish (Şahin, Öztürk), which these
  // readings would change (h read as kh makes Hayat Khayat): only with a surname or patronymic of Cyrillic shape.
  if (turkic && centralAsian) return 'turkic';
  if (frenchTch || (frenchOu && slavic)) return 'french';
  // A short name with neither sign nor German ending still shows the j of German, Polish and the scholarly systems
  // (й, я, ю, ь): -yj, -ij, or a j between a consonant and a vowel (Lessja Zymbaljuk, Nasar Saslawskyj, Oleh Lewyckyj,
  // Walerij Schapowal). Polish and scholarly spelling write ц c (Lewyckyj), German z (Lewyzkyj): a c not in ch, cz or
  // a German ck after a vowel says Polish.
  const glide = glides >= 2 || (glides === 1 && slavicSign);
  if (glide) return polishC ? 'polish' : 'german';
  return undefined;
}

/** j after a vowel before a consonant inside a word (Ajbek, Mejram, Kajrat): the й German and Polish spelling write j. */
const J_BEFORE_CONSONANT = /[aeiou]j[^aeiouy]/;
/** j between vowels before the -ew of a surname (Turdubajewa, Abdullajew): the German and Polish -jew of -ев after a vowel. */
const J_BEFORE_ENDING = /[aeiou]jew/;
/** j between vowels, a sign only in a word with the ending itself (Sejitow): elsewhere the Arabic consonant (Majid, Najib). */
const J_BETWEEN_VOWELS = /[aeiou]j[aeiou]/;

/**
 * The signs of the German or Polish system one listed word carries itself: its Slavic surname or patronymic ending as
 * that spelling writes it (LISTED_SLAVIC_ENDING), and one of the spelling's letters for Cyrillic ones English-style
 * systems write otherwise — sch, tsch, cz, sz, a j for й, я, ю (Zymbaljuk, Ajbek, Turdubajewa, -ij, -yj).
 */
function listedWordSigns(t: string): { ending: boolean; spelling: boolean; polish: boolean } {
  const ending = t.length >= 5 && LISTED_SLAVIC_ENDING.test(t);
  const polish = t.includes('cz') || t.includes('sz');
  const spelling =
    (ending && J_BETWEEN_VOWELS.test(t)) ||
    polish ||
    t.includes('sch') ||
    slavicGlides(t) > 0 ||
    J_BEFORE_CONSONANT.test(t) ||
    J_BEFORE_ENDING.test(t) ||
    (t.length >= 5 && SLAVIC_J_ENDING.test(t));
  return { ending, spelling, polish };
}

/**
 * Whether a word of a listed name in the German or Polish system carries a sign of that system itself (listedWordSigns):
 * only such a word is read by the system. An ordinary given name written as it is beside such a family name (Nasim,
 * Elisa, Teresa, Michał Szewczuk) is read as written: German s between vowels is з, but Nasim and Nazim, Elisa and Eliza
 * are also two real names, and a listed Nasim read as Nazim would hold a payment for the other person.
 */
export function listedWordHasSign(t: string): boolean {
  if (t.length < 3) return false;
  const s = listedWordSigns(t);
  return s.ending || s.spelling || INITIAL_J.test(t);
}
/**
 * A leading j before a, e, u: German, Polish and scholarly spelling of the leading я, е, ю (Jelena, Jermek, Jaroslaw,
 * Julija) that English-style systems write ya, ye, yu or ia, e, iu. Read only in a name the system's signs show
 * elsewhere (detectListedSystem: Jermek of "Jermek Serikbajew"), never a sign of the system itself (Jennifer, Jessica,
 * Julia); the reading differs from the word by the glide alone (yermek), which only the same name without its glide
 * matches (Yermek, Ermek).
 */
const INITIAL_J = /^j[aeu]/;

/**
 * The system a *listed* person's name is written in, read only where the name shows it twice over: a Slavic surname or
 * patronymic ending as German or Polish spelling writes it, and, in any word, one of that spelling's letters
 * (listedWordSigns). A list copies names as published; a name that shows one sign alone is as often Western (Michael
 * Schneider, Juan Garcia, Rizzi) and is read as written. Polish by cz, sz or a c that is ц; German otherwise. Undefined:
 * no such name.
 */
export function detectListedSystem(tokens: readonly string[]): CyrillicSystem | undefined {
  let ending = false;
  let spelling = false;
  let polish = false;
  for (const t of tokens) {
    if (t.length < 3) continue;
    const s = listedWordSigns(t);
    if (s.ending) ending = true;
    if (s.spelling) spelling = true;
    if (s.polish) polish = true;
  }
  if (!ending || !spelling) return undefined;
  return polish ? 'polish' : 'german';
}

/** A listed word shorter than this is not read by its name's Cyrillic system: Chan, Juan, Jun are as often Хан, Хуан, Юн as not. */
export const MIN_LISTED_READ = 5;

/**
 * A listed word as the German or Polish system of its name (detectListedSystem) reads it: only a word of five letters or
 * more that carries a sign of the system itself (listedWordHasSign), and without the readings that take its first s for
 * z — German writes з and с alike as s there (Sinaida, Sergej), and a listed name read both ways would hold a payment
 * for another real name (Susana / Zuzana). Between vowels the German s is з (Asamat / Azamat), and is read so.
 */
export function listedWordReadings(system: CyrillicSystem, t: string, x: string): Readings {
  if (t.length < MIN_LISTED_READ || !listedWordHasSign(t)) return undefined;
  const readings = readAs(system, t, x);
  if (readings === undefined || t[0] !== 's') return readings;
  const kept = readings.filter((r) => r[0] !== 'z');
  return kept.length === 0 ? undefined : kept;
}

/**
 * A word without the i, y, j of its glides: English-style systems write й, я, ю with or without them (Kayrat, Kairat;
 * Yemelyanova, Emelianova), so a listed word's reading is the payment's word when they are the same without these
 * (the scorer's sameButGlides; ListedReadingIndex keys readings so).
 */
export const withoutGlides = (s: string): string => s.replace(GLIDE_LETTERS, '');
const GLIDE_LETTERS = /[iyj]/g;

/** A q not in qu, an x, or a letter with a Turkic mark (the expansion differs from the folded token). */
function hasTurkicLetter(t: string, x: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === 'q' && t[i + 1] !== 'u') return true;
  }
  // Uzbek x for х leading a name (Xolmatov, Xo'jayev); a pinyin x is never followed by o.
  if (t[0] === 'x' && t[1] === 'o') return true;
  return x !== t && !x.includes('ss');
}

/**
 * The token as the system reads it, spelt the English way (at most three readings, and as many again with a rule's
 * reading kept apart: LetterRule.apart), or undefined when the same.
 */
export function readAs(system: CyrillicSystem, token: string, expanded: string): Readings {
  if (token.length < 3) return undefined;
  const rules = system === 'turkic' ? TURKIC : system === 'german' ? GERMAN : system === 'polish' ? POLISH : FRENCH;
  const t = system === 'turkic' ? merge(token, expanded) : token;
  const out = readBy(rules, t, false);
  const kept = out.filter((r, i) => r !== token && r.length >= 3 && out.indexOf(r) === i);
  return kept.length === 0 ? undefined : kept;
}

/**
 * One letter rule of a system: the Latin spelling, the English-style spelling of the Cyrillic letters it writes, and
 * where it applies. A reading of two spellings is a letter the system writes for two Cyrillic ones that the skeleton
 * does not make one (German s for з and с, Uzbek j for ж and дж): the token then has two readings, the first with
 * every such letter read the first way, the second the second way.
 */
interface LetterRule {
  readonly spelling: string;
  readonly reading: string | readonly [string, string];
  /** Whether the rule applies to the spelling at i of t (always when absent). */
  readonly when?: (t: string, i: number) => boolean;
  /**
   * A rarer reading of the spelling, read in readings of its own (the token read again with it for `reading`, every
   * other rule as before), so that it does not take the place of the other two-way letters' readings: German sch is
   * ш or ж, and, rarely, с and х apart; a Schyldys must still be read zhyldyz, its final s as з.
   */
  readonly apart?: string;
}

const rule = (spelling: string, reading: LetterRule['reading'], when?: LetterRule['when'], apart?: string): LetterRule =>
  apart === undefined ? { spelling, reading, when } : { spelling, reading, when, apart };

const VOICED = 'bdglmnrvwj';
const betweenVowels = (t: string, i: number): boolean => i > 0 && isVowel(t[i - 1]) && isVowel(t[i + 1]);
const afterConsonant = (t: string, i: number): boolean => i > 0 && !isVowel(t[i - 1]);
/**
 * A final -ow after a sibilant (German sch, tsch, Polish sz, cz): Russian ё there is written o by these systems and e
 * by English-style ones (Chruschtschow / Khrushchev, Gorbaczow / Gorbachev), and о is o (Jerschow / Yershov): both.
 */
const finalAfterSibilant = (t: string, i: number): boolean => i + 2 === t.length && /(?:sch|sz|cz)$/.test(t.slice(0, i));

/**
 * Russian ё after a consonant, written jo by German spelling, io by Polish and French (Semjonow, Siemionow, Fiodor,
 * Jouravliov, Gracziow): yo by BGN/PCGN and English habit (Semyonov, Fyodor), e by the passport systems and most
 * English-style writing, which write ё as е (Semenov, Fedor, Zhuravlev, Grachev) — the e a reading of its own (apart).
 */
const YO_AFTER_CONSONANT = (spelling: string): LetterRule => rule(spelling, 'yo', afterConsonant, 'e');

/**
 * German (Duden): schtsch щ, tsch ч, dsch дж, sch ш or ж, ch х, z ц, w в, j й (ja я, ju ю, je е), s between vowels з
 * and ss between them с, ck к. A single s before a vowel, a voiced consonant or the end is з or с (German writes both
 * s there; before t, k, p it is с): two readings.
 */
const GERMAN: readonly LetterRule[] = [
  rule('schtsch', 'shch'),
  rule('tsch', 'ch'),
  rule('dsch', 'dzh'),
  // (ш or ж: the skeleton writes sh and zh alike, and zh is the one the zh / j letter rule takes further; or с and х
  // apart, the s before the ch of х: Aschat is Асхат, Askhat)
  rule('sch', 'zh', undefined, 'skh'),
  rule('ch', 'kh'),
  rule('ck', 'k'),
  rule('ss', 's'),
  rule('s', 'z', betweenVowels),
  rule('s', ['s', 'z'], (t, i) => i + 1 === t.length || isVowel(t[i + 1]) || VOICED.includes(t[i + 1])),
  rule('z', 'ts'),
  rule('ow', ['ov', 'ev'], finalAfterSibilant),
  rule('w', 'v'),
  YO_AFTER_CONSONANT('jo'),
  rule('j', 'y'),
];

/**
 * Polish spelling of Russian names: szcz щ, sz ш, cz ч, ch х, c ц, w в, j й, and the softness of a consonant written
 * with an i before the vowel (ie е, io ё, ia я, iu ю after a consonant: Siergiej, Fiodor, Wiaczesław, Pietrow).
 * (Ż ж folds to z, which the z / zh letter rule bridges.)
 */
const POLISH: readonly LetterRule[] = [
  rule('szcz', 'shch'),
  rule('sz', 'sh'),
  rule('cz', 'ch'),
  rule('ch', 'kh'),
  rule('c', 'ts'),
  rule('ie', 'e', afterConsonant),
  YO_AFTER_CONSONANT('io'),
  rule('ia', 'ya', afterConsonant),
  rule('iu', 'yu', afterConsonant),
  rule('ow', ['ov', 'ev'], finalAfterSibilant),
  rule('w', 'v'),
  rule('j', 'y'),
];

/**
 * French: chtch щ, tch ч, dj дж, ch ш, j ж, ou у, gu before e and i г, s between vowels з and ss between them с, a
 * mute e after a final -in (Chtchoukine).
 */
const FRENCH: readonly LetterRule[] = [
  rule('chtch', 'shch'),
  rule('tch', 'ch'),
  rule('ine', 'in', (t, i) => i + 3 === t.length && t.length > 5),
  rule('dj', 'dzh'),
  rule('ch', 'sh'),
  rule('j', 'zh'),
  rule('ou', 'u'),
  YO_AFTER_CONSONANT('io'),
  rule('gu', 'g', (t, i) => t[i + 2] === 'e' || t[i + 2] === 'i'),
  rule('ss', 's'),
  rule('s', 'z', betweenVowels),
];

/**
 * Kazakh Latin (2018, 2021) and Uzbek Latin: q к, x х, h х, j ж (Uzbek also дж: two readings), ş ш, ç ч, ğ г, the
 * vowels with marks as their letters (ä а, ö о, ü ū у, ı ы), and the Turkish c дж. Read on the token with the marked
 * consonants of the expansion put back (merge: ş sh, ç ch, ğ gh), so an h after s, c, z, g or k is that digraph's.
 * (gh, the ğ of the expansion, is the skeleton's g already.)
 */
const TURKIC: readonly LetterRule[] = [
  rule('q', 'k'),
  rule('x', 'kh'),
  rule('h', 'h', (t, i) => i > 0 && 'sczgk'.includes(t[i - 1])),
  rule('h', 'kh'),
  rule('c', 'dzh', (t, i) => t[i + 1] !== 'h'),
  rule('j', ['zh', 'dzh']),
];

/**
 * The token read by a system's rules: at each letter the longest spelling whose rule applies (the first listed of
 * one length), or the letter itself. One reading, or two when a rule of two readings applied; then, where a rule with
 * a reading apart applied (and `apart` is false), the token's readings with that one (`apart`: those alone).
 */
function readBy(rules: readonly LetterRule[], t: string, apart: boolean): string[] {
  let hasApart = false;
  let first = '';
  let second = '';
  // (the second reading at the first such letter only, the first reading elsewhere: German Saslawskyj is Заславський,
  // з then с, where neither every s as s nor every s as z reads it)
  let third = '';
  let two = false;
  for (let i = 0; i < t.length;) {
    let best: LetterRule | undefined;
    for (const r of rules) {
      if (best !== undefined && r.spelling.length <= best.spelling.length) continue;
      if (t.startsWith(r.spelling, i) && (r.when === undefined || r.when(t, i))) best = r;
    }
    if (best === undefined) {
      first += t[i];
      second += t[i];
      third += t[i];
      i += 1;
      continue;
    }
    if (best.apart !== undefined && apart) {
      first += best.apart;
      second += best.apart;
      third += best.apart;
    } else if (typeof best.reading === 'string') {
      hasApart ||= best.apart !== undefined;
      first += best.reading;
      second += best.reading;
      third += best.reading;
    } else {
      first += best.reading[0];
      second += best.reading[1];
      third += best.reading[two ? 0 : 1];
      two = true;
    }
    i += best.spelling.length;
  }
  const out = two ? [first, second, third] : [first];
  return hasApart ? out.concat(readBy(rules, t, true)) : out;
}

/**
 * The folded token with the marked consonants of the expansion put back (ş sh, ç ch, ğ gh) and the marked vowels as
 * folded (ä a, not ae): the expansion writes two letters for one where the folded token has a letter with a mark.
 */
function merge(t: string, x: string): string {
  if (x === t) return t;
  let out = '';
  let i = 0;
  let k = 0;
  while (i < t.length && k < x.length) {
    if (t[i] === x[k] && (t[i + 1] === x[k + 1] || k + 1 >= x.length)) {
      out += t[i];
      i++;
      k++;
    } else if (t[i] === x[k] && x[k + 1] === 'h') {
      out += t[i] + 'h';
      i++;
      k += 2;
    } else if (t[i] === x[k] && x[k + 1] === 'e') {
      out += t[i];
      i++;
      k += 2;
    } else return t;
  }
  return i === t.length ? out : t;
}
