/**
 * Country names as the lists write them ("Iran (Islamic Republic of)", "Korea, North", "Burma", "Region: Crimea")
 * → ISO 3166-1 alpha-2, which the native format requires. Names come from i18n-iso-countries (official and common
 * English names), Node's own region names (ICU), and a short table of the spellings sanctions lists use that
 * neither knows. A name that maps to no code stays readable in the address lines instead (see entry-draft.ts).
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

/** Spellings of the lists that neither source above knows; keys are normalised (see key()). */
const LIST_SPELLINGS: Readonly<Record<string, string>> = {
  'korea north': 'KP',
  'korea south': 'KR',
  'democratic peoples republic of korea': 'KP',
  'republic of korea': 'KR',
  burma: 'MM',
  'west bank': 'PS',
  gaza: 'PS',
  'gaza strip': 'PS',
  'region gaza': 'PS',
  'region west bank': 'PS',
  palestinian: 'PS',
  'occupied palestinian territory': 'PS',
  'congo democratic republic of the': 'CD',
  'congo republic of the': 'CG',
  'republic of the congo': 'CG',
  'viet nam': 'VN',
  laos: 'LA',
  'lao peoples democratic republic': 'LA',
  moldova: 'MD',
  'republic of moldova': 'MD',
  brunei: 'BN',
  macau: 'MO',
  syria: 'SY',
  'syrian arab republic': 'SY',
  'russian federation': 'RU',
  'united republic of tanzania': 'TZ',
  'bolivia plurinational state of': 'BO',
  'venezuela bolivarian republic of': 'VE',
  'united kingdom of great britain and northern ireland': 'GB',
  'china hong kong special administrative region': 'HK',
  'hong kong special administrative region': 'HK',
  'china macao special administrative region': 'MO',
  'british virgin islands': 'VG',
  'virgin islands british': 'VG',
  'region crimea': 'UA',
  crimea: 'UA',
  'region northern mali': 'ML',
  kosovo: 'XK',
  'ivory coast': 'CI',
  'cote d ivoire': 'CI',
  'iran islamic republic of': 'IR',
  'cape verde': 'CV',
  swaziland: 'SZ',
  'east timor': 'TL',
  'holy see': 'VA',
  'the former yugoslav republic of macedonia': 'MK',
  'micronesia federated states of': 'FM',
};

/** Lower case, no accents, punctuation as spaces, "the" and "region:" noise tolerated: "Bahamas, The" = "bahamas". */
function key(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ the$/, '');
}

let byName: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (byName !== undefined) return byName;
  const map = new Map<string, string>();
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const n of names) map.set(key(n), code);
    const icu = regionNames.of(code);
    if (icu !== undefined && icu !== code) map.set(key(icu), code);
  }
  for (const [n, code] of Object.entries(LIST_SPELLINGS)) map.set(key(n), code);
  byName = map;
  return map;
}

/** The alpha-2 code of a country name as lists write it; undefined when it names no country. */
export function countryOfName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const k = key(name);
  return k.length === 0 ? undefined : table().get(k);
}

/**
 * An alpha-2 code as given (any case), if it is one: assigned codes and XK (Kosovo, user-assigned but used by the
 * EU, the UN and OpenSanctions). Codes are taken only from fields that hold codes: "NA" in a name field is
 * "not available" far more often than Namibia.
 */
export function countryOfCode(code: string | undefined): string | undefined {
  if (code === undefined || !/^[A-Za-z]{2}$/.test(code)) return undefined;
  const upper = code.toUpperCase();
  return upper === 'XK' || countries.isValid(upper) ? upper : undefined;
}
