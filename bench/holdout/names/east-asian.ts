/**
 * Chinese names in Hanyu Pinyin and Wade-Giles (with and without its apostrophes and umlauts), Korean names in
 * Revised Romanisation, McCune-Reischauer (without breves) and the spellings families choose themselves.
 * Conversion rules and tables written from general knowledge of the systems.
 */

const PINYIN_INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's'];
const WG_INITIAL: Record<string, string> = {
  b: 'p',
  p: "p'",
  m: 'm',
  f: 'f',
  d: 't',
  t: "t'",
  n: 'n',
  l: 'l',
  g: 'k',
  k: "k'",
  h: 'h',
  j: 'ch',
  q: "ch'",
  x: 'hs',
  zh: 'ch',
  ch: "ch'",
  sh: 'sh',
  r: 'j',
  z: 'ts',
  c: "ts'",
  s: 's',
  '': '',
};
const Y_FINALS: Record<string, string> = {
  yi: 'i',
  ya: 'ia',
  ye: 'ie',
  yao: 'iao',
  you: 'iu',
  yan: 'ian',
  yin: 'in',
  yang: 'iang',
  ying: 'ing',
  yong: 'iong',
  yu: 'ü',
  yue: 'üe',
  yuan: 'üan',
  yun: 'ün',
};
const W_FINALS: Record<string, string> = { wu: 'u', wa: 'ua', wo: 'uo', wai: 'uai', wei: 'ui', wan: 'uan', wen: 'un', wang: 'uang', weng: 'ueng' };
const ZERO_INITIAL_WG: Record<string, string> = {
  i: 'i',
  ia: 'ya',
  ie: 'yeh',
  iao: 'yao',
  iu: 'yu',
  ian: 'yen',
  in: 'yin',
  iang: 'yang',
  ing: 'ying',
  iong: 'yung',
  ü: 'yü',
  üe: 'yüeh',
  üan: 'yüan',
  ün: 'yün',
  u: 'wu',
  ua: 'wa',
  uo: 'wo',
  uai: 'wai',
  ui: 'wei',
  uan: 'wan',
  un: 'wen',
  uang: 'wang',
  ueng: 'weng',
  e: 'o',
  er: 'erh',
};

/** One pinyin syllable (no tone) in Wade-Giles, with apostrophes and ü. */
export function pinyinSyllableToWadeGiles(syllable: string): string {
  const s = syllable.toLowerCase();
  let initial = '';
  let final: string;
  if (s.startsWith('y') && Y_FINALS[s] !== undefined) final = Y_FINALS[s]!;
  else if (s.startsWith('w') && W_FINALS[s] !== undefined) final = W_FINALS[s]!;
  else {
    initial = PINYIN_INITIALS.find((i) => s.startsWith(i)) ?? '';
    final = s.slice(initial.length);
  }
  if (initial === '') return ZERO_INITIAL_WG[final] ?? final;
  if ('jqx'.includes(initial)) final = final.replace(/^u/, 'ü');
  if (initial === 'l' || initial === 'n') final = final.replace(/^v/, 'ü');
  let wgFinal = final;
  if (final === 'i' && ['z', 'c', 's'].includes(initial)) return { z: 'tzu', c: "tz'u", s: 'ssu' }[initial]!;
  if (final === 'i' && ['zh', 'ch', 'sh', 'r'].includes(initial)) wgFinal = 'ih';
  else if (final === 'e') wgFinal = ['g', 'k', 'h'].includes(initial) ? 'o' : 'e';
  else if (final === 'ie') wgFinal = 'ieh';
  else if (final === 'üe') wgFinal = 'üeh';
  else if (final === 'ian') wgFinal = 'ien';
  else if (final === 'ong') wgFinal = 'ung';
  else if (final === 'iong') wgFinal = 'iung';
  else if (final === 'ui') wgFinal = ['g', 'k'].includes(initial) ? 'uei' : 'ui';
  else if (final === 'uo') wgFinal = ['g', 'k', 'h', 'sh'].includes(initial) ? 'uo' : 'o';
  else if (final === 'er') wgFinal = 'erh';
  return WG_INITIAL[initial]! + wgFinal;
}

export type ChineseSystem = 'pinyin' | 'pinyin-spaced' | 'wade-giles' | 'wade-giles-plain';

function plainWg(text: string): string {
  return text.replace(/'/g, '').replace(/ü/g, 'u');
}

function cap(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** A surname (one syllable, or two for a compound surname) in a system. */
export function renderChineseSurname(syllables: readonly string[], system: ChineseSystem): string {
  if (system === 'pinyin' || system === 'pinyin-spaced') return cap(syllables.join(''));
  const wg = syllables.map((s) => pinyinSyllableToWadeGiles(s)).join('-');
  return cap(system === 'wade-giles' ? wg : plainWg(wg));
}

/** A given name (one or two syllables): Xiaoming / Xiao Ming / Hsiao-ming / Hsiao-ming without marks. */
export function renderChineseGiven(syllables: readonly string[], system: ChineseSystem): string {
  if (system === 'pinyin') return cap(syllables.join(''));
  if (system === 'pinyin-spaced') return syllables.map(cap).join(' ');
  const wg = syllables.map((s) => pinyinSyllableToWadeGiles(s)).join('-');
  return cap(system === 'wade-giles' ? wg : plainWg(wg));
}

/** A brand or place word of a company name (Huaxin / Hua Xin / Hua-hsin). */
export function renderChineseWord(syllables: readonly string[], system: ChineseSystem): string {
  if (system === 'pinyin') return cap(syllables.join(''));
  if (system === 'pinyin-spaced') return syllables.map(cap).join(' ');
  const parts = syllables.map((s) => cap(pinyinSyllableToWadeGiles(s)));
  const wg = parts.join(' ');
  return system === 'wade-giles' ? wg : plainWg(wg);
}

export const CHINESE_SURNAMES = [
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'zhu',
  'hu',
  'guo',
  'he',
  'gao',
  'lin',
  'luo',
  'zheng',
  'liang',
  'xie',
  'song',
  'tang',
  'han',
  'feng',
  'deng',
  'cao',
  'peng',
  'zeng',
  'xiao',
  'tian',
  'dong',
  'pan',
  'yuan',
  'cai',
  'jiang',
  'yu',
  'du',
  'ye',
  'cheng',
  'wei',
  'su',
  'ding',
  'ren',
  'shen',
  'yao',
  'lu',
  'cui',
  'zhong',
  'tan',
  'fan',
  'jin',
  'shi',
  'liao',
  'jia',
  'xia',
  'fu',
  'fang',
  'bai',
  'zou',
  'meng',
  'xiong',
  'qin',
  'qiu',
  'yin',
  'xue',
  'yan',
  'duan',
  'lei',
  'hou',
  'long',
  'tao',
  'gu',
  'mao',
  'hao',
  'gong',
  'shao',
  'wan',
  'qian',
  'dai',
  'mo',
  'kong',
  'xiang',
  'chang',
  'zhuo',
  'que',
  'rui',
  'cen',
  'qu',
  'zhuang',
  'chai',
  'kang',
  'ou',
  'nie',
  'jiao',
];
export const CHINESE_COMPOUND_SURNAMES = [
  ['ou', 'yang'],
  ['si', 'ma'],
  ['zhu', 'ge'],
  ['shang', 'guan'],
  ['huang', 'fu'],
];

export const CHINESE_GIVEN_SYLLABLES = [
  'wei',
  'jun',
  'hong',
  'ming',
  'hua',
  'jian',
  'ping',
  'li',
  'na',
  'min',
  'jing',
  'xiu',
  'ying',
  'lan',
  'fang',
  'yan',
  'qiang',
  'lei',
  'yong',
  'jie',
  'tao',
  'bin',
  'hui',
  'gang',
  'chao',
  'hao',
  'peng',
  'xin',
  'yu',
  'zhi',
  'guo',
  'qing',
  'xiao',
  'dong',
  'feng',
  'hai',
  'lin',
  'long',
  'bo',
  'kai',
  'rui',
  'yi',
  'xuan',
  'zi',
  'han',
  'chen',
  'wen',
  'ting',
  'yun',
  'juan',
  'mei',
  'zhen',
  'shu',
  'cheng',
  'zhong',
  'xiang',
  'kun',
  'sheng',
  'quan',
  'chun',
  'qi',
  'jia',
  'jiao',
  'xue',
  'yue',
  'zhuo',
  'shuang',
  'chuan',
  'jiong',
  'xiong',
  'nan',
  'ru',
  'ke',
  'de',
  'er',
  'si',
  'zhe',
  'que',
  'lü',
];

export const CHINESE_BRAND_SYLLABLES = [
  'hua',
  'xin',
  'jin',
  'long',
  'heng',
  'tai',
  'da',
  'tian',
  'rui',
  'hong',
  'yuan',
  'feng',
  'sheng',
  'shi',
  'kai',
  'bo',
  'jia',
  'he',
  'xiang',
  'hao',
  'yu',
  'ding',
  'lian',
  'hai',
  'jiu',
  'zhou',
  'fu',
  'xing',
  'chang',
  'mei',
  'guang',
  'ming',
  'an',
  'kang',
  'tong',
  'cheng',
  'qiang',
  'zhong',
  'rong',
  'yi',
  'xu',
  'ji',
  'wei',
  'hui',
  'de',
  'run',
  'shun',
  'yong',
];

export const CHINESE_CITIES = [
  ['shen', 'zhen'],
  ['guang', 'zhou'],
  ['shang', 'hai'],
  ['bei', 'jing'],
  ['tian', 'jin'],
  ['xia', 'men'],
  ['ning', 'bo'],
  ['hang', 'zhou'],
  ['yi', 'wu'],
  ['dong', 'guan'],
  ['fo', 'shan'],
  ['qing', 'dao'],
  ['da', 'lian'],
  ['wu', 'han'],
  ['cheng', 'du'],
  ['chong', 'qing'],
  ['su', 'zhou'],
  ['wu', 'xi'],
  ['nan', 'jing'],
  ['he', 'fei'],
  ['kun', 'ming'],
  ['ha', 'er', 'bin'],
  ['shen', 'yang'],
  ['chang', 'sha'],
  ['zheng', 'zhou'],
  ['ji', 'nan'],
  ['fu', 'zhou'],
  ['nan', 'ning'],
  ['shan', 'tou'],
  ['zhu', 'hai'],
  ['wen', 'zhou'],
  ['jin', 'hua'],
  ['quan', 'zhou'],
  ['zhong', 'shan'],
];

// ---- Korean

/** syllable: [Revised Romanisation, McCune-Reischauer word-initial (no breves), popular spelling] */
const KOREAN_SYLLABLES: Record<string, [string, string, string]> = {
  민: ['min', 'min', 'min'],
  준: ['jun', 'chun', 'joon'],
  서: ['seo', 'so', 'suh'],
  현: ['hyeon', 'hyon', 'hyun'],
  영: ['yeong', 'yong', 'young'],
  수: ['su', 'su', 'soo'],
  지: ['ji', 'chi', 'ji'],
  진: ['jin', 'chin', 'jin'],
  호: ['ho', 'ho', 'ho'],
  성: ['seong', 'song', 'sung'],
  희: ['hui', 'hui', 'hee'],
  은: ['eun', 'un', 'eun'],
  경: ['gyeong', 'kyong', 'kyung'],
  정: ['jeong', 'chong', 'jung'],
  동: ['dong', 'tong', 'dong'],
  철: ['cheol', "ch'ol", 'chul'],
  광: ['gwang', 'kwang', 'kwang'],
  태: ['tae', "t'ae", 'tae'],
  상: ['sang', 'sang', 'sang'],
  혜: ['hye', 'hye', 'hye'],
  윤: ['yun', 'yun', 'yoon'],
  연: ['yeon', 'yon', 'yeon'],
  석: ['seok', 'sok', 'suk'],
  하: ['ha', 'ha', 'ha'],
  재: ['jae', 'chae', 'jae'],
  도: ['do', 'to', 'do'],
  훈: ['hun', 'hun', 'hoon'],
  기: ['gi', 'ki', 'ki'],
  일: ['il', 'il', 'il'],
  명: ['myeong', 'myong', 'myung'],
  용: ['yong', 'yong', 'yong'],
  선: ['seon', 'son', 'sun'],
  주: ['ju', 'chu', 'joo'],
  우: ['u', 'u', 'woo'],
  원: ['won', 'won', 'won'],
  승: ['seung', 'sung', 'seung'],
  혁: ['hyeok', 'hyok', 'hyuk'],
  범: ['beom', 'pom', 'bum'],
  규: ['gyu', 'kyu', 'kyu'],
  찬: ['chan', "ch'an", 'chan'],
  아: ['a', 'a', 'ah'],
  유: ['yu', 'yu', 'yoo'],
  미: ['mi', 'mi', 'mi'],
  숙: ['suk', 'suk', 'sook'],
  순: ['sun', 'sun', 'soon'],
  옥: ['ok', 'ok', 'ok'],
  화: ['hwa', 'hwa', 'hwa'],
  빈: ['bin', 'pin', 'bin'],
  건: ['geon', 'kon', 'gun'],
  한: ['han', 'han', 'han'],
  형: ['hyeong', 'hyong', 'hyung'],
  식: ['sik', 'sik', 'shik'],
  환: ['hwan', 'hwan', 'hwan'],
  택: ['taek', "t'aek", 'taek'],
  대: ['dae', 'tae', 'dae'],
  중: ['jung', 'chung', 'joong'],
  국: ['guk', 'kuk', 'kook'],
  남: ['nam', 'nam', 'nam'],
  세: ['se', 'se', 'se'],
  채: ['chae', "ch'ae", 'chae'],
  다: ['da', 'ta', 'da'],
  소: ['so', 'so', 'so'],
  예: ['ye', 'ye', 'ye'],
  나: ['na', 'na', 'na'],
  래: ['rae', 'rae', 'rae'],
  보: ['bo', 'po', 'bo'],
  람: ['ram', 'ram', 'ram'],
};

/** Korean surnames: their spellings in use (Revised Romanisation first, then McCune-Reischauer, then popular ones). */
export const KOREAN_SURNAMES: string[][] = [
  ['Gim', 'Kim'],
  ['I', 'Yi', 'Lee', 'Rhee', 'Ri'],
  ['Bak', 'Pak', 'Park'],
  ['Choe', "Ch'oe", 'Choi'],
  ['Jeong', 'Chong', 'Jung', 'Chung'],
  ['Gang', 'Kang'],
  ['Jo', 'Cho'],
  ['Yun', 'Yoon'],
  ['Jang', 'Chang'],
  ['Im', 'Lim', 'Rim'],
  ['Han'],
  ['O', 'Oh'],
  ['Seo', 'So', 'Suh'],
  ['Sin', 'Shin'],
  ['Gwon', 'Kwon'],
  ['Hwang'],
  ['An', 'Ahn'],
  ['Song'],
  ['Ryu', 'Yu', 'Yoo'],
  ['Hong'],
  ['Jeon', 'Chon', 'Chun', 'Jun'],
  ['Go', 'Ko'],
  ['Mun', 'Moon'],
  ['Son', 'Sohn'],
  ['Yang'],
  ['Bae', 'Pae'],
  ['Baek', 'Paek', 'Paik'],
  ['Heo', 'Ho', 'Hur', 'Huh'],
  ['Nam'],
  ['No', 'Noh', 'Roh'],
  ['Ha'],
  ['Gwak', 'Kwak'],
  ['Seong', 'Song', 'Sung'],
  ['Cha', "Ch'a"],
  ['Ju', 'Chu', 'Joo'],
  ['U', 'Woo'],
  ['Gu', 'Ku', 'Koo'],
  ['Min'],
  ['Jin', 'Chin'],
  ['Na', 'Ra'],
  ['Ji', 'Chi'],
  ['Eom', 'Om', 'Uhm'],
  ['Won'],
];

export const KOREAN_GIVEN_SYLLABLES = Object.keys(KOREAN_SYLLABLES);

export type KoreanSystem = 'rr' | 'mr' | 'popular';
export type KoreanJoin = 'hyphen' | 'joined' | 'spaced';

const VOICED_AFTER: Record<string, string> = { k: 'g', t: 'd', p: 'b', ch: 'j', "k'": "k'", "t'": "t'", "p'": "p'", "ch'": "ch'" };

/** A two-syllable given name: Min-jun, Minjun, Min Jun; MR voices the second syllable's initial after a vowel or nasal. */
export function renderKoreanGiven(syllables: readonly string[], system: KoreanSystem, join: KoreanJoin): string {
  const idx = system === 'rr' ? 0 : system === 'mr' ? 1 : 2;
  const parts = syllables.map((s, i) => {
    let r = KOREAN_SYLLABLES[s]![idx];
    if (system === 'mr' && i > 0) {
      const prev = KOREAN_SYLLABLES[syllables[i - 1]!]![1];
      if (/[aeiouymn]$|ng$/.test(prev)) {
        const m = /^(ch'|k'|t'|p'|ch|k|t|p)/.exec(r);
        if (m) r = VOICED_AFTER[m[1]!]! + r.slice(m[1]!.length);
      }
    }
    return r;
  });
  const capFirst = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  if (join === 'hyphen') return capFirst(parts.join('-'));
  if (join === 'joined') return capFirst(parts.join(''));
  return parts.map(capFirst).join(' ');
}
