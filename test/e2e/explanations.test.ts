/**
 * The reviewers' page words every hit explanation for a person (src/ui/public/explain.js, run here in chromium as the
 * page runs it). Covered: every feature the screening engine has a literal for, every member of its two families
 * (`<namespace>_exact`, `token_<kind>`), and the explanations the real engine gives for a corpus of payee values —
 * each with its own wording, never the raw key. A kind the page does not know yet (the engine learns new ones) gets
 * a readable generic line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import type { PayeeField } from '../../src/iso20022/types';
import type { Hit, ScoreFeature } from '../../src/screening/types';
import { reviewPageDir } from '../../src/config';
import { REPO_DIR } from '../helpers/paths';
import { field, sampleScreener } from '../unit/screening/sample-list';
import { launch } from './browser';

jest.setTimeout(60_000);

/** The families' members the engine emits today: identifier namespaces and token pair kinds. */
const NAMESPACES = ['iban', 'acct', 'bic', 'tel', 'email', 'proxy', 'domain', 'url', 'lei', 'crypto'];
const TOKEN_KINDS = [
  'variant',
  'equivalent',
  'romanised',
  'typo',
  'phonetic',
  'initial',
  'prefix',
  'legal_form_attached',
  'joined',
  'known_word',
  'other_name',
];
/** Identifier types whose check digits the engine corrects (`<type>_check_digits_invalid`). */
const CHECKED_TYPES = ['iban', 'lei'];

/** Payee values that make the real engine explain itself in most of the ways it can (against the sample list). */
const CORPUS: PayeeField[][] = [
  [field('iban', 'DE89370400440532013000')],
  [field('account', '0987-654321', { issuer: 'ABNANL2AXXX' })],
  [field('account', '0987654321')],
  [field('bic', 'FJLSNOK1ABC')],
  [field('phone', '+4791234560')],
  [field('proxy', '+46701234567')],
  [field('email', 'sales@example-media.test')],
  [field('url', 'https://shop.kvistlund.test/x')],
  [field('lei', '5299000TESTLEI000163')],
  [field('text', 'pay to bc1qexampleexampleexampleexample0zzz9 thanks')],
  [field('name', 'Nordik Digital Media Services Ltd')],
  [field('name', 'Digital Media Nordic Services')],
  [field('name', 'J. Müßig')],
  [field('name', 'Schattenbild Vertriebs AG')],
  [field('name', 'Jürgen Müßig', { partyType: 'organisation' })],
  [field('name', 'Shadowglen Media Teoranta Shadowglx')], // 35 characters: cut at the field's limit
  [field('name', 'Nordic Digital Media', { partyRef: 'c' }), field('address', 'Services Ltd', { partyRef: 'c' })],
  [field('name', 'Schattenbild Vertriebsgmbh')],
  [field('name', 'Black thorn Content Services Limited')],
  [field('name', 'Kvist & Lunt Innehåll AB')],
  [field('name', 'Juergen Muessig')],
];

/** Feature names written in the engine's sources (comments left out): literals, and templates (families) apart. */
function engineFeatures(): { literals: string[]; templates: string[] } {
  const out = new Set<string>();
  const templates = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        for (const line of readFileSync(p, 'utf8').split('\n')) {
          if (/^\s*(\*|\/\*|\/\/)/.test(line)) continue;
          for (const m of line.matchAll(/feature: '([a-z0-9_]+)'/g)) out.add(m[1]!);
          for (const m of line.matchAll(/feature: `([^`]+)`/g)) templates.add(m[1]!.replace(/\$\{[^}]+\}/g, '*'));
        }
      }
    }
  };
  walk(path.join(REPO_DIR, 'src', 'screening'));
  return { literals: [...out].sort(), templates: [...templates].sort() };
}

let server: http.Server;
let url: string;
let browser: Browser;
let page: Page;
let corpusHits: Hit[];

type Worded = { text: string; known: boolean };

beforeAll(async () => {
  const app = express().use('/review/assets', express.static(reviewPageDir()));
  server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
  page = await (await browser.newContext()).newPage();
  await page.goto(`${url}/review/assets/explain.js`);
  const screener = sampleScreener();
  corpusHits = CORPUS.flatMap((fields) => screener.screenFields(fields));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** describeFeature of explain.js, in the browser. */
function describe_(features: ScoreFeature[], hit: Partial<Hit> = {}): Promise<Worded[]> {
  return page.evaluate(
    async ({ features, hit, src }) => {
      const m = await import(src);
      return features.map((f: unknown) => m.describeFeature(f, hit));
    },
    { features, hit, src: `${url}/review/assets/explain.js` },
  );
}

const RAW_KEY = /\b[a-z0-9]+_[a-z0-9_]+\b/;

describe('hit explanations in words', () => {
  it('know every family of features the engine builds from a template', () => {
    // a new family in src/screening: word it in src/ui/public/explain.js, then name it here with its members
    expect(engineFeatures().templates).toEqual(['*_check_digits_invalid', '*_exact', 'token_*']);
  });

  it('word every feature the engine writes as a literal', async () => {
    const { literals } = engineFeatures();
    expect(literals).toEqual(expect.arrayContaining(['list_coverage', 'payment_coverage', 'truncated_value', 'parent_domain', 'issuer_verified']));
    const worded = await describe_(literals.map((feature) => ({ feature, value: 0.9, detail: 'abc~abd' })));
    const unworded = literals.filter((_f, i) => !worded[i]!.known);
    // a new kind of evidence in src/screening: add its wording to the tables of src/ui/public/explain.js
    expect(unworded).toEqual([]);
    for (const w of worded) expect(w.text).not.toMatch(RAW_KEY);
  });

  it('word every identifier namespace, every kind of word pair, every corrected check digit', async () => {
    const features = [
      ...NAMESPACES.map((ns) => ({ feature: `${ns}_exact`, value: 1 })),
      ...TOKEN_KINDS.map((k) => ({ feature: `token_${k}`, value: 0.9, detail: 'lunt~lund' })),
      ...CHECKED_TYPES.map((type) => ({ feature: `${type}_check_digits_invalid`, value: 1, detail: '12 written, 89 valid: matched on the rest' })),
    ];
    const worded = await describe_(features);
    expect(features.filter((_f, i) => !worded[i]!.known)).toEqual([]);
    for (const w of worded) expect(w.text).not.toMatch(RAW_KEY);
  });

  it('word what the real engine says about a corpus of payee values', async () => {
    const seen = new Set(corpusHits.flatMap((h) => h.explanation.map((f) => f.feature)));
    // the corpus reaches most of the engine's kinds of evidence
    expect(seen.size).toBeGreaterThanOrEqual(24);
    const lines: string[] = [];
    for (const hit of corpusHits) {
      const worded = await describe_([...hit.explanation], hit);
      expect(worded.filter((w) => !w.known)).toEqual([]);
      lines.push(...worded.map((w) => w.text));
    }
    for (const line of lines) expect(line).not.toMatch(RAW_KEY);
    expect(lines).toEqual(
      expect.arrayContaining([
        'all words of the listed name found',
        'one typo in ‘Nordic’ (the payment has ‘Nordik’)',
        '‘Lunt’ ≈ ‘Lund’ (romanisation: the same consonants LNT, other vowels or letters for the same sounds)',
        '‘J’ is the initial of ‘Jürgen’, all the payment says of the given name: surer beside a distinctive family name spelt as listed, less sure beside one many listed persons share',
        '‘Muessig’ is another spelling of ‘Müßig’ (accents or transliteration)',
        '‘Black thorn’ and ‘Blackthorn’ are the same letters, written together or apart',
        'the words are in another order (score × 0.98)',
        "the payment's name was cut at its field's length limit: what is past the cut is not held against it",
        'the name continues in an address line (‘Cdtr/PstlAdr/AdrLine[1]’) and was read with it',
        "the bank's head office is listed, which covers all its branches",
        'the listed domain is ‘kvistlund.test’; the payment names a host under it',
      ]),
    );
  });

  it('give a kind of evidence the page does not know yet a readable line, never its key', async () => {
    const worded = await describe_([
      { feature: 'romanised_equivalent', value: 0.95, detail: 'yurii~yuri' },
      { feature: 'token_romanisation', value: 0.93, detail: 'shevchuk~sevcuk' },
      { feature: 'phoneticKey', value: 1, detail: 'KVST' },
      { feature: 'dropped_name_part', value: 0.9 },
      { feature: 'pan_exact', value: 1 },
    ]);
    expect(worded.map((w) => w.known)).toEqual([false, false, false, false, false]);
    expect(worded.map((w) => w.text)).toEqual([
      'also considered — romanised equivalent: ‘yurii’ and ‘yuri’ (0.95)',
      '‘shevchuk’ matches ‘sevcuk’ (romanisation)',
      'also considered — phonetic key: ‘KVST’',
      'also considered — dropped name part (0.9)',
      'the pan is on the list, exactly',
    ]);
  });

  it('sum a hit up by its method, as a person would say it', async () => {
    const [iban, name] = await page.evaluate(
      async ({ src, hits }) => {
        const m = await import(src);
        return hits.map((h: unknown) => m.explainHit(h));
      },
      { src: `${url}/review/assets/explain.js`, hits: [corpusHits[0], corpusHits.find((h) => h.method === 'name')] },
    );
    expect(iban.summary).toBe('IBAN on the list: DE89370400440532013000');
    expect(name.summary).toMatch(/^Name like the listed ‘.+’, score 0\.\d\d$/);
  });
});
