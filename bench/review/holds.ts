/**
 * Multi-transaction pacs.008.001.08 messages whose every transaction is held: most pay listed IBANs (identifier hits,
 * score 1), the rest pay unlisted accounts under listed names (name hits, scores below 1), across service levels, so
 * the queue has something to sort and filter by.
 */
import { randomUUID } from 'node:crypto';
import { ibanFor } from '../gateway/synthetic-list';

/** Accounts and names of the sample list (fixtures/watchlist/sample.jsonl). */
const LISTED_IBANS = [
  'DE89370400440532013000',
  'SE6450000000058398257512',
  'SE8312000000012345678901',
  'NO7486011119938',
  'DK2100400440119966',
  'FI2112345600000785',
];
const LISTED_NAMES = [
  'Nordic Digital Media Services Ltd',
  'Velvet Pixel Studio',
  'Skuggfilm Distribution HB',
  'Mørkeblå Medier ApS',
  'Schattenbild Vertriebs GmbH',
  'Lichtspiel Medien AG',
  'Nordic Digital Media Services',
  'Velvet Pixel Studios',
];
const SERVICE_LEVELS = ['SEPA', 'SEPA', 'URGP', 'NURG'];

function tx(i: number, runId: string): string {
  const id = `${runId}${i.toString(36)}`.slice(0, 35);
  const byName = i % 10 >= 7;
  const iban = byName ? ibanFor('DE', `8${String(i).padStart(17, '0')}`) : LISTED_IBANS[i % LISTED_IBANS.length]!;
  const name = byName ? LISTED_NAMES[i % LISTED_NAMES.length]! : `Payee ${i} Trading`;
  const amount = `${(10 + (i % 990)).toFixed(2)}`;
  return (
    `<CdtTrfTxInf><PmtId><InstrId>${id.slice(0, 16)}</InstrId><EndToEndId>${id}</EndToEndId><TxId>${id}</TxId><UETR>${randomUUID()}</UETR></PmtId>` +
    `<PmtTpInf><SvcLvl><Cd>${SERVICE_LEVELS[i % SERVICE_LEVELS.length]}</Cd></SvcLvl></PmtTpInf>` +
    `<IntrBkSttlmAmt Ccy="EUR">${amount}</IntrBkSttlmAmt><IntrBkSttlmDt>2026-11-27</IntrBkSttlmDt><ChrgBr>SLEV</ChrgBr>` +
    `<Dbtr><Nm>Erik Andersson</Nm></Dbtr><DbtrAcct><Id><IBAN>SE4550000000058398257466</IBAN></Id></DbtrAcct>` +
    `<DbtrAgt><FinInstnId><BICFI>NBBASESSXXX</BICFI></FinInstnId></DbtrAgt><CdtrAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></CdtrAgt>` +
    `<Cdtr><Nm>${name.replace(/&/g, '&amp;')}</Nm><PstlAdr><Ctry>CY</Ctry></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>${iban}</IBAN></Id></CdtrAcct>` +
    `<RmtInf><Ustrd>Invoice ${id}</Ustrd></RmtInf></CdtTrfTxInf>`
  );
}

/** One message of `count` transactions starting at transaction number `first`. */
export function heldMessage(runId: string, first: number, count: number): string {
  const bodies: string[] = [];
  let cents = 0;
  for (let i = first; i < first + count; i++) {
    bodies.push(tx(i, runId));
    cents += (10 + (i % 990)) * 100;
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>' +
    `<GrpHdr><MsgId>${`${runId}M${first.toString(36)}`.slice(0, 35)}</MsgId><CreDtTm>2026-11-27T10:15:30+01:00</CreDtTm>` +
    `<NbOfTxs>${count}</NbOfTxs><CtrlSum>${(cents / 100).toFixed(2)}</CtrlSum>` +
    '<SttlmInf><SttlmMtd>CLRG</SttlmMtd><ClrSys><Cd>STE</Cd></ClrSys></SttlmInf></GrpHdr>' +
    bodies.join('') +
    '</FIToFICstmrCdtTrf></Document>\n'
  );
}
