import { buildForwardMessage, readMessage } from '../../../../src/iso20022';
import { fixtureMessage } from '../../../conformance/support/samples';
import { xsdErrors } from '../../../helpers/xsd';

describe('buildForwardMessage', () => {
  it('keeps exactly the given transactions and recomputes the group header', async () => {
    const original = readMessage(fixtureMessage('pacs.008.001.08-3tx.xml'));
    const xml = buildForwardMessage(original, [0, 2], { msgId: 'CHKP-FWD-0001' });
    expect(await xsdErrors(xml, 'pacs.008.001.08')).toEqual([]);
    const forwarded = readMessage(xml);
    expect(forwarded.group).toMatchObject({
      msgId: 'CHKP-FWD-0001',
      nbOfTxs: 2,
      ctrlSum: '1250.00',
      totalInterbankSettlementAmount: { value: '1250.00', currency: 'EUR' },
    });
    expect(forwarded.transactions.map((t) => t.endToEndId)).toEqual(['E2E-0301', 'E2E-0303']);
    expect(xml).not.toContain('E2E-0302');
    // the same payee data, but the group header's MsgId: the gateway's own, not the sender's
    const sendersData = (t: (typeof original.transactions)[number]) => t.payee.filter((f) => !f.path.endsWith('GrpHdr/MsgId'));
    expect(sendersData(forwarded.transactions[1])).toEqual(sendersData(original.transactions[2]));
  });

  it('changes nothing else: wrapper, AppHdr (but BizMsgIdr) and formatting stay as received', async () => {
    const raw = fixtureMessage('pacs.008.001.08-3tx-apphdr.xml');
    const original = readMessage(raw);
    const xml = buildForwardMessage(original, [1], { msgId: 'CHKP-FWD-0002' });
    expect(await xsdErrors(xml, 'pacs.008.001.08')).toEqual([]);
    const forwarded = readMessage(xml);
    expect(forwarded.appHdr?.bizMsgIdr).toBe('CHKP-FWD-0002');
    expect(forwarded.group).toMatchObject({ msgId: 'CHKP-FWD-0002', nbOfTxs: 1, ctrlSum: '40.50' });
    const untouched = (s: string) =>
      s
        .replace(/<BizMsgIdr>[^<]*<\/BizMsgIdr>/, '')
        .replace(/<MsgId>[^<]*<\/MsgId>/, '')
        .replace(/<(NbOfTxs|CtrlSum|TtlIntrBkSttlmAmt)( [^>]*)?>[^<]*<\/\1>/g, '')
        .replace(/\s*<CdtTrfTxInf>[\s\S]*?<\/CdtTrfTxInf>/g, '');
    expect(untouched(xml)).toBe(untouched(raw));
  });

  it('keeps prefixes as the sender wrote them', async () => {
    const original = readMessage(fixtureMessage('pacs.008.001.08-single-apphdr-prefixed.xml'));
    const xml = buildForwardMessage(original, [0], { msgId: 'CHKP-FWD-0003' });
    expect(xml).toContain('<pacs:MsgId>CHKP-FWD-0003</pacs:MsgId>');
    expect(await xsdErrors(xml, 'pacs.008.001.08')).toEqual([]);
  });

  it('refuses an empty selection or an unknown index', () => {
    const original = readMessage(fixtureMessage('pacs.008.001.08-3tx.xml'));
    expect(() => buildForwardMessage(original, [], { msgId: 'X' })).toThrow();
    expect(() => buildForwardMessage(original, [3], { msgId: 'X' })).toThrow();
  });
});
