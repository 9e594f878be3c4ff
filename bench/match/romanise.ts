/**
 * Romanisations that differ from the normaliser's library on purpose: payments carry names romanised by
 * other systems (passport / ICAO, German, French), and the benchmark must test that, not the library against
 * itself.
 */
import type { Rng } from './rng';

const CYRILLIC_SCHEMES: readonly Readonly<Record<string, string>>[] = [
  // ICAO 9303 (passports)
  {
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
    й: 'i',
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
    ъ: 'ie',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'iu',
    я: 'ia',
    і: 'i',
    ї: 'i',
    є: 'ie',
    ґ: 'g',
  },
  // German-style
  {
    а: 'a',
    б: 'b',
    в: 'w',
    г: 'g',
    д: 'd',
    е: 'e',
    ё: 'jo',
    ж: 'sh',
    з: 's',
    и: 'i',
    й: 'j',
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
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'ju',
    я: 'ja',
    і: 'i',
    ї: 'ji',
    є: 'je',
    ґ: 'g',
  },
  // English-style (BGN/PCGN-like)
  {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
    е: 'e',
    ё: 'yo',
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
    і: 'i',
    ї: 'yi',
    є: 'ye',
    ґ: 'g',
  },
];

const GREEK_SCHEMES: readonly Readonly<Record<string, string>>[] = [
  {
    α: 'a',
    β: 'v',
    γ: 'g',
    δ: 'd',
    ε: 'e',
    ζ: 'z',
    η: 'i',
    θ: 'th',
    ι: 'i',
    κ: 'k',
    λ: 'l',
    μ: 'm',
    ν: 'n',
    ξ: 'x',
    ο: 'o',
    π: 'p',
    ρ: 'r',
    σ: 's',
    ς: 's',
    τ: 't',
    υ: 'y',
    φ: 'f',
    χ: 'ch',
    ψ: 'ps',
    ω: 'o',
  },
  {
    α: 'a',
    β: 'b',
    γ: 'g',
    δ: 'd',
    ε: 'e',
    ζ: 'z',
    η: 'e',
    θ: 'th',
    ι: 'i',
    κ: 'k',
    λ: 'l',
    μ: 'm',
    ν: 'n',
    ξ: 'ks',
    ο: 'o',
    π: 'p',
    ρ: 'r',
    σ: 's',
    ς: 's',
    τ: 't',
    υ: 'u',
    φ: 'ph',
    χ: 'kh',
    ψ: 'ps',
    ω: 'o',
  },
];

/** Latin spellings of the Arabic names in the pool, as they appear on cards and in payments. */
export const ARABIC_LATIN: Readonly<Record<string, readonly string[]>> = {
  محمد: ['Muhammad', 'Mohammed', 'Mohamed', 'Mohammad'],
  أحمد: ['Ahmed', 'Ahmad'],
  علي: ['Ali', 'Aly'],
  عمر: ['Omar', 'Umar'],
  خالد: ['Khaled', 'Khalid'],
  يوسف: ['Youssef', 'Yusuf', 'Yousef'],
  فاطمة: ['Fatima', 'Fatma', 'Fatimah'],
  عائشة: ['Aisha', 'Aysha', 'Aicha'],
  مريم: ['Maryam', 'Mariam'],
  نور: ['Nour', 'Noor', 'Nur'],
  سارة: ['Sara', 'Sarah'],
  'عبد الله': ['Abdullah', 'Abdallah', 'Abd Allah'],
  'عبد الرحمن': ['Abdul Rahman', 'Abdulrahman', 'Abdel Rahman'],
  الفارسي: ['Al Farsi', 'Al-Farsi', 'Alfarsi'],
  المنصوري: ['Al Mansouri', 'Al-Mansoori'],
  الهاشمي: ['Al Hashimi', 'Al-Hashemi'],
  الشامسي: ['Al Shamsi', 'Al-Shamsi'],
  الكعبي: ['Al Kaabi', 'Al-Kaabi'],
  المزروعي: ['Al Mazrouei', 'Al Mazroui'],
  النعيمي: ['Al Nuaimi', 'Al-Nuaimi'],
  الظاهري: ['Al Dhaheri', 'Al Zaheri'],
  السويدي: ['Al Suwaidi', 'Al-Suwaidi'],
  البلوشي: ['Al Balushi', 'Al Baloushi'],
  القاسمي: ['Al Qasimi', 'Al Qassimi'],
};

function byTable(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  let startOfWord = true;
  for (const ch of text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) {
    const lower = ch.toLowerCase();
    const mapped = table[lower];
    if (mapped === undefined) {
      out += ch;
      startOfWord = !/\p{L}/u.test(ch);
      continue;
    }
    out += startOfWord && mapped.length > 0 ? mapped[0].toUpperCase() + mapped.slice(1) : mapped;
    startOfWord = false;
  }
  return out;
}

/** A romanisation of a Cyrillic / Greek / Arabic name other than the normaliser's; undefined when none applies. */
export function otherRomanisation(name: string, rng: Rng): string | undefined {
  if (/[\u0400-\u04ff]/.test(name)) return byTable(name, rng.pick(CYRILLIC_SCHEMES));
  if (/[\u0370-\u03ff]/.test(name)) return byTable(name, rng.pick(GREEK_SCHEMES));
  if (/[\u0600-\u06ff]/.test(name)) {
    let out = name;
    for (const [arabic, latin] of Object.entries(ARABIC_LATIN).sort((a, b) => b[0].length - a[0].length)) {
      if (out.includes(arabic)) out = out.split(arabic).join(rng.pick(latin));
    }
    return /[\u0600-\u06ff]/.test(out) ? undefined : out;
  }
  return undefined;
}
