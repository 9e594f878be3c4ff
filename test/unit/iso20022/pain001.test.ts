import { buildForwardMessage, buildStatusReport, readMessage } from '../../../src/iso20022';
import { AppError } from '../../../src/errors/app-error';
import { locateParts } from '../../../src/iso20022/locate';
import { schemaFor } from '../../../src/iso20022/registry';
import { validateRoot } from '../../../src/iso20022/schema/validate';
import { parseXml } from '../../../src/iso20022/xml/parser';
import { descend, textAt } from '../../../src/iso20022/xml/tree';
import { fixtureMessage } from '../../conformance/support/samples';
import { xsdErrors } from '../../helpers/xsd';

const raw = fixtureMessage('pain.001.001.09-2pmtinf.xml');

function code(body: string): AppError {
  try {
    readMessage(body);
  } catch (e) {
    return e as AppError;
  }
  throw new Error('accepted');
}

describe('pain.001 with several payment information blocks', () => {
  const m = readMessage(raw);

  it('reads transactions across blocks with their PmtInfId and block-level payment type', () => {
    expect(m.transactions.map((t) => [t.index, t.pmtInfId, t.endToEndId, t.amount.value])).toEqual([
      [0, 'PMT-A', 'E2E-PA-1', '80.25'],
      [1, 'PMT-A', 'E2E-PA-2', '400.00'],
      [2, 'PMT-B', 'E2E-PB-1', '250.00'],
    ]);
    expect(m.transactions[0].path).toBe('/Document/CstmrCdtTrfInitn/PmtInf[1]/CdtTrfTxInf[1]');
    expect(m.transactions[2].path).toBe('/Document/CstmrCdtTrfInitn/PmtInf[2]/CdtTrfTxInf');
    expect(m.transactions[2].paymentType.serviceLevels).toEqual(['URGP']);
    expect(m.transactions[0].payee.find((f) => f.role === 'creditor')?.value).toBe('Van den Berg Bakery BVBA');
  });

  it('never extracts the initiating party or the debtor', () => {
    const values = m.transactions.flatMap((t) => t.payee.map((f) => f.value));
    expect(values).not.toContain('Example Debtor Corp');
    expect(values).not.toContain('DE41500105170123456789');
  });

  it('checks NbOfTxs and CtrlSum of each block', () => {
    const e = code(raw.replace('<NbOfTxs>1</NbOfTxs>', '<NbOfTxs>2</NbOfTxs>'));
    expect(e.code).toBe('NB_OF_TXS_MISMATCH');
    expect(e.path).toBe('/Document/CstmrCdtTrfInitn/PmtInf[2]/NbOfTxs');
    const c = code(raw.replace('<CtrlSum>480.25</CtrlSum>', '<CtrlSum>480.20</CtrlSum>'));
    expect(c.code).toBe('CTRL_SUM_MISMATCH');
    expect(c.path).toBe('/Document/CstmrCdtTrfInitn/PmtInf[1]/CtrlSum');
  });

  it('forwards a subset, recomputing group and block control values and dropping empty blocks', async () => {
    const xml = buildForwardMessage(m, [1], { msgId: 'CHKP-FWD-P1' });
    expect(await xsdErrors(xml, 'pain.001.001.09')).toEqual([]);
    const f = readMessage(xml);
    expect(f.group).toMatchObject({ msgId: 'CHKP-FWD-P1', nbOfTxs: 1, ctrlSum: '400.00' });
    expect(xml).not.toContain('PMT-B');
    expect(xml).not.toContain('E2E-PA-1');
    const pmtInf = descend(parseXml(xml).root, 'CstmrCdtTrfInitn/PmtInf')!;
    expect(textAt(pmtInf, 'NbOfTxs')).toBe('1');
    expect(textAt(pmtInf, 'CtrlSum')).toBe('400.00');
  });

  it('answers with a pain.002.001.10 grouping transactions per original block', () => {
    const { xml, id } = buildStatusReport(
      m,
      [
        { index: 0, status: 'ACSP' },
        { index: 1, status: 'RJCT' },
        { index: 2, status: 'ACSP' },
      ],
      { msgId: 'CHKP-RPT-P1', creDtTm: '2026-03-02T08:31:00+01:00', rejectReason: 'RR04' },
    );
    expect(id.name).toBe('pain.002.001.10');
    const located = locateParts(parseXml(xml).root);
    const doc = located.document!;
    expect(validateRoot(schemaFor('pain.002.001.10'), doc.element, { pathOf: doc.pathOf })).toEqual([]);
    const rpt = descend(doc.element, 'CstmrPmtStsRpt')!;
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/OrgnlMsgNmId')).toBe('pain.001.001.09');
    expect(textAt(rpt, 'OrgnlGrpInfAndSts/GrpSts')).toBe('PART');
    const blocks = rpt.children.filter((c) => c.local === 'OrgnlPmtInfAndSts');
    expect(blocks.map((b) => textAt(b, 'OrgnlPmtInfId'))).toEqual(['PMT-A', 'PMT-B']);
    expect(blocks[0].children.filter((c) => c.local === 'TxInfAndSts').map((t) => textAt(t, 'TxSts'))).toEqual(['ACSP', 'RJCT']);
    expect(textAt(blocks[0].children[2], 'StsRsnInf/Rsn/Cd')).toBe('RR04');
  });
});
