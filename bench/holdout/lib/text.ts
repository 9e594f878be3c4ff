/** Small text helpers of the bench's own (it shares no code with the product's normaliser, on purpose). */

const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
  İ: 'I',
  ə: 'a',
  Ə: 'A',
  ŀ: 'l',
  ħ: 'h',
  Ħ: 'H',
};

/** Latin letters without their marks (ü → u, ş → s, Đ → D, ß → ss). */
export function stripMarks(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    out += SPECIAL_FOLDS[ch] ?? ch;
  }
  return out.normalize('NFC');
}

/** Lower-case letters and digits only: two strings with the same key differ only in case, marks or punctuation. */
export function letterKey(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Upper-case the first letter (Turkish dotted capital for a Turkish i when asked). */
export function capitalise(word: string, turkish = false): string {
  if (word.length === 0) return word;
  const first = word[0]!;
  if (turkish && first === 'i') return 'İ' + word.slice(1);
  if (turkish && first === 'ı') return 'I' + word.slice(1);
  // A leading apostrophe or quote keeps the next letter's capital.
  if (first === "'" && word.length > 1) return "'" + capitalise(word.slice(1), turkish);
  return first.toUpperCase() + word.slice(1);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** Escapes text for an XML element. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Characters as the ISO 20022 schemas count them (code points). */
export function charLength(text: string): number {
  return [...text].length;
}

/** The first n characters (code points). */
export function charPrefix(text: string, n: number): string {
  return [...text].slice(0, n).join('');
}
