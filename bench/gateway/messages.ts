/**
 * Single-transaction pacs.008.001.08 messages for load: every message has a fresh MsgId, TxId and UETR (so none is a
 * duplicate), creditors that do not hit, and one in `hitEvery` messages paying a listed IBAN (a hold).
 */
import { randomUUID } from 'node:crypto';
import { ibanFor } from './synthetic-list';

const TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf><GrpHdr><MsgId>@MSGID@</MsgId><CreDtTm>2026-11-27T10:15:30+01:00</CreDtTm><NbOfTxs>1</NbOfTxs><CtrlSum>149.00</CtrlSum><SttlmInf><SttlmMtd>CLRG</SttlmMtd><ClrSys><Cd>STE</Cd></ClrSys></SttlmInf></GrpHdr><CdtTrfTxInf><PmtId><InstrId>@INSTR@</InstrId><EndToEndId>@E2E@</EndToEndId><TxId>@TXID@</TxId><UETR>@UETR@</UETR></PmtId><PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf><IntrBkSttlmAmt Ccy="EUR">149.00</IntrBkSttlmAmt><IntrBkSttlmDt>2026-11-27</IntrBkSttlmDt><ChrgBr>SLEV</ChrgBr><Dbtr><Nm>Erik Andersson</Nm><PstlAdr><Ctry>SE</Ctry><AdrLine>Storgatan 12</AdrLine><AdrLine>11451 Stockholm</AdrLine></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>SE4550000000058398257466</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>NBBASESSXXX</BICFI></FinInstnId></DbtrAgt><CdtrAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></CdtrAgt><Cdtr><Nm>@CDTR@</Nm><PstlAdr><Ctry>DE</Ctry><AdrLine>Hauptstrasse 5</AdrLine><AdrLine>10115 Berlin</AdrLine></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>@IBAN@</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Invoice @E2E@ thank you</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>
`;

const CREDITORS = ['Baeckerei Hoffmann GmbH', 'Stadtwerke Musterstadt', 'Lindqvist Bygg AB', 'Fjord Fisk AS', 'Grand Cafe Lux SARL', 'Tech Parts Wholesale BV', 'Maria Schneider', 'Olsen Transport ApS'];

export class MessageFactory {
  private n = 0;
  constructor(
    private readonly runId: string,
    private readonly hitEvery: number,
  ) {}

  next(): string {
    const i = this.n++;
    const id = `${this.runId}${i.toString(36)}`.slice(0, 35);
    const hit = this.hitEvery > 0 && i % this.hitEvery === this.hitEvery - 1;
    const iban = hit ? ibanFor('DE', `5${String(i % 1000).padStart(17, '0')}`) : ibanFor('DE', `7${String(i).padStart(17, '0')}`);
    return TEMPLATE.replace('@MSGID@', id)
      .replace('@INSTR@', id.slice(0, 16))
      .replaceAll('@E2E@', id)
      .replace('@TXID@', id)
      .replace('@UETR@', randomUUID())
      .replace('@CDTR@', CREDITORS[i % CREDITORS.length]!)
      .replace('@IBAN@', iban);
  }
}
