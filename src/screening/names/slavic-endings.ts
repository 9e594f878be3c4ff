/**
 * Endings of Russian, Ukrainian and Central Asian surnames and patronymics as the romanisation systems write them.
 *
 * Several sets, because each answers a different question and a wider set would give a wrong answer to one of them:
 * - which system a whole payment name is written in (cyrillic-systems): GERMAN_ENDING, SLAVIC_ENDING, POLISH_ENDING,
 *   POLISH_IN_ENDING, and SLAVIC_SIGN_ENDING, the only one that lets a j count as a sign;
 * - whether a listed word carries a sign of the German or Polish system itself: LISTED_SLAVIC_ENDING, without the
 *   English-style -ov, so that only a word spelt the system's way is read;
 * - whether a word has the Slavic shape a letter rule needs (romanisation-rules): SLAVIC_ENDINGS, every system's spelling.
 * A change to one is a change to that question only.
 */

/**
 * German endings of Slavic surnames and patronymics: -owa, -ewa, -witsch, -owna, -ewna, and -ow, -ew but not as English
 * names end (Barlow, Morrow, Andrew, Matthew, Bristow, Agnew, Askew: -low, -tow, -rrow, -lew, -hew, -rew, -tew, -new,
 * -kew). (-now and -row stay German: Iwanow, Petrow, Kadyrow.)
 */
export const GERMAN_ENDING = /(?:[oe]wa|witsch|[oe]wna|[^lhrtnk]ew|[^ltw]ow)$/;

/** Slavic and Kazakh endings of surnames and patronymics, as any system writes them (-ov, -eva, -ovich, -ovna, -uly). */
export const SLAVIC_ENDING = /(?:[oe]va?|[oe]vi(?:t?ch|c)|[oe]vn[ae]|uly|[kq]yzy)$/;

/**
 * Polish spellings of Russian and Ukrainian surname and patronymic endings: -ow, -ew, -owa, -owicz, -ewicz, -owna, and
 * the Ukrainian -owycz, -iwna, -czuk (Serhijowycz, Hennadijiwna, Szewczuk).
 */
export const POLISH_ENDING = /(?:[oe]wa?|[oe]wicz|[oe]wycz|[oe]wna|[iy]wna|czuk)$/;

/** -in, -yn, -ina, -yna: a Russian surname's ending only on a word that is spelt the Polish way itself (Szczukin). */
export const POLISH_IN_ENDING = /[iy]na?$/;

/**
 * Surname and patronymic endings of Russian, Ukrainian and Central Asian names as German and Polish spelling writes
 * them (-ow, -ew, -owa, -ewa, -owitsch, -owna, -owicz, -owycz, -owytsch, -iwna, -enko, -uk, -skij, -skyj, -ski):
 * no English-style system ends so. (-low and -tow too, Toktogulow, Bekmuratow, which Barlow and Bristow share: the name
 * must show a spelling of the system besides; not -lew, -hew, -rew, -tew, -new: Andrew, Matthew, Agnew.)
 */
export const LISTED_SLAVIC_ENDING = /(?:[^w]ow|[^lhrtnk]ew|[oe]wa|[oe]witsch|[oe]wna|[oe]wicz|[oe]wycz|[oe]wytsch|iwna|enko|[^aeiouy]uk|sk[iy]j?|[cz]kyj)$/;

/**
 * Russian and Ukrainian surname and patronymic endings as the romanisation systems write them (-ov, -ow, -ova, -owa,
 * -ovich, -ovič read as -ovic, -owicz, -owitsch, -ovitch, -ovna, -in, -ina, -sky, -skij), for rules that hold only in
 * a word of Slavic shape.
 */
export const SLAVIC_ENDINGS: readonly string[] = [
  'ov',
  'ev',
  'ow',
  'ew',
  'ova',
  'eva',
  'owa',
  'ewa',
  'ovich',
  'evich',
  'ovic',
  'evic',
  'owicz',
  'ewicz',
  'owitsch',
  'ewitsch',
  'ovitch',
  'evitch',
  'ovna',
  'evna',
  'owna',
  'ewna',
  'in',
  'ina',
  'yn',
  'yna',
  'sky',
  'skiy',
  'skij',
  'ski',
  'skyj',
];

/**
 * Endings that say a Slavic name on their own, as German, Polish and scholarly spelling write them: -uk, -enko, -yj,
 * -ij, -ow, -ewa, -itsch. A j is read as й, я, ю only with one of these or a second j (Lessja Zymbaljuk): a j alone is
 * as often Scandinavian, Dutch or Punjabi (Kjellberg, Tjaden, Vij).
 */
export const SLAVIC_SIGN_ENDING = /(?:uk|enko|[^aeiouy][iy]j|[^ltw]ow|ewa|itsch)$/;

/**
 * SLAVIC_ENDINGS but Polish surnames' own -ski, -ska, -owicz, -ewicz: a Polish io is the Polish word's own (Ziobrowski,
 * Biorkowski, Miodowski, Piotrowicz are no Zebrovski, Berkovsky, Medovsky, Petrovich), only a Russian ending after it
 * says the io spells ё (Gracziow, Aksionow).
 */
export const SLAVIC_ENDINGS_NOT_POLISH: readonly string[] = SLAVIC_ENDINGS.filter((e) => !['ski', 'ska', 'owicz', 'ewicz'].includes(e));

/** A Polish surname's own ending, which keeps g and h apart (Grabowski and Hrabowski are two names). */
export const POLISH_SURNAME_ENDING = /(?:sk[ia]|wicz)$/;
