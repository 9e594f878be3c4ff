/**
 * A synthetic watchlist of N entries for load tests: deterministic (seeded), organisation / person / merchant
 * names from syllables, each with an IBAN and some with a domain, BIC or proxy. Written as JSON Lines.
 */
import { createWriteStream } from 'node:fs';
import { Rng } from '../match/rng';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sto',
  'var',
  'del',
  'nor',
  'ix',
  'tal',
  'bru',
  'gen',
  'sol',
  'mar',
  'vik',
  'ost',
  'pel',
  'dra',
  'zen',
  'qua',
  'lin',
  'hov',
  'tes',
  'rum',
];
const ORG_WORDS = ['Media', 'Digital', 'Services', 'Trading', 'Holdings', 'Content', 'Systems', 'Studio', 'Network', 'Group', 'Partners', 'Online'];
const FORMS = ['Ltd', 'LLC', 'GmbH', 'AB', 'SARL', 'BV', 'Oy', 'S.A.', ''];

export function ibanFor(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

function word(rnd: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

export function syntheticEntry(i: number, rnd: () => number): Record<string, unknown> {
  const kind = i % 5 === 0 ? 'person' : i % 5 === 1 ? 'merchant' : 'organisation';
  const name =
    kind === 'person'
      ? `${word(rnd, 2)} ${word(rnd, 3)}`
      : `${word(rnd, 2 + Math.floor(rnd() * 2))} ${ORG_WORDS[Math.floor(rnd() * ORG_WORDS.length)]} ${FORMS[Math.floor(rnd() * FORMS.length)]}`.trim();
  const identifiers: Record<string, string>[] = [{ type: 'iban', value: ibanFor('DE', `5${String(i).padStart(17, '0')}`) }];
  if (i % 3 === 0) identifiers.push({ type: 'domain', value: `${name.split(' ')[0]!.toLowerCase()}${i}.example` });
  if (i % 7 === 0) identifiers.push({ type: 'proxy', value: `+4670${String(i).padStart(7, '0')}` });
  return { id: `SYN-${String(i).padStart(7, '0')}`, kind, names: [name], identifiers, source: 'bench', listedAt: '2026-01-01' };
}

export async function writeSyntheticList(file: string, entries: number, seed = 20261127): Promise<void> {
  const r = new Rng(seed);
  const rnd = () => r.next();
  const out = createWriteStream(file);
  for (let i = 0; i < entries; i++) {
    if (!out.write(JSON.stringify(syntheticEntry(i, rnd)) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}
