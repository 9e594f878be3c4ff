import { definedMessages, identifyNamespace, statusReportFor } from '../../../src/iso20022';
import { hasDefinition, isScreenedFamily } from '../../../src/iso20022/registry';

const id = (name: string) => identifyNamespace(`urn:iso:std:iso:20022:tech:xsd:${name}`)!;

describe('registry', () => {
  it('identifies any ISO 20022 message by namespace, screened or not', () => {
    expect(id('pacs.008.001.08')).toEqual({
      area: 'pacs',
      functionality: '008',
      variant: '001',
      version: '08',
      name: 'pacs.008.001.08',
      family: 'pacs.008',
      namespace: 'urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08',
    });
    expect(id('camt.056.001.08').family).toBe('camt.056');
    expect(isScreenedFamily('camt.056')).toBe(false);
    expect(identifyNamespace('urn:example')).toBeUndefined();
    expect(identifyNamespace('urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08 ')).toBeUndefined();
  });

  it('reads the 2005 namespace form without tech:', () => {
    expect(identifyNamespace('urn:iso:std:iso:20022:xsd:pain.001.001.01')?.name).toBe('pain.001.001.01');
  });

  it('registers national variants as aliases of their base version', () => {
    expect(identifyNamespace('http://www.six-interbank-clearing.com/de/pain.001.001.03.ch.02.xsd')).toMatchObject({
      name: 'pain.001.001.03',
      nationalVariant: 'pain.001.001.03.ch.02',
      namespace: 'http://www.six-interbank-clearing.com/de/pain.001.001.03.ch.02.xsd',
    });
    expect(id('pain.001.003.03')).toMatchObject({ name: 'pain.001.001.03', nationalVariant: 'pain.001.003.03' });
  });

  it('has a definition for every version of the screened families and head.001 in the shared set', () => {
    const all = definedMessages();
    for (let v = 1; v <= 13; v++) expect(all).toContain(`pacs.008.001.${String(v).padStart(2, '0')}`);
    for (let v = 1; v <= 12; v++) expect(all).toContain(`pacs.009.001.${String(v).padStart(2, '0')}`);
    for (let v = 1; v <= 12; v++) expect(all).toContain(`pain.001.001.${String(v).padStart(2, '0')}`);
    for (let v = 1; v <= 4; v++) expect(all).toContain(`head.001.001.0${v}`);
  });

  it.each([
    ['pacs.008.001.02', 'pacs.002.001.03'],
    ['pacs.008.001.07', 'pacs.002.001.09'],
    ['pacs.008.001.08', 'pacs.002.001.10'],
    ['pacs.008.001.13', 'pacs.002.001.15'],
    ['pacs.009.001.08', 'pacs.002.001.10'],
    ['pacs.009.001.11', 'pacs.002.001.14'],
    ['pain.001.001.03', 'pain.002.001.03'],
    ['pain.001.001.09', 'pain.002.001.10'],
    ['pain.001.001.12', 'pain.002.001.14'],
    ['camt.056.001.08', 'pacs.002.001.10'],
  ])('answers %s with %s (same release), which has a definition', (message, report) => {
    expect(statusReportFor(id(message))).toBe(report);
    expect(hasDefinition(report)).toBe(true);
  });

  it('has a status report definition for every screened version', () => {
    for (const name of definedMessages().filter((n) => /^(pacs\.00[89]|pain\.001)\./.test(n))) {
      expect(
        hasDefinition(
          statusReportFor(
            identifyNamespace(name.startsWith('pain.001.001.01') ? `urn:iso:std:iso:20022:xsd:${name}` : `urn:iso:std:iso:20022:tech:xsd:${name}`)!,
          ),
        ),
      ).toBe(true);
    }
  });
});
