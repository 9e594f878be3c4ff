/**
 * Every defined version of the screened families: a synthetic message is read, answered with a status report of the
 * matching release and split into a forward — all valid against the official XSD (pain.002: against our authored
 * definition, as no official pain.002 XSD is available).
 */
import { buildForwardMessage, buildStatusReport, definedMessages, readMessage, type InboundMessage } from '../../../src/iso20022';
import { locateParts } from '../../../src/iso20022/locate';
import { schemaFor, statusReportFor } from '../../../src/iso20022/registry';
import { validateRoot } from '../../../src/iso20022/schema/validate';
import { parseXml } from '../../../src/iso20022/xml/parser';
import { RICH, syntheticMessage } from '../../conformance/support/instances';
import { isXsdValid, xsdVerdicts, type XsdVerdict } from '../../helpers/xsd';

const screened = definedMessages().filter((n) => /^(pacs\.008|pacs\.009|pain\.001)\./.test(n));
const options = { msgId: 'CHKP-RPT-1', creDtTm: '2026-03-02T10:00:00+01:00', rejectReason: 'RR04', instructingAgentBic: 'ZZZZSESSXXX' };

interface Case {
  name: string;
  message: InboundMessage;
  input: string;
  report: { xml: string; id: { name: string } };
  forward: string;
}

const cases: Case[] = screened.map((name) => {
  const input = syntheticMessage(name, { transactions: 3, include: RICH });
  const message = readMessage(input);
  const report = buildStatusReport(
    message,
    [
      { index: 0, status: 'ACSP' },
      { index: 1, status: 'RJCT' },
      { index: 2, status: 'PDNG' },
    ],
    options,
  );
  return { name, message, input, report, forward: buildForwardMessage(message, [0, 2], { msgId: 'CHKP-FWD-1' }) };
});

let verdicts: XsdVerdict[] = [];
beforeAll(async () => {
  verdicts = await xsdVerdicts(cases.flatMap((c) => [{ xml: c.input }, { xml: c.report.xml }, { xml: c.forward }]));
}, 60_000);

/** Our own validator on a document (for pain.002, which has no official XSD here). */
function ownDefinitionIssues(xml: string): string[] {
  const located = locateParts(parseXml(xml).root);
  const doc = located.document!;
  return validateRoot(schemaFor(doc.id.name), doc.element, { pathOf: doc.pathOf }).map((i) => `${i.path}: ${i.message}`);
}

describe.each(cases.map((c, i) => ({ ...c, i })))('$name', ({ name, message, report, forward, i }) => {
  it('is read: three transactions, payee fields, no debtor data', () => {
    expect(message.id.name).toBe(name);
    expect(message.transactions).toHaveLength(3);
    const creditorKind = name.startsWith('pacs.009') ? 'bic' : 'name';
    expect(message.transactions[0].payee).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'creditor', kind: creditorKind })]));
    expect(message.transactions[0].payee).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'remittance', path: 'RmtInf/Ustrd' })]));
    for (const t of message.transactions) for (const f of t.payee) expect(f.path).not.toMatch(/^(Dbtr|UltmtDbtr|DbtrAcct|DbtrAgt|InitgPty)\b/);
    expect(verdicts[i * 3].parts[0]).toMatchObject({ name, errors: [] });
  });

  it(`is answered with the status report of its release (${report.id.name}), valid`, () => {
    expect(report.id.name).toBe(statusReportFor(message.id));
    if (report.id.name.startsWith('pain.002')) expect(ownDefinitionIssues(report.xml)).toEqual([]);
    else expect(isXsdValid(verdicts[i * 3 + 1])).toBe(true);
    expect(report.xml).not.toContain('AddtlInf');
  });

  it('splits into a valid forward', () => {
    expect(isXsdValid(verdicts[i * 3 + 2])).toBe(true);
    const f = readMessage(forward);
    expect(f.transactions.map((t) => t.endToEndId)).toEqual([message.transactions[0].endToEndId, message.transactions[2].endToEndId]);
  });
});
