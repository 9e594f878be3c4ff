import { buildRejectionReport, buildStatusReport, identifyMessage, readMessage, type TransactionOutcome } from '../../../../src/iso20022';
import { parseXml } from '../../../../src/iso20022/xml/parser';
import { descend, textAt, type XmlElement } from '../../../../src/iso20022/xml/tree';
import { fixtureMessage } from '../../../conformance/support/samples';
import { xsdErrors } from '../../../helpers/xsd';

const options = { msgId: 'CHKP-RPT-0001', creDtTm: '2026-03-02T10:00:01+01:00', rejectReason: 'RR04', instructingAgentBic: 'ZZZZSESSXXX' };

function documentOf(xml: string): XmlElement {
  const { root } = parseXml(xml);
  return root.local === 'Document' ? root : root.children.find((c) => c.local === 'Document')!;
}

describe('buildStatusReport', () => {
  const three = readMessage(fixtureMessage('pacs.008.001.08-3tx.xml'));

  it('answers pacs.008.001.08 with a valid pacs.002.001.10 echoing the original ids', async () => {
    const outcomes: TransactionOutcome[] = [
      { index: 0, status: 'ACSP' },
      { index: 1, status: 'RJCT' },
      { index: 2, status: 'PDNG' },
    ];
    const { xml, id } = buildStatusReport(three, outcomes, { ...options, pendingReason: 'G002' });
    expect(id.name).toBe('pacs.002.001.10');
    expect(await xsdErrors(xml, 'pacs.002.001.10')).toEqual([]);
    const rpt = descend(documentOf(xml), 'FIToFIPmtStsRpt')!;
    expect(textAt(rpt, 'GrpHdr/MsgId')).toBe('CHKP-RPT-0001');
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/OrgnlMsgId')).toBe('CHKP-SAMPLE-0003');
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/OrgnlMsgNmId')).toBe('pacs.008.001.08');
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/GrpSts')).toBe('PART');
    const txs = rpt.children.filter((c) => c.local === 'TxInfAndSts');
    expect(txs.map((t) => textAt(t, 'TxSts'))).toEqual(['ACSP', 'RJCT', 'PDNG']);
    expect(txs.map((t) => textAt(t, 'OrgnlEndToEndId'))).toEqual(['E2E-0301', 'E2E-0302', 'E2E-0303']);
    expect(txs.map((t) => textAt(t, 'OrgnlTxId'))).toEqual(['TX-0301', 'TX-0302', 'TX-0303']);
    expect(textAt(txs[1], 'OrgnlUETR')).toBe('0a1b2c3d-4e5f-4a6b-9c7d-8e9fa0b1c2d3');
    expect(textAt(txs[1], 'StsRsnInf/Rsn/Cd')).toBe('RR04');
    expect(textAt(txs[2], 'StsRsnInf/Rsn/Cd')).toBe('G002');
    expect(textAt(txs[0], 'StsRsnInf/Rsn/Cd')).toBeUndefined();
    expect(xml).not.toContain('AddtlInf');
  });

  it.each([
    [['ACSP', 'ACSP', 'ACSP'], 'ACSP'],
    [['RJCT', 'RJCT', 'RJCT'], 'RJCT'],
    [['PDNG', 'PDNG', 'PDNG'], 'PDNG'],
    [['ACSP', 'PDNG', 'ACSP'], 'PART'],
  ])('derives the group status %j → %s', (statuses, expected) => {
    const { xml } = buildStatusReport(
      three,
      statuses.map((status, index) => ({ index, status: status as TransactionOutcome['status'] })),
      options,
    );
    expect(textAt(documentOf(xml), 'FIToFIPmtStsRpt/OrgnlGrpInfAndSts/GrpSts')).toBe(expected);
  });

  it('reports a later decision on one transaction without a group status', async () => {
    const { xml } = buildStatusReport(three, [{ index: 1, status: 'RJCT', reasonCode: 'RR03' }], options);
    expect(await xsdErrors(xml, 'pacs.002.001.10')).toEqual([]);
    const rpt = descend(documentOf(xml), 'FIToFIPmtStsRpt')!;
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/GrpSts')).toBeUndefined();
    expect(rpt.children.filter((c) => c.local === 'TxInfAndSts')).toHaveLength(1);
    expect(textAt(rpt, 'TxInfAndSts/OrgnlEndToEndId')).toBe('E2E-0302');
    expect(textAt(rpt, 'TxInfAndSts/StsRsnInf/Rsn/Cd')).toBe('RR03');
  });

  it('carries an AppHdr with Fr and To swapped, inside the same envelope as the original', async () => {
    const wrapped = readMessage(fixtureMessage('pacs.008.001.08-3tx-apphdr.xml'));
    const { xml } = buildStatusReport(
      wrapped,
      [0, 1, 2].map((index) => ({ index, status: 'ACSP' as const })),
      options,
    );
    expect(await xsdErrors(xml, 'pacs.002.001.10')).toEqual([]);
    const { root } = parseXml(xml);
    expect(root).toMatchObject({ local: 'Envelope', ns: 'urn:swift:xsd:envelope' });
    const hdr = root.children[0];
    expect(hdr).toMatchObject({ local: 'AppHdr', ns: 'urn:iso:std:iso:20022:tech:xsd:head.001.001.02' });
    expect(textAt(hdr, 'Fr/FIId/FinInstnId/BICFI')).toBe('ZZZZSESSXXX');
    expect(textAt(hdr, 'To/FIId/FinInstnId/BICFI')).toBe('AAAADEFFXXX');
    expect(textAt(hdr, 'MsgDefIdr')).toBe('pacs.002.001.10');
    expect(textAt(hdr, 'BizMsgIdr')).toBe('CHKP-RPT-0001');
  });
});

describe('buildRejectionReport', () => {
  it('builds a group-level RJCT from what could be identified', async () => {
    const broken = fixtureMessage('pacs.008.001.08-3tx-apphdr.xml').replace('<NbOfTxs>3</NbOfTxs>', '<NbOfTxs>three</NbOfTxs>');
    const result = buildRejectionReport(identifyMessage(broken), 'FF01', options)!;
    expect(result.id.name).toBe('pacs.002.001.10');
    expect(await xsdErrors(result.xml, 'pacs.002.001.10')).toEqual([]);
    const rpt = descend(documentOf(result.xml), 'FIToFIPmtStsRpt')!;
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/OrgnlMsgId')).toBe('CHKP-SAMPLE-0004');
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/GrpSts')).toBe('RJCT');
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/StsRsnInf/Rsn/Cd')).toBe('FF01');
    expect(result.xml).not.toContain('AddtlInf');
  });

  it('builds one for a truncated message identified by pattern', async () => {
    const truncated = fixtureMessage('pacs.008.001.08-single.xml').slice(0, 600);
    const result = buildRejectionReport(identifyMessage(truncated), 'FF01', options)!;
    expect(await xsdErrors(result.xml, 'pacs.002.001.10')).toEqual([]);
  });

  it('gives up when nothing identifies the message', () => {
    expect(buildRejectionReport(identifyMessage('<nonsense'), 'FF01', options)).toBeUndefined();
  });
});
