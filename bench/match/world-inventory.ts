/**
 * Name material of cultures whose names reach lists and payments romanised: common given names and family
 * names (census-style, as in any baby-name or surname top list), written in the notation of world-romanise
 * (Arabic, Persian, Urdu / Pashto), in Cyrillic, in pinyin syllables and in Korean syllables (with their
 * Revised / McCune-Reischauer / popular spellings). Nothing here is taken from a sanctions list.
 */

export const ARABIC_GIVEN_M: readonly string[] = [
  'muHammad', 'aHmad', 'maHmUd', 'muSTafA', '3alI', 'Hasan', 'Husayn', '3umar', '3uVmAn', 'xAlid', 'yUsuf', 'ibrAhIm', 'ismA3Il',
  '3abd allAh', '3abd al-raHmAn', '3abd al-3azIz', '3abd al-karIm', '3abd al-qAdir', '3abd al-nASir', '3abd al-salAm', '3abd al-HamId',
  '3abd al-majId', '3abd al-laTIf', '3abd al-wahhAb', '3abd al-HakIm', '3abd al-jabbAr', 'karIm', 'jamAl', 'kamAl', 'sa3Id', 'TAriq',
  'zayd', 'sulaymAn', 'dAwUd', 'mUsA', '3IsA', 'ya3qUb', 'SalAH', 'nASir', 'walId', 'Hamz@', '3ammAr', 'faySal', 'manSUr', '3Adil',
  'hicAm', 'ziyAd', 'yAsIn', 'yAsir', 'anwar', 'jalAl', 'nabIl', 'racId', 'mAjid', 'qAsim', 'HAmid', 'mahdI', 'murAd', 'munDir',
  'nUr al-dIn', 'SalAH al-dIn', '3izz al-dIn', 'badr al-dIn', 'cams al-dIn', 'xayr allAh', 'HabIb allAh', '3ubayd allAh', 'abU bakr',
  'bilAl', 'HamdAn', 'rAmI', 'sAmI', 'fAris', 'Haydar', '3imAd', 'HusAm', '3iSAm', 'ayman', 'ayyUb', 'ilyAs', 'idrIs', '3abbAs',
  '3Amir', 'Hamad', 'xalIf@', 'sulTAn', 'TAhA', 'fatHI', 'majdI', 'gassAn', 'haytam', 'qutayb@', 'mu3AD', 'ridwAn', 'SabrI',
];
export const ARABIC_GIVEN_F: readonly string[] = [
  'fATim@', "3A'ic@", 'maryam', 'xadIj@', 'zaynab', 'nUr', 'laylA', 'hudA', 'sArA', 'amIn@', 'salmA', 'ruqayy@', 'asmA', 'hind',
  'rAniy@', 'samIr@', 'jamIl@', 'laTIf@', 'HalIm@', 'su3Ad', '3abIr', 'hanAn', 'rIm', 'dunyA', 'manAl', 'wafA', 'huwaydA', 'sawsan',
];
export const ARABIC_FAMILY: readonly string[] = [
  'al-hAcimI', 'al-quracI', 'al-tamImI', 'al-3utaybI', 'al-cammarI', 'al-dawsarI', 'al-zahrAnI', 'al-gAmidI', 'al-qaHTAnI', 'al-3anazI',
  'al-HarbI', 'al-muTayrI', 'al-cahrI', 'al-HalabI', 'al-bagdAdI', 'al-maSrI', 'al-dulaymI', 'al-jubUrI', 'al-3AnI', 'al-kubaysI',
  'al-anSArI', 'al-xaTIb', 'al-najjAr', 'al-HaddAd', 'al-3aTTAr', 'al-xAlidI', 'al-manSUrI', 'al-qAsimI', 'al-suwaydI', 'al-nu3aymI',
  'al-kurdI', 'al-3umarI', 'al-HusaynI', 'al-fAsI', 'al-idrIsI', 'al-mazrU3I', 'al-ka3bI', 'al-cAmsI', 'al-balUcI', 'al-ZAhirI',
  'al-falAsI', 'al-sa3dI', 'al-Sabbag', 'HaddAd', 'xalIl', 'HamdAn', 'darwIc', 'barakAt', '3awwAd', 'naSr allAh', 'sa3d', 'calabI',
  'gAnim', '3azzAm', 'yAsIn', '3uVmAn', 'abU zayd', 'HijAzI', '3assAf', 'qabbAnI', 'jarrAH', 'HammAd@', 'maHfUZ', 'xUrI', 'baydUn',
  'al-rifA3I', "al-jazA'irI", 'al-tUnisI', 'al-kUfI', 'al-baSrI', 'al-muSilI', 'al-SalIbI', 'al-zubaydI', 'al-mAlikI', 'al-HakIm',
];

/** Persian names in the same notation (Persian short vowels a e o). */
export const PERSIAN_GIVEN_M: readonly string[] = [
  'moHammad', 'Hoseyn', 'Hasan', '3alI', 'rezA', 'maHmUd', 'mehdI', 'ja3far', 'javAd', 'vaHId', 'majId', 'sa3Id', 'HamId', '3abbAs',
  'qolAmrezA', '3alIrezA', 'moHsen', 'mojtabA', 'mortezA', 'amIr', 'dAryUc', 'behrUz', 'farhAd', 'kUroc', 'parvIz', 'jamcId',
  'bahrAm', 'mehrdAd', 'ebrAhIm', 'esmA3Il', 'yUsef', 'hAdI', 'mas3Ud', 'qAsem', 'sajjAd', 'kAZem', 'nAser', 'HamIdrezA',
  'moHammadrezA', 'HabIbollAh', '3ezzatollAh', 'rUHollAh', 'nUrollAh', '3alIakbar', 'akbar', 'asqar', 'aHmad', 'moStafA', 'ramaZAn',
  'qorbAn', 'Hojjat', 'mIlAd', 'omId', 'peymAn', 'pUyA', 'HesAm', 'keyvAn', 'sIyAvac', 'bAbak', 'arcAm', 'nImA', 'sInA',
];
export const PERSIAN_GIVEN_F: readonly string[] = [
  'fATeme', 'zahrA', 'maryam', 'sArA', 'leylA', 'cIrIn', 'nasrIn', 'mInA', 'parIsA', 'narges', 'soheylA', 'mahnAz', 'farIbA', 'AzAde',
  'roxsAre', 'elhAm', 'neda', 'somayye', 'ma3sUme', 'zeynab', 'ferect@', 'golnAz', 'mahsA', 'nagme', 'parvAne',
];
export const PERSIAN_FAMILY: readonly string[] = [
  'dehqAn', 'karImI', "rezA'I", 'aHmadI', 'moHammadI', 'HoseynI', '3alIzAde', 'qAsemI', 'HoseynzAde', 'raHImI', 'SAleHI', 'ja3farI',
  'mUsavI', "TabATabA'I", 'morAdI', 'najafI', 'kAZemI', 'nUrI', 'HeydarI', 'hAcemI', 'SAdeqI', 'bAqerI', 'qorbAnI', 'asqarI',
  'mahdavI', 'zamAnI', 'rostamI', 'tehrAnI', 'cIrAzI', 'eSfahAnI', 'tabrIzI', 'naZarI', 'akbarI', '3azIzI', 'ebrAhImI', 'amInI',
  'yazdAnI', 'farahAnI', 'carIfI', 'solTAnI', 'yUsefI', '3abbAsI', 'anSArI', 'SafavI', 'pUrmoHammadI', 'moHammadpUr', 'jahAngIrI',
  'kermAnI', 'hamadAnI', 'qazvInI', "mIrzA'I", "3aTA'I", 'faqIhI', 'rafI3I', 'xosravI', 'ZolfaqArI', 'nIkpUr', 'vaHIdI', 'kAvIAnI',
  'roHAnI', 'golzArI', 'daryAbegI', "cojA'I", 'javAdI', 'mo3InI', 'HaqqcenAs', 'sepehrI', 'fallAHI', 'tavakkolI',
];

/** Pakistani and Afghan names (Arabic notation). */
export const SOUTH_ASIAN_GIVEN_M: readonly string[] = [
  'muHammad', 'aHmad', '3alI', 'Husayn', 'Hasan', '3imrAn', '3irfAn', 'zAhid', 'sAjid', 'xAlid', 'TAriq', 'nawAz', 'cAhid', 'aslam',
  'ASif', 'racId', 'jAwId', 'nawId', 'waqAr', 'faySal', 'bilAl', '3uVmAn', '3umar', 'Hamz@', 'gul', 'ZiyA', 'anwar', 'akbar', 'akram',
  'i3jAz', 'ilyAs', 'yUnus', 'cEr', 'amjad', 'aZhar', 'farAz', 'junayd', 'kAmrAn', 'na3Im', 'qAsim', 'raHmat', 'salmAn', 'tanwIr',
  'wasIm', 'zubayr', '3abd al-raHmAn', '3abd al-qAdir', '3abd al-salAm', '3abd al-wahhAb', 'nUr al-dIn', 'kamAl al-dIn', 'HabIb allAh',
  'raHmat allAh', 'amIn allAh', 'na3Im allAh', 'ZiyA al-raHmAn', 'cafIq', 'maHmUd', 'maqSUd', 'maSUd',
];
export const SOUTH_ASIAN_GIVEN_F: readonly string[] = [
  "3A'ic@", 'fATim@', 'zaynab', 'ruxsAn@', 'samIn@', 'nAdiy@', 'Sa3diy@', 'Hin@', 'mahnUr', 'amIn@', 'Sabr@', 'nasrIn', 'cAziy@', 'farzAn@',
];
export const SOUTH_ASIAN_FAMILY: readonly string[] = [
  'xAn', 'qurecI', 'malik', 'CawdhrI', 'baTT', 'caykh', 'SiddIqI', 'rizwI', 'naqwI', 'ja3farI', 'hAcmI', 'anSArI', 'mIrzA', 'beg',
  'a3wAn', 'gondal', 'yUsufzay', 'afrIdI', 'durrAnI', 'niyAzI', 'xaTTak', 'mohmand', 'wardak', 'popalzay', 'barakzay', 'acakzay',
  'kAkar', 'mangal', 'SAfI', 'jadUn', 'dAr', 'rAjpUt', 'bhaTTI', 'cIma', 'gilAnI', 'bukhArI', 'qAdrI', 'cAh', 'jatoy', 'lakhAnI',
];

/** Cyrillic: Russian, Central Asian and Caucasian names; fathers' names give patronymics. */
export const CIS_GIVEN_M: readonly string[] = [
  'Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Евгений', 'Иван', 'Михаил', 'Юрий', 'Николай', 'Владимир',
  'Виктор', 'Олег', 'Игорь', 'Василий', 'Константин', 'Вячеслав', 'Анатолий', 'Геннадий', 'Григорий', 'Фёдор', 'Пётр', 'Аркадий',
  'Алишер', 'Рустам', 'Тимур', 'Фарход', 'Шухрат', 'Бахтиёр', 'Улугбек', 'Дилшод', 'Азиз', 'Баходир', 'Ильхам', 'Рашид', 'Магомед',
  'Ахмед', 'Руслан', 'Шамиль', 'Зелимхан', 'Хасан', 'Гусейн', 'Мурад', 'Эльдар', 'Анвар', 'Джамшид', 'Нодир', 'Отабек', 'Жасур',
  'Ярослав', 'Эдуард', 'Валерий', 'Виталий', 'Станислав', 'Яков', 'Илья', 'Артём', 'Семён', 'Захар',
];
export const CIS_GIVEN_F: readonly string[] = [
  'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Юлия', 'Анастасия', 'Ирина', 'Екатерина', 'Светлана', 'Людмила', 'Галина', 'Надежда',
  'Гульнара', 'Дильноза', 'Зарина', 'Малика', 'Нигора', 'Фатима', 'Айгуль', 'Мадина', 'Ксения', 'Вера', 'Любовь', 'Жанна',
];
/** Surnames in their masculine form; the feminine adds -а (-ов → -ова, -ий → -ая). */
export const CIS_FAMILY: readonly string[] = [
  'Абдуллаев', 'Каримов', 'Рахимов', 'Юсупов', 'Исмаилов', 'Алиев', 'Мамедов', 'Гасанов', 'Гусейнов', 'Ахмедов', 'Рахмонов', 'Назаров',
  'Султанов', 'Халилов', 'Шарипов', 'Хасанов', 'Турсунов', 'Мирзаев', 'Садыков', 'Усманов', 'Магомедов', 'Муратов', 'Ибрагимов',
  'Закиров', 'Сафаров', 'Нуриев', 'Гафуров', 'Хакимов', 'Шамсутдинов', 'Нуриддинов', 'Абдурахманов', 'Абдулкадыров', 'Хабибуллин',
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков',
  'Лебедев', 'Семёнов', 'Егоров', 'Козлов', 'Степанов', 'Орлов', 'Макаров', 'Захаров', 'Щербаков', 'Жуков', 'Чернышёв', 'Шестаков',
  'Хрусталёв', 'Яковлев', 'Белоусов', 'Гончаров', 'Тихонов', 'Юдин', 'Ершов', 'Щукин', 'Журавлёв', 'Высоцкий', 'Вишневский',
  'Черкасов', 'Полянский', 'Рыжов', 'Зайцев', 'Воробьёв', 'Ковалёв', 'Ильин', 'Кудрявцев',
];
export const UKRAINIAN_GIVEN_M: readonly string[] = ['Олександр', 'Сергій', 'Андрій', 'Дмитро', 'Юрій', 'Володимир', 'Олексій', 'Микола', 'Михайло', 'Григорій', 'Василь', 'Олег', 'Ігор', 'Євген', 'Богдан', 'Тарас'];
export const UKRAINIAN_GIVEN_F: readonly string[] = ['Олена', 'Наталія', 'Тетяна', 'Оксана', 'Ірина', 'Юлія', 'Галина', 'Людмила', 'Катерина', 'Світлана'];
export const UKRAINIAN_FAMILY: readonly string[] = [
  'Мельник', 'Шевченко', 'Коваленко', 'Бондаренко', 'Бойко', 'Ткаченко', 'Кравченко', 'Ковальчук', 'Коваль', 'Олійник', 'Шевчук',
  'Поліщук', 'Лисенко', 'Руденко', 'Марченко', 'Гриценко', 'Яковенко', 'Савчук', 'Ющенко', 'Кириленко', 'Гончаренко', 'Григоренко',
  'Литвиненко', 'Зінченко', 'Павленко', 'Левченко', 'Мороз', 'Харченко', 'Кучер', 'Хоменко',
];

/** Pinyin syllables and their Wade-Giles spelling (tone marks and apostrophes left out, as payments do). */
export const PINYIN_WADE: Readonly<Record<string, string>> = {
  wang: 'wang', li: 'li', zhang: 'chang', liu: 'liu', chen: 'chen', yang: 'yang', huang: 'huang', zhao: 'chao', wu: 'wu', zhou: 'chou',
  xu: 'hsu', sun: 'sun', ma: 'ma', zhu: 'chu', hu: 'hu', guo: 'kuo', he: 'ho', gao: 'kao', lin: 'lin', luo: 'lo', zheng: 'cheng',
  liang: 'liang', xie: 'hsieh', song: 'sung', tang: 'tang', han: 'han', feng: 'feng', deng: 'teng', cao: 'tsao', peng: 'peng',
  zeng: 'tseng', xiao: 'hsiao', tian: 'tien', dong: 'tung', pan: 'pan', yuan: 'yuan', cai: 'tsai', jiang: 'chiang', yu: 'yu', du: 'tu',
  ye: 'yeh', cheng: 'cheng', wei: 'wei', su: 'su', lu: 'lu', ding: 'ting', ren: 'jen', shen: 'shen', yao: 'yao', jin: 'chin',
  qian: 'chien', qin: 'chin', jia: 'chia', xia: 'hsia', fu: 'fu', fang: 'fang', zou: 'tsou', xiong: 'hsiung', bai: 'pai', meng: 'meng',
  qiu: 'chiu', hou: 'hou', min: 'min', jun: 'chun', jie: 'chieh', tao: 'tao', hui: 'hui', hua: 'hua', qiang: 'chiang', lei: 'lei',
  yong: 'yung', jian: 'chien', ming: 'ming', hong: 'hung', na: 'na', ying: 'ying', ping: 'ping', gang: 'kang', bin: 'pin', long: 'lung',
  xin: 'hsin', hai: 'hai', zhi: 'chih', qing: 'ching', chun: 'chun', bo: 'po', kai: 'kai', rui: 'jui', hao: 'hao', zhen: 'chen',
  xue: 'hsueh', yan: 'yen', mei: 'mei', jing: 'ching', juan: 'chuan', lan: 'lan', ling: 'ling', qi: 'chi', zhong: 'chung', wen: 'wen',
  de: 'te', shan: 'shan', yi: 'i', an: 'an', xiang: 'hsiang', fei: 'fei', chao: 'chao', guang: 'kuang', jun2: 'chun', zi: 'tzu',
  si: 'ssu', shi: 'shih', ri: 'jih', ci: 'tzu', zhuang: 'chuang', rong: 'jung', kang: 'kang', dan: 'tan', bao: 'pao', quan: 'chuan',
};
export const CHINESE_FAMILY: readonly string[] = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin',
  'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan',
  'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'qian', 'qin', 'jia', 'xia', 'fu',
  'fang', 'zou', 'xiong', 'bai', 'meng', 'qiu', 'hou',
];
export const CHINESE_GIVEN: readonly string[] = [
  'wei', 'min', 'jun', 'jie', 'tao', 'hui', 'hua', 'qiang', 'lei', 'yang', 'yong', 'jian', 'ming', 'xiao', 'hong', 'li', 'fang', 'na',
  'ying', 'ping', 'gang', 'bin', 'long', 'xin', 'yu', 'hai', 'lin', 'zhi', 'guo', 'qing', 'chun', 'dong', 'feng', 'cheng', 'bo', 'kai',
  'rui', 'hao', 'zhen', 'xue', 'yan', 'mei', 'jing', 'juan', 'xia', 'lan', 'ling', 'qi', 'zhong', 'wen', 'de', 'shan', 'yi', 'an',
  'xiang', 'peng', 'fei', 'chao', 'guang', 'zhuang', 'rong', 'kang', 'dan', 'bao', 'quan',
];

/** Korean syllables: [Revised Romanization, McCune-Reischauer without diacritics, popular spelling(s)]. */
export const KOREAN_FAMILY: readonly (readonly string[])[] = [
  ['gim', 'kim', 'kim'], ['i', 'yi', 'lee', 'rhee', 'ri'], ['bak', 'pak', 'park'], ['choe', 'choe', 'choi'], ['jeong', 'chong', 'jung', 'chung'],
  ['gang', 'kang', 'kang'], ['jo', 'cho', 'cho'], ['yun', 'yun', 'yoon'], ['jang', 'chang', 'chang'], ['im', 'im', 'lim', 'rim'],
  ['han', 'han', 'han'], ['o', 'o', 'oh'], ['seo', 'so', 'suh'], ['sin', 'sin', 'shin'], ['gwon', 'kwon', 'kwon'], ['hwang', 'hwang', 'hwang'],
  ['an', 'an', 'ahn'], ['song', 'song', 'song'], ['ryu', 'ryu', 'yoo', 'yu'], ['hong', 'hong', 'hong'], ['jeon', 'chon', 'jun', 'chun'],
  ['go', 'ko', 'ko', 'koh'], ['mun', 'mun', 'moon'], ['yang', 'yang', 'yang'], ['son', 'son', 'sohn'], ['bae', 'pae', 'bae'],
  ['baek', 'paek', 'paik'], ['heo', 'ho', 'hur', 'huh'], ['nam', 'nam', 'nam'], ['no', 'no', 'noh', 'roh'],
];
export const KOREAN_GIVEN: readonly (readonly string[])[] = [
  ['jong', 'chong', 'jong'], ['eun', 'un', 'eun'], ['il', 'il', 'il'], ['seong', 'song', 'sung'], ['cheol', 'chol', 'chul'],
  ['hyeon', 'hyon', 'hyun'], ['yeong', 'yong', 'young'], ['myeong', 'myong', 'myung'], ['su', 'su', 'soo'], ['ho', 'ho', 'ho'],
  ['min', 'min', 'min'], ['jun', 'chun', 'joon'], ['ji', 'chi', 'jee'], ['seok', 'sok', 'suk'], ['hyeok', 'hyok', 'hyuk'],
  ['nam', 'nam', 'nam'], ['gwang', 'kwang', 'kwang'], ['gyeong', 'kyong', 'kyung'], ['dong', 'tong', 'dong'], ['jin', 'chin', 'jin'],
  ['sang', 'sang', 'sang'], ['u', 'u', 'woo'], ['jae', 'chae', 'jae'], ['hui', 'hui', 'hee'], ['hye', 'hye', 'hye'], ['mi', 'mi', 'mi'],
  ['tae', 'tae', 'tae'], ['yong', 'yong', 'yong'], ['won', 'won', 'won'], ['sun', 'sun', 'soon'], ['ok', 'ok', 'ok'],
  ['guk', 'kuk', 'kook'], ['hak', 'hak', 'hak'], ['gyu', 'kyu', 'kyu'], ['chang', 'chang', 'chang'], ['gi', 'ki', 'ki'],
  ['beom', 'pom', 'bum'], ['bong', 'pong', 'bong'],
];

export const HISPANIC_GIVEN_M: readonly string[] = [
  'José', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Pedro', 'Rafael', 'Fernando', 'Ricardo', 'Eduardo', 'Alejandro', 'Roberto',
  'Francisco', 'Manuel', 'Joaquín', 'Ramón', 'Héctor', 'Óscar', 'Sergio', 'Diego', 'Andrés', 'Javier', 'Alberto', 'Raúl', 'Víctor',
  'Guillermo', 'Ernesto', 'Gustavo', 'Julio', 'Ismael', 'Ovidio', 'Arturo', 'Rubén', 'Gilberto', 'Hugo', 'Ignacio', 'Nicolás',
];
export const HISPANIC_GIVEN_F: readonly string[] = [
  'María', 'Ana', 'Carmen', 'Rosa', 'Guadalupe', 'Patricia', 'Claudia', 'Gabriela', 'Adriana', 'Leticia', 'Verónica', 'Silvia', 'Elena',
  'Teresa', 'Lucía', 'Mónica', 'Beatriz', 'Yolanda', 'Marisol', 'Esperanza',
];
export const HISPANIC_COMPOUND_GIVEN: readonly string[] = ['José Luis', 'Juan Carlos', 'María del Carmen', 'María de los Ángeles', 'Juan de Dios', 'María José', 'José Antonio', 'Luis Alberto', 'Ana María', 'Juan Pablo'];
export const HISPANIC_FAMILY: readonly string[] = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez',
  'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Moreno', 'Castillo',
  'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera', 'Juárez', 'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas', 'Guzmán',
  'Velázquez', 'Muñoz', 'Rojas', 'Contreras', 'Salazar', 'Ortega', 'Guerrero', 'Estrada', 'Cárdenas', 'Zambrano', 'Quintero',
  'Villarreal', 'de la Cruz', 'de León', 'del Río', 'Caro', 'Zapata', 'Beltrán', 'Treviño', 'Arellano', 'Valenzuela', 'Carrillo',
  'Esquivel', 'Ochoa', 'Figueroa', 'Cisneros', 'Montoya', 'Barrera', 'Benítez', 'Navarrete', 'Ibarra', 'Solís', 'Paredes',
];

/** Words of company names of these cultures. */
export const ARABIC_ORG_WORDS: readonly string[] = [
  'al-nUr', 'dAr al-salAm', 'al-amal', 'bayt al-mAl', 'al-rAcid', 'al-barak@', 'al-fajr', 'al-hudA', 'al-iHsAn', 'al-xayr', 'al-waTan',
  'al-carq', 'al-najm@', 'al-ruwwAd', 'al-sAHil', 'al-madIn@', 'al-rayyAn', 'al-furAt', 'al-nIl', 'al-xalIj', 'al-jazIr@', 'al-zahrA',
  'al-yamAm@', 'al-qAdisiyy@', 'al-andalus', 'al-burUj', 'al-manAr', 'al-wAHa', 'al-faysal', 'al-Safwa',
];
export const ARABIC_ORG_TRADES: readonly string[] = [
  'General Trading', 'Exchange', 'Money Transfer', 'Contracting', 'Investment', 'Import and Export', 'Travel and Tourism', 'Real Estate',
  'Shipping', 'Trading and Contracting', 'Foodstuff Trading', 'Electronics', 'Auto Spare Parts', 'Jewellery',
];
export const ARABIC_ORG_FORMS: readonly string[] = ['LLC', 'Co.', 'Company', 'FZE', 'Est.', 'W.L.L.', 'L.L.C.', ''];
export const PERSIAN_ORG_WORDS: readonly string[] = [
  'pArs', 'sepehr', 'kavIr', 'AryA', 'tavAnA', 'sAmAn', 'mehr', 'nUr', 'Sadaf', 'ofoq', 'pAyA', 'payAm', 'behsAz', 'tose3e', 'San3at',
  'bAzargAnI', 'naft', 'pAlAyec', 'kAvec', 'arvand', 'xazar', 'alborz', 'zAgros', 'dAnA', 'ArmAn', 'rAhbar', 'mobIn', 'bonyAd', 'setAre',
];
export const PERSIAN_ORG_TRADES: readonly string[] = ['Trading Company', 'Petrochemical Company', 'Industrial Group', 'Engineering Company', 'Shipping Lines', 'Energy Company', 'Investment Company', 'Commercial Company', 'Steel Company'];

export const CIS_ORG_NAMES: readonly string[] = [
  'Стройинвест', 'Промтехника', 'Энергосервис', 'Южный Завод', 'Нефтегазстрой', 'Спецтехимпорт', 'Трансмашхолдинг', 'Авиаремонт',
  'Черноморнефтегаз', 'Уралмашзавод', 'Сибирская Логистика', 'Волжский Трубный Завод', 'Газпромтранс', 'Рособоронсервис', 'Морской Порт',
  'Крымские Вина', 'Северный Альянс', 'Технопромэкспорт', 'Судостроительный Завод Залив', 'Электромашина', 'Химпром', 'Агрокомплекс',
  'Дальневосточная Компания', 'Новые Технологии', 'Промышленные Инвестиции', 'Энергомаш', 'Центр Развития', 'Звезда', 'Радуга', 'Вымпел',
];
/** Legal forms spelt out, as English-language lists write Russian companies. */
export const CIS_LEGAL_PREFIXES: readonly string[] = [
  'LIMITED LIABILITY COMPANY', 'JOINT STOCK COMPANY', 'OPEN JOINT STOCK COMPANY', 'CLOSED JOINT STOCK COMPANY', 'PUBLIC JOINT STOCK COMPANY',
  'STATE UNITARY ENTERPRISE', 'FEDERAL STATE UNITARY ENTERPRISE', 'STATE UNITARY ENTERPRISE OF THE REPUBLIC OF CRIMEA',
  'FEDERAL STATE BUDGETARY INSTITUTION', 'JOINT STOCK COMPANY SCIENTIFIC PRODUCTION ASSOCIATION', 'STATE CORPORATION',
];
export const CIS_REGIONS: readonly string[] = ['Moskva', 'Sankt-Peterburg', 'Kazan', 'Novosibirsk', 'Yekaterinburg', 'Sevastopol', 'Rostov-na-Donu', 'Vladivostok', 'Tashkent', 'Almaty', 'Baku', 'Minsk'];
export const CHINESE_CITIES: readonly string[] = ['Shenzhen', 'Guangzhou', 'Shanghai', 'Beijing', 'Tianjin', 'Dalian', 'Ningbo', 'Xiamen', 'Hangzhou', 'Qingdao', 'Dongguan', 'Wuhan'];
export const CHINESE_TRADES: readonly string[] = [
  'Electronics Technology', 'International Trading', 'Import and Export', 'Shipping', 'Machinery Equipment', 'Chemical Industry',
  'New Energy Technology', 'Logistics', 'Petroleum Equipment', 'Precision Instruments', 'Metal Products', 'Information Technology',
];
export const HISPANIC_ORG_WORDS: readonly string[] = ['Inversiones', 'Comercializadora', 'Grupo', 'Distribuidora', 'Constructora', 'Transportes', 'Servicios Integrales', 'Agropecuaria', 'Inmobiliaria'];
export const HISPANIC_ORG_FORMS: readonly string[] = ['S.A. de C.V.', 'S. de R.L. de C.V.', 'S.A.', 'S.A.S.', 'Ltda.', 'S.R.L.'];
