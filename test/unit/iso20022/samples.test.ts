/**
 * Every shared sample gets the verdict the family and the XSD call for: valid screened messages are accepted and
 * extracted, XSD-invalid ones are rejected with a path and a line, unscreened families get 422 naming the message.
 */
import fs from 'node:fs';
import { readMessage } from '../../../src/iso20022';
import { AppError } from '../../../src/errors/app-error';
import { isScreenedFamily } from '../../../src/iso20022/registry';
import { sharedSamples } from '../../conformance/support/samples';

/** XSD-valid samples the gateway rejects by a business rule, on purpose (documented in docs/iso20022.md). */
const BUSINESS_REJECTIONS: Record<string, string> = {
  // CtrlSum 234234 against one transaction of 22423: an upstream data defect.
  'prowide-pacs.009.001.07.xml': 'CTRL_SUM_MISMATCH',
  // NbOfTxs 7, but the file holds 8 transactions.
  'moov-postfinance-pain.001.001.03.ch.02-musterfile.xml': 'NB_OF_TXS_MISMATCH',
};

function outcome(file: string): { message?: ReturnType<typeof readMessage>; error?: AppError } {
  return outcomeOf(fs.readFileSync(file));
}

function outcomeOf(body: string | Uint8Array): { message?: ReturnType<typeof readMessage>; error?: AppError } {
  try {
    return { message: readMessage(body) };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { error: e };
  }
}

const samples = sharedSamples();

describe.each(samples.filter((s) => isScreenedFamily(s.family) && !s.file.startsWith('invalid-xsd-')))('valid sample $file', ({ file, path, family }) => {
  it(BUSINESS_REJECTIONS[file] !== undefined ? `is rejected by ${BUSINESS_REJECTIONS[file]}` : 'is accepted and extracted', () => {
    const { message, error } = outcome(path);
    if (BUSINESS_REJECTIONS[file] !== undefined) {
      expect(error?.code).toBe(BUSINESS_REJECTIONS[file]);
      expect(error?.line).toBeGreaterThan(0);
      return;
    }
    expect(error).toBeUndefined();
    expect(message!.family).toBe(family);
    expect(message!.transactions.length).toBeGreaterThan(0);
    expect(message!.transactions.length).toBe(message!.group.nbOfTxs);
    for (const tx of message!.transactions) {
      expect(tx.amount.value).toMatch(/^[0-9.]+$/);
      for (const f of tx.payee) expect(f.path).not.toMatch(/(^|\/)(Dbtr|UltmtDbtr|DbtrAcct|DbtrAgt|InitgPty)(\/|\[|$)/);
    }
  });
});

describe.each(samples.filter((s) => isScreenedFamily(s.family) && s.file.startsWith('invalid-xsd-')))('XSD-invalid sample $file', ({ path }) => {
  it('is rejected with the path and line of the fault', () => {
    const { error } = outcome(path);
    expect(error).toBeDefined();
    expect(['MESSAGE_INVALID', 'HEADER_INVALID']).toContain(error!.code);
    expect(error!.details.length).toBeGreaterThan(0);
    for (const d of error!.details) {
      expect(d.path).toMatch(/^\/(Document|AppHdr)(\/|$)/);
      expect(d.line).toBeGreaterThan(0);
    }
  });
});

describe.each(samples.filter((s) => !isScreenedFamily(s.family) && s.family !== 'head.001'))('unscreened sample $file', ({ path, file }) => {
  it('gets MESSAGE_UNSUPPORTED (422) naming the message', () => {
    const { error } = outcome(path);
    expect(error?.code).toBe('MESSAGE_UNSUPPORTED');
    expect(error?.httpStatus).toBe(422);
    expect(error?.message).toContain(/(pacs|camt)\.\d{3}\.\d{3}\.\d{2}/.exec(file)![0]);
    expect(error?.context).toMatchObject({ id: { name: expect.stringMatching(/^(pacs\.002|pacs\.004|camt\.056)/) } });
  });
});

describe.each(samples.filter((s) => s.family === 'head.001'))('header-only sample $file', ({ path }) => {
  it('is not a payment: MESSAGE_NOT_ISO20022', () => {
    expect(outcome(path).error?.code).toBe('MESSAGE_NOT_ISO20022');
  });
});

describe('specific samples', () => {
  const find = (file: string) => samples.find((s) => s.file === file)!.path;

  it('pacs.009 COV: the underlying customer creditor side is screened with underlying roles', () => {
    const m = readMessage(fs.readFileSync(find('ballerina-mt202cov-to-pacs.009.001.08-AtoB.xml')));
    expect(m.isCover).toBe(true);
    expect(m.transactions[0].payee).toEqual(
      expect.arrayContaining([
        { path: 'Cdtr/FinInstnId/BICFI', role: 'creditor', kind: 'bic', value: 'GEBABEBBXXX', partyRef: 'Cdtr' },
        { path: 'UndrlygCstmrCdtTrf/Cdtr/Nm', role: 'underlyingCreditor', kind: 'name', value: 'Ardent Finance', partyRef: 'UndrlygCstmrCdtTrf/Cdtr' },
        {
          path: 'UndrlygCstmrCdtTrf/CdtrAcct/Id/Othr/Id',
          role: 'underlyingCreditorAccount',
          kind: 'account',
          value: '65479512',
          issuer: 'GEBABEBBXXX',
          partyRef: 'UndrlygCstmrCdtTrf/CdtrAcct',
        },
        {
          path: 'UndrlygCstmrCdtTrf/CdtrAgt/FinInstnId/BICFI',
          role: 'underlyingCreditorAgent',
          kind: 'bic',
          value: 'GEBABEBBXXX',
          partyRef: 'UndrlygCstmrCdtTrf/CdtrAgt',
        },
      ]),
    );
    expect(m.transactions[0].payee.some((f) => /Dbtr/.test(f.path))).toBe(false);
  });

  it('Swiss pain.001.001.03.ch.02 is read as pain.001.001.03 keeping its namespace', () => {
    const m = readMessage(fs.readFileSync(find('dvbern-pain.001.001.03.ch.02-4tx.xml')));
    expect(m.id).toMatchObject({
      name: 'pain.001.001.03',
      nationalVariant: 'pain.001.001.03.ch.02',
      namespace: 'http://www.six-interbank-clearing.com/de/pain.001.001.03.ch.02.xsd',
    });
    expect(m.transactions).toHaveLength(4);
    expect(m.transactions[0]).toMatchObject({
      pmtInfId: 'Test-ID',
      amount: { value: '10', currency: 'CHF' },
      path: '/Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf[1]',
    });
  });

  it('German DK pain.001.003.03 is read as pain.001.001.03', () => {
    const m = readMessage(fs.readFileSync(find('sepaking-pain.001.003.03-DE-2tx.xml')));
    expect(m.id).toMatchObject({ name: 'pain.001.001.03', nationalVariant: 'pain.001.003.03' });
    expect(m.transactions).toHaveLength(2);
  });

  it('reads a pain.001 with a byte order mark', () => {
    expect(readMessage(fs.readFileSync(find('moov-pain.001.001.03-sepa-bom.xml'))).family).toBe('pain.001');
  });

  it('reads the TCH RTP form: ISO elements directly in the wrapper are the Document', () => {
    const raw = fs.readFileSync(find('invalid-xsd-rtp-pacs.009.001.08-tch.xml'), 'utf8');
    const withoutHeader = raw.replace(/<AppHdr>[\s\S]*?<\/AppHdr>/, '');
    const m = readMessage(withoutHeader);
    expect(m.id.name).toBe('pacs.009.001.08');
    expect(m.transactions[0].path).toBe('/Document/FICdtTrf/CdtTrfTxInf');
    expect(m.envelope).toBeUndefined();
    const broken = withoutHeader.replace(/<c9:EndToEndId>[^<]*<\/c9:EndToEndId>/, '');
    expect(outcomeOf(broken).error?.details[0]).toMatchObject({ code: 'MESSAGE_INVALID', path: '/Document/FICdtTrf/CdtTrfTxInf/PmtId/TxId' });
  });

  it('reads TCH RTP messages whose ISO elements sit directly in the wrapper', () => {
    const e = outcome(find('invalid-xsd-rtp-pacs.009.001.08-tch.xml')).error!;
    // the Document part is valid; the AppHdr (empty Fr/To) is what fails
    expect(e.code).toBe('HEADER_INVALID');
    expect(e.details[0]).toMatchObject({ path: '/AppHdr/Fr' });
  });
});
