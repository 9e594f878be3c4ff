/**
 * Company names cut at a field length in a dense list (issue 11, item 3). Thousands of listed names share a long legal
 * form in front and short common words after it (Vietnamese syllables, Persian company words): the cut value's last
 * word, a head of two or three letters of a word many names have, must still bring the listed name whose head the
 * value is — looked up among the words of the names the other words found, or as the short listed words it begins —
 * and a value cut inside the legal form after the name ("… Société à res") is the name, that form's head left out.
 * Names sharing only the form, or the form and one word, stay apart. All names invented.
 */
import { DEFAULT_POLICY } from '../../../src/screening';
import { normaliseName, cutTrailingLegalForm } from '../../../src/screening/text/normalise';
import { tokenSimilarity } from '../../../src/screening/names/token-similarity';
import { field, organisationScreener } from './sample-list';

const HOLD = DEFAULT_POLICY.nameHoldThreshold;

/** Vietnamese syllables of firms' names: every one in well over a hundred listed names (more than the postings cap). */
const SYLLABLES = ['Nhật', 'Minh', 'Lộc', 'Lợi', 'Long', 'Vĩnh', 'Bình', 'Kim', 'Nam', 'Mai', 'Quốc', 'Hùng', 'Ngọc', 'Thái', 'Trí', 'Đông'];
const TRADES = ['Garment', 'Trading', 'Transport', 'Investment', 'Services', 'Construction'];
const FORM = 'Công ty Trách nhiệm Hữu hạn';

function vietnameseList(): [string, string][] {
  const names: [string, string][] = [];
  let n = 0;
  for (const a of SYLLABLES) {
    for (const b of SYLLABLES) {
      if (a === b) continue;
      // Each pair of syllables with two trades, and once with the other spelt-out form and once with the form's initials.
      names.push([`V${n++}`, `${FORM} ${a} ${b} ${TRADES[(a.length + b.length) % TRADES.length]}`]);
      names.push([`V${n++}`, `Công ty Cổ phần ${a} ${b} ${TRADES[(a.length * 3 + b.length) % TRADES.length]}`]);
      names.push([`V${n++}`, `Công ty TNHH ${b} ${a} Import Export`]);
    }
  }
  return names;
}

describe('a company name cut after a long legal form in front, in a dense list of such names', () => {
  const list = vietnameseList();
  const s = organisationScreener(list);
  const screen = (value: string) => s.screenFields([field('name', value)]);
  const held = (value: string) => screen(value).filter((h) => h.score >= HOLD);
  const idOf = (name: string) => list.find(([, n]) => n === name)![0];

  test.each([
    ['Nhật Lộc', 'a stub of two letters (Lộ) of a word of three, both words common'],
    ['Nam Vĩnh', 'a stub of three letters (Vĩn) of a word of four the list has in hundreds of names'],
    ['Hùng Bình', 'a stub of two letters (Bì) of a word of four'],
    ['Trí Ngọc', 'a stub of three letters that is itself a listed word (Ngo)'],
  ])('"%s …" cut at 35: the listed name whose head the value is, held (%s)', (words) => {
    const name = `${FORM} ${words} ${TRADES[(words.split(' ')[0].length + words.split(' ')[1].length) % TRADES.length]}`;
    const value = name.slice(0, 35);
    expect(value).toHaveLength(35);
    const hits = held(value);
    expect(hits.map((h) => h.entryId)).toContain(idOf(name));
  });

  test('names with the same form and first word that go on with another word are not held', () => {
    // "… Nhật Lộ": Nhật Minh, Nhật Kim … share the form and the first word only.
    const hits = held(`${FORM} Nhật Lộ`);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.matched).toMatch(/Nhật L/);
  });

  test('a name with the same form and another first word is not held, its second word the head or not', () => {
    // Phú is no word of the list: "… Phú Lộ" is another firm, whatever names go on with Lộ.
    expect(held(`${FORM} Phú Lộ`)).toEqual([]);
    expect(held(`${FORM} Phú Lộc Transport`)).toEqual([]);
    // The words in the other order are another name.
    expect(held(`${FORM} Lộc Nhật`.slice(0, 35)).filter((h) => /Nhật Lộc/.test(h.matched))).toEqual([]);
  });

  test('the explanation says the cut word is the start of the listed word', () => {
    const hit = held(`${FORM} Nhật Lộ`).find((h) => h.matched.includes('Nhật Lộc'));
    expect(hit?.explanation.find((e) => e.feature === 'token_prefix')?.detail).toBe('lo~loc');
  });
});

describe('a long cut word that many listed words go on from', () => {
  const ENDINGS = ['opt', 'invest', 'prom', 'flot', 'styl', 'tekh', 'treyd', 'eksport', 'import', 'servis', 'energo', 'kapytal', 'layn', 'mash'];
  const ENDINGS_MORE = ['komplekt', 'snabsbyt', 'terminal', 'neftemash', 'logistik'];
  const list: [string, string][] = [...ENDINGS, ...ENDINGS_MORE].map((e, i) => [`F${i}`, `PRIVATE JOINT STOCK COMPANY FARVATER${e.toUpperCase()}`]);
  // Other names of the same form.
  for (const [i, w] of ['KOLOS', 'MAYAK', 'ZARYA', 'RASSVET'].entries()) list.push([`O${i}`, `PRIVATE JOINT STOCK COMPANY ${w}`]);
  const s = organisationScreener(list);

  test('every listed word the cut word is the head of is found, not the first sixteen only', () => {
    const hits = s.screenFields([field('name', 'PRIVATE JOINT STOCK COMPANY FARVATE')]).filter((h) => h.score >= HOLD);
    expect(hits.map((h) => h.entryId).sort()).toEqual(
      list
        .filter(([id]) => id.startsWith('F'))
        .map(([id]) => id)
        .sort(),
    );
  });
});

describe('a value cut inside the legal form after the name', () => {
  const PARTNERS = ['Okoro', 'Guèye', 'Diallo', 'Cham', 'Fofana', 'Taal', 'Simon', 'Morel', 'Kanté', 'Samaké'];
  const list: [string, string][] = [];
  let n = 0;
  for (const a of PARTNERS) for (const b of PARTNERS) if (a !== b) list.push([`S${n++}`, `${a} et ${b} Négoce Société à responsabilité limitée`]);
  for (const a of PARTNERS) for (const b of PARTNERS) if (a !== b) list.push([`G${n++}`, `${a} & ${b} Enterprises Ghana Limited`]);
  // A name with the form's word in it as a word of the name: the list knows "Societe" as a word.
  list.push(['X', 'Societe Fonciere Okoro']);
  const s = organisationScreener(list);
  const held = (value: string) => s.screenFields([field('name', value)]).filter((h) => h.score >= HOLD);
  const idOf = (name: string) => list.find(([, v]) => v === name)![0];

  test.each([
    ['Okoro et Guèye Négoce Société à responsabilité limitée'],
    ['Cham et Taal Négoce Société à responsabilité limitée'],
    ['Okoro & Diallo Enterprises Ghana Limited'],
    ['Simon & Morel Enterprises Ghana Limited'],
  ])('%s cut at 35: held, the first hit, the cut form left out of the name', (name) => {
    const value = name.slice(0, 35);
    const hits = held(value);
    expect(hits[0]?.entryId).toBe(idOf(name));
    expect(hits[0].explanation.find((e) => e.feature === 'cut_tail_left_out')).toBeDefined();
  });

  test('another firm of the same form and one partner in common is not held', () => {
    const value = 'Okoro et Guèye Négoce Société à responsabilité limitée'.slice(0, 35);
    // (the same two partners in the other order are the same words reordered, held as any reordered name is)
    for (const h of held(value)) expect(h.matched).toMatch(/^(Okoro et Guèye|Guèye et Okoro) /);
    // Another partner the list does not have.
    expect(held('Okoro et Mensah Négoce Société à res')).toEqual([]);
  });

  test('the head of a form is found after the name, a country word before it or cut itself', () => {
    const cut = (raw: string) => {
      const n = normaliseName(raw);
      const c = cutTrailingLegalForm(n.fullTokens, n.coreStart, n.coreStart + n.tokens.length);
      return c === undefined ? undefined : { name: n.fullTokens.slice(c.start, c.end).join(' '), codes: c.codes };
    };
    // (the table's SA row writes Société à responsabilité limitée too)
    expect(cut('Okoro et Guèye Négoce Société à res')).toEqual({ name: 'okoro gueye negoce', codes: ['SA'] });
    expect(cut('Samake et Olawale Négoce Société an')?.name).toBe('samake olawale negoce');
    expect(cut('Ndiaye & Nnaji Enterprises Ghana Li')?.name).toBe('ndiaye nnaji enterprises');
    expect(cut('Ogundipe & Adjei Enterprises Nigeri')?.name).toBe('ogundipe adjei enterprises');
    // The whole forms before the cut one come off too, as they do from the listed name.
    expect(cut('Ogunbanjo Trading Company Ghana Lim')?.name).toBe('ogunbanjo trading');
    // A word of the name that no form begins with stays.
    expect(cut('Okoro et Guèye Négoce Brothers Kum')).toBeUndefined();
    // A stub of two letters alone is as likely a word of the name.
    expect(cut('Okoro et Guèye Négoce Trading Li')).toBeUndefined();
  });
});

describe('the scorer reads a two-letter cut word of a company as the start of a word', () => {
  test('only at the end of a cut value, and only as a head', () => {
    expect(tokenSimilarity('ki', 'ki', 'kish', 'kish', true, false).kind).toBe('prefix');
    expect(tokenSimilarity('lo', 'lo', 'loc', 'loc', true, true).kind).toBe('prefix');
    expect(tokenSimilarity('ki', 'ki', 'kish', 'kish', false, false).sim).toBe(0);
    expect(tokenSimilarity('ki', 'ki', 'akis', 'akis', true, false).sim).toBe(0);
  });
});
