/** Test helpers: the sample list, and payee fields the way the ISO 20022 extractor produces them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PayeeField, PayeeRole, PayeeValueKind, TransactionView } from '../../../src/iso20022/types';
import { pairScorer, type PairScorer } from '../../../bench/match/real-name-probe';
import { buildScreener, type ListScreener } from '../../../src/screening';
import { parseWatchlist } from '../../../src/watchlist';
import { FIXTURES_DIR } from '../../helpers/paths';

export const SAMPLE_LIST = path.join(FIXTURES_DIR, 'watchlist', 'sample.jsonl');
export const SAMPLE_HMAC_LIST = path.join(FIXTURES_DIR, 'watchlist', 'sample.hmac.jsonl');
/** The documented test key of sample.hmac.jsonl (fixtures/watchlist/README.md). Not a secret. */
export const SAMPLE_HMAC_KEY = Buffer.from('chokepoint-sample-list-test-key', 'utf8');
export const NOW = new Date('2026-03-01T00:00:00Z');

export function sampleEntries() {
  return parseWatchlist(readFileSync(SAMPLE_LIST, 'utf8'), { fileName: 'sample.jsonl' });
}

let cached: ListScreener | undefined;
export function sampleScreener(): ListScreener {
  cached ??= buildScreener(sampleEntries(), { version: 'test', now: NOW });
  return cached;
}

/** A screener of persons listed by name, with ids P0, P1, … in order. */
export function personScreener(names: readonly string[]): ListScreener {
  const text = names
    .map((name, i) =>
      JSON.stringify({ id: `P${i}`, kind: 'person', names: [name], identifiers: [], addresses: [], source: 't', listedAt: '2026-01-01', expiresAt: null }),
    )
    .join('\n');
  return buildScreener(parseWatchlist(text, { fileName: 'persons.jsonl' }), { version: 't', now: NOW });
}

/** A screener of organisations listed by [id, name]. */
export function organisationScreener(names: readonly (readonly [string, string])[]): ListScreener {
  const text = names
    .map(([id, name]) =>
      JSON.stringify({ id, kind: 'organisation', names: [name], identifiers: [], addresses: [], source: 't', listedAt: '2026-01-01', expiresAt: null }),
    )
    .join('\n');
  return buildScreener(parseWatchlist(text, { fileName: 'organisations.jsonl' }), { version: 't', now: NOW });
}

/**
 * `scorePair(listedName, paymentName, kind)`: the best name score of the payment name against the listed name alone on
 * a one-entry list, 0 below the screener's report floor. The probe of the real-name gate (bench/match/real-name-probe.ts):
 * for a test that two different real names stay below the hold threshold. Calls with the same listed name in a row
 * share one screener.
 */
export const scorePair: PairScorer = pairScorer({ buildScreener }, { parseWatchlist });

export function field(kind: PayeeValueKind, value: string, extra: Partial<PayeeField> = {}): PayeeField {
  const defaults: Record<string, { path: string; role: PayeeRole }> = {
    name: { path: 'Cdtr/Nm', role: 'creditor' },
    address: { path: 'Cdtr/PstlAdr/AdrLine[1]', role: 'creditor' },
    iban: { path: 'CdtrAcct/Id/IBAN', role: 'creditorAccount' },
    account: { path: 'CdtrAcct/Id/Othr/Id', role: 'creditorAccount' },
    proxy: { path: 'CdtrAcct/Prxy/Id', role: 'creditorAccount' },
    bic: { path: 'CdtrAgt/FinInstnId/BICFI', role: 'creditorAgent' },
    text: { path: 'RmtInf/Ustrd', role: 'remittance' },
    email: { path: 'Cdtr/CtctDtls/EmailAdr', role: 'creditor' },
    phone: { path: 'Cdtr/CtctDtls/MobNb', role: 'creditor' },
    url: { path: 'Cdtr/CtctDtls/URLAdr', role: 'creditor' },
    lei: { path: 'Cdtr/Id/OrgId/LEI', role: 'creditor' },
    country: { path: 'Cdtr/PstlAdr/Ctry', role: 'creditor' },
  };
  const d = defaults[kind] ?? { path: 'Cdtr/Id/OrgId/Othr/Id', role: 'creditor' };
  return { path: d.path, role: d.role, kind, value, ...extra };
}

export function tx(payee: PayeeField[], index = 0): TransactionView {
  return {
    index,
    path: `/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[${index + 1}]`,
    endToEndId: `E2E-${index}`,
    amount: { value: '10.00', currency: 'EUR' },
    paymentType: { serviceLevels: [] },
    payee,
  };
}
