/**
 * Name elements of Arabic script in the phonemic notation of arabic.ts: common given names, the divine names of
 * Abd- names, family names (nisbas, trades, places, Abu- names), Persian and Urdu/Pashto names. Authored from
 * general knowledge of naming conventions; no entry comes from any sanctions list.
 */

export const ARABIC_GIVEN_MALE = [
  'muHammad', 'aHmad', 'maHmUd', 'khAlid', '`alI', 'Hasan', 'Husayn', '`umar', '`uthmAn', 'yUsuf', 'ibrAhIm', 'ismA`Il',
  'sulaymAn', 'khalIl', 'karIm', 'jamAl', 'TAriq', 'sa`Id', 'rashId', 'faySal', 'nASir', 'jawAd', 'bAqir', 'ja`far',
  'SAdiq', 'qAsim', 'kAZim', 'mUsA', '`IsA', 'ya`qUb', 'yaHyA', 'idrIs', 'hAshim', '`abbAs', 'Hamz@', 'muSTafA',
  '`adnAn', 'bilAl', 'anwar', 'amjad', 'ayman', 'bashIr', 'fawwAz', 'ghassAn', 'hishAm', '`imAd', 'jalAl', 'kamAl',
  'majdI', 'munIr', 'nabIl', 'nawwAf', 'qays', 'rAmI', 'riyAD', 'sAmI', 'shAkir', 'TalAl', 'walId', "wA'il", 'yAsir',
  'ziyAd', 'SalAH', 'mahdI', 'amIr', 'HAmid', 'majId', 'mas`Ud', 'HabIb', 'sharIf', 'SAbir', 'jAbir', 'murAd', 'SAliH',
  'fAris', 'ghAzI', 'Hamdan', 'maHdI', 'mundhir', 'nizAr', 'rabI`', 'sAlim', 'sayf', 'shukrI', 'Tayyib',
  '`Arif', 'fAruq', 'Hakim', 'ilyAs', 'jamIl', 'lu\'ay', 'ma\'mUn', 'marwAn', 'mu`Adh', 'nu`mAn', 'qutayb@', 'rAshid',
  'sufyAn', 'ubayy', 'usAm@', 'zakI', 'zuhayr', 'ramaDAn', 'rajab', 'najIb', 'ni`mat', 'ghAlib', 'Hafiz', 'luTfI',
  'mu\'min', 'wahb', 'yazan', 'zayd', '`abd al-raHmAn', '`abd al-raHIm', '`abd al-`azIz', '`abd al-qAdir', '`abd al-karIm',
  '`abd al-majId', '`abd al-laTIf', '`abd al-HamId', '`abd al-jabbAr', '`abd al-salAm', '`abd al-wahhAb', '`abd al-razzAq',
  '`abd al-ghaffAr', '`abd al-bAsiT', '`abd al-HakIm', '`abd al-mun`im', '`abd al-wAHid', '`abd al-HalIm', '`abd al-jalIl',
  '`abd al-nAsir', '`abd al-fattAH', '`abd al-ghanI', '`abd al-Haqq', '`abd al-Hayy', '`abd al-qawI', '`abd allAh',
  'nUr al-dIn', 'SalAH al-dIn', 'jamAl al-dIn', '`izz al-dIn', 'shams al-dIn', 'kamAl al-dIn', 'sayf al-dIn',
  'badr al-dIn', 'fakhr al-dIn', 'nASir al-dIn', 'tAj al-dIn', 'zayn al-dIn', 'abU bakr', 'naSr allAh', 'khayr allAh',
  'HabIb allAh', 'fatH allAh',
];

export const ARABIC_GIVEN_FEMALE = [
  'fATim@', '`A\'ish@', 'khadIj@', 'maryam', 'zaynab', 'amIn@', 'laylA', 'nUr', 'hudA', 'salmA', 'ruqayy@', 'sumayy@',
  'asmA\'', 'HanAn', 'rAniy@', 'dunyA', 'ghAd@', 'manAl', 'nAdiy@', 'rIm', 'samIr@', 'suhA', 'wafA\'', 'yAsmIn', 'zahrA\'',
  'HalIm@', 'lubnA', 'ghadIr', 'sAr@', 'jamIl@', 'karIm@', 'lamyA\'', 'najlA\'', 'rAnA', 'rashA', 'sanA\'', 'shaymA\'',
  'Sabrin@', 'hayfA\'', 'nawAl', 'amal', 'ibtisAm', 'in`Am', 'su`Ad', 'HayAt', 'sharIf@', 'bushrA', 'dalAl', 'haniy@',
  'Hawwa\'', 'mun@', 'nisrIn', 'wi\'Am', 'yusrA', 'ilhAm', 'khawl@', 'majd@', 'raghad', 'Safiy@',
];

/** Family names: nisbas and other names borne with the article, and names borne without it. */
export const ARABIC_FAMILY = [
  'al-tamImI', 'al-`utaybI', 'al-qaHTAnI', 'al-shammarI', 'al-HarbI', 'al-ghAmidI', 'al-zahrAnI', 'al-dawsarI',
  'al-mazrU`I', 'al-hAshimI', 'al-baghdAdI', 'al-HasanI', 'al-najjAr', 'al-khaTIb', 'al-HaddAd', 'al-shaykh', 'al-kurdI',
  'al-miSrI', 'al-HalabI', 'al-dimashqI', 'al-`ubaydI', 'al-jubUrI', 'al-dulaymI', 'al-`AnI', 'al-rAwI', 'al-sa`dI',
  'al-qurashI', 'al-anSArI', 'al-`amrI', 'al-shahrI', 'al-mAlikI', 'al-najdI', 'al-qaTTAn', 'al-bakrI', 'al-jazA\'irI',
  'al-tUnisI', 'al-maghribI', 'al-sUdAnI', 'al-yamanI', 'al-`umarI', 'al-sharIf', 'al-Husayn', 'al-mUsawI', 'al-Hakim',
  'al-khAlidI', 'al-`alawI', 'al-ja`farI', 'al-nu`aymI', 'al-kaththIrI', 'al-marrI', 'al-kuwarI', 'al-suwaydI', 'al-nuqbI',
  'al-bannA\'', 'al-sabbAgh', 'al-Tabbakh', 'al-khayyAT', 'al-ZAhirI', 'al-Sayyid', 'al-qAsimI', 'al-fArisI', 'al-Hamad',
  'al-rifA`I', 'al-mansUrI', 'al-shabIbI', 'al-ka`bI', 'al-mahrI', 'al-balUshI', 'al-habsI', 'al-HArthI', 'al-rawAHI',
  'al-ma`marI', 'al-badawI', 'al-zu`bI', 'al-majAlI', 'al-khaSawn@', 'al-Tarawn@', 'al-masrI', 'al-`Attar', 'al-khUrI',
  'khUrI', 'HaddAd', 'naSr allAh', 'shaHIn', '`awwAd', 'manSUr', '`AshUr', 'qabbAnI', 'Hamdan', 'sha`bAn', 'darwIsh',
  'khalIl', 'jabbUr', 'naSSAr', 'sarrAf', '`abbUd', 'bayDUn', 'farHAt', 'Sabbagh', 'makhlUf', 'ghandUr', 'murAd',
  'abU ghazAl@', 'abU Hamdan', 'abU zayd', 'abU khalIl', 'abU Salih', 'abU `Ali', 'abU shAdI', 'abU al-`ayn',
];

/** Persian names: Arabic loans in Persian use and Persian words (short e/o written as such). */
export const PERSIAN_GIVEN_MALE = [
  'muHammad', '`alI', 'Husayn', 'riDA', 'mahdI', 'amIr', 'HAmid', 'sa`Id', 'jawAd', 'muHsin', 'majId', 'Hasan', 'maHmUd',
  '`abbAs', 'muSTafA', 'aHmad', 'akbar', 'murtaDA', 'mas`Ud', 'nASir', 'ja`far', 'kAZim', 'bAqir', 'SAdiq', 'qAsim',
  'ibrAhIm', 'ismA`Il', 'yUsuf', 'dAwUd', 'HabIb', 'karIm', 'raHIm', 'abU al-faDl', 'rUH allAh', 'naSr allAh',
  'dAryUsh', 'kUrosh', 'rostam', 'bahrAm', 'fereydUn', 'parvIz', 'jamshId', 'bAbak', 'behrUz', 'keyvAn', 'mehrdAd',
  'farhAd', 'siyAvash', 'Arash', 'omId', 'nImA', 'pUyA', 'sohrAb', 'hUshang', 'kAmrAn', 'shahrAm', 'rAmIn', 'pedrAm',
  'armAn', 'mAziyAr', 'behnAm', 'farzAd', 'shApUr', 'kAveh', 'mehrAn', 'navId', 'ehsAn', 'peymAn', 'sInA', 'arsalAn',
];

export const PERSIAN_GIVEN_FEMALE = [
  'fATim@', 'zahrA\'', 'maryam', 'zaynab', 'ma`Sum@', 'Tayyib@', 'sakIn@', 'shIrIn', 'parIsA', 'nasrIn', 'mahsA', 'negAr',
  'narges', 'golnAz', 'lAl@', 'Azad@', 'farIbA', 'mInA', 'setAr@', 'mahnAz', 'shahnAz', 'soheylA', 'rokhsAr', 'parvAn@',
  'nIlUfar', 'golshIft@', 'bahAr@', 'feresht@', 'royA', 'shabnam', 'tarAn@', 'yegAn@', 'leylA', 'samIr@', 'maHbUb@',
];

/** Parts to which Persian family names are built (Hosseini, Alizadeh, Alipour, Mohammadnejad). */
export const PERSIAN_FAMILY_ROOTS = [
  'Husayn', 'muHammad', 'riDA', 'aHmad', 'ja`far', 'raHIm', 'karIm', 'murAd', 'hAshim', 'qAsim', 'SAdiq', 'kAZim',
  'mUsaw', 'rostam', 'Haydar', 'amIn', 'ibrAhIm', 'ghulAm', 'asad', 'akbar', 'nUr', 'bAqir', 'SAliH', 'sulTAn', 'najaf',
  'tehrAn', 'shIrAz', 'tabrIz', 'yazd', 'kermAn', 'esfahAn', 'khorAsAn', 'shAhbAz', '`alI', 'mahdaw', 'jalAl', 'kamAl',
  'maHmUd', 'rafI`', 'ghaffAr', 'mo`In', 'naqaw', 'bahrAm', 'jamshId', 'farhAd', 'yUsuf', 'zare`', 'davAr',
];
export const PERSIAN_FAMILY_SUFFIXES = ['I', 'I', 'I', 'zAd@', 'pUr', 'nezhAd', 'I', 'AnI'];

/** Urdu and Pashto use: Arabic names in South Asian practice, compound given names, Persian-origin names. */
export const URDU_GIVEN_MALE = [
  'muHammad', 'aHmad', '`alI', 'Hasan', 'Husayn', '`umar', '`uthmAn', 'bilAl', 'Tahir', 'TAriq', 'khAlid', 'shAhid',
  '`imrAn', '`irfAn', 'nadIm', 'wasIm', 'zubayr', 'junayd', 'faySal', 'Hamz@', 'fahd', 'sa`d', 'Asif', '`Arif', 'rashId',
  'majId', 'Hamid', 'nAsir', 'sharIf', 'ashraf', 'akram', 'aslam', 'afzal', 'anwar', 'iqbAl', 'jamIl', 'khalIl', 'latIf',
  'maqSUd', 'mumtAz', 'nawId', 'qAsim', 'rafIq', 'raHmat', 'sajjAd', 'shafIq', 'tanwIr', 'yAsir', 'zAhid', 'ziyA\'',
  'ghulAm', 'niZAm', '`abd al-raHmAn', '`abd al-qAdir', '`abd al-ghaffAr', '`abd al-wahhAb', '`abd al-majId', '`abd allAh',
  'raHmat allAh', 'Hikmat allAh', 'HidAyat allAh', 'iHsAn allAh', 'thanA\' allAh', 'HabIb allAh', 'najIb allAh',
  'amIn allAh', 'asad allAh', 'sayf allAh', 'ubayd allAh', '`inAyat allAh', '`atIq allAh', 'shafIq allAh', 'samI` allAh',
  'kalIm allAh', 'dhabIH allAh', 'nUr al-dIn', 'SalAH al-dIn', 'jalAl al-dIn', 'shams al-dIn', 'fakhr al-dIn',
];

export const URDU_GIVEN_FEMALE = [
  'fATim@', '`A\'ish@', 'khadIj@', 'maryam', 'zaynab', 'amIn@', 'SAim@', 'nAdiy@', 'rukhsAn@', 'shAzi@', 'farzAn@',
  'nasIm@', 'rubIn@', 'shabnam', 'nasrIn', 'samIn@', 'ZAhir@', 'Tahir@', 'sumayy@', 'maHnUr', 'bushrA', 'sAdiy@',
];
