/**
 * Writes cases as pacs.008.001.08 messages (valid against the official schema), many transactions per message.
 * The debtor side is fixed and plain: screening looks at the payee side only.
 */
import type { Rng } from '../lib/rng';
import { xmlText } from '../lib/text';
import type { Case } from '../dataset/types';

const DEBTORS = [
  { name: 'Muster Handels AG', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', country: 'DE' },
  { name: 'Example Debtor Corp', iban: 'GB29NWBK60161331926819', bic: 'NWBKGB2LXXX', country: 'GB' },
  { name: 'Voorbeeld Betaler BV', iban: 'NL91ABNA0417164300', bic: 'ABNANL2AXXX', country: 'NL' },
];

function uuidV4(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[rng.int(16)]).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(4)]}${hex(3)}-${hex(12)}`;
}

function transaction(c: Case, rng: Rng, debtor: (typeof DEBTORS)[number]): { xml: string; cents: number } {
  const t = c.tx;
  const cents = rng.between(500, 2_500_000);
  const amount = (cents / 100).toFixed(2);
  const name = t.creditorName !== undefined ? `<Nm>${xmlText(t.creditorName)}</Nm>` : '';
  const address = `<PstlAdr><Ctry>${t.country}</Ctry>${t.addressLines.map((l) => `<AdrLine>${xmlText(l)}</AdrLine>`).join('')}</PstlAdr>`;
  const account = t.otherAccount !== undefined ? `<Othr><Id>${xmlText(t.otherAccount)}</Id></Othr>` : `<IBAN>${t.iban}</IBAN>`;
  const remittance = t.remittance.length > 0 ? `<RmtInf>${t.remittance.map((r) => `<Ustrd>${xmlText(r)}</Ustrd>`).join('')}</RmtInf>` : '';
  const xml =
    `<CdtTrfTxInf><PmtId><InstrId>${c.id}</InstrId><EndToEndId>${c.id}</EndToEndId><TxId>${c.id}</TxId><UETR>${uuidV4(rng)}</UETR></PmtId>` +
    `<IntrBkSttlmAmt Ccy="EUR">${amount}</IntrBkSttlmAmt><ChrgBr>SHAR</ChrgBr>` +
    `<Dbtr><Nm>${xmlText(debtor.name)}</Nm><PstlAdr><Ctry>${debtor.country}</Ctry></PstlAdr></Dbtr>` +
    `<DbtrAcct><Id><IBAN>${debtor.iban}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>${debtor.bic}</BICFI></FinInstnId></DbtrAgt>` +
    `<CdtrAgt><FinInstnId><BICFI>${t.agentBic}</BICFI></FinInstnId></CdtrAgt>` +
    `<Cdtr>${name}${address}</Cdtr><CdtrAcct><Id>${account}</Id></CdtrAcct>${remittance}</CdtTrfTxInf>`;
  return { xml, cents };
}

/** One pacs.008.001.08 message holding the given cases, one transaction each, in order. */
export function pacs008Message(msgId: string, cases: readonly Case[], rng: Rng): string {
  const debtor = rng.pick(DEBTORS);
  const txs = cases.map((c) => transaction(c, rng, debtor));
  const total = txs.reduce((sum, t) => sum + t.cents, 0);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>' +
    `<GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>2026-12-01T10:00:00+01:00</CreDtTm><NbOfTxs>${txs.length}</NbOfTxs>` +
    `<CtrlSum>${(total / 100).toFixed(2)}</CtrlSum><IntrBkSttlmDt>2026-12-01</IntrBkSttlmDt>` +
    '<SttlmInf><SttlmMtd>CLRG</SttlmMtd></SttlmInf></GrpHdr>' +
    txs.map((t) => t.xml).join('') +
    '</FIToFICstmrCdtTrf></Document>\n'
  );
}
