/**
 * Names written in Cyrillic (Russian, Ukrainian, Kazakh, Uzbek, Kyrgyz, Tajik) and the romanisation systems that
 * carry them into Latin letters: BGN/PCGN, the passport systems (ICAO 2013 and the older one), English press habit,
 * German (Duden), French, Polish and Czech habit, library transliteration, the Ukrainian national system, and the
 * Uzbek and Kazakh Latin alphabets. Each system is written here from general knowledge of it (simplified where noted).
 */

export type CyrLang = 'ru' | 'uk' | 'kz' | 'uz' | 'kg' | 'tj';

export interface CyrSystem {
  name: string;
  map: Record<string, string>;
  /** е / є after a vowel, ь, ъ or at the start */
  eInitial: string;
  /** ё after a consonant / at the start or after a vowel */
  yoAfterCons: string;
  yoInitial: string;
  /** word-final -ий, -ый, and й after a vowel at the end */
  endIy: string;
  endYy: string;
  finalJ: string;
  /** кс as x (Alexander) */
  ksAsX: boolean;
  /** с between vowels doubled (German, French) */
  sDouble: boolean;
  /** French gu before е, и, ы */
  guBeforeFront: boolean;
  /** Ukrainian г and и: how this system writes them in a Ukrainian name */
  ukH: string;
  ukY: string;
}

const RUSSIAN_BASE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian letters
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  "'": '',
  '’': '',
  // Central Asian letters, folded the Russian way
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ў: 'u',
  ҳ: 'kh',
  ҷ: 'dzh',
  ӣ: 'i',
  ӯ: 'u',
};

function system(name: string, over: Partial<CyrSystem> & { map?: Record<string, string> }): CyrSystem {
  return {
    name,
    eInitial: 'ye',
    yoAfterCons: 'e',
    yoInitial: 'yo',
    endIy: 'iy',
    endYy: 'yy',
    finalJ: 'y',
    ksAsX: false,
    sDouble: false,
    guBeforeFront: false,
    ukH: 'g',
    ukY: 'i',
    ...over,
    map: { ...RUSSIAN_BASE, ...(over.map ?? {}) },
  };
}

export const CYRILLIC_SYSTEMS: Record<string, CyrSystem> = Object.fromEntries(
  [
    system('bgn', { ukH: 'h', ukY: 'y' }),
    system('icao', {
      eInitial: 'e',
      yoInitial: 'e',
      endIy: 'ii',
      endYy: 'yi',
      finalJ: 'i',
      map: { й: 'i', ъ: 'ie', ю: 'iu', я: 'ia', ї: 'i', є: 'ie' },
      ukH: 'h',
      ukY: 'y',
    }),
    system('passport1997', { yoInitial: 'e', map: {} }),
    system('english', { yoAfterCons: 'yo', endIy: 'y', endYy: 'y', finalJ: 'i', ksAsX: true }),
    system('german', {
      eInitial: 'je',
      yoAfterCons: 'jo',
      yoInitial: 'jo',
      endIy: 'ij',
      endYy: 'yj',
      finalJ: 'j',
      sDouble: true,
      ukH: 'h',
      ukY: 'y',
      map: { в: 'w', ж: 'sch', з: 's', й: 'j', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ю: 'ju', я: 'ja', є: 'je', ї: 'ji', ҳ: 'ch', ҷ: 'dsch' },
    }),
    system('french', {
      eInitial: 'ie',
      yoAfterCons: 'io',
      yoInitial: 'io',
      endIy: 'i',
      endYy: 'y',
      finalJ: 'ï',
      sDouble: true,
      guBeforeFront: true,
      map: { ж: 'j', й: 'i', у: 'ou', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ю: 'iou', я: 'ia', ў: 'ou', ұ: 'ou', ү: 'ou', ҷ: 'dj' },
    }),
    system('polish', {
      eInitial: 'je',
      yoAfterCons: 'io',
      yoInitial: 'jo',
      endIy: 'ij',
      endYy: 'yj',
      finalJ: 'j',
      ukH: 'h',
      ukY: 'y',
      map: { в: 'w', ж: 'ż', й: 'j', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz', ю: 'ju', я: 'ja', є: 'je', ї: 'ji', ҳ: 'ch' },
    }),
    system('czech', {
      eInitial: 'je',
      yoAfterCons: 'jo',
      yoInitial: 'jo',
      endIy: 'ij',
      endYy: 'yj',
      finalJ: 'j',
      ukH: 'h',
      ukY: 'y',
      map: { ж: 'ž', й: 'j', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ю: 'ju', я: 'ja', є: 'je', ї: 'ji', ҳ: 'ch' },
    }),
    system('library', {
      eInitial: 'e',
      yoInitial: 'e',
      endIy: 'ii',
      endYy: 'yi',
      finalJ: 'i',
      ukH: 'h',
      ukY: 'y',
      map: { й: 'i', ю: 'iu', я: 'ia', ь: "'", ї: 'i', є: 'ie' },
    }),
    system('ukrainian', { endIy: 'ii', finalJ: 'i', ukH: 'h', ukY: 'y', map: { й: 'i', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' } }),
    system('uzbek-latin', {
      eInitial: 'ye',
      yoAfterCons: 'yo',
      endIy: 'iy',
      endYy: 'iy',
      finalJ: 'y',
      ukH: 'h',
      map: { ж: 'j', х: 'x', ц: 'ts', ъ: "'", ы: 'i', ў: "o'", қ: 'q', ғ: "g'", ҳ: 'h', ҷ: 'j' },
    }),
    system('kazakh-latin', {
      eInitial: 'e',
      yoAfterCons: 'io',
      yoInitial: 'io',
      endIy: 'i',
      endYy: 'y',
      finalJ: 'i',
      ukH: 'h',
      map: {
        ә: 'ä',
        ғ: 'ğ',
        қ: 'q',
        ң: 'ñ',
        ө: 'ö',
        ұ: 'ū',
        ү: 'ü',
        һ: 'h',
        і: 'ı',
        ж: 'j',
        й: 'i',
        х: 'h',
        ц: 'ts',
        ч: 'ç',
        ш: 'ş',
        щ: 'şş',
        ю: 'iu',
        я: 'ia',
      },
    }),
  ].map((s) => [s.name, s]),
);

/** The Ukrainian national system writes these letters differently at the start of a word. */
const UK_NATIONAL_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const VOWELS = new Set([...'аеёиоуыэюяіїєәөұүӯӣў']);

/** Romanises one Cyrillic word (given in natural capitalisation) through a system. */
export function romaniseCyrillic(word: string, sys: CyrSystem, lang: CyrLang): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const prev = lower[i - 1];
    const next = lower[i + 1];
    const atStart = i === 0 || prev === '-' || prev === ' ';
    const afterVowelOrSign = atStart || (prev !== undefined && (VOWELS.has(prev) || prev === 'ь' || prev === 'ъ' || prev === "'" || prev === '’'));
    const atEnd = i === lower.length - 1 || next === '-' || next === ' ';
    if (ch === '-' || ch === ' ') {
      out += ch;
      continue;
    }
    if (atStart && sys.name === 'ukrainian' && UK_NATIONAL_INITIAL[ch] !== undefined) {
      out += UK_NATIONAL_INITIAL[ch];
      continue;
    }
    if (ch === 'и' && next === 'й' && i + 2 === lower.length) {
      out += lang === 'uk' ? sys.ukY + (sys.finalJ === 'ï' ? 'ï' : sys.finalJ) : sys.endIy;
      i += 1;
      continue;
    }
    if (ch === 'і' && next === 'й' && i + 2 === lower.length) {
      out += 'i' + (sys.finalJ === 'ï' ? 'ï' : sys.finalJ);
      i += 1;
      continue;
    }
    if (ch === 'ы' && next === 'й' && i + 2 === lower.length) {
      out += sys.endYy;
      i += 1;
      continue;
    }
    if (ch === 'й' && atEnd && prev !== undefined && VOWELS.has(prev)) {
      out += sys.finalJ;
      continue;
    }
    if (ch === 'к' && next === 'с' && sys.ksAsX) {
      out += 'x';
      i += 1;
      continue;
    }
    if (ch === 'є') {
      out += afterVowelOrSign ? sys.map['є']! : sys.map['є']!.replace(/^[yj]/, 'i');
      continue;
    }
    if (ch === 'е') {
      // Ukrainian е is a plain e; Russian е is iotated at the start and after a vowel or a sign.
      out += lang !== 'uk' && afterVowelOrSign ? sys.eInitial : 'e';
      continue;
    }
    if (ch === 'ё') {
      out += afterVowelOrSign ? sys.yoInitial : sys.yoAfterCons;
      continue;
    }
    if (ch === 'г' && lang === 'uk') {
      out += sys.ukH;
      continue;
    }
    if (ch === 'и' && lang === 'uk') {
      out += sys.ukY;
      continue;
    }
    if (ch === 'ї') {
      out += atStart || afterVowelOrSign ? sys.map['ї']! : sys.map['ї']!.replace(/^[yj]/, '');
      continue;
    }
    if (ch === 'г' && sys.guBeforeFront && next !== undefined && 'еиыэ'.includes(next)) {
      out += 'gu';
      continue;
    }
    if ((ch === 'ю' || ch === 'я') && !afterVowelOrSign && sys.name === 'bgn') {
      out += sys.map[ch]!;
      continue;
    }
    if (ch === 'с' && sys.sDouble && prev !== undefined && next !== undefined && VOWELS.has(prev) && VOWELS.has(next)) {
      out += 'ss';
      continue;
    }
    const r = sys.map[ch];
    out += r ?? ch;
  }
  return out
    .split(/([- ])/)
    .map((p) => (p.length > 0 && p !== '-' && p !== ' ' ? p[0]!.toUpperCase() + p.slice(1) : p))
    .join('');
}

/** Systems a writer of each language would plausibly use. */
export const CYRILLIC_SYSTEMS_BY_LANG: Record<CyrLang, string[]> = {
  ru: ['bgn', 'icao', 'passport1997', 'english', 'german', 'french', 'polish', 'czech', 'library'],
  uk: ['ukrainian', 'icao', 'passport1997', 'english', 'german', 'polish', 'library'],
  kz: ['bgn', 'icao', 'passport1997', 'english', 'german', 'kazakh-latin'],
  uz: ['bgn', 'icao', 'passport1997', 'english', 'uzbek-latin'],
  kg: ['bgn', 'icao', 'passport1997', 'english', 'german'],
  tj: ['bgn', 'icao', 'passport1997', 'english', 'french'],
};
