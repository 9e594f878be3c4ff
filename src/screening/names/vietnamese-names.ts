/**
 * Vietnamese names (issue 11, structure-aware matching): a family name, one or more middle names (tên đệm: Văn, Thị,
 * Hữu, Đình, Thu, Diệu …) and the given name last, every word one syllable. Unlike a Chinese or Korean given name of
 * two syllables, which is one name, the Vietnamese middle name is left out in everyday use (Lê Lan for Lê Thu Lan, Ngô
 * Duy for Ngô Văn Duy), so a payment may leave it out as it may a Western middle name.
 *
 * The tables are folded (no diacritics, đ → d), as names are compared. A name is read as Vietnamese only when its words
 * say so beyond doubt: a family name no Chinese or Korean romanisation writes (Nguyen, Tran, Pham: no pinyin, Wade-Giles
 * or Korean syllable starts with tr, ph, ng or ends in nh), or a family name Vietnamese shares with them (Le, Ho, Lam)
 * followed by middle names only Vietnamese writes (Van, Thi, Huu). Ho Xuan Huong stays a name of three syllables, every
 * one needed: Xuan is pinyin too.
 */

import { isOneSyllable } from './syllables';

/** Vietnamese family names that are no Chinese or Korean romanisation of a syllable. */
const VIETNAMESE_ONLY_FAMILY: ReadonlySet<string> = new Set([
  'nguyen',
  'tran',
  'pham',
  'huynh',
  'phan',
  'vu',
  'vo',
  'bui',
  'ngo',
  'duong',
  'doan',
  'dinh',
  'trinh',
  'truong',
  'luu',
  'quach',
  'luong',
  'kieu',
  'trieu',
  'nghiem',
  'phung',
  'thach',
  'hoang',
  'vuong',
]);

/** Vietnamese family names that Chinese or Korean romanisations write too. */
const VIETNAMESE_SHARED_FAMILY: ReadonlySet<string> = new Set([
  'le',
  'dang',
  'do',
  'ho',
  'ly',
  'dao',
  'lam',
  'mai',
  'cao',
  'ta',
  'chau',
  'to',
  'ha',
  'thai',
  'la',
  'tang',
  'tieu',
  'khuc',
  'lai',
  'mac',
  'ton',
]);

/**
 * Middle names (tên đệm) no Chinese or Korean romanisation writes as a syllable: Văn and Thị above all, and the common
 * ones of both sexes (Hữu, Đình, Đức, Công, Quang, Minh, Ngọc, Thanh, Thu, Diệu …).
 */
const VIETNAMESE_MIDDLE: ReadonlySet<string> = new Set([
  'van',
  'thi',
  'huu',
  'dinh',
  'duc',
  'cong',
  'quang',
  'minh',
  'ngoc',
  'thanh',
  'thu',
  'dieu',
  'bich',
  'phuong',
  'quoc',
  'trong',
  'manh',
  'tien',
  'nhu',
  'thuy',
  'khanh',
  'hoai',
  'nhat',
  'tuan',
  'viet',
  'thuc',
  'tuong',
  'nguyet',
  'phuoc',
  'phu',
  'vinh',
  'tri',
  'thien',
  'hieu',
  'nhan',
  'trung',
  'tuyet',
]);

/**
 * Whether the words of a name (folded, in the written order, at least three) are a Vietnamese name: family name first,
 * given name last, the words between middle names.
 */
export function isVietnameseName(tokens: readonly string[], n: number): boolean {
  if (n < 3) return false;
  const family = tokens[0];
  if (VIETNAMESE_ONLY_FAMILY.has(family)) return true;
  if (!VIETNAMESE_SHARED_FAMILY.has(family)) return false;
  for (let j = 1; j < n - 1; j++) if (VIETNAMESE_MIDDLE.has(tokens[j])) return true;
  // Every word a Vietnamese syllable and one of them no Chinese or Korean syllable (Gia, My, Tuong, Quyen, Huong: gi, y
  // alone, uo, uye and a final nh are Vietnamese spelling only): Lam Wai Kit and Ho Xuan Hui stay syllable names.
  let vietnameseOnly = false;
  for (let j = 0; j < n; j++) {
    if (!VIETNAMESE_SYLLABLE.test(tokens[j])) return false;
    if (j > 0 && !isOneSyllable(tokens[j])) vietnameseOnly = true;
  }
  return vietnameseOnly;
}

/**
 * One Vietnamese syllable as written in the Latin alphabet (quốc ngữ), folded: an initial consonant (b, c, ch, d, g, gh, gi,
 * h, k, kh, l, m, n, ng, ngh, nh, p, ph, qu, r, s, t, th, tr, v, x), a vowel nucleus of one to three letters, a final
 * (c, ch, m, n, ng, nh, p, t).
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/**
 * Whether a word of a Vietnamese name is one of the common middle names (Văn, Thị, Thu, Hữu …), which a payment leaves
 * out at no cost. Any other middle word (Bảo, Gia, Tấn) is a tên đệm too — the given name (tên) is the last word, the
 * one a Vietnamese is called by (Nguyễn Tấn Dũng is Mr Dũng) — but it may as well be the first half of a given name of
 * two syllables: left out, it costs a little (name-score's VIETNAMESE_MIDDLE_LEFT_OUT_FACTOR), not the name.
 */
export function isVietnameseMiddle(token: string): boolean {
  return VIETNAMESE_MIDDLE.has(token);
}
