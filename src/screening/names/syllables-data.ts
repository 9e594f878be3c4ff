/**
 * Syllables of Chinese and Korean names and how each romanisation system spells them, as data and the systems'
 * spelling rules: a Chinese given name is two syllables that pinyin writes Zhiqiang, Wade-Giles Chih-chiang and a
 * Hong Kong register Chi Keung; a Korean one is Gukgi in Revised Romanization, Kuk-ki in McCune-Reischauer and
 * Kook-ki in common use. Each written syllable stands for the syllables (pinyin, or Revised Romanization) it can be
 * a spelling of; two written syllables are one syllable when those sets meet.
 *
 * Written from the published rules of the systems (Hanyu Pinyin's syllable table, the Wade-Giles correspondences
 * with the apostrophes and umlauts that payments drop, Taiwan's Tongyong Pinyin, the Revised Romanization of
 * Korean and McCune-Reischauer without diacritics) and from common Cantonese, Hokkien and Korean family spelling
 * habits; not from any list.
 */

/** Hanyu Pinyin syllables (ü written v), by initial. */
export const PINYIN_SYLLABLES: readonly string[] = `
a o e ai ei ao ou an en ang eng er
yi ya yo ye yao you yan yin yang ying yong yu yue yuan yun
wu wa wo wai wei wan wen wang weng
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve
la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun
`
  .trim()
  .split(/\s+/);

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];

function splitPinyin(s: string): [string, string] {
  for (const i of INITIALS) if (s.startsWith(i) && s.length > i.length) return [i, s.slice(i.length)];
  return ['', s];
}

/** Whether a pinyin syllable's u is ü (after j, q, x, y, and the v of lv / nv). */
const UMLAUT_INITIALS = new Set(['j', 'q', 'x', 'y']);

/** Wade-Giles, without the apostrophe of aspiration and the umlaut, as payments write it. */
export function wadeGiles(py: string): string {
  const whole: Record<string, string> = {
    zhi: 'chih',
    chi: 'chih',
    shi: 'shih',
    ri: 'jih',
    zi: 'tzu',
    ci: 'tzu',
    si: 'ssu',
    er: 'erh',
    yi: 'i',
    ye: 'yeh',
    you: 'yu',
    yan: 'yen',
    yong: 'yung',
    yue: 'yueh',
    lve: 'lueh',
    nve: 'nueh',
    lv: 'lu',
    nv: 'nu',
  };
  if (whole[py] !== undefined) return whole[py];
  const [ini, fin] = splitPinyin(py);
  if (ini === 'y' || ini === 'w') return py;
  const initial: Record<string, string> = { b: 'p', d: 't', g: 'k', j: 'ch', q: 'ch', x: 'hs', zh: 'ch', r: 'j', z: 'ts', c: 'ts' };
  let f = fin;
  if (f === 'ong') f = 'ung';
  else if (f === 'iong') f = 'iung';
  else if (f === 'ie') f = 'ieh';
  else if (f === 'ian') f = 'ien';
  else if (f === 'ue') f = 'ueh';
  else if (f === 'uo') f = ini === 'g' || ini === 'k' || ini === 'h' || ini === 'sh' ? 'uo' : 'o';
  else if (f === 'e') f = ini === 'g' || ini === 'k' || ini === 'h' ? 'o' : 'e';
  else if (f === 'ui') f = ini === 'g' || ini === 'k' ? 'uei' : 'ui';
  return (initial[ini] ?? ini) + f;
}

/** Taiwan's Tongyong Pinyin (2002-2008 passports: Jhang, Syu, Siao), without tone marks. */
export function tongyong(py: string): string {
  const whole: Record<string, string> = {
    zhi: 'jhih',
    chi: 'chih',
    shi: 'shih',
    ri: 'rih',
    zi: 'zih',
    ci: 'cih',
    si: 'sih',
    weng: 'wong',
    lv: 'lyu',
    nv: 'nyu',
    lve: 'lyue',
    nve: 'nyue',
  };
  if (whole[py] !== undefined) return whole[py];
  const [ini, fin] = splitPinyin(py);
  let f = fin;
  if (UMLAUT_INITIALS.has(ini) && ini !== 'y' && f.startsWith('u')) f = 'y' + f; // ju → jyu, xuan → syuan
  if (f === 'iong') f = 'yong';
  else if (f === 'iu') f = 'iou';
  else if (f === 'ui') f = 'uei';
  else if (f === 'eng' && (ini === 'b' || ini === 'p' || ini === 'm' || ini === 'f')) f = 'ong';
  const initial: Record<string, string> = { zh: 'jh', x: 's', q: 'c' };
  return (initial[ini] ?? ini) + f;
}

/**
 * Cantonese (Hong Kong government style) and Hokkien / Teochew (Singapore, Malaysia, the Philippines) spellings of
 * common family-name characters, with the pinyin of the characters they spell: Cheung is 張 zhang, 長 chang or 祥
 * xiang; Tan is 陳 chen in Hokkien. A spelling stands for every reading listed.
 */
export const SOUTHERN_CHINESE: Readonly<Record<string, readonly string[]>> = {
  cheung: ['zhang', 'chang', 'xiang'],
  chan: ['chen'],
  wong: ['wang', 'huang'],
  lee: ['li'],
  lau: ['liu'],
  chow: ['zhou'],
  ng: ['wu'],
  lam: ['lin'],
  kwok: ['guo'],
  yip: ['ye'],
  yeung: ['yang'],
  chiu: ['zhao', 'chao'],
  law: ['luo'],
  lo: ['luo', 'lu'],
  leung: ['liang'],
  tse: ['xie'],
  tong: ['tang'],
  fung: ['feng'],
  tso: ['cao'],
  pang: ['peng'],
  tsang: ['zeng'],
  siu: ['xiao'],
  tin: ['tian'],
  poon: ['pan'],
  yuen: ['yuan'],
  choi: ['cai'],
  kong: ['jiang', 'gang', 'kang'],
  to: ['du', 'tao'],
  so: ['su'],
  yam: ['ren'],
  sham: ['shen'],
  yiu: ['yao'],
  kam: ['jin'],
  chin: ['qian'],
  ka: ['jia'],
  ha: ['xia'],
  fong: ['fang'],
  chau: ['zou', 'zhou'],
  hung: ['xiong', 'hong'],
  pak: ['bai'],
  mang: ['meng'],
  yau: ['qiu', 'you'],
  hau: ['hou'],
  mak: ['mai'],
  kwan: ['guan', 'jun', 'kun'],
  tsui: ['cui', 'xu'],
  ko: ['gao'],
  mok: ['mo'],
  // Hokkien / Teochew family names
  lim: ['lin'],
  goh: ['wu'],
  teo: ['zhang'],
  teoh: ['zhang'],
  tay: ['zheng'],
  ong: ['wang'],
  koh: ['xu', 'gao'],
  chua: ['cai'],
  wee: ['huang'],
  yeo: ['yang'],
  ang: ['hong'],
  toh: ['du'],
  quek: ['guo'],
  kwek: ['guo'],
  low: ['liu'],
  khoo: ['qiu'],
  teh: ['zheng'],
  oei: ['huang'],
  sim: ['shen'],
  seah: ['she'],
  // (Cantonese 韋)
  wai: ['wei'],
  // More Cantonese (蔡 葉 霍 冼 石 孫 韓 譚 徐 顧 區 葛 陸 岑), Hakka (劉 葉 彭 胡 林) and Hokkien / Teochew (張 謝 蘇 鄭
  // 梁 許 黃 蕭 周 何) family names.
  tsoi: ['cai'],
  ip: ['ye'],
  fok: ['huo'],
  sin: ['xian'],
  shek: ['shi'],
  suen: ['sun'],
  hon: ['han'],
  tam: ['tan'],
  chui: ['xu'],
  koo: ['gu'],
  au: ['ou'],
  kot: ['ge'],
  luk: ['lu'],
  shum: ['cen'],
  liew: ['liu'],
  yap: ['ye'],
  phang: ['peng'],
  foo: ['hu'],
  lum: ['lin'],
  tiong: ['zhang'],
  cheah: ['xie'],
  sia: ['xie'],
  soh: ['su'],
  tee: ['zheng'],
  neo: ['liang'],
  kho: ['xu'],
  khor: ['xu'],
  ooi: ['huang'],
  seow: ['xiao'],
  chew: ['zhou'],
  hoo: ['he'],
};

/**
 * Cantonese spellings of common given-name characters. One spelling stands for many characters (Chun is 俊 jun,
 * 真 zhen, 春 chun), so these serve syllable strings of two syllables or more only, not one-syllable names.
 */
export const CANTONESE_GIVEN: Readonly<Record<string, readonly string[]>> = {
  wai: ['wei', 'hui'],
  man: ['wen', 'min', 'wan'],
  chun: ['jun', 'zhen', 'chun'],
  kit: ['jie'],
  wa: ['hua'],
  keung: ['qiang', 'jiang'],
  lui: ['lei', 'lu'],
  wing: ['yong', 'rong'],
  kin: ['jian'],
  lai: ['li'],
  san: ['xin', 'shan'],
  hoi: ['hai', 'kai'],
  chi: ['zhi', 'chi', 'qi', 'zi'],
  ching: ['qing', 'jing', 'zheng', 'cheng'],
  pok: ['bo'],
  yui: ['rui'],
  suet: ['xue'],
  yan: ['yan', 'ren', 'xin'],
  kuen: ['juan', 'quan'],
  kei: ['qi', 'ji'],
  chung: ['zhong'],
  tak: ['de'],
  on: ['an'],
  heung: ['xiang'],
  kwong: ['guang'],
  chong: ['zhuang', 'zhang'],
  hong: ['kang', 'hong'],
  tan: ['dan', 'chen'],
  po: ['bao'],
  chuen: ['quan'],
  yee: ['yi'],
  fai: ['hui'],
  kai: ['qi', 'ji', 'kai'],
  sum: ['sen', 'xin'],
  yin: ['yan', 'xian'],
  ming: ['ming'],
  // 許 Hui is Xu, but Hui alone is as often the pinyin 惠 or 輝 of another person: a reading inside a syllable string.
  hui: ['xu'],
  hok: ['xue'],
  yuk: ['yu'],
  sing: ['cheng', 'xing', 'sheng'],
  shing: ['cheng'],
  hing: ['xing', 'qing'],
  kwai: ['gui'],
  wah: ['hua'],
  tsz: ['zi', 'ci'],
  sze: ['si', 'shi'],
  pui: ['pei'],
  yuet: ['yue'],
  kiu: ['qiao'],
  lok: ['le', 'luo'],
  hin: ['xian', 'xuan'],
  fook: ['fu'],
  kwun: ['guan'],
  cheuk: ['zhuo'],
  yeuk: ['ruo'],
  wan: ['yun', 'wen', 'huan'],
  fun: ['fen', 'huan'],
  ngai: ['yi', 'wei'],
  yung: ['rong', 'yong'],
  tsun: ['jun', 'jin'],
  hei: ['xi'],
  lung: ['long'],
  fat: ['fa'],
  bun: ['bin'],
  kar: ['jia'],
  sau: ['xiu', 'shou'],
  hang: ['heng', 'xing'],
  chak: ['ze'],
  chit: ['zhe'],
};

/**
 * Cantonese readings that hold inside a syllable string only: the spelling is itself a common pinyin family name and
 * the reading another one that pinyin lists write beside it (Yin 尹 is no Yan 顏, Hui 惠 no Xu 許), so a lone word so
 * spelt is read as pinyin; in Yinling or Hui-man the string of syllables narrows the characters. (Hong for 康 kang,
 * Man for 文 wen stay readings alone: no pinyin list holds Hong and Kang, Man and Wen, as often apart.)
 */
export const CANTONESE_IN_STRINGS_ONLY: Readonly<Record<string, readonly string[]>> = {
  yin: ['yan', 'xian'],
  hui: ['xu'],
  // Wan 萬, Hang 杭, Hei 黑 are pinyin family names too (Wan Gang is no Wen Gang).
  wan: ['yun', 'wen', 'huan'],
  hang: ['heng', 'xing'],
  hei: ['xi'],
};

/**
 * Southern spellings that are a syllable only as a whole word: Cantonese Ng (吳 wu) has no vowel, and inside a
 * token its letters are the end of another syllable (Wang is wa-ng for no writer).
 */
export const WHOLE_WORD_ONLY: ReadonlySet<string> = new Set(['ng']);

/**
 * Syllables of Korean personal and family names in Revised Romanization (2000), the system the others are derived
 * from here: the Sino-Korean syllables of names, and (last line) the syllables of native Korean given names (Boram,
 * Areum, Haneul, Seulgi, Byeol, Dasom, Gaeul). Not ru and ro: Korean writes its r as l too, and a lone Chinese Lu
 * or Lü would be read as the Ru of another person (Ma Lü is no Ma Ru).
 */
export const KOREAN_SYLLABLES = `
ga gak gan gang geon gi gil gyeong gyu go gon gu guk gun gung gwang geun gyeom gwon gye gyo gwak geum
na nak nam nae nyeon no nu
da dae deok do dong du duk
ra rae ran rang ryeo ryeol ryeong ryong ryu ryun ri rin rim
ma man mi min mu mun myeong mo mok maeng
bae baek beom bin bo bok bon bong bu byeong bang ban byeon
sa san sang seo seok seon seong se so su suk sun seung si sik sin sil seol sol song sam
a ae an ok on wan yong u un ung won wi yu yun eun ui i in il im ja jae jeon jeong je jo jong ju jun jung ji jin jik
chan chang cheol cheon chun chung chi chae cha cho choe chu
tae taek tak pyo pil pyeong pyeon
ha hak han hae hyang heon hyeok hyeon hyeong hye ho hong hwa hwan hwang hoe hu hun hui hyo hyun heo heum hyeop
ye yeo yeol yeom yeon yeong ya yang o eon eom
bak gim sim ham gong wang yuk eo uk ryang rok cheong bi dal gap pung mae hyu son
gwan dam dan nan ik jeol jeung heung yul ryul ryeon nyeong yeop tong eum gyeol
geuk deuk teuk neung deung seop wol hwal rak ryeok gyeon myo dol
ram reum neul seul byeol bom som eul
`
  .trim()
  .split(/\s+/);

/**
 * Korean family names as families and passports spell them outside any system (Park for 박 Bak, Rhee for 이 I,
 * Choi for 최 Choe, Oh for 오 O, Roh for 노 No): the written syllable and the Revised Romanization it spells.
 */
export const KOREAN_FAMILY_SPELLINGS: Readonly<Record<string, string>> = {
  park: 'bak',
  bahk: 'bak',
  pahk: 'bak',
  rhee: 'i',
  rhie: 'i',
  choi: 'choe',
  choy: 'choe',
  chey: 'choe',
  oh: 'o',
  suh: 'seo',
  seoh: 'seo',
  roh: 'no',
  noh: 'no',
  rho: 'no',
  sohn: 'son',
  hahn: 'han',
  nahm: 'nam',
  whang: 'hwang',
  hur: 'heo',
  huh: 'heo',
  yim: 'im',
  ryoo: 'ryu',
  rhyu: 'ryu',
  youn: 'yun',
  shinn: 'sin',
  kweon: 'gwon',
  joe: 'jo',
  // 엄 Eom as families write it (Uhm, beside Um and Om by the systems).
  uhm: 'eom',
};

const KOREAN_ONSETS = ['kk', 'tt', 'pp', 'ss', 'jj', 'ch', 'g', 'n', 'd', 'r', 'm', 'b', 's', 'j', 'k', 't', 'p', 'h'];
const KOREAN_NUCLEI = ['yae', 'yeo', 'wae', 'ae', 'ya', 'eo', 'ye', 'wa', 'oe', 'yo', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'a', 'e', 'o', 'u', 'i'];

function splitKorean(s: string): [string, string, string] | undefined {
  const onset = KOREAN_ONSETS.find((o) => s.startsWith(o)) ?? '';
  const rest = s.slice(onset.length);
  const nucleus = KOREAN_NUCLEI.find((v) => rest.startsWith(v));
  if (nucleus === undefined) return undefined;
  return [onset, nucleus, rest.slice(nucleus.length)];
}

/**
 * The spellings of a Revised Romanization syllable: itself; McCune-Reischauer without its marks (ŏ and ŭ as o and u,
 * the aspirated and plain consonants alike, a plain one voiced inside a name: Tae-jung); and the family and
 * passport habits (eo as u or o, yeong as young, u as oo, i as ee, ui as ee, s before i as sh, a final k after eo as
 * uk, an as ahn, a as ah).
 */
export function koreanSpellings(rr: string): string[] {
  const parts = splitKorean(rr);
  if (parts === undefined) return [rr];
  const [onset, nucleus, coda] = parts;
  const onsets: Record<string, string[]> = {
    g: ['g', 'k'],
    k: ['k', 'g'],
    kk: ['kk', 'k', 'gg'],
    d: ['d', 't'],
    t: ['t', 'd'],
    tt: ['tt', 't'],
    b: ['b', 'p'],
    p: ['p', 'b'],
    pp: ['pp', 'p'],
    j: ['j', 'ch'],
    ch: ['ch', 'j'],
    jj: ['jj', 'tch', 'j'],
    s: nucleus === 'i' || nucleus === 'wi' ? ['s', 'sh'] : ['s'],
    ss: ['ss', 's'],
    r: ['r', 'l'],
    n: ['n'],
    m: ['m'],
    h: ['h'],
    '': [''],
  };
  // ŏ is written u by English-speaking habit only before a final consonant, where it is heard as the u of "sun"
  // (Seong / Sung, Jeong / Jung, Beom / Bum, Hyeon / Hyun); an open ŏ is eo, o, or written with an h or r (Seo / Suh,
  // Heo / Huh / Hur), and an open u is the syllable 우 u itself: Ho (허 Heo, or 호) is no Hu (후), Seo-yeon no Su-yeon.
  const closed = coda !== '';
  const nuclei: Record<string, string[]> = {
    eo: closed ? ['eo', 'o', 'u'] : ['eo', 'o'],
    yeo: closed ? ['yeo', 'yo', 'yu'] : ['yeo', 'yo'],
    eu: ['eu', 'u'],
    u: ['u', 'oo'],
    i: ['i', 'ee'],
    ui: ['ui', 'ee', 'i'],
    oe: ['oe', 'oi', 'we'],
    wo: ['wo'],
    ae: ['ae', 'ai'],
    o: ['o'],
    // (yoo: the English-speaking habit of writing u as oo, after the glide too: Yoon, Yoo, Kyoo)
    yu: ['yu', 'you', 'yoo'],
  };
  const out = new Set<string>();
  for (const on of onsets[onset] ?? [onset]) {
    for (const nu of nuclei[nucleus] ?? [nucleus]) {
      // Revised Romanization's initial i / y for a vowel-initial syllable stays as written.
      out.add(on + nu + coda);
    }
  }
  if (nucleus === 'yeo' && coda === 'ng') out.add(`${onsets[onset]?.[0] ?? onset}young`);
  if (onset === '' && nucleus === 'a' && coda === 'n') out.add('ahn');
  // 아 A as families and passports write it, with an h that says the vowel is a syllable of its own (Ah-young, Seo-ah).
  if (onset === '' && nucleus === 'a' && coda === '') out.add('ah');
  if (onset === '' && nucleus === 'u') for (const x of ['woo', 'wu']) out.add(x + coda);
  if (onset === '' && nucleus === 'i') for (const x of ['yi', 'ee', 'lee']) out.add(x + coda);
  return [...out].filter((s) => s.length > 0);
}

/**
 * One group of spellings per pinyin syllable, for the table of name spellings (one-syllable family and given names:
 * Zhang / Chang / Jhang, Liu / Lau, Xiao / Hsiao / Siu): pinyin, Wade-Giles, Tongyong, and the Cantonese and Hokkien
 * spellings of its characters that no system writes for another syllable (Tang is pinyin 唐 as well as Cantonese 鄧
 * deng, so Tang stays apart from Deng / Teng). Spellings of one letter are initials, not syllables.
 */
export function chineseSyllableGroups(): { name: string; spellings: string[] }[] {
  // Every spelling a system gives some syllable: a Cantonese or Hokkien spelling that is one of them (To, So, Tan,
  // Chin) reads two ways and joins no group by rule (the table's written groups name the few that do: Chen / Tan).
  const pinyin = new Set(PINYIN_SYLLABLES.flatMap((py) => [py, wadeGiles(py), tongyong(py)]));
  const out: { name: string; spellings: string[] }[] = [];
  for (const py of PINYIN_SYLLABLES) {
    const spellings = new Set([py, wadeGiles(py), tongyong(py)]);
    if (py.includes('v')) {
      spellings.add(py.replace('v', 'u'));
      spellings.add(py.replace('v', 'yu'));
    }
    for (const [spelling, readings] of Object.entries(SOUTHERN_CHINESE)) if (readings.includes(py) && !pinyin.has(spelling)) spellings.add(spelling);
    const all = [...spellings].filter((x) => x.length >= 2 && /^[a-z]+$/.test(x));
    if (all.length > 1) out.push({ name: py, spellings: all.filter((x) => x !== py) });
  }
  return out;
}
