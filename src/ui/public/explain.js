// @ts-check
// Why a hit was found, in words for a reviewer, built from the explanation the API returns with every hit: a list of
// features { feature, value, detail? } (src/screening: the identifier matcher and the name score).
//
// All wording lives in this file, in three tables: IDENTIFIERS (the `<namespace>_exact` and
// `<type>_check_digits_invalid` features), TOKEN_PAIRS (the `token_<kind>` features, detail "payment~listed") and
// FEATURES (every other feature). To word a new feature, add
// one line to the table it belongs to. A feature nobody has worded yet still gets a readable line (its name as words,
// its detail and value), never its raw key: the screening engine may learn new kinds of evidence before this page does.

/** @typedef {{ feature: string, value: number, detail?: string }} Feature */
/** @typedef {{ method: string, matched: string, value: string, score: number, explanation?: Feature[] }} Hit */

/** What a `<namespace>_exact` feature found: the payment's value of this kind is on the list. */
const IDENTIFIERS = {
  iban: 'IBAN',
  acct: 'account number',
  bic: 'bank (BIC)',
  tel: 'phone number',
  email: 'e-mail address',
  proxy: 'proxy (payment alias)',
  domain: 'web domain',
  url: 'web address',
  lei: 'legal entity identifier (LEI)',
  crypto: 'crypto-asset address',
};

/**
 * Two name words paired by the name score: detail "payment~listed" ("a+b": two words read as one). The functions get
 * the words as written in the payment and on the list (`p`, `l`), quoted with `q`, and the engine's normalised pair.
 */
/** A token read by the Cyrillic romanisation system of its whole name (cyrillic-systems.ts): "german:aziz". */
const SYSTEM_READING = /^(?:listed-)?(?:german|french|polish|turkic):/;
/** @type {Record<string, string>} */
const CYRILLIC_SYSTEMS = {
  german: 'the German transliteration of Cyrillic (w, sch, tsch, ch for kh, z for ts, s for z, j for y, -ow, -witsch, -yj)',
  french: 'the French transliteration of Cyrillic (ou for u, ch for sh, tch for ch, j for zh)',
  polish: 'the Polish transliteration of Cyrillic (sz for sh, cz for ch, szcz for shch, ch for kh, c for ts, w, j for y, ie for e, -ow, -yj)',
  turkic: 'a Kazakh or Uzbek Latin alphabet (q for k, x for kh, j for zh, ş, ç, ğ) or Turkish spelling (c for j)',
};
/** A pair made by reading the payment's word as its name's system writes Cyrillic ("german:aziz"). */
const systemReading = (/** @type {string} */ p, /** @type {string} */ l, /** @type {string} */ key) => {
  const at = key.indexOf(':');
  // ("listed-german:…": the listed name is the one written in the system, the payment the English way)
  if (key.startsWith('listed-'))
    return `${q(p)} ≈ ${q(l)} (romanisation: the listed name is written in ${CYRILLIC_SYSTEMS[key.slice('listed-'.length, at)]}, as its Slavic surname or patronymic ending and its spelling both show; ${q(l)} reads there as ${q(key.slice(at + 1))}, as English-style systems write the same Cyrillic letters)`;
  return `${q(p)} ≈ ${q(l)} (romanisation: the payment's name is written in ${CYRILLIC_SYSTEMS[key.slice(0, at)]}; ${q(p)} reads there as ${q(key.slice(at + 1))}, as English-style systems write the same Cyrillic letters)`;
};
/**
 * A pair compared by the spelt-out letters of a consonant with a háček or cedilla ("spelt-out:antonovich",
 * "spelt-out:semjonovich:yo/e"): the marked word with č, ć, ç as ch, š, ş, ș as sh, ž as zh, ğ as gh, ţ, ț as ts
 * (fold.ts), as English-style systems write the sound, then compared as another romanisation or by a letter rule.
 */
const spelledOut = (/** @type {string} */ p, /** @type {string} */ l, /** @type {string} */ rest) => {
  const at = rest.indexOf(':');
  const word = at < 0 ? rest : rest.slice(0, at);
  const rule = at < 0 ? undefined : rest.slice(at + 1);
  return `${q(p)} ≈ ${q(l)} (romanisation: letters with a háček or cedilla written as the sounds they stand for, as English-style systems write them — č, ć, ç as ch, š, ş as sh, ž as zh, ğ as gh, ţ as ts — spelt out: ${q(word)}; then ${
    rule === undefined
      ? 'the same consonants, other vowels or letters for the same sounds'
      : (LETTER_RULE_WORDS[rule] ?? `${rule.split('/').join(' and ')} are one sound as two transliteration systems write it`)
  })`;
};
/** Letter rules (romanisation-rules.ts) whose pair of letters is no one sound, worded by what they stand for. */
/** @type {Record<string, string>} */
const LETTER_RULE_WORDS = {
  'g/h':
    'h is the Ukrainian or Belarusian form of a name Russian writes with g, and y the Ukrainian и Russian spelling writes i (Hnatiuk, Gnatyuk; Holovko, Golovko; Hryhorenko, Grigorenko)',
  'yo/e':
    'a Cyrillic ё is written yo by English-style and Uzbek Latin spelling, jo by German and Czech, io by Polish and French, and e by passports and systems that write ё as е (Yokubov, Ekubov; Semjonovič, Semenovich; Aksionov, Aksenov)',
  'gu/g': 'French spelling writes a hard g before e and i as gu, its u silent (Naguib, Nagib; Ragueb, Rageb)',
};
const TOKEN_PAIRS = {
  variant: (p, l) => `${q(p)} is another spelling of ${q(l)} (accents or transliteration)`,
  typo: (p, l, [np, nl, how]) =>
    how === 'slips'
      ? `${typos(np, nl)} in ${q(l)} (the payment has ${q(p)}), each a slip on the keyboard — a key next to the right one, an extra key (the letter beside it again, or a key next to one beside it), two neighbouring letters swapped — with the first letter as listed and no key missed (a missed key could be any letter), counted because the rest of the name agrees`
      : how === 'extra_slips'
        ? `${typos(np, nl)} in ${q(l)} (the payment has ${q(p)}), each a slip on the keyboard (a key next to the right one, an extra key: the letter beside it again or a key next to one beside it, two neighbouring letters swapped; no key missed, which could be any letter), the first letter as listed: one more than a word this short is allowed, counted because the rest of the name agrees`
        : `${typos(np, nl)} in ${q(l)} (the payment has ${q(p)})`,
  phonetic: (p, l) => `${q(p)} sounds like ${q(l)}`,
  equivalent: (p, l, [, , group]) =>
    group === 'initial-sound-law'
      ? `${q(p)} ≈ ${q(l)} (the Korean family name 나 / 라: South Korean spelling writes it Na by the initial-sound law, North Korean and older spelling Ra; read so only in the family name's place of a name whose other words are Korean syllables)`
      : group?.endsWith(':hausa-u')
        ? `${q(p)} ≈ ${q(l)} (one name, ${q(group.slice(0, -':hausa-u'.length))} in the table of name spellings, which holds its West African spellings; the word ending in -u is the Hausa form, not in the table: Hausa writes an Arabic name that ends in a consonant with a final -u — Kabiru for Kabir, Salihu for Salih, which Mande speakers say Salif; read so only in a name with another West African or Arabic word)`
        : `${q(p)} ≈ ${q(l)} (romanisation: ${group ? `both spell the name ${q(group)}` : 'one name'} in the table of name spellings)`,
  syllables: (p, l, [, , syllables]) =>
    `${q(p)} ≈ ${q(l)} (romanisation: the same Chinese or Korean syllables${syllables ? ` ${syllables}` : ''}, spelt by another system or joined otherwise, the cut between them where the other name's words put it)`,
  romanised: (p, l, [, , key]) =>
    key?.startsWith('al-')
      ? `${q(p)} ≈ ${q(l)} (the Arabic article al- written on one of them${key.length > 3 ? `, and romanisation ${key.slice(4)}` : ''})`
      : key?.startsWith('ud-din')
        ? `${q(p)} ≈ ${q(l)} (romanisation: one compound name in -ud-din, its joining article written another way: al-Din, ud-Din, ed-Dine, -iddin, -ettin${key.length > 6 ? `, and the first name spelt another way (${key.slice(7)})` : ''})`
        : key?.startsWith('spelt-out:')
          ? spelledOut(p, l, key.slice('spelt-out:'.length))
          : SYSTEM_READING.test(key ?? '')
            ? systemReading(p, l, key ?? '')
            : key?.startsWith('abu-')
              ? `${q(p)} ≈ ${q(l)} (romanisation: one compound name Abu … ("father of …"), its head written another way: Abu, Abou, or the Bu, Bou of Gulf and Maghrebi usage, apart or joined${key.length > 5 ? `, and the name after it spelt another way (${key.slice(5)})` : ''})`
              : key?.startsWith('abd-al')
                ? `${q(p)} ≈ ${q(l)} (romanisation: one compound name Abd al-…, its article written another way: al, el, ul, or assimilated as es-, er-, us-${key.length > 6 ? `, and the name after it spelt another way (${key.slice(7)})` : ''})`
                : key === 'short-vowel'
                  ? `${q(p)} ≈ ${q(l)} (romanisation: one short vowel written e or i, o or u — Arabic and Persian script leave short vowels unwritten, and romanisers write them either way — the rest of the name alike)`
                  : key === 'aspirate'
                    ? `${q(p)} ≈ ${q(l)} (romanisation: an Indic aspirate, bh, dh, th, jh, chh, written with or without its h, the rest of the name alike)`
                    : key !== undefined && LETTER_RULE_WORDS[key] !== undefined
                      ? `${q(p)} ≈ ${q(l)} (romanisation: ${LETTER_RULE_WORDS[key]}, the rest of the name alike)`
                      : key?.includes('/')
                        ? `${q(p)} ≈ ${q(l)} (romanisation: ${key.split('/').join(' and ')} are one sound as two transliteration systems write it, the rest of the name alike)`
                        : `${q(p)} ≈ ${q(l)} (romanisation: the same consonants${key ? ` ${key}` : ''}, other vowels or letters for the same sounds)`,
  initial: (p, l, [, nl, why]) => {
    const sonOf = /\+(bin|ibn|bint|binti|ben|ibni|bn|ould|walad)\+/.test(nl ?? '');
    const what = nl?.includes('+')
      ? `${q(p)} are the initials of ${q(l)}, written together${sonOf ? " (the son-of word before the father's name is no name of its own and has no initial)" : ''}`
      : `${q(p)} is the initial of ${q(l)}`;
    return why === 'optional'
      ? `${what}, a middle name or patronymic the payment could leave out: shortened, it costs nothing`
      : why === 'alone'
        ? `${what}, all the payment says of the given name: surer beside a distinctive family name spelt as listed, less sure beside one many listed persons share`
        : why === 'backed'
          ? `${what}, and the payment has the listed person's other given names too`
          : what;
  },
  prefix: (p, l) => `${q(p)} is the start of ${q(l)} (the payment's name was cut off)`,
  legal_form_attached: (p, l) => `${q(p)} is ${q(l)} with its legal form written on`,
  joined: (p, l, [np, nl, how]) => {
    if (!how) return `${q(p)} and ${q(l)} are the same letters, written together or apart`;
    // "romanised ud-din", "equivalent abdulrahman": how the words joined match, worded as that kind of pair.
    const [kind, ...key] = how.split(' ');
    const inner = kind === 'joined' ? undefined : TOKEN_PAIRS[kind];
    return `${q(p)} and ${q(l)} are one name written together or apart${inner ? `: ${inner(p, l, [np, nl, key.join(' ')])}` : ''}`;
  },
  known_word: (p, l) => `${q(p)} resembles ${q(l)} but is itself a name on the list, so it counts for little`,
  other_syllables: (p, l, [, , language]) =>
    `${q(p)} and ${q(l)} read as ${language === 'korean' ? 'Korean' : 'Chinese'} syllables, and one syllable differs: another given name, not a misspelling, so it counts for little`,
  other_name: (p, l, [, , names]) =>
    `${q(p)} resembles ${q(l)} but the table of name spellings knows them as two different names${names ? ` (${names.split('/').join(' and ')}${names.includes('+') ? '; "+" is a surname built on that given name' : ''})` : ''}, so it counts for little`,
};

/** Every other feature: (feature) → words. */
const FEATURES = {
  // identifiers
  account_in_iban: () => 'the account number inside the IBAN is listed as a domestic account',
  bic_head_office_listed: () => "the bank's head office is listed, which covers all its branches",
  parent_domain: (f) => `the listed domain is ${q(f.detail)}; the payment names a host under it`,
  issuer_verified: () => 'the account is held at the bank the list names',
  issuer_unverified: () => 'the bank holding the account could not be compared with the list (one side does not name it)',
  // names
  list_coverage: (f) =>
    f.value >= 0.995
      ? 'all words of the listed name found'
      : `matches ${percent(f.value)} of the listed name (distinctive words count more, near matches less)`,
  payment_coverage: (f) =>
    f.value >= 0.995 ? 'no other words in the payment’s name' : `${percent(1 - f.value)} of the payment’s name is not in the listed name`,
  given_names_differ: (f) =>
    `the payee's given name is another of the listed person's given names (a father's or second name), and the listed given name stands elsewhere${lowers(f)}`,
  other_given_name_first: (f) =>
    `the payment's name starts with a given name ${q(f.detail)} the listed name does not have, the listed given name following it as a father's name would${lowers(f)}`,
  patronymic_differs: (f) => {
    const [p, l] = String(f.detail ?? '').split('~');
    return `the payment's patronymic ${q(p)} and the listed one ${q(l)} name two different fathers${lowers(f)}`;
  },
  variant_with_other_words: (f) => {
    const [p, l, other] = String(f.detail ?? '').split('~');
    return `the listed ${q(l)} is matched only as a like-sounding or like-built spelling ${q(p)}, and the payment has a name ${q(other)} the listed name does not: two names alike, not one name spelt two ways${lowers(f)}`;
  },
  distinctive_part_only_alike: (f) => {
    const [p, l, shared] = String(f.detail ?? '').split('~');
    return `the listed ${q(l)} is matched only as a like-sounding or like-spelt ${q(p)}, and the rest of the name (${q(shared)}) is a name many listed persons share: the one part that tells persons apart is alike, not the same${lowers(f)}`;
  },
  first_given_name_missing: (f) => `the listed person's first given name ${q(f.detail)} is not in the payment, another given name is${lowers(f)}`,
  vietnamese_middle_name_left_out: (f) =>
    `the listed Vietnamese name's middle word ${q(f.detail)} is not in the payment; family name and given name (the last word) are: Vietnamese leave the middle name out in everyday use, but it may be the first half of the given name${lowers(f)}`,
  optional_name_part_missing: (f) =>
    `the listed name's last part ${q(f.detail)} (a second surname, patronymic or father's name) is not in the payment${lowers(f)}`,
  short_word_slips: (f) => {
    const [p, l] = String(f.detail ?? '').split('~');
    return `the short word ${q(p)} is read as ${q(l)} mistyped, one slip beyond what a word this short is allowed, because it is the name's only word of slips, every other word of the name agrees and the words spelt as listed are distinctive: it counts as ${percent(f.value)} of the word`;
  },
  legal_form_slip: (f) => {
    const [p, l] = String(f.detail ?? '').split('~');
    return `${q(p)}, where a legal form stands, is the listed name's legal form ${q(l)} with one slip on the keyboard (a key next to the right one, a key missed or hit twice, two letters swapped): a legal form, no word of the name, so it hardly counts`;
  },
  article_left_out: (f) => `the listed name's article ${q(f.detail)} is not in the payment (the Arabic article is written or left out at will)`,
  extra_syllable: (f) =>
    `the payment's name has a syllable ${q(f.detail)} the listed name lacks: a Chinese or Korean given name is whole, so it counts against the match`,
  initial_conflicts: (f) => {
    const [p, l] = String(f.detail ?? '').split('~');
    return `the payment's initial ${q(p)} stands for none of the listed names, and the listed person's ${q(l)} starts otherwise: another person's middle name${lowers(f)}`;
  },
  middle_name_conflicts: (f) => {
    const [p, l] = String(f.detail ?? '').split('~');
    return `the payment's middle name ${q(p)} is none of the listed names and no spelling of the listed person's ${q(l)}: another person's middle or father's name${lowers(f)}`;
  },
  person_name_part_missing: (f) => `the listed person's first or last name is missing${lowers(f)}`,
  common_tokens_only: (f) => `only common words match, no distinctive one (score at most ${f.value})`,
  reordered: (f) => `the words are in another order${lowers(f)}`,
  legal_form_differs: (f) => `the legal forms differ${lowers(f)}`,
  legal_form_misspelt: (f) => {
    const words = String(f.detail ?? '')
      .split(' ')
      .map((w) => w.split('~'))
      .map(([p, l]) => `${q(p)} as ${q(l)}`)
      .join(', ');
    return `the payment's ${words} was read as a misspelt legal form where a legal form stands (a word no listed name has), so it counts no more than a legal form spelt right`;
  },
  party_type_differs: (f) => `the payment says person where the list says organisation, or the reverse${lowers(f)}`,
  truncated_value: () => "the payment's name was cut at its field's length limit: what is past the cut is not held against it",
  truncated_name_survives: (f) => `only ${percent(f.value)} of the listed name is before the cut, so the match is less sure`,
  cut_head_with_legal_form: (f) =>
    `the value is the start of the listed name, its legal form in front included (${f.value} word${f.value === 1 ? '' : 's'}, as listed or the same form spelt another way), which counts as surviving the cut`,
  cut_inside_legal_form: (f) =>
    `the value is cut inside a legal form: every listed name written with that form starts so, and nothing of this one's own name is before the cut (score at most ${f.value})`,
  cut_stub_after_legal_form: (f) =>
    `the value is cut right after a legal form: all it shows of the name is ${q(f.detail)}, the start of a word thousands of listed names could go on with (score at most ${f.value})`,
  cut_tail_left_out: (f) =>
    `the value is cut at its field's length limit inside the legal form after the name, or inside a word such as ‘of the’ (${q(f.detail)}): ${f.value === 1 ? 'that word is' : 'those words are'} read as the start of that form or word, not as part of the name`,
  cut_value_ends_in_own_words: (f) =>
    `the cut value ends in a word of its own${f.detail ? ` (${q(f.detail)})` : ''}, not inside the listed name: the listed words it lacks count as missing`,
  joined_with_address_line: (f) => `the name continues in an address line (${q(f.detail)}) and was read with it`,
};

/** Words in quotes as the reviewer would write them: "a+b" (two words read as one) → "a b". */
function q(s) {
  return `‘${String(s ?? '').replace(/\+/g, ' ')}’`;
}

function percent(x) {
  return `${Math.round(x * 100)} %`;
}

/** A score factor below 1, as what it does to the score. */
function lowers(f) {
  return typeof f.value === 'number' && f.value > 0 && f.value < 1 ? ` (score × ${f.value})` : '';
}

/**
 * Edit distance as the engine counts typos, for "one typo" / "two typos": letters changed, left out or added, and two
 * neighbouring letters swapped counted as one slip (optimal string alignment; words are short: the plain algorithm is
 * fine). Also how many of the edits are such swaps.
 */
export function editDistance(a, b) {
  return typoEdits(a, b).edits;
}

function typoEdits(a, b) {
  /** @type {{ d: number, swaps: number }[][]} */
  const m = [];
  for (let i = 0; i <= a.length; i++) {
    m.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        m[i].push({ d: i + j, swaps: 0 });
        continue;
      }
      const same = a[i - 1] === b[j - 1];
      let best = { d: m[i - 1][j - 1].d + (same ? 0 : 1), swaps: m[i - 1][j - 1].swaps };
      if (m[i - 1][j].d + 1 < best.d) best = { d: m[i - 1][j].d + 1, swaps: m[i - 1][j].swaps };
      if (m[i][j - 1].d + 1 < best.d) best = { d: m[i][j - 1].d + 1, swaps: m[i][j - 1].swaps };
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && !same && m[i - 2][j - 2].d + 1 < best.d)
        best = { d: m[i - 2][j - 2].d + 1, swaps: m[i - 2][j - 2].swaps + 1 };
      m[i].push(best);
    }
  }
  const last = m[a.length][b.length];
  return { edits: last.d, swaps: last.swaps };
}

function typos(p, l) {
  const { edits: n, swaps } = typoEdits(p, l);
  const count = n === 1 ? 'one typo' : n === 2 ? 'two typos' : n > 2 ? `${n} typos` : 'a small spelling difference';
  if (swaps === 0) return count;
  if (n === 1) return `${count} (two neighbouring letters swapped)`;
  return `${count} (${swaps === n ? 'each' : swaps === 1 ? 'one of them' : `${swaps} of them`} a swap of two neighbouring letters, counted as one)`;
}

/** "payment~listed" or "payment~listed~why" → the two sides (and why they match); undefined for another shape. */
function pairOf(detail) {
  const parts = typeof detail === 'string' ? detail.split('~') : [];
  return parts.length < 2 ? undefined : [parts[0], parts[1], parts.slice(2).join('~')];
}

/** Letters that no accent removal turns into plain ones, as the engine folds them. */
const LETTERS = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const fold = (w) =>
  w
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæøœłđðþı]/g, (c) => LETTERS[c]);

/**
 * The engine's words are normalised ("lund"); the reviewer reads the name as written ("Lund"). Each word of the
 * normalised token ("a+b": several) is replaced by the word of `text` it comes from, when one folds to it.
 */
function asWritten(token, text) {
  if (!text) return token;
  const written = String(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return token
    .split('+')
    .map((t) => written.find((w) => fold(w) === t) ?? t)
    .join('+');
}

/** A feature's name as words: "romanised_equivalent" → "romanised equivalent". */
function words(key) {
  return String(key)
    .replace(/[_.-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

/** The readable line of a feature no table words yet. */
function generic(f) {
  const pair = pairOf(f.detail);
  const detail = pair ? `: ${q(pair[0])} and ${q(pair[1])}` : f.detail ? `: ${q(f.detail)}` : '';
  const value = typeof f.value === 'number' && f.value !== 1 ? ` (${f.value})` : '';
  return `also considered — ${words(f.feature)}${detail}${value}`;
}

/**
 * One feature in words. `known` is false when the line came from the generic fallback (tests use it to prove every
 * feature the engine emits today is worded). `hit`, when given, supplies the names as written for quoted words.
 * @param {Feature} f
 * @param {Partial<Hit>} [hit]
 * @returns {{ text: string, known: boolean }}
 */
export function describeFeature(f, hit = {}) {
  const key = String(f?.feature ?? '');
  const own = FEATURES[key];
  if (own) return { text: own(f), known: true };
  if (key.startsWith('token_')) {
    const kind = key.slice('token_'.length);
    const raw = pairOf(f.detail);
    const pair = raw && [asWritten(raw[0], hit.value), asWritten(raw[1], hit.matched)];
    if (pair && TOKEN_PAIRS[kind]) return { text: TOKEN_PAIRS[kind](pair[0], pair[1], raw), known: true };
    if (pair) return { text: `${q(pair[0])} matches ${q(pair[1])} (${words(kind)})`, known: false };
  }
  if (key.endsWith('_check_digits_invalid')) {
    const type = key.slice(0, -'_check_digits_invalid'.length);
    const thing = IDENTIFIERS[type] ?? words(type);
    return {
      text: `the ${thing}'s check digits are wrong${f.detail ? ` (${f.detail})` : ''}: matched as the valid ${thing} of the same digits`,
      known: type in IDENTIFIERS,
    };
  }
  if (key.endsWith('_exact')) {
    const thing = IDENTIFIERS[key.slice(0, -'_exact'.length)];
    if (thing) return { text: `the ${thing} is on the list, exactly`, known: true };
    return { text: `the ${words(key.slice(0, -'_exact'.length))} is on the list, exactly`, known: false };
  }
  return { text: generic(f), known: false };
}

const METHODS = {
  iban: 'IBAN',
  account: 'account number',
  bic: 'bank (BIC)',
  proxy: 'proxy or phone number',
  email: 'e-mail address',
  domain: 'web domain or address',
  name: 'name',
  lei: 'LEI',
  crypto: 'crypto-asset address',
};

/** What kind of match a method is, for a person: "IBAN", "name", …; an unknown method in words. */
export function methodLabel(method) {
  return METHODS[method] ?? words(method);
}

/**
 * A hit in words: a summary ("Name like ‘Kvist & Lund Innehåll AB’, score 0.97") and one line per feature, in the
 * order the engine gave them.
 * @param {Hit} hit
 */
export function explainHit(hit) {
  const features = Array.isArray(hit.explanation) ? hit.explanation : [];
  const summary =
    hit.method === 'name'
      ? `Name like the listed ${q(hit.matched)}, score ${Number(hit.score).toFixed(2)}`
      : `${capitalise(methodLabel(hit.method))} on the list: ${hit.matched}`;
  return { summary, lines: features.map((f) => describeFeature(f, hit).text) };
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
