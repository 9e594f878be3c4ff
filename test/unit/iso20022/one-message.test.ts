/**
 * Every byte forwarded to the core has been screened, or the message is refused: a body holds one Document, at most
 * one AppHdr, and nothing else but the wrapper elements around them.
 */
import { readMessage, identifyMessage } from '../../../src/iso20022';
import { fixtureMessage } from '../../conformance/support/samples';
import { readFailure as failure } from '../../helpers/read-failure';

const bare = fixtureMessage('pacs.008.001.08-single.xml');
const wrapped = fixtureMessage('pacs.008.001.08-3tx-apphdr.xml');
const documentOf = (xml: string) => /<Document[\s\S]*<\/Document>/.exec(xml)![0];
const appHdrOf = (xml: string) => /<AppHdr[\s\S]*<\/AppHdr>/.exec(xml)![0];
const listed = documentOf(bare)
  .replace(/<MsgId>[^<]*<\/MsgId>/, '<MsgId>SMUGGLED-1</MsgId>')
  .replace(/<IBAN>[^<]*<\/IBAN>(?=\s*<\/Id>\s*<\/CdtrAcct>)/, '<IBAN>DE89370400440532013000</IBAN>');

describe('one Document, one AppHdr, nothing else', () => {
  it('accepts the fixtures as they are', () => {
    expect(readMessage(wrapped).transactions).toHaveLength(3);
    expect(readMessage(bare).transactions).toHaveLength(1);
  });

  it('refuses a second Document after the first in an envelope (MESSAGE_AMBIGUOUS, path of the second)', () => {
    const body = wrapped.replace('</Envelope>', `${listed}\n</Envelope>`);
    const e = failure(body);
    expect(e.code).toBe('MESSAGE_AMBIGUOUS');
    expect(e.httpStatus).toBe(422);
    expect(e.path).toBe('/Envelope/Document[2]');
    expect(e.line).toBe(187);
    expect(e.definition.isoReason).toBe('FF01');
    // the first Document is still identified, so a RJCT report can answer it
    expect(e.context).toMatchObject({ msgId: 'CHKP-SAMPLE-0004', appHdr: { bizMsgIdr: 'CHKP-SAMPLE-0004' } });
  });

  it('refuses a second Document in a wrapper without AppHdr, and one nested in a foreign element', () => {
    expect(failure(`<Envelope>${documentOf(bare)}${listed}</Envelope>`).code).toBe('MESSAGE_AMBIGUOUS');
    const nested = failure(`<Envelope>${documentOf(bare)}<Extra><Note>${listed}</Note></Extra></Envelope>`);
    expect(nested.code).toBe('MESSAGE_AMBIGUOUS');
    expect(nested.details.map((d) => [d.code, d.path])).toEqual([
      ['MESSAGE_EXTRA_CONTENT', '/Envelope/Extra'],
      ['MESSAGE_AMBIGUOUS', '/Envelope/Extra/Note/Document'],
    ]);
  });

  it('refuses a Document before the first one was expected: clean one second is still two', () => {
    expect(failure(`<Envelope>${listed}${documentOf(bare)}</Envelope>`).code).toBe('MESSAGE_AMBIGUOUS');
  });

  it('refuses a second AppHdr', () => {
    const body = wrapped.replace('</Envelope>', `${appHdrOf(wrapped)}\n</Envelope>`);
    const e = failure(body);
    expect(e.code).toBe('MESSAGE_AMBIGUOUS');
    expect(e.path).toBe('/Envelope/AppHdr[2]');
  });

  it.each([
    ['an element after the Document', (x: string) => x.replace('</Envelope>', '<Note>DE89370400440532013000</Note></Envelope>'), '/Envelope/Note'],
    ['an element before the AppHdr', (x: string) => x.replace('<AppHdr', '<Note><Ref>Nordic Digital Media Services Ltd</Ref></Note><AppHdr'), '/Envelope/Note'],
    ['text after the Document', (x: string) => x.replace('</Envelope>', 'pay DE89370400440532013000</Envelope>'), '/Envelope'],
    ['a CDATA section in the wrapper', (x: string) => x.replace('</Envelope>', '<![CDATA[DE89370400440532013000]]></Envelope>'), '/Envelope'],
    ['an attribute on the wrapper', (x: string) => x.replace('<Envelope ', '<Envelope note="DE89370400440532013000" '), '/Envelope'],
  ])('refuses %s (MESSAGE_EXTRA_CONTENT, with its place)', (_what, edit, path) => {
    const e = failure(edit(wrapped));
    expect(e.code).toBe('MESSAGE_EXTRA_CONTENT');
    expect(e.path).toBe(path);
    expect(e.line).toBeGreaterThan(0);
    expect(e.message).toContain(path);
  });

  it('refuses content in an outer wrapper too', () => {
    const body = `<Outer><Meta>Nordic Digital Media Services Ltd</Meta><Inner>${appHdrOf(wrapped)}${documentOf(wrapped)}</Inner></Outer>`;
    expect(failure(body)).toMatchObject({ code: 'MESSAGE_EXTRA_CONTENT', path: '/Outer/Meta' });
  });

  it('keeps accepting what real wrappers carry: xsi:schemaLocation, comments, processing instructions, nested wrappers', () => {
    const body = wrapped
      .replace(
        '<Envelope xmlns="urn:swift:xsd:envelope">',
        '<Envelope xmlns="urn:swift:xsd:envelope" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:swift:xsd:envelope envelope.xsd"><!-- c --><?pi x?>',
      )
      .replace('<Envelope', '<Transport><Body><Envelope')
      .replace('</Envelope>', '</Envelope></Body></Transport>');
    expect(readMessage(body).transactions).toHaveLength(3);
  });

  it('refuses content beside the ISO elements of a wrapper-as-Document (TCH form)', () => {
    const root = /<FIToFICstmrCdtTrf>[\s\S]*<\/FIToFICstmrCdtTrf>/.exec(bare)![0].replace(/<(\/?)([A-Za-z]+)/g, '<$1p:$2');
    const form = (inner: string) => `<Message xmlns="urn:tch" xmlns:p="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><Tx>${inner}</Tx></Message>`;
    expect(readMessage(form(root)).transactions).toHaveLength(1);
    expect(failure(form(`${root}DE89370400440532013000`)).code).toBe('MESSAGE_EXTRA_CONTENT');
    expect(failure(`<Message xmlns="urn:tch" xmlns:p="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><Tx>${root}</Tx><Tx>${root}</Tx></Message>`).code).toBe(
      'MESSAGE_AMBIGUOUS',
    );
  });

  it('reports a schema fault first (the differential suite compares schema verdicts)', () => {
    const body = wrapped.replace('<NbOfTxs>3</NbOfTxs>', '<NbOfTxs>x</NbOfTxs>').replace('</Envelope>', '<Note/></Envelope>');
    expect(failure(body).code).toBe('MESSAGE_INVALID');
  });

  it('still identifies the first message of a refused body (for the RJCT report)', () => {
    const ident = identifyMessage(wrapped.replace('</Envelope>', `${listed}</Envelope>`));
    expect(ident.msgId).toBe('CHKP-SAMPLE-0004');
  });
});

describe('AppHdr against the Document', () => {
  it.each([
    ['another message type', 'pacs.009.001.08'],
    ['a name that is no version of the family', 'pacs.008.garbage'],
    ['nothing', ''],
  ])('refuses a MsgDefIdr naming %s (HEADER_MISMATCH at /AppHdr/MsgDefIdr)', (_what, def) => {
    const e = failure(wrapped.replace('<MsgDefIdr>pacs.008.001.08</MsgDefIdr>', `<MsgDefIdr>${def}</MsgDefIdr>`));
    expect(['HEADER_MISMATCH', 'HEADER_INVALID']).toContain(e.code);
    if (e.code === 'HEADER_MISMATCH') expect(e.path).toBe('/AppHdr/MsgDefIdr');
  });

  it('tolerates another version of the same family, and a BizMsgIdr other than MsgId (head.001 does not require them equal)', () => {
    expect(readMessage(wrapped.replace('<MsgDefIdr>pacs.008.001.08</MsgDefIdr>', '<MsgDefIdr>pacs.008.001.12</MsgDefIdr>')).appHdr?.msgDefIdr).toBe(
      'pacs.008.001.12',
    );
    expect(readMessage(wrapped.replace('<BizMsgIdr>CHKP-SAMPLE-0004</BizMsgIdr>', '<BizMsgIdr>OTHER-REF-1</BizMsgIdr>')).appHdr?.bizMsgIdr).toBe('OTHER-REF-1');
  });
});
