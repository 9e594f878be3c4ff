/**
 * Builds pacs.008.001.08 messages for the gateway's tests, valid against the official XSD (checked in the tests
 * that forward them). Creditor and debtor data are parameters so tests can put list names on either side.
 */
import { randomUUID } from 'node:crypto';

let counter = 0;
const uniq = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36).padStart(4, '0')}`.slice(0, 35);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface TxSpec {
  creditorName: string;
  creditorIban: string;
  amount?: string;
  creditorBic?: string;
  debtorName?: string;
  debtorIban?: string;
  remittance?: string;
  creditorCountry?: string;
  creditorAddressLines?: string[];
  ultimateCreditor?: string;
  serviceLevel?: string;
  instant?: boolean;
  uetr?: string;
  txId?: string;
  endToEndId?: string;
}

export function tx(spec: TxSpec): string {
  const t = {
    amount: '149.00',
    creditorBic: 'DEUTDEFFXXX',
    debtorName: 'Erik Andersson',
    debtorIban: 'SE4550000000058398257466',
    creditorCountry: 'CY',
    serviceLevel: 'SEPA',
    ...spec,
  };
  const adr = `<PstlAdr><Ctry>${t.creditorCountry}</Ctry>${(t.creditorAddressLines ?? []).map((l) => `<AdrLine>${esc(l)}</AdrLine>`).join('')}</PstlAdr>`;
  return (
    `<CdtTrfTxInf><PmtId><InstrId>${uniq('I').slice(0, 16)}</InstrId><EndToEndId>${t.endToEndId ?? uniq('E2E')}</EndToEndId>` +
    `<TxId>${t.txId ?? uniq('TX')}</TxId><UETR>${t.uetr ?? randomUUID()}</UETR></PmtId>` +
    `<PmtTpInf><SvcLvl><Cd>${t.serviceLevel}</Cd></SvcLvl>${t.instant ? '<LclInstrm><Cd>INST</Cd></LclInstrm>' : ''}</PmtTpInf>` +
    `<IntrBkSttlmAmt Ccy="EUR">${t.amount}</IntrBkSttlmAmt><IntrBkSttlmDt>2026-11-27</IntrBkSttlmDt><ChrgBr>SLEV</ChrgBr>` +
    `<Dbtr><Nm>${esc(t.debtorName)}</Nm><PstlAdr><Ctry>SE</Ctry><AdrLine>Storgatan 12</AdrLine></PstlAdr></Dbtr>` +
    `<DbtrAcct><Id><IBAN>${t.debtorIban}</IBAN></Id></DbtrAcct>` +
    `<DbtrAgt><FinInstnId><BICFI>NBBASESSXXX</BICFI></FinInstnId></DbtrAgt>` +
    `<CdtrAgt><FinInstnId><BICFI>${t.creditorBic}</BICFI></FinInstnId></CdtrAgt>` +
    `<Cdtr><Nm>${esc(t.creditorName)}</Nm>${adr}</Cdtr>` +
    `<CdtrAcct><Id><IBAN>${t.creditorIban}</IBAN></Id></CdtrAcct>` +
    (t.ultimateCreditor ? `<UltmtCdtr><Nm>${esc(t.ultimateCreditor)}</Nm></UltmtCdtr>` : '') +
    (t.remittance ? `<RmtInf><Ustrd>${esc(t.remittance)}</Ustrd></RmtInf>` : '') +
    `</CdtTrfTxInf>`
  );
}

export function pacs008(
  txs: (string | TxSpec)[],
  options: { msgId?: string; appHdr?: boolean; copyDuplicate?: 'COPY' | 'CODU' | 'DUPL'; possibleDuplicate?: boolean } = {},
): string {
  const bodies = txs.map((t) => (typeof t === 'string' ? t : tx(t)));
  const cents = bodies.reduce((sum, b) => sum + Math.round(Number(/Ccy="EUR">([0-9.]+)</.exec(b)![1]) * 100), 0);
  const msgId = options.msgId ?? uniq('MSG');
  const doc =
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>' +
    `<GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>2026-11-27T10:15:30+01:00</CreDtTm>` +
    `<NbOfTxs>${bodies.length}</NbOfTxs><CtrlSum>${(cents / 100).toFixed(2)}</CtrlSum>` +
    '<SttlmInf><SttlmMtd>CLRG</SttlmMtd><ClrSys><Cd>STE</Cd></ClrSys></SttlmInf></GrpHdr>' +
    bodies.join('') +
    '</FIToFICstmrCdtTrf></Document>';
  if (!options.appHdr && !options.copyDuplicate && !options.possibleDuplicate) return `<?xml version="1.0" encoding="UTF-8"?>\n${doc}\n`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Envelope xmlns="urn:chokepoint:test:envelope">' +
    '<AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02"><Fr><FIId><FinInstnId><BICFI>NBBASESSXXX</BICFI></FinInstnId></FIId></Fr>' +
    '<To><FIId><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></FIId></To>' +
    `<BizMsgIdr>${msgId}</BizMsgIdr><MsgDefIdr>pacs.008.001.08</MsgDefIdr><CreDt>2026-11-27T09:15:30Z</CreDt>` +
    (options.copyDuplicate ? `<CpyDplct>${options.copyDuplicate}</CpyDplct>` : '') +
    (options.possibleDuplicate ? '<PssblDplct>true</PssblDplct>' : '') +
    '</AppHdr>' +
    doc +
    '</Envelope>\n'
  );
}

/** A valid German IBAN (mod-97) with the given account sequence. */
export function ibanDE(seq: number): string {
  const bban = `37040044${String(seq).padStart(10, '0')}`;
  const numeric = (bban + 'DE00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = 98 - Number(BigInt(numeric) % 97n);
  return `DE${String(check).padStart(2, '0')}${bban}`;
}

/** The sample list's example entry SE-POL-000123 (fixtures/watchlist/sample.jsonl). */
export const LISTED = { name: 'Nordic Digital Media Services Ltd', iban: 'DE89370400440532013000', domain: 'example-media.test' };
