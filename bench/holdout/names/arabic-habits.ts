/**
 * Romanisation habits for Arabic-script names: each is how one community of writers (an academic library, Gulf
 * passports, Levantine and Egyptian clerks, French-educated Maghreb and West African registries, Iranian and
 * Pakistani/Afghan practice, Turkish orthography, Nigerian practice) usually spells a name. Authored from general
 * knowledge of those conventions; the lexicons hold forms a community writes by custom rather than by rule.
 */
import type { ArabicHabit } from './arabic';

const plain: Omit<ArabicHabit, 'name'> = {
  cons: {},
  shortA: 'a',
  shortI: 'i',
  shortU: 'u',
  longA: 'a',
  longI: 'i',
  longU: 'u',
  finalI: 'i',
  persianE: 'e',
  persianO: 'o',
  ay: 'ay',
  aw: 'aw',
  aynMedial: "'",
  aynCoda: "'",
  afterAyn: {},
  taMarbuta: 'ah',
  gemination: true,
  sDouble: false,
  imala: false,
  ehBeforeH: false,
  frenchFinalE: false,
  devoiceFinal: false,
  turkishCaps: false,
  article: 'al-',
  abd: 'Abd al-X',
  allah: 'Allah',
  din: 'al-Din',
  abu: 'Abu ',
  nasab: 'ibn',
  lexicon: {},
};

/** Library transliteration without diacritics (ALA-LC stripped). */
export const SCHOLAR: ArabicHabit = { ...plain, name: 'scholar' };

/** Gulf passports and English-language press. */
export const GULF: ArabicHabit = {
  ...plain,
  name: 'gulf',
  cons: { D: 'dh', Z: 'dh' },
  shortUFirst: 'o',
  longU: 'ou',
  ay: 'ai',
  aynMedial: '',
  aynCoda: '',
  afterAyn: { I: 'ee', a: 'aa' },
  taMarbuta: 'a',
  imala: true,
  article: 'Al ',
  abd: 'AbdulX',
  allah: 'ullah',
  din: 'uddin',
  nasab: 'bin',
  lexicon: {
    "abU bakr": "Abu Bakr", "muHammad": "Mohammed", "Husayn": "Hussain", "sulaymAn": "Sulaiman",
  },
};

/** Levantine (Lebanese, Syrian, Jordanian, Palestinian) civil registries in Latin letters. */
export const LEVANT: ArabicHabit = {
  ...plain,
  name: 'levant',
  cons: { q: 'k', dh: 'z', Z: 'z' },
  shortI: 'e',
  shortU: 'o',
  longU: 'ou',
  ay: 'ei',
  aynMedial: '',
  aynCoda: '',
  afterAyn: { I: 'ee' },
  taMarbuta: 'eh',
  sDouble: true,
  article: 'El ',
  abd: 'Abdel X',
  allah: 'allah',
  din: 'El Din',
  abu: 'Abou ',
  nasab: '',
  lexicon: { muHammad: 'Mohamad', yUsuf: 'Youssef' },
};

/** Egyptian practice: g for j, -y for the final nisba, El-. */
export const EGYPT: ArabicHabit = {
  ...plain,
  name: 'egypt',
  cons: { j: 'g', q: 'k', th: 's', dh: 'z', Z: 'z' },
  shortI: 'e',
  shortU: 'o',
  longU: 'ou',
  finalI: 'y',
  ay: 'ei',
  aynMedial: '',
  aynCoda: '',
  afterAyn: {},
  taMarbuta: 'a',
  imala: true,
  article: 'El-',
  abd: 'Abdel X',
  allah: 'allah',
  din: 'El Din',
  abu: 'Abou ',
  nasab: '',
  lexicon: { Husayn: 'Hussein', yUsuf: 'Youssef', muHammad: 'Mohamed' },
};

/** French-educated Maghreb (Algeria, Morocco, Tunisia) civil status. */
export const MAGHREB: ArabicHabit = {
  ...plain,
  name: 'maghreb',
  cons: { sh: 'ch', j: 'dj', q: 'k', dh: 'd', Z: 'd', D: 'd' },
  shortI: 'e',
  shortU: 'ou',
  shortUFirst: 'o',
  longU: 'ou',
  ay: 'ai',
  aynMedial: '',
  aynCoda: '',
  afterAyn: { I: 'ï', i: 'ï' },
  taMarbuta: 'a',
  sDouble: true,
  frenchFinalE: true,
  wInitial: 'ou',
  article: 'El ',
  abd: 'AbdelX',
  allah: 'allah',
  din: 'eddine',
  abu: 'Bou',
  nasab: 'Ben',
  lexicon: {
    "muHammad": "Mohamed", "yUsuf": "Youssef", "`abd allAh": "Abdellah", "abU bakr": "Boubker", "jamAl": "Djamel",
  },
};

/** Iranian practice: o/e for short u/i, v for w, gh for q, -eh. */
export const PERSIAN: ArabicHabit = {
  ...plain,
  name: 'persian',
  cons: { w: 'v', th: 's', dh: 'z', S: 's', D: 'z', Z: 'z', q: 'gh' },
  shortI: 'e',
  shortU: 'o',
  longU: 'ou',
  ay: 'ei',
  aw: 'ow',
  aynMedial: '',
  aynCoda: '',
  afterAyn: { I: 'ei', i: 'e' },
  taMarbuta: 'eh',
  sDouble: true,
  article: '',
  abd: 'AbdolX',
  allah: 'ollah',
  din: 'eddin',
  nasab: '',
  lexicon: {
    "abU al-faDl": "Abolfazl", "abU bakr": "Abubakr", "mahdI": "Mehdi",
  },
};

/** Pakistani and Afghan practice in English (Urdu, Pashto, Dari): ee/oo, Rehman, -ullah. */
export const SOUTH_ASIAN: ArabicHabit = {
  ...plain,
  name: 'southasian',
  cons: { th: 's', dh: 'z', D: 'z', Z: 'z' },
  longI: 'ee',
  finalI: 'i',
  longU: 'oo',
  ay: 'ai',
  aw: 'au',
  aynMedial: '',
  aynCoda: '',
  afterAyn: { I: 'ee' },
  taMarbuta: 'a',
  ehBeforeH: true,
  article: '',
  abd: 'Abdul X',
  allah: 'ullah',
  din: 'uddin',
  nasab: '',
  lexicon: {
    "abU bakr": "Abu Bakar", "riDA": "Raza",
  },
};

/** Turkish orthography. */
export const TURKISH: ArabicHabit = {
  ...plain,
  name: 'turkish',
  cons: { j: 'c', sh: 'ş', ch: 'ç', kh: 'h', q: 'k', gh: 'ğ', th: 's', dh: 'z', S: 's', D: 'z', Z: 'z', w: 'v' },
  ay: 'ey',
  aw: 'ev',
  aynMedial: '',
  aynCoda: '',
  taMarbuta: 'e',
  devoiceFinal: true,
  turkishCaps: true,
  article: '',
  abd: 'AbdulX-tr',
  allah: 'ullah',
  din: 'ettin',
  abu: 'Ebu',
  nasab: '',
  lexicon: {
    "muHammad": "Mehmet", "`umar": "Ömer", "Husayn": "Hüseyin", "sulaymAn": "Süleyman", "karIm": "Kerim",
    "jamAl": "Cemal", "kamAl": "Kemal", "jalAl": "Celal", "`uthmAn": "Osman", "khadIj@": "Hatice",
    "`A'ish@": "Ayşe", "amIn@": "Emine", "zaynab": "Zeynep", "maryam": "Meryem", "fATim@": "Fatma",
    "rajab": "Recep", "ramaDAn": "Ramazan", "abU bakr": "Ebubekir", "rashId": "Reşit", "mas`Ud": "Mesut",
    "ni`mat": "Nimet", "ya`qUb": "Yakup", "najIb": "Necip", "`abbAs": "Abbas", "`alI": "Ali", "ruqayy@": "Rukiye",
    "sumayy@": "Sümeyye", "zahrA'": "Zehra", "sharIf@": "Şerife", "Hamz@": "Hamza", "ibrAhIm": "İbrahim",
    "ismA`Il": "İsmail", "idrIs": "İdris", "`IsA": "İsa", "mUsA": "Musa", "yUsuf": "Yusuf", "muSTafA": "Mustafa",
    "maHmUd": "Mahmut", "aHmad": "Ahmet", "khalIl": "Halil", "Hasan": "Hasan", "`abd allAh": "Abdullah",
    "murAd": "Murat", "SAliH": "Salih", "Tayyib": "Tayyip", "`Arif": "Arif", "walId": "Velit", "khAlid": "Halit",
    "rabI`": "Rebii", "shukrI": "Şükrü", "fAruq": "Faruk", "riDA": "Rıza", "nUr": "Nur", "layla": "Leyla",
  },
};

/** French-speaking West Africa (Senegal, Mali, Guinea, Côte d'Ivoire, Burkina Faso, Niger). */
export const WEST_AFRICA_FR: ArabicHabit = {
  ...MAGHREB,
  name: 'westafrica-fr',
  cons: { sh: 'ch', j: 'dj', q: 'k', dh: 'd', Z: 'd', D: 'd' },
  article: '',
  abd: 'Abdoul X',
  allah: 'oulaye',
  din: 'dine',
  abu: 'Abou ',
  nasab: '',
  lexicon: {
    "muHammad": "Mamadou", "aHmad": "Amadou", "`uthmAn": "Ousmane", "ibrAhIm": "Ibrahima", "mUsA": "Moussa",
    "sulaymAn": "Souleymane", "abU bakr": "Boubacar", "`alI": "Aliou", "al-Hasan": "Alassane", "`umar": "Oumar",
    "fATim@": "Fatoumata", "amIn@": "Aminata", "`A'ish@": "Aïssatou", "maryam": "Mariama", "khadIj@": "Kadiatou",
    "yUsuf": "Youssouf", "al-amIn": "Lamine", "sa`Id": "Seydou", "idrIs": "Idrissa", "ya`qUb": "Yacouba",
    "`IsA": "Issa", "Hawwa'": "Hawa", "shaykh": "Cheikh", "`abd allAh": "Abdoulaye", "SAliH": "Salif",
    "tijAnI": "Tidiane", "ramaDAn": "Ramadane", "bakr": "Bakary", "ismA`Il": "Ismaïla",
  },
};

/** English-speaking West Africa (Northern Nigeria, Ghana, Gambia, Sierra Leone). */
export const WEST_AFRICA_EN: ArabicHabit = {
  ...SOUTH_ASIAN,
  name: 'westafrica-en',
  longI: 'i',
  longU: 'u',
  ehBeforeH: false,
  abd: 'AbdulX',
  allah: 'ullahi',
  din: 'uddeen',
  abu: 'Abu',
  lexicon: {
    "muHammad": "Muhammadu", "aHmad": "Ahmadu", "`uthmAn": "Usman", "ibrAhIm": "Ibrahim", "mUsA": "Musa",
    "sulaymAn": "Suleiman", "abU bakr": "Abubakar", "`alI": "Aliyu", "al-Hasan": "Alhassan", "`umar": "Umaru",
    "fATim@": "Fatimatu", "amIn@": "Aminatu", "`A'ish@": "Aishatu", "maryam": "Maryam", "khadIj@": "Hadiza",
    "yUsuf": "Yusufu", "al-amIn": "Alamin", "sa`Id": "Saidu", "idrIs": "Idris", "ya`qUb": "Yakubu", "`IsA": "Isah",
    "Hawwa'": "Hauwa", "shaykh": "Shehu", "`abd allAh": "Abdullahi", "SAliH": "Salihu", "tijAnI": "Tijjani",
    "ramaDAn": "Ramadan", "bakr": "Bakari",
  },
};

export const ARABIC_HABITS: Record<string, ArabicHabit> = Object.fromEntries(
  [SCHOLAR, GULF, LEVANT, EGYPT, MAGHREB, PERSIAN, SOUTH_ASIAN, TURKISH, WEST_AFRICA_FR, WEST_AFRICA_EN].map((h) => [h.name, h]),
);

/** The same habit with other particle conventions (al-/Al/El/none; Abd al-/Abdul/Abdel; bin/ibn/Ben). */
export function withParticles(habit: ArabicHabit, article: ArabicHabit['article'], abd: ArabicHabit['abd'], allah: ArabicHabit['allah'], din: ArabicHabit['din']): ArabicHabit {
  return { ...habit, name: `${habit.name}+particles`, article, abd, allah, din };
}
