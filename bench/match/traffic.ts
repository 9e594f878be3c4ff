/**
 * Payment traffic for the throughput measurement: mostly payees that are not listed (names from the same
 * cultures, so they share tokens with listed names the way real traffic does), a few that are.
 */
import type { PayeeField, TransactionView } from '../../src/iso20022/types';
import { CULTURES } from './name-data';
import { brand, entryAt, makeBic, makeIban } from './generate-list';
import { Rng } from './rng';
import { latinName } from './variations';

export interface TrafficTransaction {
  readonly tx: TransactionView;
  /** Payee parties in it (creditor, ultimate creditor, creditor agent), each with its identifiers. */
  readonly parties: number;
}

/** Payee words not from the list's inventories: real traffic mostly names people and firms nobody listed. */
const TRAFFIC_SYLLABLES = [
  'ka',
  'lo',
  'mi',
  're',
  'tan',
  'vel',
  'sor',
  'dun',
  'bri',
  'gal',
  'hem',
  'pil',
  'qua',
  'wes',
  'yor',
  'zel',
  'fin',
  'cor',
  'mar',
  'nel',
];

function trafficWord(rng: Rng): string {
  const n = 2 + rng.int(2);
  let s = '';
  for (let i = 0; i < n; i++) s += rng.pick(TRAFFIC_SYLLABLES);
  return s[0].toUpperCase() + s.slice(1);
}

/** A person or a company that shares only the common parts (given names, company words, legal forms) with listed names. */
function unlistedName(rng: Rng, person: boolean): string {
  const c = rng.pick(CULTURES.filter((x) => x.script === undefined));
  if (person) return `${rng.pick(c.given)} ${rng.chance(0.2) ? `${rng.pick(c.given)} ` : ''}${trafficWord(rng)}`;
  return `${trafficWord(rng)} ${rng.pick(c.companyWords)} ${rng.pick(c.legalForms)}`;
}

export function makeTraffic(seed: number, listEntries: number, count: number, listedShare = 0.02): TrafficTransaction[] {
  const rng = new Rng(seed * 31337 + 7);
  const out: TrafficTransaction[] = [];
  for (let i = 0; i < count; i++) {
    const c = rng.pick(CULTURES);
    const listed = rng.chance(listedShare) ? entryAt(seed, rng.int(listEntries)) : undefined;
    const isPerson = rng.chance(0.5);
    const name = listed !== undefined ? latinName(listed) : unlistedName(rng, isPerson);
    const iban = listed?.identifiers.find((x) => x.type === 'iban')?.value ?? makeIban(rng, rng.pick(['DE', 'SE', 'FR', 'NL', 'ES', 'IT', 'PL', 'GB']))!;
    const payee: PayeeField[] = [
      { path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: name, partyRef: 'cdtr', partyType: isPerson ? 'person' : 'organisation' },
      { path: 'Cdtr/PstlAdr/AdrLine[1]', role: 'creditor', kind: 'address', value: `${brand(rng, c)} ${c.streetWord} ${rng.int(200) + 1}`, partyRef: 'cdtr' },
      { path: 'Cdtr/PstlAdr/AdrLine[2]', role: 'creditor', kind: 'address', value: `${rng.digits(5)} ${rng.pick(c.cities)}`, partyRef: 'cdtr' },
      { path: 'CdtrAcct/Id/IBAN', role: 'creditorAccount', kind: 'iban', value: iban },
      { path: 'CdtrAgt/FinInstnId/BICFI', role: 'creditorAgent', kind: 'bic', value: makeBic(rng, c.country) },
      {
        path: 'RmtInf/Ustrd',
        role: 'remittance',
        kind: 'text',
        value: `Invoice ${rng.digits(6)} ${rng.pick(['thank you', 'order 55', 'www.shop-example.test', 'ref 2026-01'])}`,
      },
    ];
    let parties = 2;
    if (rng.chance(0.3)) {
      payee.push({ path: 'UltmtCdtr/Nm', role: 'ultimateCreditor', kind: 'name', value: unlistedName(rng, false), partyRef: 'ultmt' });
      parties++;
    }
    out.push({
      tx: { index: 0, path: '/Document', endToEndId: `E2E${i}`, amount: { value: '10.00', currency: 'EUR' }, paymentType: { serviceLevels: [] }, payee },
      parties,
    });
  }
  return out;
}
