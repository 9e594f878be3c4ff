/**
 * The bench's own notion of "the same name, spelt another way", for its ground truth: a generated negative that
 * is a listed person's name in another spelling is no negative (a matcher that holds it is right). Written from
 * how the names are written, independent of the matcher under test (none of its tables, keys or scores):
 * - Latin-script names of name-data: the same letters once marks, doubled letters and a few spellings of one
 *   sound are set aside (Hoffmann / Hofmann, Meier / Meyer / Maier / Mayer, Schmidt / Schmitt / Schmid,
 *   Jönsson / Jonsson, Janssen / Jansen, Christensen / Kristensen, Lefèbvre / Lefèvre); another vowel stays
 *   another name (Jansson / Jonsson, Scholz / Schulz, Lindberg / Lundberg);
 * - Arabic, Persian and Urdu names in the inventories' phonemic notation: the generator's own base names, whose
 *   short vowels the scripts do not write (al-Qurashī / Qureshī, Ḥusayn / Ḥoseyn, Yūsuf / Yūsef, Fāṭima /
 *   Fāṭeme) — long vowels and every consonant still tell names apart (Ḥasan / Ḥusayn, Ḥāmid / Ḥamad stay two).
 *   Over the inventories this makes one name of seven given-name pairs and two family-name pairs that the
 *   bench's identity kept apart, each the same name in Arabic and Persian or Urdu usage.
 */
import { foldLatin, type GeneratedEntry } from './generate-list';
import { listEntryAt } from './dense';
import type { NegativeContext } from './negatives';
import { phonemicIdentity } from './world-romanise';
import { personIdentity, type WorldCulture, type WorldPerson } from './world-names';

/** Spellings of one sound in the Latin-script names of name-data (German, Scandinavian, Dutch, French). */
const LATIN_SPELLINGS: readonly [RegExp, string][] = [
  [/[ae][iy]/g, 'ai'],
  [/ph/g, 'f'],
  [/^chr/, 'kr'],
  [/bv/g, 'v'],
  [/dt/g, 't'],
  [/d$/, 't'],
];

/** A Latin-script name word as its spelling key (marks, case, doubled letters and the spellings above set aside). */
export function latinSpellingKey(word: string): string {
  let w = foldLatin(word).replace(/[^a-z]/g, '');
  for (const [from, to] of LATIN_SPELLINGS) w = w.replace(from, to);
  return w.replace(/(.)\1+/g, '$1');
}

/** Name words of a payment or listed value, in order (marks kept for latinSpellingKey; punctuation and the comma gone). */
function words(name: string): string[] {
  return name.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
}

/** The words of a person's name, given name first ("FAMILY, Given …" read in that order), each as latinSpellingKey reads it. */
function spellingWords(name: string): string[] {
  const comma = name.indexOf(',');
  const ws = comma > 0 ? [...words(name.slice(comma + 1)), ...words(name.slice(0, comma))] : words(name);
  return ws.map(latinSpellingKey);
}

/**
 * Keys of a listed person's name: given name + last word and (three words or more) given name + second-to-last word
 * (a second surname left out), as latinSpellingKey reads them; none for a name in another script.
 */
export function listedSpellingKeys(name: string): string[] {
  const ws = spellingWords(name);
  if (ws.length < 2 || ws.some((w) => w === '')) return [];
  const out = [`spelling:${ws[0]} ${ws[ws.length - 1]}`];
  if (ws.length >= 3) out.push(`spelling:${ws[0]} ${ws[ws.length - 2]}`);
  return out;
}

/** The key of a payment name to look up among listedSpellingKeys: given name + last word, or undefined. */
export function paymentSpellingKey(name: string): string | undefined {
  const ws = spellingWords(name);
  return ws.length < 2 || ws.some((w) => w === '') ? undefined : `spelling:${ws[0]} ${ws[ws.length - 1]}`;
}

/**
 * An Arabic, Persian or Urdu name part in the inventories' notation as the same name whatever its short vowels
 * (lower-case a e i o u in the notation, and the final -a / -e of the tā' marbūṭa, @: Fāṭima / Fāṭeme; the long
 * Ā Ī Ū are upper-case and kept), its article and the letters phonemicIdentity already folds.
 */
export function abjadNameKey(part: string): string {
  return phonemicIdentity(
    part
      .replace(/^al-/, '')
      .replace(/ al-/g, ' ')
      .replace(/[aeiou@]/g, '*'),
  );
}

/** The Arabic-script culture of name-data in the notation of world-romanise, so its persons count as listed too. */
const ARABIC_SCRIPT_GIVEN: Readonly<Record<string, string>> = {
  'عبد الرحمن': '3abd al-raHmAn',
  'عبد الله': '3abd allAh',
  محمد: 'muHammad',
  أحمد: 'aHmad',
  علي: '3alI',
  عمر: '3umar',
  خالد: 'xAlid',
  يوسف: 'yUsuf',
  فاطمة: 'fATim@',
  عائشة: "3A'ic@",
  مريم: 'maryam',
  نور: 'nUr',
  سارة: 'sArA',
};
const ARABIC_SCRIPT_FAMILY: Readonly<Record<string, string>> = {
  الفارسي: 'al-fArisI',
  المنصوري: 'al-manSUrI',
  الهاشمي: 'al-hAcimI',
  الشامسي: 'al-cAmsI',
  الكعبي: 'al-ka3bI',
  المزروعي: 'al-mazrU3I',
  النعيمي: 'al-nu3aymI',
  الظاهري: 'al-ZAhirI',
  السويدي: 'al-suwaydI',
  البلوشي: 'al-balUcI',
  القاسمي: 'al-qAsimI',
};

/** A name-data person written in Arabic script, as a world person's given and family name in the notation, or undefined. */
export function arabicScriptPerson(name: string): Pick<WorldPerson, 'culture' | 'given' | 'family'> | undefined {
  const given = Object.keys(ARABIC_SCRIPT_GIVEN).find((g) => name.startsWith(`${g} `));
  const family = ARABIC_SCRIPT_FAMILY[name.split(' ').pop() ?? ''];
  return given === undefined || family === undefined ? undefined : { culture: 'ARAB', given: [ARABIC_SCRIPT_GIVEN[given]], family: [family] };
}

/** A Cyrillic name as one name whatever its г / х, д / т, е / э / ё, и / і, feminine ending (Гасанов / Хасанов, Мурадов / Муратов). */
function cyrillicKey(v: string): string {
  return v
    .toLowerCase()
    .replace(/ая$/, 'ий')
    .replace(/а$/, '')
    .replace(/[гх]/g, 'г')
    .replace(/[дт]/g, 'т')
    .replace(/[еэёє]/g, 'е')
    .replace(/[иіїй]/g, 'и');
}

/** One name part as the same name across the cultures that share it (Arabic, Persian, Urdu notation; Russian and Ukrainian Cyrillic). */
export function partKey(culture: WorldCulture | 'CYRILLIC', v: string): string {
  if (culture === 'ARAB' || culture === 'IRAN' || culture === 'SOUTH_ASIA') return `A:${phonemicIdentity(v)}`;
  if (culture === 'CIS' || culture === 'UKRAINE' || culture === 'CYRILLIC') return `C:${cyrillicKey(v)}`;
  return `${culture}:${v.toLowerCase()}`;
}

/**
 * Given name + family name of every listed person, as partKey writes them: the world persons and the persons of
 * name-data written in Cyrillic (a Юрій Коваленко of name-data is the Yurii Kovalenko a world negative may make).
 */
function listedPersonKeys(seed: number, entries: number, fillers: number): Set<string> {
  const id = `${seed}|${entries}|${fillers}`;
  if (LISTED.id === id) return LISTED.keys;
  const keys = new Set<string>();
  for (let i = 0; i < entries + fillers; i++) {
    const e = listEntryAt(seed, i, entries);
    if (e.kind !== 'person') continue;
    const p = personOf(e);
    if (p !== undefined) keys.add(personKey(p));
    else if (/[\u0400-\u04ff]/.test(e.names[0])) {
      const ws = e.names[0].split(' ');
      if (ws.length >= 2) keys.add(`${partKey('CYRILLIC', ws[0])}|${partKey('CYRILLIC', ws[ws.length - 1])}`);
    }
  }
  LISTED.id = id;
  LISTED.keys = keys;
  return keys;
}
const LISTED: { id: string; keys: Set<string> } = { id: '', keys: new Set() };

function personKey(p: Pick<WorldPerson, 'culture' | 'given' | 'family'>): string {
  return `${partKey(p.culture, p.given[0])}|${partKey(p.culture, p.family[0])}`;
}

function personOf(e: GeneratedEntry): WorldPerson | undefined {
  return e.world?.party.type === 'person' ? e.world.party : undefined;
}

/** Cultures whose names are romanised from a script that does not write short vowels. */
const ABJAD = new Set<WorldCulture>(['ARAB', 'IRAN', 'SOUTH_ASIA']);

function abjadPersonKey(p: Pick<WorldPerson, 'given' | 'family'>): string {
  return `${abjadNameKey(p.given[0])}|${abjadNameKey(p.family[0])}`;
}

/**
 * Given name + family name of every listed Arabic, Persian or Urdu person as abjadNameKey writes them, whichever of
 * the three cultures: the world persons and name-data's persons written in Arabic script.
 */
function listedAbjadKeys(ctx: NegativeContext): Set<string> {
  const fillers = ctx.fillers ?? 0;
  const id = `${ctx.seed}|${ctx.entries}|${fillers}`;
  if (ABJAD_LISTED.id === id) return ABJAD_LISTED.keys;
  const keys = new Set<string>();
  for (let i = 0; i < ctx.entries + fillers; i++) {
    const e = listEntryAt(ctx.seed, i, ctx.entries);
    if (e.kind !== 'person') continue;
    const p = personOf(e) ?? (e.culture === 'AE' ? arabicScriptPerson(e.names[0]) : undefined);
    if (p !== undefined && ABJAD.has(p.culture)) keys.add(abjadPersonKey(p));
  }
  ABJAD_LISTED.id = id;
  ABJAD_LISTED.keys = keys;
  return keys;
}
const ABJAD_LISTED: { id: string; keys: Set<string> } = { id: '', keys: new Set() };

/**
 * How many generated negatives the same-name checks turned away that the checks before them let through (quality
 * reads and resets it around each kind).
 */
export const SAME_NAME_TURNED_AWAY = { count: 0 };

/**
 * Whether a made-up person is a listed one by name: the bench's identity (same culture); the same name in a
 * neighbouring culture (Arabic, Persian, Urdu notation; Russian, Ukrainian and name-data's Cyrillic); or a listed
 * Arabic, Persian or Urdu person's given and family name with other short vowels (abjadNameKey). `before` says which
 * of these the kind's generator checked before same-name existed ('identity': the first only); what only the later
 * checks find is counted in SAME_NAME_TURNED_AWAY.
 */
export function isListedPerson(
  ctx: NegativeContext,
  listed: Set<string>,
  q: Pick<WorldPerson, 'culture' | 'given' | 'family'>,
  before: 'identity' | 'neighbours' = 'neighbours',
): boolean {
  if (listed.has(personIdentity(q))) return true;
  const neighbour = listedPersonKeys(ctx.seed, ctx.entries, ctx.fillers ?? 0).has(personKey(q));
  if (neighbour && before === 'neighbours') return true;
  if (!neighbour && !(ABJAD.has(q.culture) && listedAbjadKeys(ctx).has(abjadPersonKey(q)))) return false;
  SAME_NAME_TURNED_AWAY.count++;
  return true;
}
