import { readMessage, identifyMessage } from '../../../src/iso20022';
import { fixtureMessage } from '../../conformance/support/samples';
import { readFailure as failure } from '../../helpers/read-failure';

const single = fixtureMessage('pacs.008.001.08-single.xml');
const three = fixtureMessage('pacs.008.001.08-3tx.xml');
const wrapped = fixtureMessage('pacs.008.001.08-3tx-apphdr.xml');
const prefixed = fixtureMessage('pacs.008.001.08-single-apphdr-prefixed.xml');

describe('readMessage: pacs.008.001.08', () => {
  it('reads a bare single-transaction message', () => {
    const m = readMessage(single);
    expect(m.id).toMatchObject({ name: 'pacs.008.001.08', family: 'pacs.008', namespace: 'urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08' });
    expect(m.family).toBe('pacs.008');
    expect(m.appHdr).toBeUndefined();
    expect(m.group).toEqual({
      msgId: 'CHKP-SAMPLE-0001',
      creDtTm: '2026-03-02T09:15:00+01:00',
      nbOfTxs: 1,
      ctrlSum: '149.00',
      instructingAgent: 'AAAADEFFXXX',
      instructedAgent: 'BBBBSESSXXX',
    });
    expect(m.transactions).toHaveLength(1);
    expect(m.transactions[0]).toMatchObject({
      index: 0,
      path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf',
      instrId: 'INSTR-0001',
      endToEndId: 'E2E-0001',
      txId: 'TX-0001',
      uetr: '3f2b6c1e-8a4d-4e2f-9b7a-1c2d3e4f5a60',
      amount: { value: '149.00', currency: 'EUR' },
      paymentType: { serviceLevels: [] },
      line: 23,
    });
    expect(m.raw).toBe(single);
    expect(m.isCover).toBe(false);
  });

  it('extracts exactly the payee side, with paths relative to the transaction', () => {
    const [tx] = readMessage(single).transactions;
    expect(tx.payee).toEqual([
      { path: 'CdtrAgt/FinInstnId/BICFI', role: 'creditorAgent', kind: 'bic', value: 'BBBBSESSXXX', partyRef: 'CdtrAgt' },
      { path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: 'Lindqvist Carpentry AB', partyRef: 'Cdtr' },
      { path: 'Cdtr/PstlAdr/StrtNm', role: 'creditor', kind: 'address', value: 'Sveavaegen', partyRef: 'Cdtr' },
      { path: 'Cdtr/PstlAdr/BldgNb', role: 'creditor', kind: 'address', value: '44', partyRef: 'Cdtr' },
      { path: 'Cdtr/PstlAdr/PstCd', role: 'creditor', kind: 'address', value: '11134', partyRef: 'Cdtr' },
      { path: 'Cdtr/PstlAdr/TwnNm', role: 'creditor', kind: 'address', value: 'Stockholm', partyRef: 'Cdtr' },
      { path: 'Cdtr/PstlAdr/Ctry', role: 'creditor', kind: 'country', value: 'SE', partyRef: 'Cdtr' },
      { path: 'CdtrAcct/Id/IBAN', role: 'creditorAccount', kind: 'iban', value: 'SE4550000000058398257466', partyRef: 'CdtrAcct' },
      { path: 'RmtInf/Ustrd', role: 'remittance', kind: 'text', value: 'Invoice 2026-0117 oak shelves', partyRef: 'RmtInf' },
      // then everything else the sender wrote outside the debtor's side (identifications, the group header)
      { path: 'PmtId/InstrId', role: 'transaction', kind: 'label', value: 'INSTR-0001', partyRef: 'PmtId' },
      { path: 'PmtId/EndToEndId', role: 'transaction', kind: 'label', value: 'E2E-0001', partyRef: 'PmtId' },
      { path: 'PmtId/TxId', role: 'transaction', kind: 'label', value: 'TX-0001', partyRef: 'PmtId' },
      ...tx.payee.filter((f) => f.role === 'message'),
    ]);
    expect(tx.payee.filter((f) => f.role === 'message').map((f) => [f.path, f.value])).toEqual([
      ['/Document/FIToFICstmrCdtTrf/GrpHdr/MsgId', 'CHKP-SAMPLE-0001'],
      ['/Document/FIToFICstmrCdtTrf/GrpHdr/InstdAgt/FinInstnId/BICFI', 'BBBBSESSXXX'],
    ]);
  });

  it('never extracts debtor-side data', () => {
    const m = readMessage(three);
    for (const tx of m.transactions) {
      for (const f of tx.payee) {
        expect(f.path).not.toMatch(/^(Dbtr|UltmtDbtr|DbtrAcct|DbtrAgt|InitgPty)\b/);
        expect(f.value).not.toMatch(/Example Debtor Corp|DE41500105170123456789|AAAADEFFXXX/);
      }
    }
  });

  it('indexes repeated elements 1-based and marks organisations', () => {
    const m = readMessage(three);
    expect(m.transactions.map((t) => t.path)).toEqual([
      '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]',
      '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]',
      '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[3]',
    ]);
    expect(m.transactions[0].payee).toEqual(
      expect.arrayContaining([
        { path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value: 'Acme Garden Supplies Ltd', partyRef: 'Cdtr', partyType: 'organisation' },
        { path: 'Cdtr/PstlAdr/AdrLine[2]', role: 'creditor', kind: 'address', value: 'Bristol BS1 4XE', partyRef: 'Cdtr' },
        { path: 'Cdtr/Id/OrgId/LEI', role: 'creditor', kind: 'lei', value: '5493001KJTIIGC8Y1R12', partyRef: 'Cdtr' },
      ]),
    );
    expect(m.transactions[0].paymentType.serviceLevels).toEqual(['SEPA']);
    expect(m.transactions[1].payee).toEqual(
      expect.arrayContaining([
        { path: 'Cdtr/CtctDtls/EmailAdr', role: 'creditor', kind: 'email', value: 'orders@northwind-books.example', partyRef: 'Cdtr' },
        { path: 'RmtInf/Ustrd[2]', role: 'remittance', kind: 'text', value: 'Customer 88123', partyRef: 'RmtInf' },
      ]),
    );
    expect(m.transactions[2].payee).toEqual(
      expect.arrayContaining([{ path: 'RmtInf/Strd/CdtrRefInf/Ref', role: 'remittance', kind: 'text', value: 'RF18539007547034', partyRef: 'RmtInf' }]),
    );
    expect(m.group.totalInterbankSettlementAmount).toEqual({ value: '1290.50', currency: 'EUR' });
  });

  it('finds AppHdr and Document inside an envelope', () => {
    const m = readMessage(wrapped);
    expect(m.envelope).toEqual({ name: 'Envelope', namespace: 'urn:swift:xsd:envelope' });
    expect(m.appHdr).toMatchObject({
      id: { name: 'head.001.001.02' },
      fromBic: 'AAAADEFFXXX',
      toBic: 'ZZZZSESSXXX',
      bizMsgIdr: 'CHKP-SAMPLE-0004',
      msgDefIdr: 'pacs.008.001.08',
      bizSvc: 'swift.cbprplus.02',
      possibleDuplicate: false,
    });
    expect(m.transactions).toHaveLength(3);
    expect(m.transactions[1].path).toBe('/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]');
  });

  it('reads prefixed elements in a RequestPayload wrapper, from bytes', () => {
    const m = readMessage(new TextEncoder().encode(prefixed));
    expect(m.envelope).toEqual({ name: 'RequestPayload', namespace: '' });
    expect(m.group.msgId).toBe('CHKP-SAMPLE-0002');
    expect(m.transactions[0].payee.find((f) => f.kind === 'iban')?.value).toBe('SE4550000000058398257466');
  });

  it('honours AppHdr PssblDplct and CpyDplct', () => {
    const dup = wrapped.replace('<CreDt>', '<CpyDplct>DUPL</CpyDplct>\n    <PssblDplct>true</PssblDplct>\n    <CreDt>');
    const hdr = dup.replace(
      /<CpyDplct>DUPL<\/CpyDplct>\n {4}<PssblDplct>true<\/PssblDplct>\n {4}(<CreDt>.*<\/CreDt>)/,
      '$1\n    <CpyDplct>DUPL</CpyDplct>\n    <PssblDplct>true</PssblDplct>',
    );
    const m = readMessage(hdr);
    expect(m.appHdr).toMatchObject({ possibleDuplicate: true, copyDuplicate: 'DUPL' });
  });

  it('is plain data (structured-clone friendly)', () => {
    const m = readMessage(wrapped);
    expect(structuredClone(m)).toEqual(m);
  });
});

describe('readMessage: rejections', () => {
  it('rejects a missing mandatory element with its path and line', () => {
    const e = failure(single.replace('<EndToEndId>E2E-0001</EndToEndId>', ''));
    expect(e.code).toBe('MESSAGE_INVALID');
    expect(e.details[0]).toMatchObject({ code: 'MESSAGE_INVALID', path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/PmtId/TxId', line: 27 });
    expect(e.details[0].message).toMatch(/expected: EndToEndId/);
    expect(e.context).toMatchObject({ id: { name: 'pacs.008.001.08' }, msgId: 'CHKP-SAMPLE-0001' });
  });

  it('rejects elements out of order, too long values and bad patterns, listing each', () => {
    const bad = three
      .replace('<Nm>Acme Garden Supplies Ltd</Nm>', `<Nm>${'x'.repeat(141)}</Nm>`)
      .replace('<BICFI>CCCCGB2LXXX</BICFI>', '<BICFI>not-a-bic</BICFI>')
      .replace('<UETR>0a1b2c3d-4e5f-4a6b-9c7d-8e9fa0b1c2d3</UETR>', '<UETR>0a1b2c3d</UETR>');
    const e = failure(bad);
    expect(e.code).toBe('MESSAGE_INVALID');
    expect(e.details.map((d) => d.path)).toEqual([
      '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/CdtrAgt/FinInstnId/BICFI',
      '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Cdtr/Nm',
      '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]/PmtId/UETR',
    ]);
    expect(e.details.every((d) => typeof d.line === 'number' && d.line > 0)).toBe(true);
    expect(e.message).not.toContain('xxxxx');
  });

  it('rejects NbOfTxs that does not match the transactions (AM18)', () => {
    const e = failure(three.replace('<NbOfTxs>3</NbOfTxs>', '<NbOfTxs>2</NbOfTxs>'));
    expect(e.code).toBe('NB_OF_TXS_MISMATCH');
    expect(e.definition.isoReason).toBe('AM18');
    expect(e).toMatchObject({ path: '/Document/FIToFICstmrCdtTrf/GrpHdr/NbOfTxs', line: 7 });
  });

  it('rejects a CtrlSum that does not match the amounts, with exact decimals', () => {
    expect(failure(three.replace('<CtrlSum>1290.50</CtrlSum>', '<CtrlSum>1290.51</CtrlSum>')).code).toBe('CTRL_SUM_MISMATCH');
    expect(() => readMessage(three.replace('<CtrlSum>1290.50</CtrlSum>', '<CtrlSum>1290.5000</CtrlSum>'))).not.toThrow();
  });

  it('rejects a TtlIntrBkSttlmAmt that does not match the amounts', () => {
    const e = failure(three.replace('<TtlIntrBkSttlmAmt Ccy="EUR">1290.50</TtlIntrBkSttlmAmt>', '<TtlIntrBkSttlmAmt Ccy="EUR">1290.00</TtlIntrBkSttlmAmt>'));
    expect(e.code).toBe('TOTAL_AMOUNT_MISMATCH');
  });

  it('rejects an invalid AppHdr as HEADER_INVALID', () => {
    const e = failure(wrapped.replace('<BizMsgIdr>CHKP-SAMPLE-0004</BizMsgIdr>', ''));
    expect(e.code).toBe('HEADER_INVALID');
    expect(e.details[0].path).toBe('/AppHdr/MsgDefIdr');
  });

  it('rejects an AppHdr naming another message type as HEADER_MISMATCH', () => {
    const e = failure(wrapped.replace('<MsgDefIdr>pacs.008.001.08</MsgDefIdr>', '<MsgDefIdr>pacs.009.001.08</MsgDefIdr>'));
    expect(e.code).toBe('HEADER_MISMATCH');
  });

  it('answers a family it does not screen with MESSAGE_UNSUPPORTED naming the message', () => {
    const e = failure('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.056.001.08"><FIToFIPmtCxlReq/></Document>');
    expect(e.code).toBe('MESSAGE_UNSUPPORTED');
    expect(e.message).toContain('camt.056.001.08');
    expect(e.httpStatus).toBe(422);
  });

  it('rejects XML without an ISO 20022 Document', () => {
    expect(failure('<Invoice xmlns="urn:example"/>').code).toBe('MESSAGE_NOT_ISO20022');
  });

  it('rejects malformed XML with XML_MALFORMED and a line', () => {
    const e = failure(single.slice(0, 500));
    expect(e.code).toBe('XML_MALFORMED');
    expect(e.line).toBeGreaterThan(1);
  });

  it('enforces maxTransactions', () => {
    expect(() => readMessage(three, { maxTransactions: 2 })).toThrow(expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }));
  });

  it('skips schema validation only when asked (benchmarks)', () => {
    const bad = single.replace(
      '<BICFI>BBBBSESSXXX</BICFI>\n        </FinInstnId>\n      </CdtrAgt>',
      '<BICFI>bad</BICFI>\n        </FinInstnId>\n      </CdtrAgt>',
    );
    expect(failure(bad).code).toBe('MESSAGE_INVALID');
    expect(readMessage(bad, { validate: false }).transactions).toHaveLength(1);
  });
});

describe('identifyMessage', () => {
  it('identifies what it can of an invalid message', () => {
    const ident = identifyMessage(wrapped.replace('<EndToEndId>E2E-0401</EndToEndId>', ''));
    expect(ident).toMatchObject({
      id: { name: 'pacs.008.001.08' },
      msgId: 'CHKP-SAMPLE-0004',
      appHdr: { bizMsgIdr: 'CHKP-SAMPLE-0004', fromBic: 'AAAADEFFXXX', toBic: 'ZZZZSESSXXX' },
    });
    expect(ident.transactions?.[1]).toEqual({ endToEndId: 'E2E-0402', txId: 'TX-0402', uetr: 'b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d42', instrId: 'INSTR-0402' });
  });

  it('identifies a truncated message by pattern', () => {
    const ident = identifyMessage(wrapped.slice(0, 1500));
    expect(ident).toMatchObject({ id: { name: 'pacs.008.001.08' }, msgId: 'CHKP-SAMPLE-0004', appHdr: { bizMsgIdr: 'CHKP-SAMPLE-0004' } });
  });

  it('never throws', () => {
    expect(identifyMessage('')).toEqual({});
    expect(identifyMessage(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({});
  });
});
