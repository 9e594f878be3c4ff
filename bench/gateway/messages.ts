/**
 * pacs.008.001.08 messages for load: every message has a fresh MsgId and every transaction a fresh TxId and UETR (so
 * none is a duplicate), creditors that do not hit, and one transaction in `hitEvery` paying a listed IBAN (a hold).
 * `transactions` per message: 1 (the usual case of a hub sending payments one by one) or more (a bulk of them).
 */
import { randomUUID } from 'node:crypto';
import { ibanFor } from './synthetic-list';

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf><GrpHdr><MsgId>@MSGID@</MsgId><CreDtTm>2026-11-27T10:15:30+01:00</CreDtTm><NbOfTxs>@NB@</NbOfTxs><CtrlSum>@SUM@</CtrlSum><SttlmInf><SttlmMtd>CLRG</SttlmMtd><ClrSys><Cd>STE</Cd></ClrSys></SttlmInf></GrpHdr>`;
const TX = `<CdtTrfTxInf><PmtId><InstrId>@INSTR@</InstrId><EndToEndId>@E2E@</EndToEndId><TxId>@TXID@</TxId><UETR>@UETR@</UETR></PmtId><PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf><IntrBkSttlmAmt Ccy="EUR">149.00</IntrBkSttlmAmt><IntrBkSttlmDt>2026-11-27</IntrBkSttlmDt><ChrgBr>SLEV</ChrgBr><Dbtr><Nm>Erik Andersson</Nm><PstlAdr><Ctry>SE</Ctry><AdrLine>Storgatan 12</AdrLine><AdrLine>11451 Stockholm</AdrLine></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>SE4550000000058398257466</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>NBBASESSXXX</BICFI></FinInstnId></DbtrAgt><CdtrAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></CdtrAgt><Cdtr><Nm>@CDTR@</Nm><PstlAdr><Ctry>DE</Ctry><AdrLine>Hauptstrasse 5</AdrLine><AdrLine>10115 Berlin</AdrLine></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>@IBAN@</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Invoice @E2E@ thank you</Ustrd></RmtInf></CdtTrfTxInf>`;
const TAIL = `</FIToFICstmrCdtTrf></Document>
`;

const CREDITORS = [
  'Baeckerei Hoffmann GmbH',
  'Stadtwerke Musterstadt',
  'Lindqvist Bygg AB',
  'Fjord Fisk AS',
  'Grand Cafe Lux SARL',
  'Tech Parts Wholesale BV',
  'Maria Schneider',
  'Olsen Transport ApS',
];

export class MessageFactory {
  private n = 0;
  /** Transactions made so far (the hit rate counts transactions, whatever their grouping into messages). */
  private tx = 0;
  constructor(
    private readonly runId: string,
    private readonly hitEvery: number,
    private readonly transactions = 1,
  ) {}

  next(): string {
    const id = `${this.runId}${(this.n++).toString(36)}`.slice(0, 35);
    let body = '';
    for (let k = 0; k < this.transactions; k++) {
      const i = this.tx++;
      const txId = this.transactions === 1 ? id : `${this.runId}T${i.toString(36)}`.slice(0, 35);
      const hit = this.hitEvery > 0 && i % this.hitEvery === this.hitEvery - 1;
      const iban = hit ? ibanFor('DE', `5${String(i % 1000).padStart(17, '0')}`) : ibanFor('DE', `7${String(i).padStart(17, '0')}`);
      body += TX.replace('@INSTR@', txId.slice(0, 16))
        .replaceAll('@E2E@', txId)
        .replace('@TXID@', txId)
        .replace('@UETR@', randomUUID())
        .replace('@CDTR@', CREDITORS[i % CREDITORS.length]!)
        .replace('@IBAN@', iban);
    }
    const head = HEAD.replace('@MSGID@', id)
      .replace('@NB@', String(this.transactions))
      .replace('@SUM@', (149 * this.transactions).toFixed(2));
    return head + body + TAIL;
  }
}
