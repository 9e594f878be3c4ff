import { readFileSync } from 'node:fs';
import { buildScreener, counterpartyKeys, DEFAULT_POLICY, screenTransaction } from '../../../src/screening';
import type { DecisionPolicy } from '../../../src/screening/types';
import { parseWatchlist } from '../../../src/watchlist';
import { field, NOW, SAMPLE_HMAC_KEY, SAMPLE_HMAC_LIST, sampleEntries, sampleScreener, tx } from './sample-list';

const ibanHit = tx([field('name', 'Someone Else'), field('iban', 'DE89 3704 0044 0532 0130 00')]);
const nameHit = tx([field('name', 'Nordic Digital Media Services Ltd')]);
const clean = tx([field('name', 'Beta Creditor GmbH'), field('iban', 'DE87200500001234567890')]);

describe('screenTransaction and the decision policy', () => {
  const screener = sampleScreener();

  test('identifier hit holds a normal payment; the reason names method and entry, not the payment data', () => {
    const r = screenTransaction(screener, ibanHit, DEFAULT_POLICY, { instant: false });
    expect(r.decision).toBe('hold');
    expect(r.reason).toContain('iban hit on SE-POL-000123');
    expect(r.reason).not.toContain('DE89');
    expect(r.reason).not.toContain('Someone');
    expect(r).toMatchObject({ index: 0, listVersion: 'test', policyVersion: DEFAULT_POLICY.version });
    expect(r.thresholds).toEqual({ nameReport: DEFAULT_POLICY.nameReportThreshold, nameHold: DEFAULT_POLICY.nameHoldThreshold });
  });

  test('name hit holds by default; clean payment clears', () => {
    expect(screenTransaction(screener, nameHit, DEFAULT_POLICY, { instant: false }).decision).toBe('hold');
    const r = screenTransaction(screener, clean, DEFAULT_POLICY, { instant: false });
    expect(r.decision).toBe('clear');
    expect(r.hits).toEqual([]);
  });

  test('instant payments: identifier hit rejects; name-only hit rejects or releases for post-hoc review', () => {
    expect(screenTransaction(screener, ibanHit, DEFAULT_POLICY, { instant: true }).decision).toBe('reject');
    expect(screenTransaction(screener, nameHit, DEFAULT_POLICY, { instant: true }).decision).toBe('reject');
    const release: DecisionPolicy = { ...DEFAULT_POLICY, instant: { onIdentifierHit: 'reject', onNameHit: 'release' } };
    const r = screenTransaction(screener, nameHit, release, { instant: true });
    expect(r.decision).toBe('clear');
    expect(r.postHocReview).toBe(true);
    expect(screenTransaction(screener, ibanHit, release, { instant: true }).decision).toBe('reject');
  });

  test('a screening carries its fields in one order, with postHocReview or reasonCode only when they apply', () => {
    const common = ['index', 'hits', 'listVersion', 'policyVersion', 'thresholds', 'decision', 'reason'];
    expect(Object.keys(screenTransaction(screener, clean, DEFAULT_POLICY, { instant: false }))).toEqual(common);
    const release: DecisionPolicy = { ...DEFAULT_POLICY, instant: { onIdentifierHit: 'reject', onNameHit: 'release' } };
    expect(Object.keys(screenTransaction(screener, nameHit, release, { instant: true }))).toEqual([...common, 'postHocReview']);
    const invalid = tx([field('name', 'Beta Creditor GmbH'), field('iban', 'DE88370400440532013000')]);
    expect(Object.keys(screenTransaction(screener, invalid, DEFAULT_POLICY, { instant: false }))).toEqual([...common, 'reasonCode']);
  });

  test.each([
    ['wrong check digits', 'DE88370400440532013000', 'check digits'],
    ['a wrong length', 'DE893704004405320130001', 'length'],
    ['a country without IBANs', 'XX89370400440532013000', 'country'],
  ])('a creditor IBAN with %s is refused with AC03, listed or not, never cleared', (_what, iban, problem) => {
    const r = screenTransaction(screener, tx([field('name', 'Beta Creditor GmbH'), field('iban', iban)]), DEFAULT_POLICY, { instant: false });
    expect(r).toMatchObject({ decision: 'reject', reasonCode: 'AC03' });
    expect(r.reason).toContain(`CdtrAcct/Id/IBAN is not valid (${problem})`);
    expect(r.reason).not.toContain(iban);
  });

  test('an agent account IBAN that is not valid is refused with AC01; a listed one is also reported as a hit', () => {
    const r = screenTransaction(
      screener,
      tx([field('name', 'Beta Creditor GmbH'), field('iban', 'DE00370400440532013000', { path: 'CdtrAgtAcct/Id/IBAN', role: 'creditorAgentAccount' })]),
      DEFAULT_POLICY,
      { instant: false },
    );
    expect(r).toMatchObject({ decision: 'reject', reasonCode: 'AC01' });
    expect(r.hits.map((h) => h.entryId)).toContain('SE-POL-000123');
  });

  test('thresholds are data: per-source override and report threshold', () => {
    const strict: DecisionPolicy = { ...DEFAULT_POLICY, nameHoldThresholdBySource: { 'police-se': 1.01 } };
    expect(screenTransaction(screener, nameHit, strict, { instant: false }).decision).toBe('clear');
    const onNameReject: DecisionPolicy = { ...DEFAULT_POLICY, onNameHit: 'reject' };
    expect(screenTransaction(screener, nameHit, onNameReject, { instant: false }).decision).toBe('reject');
    const typo = tx([field('name', 'Nordik Digital Media Servises')]);
    const quiet: DecisionPolicy = { ...DEFAULT_POLICY, nameReportThreshold: 0.99, nameHoldThreshold: 0.99 };
    expect(screenTransaction(screener, typo, quiet, { instant: false }).hits).toEqual([]);
  });

  test('rules per list source: each hit is decided by its own list, the most severe outcome wins', () => {
    const both = tx([field('iban', 'DE89370400440532013000'), field('iban', 'NO7486011119938', { path: 'CdtrAgtAcct/Id/IBAN', role: 'creditorAgentAccount' })]);
    const sources: DecisionPolicy = { ...DEFAULT_POLICY, sources: { 'kripos-no': { onIdentifierHit: 'reject' } } };
    const r = screenTransaction(screener, both, sources, { instant: false });
    expect(r.decision).toBe('reject');
    expect(r.reason).toContain('iban hit on NO-KRI-000201');
    // Only the police-se entry: the general rule (hold).
    expect(screenTransaction(screener, ibanHit, sources, { instant: false }).decision).toBe('hold');
    // A list whose identifiers are only reported, and one that rejects on a name.
    const cleared: DecisionPolicy = { ...DEFAULT_POLICY, sources: { 'police-se': { onIdentifierHit: 'clear', onNameHit: 'reject' } } };
    expect(screenTransaction(screener, ibanHit, cleared, { instant: false }).decision).toBe('clear');
    expect(screenTransaction(screener, nameHit, cleared, { instant: false }).decision).toBe('reject');
  });

  test('a source that holds below the general report threshold has those hits reported, and held', () => {
    const typo = tx([field('name', 'Nordik Digitl Media Servises')]);
    const score = screener.screenFields(typo.payee).find((h) => h.method === 'name')!.score;
    expect(score).toBeLessThan(0.98);
    const quiet: DecisionPolicy = { ...DEFAULT_POLICY, nameReportThreshold: score + 0.01, nameHoldThreshold: 0.99 };
    expect(screenTransaction(screener, typo, quiet, { instant: false }).hits).toEqual([]);
    const police: DecisionPolicy = { ...quiet, sources: { 'police-se': { nameHoldThreshold: score } } };
    const r = screenTransaction(screener, typo, police, { instant: false });
    expect(r.decision).toBe('hold');
    expect(r.hits.map((h) => h.entryId)).toEqual(['SE-POL-000123']);
  });

  test('a suppressed hit is kept with its exception id and does not count', () => {
    const r = screenTransaction(screener, ibanHit, DEFAULT_POLICY, { instant: false, suppress: (h) => (h.entryId === 'SE-POL-000123' ? 'EXC-1' : undefined) });
    expect(r.decision).toBe('clear');
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.suppressedBy === 'EXC-1')).toBe(true);
    expect(r.reason).toContain('suppressed');
  });

  test('counterparty keys: canonical creditor account first, the creditor name only without one', () => {
    expect(counterpartyKeys(ibanHit)).toEqual(['iban:DE89370400440532013000']);
    expect(counterpartyKeys(tx([field('account', '0987-654321', { issuer: 'ABNANL2AXXX' })]))).toEqual(['account:987654321@ABNANL2A']);
    expect(counterpartyKeys(tx([field('proxy', '+46 70 123 45 67')]))).toEqual(['proxy:+46701234567']);
    expect(counterpartyKeys(nameHit)).toEqual(['name:nordic digital media services']);
  });

  test('keyed-hash mode gives the same hits and decisions as plaintext mode', () => {
    const hashed = buildScreener(parseWatchlist(readFileSync(SAMPLE_HMAC_LIST, 'utf8')), { version: 'test', now: NOW, hmacKey: SAMPLE_HMAC_KEY });
    const plain = buildScreener(sampleEntries(), { version: 'test', now: NOW });
    const payments = [
      [field('iban', 'de89 3704 0044 0532 0130 00')],
      [field('iban', 'NL51ABNA0987654321')],
      [field('bic', 'ECPXCY2NABC')],
      [field('proxy', '070-123 45 67'), field('iban', 'SE3550000000054910000003')],
      [field('text', 'https://shop.example-media.test/x orders@example-media.test')],
      [field('text', 'www.MØRKEBLÅ.test and 0x00000000000000000000000000000000000C0DE1')],
      [field('url', 'https://quickvault.example/v/9981/more')],
      [field('account', '123456789', { issuer: '026009593' })],
      [field('name', 'Nordik Digital Media Services')],
      [field('lei', '5299000TESTLEI000163')],
    ];
    for (const fields of payments) {
      const a = plain.screenFields(fields).map(({ matched: _m, ...h }) => h);
      const b = hashed.screenFields(fields).map(({ matched: _m, ...h }) => h);
      expect(b).toEqual(a);
      expect(a.length).toBeGreaterThan(0);
    }
    const hit = hashed.screenFields([field('iban', 'DE89370400440532013000')])[0];
    expect(hit.matched).toMatch(/^iban hmac:[0-9a-f]{12}$/);
  });
});
