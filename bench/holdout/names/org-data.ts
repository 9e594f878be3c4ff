/**
 * Organisation name material: legal forms in many languages (each with its abbreviations, full forms and the
 * foreign equivalent writers substitute), activity words, and name cores per culture. General knowledge only.
 */

export interface LegalText {
  text: string;
  /** written before the name (OOO "…", PT …, Công ty TNHH …) */
  prefix?: boolean;
}

export interface LegalForm {
  id: string;
  /** equivalent ways to write this form (abbreviation, full, translation) */
  forms: LegalText[];
  /** related forms a writer might put instead (LLC for OOO, FZCO for FZE) */
  related: string[];
}

const s = (text: string): LegalText => ({ text });
const p = (text: string): LegalText => ({ text, prefix: true });

export const LEGAL_FORMS: LegalForm[] = [
  { id: 'LLC', forms: [s('LLC'), s('L.L.C.'), s('Limited Liability Company'), s('L.L.C')], related: ['LTD', 'WLL', 'FZ-LLC'] },
  { id: 'LTD', forms: [s('Ltd'), s('Ltd.'), s('Limited'), s('LTD')], related: ['LLC', 'PLC'] },
  { id: 'PLC', forms: [s('PLC'), s('plc'), s('Public Limited Company')], related: ['LTD'] },
  { id: 'INC', forms: [s('Inc.'), s('Inc'), s('Incorporated')], related: ['CORP', 'LLC'] },
  { id: 'CORP', forms: [s('Corp.'), s('Corporation'), s('Corp')], related: ['INC', 'CO'] },
  { id: 'CO', forms: [s('Co.'), s('Company'), s('Co')], related: ['CORP', 'LLC'] },
  { id: 'GMBH', forms: [s('GmbH'), s('Gesellschaft mit beschränkter Haftung'), s('G.m.b.H.')], related: ['GMBH_CO_KG', 'AG'] },
  { id: 'GMBH_CO_KG', forms: [s('GmbH & Co. KG'), s('GmbH und Co. KG'), s('GmbH & Co KG')], related: ['GMBH', 'KG'] },
  { id: 'KG', forms: [s('KG'), s('Kommanditgesellschaft')], related: ['GMBH_CO_KG'] },
  { id: 'AG', forms: [s('AG'), s('Aktiengesellschaft')], related: ['GMBH'] },
  { id: 'SARL', forms: [s('SARL'), s('S.A.R.L.'), s('S.à r.l.'), s('Société à responsabilité limitée')], related: ['SAS', 'SARLU'] },
  { id: 'SARLU', forms: [s('SARLU'), s('SUARL'), s('S.A.R.L.U.')], related: ['SARL'] },
  { id: 'SAS', forms: [s('SAS'), s('S.A.S.'), s('Société par actions simplifiée')], related: ['SARL', 'SA_FR'] },
  { id: 'SA_FR', forms: [s('SA'), s('S.A.'), s('Société anonyme')], related: ['SAS'] },
  { id: 'SA_ES', forms: [s('S.A.'), s('SA'), s('Sociedad Anónima')], related: ['SL', 'SA_DE_CV'] },
  { id: 'SL', forms: [s('S.L.'), s('SL'), s('Sociedad Limitada'), s('S.L.U.')], related: ['SA_ES', 'SRL_ES'] },
  { id: 'SA_DE_CV', forms: [s('S.A. de C.V.'), s('SA de CV'), s('Sociedad Anónima de Capital Variable')], related: ['S_DE_RL', 'SA_ES'] },
  { id: 'S_DE_RL', forms: [s('S. de R.L. de C.V.'), s('S de RL de CV'), s('Sociedad de Responsabilidad Limitada de Capital Variable')], related: ['SA_DE_CV'] },
  { id: 'SRL_ES', forms: [s('S.R.L.'), s('SRL'), s('Sociedad de Responsabilidad Limitada')], related: ['SAS_CO', 'SL'] },
  { id: 'SAS_CO', forms: [s('S.A.S.'), s('SAS'), s('Sociedad por Acciones Simplificada')], related: ['SRL_ES'] },
  { id: 'LTDA', forms: [s('Ltda'), s('Ltda.'), s('Limitada')], related: ['EIRELI', 'SA_BR'] },
  { id: 'LDA', forms: [s('Lda'), s('Lda.'), s('Limitada')], related: ['SA_BR'] },
  { id: 'SA_BR', forms: [s('S.A.'), s('S/A'), s('SA')], related: ['LTDA'] },
  { id: 'EIRELI', forms: [s('EIRELI'), s('Eireli')], related: ['LTDA'] },
  { id: 'SPA', forms: [s('S.p.A.'), s('SpA'), s('Società per azioni')], related: ['SRL_IT'] },
  { id: 'SRL_IT', forms: [s('S.r.l.'), s('Srl'), s('Società a responsabilità limitata'), s('S.R.L.')], related: ['SPA'] },
  { id: 'BV', forms: [s('B.V.'), s('BV'), s('Besloten Vennootschap')], related: ['NV'] },
  { id: 'NV', forms: [s('N.V.'), s('NV'), s('Naamloze Vennootschap')], related: ['BV'] },
  { id: 'SPZOO', forms: [s('Sp. z o.o.'), s('Sp. z o. o.'), s('spółka z ograniczoną odpowiedzialnością'), s('Sp.z.o.o.')], related: ['SA_PL'] },
  { id: 'SA_PL', forms: [s('S.A.'), s('Spółka Akcyjna')], related: ['SPZOO'] },
  { id: 'SRO', forms: [s('s.r.o.'), s('spol. s r.o.'), s('společnost s ručením omezeným')], related: ['AS_CZ'] },
  { id: 'AS_CZ', forms: [s('a.s.'), s('akciová společnost')], related: ['SRO'] },
  { id: 'AB', forms: [s('AB'), s('Aktiebolag')], related: ['AS_NO'] },
  { id: 'AS_NO', forms: [s('AS'), s('A/S'), s('Aksjeselskap')], related: ['AB', 'APS'] },
  { id: 'APS', forms: [s('ApS'), s('Anpartsselskab')], related: ['AS_NO'] },
  { id: 'OY', forms: [s('Oy'), s('Osakeyhtiö')], related: ['OYJ'] },
  { id: 'OYJ', forms: [s('Oyj'), s('Julkinen osakeyhtiö')], related: ['OY'] },
  { id: 'AE_GR', forms: [s('A.E.'), s('AE'), s('Anonymi Etaireia')], related: ['EPE'] },
  { id: 'EPE', forms: [s('E.P.E.'), s('EPE'), s('Etaireia Periorismenis Efthynis')], related: ['AE_GR'] },
  { id: 'OOO', forms: [p('OOO'), p('LLC'), p('Limited Liability Company'), p('Obshchestvo s Ogranichennoy Otvetstvennostyu'), s('LLC'), s('OOO')], related: ['AO', 'ZAO'] },
  { id: 'AO', forms: [p('AO'), p('JSC'), p('Joint Stock Company'), p('Aktsionernoye Obshchestvo'), s('JSC')], related: ['PAO', 'OOO'] },
  { id: 'PAO', forms: [p('PAO'), p('PJSC'), p('Public Joint Stock Company'), s('PJSC')], related: ['AO', 'OAO'] },
  { id: 'OAO', forms: [p('OAO'), p('OJSC'), p('Open Joint Stock Company'), s('OJSC')], related: ['PAO', 'ZAO'] },
  { id: 'ZAO', forms: [p('ZAO'), p('CJSC'), p('Closed Joint Stock Company'), s('CJSC')], related: ['OOO', 'OAO'] },
  { id: 'TOV', forms: [p('TOV'), p('TOV'), p('Tovarystvo z Obmezhenoyu Vidpovidalnistyu'), p('LLC'), s('LLC')], related: ['PRAT'] },
  { id: 'PRAT', forms: [p('PrAT'), p('PrJSC'), p('Private Joint Stock Company'), s('PrJSC')], related: ['TOV'] },
  { id: 'TOO', forms: [p('TOO'), p('LLP'), p('Limited Liability Partnership'), p('Tovarishchestvo s Ogranichennoy Otvetstvennostyu'), s('LLP')], related: ['AO'] },
  { id: 'MCHJ', forms: [p('MChJ'), p('OOO'), p('LLC'), p("Mas'uliyati Cheklangan Jamiyat"), s('LLC')], related: ['AO'] },
  { id: 'SUE', forms: [p('State Unitary Enterprise'), p('SUE'), p('GUP')], related: ['FSUE'] },
  { id: 'FSUE', forms: [p('Federal State Unitary Enterprise'), p('FSUE'), p('FGUP')], related: ['SUE'] },
  { id: 'FZE', forms: [s('FZE'), s('F.Z.E.'), s('Free Zone Establishment')], related: ['FZCO', 'FZ-LLC'] },
  { id: 'FZCO', forms: [s('FZCO'), s('FZ-CO'), s('Free Zone Company'), s('F.Z.C.O.')], related: ['FZE', 'FZ-LLC'] },
  { id: 'FZ-LLC', forms: [s('FZ-LLC'), s('FZ LLC'), s('FZ L.L.C.')], related: ['FZE', 'LLC'] },
  { id: 'WLL', forms: [s('W.L.L.'), s('WLL'), s('With Limited Liability'), s('Co. W.L.L.')], related: ['LLC', 'SPC'] },
  { id: 'SPC', forms: [s('SPC'), s('S.P.C.'), s('Single Person Company')], related: ['WLL', 'LLC'] },
  { id: 'EST', forms: [s('Est.'), s('Establishment'), s('Est')], related: ['CO', 'LLC'] },
  { id: 'SAL', forms: [s('S.A.L.'), s('SAL'), s('Société Anonyme Libanaise')], related: ['SARL'] },
  { id: 'SAE', forms: [s('S.A.E.'), s('SAE'), s('Egyptian Joint Stock Company')], related: ['LLC'] },
  { id: 'AS_TR', forms: [s('A.Ş.'), s('AŞ'), s('A.S.'), s('Anonim Şirketi')], related: ['LTD_STI'] },
  { id: 'LTD_STI', forms: [s('Ltd. Şti.'), s('Ltd. Sti.'), s('Limited Şirketi'), s('LTD. ŞTİ.')], related: ['AS_TR'] },
  { id: 'PJS_IR', forms: [s('PJS'), s('Private Joint Stock Company'), p('Sherkat-e Sahami-ye Khass'), s('Co.')], related: ['CO'] },
  { id: 'PVT_LTD', forms: [s('(Pvt) Ltd'), s('Pvt. Ltd.'), s('Private Limited'), s('Pvt Ltd'), s('(Private) Limited')], related: ['LTD', 'SMC_PVT'] },
  { id: 'SMC_PVT', forms: [s('(SMC-Pvt) Ltd'), s('SMC-Private Limited'), s('SMC Pvt Ltd')], related: ['PVT_LTD'] },
  { id: 'LLP', forms: [s('LLP'), s('L.L.P.'), s('Limited Liability Partnership')], related: ['LTD'] },
  { id: 'CO_LTD', forms: [s('Co., Ltd.'), s('Co. Ltd'), s('Company Limited'), s('Co Ltd'), s('CO.,LTD')], related: ['LTD', 'CORP'] },
  { id: 'HK_LTD', forms: [s('Limited'), s('Ltd'), s('Ltd.')], related: ['CO_LTD'] },
  { id: 'PTE_LTD', forms: [s('Pte. Ltd.'), s('Pte Ltd'), s('Private Limited')], related: ['LTD'] },
  { id: 'SDN_BHD', forms: [s('Sdn. Bhd.'), s('Sdn Bhd'), s('Sendirian Berhad')], related: ['BHD'] },
  { id: 'BHD', forms: [s('Bhd.'), s('Berhad')], related: ['SDN_BHD'] },
  { id: 'PT', forms: [p('PT'), p('P.T.'), p('Perseroan Terbatas')], related: ['CV_ID'] },
  { id: 'CV_ID', forms: [p('CV'), p('C.V.')], related: ['PT'] },
  { id: 'JUSIK', forms: [s('Co., Ltd.'), s('Corporation'), p('Jusik Hoesa'), p('Chusik Hoesa')], related: ['CORP', 'INC'] },
  { id: 'TNHH', forms: [p('Công ty TNHH'), s('Co., Ltd'), s('Company Limited'), p('Công ty Trách nhiệm Hữu hạn')], related: ['CP_VN'] },
  { id: 'CP_VN', forms: [p('Công ty Cổ phần'), s('JSC'), s('Joint Stock Company')], related: ['TNHH'] },
  { id: 'NIG_LTD', forms: [s('Nigeria Limited'), s('Nig. Ltd'), s('Nigeria Ltd'), s('(Nig) Ltd')], related: ['LTD'] },
  { id: 'GH_LTD', forms: [s('Ghana Limited'), s('Ghana Ltd'), s('Gh. Ltd')], related: ['LTD'] },
];

export const LEGAL_BY_ID: Record<string, LegalForm> = Object.fromEntries(LEGAL_FORMS.map((f) => [f.id, f]));

/** Legal forms written out in full that start a name and take most of a 35-character field. */
export const LONG_PREFIX_FORMS: { id: string; text: string; culture: 'cyrillic' | 'vietnamese' | 'persian' }[] = [
  { id: 'OOO', text: 'Limited Liability Company', culture: 'cyrillic' },
  { id: 'AO', text: 'Joint Stock Company', culture: 'cyrillic' },
  { id: 'PAO', text: 'Public Joint Stock Company', culture: 'cyrillic' },
  { id: 'OAO', text: 'Open Joint Stock Company', culture: 'cyrillic' },
  { id: 'ZAO', text: 'Closed Joint Stock Company', culture: 'cyrillic' },
  { id: 'PRAT', text: 'Private Joint Stock Company', culture: 'cyrillic' },
  { id: 'SUE', text: 'State Unitary Enterprise', culture: 'cyrillic' },
  { id: 'FSUE', text: 'Federal State Unitary Enterprise', culture: 'cyrillic' },
  { id: 'TOO', text: 'Limited Liability Partnership', culture: 'cyrillic' },
  { id: 'OOO', text: 'Obshchestvo s Ogranichennoy Otvetstvennostyu', culture: 'cyrillic' },
  { id: 'TOV', text: 'Tovarystvo z Obmezhenoyu Vidpovidalnistyu', culture: 'cyrillic' },
  { id: 'CP_VN', text: 'Công ty Cổ phần', culture: 'vietnamese' },
  { id: 'TNHH', text: 'Công ty Trách nhiệm Hữu hạn', culture: 'vietnamese' },
  { id: 'PJS_IR', text: 'Sherkat-e Sahami-ye Khass', culture: 'persian' },
];

/** Words many company names share: what a "company words only" negative is made of. */
export const COMMON_COMPANY_WORDS = [
  'Global', 'International', 'General', 'Trading', 'Services', 'Group', 'Holding', 'Holdings', 'Investment', 'Investments',
  'Consulting', 'Solutions', 'Management', 'Enterprises', 'Industries', 'Logistics', 'Import', 'Export', 'Import Export',
  'Commercial', 'Development', 'Capital', 'Partners', 'Technologies', 'Systems', 'Resources', 'Ventures', 'Associates',
  'United', 'National', 'Universal', 'Premier', 'Royal', 'First', 'New', 'Star', 'Golden', 'Best', 'Prime', 'Smart',
  'Digital', 'Media', 'Marketing', 'Finance', 'Financial', 'Supply', 'Distribution', 'Construction', 'Engineering',
  'Property', 'Real Estate', 'Travel', 'Tourism', 'Transport', 'Shipping', 'Energy', 'Trade', 'Business', 'Network',
];

export const ENGLISH_ACTIVITIES = [
  'General Trading', 'Trading', 'Import & Export', 'Import Export', 'Contracting', 'Exchange', 'Jewellery', 'Real Estate',
  'Electronics', 'Foodstuff Trading', 'Building Materials', 'Logistics', 'Shipping', 'Travel & Tourism', 'Technical Services',
  'Investment', 'Auto Spare Parts', 'Textiles', 'Money Transfer', 'Perfumes', 'Marine Services', 'Mobile Phones',
  'Garments', 'Furniture', 'Medical Supplies', 'Printing & Publishing', 'Cargo', 'Consultancy', 'Construction',
  'Engineering', 'Computer Systems', 'Digital Media', 'Software', 'Hotel Supplies', 'Catering', 'Cleaning Services',
];

export const LONG_TAIL_PHRASES = [
  'Import Export', 'and Logistics Services', 'General Trading and Contracting', 'Industrial and Commercial',
  'Engineering Construction and Maintenance', 'Agricultural Products Processing', 'Wholesale and Retail Distribution',
  'Information Technology Consulting', 'Transport Forwarding and Warehousing', 'Medical Equipment and Pharmaceutical Supplies',
  'of the Northern Region', 'International Holding', 'Building Materials and Sanitary Ware', 'Precious Metals and Jewellery',
  'Tourism Hospitality and Event Management', 'Textile Garments and Accessories', 'Oilfield Equipment Rental', 'Cold Chain and Food Processing',
];

export const ARABIC_ORG_CORES = [
  'al-nUr', 'al-fajr', 'al-hudA', 'al-khalIj', 'al-sharq', 'al-andalus', 'al-rayyAn', 'al-wAH@', 'al-bustAn', 'al-jazIr@',
  'al-madIn@', 'al-qamar', 'al-najm', 'al-thurayyA', 'al-ikhlAS', 'al-barak@', 'al-amIn', 'al-fArUq', 'al-nakhIl', 'al-dAn@',
  'al-yAsmIn', 'al-rawD@', 'al-manAr@', 'al-wafA\'', 'al-Hikm@', 'al-SafA', 'al-marw@', 'al-majd', 'al-nahD@', 'al-SaHrA\'',
  'al-burj', 'al-falak', 'al-sa`Ad@', 'al-khayr', 'al-rukn', 'al-qimm@', 'al-shurUq', 'al-ghurUb', 'al-mu`taz', 'al-Saqr',
  'al-furAt', 'al-nIl', 'al-zaytUn', 'al-ruwAd', 'al-bAsil', 'al-ma`Ali', 'al-raw`@', 'al-`ahd', 'al-ittiHAd', 'al-jawhar@',
];
export const ARABIC_ORG_ADJECTIVES = ['al-jadId', 'al-dhahabI', 'al-dawlI', 'al-muttaHid', 'al-`arabI', 'al-khalIjI', 'al-waTanI', 'al-Hadith'];

export const PERSIAN_ORG_CORES = [
  'setAr@', 'sepehr', 'tavAnA', 'negIn', 'kavIr', 'simorgh', 'mehr', 'armAn', 'omId', 'pArs', 'AryA', 'kIsh', 'alborz', 'zAgros',
  'damAvand', 'pAsArgAd', 'shAyAn', 'behsAz', 'nIkAn', 'padId@', 'rAhAvard', 'farAyand', 'AsemAn', 'bAmdAd', 'dAnesh', 'novIn',
  'rAstIn', 'parniyAn', 'kAvosh', 'payAm', 'sAmAn', 'tUsh@', 'gostar', 'pouyA', 'barAn', 'dorsA', 'hAmUn', 'kArUn', 'zAyand@',
];
export const PERSIAN_ACTIVITIES = [
  'Trading Company', 'Industrial Group', 'Engineering Company', 'Commercial Company', 'Textile Company', 'Carpet Company',
  'Saffron Company', 'Pistachio Export Company', 'Food Industries', 'Tile and Ceramic Company', 'Home Appliances', 'Packaging Industries',
];

export const PAKISTANI_ACTIVITIES = [
  'Traders', 'Enterprises', 'Textile Mills', 'Cotton Industries', 'Rice Exporters', 'Surgical Instruments', 'Sports Goods',
  'Leather Garments', 'Builders', 'Brothers', '& Sons', 'Goods Transport', 'Exchange Company', 'Embroidery House', 'Dry Fruit Traders',
];
export const PAKISTANI_ARABIC_CORES = ['al-madIn@', 'nUr', 'shAhIn', 'zamzam', 'al-raHmAn', 'al-karIm', 'makk@', 'Tayyib@', 'al-faySal', 'al-fatH', 'barak@', 'ittifAq'];

export const TURKISH_ORG_CORES = [
  'Yıldız', 'Anadolu', 'Karadeniz', 'Ege', 'Marmara', 'Toros', 'Kuzey', 'Güney', 'Doğu', 'Akdeniz', 'Yeşil', 'Altın', 'Demir',
  'Kartal', 'Aslan', 'Ayyıldız', 'Özgür', 'Bereket', 'Uğur', 'Başak', 'Ekin', 'Derya', 'Gökkuşağı', 'Lale', 'Çınar', 'Akçay',
  'Sarıkaya', 'Özbey', 'Tuna', 'Fırat', 'Dicle', 'Kızılırmak', 'Erciyes', 'Uludağ', 'Kaçkar', 'Palandöken', 'Bozdağ', 'Göksu',
];
export const TURKISH_ACTIVITIES = [
  'Tekstil', 'Gıda', 'İnşaat', 'Otomotiv', 'Lojistik', 'Kimya', 'Makina', 'Dış Ticaret', 'Turizm', 'Enerji', 'Madencilik',
  'Mobilya', 'Elektronik', 'Tarım Ürünleri', 'Ambalaj', 'Plastik', 'Kuyumculuk', 'Nakliyat',
];
export const TURKISH_TRADE_WORDS = ['Sanayi ve Ticaret', 'San. ve Tic.', 'Ticaret', 'İthalat İhracat', 'Pazarlama'];

/** Cyrillic brand words are built from these parts (Балтресурс, Уралснаб). */
export const CYRILLIC_BRAND_HEADS = [
  'Балт', 'Урал', 'Сиб', 'Волга', 'Нева', 'Дон', 'Кама', 'Амур', 'Байкал', 'Север', 'Юг', 'Восток', 'Запад', 'Центр', 'Мега',
  'Гео', 'Агро', 'Пром', 'Техно', 'Энерго', 'Строй', 'Транс', 'Металл', 'Лес', 'Хим', 'Фарм', 'Мед', 'Авто', 'Электро',
  'Альфа', 'Вега', 'Орион', 'Титан', 'Гранит', 'Кристалл', 'Полюс', 'Меридиан', 'Ирбис', 'Алтын', 'Тулпар', 'Самрук', 'Буревестник',
  'Арктик', 'Тайга', 'Енисей', 'Обь', 'Кубань', 'Ока', 'Печора', 'Таврия', 'Днепр', 'Карпаты', 'Полесье', 'Бриз', 'Зенит', 'Квант',
  'Неон', 'Спектр', 'Вектор', 'Сигма', 'Омега', 'Гелиос', 'Атлант', 'Фарватер', 'Каскад', 'Рубеж', 'Стрела', 'Велес',
];
/** Cyrillic company names built on a surname (Кузнецов и Партнёры). */
export const CYRILLIC_SURNAME_PATTERNS = ['{s} и Партнёры', '{s} и Сыновья', 'Дом {s}', '{s}'];

export const CYRILLIC_BRAND_TAILS = [
  'ресурс', 'снаб', 'инвест', 'строй', 'транс', 'торг', 'пром', 'комплект', 'сервис', 'маш', 'групп', 'логистик', 'трейд',
  'импорт', 'экспорт', 'мир', 'лайн', 'стиль', 'альянс', 'профит', 'капитал', 'вест', 'тех', 'снабсбыт', 'холод', 'газсервис',
  'нефтемаш', 'агро', 'медиа', 'софт', 'энерго', 'металл', 'лес', 'хим', 'транзит', 'терминал', 'порт', 'флот', 'опт',
];
export const CYRILLIC_TWO_WORD = [
  'Северная Звезда', 'Белый Медведь', 'Золотой Колос', 'Новый Век', 'Синяя Птица', 'Южный Ветер', 'Зелёная Долина', 'Серебряный Бор',
  'Тихая Гавань', 'Красная Горка', 'Морской Бриз', 'Восточный Ветер', 'Лесная Поляна', 'Крепкий Орешек', 'Большая Медведица',
];
/** Common words of Cyrillic company names (Trading House, Group of Companies), also romanised by the system. */
export const CYRILLIC_COMMON = ['Торговый Дом', 'Группа Компаний', 'Производственная Компания', 'Научно-Производственное Предприятие', 'Торговая Компания'];

export const CHINESE_INDUSTRIES = [
  'Electronic Technology', 'Import and Export', 'Trading', 'Industrial', 'Machinery', 'Textile', 'Logistics', 'Network Technology',
  'Supply Chain Management', 'Biotechnology', 'Chemical', 'New Material', 'Optoelectronics', 'Information Technology',
  'International Trade', 'Garment', 'Hardware Products', 'Packaging Products', 'Auto Parts', 'Commerce and Trade',
];
export const KOREAN_INDUSTRIES = ['Industrial', 'Trading', 'Electronics', 'Precision', 'Chemical', 'Textile', 'Logistics', 'Shipping', 'Tech', 'Machinery', 'Steel', 'Foods', 'Cosmetics'];

/** Vietnamese company names pair two auspicious words (Hoàng Long, Phú Thịnh, Minh Phát). */
export const VIETNAMESE_BRAND_WORDS = [
  'Hoàng', 'Long', 'Phú', 'Thịnh', 'Minh', 'Phát', 'Thành', 'Đạt', 'An', 'Khang', 'Tân', 'Việt', 'Hưng', 'Đại', 'Kim', 'Sao',
  'Mai', 'Bình', 'Phúc', 'Lộc', 'Nam', 'Trường', 'Thiên', 'Hải', 'Đăng', 'Đông', 'Quang', 'Vạn', 'Xuân', 'Bảo', 'Gia', 'Hòa',
  'Lợi', 'Nhật', 'Quốc', 'Sơn', 'Tài', 'Thái', 'Tiến', 'Trí', 'Tuấn', 'Vĩnh', 'Hùng', 'Cường', 'Đức', 'Hà', 'Hồng', 'Ngọc',
];
export const VIETNAMESE_ACTIVITIES = [
  ['Thương mại', 'Trading'], ['Xuất nhập khẩu', 'Import Export'], ['Dịch vụ', 'Services'], ['Đầu tư', 'Investment'],
  ['Xây dựng', 'Construction'], ['Thương mại và Dịch vụ', 'Trading and Services'], ['Vận tải', 'Transport'], ['May mặc', 'Garment'],
];

export const HISPANIC_ORG_CORES = [
  'Aurora', 'Horizonte', 'Del Valle', 'Sierra Madre', 'Pacífico', 'Atlántico', 'Andina', 'Cóndor', 'Quetzal', 'Azteca',
  'Montecristo', 'Santa Fe', 'San Miguel', 'Los Pinos', 'El Roble', 'La Esperanza', 'Tres Ríos', 'Alborada', 'Amanecer',
  'Cumbre', 'Estrella del Sur', 'Solaris', 'Vértice', 'Zenit', 'Bahía', 'Caribe', 'Altiplano', 'Mirador', 'Cordillera', 'Llanos',
  'Guadalquivir', 'Ebro', 'Mediterráneo', 'Cantábrico', 'Pampa', 'Patagonia', 'Araucaria', 'Nevado', 'Volcán', 'Ceiba',
];
export const HISPANIC_PREFIXES = ['Grupo', 'Comercializadora', 'Distribuidora', 'Inversiones', 'Constructora', 'Importadora', 'Servicios Integrales', 'Transportes', 'Inmobiliaria', 'Agroindustrias'];
export const HISPANIC_ACTIVITIES = ['Comercial', 'Agroindustrial', 'Logística', 'Servicios Financieros', 'Alimentos', 'Textil', 'Farmacéutica', 'Tecnología', 'Minera', 'Exportadora', 'Importaciones', 'Consultores'];

export const PORTUGUESE_ORG_CORES = [
  'Aurora', 'Horizonte', 'Atlântico', 'Cruzeiro', 'Bandeirantes', 'Ipanema', 'Guanabara', 'Tijuca', 'Paraná', 'Tocantins',
  'Araguaia', 'Amazônia', 'Cerrado', 'Pantanal', 'Sertão', 'Caravela', 'Estrela', 'Farol', 'Mar Azul', 'Sol Nascente',
  'Boa Vista', 'Monte Alegre', 'Vale Verde', 'Lusitânia', 'Minho', 'Douro', 'Tejo', 'Algarve', 'Ribatejo', 'Alentejo',
];
export const PORTUGUESE_PATTERNS = [
  '{core} Comércio e Serviços', '{surname} & Filhos', 'Construtora {core}', 'Distribuidora {core}', 'Transportadora {surname}',
  'Indústria e Comércio de Alimentos {core}', '{core} Importação e Exportação', '{core} Comércio de Produtos Agropecuários',
  '{core} Participações', 'Agropecuária {core}', '{core} Tecnologia da Informação', '{surname} & {surname2} Advogados',
  '{surname} {surname2} Comércio', 'Construtora {surname} {surname2}',
];

export const WEST_AFRICAN_WORDS = [
  'Sunrise', 'Golden Eagle', 'Blessed', 'Divine Grace', 'Ebenezer', 'Kings', 'Royal Crown', 'Shalom', 'Excel', 'Paragon', 'Citadel',
  'Sahel', 'Teranga', 'Baobab', 'Djoliba', 'Soleil', 'Étoile', 'Espoir', 'Avenir', 'Harmattan', 'Volta', 'Oshun', 'Zuma', 'Ashanti',
];
export const WEST_AFRICAN_PATTERNS_EN = ['{surname} & Sons', '{word} Ventures', '{word} Global Concepts', '{word} Integrated Services', '{surname} Trading Company', '{word} Resources', '{word} Agro Allied', '{surname} & {surname2} Enterprises', '{word} {surname} Ventures'];
export const WEST_AFRICAN_PATTERNS_FR = ['Ets {surname} et Frères', 'Établissements {surname}', '{word} Services', 'Groupe {surname}', '{word} Commerce Général', 'Société {surname} et Fils', 'Ets {surname} {surname2}', '{surname} et {surname2} Négoce'];

export const INDIAN_CORES: string[][] = [
  ['Lakshmi', 'Laxmi'], ['Ganesh', 'Ganesha'], ['Venkateswara', 'Venkateshwara'], ['Vinayak', 'Vinayaka'], ['Balaji'], ['Tirupati', 'Tirupathi'],
  ['Mahalakshmi', 'Mahalaxmi'], ['Jagdamba', 'Jagadamba'], ['Sai Krishna'], ['Om Sai'], ['Ganga'], ['Yamuna'], ['Himalaya', 'Himalayan'],
  ['Nilgiri', 'Nilgiris'], ['Kaveri', 'Cauvery'], ['Sagar'], ['Suraj'], ['Shiv Shakti', 'Shiva Shakti'], ['Radhe Krishna', 'Radhey Krishna'],
  ['Durga'], ['Ambika'], ['Saraswati', 'Saraswathi'], ['Annapurna', 'Annapoorna'], ['Kamadhenu'], ['Gomti', 'Gomati'], ['Narmada'],
];
export const INDIAN_HONORIFICS = ['Shree', 'Shri', 'Sri', 'Sree'];
export const INDIAN_ACTIVITIES = ['Enterprises', 'Traders', 'Exports', 'Textiles', 'Infotech', 'Pharma', 'Agro Industries', 'Jewellers', 'Steel Industries', 'Polymers', 'Spinning Mills', 'Foods', 'Logistics', 'Chemicals'];

export const EUROPEAN_WORDS = [
  'Alpha', 'Nova', 'Vita', 'Atlas', 'Orion', 'Vega', 'Aurora', 'Nordstern', 'Sonnenhof', 'Rheinland', 'Alpenblick', 'Lindenhof',
  'Eichwald', 'Bergblick', 'Seeblick', 'Weserland', 'Elbtal', 'Baltica', 'Silvana', 'Stella Maris', 'Adriatica', 'Tirrenia',
  'Dolomiti', 'Zuiderzee', 'Noordzee', 'Kaszuby', 'Mazowsze', 'Vltava', 'Šumava', 'Fjellheim', 'Skogheim', 'Havblikk', 'Solvik',
  'Aigaio', 'Olympos', 'Kyklades', 'Pennine', 'Highland', 'Cotswold', 'Brabant', 'Provence', 'Bretagne', 'Lumière', 'Garonne',
];
export const EUROPEAN_ACTIVITIES: Record<string, string[]> = {
  DE: ['Maschinenbau', 'Logistik', 'Handel', 'Immobilien', 'Bau', 'Metallbau', 'Elektrotechnik', 'Vertrieb', 'Beteiligungs'],
  FR: ['Transports', 'Bâtiment', 'Négoce', 'Distribution', 'Conseil', 'Immobilier', 'Import Export', 'Services'],
  IT: ['Costruzioni', 'Trasporti', 'Commercio', 'Impianti', 'Servizi', 'Alimentari', 'Tessile'],
  NL: ['Handelsonderneming', 'Beheer', 'Transport', 'Bouw', 'Installatietechniek', 'Holding'],
  PL: ['Handel', 'Usługi', 'Budownictwo', 'Transport', 'Logistyka', 'Produkcja'],
  CZ: ['Stavby', 'Obchod', 'Doprava', 'Služby', 'Strojírenství'],
  NORDIC: ['Bygg', 'Handel', 'Transport', 'Fastigheter', 'Konsult', 'Invest'],
  GR: ['Shipping', 'Trading', 'Constructions', 'Tourism', 'Logistics'],
  GB_IE: ['Trading', 'Consulting', 'Logistics', 'Property', 'Engineering', 'Services', 'Holdings', 'Capital'],
  HU_RO: ['Kereskedelmi', 'Építőipari', 'Transport', 'Comerț', 'Construcții', 'Servicii'],
};
export const EUROPEAN_LEGAL: Record<string, string[]> = {
  DE: ['GMBH', 'GMBH', 'GMBH_CO_KG', 'KG', 'AG'],
  FR: ['SARL', 'SAS', 'SA_FR'],
  IT: ['SRL_IT', 'SRL_IT', 'SPA'],
  NL: ['BV', 'BV', 'NV'],
  PL: ['SPZOO', 'SPZOO', 'SA_PL'],
  CZ: ['SRO', 'SRO', 'AS_CZ'],
  NORDIC: ['AB', 'AS_NO', 'APS', 'OY'],
  GR: ['AE_GR', 'EPE'],
  GB_IE: ['LTD', 'LTD', 'PLC', 'LLP'],
  HU_RO: ['SRL_IT', 'LTD'],
};

/** Parts of coined brand names (Veltrix, Monara, Kalvio): many companies are named by an invented word. */
export const BRAND_ONSETS = [
  'Al', 'Bel', 'Cor', 'Dan', 'El', 'Fal', 'Gal', 'Hel', 'Ir', 'Jor', 'Kal', 'Lum', 'Mar', 'Nor', 'Or', 'Pal', 'Quin', 'Ros', 'Sal',
  'Tor', 'Ul', 'Val', 'Ver', 'Zen', 'Bri', 'Cla', 'Dra', 'Fre', 'Gra', 'Pri', 'Tra', 'Vol', 'Ast', 'Sol', 'Mon', 'Lin', 'Ter',
  'Cas', 'Ser', 'Aur', 'Nex', 'Vit', 'Tel', 'Kor', 'Mir', 'Sev', 'Ben', 'Dor', 'Fen', 'Lor',
];
export const BRAND_MIDDLES = ['a', 'e', 'i', 'o', 'ar', 'en', 'or', 'an', 'el', 'is', 'ex', 'in', '', '', 'ul', 'am'];
export const BRAND_ENDINGS = [
  'a', 'o', 'ia', 'ix', 'on', 'us', 'ex', 'ora', 'ana', 'eon', 'ium', 'ica', 'ara', 'ino', 'ento', 'ello', 'eta', 'ova', 'ys',
  'ent', 'ax', 'ane', 'is', 'uma', 'ago', 'ena', 'ivo', 'ori', 'ante', 'eda',
];
