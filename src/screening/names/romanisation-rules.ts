/**
 * Romanisation rules that hold across whole families of names, as data: where one tradition writes a sound with
 * one letter and another tradition with another, for every name that has the sound. The table of spellings
 * (name-equivalents-data) knows particular names; these rules let one variant letter of *any* name cost little,
 * including names the table has never seen. Written from public knowledge of the writing systems (Arabic-script
 * transliteration in Persian, Urdu, Turkish and Russian usage; the Uzbek, Turkish and Somali Latin alphabets;
 * Russian surname formation), not from any list.
 *
 * Two kinds:
 * - **letter rules**: one letter group written another way at one place (Kazemi / Kadhimi, Usman / Uthman,
 *   Xolmatov / Kholmatov, Cemal / Jamal, Zhumabaev / Jumabaev, Shafique / Shafiq). A pair is
 *   one name when rewriting one place of one token gives the other token's romanisation skeleton and compatible
 *   vowels: every other letter must agree as the skeleton wants, so a different name sharing most letters (Tahir /
 *   Zahir: t is never rewritten) still differs.
 * - **derived names**: a surname made from a given name with a suffix (-ov / -ev, -ova / -eva, -zade / -zoda,
 *   -zai / -zay, -li / -ly, Persian -i) is one name with another surname made from another spelling of the same
 *   given name with the same suffix (Magomedov / Muhammadov, Hosseinzadeh / Huseynzade, Yousafzai / Yusufzay):
 *   the table's knowledge of given names carries over to the surnames built on them.
 */
import { boundedMemo } from './bounded-memo';
import { NAME_EQUIVALENTS } from './name-equivalents-data';
import { SLAVIC_ENDINGS, SLAVIC_ENDINGS_NOT_POLISH } from './slavic-endings';
import { computeRomanisationKey, computeVowelKey, MONOPHTHONG_VOWELS, vowelKeysCompatible } from './romanisation-key';

export interface LetterRule {
  /** The explanation's name of the rule ("dh/z"). */
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** Whether the letters after the place must start with a vowel (a consonant's value depends on it). */
  readonly beforeVowel?: boolean;
  /** Whether the letters after the place must start with a consonant, or the token end there. */
  readonly beforeConsonant?: boolean;
  /** Only at the end of the token. */
  readonly final?: boolean;
  /** Only in tokens of at least this many letters (a short word is as often another name). */
  readonly minLength?: number;
  /** Not at the end of the token. */
  readonly notFinal?: boolean;
  /** Not at the start of the token (Eirik is no Erik: a leading diphthong is the name's own). */
  readonly notFirst?: boolean;
  /** Only at the start of the token. */
  readonly first?: boolean;
  /** Only in a token ending in one of these (a family name's suffix: the language the rule holds in). */
  readonly endsIn?: readonly string[];
  /** The place is at least this many letters into the token (a stem of that many letters before it). */
  readonly minAt?: number;
  /**
   * The rewritten spelling must be an Arabic, Persian or Turkic given name of the table (name-equivalents-data): the
   * rule holds for those names, and elsewhere the other spelling is as often a name of its own (Lujan, Rojas, Bojan).
   */
  readonly toNamed?: boolean;
  /** The letters after the place must not start with one of these. */
  readonly notBefore?: string;
  /** The letter before the place must not be one of these. */
  readonly notAfter?: string;
  /** The letter after the place must not be one of these when it is the token's last. */
  readonly notBeforeLast?: string;
  /**
   * The letters after the place must be one consonant (or a digraph: kh, sh …) and then a vowel or the end: the vowel
   * closes no cluster (Rahmon, Nodir, Jonibek; not the Jon of Jonsson).
   */
  readonly openSyllable?: boolean;
  /**
   * The rule alone makes the two one: every other letter as written (a mark lost from one letter says nothing about
   * the others: Shevchuk is no Savchuk).
   */
  readonly exact?: boolean;
  /**
   * A vowel for a vowel: the rule alone makes the two one — every other vowel as the other token has it (a vowel rule
   * and a neighbour vowel are two differences: Moreno is no Marino, Johansson no Johansen) — and only between
   * spellings without marks (Jönsson is no Jansson).
   */
  readonly vowel?: boolean;
  /**
   * The other token must write `to` as such: the skeleton reads other letters alike (ts is its s: Kazemi is no Ghasemi
   * by z / ts).
   */
  readonly otherWritesTo?: boolean;
  /**
   * A diphthong written as the long vowel it became: the other token's one other vowel may be e or i where the
   * variant has e or i, never a (see the ay/e rules).
   */
  readonly monophthong?: boolean;
}

/** The Russian surname endings of the Azerbaijani rules (not -in, -ski, -ović: Shahin, Kocovic are other names). */
const RUSSIAN_ENDINGS: readonly string[] = ['ov', 'ova', 'ev', 'eva'];

/**
 * One sound, two traditions' letters. Each rule is applied one way (`from` → `to`) to either token of a pair, so
 * listing one direction is enough.
 */
export const LETTER_RULES: readonly LetterRule[] = [
  // Arabic ذ ض ظ: dh / d in Arabic usage, z in Persian, Urdu, Turkish and Central Asian (Kadhim / Kazim, Ridha /
  // Reza, Ramadan / Ramazan, Ridwan / Rizwan, Fadlullah / Fazlullah).
  { name: 'dh/z', from: 'dh', to: 'z' },
  // (A bare d only in longer words: Dara and Zara, Qadi and Qazi are as often two names as one.)
  { name: 'd/z', from: 'd', to: 'z', minLength: 6 },
  // Arabic ث: th in Arabic usage, s in Persian, Urdu and Turkish (Uthman / Usman / Osman, Thabit / Sabit, Haitham /
  // Haisam).
  { name: 'th/s', from: 'th', to: 's' },
  // Egyptian ج is g (Nagma / Najma, Gamal / Jamal), between vowels.
  { name: 'g/j', from: 'g', to: 'j', beforeVowel: true },
  // (and before a consonant inside the name, but never after n or d, where ng, dj are other sounds: Nagma / Najma,
  // Hagg / Hajj)
  { name: 'g/j', from: 'g', to: 'j', beforeConsonant: true, notFirst: true, notAfter: 'nd', notBefore: 'h' },
  // French spelling writes a hard g before e and i as gu (Naguib / Nagib, Guirguis / Girgis, Ragueb / Rageb): the u
  // is silent. Not at the start, where Gui-, Gue- begin European names of their own (Guido, Guerra).
  { name: 'gu/g', from: 'gui', to: 'gi', notFirst: true, exact: true },
  { name: 'gu/g', from: 'gue', to: 'ge', notFirst: true, exact: true },
  // Uzbek and Somali Latin x is kh / h (Xolmatov / Kholmatov, Raximov / Rakhimov, Xasan / Hasan).
  { name: 'x/kh', from: 'x', to: 'kh' },
  // Turkish c is j (Cemal / Jamal, Cemil / Jamil, Recep / Rajab, Cihan / Jihan); only before e and i, where no
  // other language's names read c as j or k (Camila is no Jamila).
  { name: 'c/j', from: 'ce', to: 'je' },
  { name: 'c/j', from: 'ci', to: 'ji' },
  // (and the same Turkish and Azerbaijani c as Russian transliteration writes дж: Recep / Redzhep, Cengiz / Dzhengiz)
  { name: 'c/j', from: 'ce', to: 'dzhe' },
  { name: 'c/j', from: 'ci', to: 'dzhi' },
  // Azerbaijani and Turkish c is j before a, o, u too (Nicat / Nijat, Orucov / Orujov, Cavid / Javid, Cəfər / Jafar),
  // and Russian writes it дж (Cəfərova / Dzhafarova). For j only between vowels: a leading Ca-, Co-, Cu- and an
  // -rco-, -nca- are the k of Romance and English names (Camila is no Jamila, Marco no Marjo); before a not as the
  // last letters (Monica, Jessica), and only where the j-spelling is an Arabic, Persian or Turkic given name of the
  // table (Nijat, Javid, Jafar): Lucan, Rocas, Racan, Bocan are no Lujan, Rojas, Rajan, Bojan, which are names of
  // their own. Before o and u only at the end of a stem of four letters or more before a Russian -ov / -ev (Orucov /
  // Orujov; Nicole is no Nijole, Kocovic no Kojovic, Macova no Majova).
  {
    name: 'c/j',
    from: 'c',
    to: 'j',
    beforeVowel: true,
    notFirst: true,
    notBefore: 'eiyou',
    notAfter: 'bcdfghjklmnpqrstvwxz',
    notBeforeLast: 'a',
    minLength: 5,
    toNamed: true,
  },
  { name: 'c/j', from: 'c', to: 'j', beforeVowel: true, notBefore: 'eiya', notAfter: 'bcdfghjklmnpqrstvwxz', endsIn: RUSSIAN_ENDINGS, minAt: 3, minLength: 5 },
  // Anywhere for the дж spelling, which the other token must write (the skeleton reads j and dzh alike), in a surname
  // with a Russian ending (Cəfərova / Dzhafarova; Camila, Camille, Calil, Canet are no Dzhamila, Dzhalil, Dzhanet).
  { name: 'c/j', from: 'c', to: 'dzh', beforeVowel: true, notBefore: 'eiy', otherWritesTo: true, endsIn: RUSSIAN_ENDINGS },
  // Azerbaijani q is a g in most places, and Russian-era spelling writes it so (Vüqar / Vugar, Qasım / Gasym, Qurban / Gurban):
  // q for g, not at the end (a final q is k: Ashıq / Ashyk).
  { name: 'q/g', from: 'q', to: 'g', notFinal: true },
  // Russian writes the h of Azerbaijani, Caucasian and Central Asian names as г (Rəhimov / Ragimov, Əhmədov / Agmedov,
  // İbrahimova / Ibragimova): between vowels, only in a surname with a Russian -ov / -ev ending, where the g is Russian
  // spelling, and the other token must write the g (the skeleton reads g as k, c, q: Bahirov is no Bakirov, Pehova no
  // Pacova, Mihovic no Mikovic, Shahin no Shakin; a Spanish Lago or Italian Rigoni is no Laho, Rihoni).
  {
    name: 'g/h',
    from: 'h',
    to: 'g',
    notFirst: true,
    beforeVowel: true,
    notAfter: 'bcdfgjklmnpqrstvwxz',
    endsIn: RUSSIAN_ENDINGS,
    minLength: 6,
    otherWritesTo: true,
  },
  // Kazakh and Kyrgyz ж, French j for Russian ж, Russian дж: zh / j / dzh / dj (Zhumabaev / Jumabaev / Dzhumabaev,
  // Zhukov / Joukov).
  { name: 'zh/j', from: 'zh', to: 'j' },
  // A letter with a háček or cedilla that lost its mark (Czech, Slovak, Croatian, Latvian, Lithuanian, Turkish,
  // Azerbaijani, Uzbek, and Indic ś / ṣ in ISO 15919 or IAST): š / ş / ś as s, ž as z, č / ç as c (Alişer / Aliser /
  // Alisher, Šarma / Sarma / Sharma, Južnyj / Yuzhnyi, Fedorovič / Fedorovic / Fedorovich).
  { name: 'sh/s', from: 'sh', to: 's', exact: true },
  { name: 'zh/z', from: 'zh', to: 'z', exact: true },
  // (č as c reads ts, and the pair is made by writing the lone c as ch: Christensen is no Cristensen for that.)
  { name: 'ch/c', from: 'c', to: 'ch', notBefore: 'hkszi', exact: true },
  // German spelling of the umlauts of German and Turkish names when the marks are not at hand: ü as ue, ö as oe, where
  // the payment's system folds them to u and o (Öztürk / Oeztuerk / Ozturk, Müller / Mueller, Hübner / Huebner).
  // (before a consonant, in names of five letters or more, and not before a last l: Joel, Noel, Manuel, Samuel keep
  // their e. No ue after g or q, where Spanish writes a silent u: Miguel, Rodriguez, Guerrero are no Migul, Rodriguz,
  // Gurrero — Güneş written Guenes is left to the typo match. No oe after n: Romance and Biblical names read n-o-e
  // as two syllables, Noemi, Noelia, where German and Turkish names seldom have nö.)
  { name: 'ue/u', from: 'ue', to: 'u', beforeConsonant: true, notFinal: true, notAfter: 'gq', notBeforeLast: 'l', minLength: 5, exact: true },
  { name: 'oe/o', from: 'oe', to: 'o', beforeConsonant: true, notFinal: true, notAfter: 'n', notBeforeLast: 'l', minLength: 5, exact: true },
  // Bengali and Oriya have no v: b (Vikram / Bikram, Vasu / Basu, Vivek / Bibek).
  { name: 'v/b', from: 'v', to: 'b', exact: true },
  // Arabic and Persian diphthongs written as the long vowel they became (Layla / Leila / Lela, Peyman / Piman,
  // Dawsari / Dosari / Dousari, Shawkat / Shoukat / Shokat), and the French é of West African names written -ay / -ey
  // by English speakers (Kanté / Kantay, Compaoré / Kompaoray).
  // The diphthong became e, or in Persian the long i (Peyman / Piman, Meysam / Misam), never a: the one vowel the
  // rest of the pair may differ by is e / i (monophthong). Laleh, Lale, Lala (Persian, Turkish, Azerbaijani "tulip")
  // are no Leila, Leyla, Layla: Leila written Lela still has e where Laleh has a, and in a name of two syllables a
  // rule plus another vowel changed (plus a final h dropped) leaves only the consonants, which many names share.
  { name: 'ay/e', from: 'ay', to: 'e', beforeConsonant: true, notFirst: true, monophthong: true },
  { name: 'ay/e', from: 'ey', to: 'e', beforeConsonant: true, notFirst: true, monophthong: true },
  // (ai, ei only inside the name: a final -ai, -ei is the Persian -aei of a surname, Rezai / Rezaei, not Reza.)
  { name: 'ay/e', from: 'ai', to: 'e', beforeConsonant: true, notFirst: true, notFinal: true, monophthong: true },
  { name: 'ay/e', from: 'ei', to: 'e', beforeConsonant: true, notFirst: true, notFinal: true, monophthong: true },
  { name: 'aw/o', from: 'aw', to: 'o', beforeConsonant: true, notFirst: true },
  { name: 'aw/o', from: 'au', to: 'o', beforeConsonant: true, notFirst: true },
  { name: 'aw/o', from: 'ow', to: 'o', beforeConsonant: true, notFirst: true },
  // French ou before a vowel is w (Anouar / Anwar, Ouedraogo / Wedraogo, Diaouara / Jawara).
  { name: 'ou/w', from: 'ou', to: 'w', beforeVowel: true },
  // English and French qu for q, and a silent final -que (Shafique / Shafiq, Haque / Haq, Siddiqui / Siddiqi).
  { name: 'qu/q', from: 'que', to: 'q', final: true },
  { name: 'qu/q', from: 'qu', to: 'q', beforeVowel: true },
  // Akan and other Ghanaian orthographies write kw where English and French write qu or kou (Kwarshie / Quarshie,
  // Kwaku / Quaku).
  { name: 'kw/qu', from: 'kw', to: 'qu', beforeVowel: true },
  // French gn is the ny of English spelling (Gnassingbé / Nyassingbe, Gniang / Nyang).
  { name: 'gn/ny', from: 'gn', to: 'ny', beforeVowel: true },
  // The vowel before the Allah of an Arabic compound name is a case ending or the article, and writers put u, o, a or e
  // (Abdullah / Abdallah / Abdollah, Ruhullah / Ruhallah, Fazlullah / Fazlallah, Khairullah / Kheirallah); Uzbek and
  // Tajik end it in -ullo (Abdullo, Nasrullo, Ruhullo). Never at the start: Alla, Ella are names of their own.
  { name: 'ullah', from: 'allah', to: 'ullah', notFirst: true },
  { name: 'ullah', from: 'ellah', to: 'ullah', notFirst: true },
  { name: 'ullah', from: 'alla', to: 'ulla', final: true, notFirst: true, minLength: 7 },
  { name: 'ullah', from: 'ella', to: 'ulla', final: true, notFirst: true, minLength: 7 },
  { name: 'ullah', from: 'ullo', to: 'ulla', final: true, minLength: 6 },
  // Tajik and Uzbek write the Persian long a as o (Rahmon / Rahman, Bahrom / Bahram, Dilshod / Dilshad, Nodir / Nadir,
  // Rakhmonov / Rakhmanov), Bengali its inherent vowel as o (Prodip / Pradip, Prokash / Prakash), Belarusian an
  // unstressed o as a (Raman / Roman): inside the name only — a first or last a / o is another name (Omar / Amar,
  // Mario / Maria, Karlo / Karla) — and in an open syllable or a last closed one, as the long a stands (the Jon of
  // Jonsson is no Jan).
  { name: 'a/o', from: 'o', to: 'a', notFirst: true, notFinal: true, notAfter: 'aeiou', openSyllable: true, minLength: 5, vowel: true },
  // Anglo-Indian spelling before the Hunterian system wrote the short a of Indic names as u, most of all before a nasal
  // (Mohun / Mohan, Chunder / Chander, Sunder / Sundar, Gunga / Ganga): a last -un, an -und- or -ung- inside the name.
  { name: 'u/a', from: 'un', to: 'an', final: true, notAfter: 'aeiou', minLength: 5, vowel: true },
  { name: 'u/a', from: 'und', to: 'and', notFirst: true, notAfter: 'aeiou', minLength: 5, vowel: true },
  { name: 'u/a', from: 'ung', to: 'ang', notFirst: true, notAfter: 'aeiou', minLength: 5, vowel: true },
  // Cyrillic ц, written c by ISO 9, the scientific system and the Latin alphabets of Serbian, Croatian, Polish and
  // Czech, ts or tz by English- and German-style systems (Cvetkova / Tsvetkova, Lubenec / Lubenets): a c before a
  // consonant that makes no Latin cluster with it, and a final -ec. (Before e, i, y the skeleton reads c as ts already;
  // before a, o, u a c is the k of most Latin names, and Kuznecov / Kuznetsov is a typo's distance anyway.)
  { name: 'ts/c', from: 'c', to: 'ts', beforeConsonant: true, notFinal: true, notBefore: 'hkszlrtq', otherWritesTo: true },
  { name: 'ts/c', from: 'ec', to: 'ets', final: true, otherWritesTo: true },
  // Cyrillic х, written ch by German, Polish and Czech spelling where English-style systems write kh (Chodorkowski /
  // Khodorkovsky, Chrustaljow / Khrustalev): ch not before e, i, y, in longer words (a short ch word is as often a
  // Chinese syllable or an English name).
  { name: 'kh/ch', from: 'ch', to: 'kh', notBefore: 'eiy', minLength: 7 },
  // Latin x for ks in names from Cyrillic and Greek (Xenia / Ksenia, Maxim / Maksim, Alexei / Aleksei).
  { name: 'x/ks', from: 'x', to: 'ks', minLength: 4 },
  // ---- South Asian, Persian, Maghrebi endings (romB) ----
  // Hindi -endra, -indra as Punjabi and everyday spelling writes it, -ender, -inder (Dharmendra / Dharmender, Rajendra /
  // Rajinder, Surendra / Surinder). Not after a, o, u: Alexandra / Alexander, Sandra / Sander are a woman's and a man's name.
  { name: '-endra/-inder', from: 'ndra', to: 'nder', final: true, notAfter: 'aou', minLength: 7 },
  // Tamil -iam for the -ian of Sanskrit-derived names (Balasubramaniam / Balasubramanian, Ratnasingam is no case:
  // only after i), in long names.
  { name: '-iam/-ian', from: 'iam', to: 'ian', final: true, minLength: 8, exact: true },
  // Persian writes the feminine -iyya as -iyeh, Urdu and Arabic usage as -iya, -iyah (Sadiyeh / Sadiya, Marziyeh / Marziya,
  // Raziyeh / Raziya, Roqiyeh / Ruqiya): the glide and ending, the rest of the name alike.
  { name: '-eh/-a', from: 'yeh', to: 'ya', final: true, notAfter: 'y', minLength: 6 },
  // French spelling of Maghrebi names closes a final -an with a silent e (Chabane / Shaban, Othmane / Othman, Slimane /
  // Sliman, Adnane / Adnan). Not after i or e, where -iane, -eane are French women's names of their own (Liliane /
  // Lilian, Christiane / Christian).
  { name: '-ane/-an', from: 'ane', to: 'an', final: true, notAfter: 'ie', minLength: 6 },
  // A word-initial Cyrillic е written je by German, Polish and South Slavic spelling, ye or e by English-style
  // systems (Jeschow / Yezhov / Ezhov, Jefremow / Yefremov, Jelzin / Yeltsin): the skeleton already reads ye and ie as
  // e. Not before b, m, n, h: there je is the Arabic and Turkish consonant (Jebril, Jemal, Jenan, Jehad).
  { name: 'je/e', from: 'je', to: 'e', first: true, beforeConsonant: true, notBefore: 'bmnh', minLength: 5 },
  // A word-initial Cyrillic ё written yo by English-style and Uzbek Latin spelling, e by Russian and Uzbek passports
  // of the 1990s, which write ё as е (Yokubov / Ekubov, Yormatov / Ermatov, Yoqubova / Ekubova). Before a consonant
  // only (You-, Yoa- are no ё), and in longer words (Yonas is no Enas).
  { name: 'yo/e', from: 'yo', to: 'e', first: true, beforeConsonant: true, vowel: true, minLength: 6 },
  // The same ё after a consonant, written yo (or io) or e (Grachyov / Grachev, Zhuravlyov / Zhuravlev, Fyodor / Fedor).
  { name: 'yo/e', from: 'yo', to: 'e', notFirst: true, notAfter: 'aeiouy', beforeConsonant: true, vowel: true, minLength: 6 },
  // (and written jo by German, Czech and scholarly spelling, io by Polish and French: Semjonovič, Artjomovič, Aksionov,
  // Gracziow / Semenovich, Artemovich, Aksenov, Grachev — only in a word with a Russian or Ukrainian surname or
  // patronymic ending, where a jo or io is no Western name's own: Marion is no Maren, Bjornsson no Bernsson)
  {
    name: 'yo/e',
    from: 'jo',
    to: 'e',
    notFirst: true,
    notAfter: 'aeiouy',
    beforeConsonant: true,
    vowel: true,
    minLength: 6,
    endsIn: SLAVIC_ENDINGS_NOT_POLISH,
  },
  {
    name: 'yo/e',
    from: 'io',
    to: 'e',
    notFirst: true,
    notAfter: 'aeiouy',
    beforeConsonant: true,
    vowel: true,
    minLength: 6,
    endsIn: SLAVIC_ENDINGS_NOT_POLISH,
  },
  // (after и, where passports of the 1990s write the ё of -иё- as e: Bakhtiyorovich / Bakhtierovich)
  { name: 'yo/e', from: 'iyo', to: 'ie', notFirst: true, beforeConsonant: true, vowel: true, minLength: 8, endsIn: SLAVIC_ENDINGS },
  // Ukrainian and Belarusian г is h where Russian has g, in the Ukrainian and the Russian form of one name (Hnatiuk /
  // Gnatyuk, Hrytsenko / Gritsenko, Hladkyi / Gladkiy): a leading h before a consonant, which no Russian-style
  // spelling writes. Not before s, w, y (Hsu, Hsieh are Wade-Giles; Hwang, Hyun Korean) nor h.
  { name: 'g/h', from: 'h', to: 'g', first: true, beforeConsonant: true, notBefore: 'hswy', minLength: 5 },
  // The same before a vowel only in a Ukrainian family name (-uk, -iuk, -chuk, -enko, -ko: Havryliuk / Gavrilyuk,
  // Hordiienko / Gordienko): elsewhere a leading h before a vowel is an Arabic, Turkish or Western name's own (Hasan,
  // Halil, Hill are no Gasan, Galil, Gill by this rule).
  { name: 'g/h', from: 'h', to: 'g', first: true, beforeVowel: true, endsIn: ['uk', 'ko'], minLength: 6 },
];

/** Spellings of the table's Arabic, Persian and Turkic given names (LetterRule.toNamed), made on first use. */
let named: ReadonlySet<string> | undefined;
const NAMED_SECTIONS: ReadonlySet<string> = new Set(['arabic-given', 'persian-given', 'turkic-given']);
function namedInTable(spelling: string): boolean {
  named ??= new Set(NAME_EQUIVALENTS.filter((g) => NAMED_SECTIONS.has(g.section)).flatMap((g) => g.spellings));
  return named.has(spelling);
}

const VOWELS = 'aeiouy';
/** A variant is sought only for tokens of at least this length: shorter ones are as often two names. */
export const MIN_RULE_LENGTH = 4;
/** At most this many variants of one token (each a skeleton to compute, or a bucket to look up). */
const MAX_VARIANTS = 12;
/** At most this many read backwards (for candidate search only: each a bucket to look up for a payment's word). */
const MAX_REVERSE_VARIANTS = 8;

export interface Variant {
  readonly spelling: string;
  readonly rule: string;
  /** The variant must be the other token as written (LetterRule.exact). */
  readonly exact: boolean;
  /** The variant's vowels must be the other token's (LetterRule.vowel). */
  readonly vowel: boolean;
  /** The other token must write this (LetterRule.otherWritesTo), or undefined. */
  readonly writes?: string;
  /** The other token's one other vowel may differ only as e / i (LetterRule.monophthong). */
  readonly monophthong: boolean;
}

/** Whether `rule` may rewrite its `from` at `at` of `token` (which holds it there). */
function applies(rule: LetterRule, token: string, at: number): boolean {
  const end = at + rule.from.length;
  if (rule.minLength !== undefined && token.length < rule.minLength) return false;
  if (rule.minAt !== undefined && at < rule.minAt) return false;
  if (rule.final === true && end !== token.length) return false;
  if (rule.endsIn !== undefined && !rule.endsIn.some((e) => token.endsWith(e))) return false;
  if (rule.beforeVowel === true && (end >= token.length || !VOWELS.includes(token[end]))) return false;
  if (rule.beforeConsonant === true && end < token.length && VOWELS.includes(token[end])) return false;
  if ((rule.notFirst === true && at === 0) || (rule.first === true && at !== 0) || (rule.notFinal === true && end === token.length)) return false;
  if (rule.notAfter !== undefined && at > 0 && rule.notAfter.includes(token[at - 1])) return false;
  if (rule.notBeforeLast !== undefined && end === token.length - 1 && rule.notBeforeLast.includes(token[end])) return false;
  if (rule.openSyllable === true && !beforeOneConsonant(token, end)) return false;
  return rule.notBefore === undefined || end >= token.length || !rule.notBefore.includes(token[end]);
}

/** Whether token[end…] is one consonant (a letter and h: a digraph) followed by a vowel or the end. */
function beforeOneConsonant(token: string, end: number): boolean {
  if (end >= token.length || VOWELS.includes(token[end])) return false;
  const next = token[end + 1] === 'h' ? end + 2 : end + 1;
  return next >= token.length || VOWELS.includes(token[next]);
}

/** The token with one letter rule applied at one place, each way it can be (bounded). */
export function letterVariants(token: string): readonly Variant[] {
  if (token.length < MIN_RULE_LENGTH) return NO_VARIANTS;
  let out: Variant[] | undefined;
  for (const rule of LETTER_RULES) {
    for (let at = token.indexOf(rule.from); at >= 0; at = token.indexOf(rule.from, at + 1)) {
      if (!applies(rule, token, at)) continue;
      const spelling = token.slice(0, at) + rule.to + token.slice(at + rule.from.length);
      if (rule.toNamed === true && !namedInTable(spelling)) continue;
      (out ??= []).push({
        spelling,
        rule: rule.name,
        exact: rule.exact === true,
        vowel: rule.vowel === true,
        monophthong: rule.monophthong === true,
        ...(rule.otherWritesTo === true ? { writes: rule.to } : {}),
      });
      if (out.length >= MAX_VARIANTS) return out;
    }
  }
  return out ?? NO_VARIANTS;
}
const NO_VARIANTS: readonly Variant[] = [];

/**
 * The spellings a listed token may have that one letter rule turns into `token`: the rules read backwards (`to` →
 * `from`, where the rule applies to the result), bounded. The scorer applies each rule to either token of a pair;
 * candidate search starts from the payment's token alone, and must look for both (Kompaore finds Kompaoray, whose
 * ay the rule writes e; Rames finds Ramesh).
 */
export function reverseLetterVariants(token: string): readonly Variant[] {
  if (token.length < MIN_RULE_LENGTH) return NO_VARIANTS;
  let out: Variant[] | undefined;
  for (const rule of LETTER_RULES) {
    for (let at = token.indexOf(rule.to); at >= 0; at = token.indexOf(rule.to, at + 1)) {
      const spelling = token.slice(0, at) + rule.from + token.slice(at + rule.to.length);
      if (!applies(rule, spelling, at) || (rule.toNamed === true && !namedInTable(token)) || out?.some((v) => v.spelling === spelling) === true) continue;
      (out ??= []).push({ spelling, rule: rule.name, exact: rule.exact === true, vowel: rule.vowel === true, monophthong: rule.monophthong === true });
      if (out.length >= MAX_REVERSE_VARIANTS) return out;
    }
  }
  return out ?? NO_VARIANTS;
}

const VARIANTS_KEPT = 50_000;

/** Variants kept per token (bounded): a listed token is compared with many payments. */
const variantsOf = boundedMemo(VARIANTS_KEPT, letterVariants);

/** Skeleton and vowel key of a variant spelling, kept (bounded). */
const keysOfVariant = boundedMemo(VARIANTS_KEPT, (spelling): readonly [string, string] => [computeRomanisationKey(spelling), computeVowelKey(spelling)]);

/**
 * The letter rule by which `a` (skeleton `ar`, vowel key `av`) and `b` are one name, or undefined. Cheap first:
 * the two skeletons must be nearly the same (one letter class changed, added or dropped) before any variant is made.
 * @param vowelRules whether the vowel rules may answer (not when either token was written with marks).
 */
export function letterRuleMatch(a: string, ar: string, av: string, b: string, br: string, bv: string, vowelRules = true): string | undefined {
  if (a.length < MIN_RULE_LENGTH || b.length < MIN_RULE_LENGTH || ar.length < 3 || br.length < 3) return undefined;
  if (!nearlySame(ar, br)) return undefined;
  return oneWay(a, b, br, bv, vowelRules) ?? oneWay(b, a, ar, av, vowelRules);
}

function oneWay(from: string, to: string, toRoman: string, toVowels: string, vowelRules: boolean): string | undefined {
  for (const v of variantsOf(from)) {
    if (v.exact) {
      if (v.spelling === to) return v.rule;
      continue;
    }
    if ((v.vowel && !vowelRules) || (v.writes !== undefined && !to.includes(v.writes))) continue;
    const [r, vk] = keysOfVariant(v.spelling);
    if (r === toRoman && (v.vowel ? vk === toVowels : vowelKeysCompatible(vk, toVowels, v.monophthong ? MONOPHTHONG_VOWELS : undefined))) return v.rule;
  }
  return undefined;
}

/**
 * Whether two skeletons differ by at most two letter classes changed, added or dropped, all at one place: the cheap
 * test letterRuleMatch starts with (callers use it first to spare working out vowel keys).
 */
export function nearlySame(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  if (a === b) return true;
  let p = 0;
  while (p < la && p < lb && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let ea = la;
  let eb = lb;
  while (ea > p && eb > p && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  return ea - p <= 2 && eb - p <= 2;
}

/**
 * The first name of an -ud-din compound written as one word (nasr of Nasreddine), or undefined: a vowel, the article's
 * l or assimilated d (Turkish t), d or t and -in / -een / -ine / -yn, behind a first name of three letters or more.
 */
export function udDinStem(t: string): string | undefined {
  const n = t.length;
  if (n < 7) return undefined;
  const last = t.charCodeAt(n - 1);
  if (last !== 110 /* n */ && !(last === 101 /* e */ && t.charCodeAt(n - 2) === 110)) return undefined;
  const m = UD_DIN_ENDING.exec(t);
  return m === null || m.index < 3 ? undefined : t.slice(0, m.index);
}
const UD_DIN_ENDING = /[aeiou](?:l?d|dd|tt)(?:i|ee|y)ne?$/;

/**
 * The first name of an Arabic compound written as one word, for candidate search: the name before -ud-din (Nasreddine)
 * or before Allah (Habibullah, Wahidullah, Amanollah), which a list may write apart (Nasr al-Din, Habib Allah), or
 * undefined. Names before Allah of four letters or more (Abdullah and Ruhullah are names of their own).
 */
export function compoundFirstName(t: string): string | undefined {
  const stem = udDinStem(t);
  if (stem !== undefined) return stem;
  const m = t.length >= 8 ? ALLAH_ENDING.exec(t) : null;
  return m === null || m.index < 4 ? undefined : t.slice(0, m.index);
}
const ALLAH_ENDING = /[aeiou]ll(?:ah?|o|oh)$/;

/**
 * The name after Abd and its article in an Arabic compound written as one word, or undefined: the article as al, el,
 * ul, ol (Abdulsalam, Abdelsalam), assimilated to a sun letter it doubles (Abdessalam, Abdussalam, Abderrahmane) or
 * written as its vowel alone (Abdusalam, Abdurahman). "Servant of the Peace", however the article is heard: the
 * Maghreb writes es, ed, er where the Gulf writes al and Pakistan ul or us. A name of MIN_ABD_NAME letters or more,
 * not starting with l (Abdallah, Abdullah are names of their own).
 */
export function abdRest(t: string): string | undefined {
  if (t.length < MIN_ABD_NAME + 4 || t.charCodeAt(0) !== 97 || t.charCodeAt(1) !== 98 || t.charCodeAt(2) !== 100) return undefined;
  if (!'aeiou'.includes(t[3])) return undefined;
  const c = t[4];
  const rest = c === 'l' ? t.slice(5) : ABD_SUN_LETTERS.includes(c) ? (t[5] === c ? t.slice(5) : t.slice(4)) : undefined;
  return rest === undefined || rest.length < MIN_ABD_NAME || rest.startsWith('l') ? undefined : rest;
}
const MIN_ABD_NAME = 3;
/** The sun letters an assimilated article doubles, as the names after Abd have them (t, d, r, z, s, n; sh and th as s, t). */
const ABD_SUN_LETTERS = 'tdrzsn';

/**
 * The name after Abu ("father of") in a compound written as one word, or undefined: Abu, Abou, Abo, and the Bu, Bou
 * of Gulf and Maghrebi speech, which drop the a (Abughazala, Bu Ghazala joined, Boughazala: one name). A name of
 * MIN_ABU_NAME letters or more (five after a bare bu, which starts many words of its own).
 */
export function abuRest(t: string): string | undefined {
  // (letter by letter: the scorer asks for every pair of words not alike otherwise)
  let head: number;
  const c0 = t.charCodeAt(0);
  if (c0 === 97 /* a */ && t.charCodeAt(1) === 98 /* b */) {
    const c2 = t.charCodeAt(2);
    if (c2 === 111 /* o */) head = t.charCodeAt(3) === 117 /* u */ ? 4 : 3;
    else if (c2 === 117 /* u */) head = 3;
    else return undefined;
  } else if (c0 === 98 /* b */) {
    const c1 = t.charCodeAt(1);
    if (c1 === 117 /* u */) head = 2;
    else if (c1 === 111 /* o */ && t.charCodeAt(2) === 117) head = 3;
    else return undefined;
  } else return undefined;
  return t.length - head >= (head === 2 ? MIN_ABU_NAME + 1 : MIN_ABU_NAME) ? t.slice(head) : undefined;
}
const MIN_ABU_NAME = 4;

/**
 * The joined spellings of Abd + article + `name` a list may hold (Abdulsalam, Abdelsalam, Abdessalam, Abdussalam,
 * Abdusalam), for candidate search: abdRest read backwards.
 */
export function abdSpellings(name: string): readonly string[] {
  const out = ['abdul' + name, 'abdel' + name, 'abdal' + name, 'abdu' + name];
  const c = name[0];
  if (ABD_SUN_LETTERS.includes(c)) out.push(`abde${c}${name}`, `abdu${c}${name}`, `abda${c}${name}`);
  return out;
}

// ---- Derived names ----

/**
 * Surname suffixes, each written several ways, by the suffix they are (the first spelling names it). Masculine and
 * feminine forms (-ov / -ova) are different suffixes: a man's and a woman's surname of one family are one family
 * name, but the table of spellings does not need to say so.
 */
export const DERIVED_SUFFIXES: readonly (readonly string[])[] = [
  ['ov', 'ev', 'yev', 'iev', 'jev', 'ow', 'ew', 'off', 'eff'],
  ['ova', 'eva', 'yeva', 'ieva', 'jeva', 'owa', 'ewa'],
  ['zade', 'zadeh', 'zada', 'zoda', 'zadah'],
  ['zai', 'zay', 'zaee', 'zey', 'zei'],
  ['li', 'ly', 'lu', 'lou'],
  ['i', 'y', 'ee', 'ie', 'iy'],
  ['jon', 'dzhon', 'zhon', 'djon', 'jan', 'dzhan', 'zhan'],
  ['bek', 'beg', 'bey', 'bik'],
  // Pashto khel, the clan (Sulaimankhel, Ahmadzai and Ahmadkhel are two clans of one name).
  ['khel', 'khail', 'khil', 'kheil', 'kheyl'],
  // Persian -pour (پور, "son of": Hosseinpour, Rezapour), the long u written ou, u or oo; and -nejad (نژاد, "lineage":
  // Alinejad, Karimnejad), its ژ written j, zh or jh and its e as i (Tajik -nizhod).
  ['pour', 'pur', 'poor'],
  ['nejad', 'nezhad', 'nejhad', 'nijad', 'nizhad', 'nezhaad', 'nejaad', 'nizhod'],
];

/** Spelling → suffix index, longest spellings first so that -yev is not read as -v. */
const SUFFIX_SPELLINGS: readonly (readonly [string, number])[] = DERIVED_SUFFIXES.flatMap((spellings, index) => spellings.map((s) => [s, index] as const)).sort(
  (x, y) => y[0].length - x[0].length,
);

/** A stem shorter than this says too little (Ali is no stem of Al + i). */
const MIN_STEM_LENGTH = 3;

export interface Derived {
  readonly stem: string;
  readonly suffix: number;
}

/**
 * The ways `token` reads as a stem and a suffix, for which `known(stem)` holds (the stem is a name the table
 * knows), longest suffix first.
 */
export function derivedReadings(token: string, known: (stem: string) => boolean): readonly Derived[] {
  let out: Derived[] | undefined;
  for (const [spelling, suffix] of SUFFIX_SPELLINGS) {
    if (!token.endsWith(spelling)) continue;
    const stem = token.slice(0, token.length - spelling.length);
    if (stem.length < MIN_STEM_LENGTH || !known(stem)) continue;
    (out ??= []).push({ stem, suffix });
  }
  return out ?? NO_DERIVED;
}
const NO_DERIVED: readonly Derived[] = [];
