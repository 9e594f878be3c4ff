/**
 * The holdout bench's generator (bench/holdout, frozen): same seed → same data, and every label means what it
 * says. The bench itself (screening through the CLI, minutes) is `npm run bench:holdout`, not part of npm test.
 */
import { buildDataset } from '../../bench/holdout/dataset/build';
import { BANK_CODE } from '../../bench/holdout/dataset/identifiers';
import type { Case, Dataset } from '../../bench/holdout/dataset/types';
import { pacs008Message } from '../../bench/holdout/harness/messages';
import { thresholdFor, wilson } from '../../bench/holdout/harness/score';
import { Rng } from '../../bench/holdout/lib/rng';
import { charLength, letterKey } from '../../bench/holdout/lib/text';
import { isXsdValid, xsdVerdicts } from '../helpers/xsd';

const small = { seed: 'unit-test', scale: 0.05, filler: 400 };
let data: Dataset;

beforeAll(() => {
  data = buildDataset(small);
});

const ofKind = (prefix: string): Case[] => data.cases.filter((c) => c.kind === prefix || c.kind.startsWith(`${prefix}:`));

/** Optimal string alignment distance (a transposition counts once). */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

function ibanValid(iban: string): boolean {
  const s = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r === 1;
}

describe('holdout generator', () => {
  test('the same seed gives the same data; another seed other data', () => {
    expect(JSON.stringify(buildDataset(small))).toBe(JSON.stringify(data));
    const other = buildDataset({ ...small, seed: 'another' });
    expect(other.cases.map((c) => c.value)).not.toEqual(data.cases.map((c) => c.value));
  });

  test('the list has unique ids and the fillers asked for; every case points at a listed entry', () => {
    const ids = new Set(data.entries.map((e) => e.id));
    expect(ids.size).toBe(data.entries.length);
    expect(data.entries.length).toBe(data.cases.filter((c) => c.label === 'positive').length + small.filler);
    for (const c of data.cases) if (c.entryId !== null) expect(ids.has(c.entryId)).toBe(true);
    for (const c of data.cases.filter((x) => x.label === 'positive')) expect(c.entryId).not.toBeNull();
  });

  test('every kind is present, values fit their fields', () => {
    const kinds = new Set(data.cases.map((c) => c.kind));
    for (const k of [
      'exact',
      'case-diacritics',
      'token-order',
      'legal-form',
      'punctuation',
      'typo:one',
      'typo:two',
      'truncation:35',
      'truncation:70',
      'truncation:140',
      'truncation:after-legal-prefix',
      'dropped-part',
      'initials',
      'romanisation:arabic',
      'romanisation:persian',
      'romanisation:urdu-pashto',
      'romanisation:turkish',
      'romanisation:cyrillic',
      'romanisation:central-asian',
      'romanisation:chinese',
      'romanisation:korean',
      'romanisation:west-african',
      'romanisation:south-asian',
      'romanisation:particles',
      'name-in-address',
      'identifier:iban',
      'identifier:iban-spaced',
      'identifier:iban-in-remittance',
      'identifier:bic',
      'identifier:domain-in-remittance',
      'identifier:email-in-remittance',
      'unlisted:person',
      'unlisted:organisation',
      'shares-a-token',
      'same-given-other-family',
      'company-words-only',
      'particles-only',
      'near-miss:iban-same-bank',
    ])
      expect(kinds).toContain(k);
    for (const c of data.cases) {
      if (c.tx.creditorName !== undefined) expect(charLength(c.tx.creditorName)).toBeLessThanOrEqual(140);
      for (const line of c.tx.addressLines) expect(charLength(line)).toBeLessThanOrEqual(70);
      for (const r of c.tx.remittance) expect(charLength(r)).toBeLessThanOrEqual(140);
    }
  });

  test('exact values equal the listed name; case and punctuation variants keep the letters', () => {
    for (const c of ofKind('exact')) expect(c.value).toBe(c.listedName);
    for (const c of [...ofKind('case-diacritics'), ...ofKind('punctuation')]) {
      expect(c.value).not.toBe(c.listedName);
      expect(letterKey(c.value)).toBe(letterKey(c.listedName!));
    }
  });

  test('a truncated value is the first 35 / 70 / 140 characters of a longer listed name', () => {
    for (const c of ofKind('truncation')) {
      const cut = c.kind === 'truncation:after-legal-prefix' ? charLength(c.value) : Number(c.kind.split(':')[1]);
      expect([35, 70, 140]).toContain(cut);
      expect(charLength(c.value)).toBe(cut);
      expect(c.listedName!.startsWith(c.value)).toBe(true);
      expect(charLength(c.listedName!)).toBeGreaterThan(cut);
    }
  });

  test('typos change one or two letters (a transposition counts once)', () => {
    for (const [kind, most] of [
      ['typo:one', 1],
      ['typo:two', 2],
    ] as const)
      for (const c of ofKind(kind)) {
        const d = osa(c.value.toLowerCase(), c.listedName!.toLowerCase());
        expect(d).toBeGreaterThanOrEqual(1);
        expect(d).toBeLessThanOrEqual(most);
      }
  });

  test('a romanisation variant is spelt differently from its source, not just in case or marks', () => {
    for (const c of ofKind('romanisation')) expect(letterKey(c.value)).not.toBe(letterKey(c.listedName!));
  });

  test('structure variants: parts left out, initials, family name moved, legal form changed', () => {
    const words = (s: string) =>
      s
        .split(/[\s,]+/)
        .filter((w) => w.length > 0)
        .map(letterKey);
    for (const c of ofKind('dropped-part')) {
      expect(words(c.value).length).toBeLessThan(words(c.listedName!).length);
      for (const w of words(c.value)) expect(words(c.listedName!)).toContain(w);
    }
    for (const c of ofKind('initials')) expect(c.value.split(/[\s.]+/).some((w) => /^[A-Z]$/.test(w) || /^[A-Z]{2,4}$/.test(w))).toBe(true);
    for (const c of ofKind('token-order')) {
      expect(c.value).not.toBe(c.listedName);
      expect(words(c.value).sort()).toEqual(words(c.listedName!).sort());
    }
    for (const c of ofKind('legal-form')) expect(letterKey(c.value)).not.toBe(letterKey(c.listedName!));
  });

  test('a name in the address stands in the first address line, not in Nm', () => {
    for (const c of ofKind('name-in-address')) {
      expect(c.tx.addressLines[0]!.startsWith(c.value)).toBe(true);
      expect([undefined, 'NOTPROVIDED']).toContain(c.tx.creditorName);
    }
  });

  test('identifier cases carry an identifier of their entry; near-miss IBANs are valid, unlisted, of the same bank', () => {
    const byId = new Map(data.entries.map((e) => [e.id, e]));
    for (const c of ofKind('identifier')) {
      const listed = byId.get(c.entryId!)!.identifiers.map((i) => i.value);
      const compact = c.value.replace(/\s/g, '');
      expect(listed.some((v) => compact === v || compact.startsWith(v) || v === compact.replace(/^(https?:\/\/)?(www\.|shop\.)?/, '').split('/')[0])).toBe(
        true,
      );
      expect(c.tx.creditorName).toBeDefined();
    }
    const allIbans = new Set(data.entries.flatMap((e) => e.identifiers.filter((i) => i.type === 'iban').map((i) => i.value)));
    for (const c of ofKind('near-miss')) {
      expect(ibanValid(c.value)).toBe(true);
      expect(allIbans.has(c.value)).toBe(false);
      const imitated = byId
        .get(c.entryId!)!
        .identifiers.filter((i) => i.type === 'iban')
        .map((i) => i.value);
      const [from, to] = BANK_CODE[c.value.slice(0, 2)]!;
      const bank = (iban: string) => iban.slice(0, 2) + iban.slice(4 + from, 4 + to);
      expect(imitated.some((v) => bank(v) === bank(c.value))).toBe(true);
    }
  });

  test('negatives name no listed entry by value', () => {
    const listedNames = new Set(data.entries.flatMap((e) => e.names.map(letterKey)));
    for (const c of data.cases.filter((x) => x.label === 'negative' && x.placement === 'Cdtr/Nm')) expect(listedNames.has(letterKey(c.value))).toBe(false);
  });

  test('the messages validate against the official pacs.008.001.08 schema', async () => {
    const rng = new Rng('unit-test/messages');
    const xml = [pacs008Message('HB-UNIT-1', data.cases.slice(0, 100), rng), pacs008Message('HB-UNIT-2', data.cases.slice(100, 200), rng)];
    const verdicts = await xsdVerdicts(xml.map((x) => ({ xml: x, expect: 'pacs.008.001.08' })));
    for (const v of verdicts) expect(isXsdValid(v)).toBe(true);
  });

  test('scoring: Wilson interval and the threshold at ≤ 0.5 % false positives', () => {
    const w = wilson(95, 100);
    expect(w.low).toBeCloseTo(0.8882, 3);
    expect(w.high).toBeCloseTo(0.9785, 3);
    expect(thresholdFor([-1, -1, -1, 0.9], 0.005)).toBe(0.9);
    // 1006 negatives allow 5 flagged: cut above the sixth-best score
    expect(thresholdFor(new Array<number>(1000).fill(-1).concat([0.8, 0.9, 0.95, 0.99, 1, 0.85]), 0.005)).toBe(0.8);
    expect(thresholdFor(new Array<number>(1000).fill(-1).concat([0.8, 0.9]), 0.005)).toBeNull();
  });
});
