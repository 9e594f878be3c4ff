import { debtorFields, maskDebtor } from '../../../src/iso20022';
import { pacs008 } from '../../helpers/pacs008';

describe('debtor mask', () => {
  const xml = pacs008(
    [{ creditorName: 'Payee Bakery GmbH', creditorIban: 'DE89370400440532013000', debtorName: 'Erika & Mustermann', debtorIban: 'SE4550000000058398257466' }],
    { appHdr: true },
  )
    // a pain.001-style initiating party and an ultimate debtor, wherever they occur
    .replace('<Dbtr>', '<UltmtDbtr><Nm>Ultimate Payer</Nm></UltmtDbtr><Dbtr>');

  it('masks the text of every debtor-side element and nothing else, leaving the rest as received', () => {
    const { text, masked } = maskDebtor(xml);
    for (const secret of ['Erika', 'Mustermann', 'SE4550000000058398257466', 'Storgatan', 'Ultimate Payer']) expect(text).not.toContain(secret);
    for (const kept of ['Payee Bakery GmbH', 'DE89370400440532013000', 'NBBASESSXXX', '<Ctry>CY</Ctry>']) expect(text).toContain(kept);
    expect(masked).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/CdtTrfTxInf\/Dbtr\/Nm$/),
        expect.stringMatching(/\/DbtrAcct\/Id\/IBAN$/),
        expect.stringMatching(/\/UltmtDbtr\/Nm$/),
      ]),
    );
    // same text outside the masked ranges: the envelope and the AppHdr untouched
    expect(text.slice(0, xml.indexOf('<UltmtDbtr>'))).toBe(xml.slice(0, xml.indexOf('<UltmtDbtr>')));
    expect(text.endsWith(xml.slice(xml.indexOf('<DbtrAgt>')))).toBe(true);
  });

  it('lists the debtor-side fields with their decoded values', () => {
    const fields = debtorFields(xml);
    expect(fields.find((f) => f.path.endsWith('/Dbtr/Nm'))?.value).toBe('Erika & Mustermann');
    expect(fields.map((f) => f.value)).toEqual(['Ultimate Payer', 'Erika & Mustermann', 'SE', 'Storgatan 12', 'SE4550000000058398257466']);
  });
});
