/**
 * What a hostile or careless sender tries in order to get a payment past screening, sent to the built gateway
 * (`chokepoint serve`, as `npm start` runs it) over HTTP with a recording core behind it. Every case must be refused
 * or held; the core must never receive it. Every byte forwarded to the core has been screened, or the message is
 * refused: a second Document or AppHdr, content beside them and a contradicting AppHdr get 422 and a RJCT report.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { makeDataDir } from '../helpers/test-gateway';
import { CliGateway, startCliGateway } from '../helpers/cli-gateway';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

jest.setTimeout(120_000);

let gw: CliGateway;
let core: HttpRecorder;
let dataDir: string;
const prefix = testPrefix('bypass');

beforeAll(async () => {
  dataDir = await makeDataDir();
  core = await new HttpRecorder().start();
  // every log line at every level, kept to check that no name or account ever gets there
  gw = await startCliGateway(
    dataDir,
    { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix, CORE_URL: core.url, FORWARD_BACKOFF: '50ms', LOG_LEVEL: 'trace' },
    undefined,
    { logFile: path.join(dataDir, 'gateway.log') },
  );
});

afterAll(async () => {
  await gw?.stop();
  await core?.stop();
  await deletePrefix(prefix);
  await fs.rm(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  json: {
    error?: { code: string; path?: string; line?: number };
    statusReport?: string;
    groupStatus?: string;
    transactions?: Array<{
      decision: string;
      status: string;
      reasonCode?: string;
      hits: Array<{ entryId: string; field: string; role: string; explanation: Array<{ feature: string }> }>;
    }>;
  };
}

async function send(xml: string): Promise<Answer> {
  const r = await gw.post(xml);
  return { status: r.status, json: JSON.parse(r.body) as Answer['json'] };
}

/**
 * The core received nothing holding `marker`: a clean message sent afterwards is awaited at the core first, so a
 * forward of the earlier one would have had its chance to arrive.
 */
async function coreNeverReceives(marker: string): Promise<void> {
  const control = pacs008([{ creditorName: 'Control Payee AB', creditorIban: ibanDE(9000 + core.requests.length) }]);
  const controlId = /<MsgId>([^<]+)<\/MsgId>/.exec(control)![1]!;
  expect((await send(control)).status).toBe(200);
  await waitUntil(async () => core.requests.some((r) => r.body.includes(controlId)), 20_000, 'control message at the core');
  expect(core.requests.filter((r) => r.body.includes(marker)).map((r) => r.path)).toEqual([]);
}

const msgIdOf = (xml: string) => /<MsgId>([^<]+)<\/MsgId>/.exec(xml)![1]!;

describe('a listed account written so that it does not canonicalise', () => {
  it.each([
    ['wrong check digits', LISTED.iban.replace(/^DE89/, 'DE88')],
    ['check digits 00', LISTED.iban.replace(/^DE89/, 'DE00')],
  ])('an IBAN with %s is refused with AC03, reported as a hit on the listed account, and never forwarded', async (_what, iban) => {
    const xml = pacs008([{ creditorName: 'Innocent Looking Payee AB', creditorIban: iban }]);
    const a = await send(xml);
    expect(a.status).toBe(200);
    expect(a.json.transactions![0]).toMatchObject({ decision: 'reject', status: 'RJCT', reasonCode: 'AC03' });
    const hit = a.json.transactions![0]!.hits.find((h) => h.entryId === 'SE-POL-000123');
    expect(hit?.explanation.map((f) => f.feature)).toContain('iban_check_digits_invalid');
    const report = await gw.post(pacs008([{ creditorName: 'Innocent Looking Payee AB', creditorIban: iban }]), 'application/xml');
    expect(report.body).toMatch(/<TxSts>RJCT<\/TxSts>[\s\S]*<Cd>AC03<\/Cd>/);
    await coreNeverReceives(msgIdOf(xml));
  });

  it.each([
    ['a wrong length', `${LISTED.iban}1`],
    ['a country without IBANs', LISTED.iban.replace(/^DE/, 'XX')],
  ])('an IBAN with %s is refused with AC03 and never forwarded', async (_what, iban) => {
    const xml = pacs008([{ creditorName: 'Innocent Looking Payee AB', creditorIban: iban }]);
    const a = await send(xml);
    expect(a.status).toBe(200);
    expect(a.json.transactions![0]).toMatchObject({ decision: 'reject', status: 'RJCT', reasonCode: 'AC03' });
    await coreNeverReceives(msgIdOf(xml));
  });
});

let seq = 0;
const clean = () => pacs008([{ creditorName: 'Harbour Timber AB', creditorIban: ibanDE(7000 + seq++) }], { appHdr: true });
const documentOf = (xml: string) => /<Document[\s\S]*<\/Document>/.exec(xml)![0];
const appHdrOf = (xml: string) => /<AppHdr[\s\S]*<\/AppHdr>/.exec(xml)![0];

function expectRefused(a: Answer, code: string, path: string): void {
  expect(a.status).toBe(422);
  expect(a.json.error).toMatchObject({ code, path });
  expect(a.json.error!.line).toBeGreaterThan(0);
  expect(a.json.statusReport).toMatch(/<GrpSts>RJCT<\/GrpSts>|<TxSts>RJCT<\/TxSts>/);
  expect(a.json.statusReport).toContain('<Cd>FF01</Cd>');
}

describe('one Document and one AppHdr, nothing else', () => {
  it('a second Document paying a listed IBAN after a clean one: 422 MESSAGE_AMBIGUOUS with a RJCT report; the core receives neither', async () => {
    const first = clean();
    const second = pacs008([{ creditorName: 'Innocent Looking Payee AB', creditorIban: LISTED.iban }]);
    const body = first.replace('</Envelope>', `${documentOf(second)}</Envelope>`);
    expectRefused(await send(body), 'MESSAGE_AMBIGUOUS', '/Envelope/Document[2]');
    await coreNeverReceives(msgIdOf(first));
    expect(core.requests.filter((r) => r.body.includes(LISTED.iban))).toEqual([]);
  });

  it('a second AppHdr: 422 MESSAGE_AMBIGUOUS', async () => {
    const first = clean();
    const body = first.replace('</Envelope>', `${appHdrOf(first)}</Envelope>`);
    expectRefused(await send(body), 'MESSAGE_AMBIGUOUS', '/Envelope/AppHdr[2]');
    await coreNeverReceives(msgIdOf(first));
  });

  it.each([
    ['an element after the Document', (x: string) => x.replace('</Envelope>', `<Note>${LISTED.iban}</Note></Envelope>`), '/Envelope/Note'],
    ['text after the Document', (x: string) => x.replace('</Envelope>', `pay ${LISTED.iban}</Envelope>`), '/Envelope'],
    ['an attribute on the wrapper', (x: string) => x.replace('<Envelope ', `<Envelope ref="${LISTED.iban}" `), '/Envelope'],
  ])('%s: 422 MESSAGE_EXTRA_CONTENT naming the place; nothing reaches the core', async (_what, edit, path) => {
    const first = clean();
    expectRefused(await send(edit(first)), 'MESSAGE_EXTRA_CONTENT', path);
    await coreNeverReceives(msgIdOf(first));
  });

  it('an AppHdr naming another message: 422 HEADER_MISMATCH at /AppHdr/MsgDefIdr', async () => {
    const first = clean();
    const body = first.replace('<MsgDefIdr>pacs.008.001.08</MsgDefIdr>', '<MsgDefIdr>pacs.009.001.08</MsgDefIdr>');
    expectRefused(await send(body), 'HEADER_MISMATCH', '/AppHdr/MsgDefIdr');
    await coreNeverReceives(msgIdOf(first));
  });
});

/** A place of a pacs.008.001.08 where a sender can write a value, and how to put `value` there (schema-valid). */
const PLACES: Array<[place: string, put: (xml: string, value: string) => string]> = [
  ['PmtId/EndToEndId', (x, v) => x.replace(/<EndToEndId>[^<]*<\/EndToEndId>/, `<EndToEndId>${v}</EndToEndId>`)],
  ['InstrForCdtrAgt/InstrInf', (x, v) => afterCreditorAccount(x, `<InstrForCdtrAgt><InstrInf>${v}</InstrInf></InstrForCdtrAgt>`)],
  ['InstrForNxtAgt/InstrInf', (x, v) => afterCreditorAccount(x, `<InstrForNxtAgt><InstrInf>${v}</InstrInf></InstrForNxtAgt>`)],
  ['Purp/Prtry', (x, v) => afterCreditorAccount(x, `<Purp><Prtry>${v}</Prtry></Purp>`)],
  ['RgltryRptg/Dtls/Inf', (x, v) => afterCreditorAccount(x, `<RgltryRptg><Dtls><Inf>${v}</Inf></Dtls></RgltryRptg>`)],
  ['Tax/Cdtr/TaxId', (x, v) => afterCreditorAccount(x, `<Tax><Cdtr><TaxId>${v}</TaxId></Cdtr></Tax>`)],
  ['RltdRmtInf/RmtId', (x, v) => afterCreditorAccount(x, `<RltdRmtInf><RmtId>${v}</RmtId></RltdRmtInf>`)],
  [
    'RltdRmtInf/RmtLctnDtls/PstlAdr/Nm',
    (x, v) =>
      afterCreditorAccount(x, `<RltdRmtInf><RmtLctnDtls><Mtd>POST</Mtd><PstlAdr><Nm>${v}</Nm><Adr><Ctry>CY</Ctry></Adr></PstlAdr></RmtLctnDtls></RltdRmtInf>`),
  ],
  [
    'RmtInf/Strd/CdtrRefInf/Tp/Issr',
    (x, v) =>
      afterCreditorAccount(
        x,
        `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>REF</Prtry></CdOrPrtry><Issr>${v}</Issr></Tp><Ref>R1</Ref></CdtrRefInf></Strd></RmtInf>`,
      ),
  ],
  ['RmtInf/Strd/Invcr/Nm', (x, v) => afterCreditorAccount(x, `<RmtInf><Strd><Invcr><Nm>${v}</Nm></Invcr></Strd></RmtInf>`)],
  [
    'RmtInf/Strd/RfrdDocInf/Tp/CdOrPrtry/Prtry',
    (x, v) => afterCreditorAccount(x, `<RmtInf><Strd><RfrdDocInf><Tp><CdOrPrtry><Prtry>${v}</Prtry></CdOrPrtry></Tp></RfrdDocInf></Strd></RmtInf>`),
  ],
  [
    'Cdtr/Id/OrgId/Othr/SchmeNm/Prtry',
    (x, v) =>
      x.replace(/(<Cdtr><Nm>[^<]*<\/Nm><PstlAdr>.*?<\/PstlAdr>)/, `$1<Id><OrgId><Othr><Id>4711</Id><SchmeNm><Prtry>${v}</Prtry></SchmeNm></Othr></OrgId></Id>`),
  ],
  [
    'Cdtr/Id/OrgId/Othr/Issr',
    (x, v) => x.replace(/(<Cdtr><Nm>[^<]*<\/Nm><PstlAdr>.*?<\/PstlAdr>)/, `$1<Id><OrgId><Othr><Id>4711</Id><Issr>${v}</Issr></Othr></OrgId></Id>`),
  ],
  [
    'SplmtryData (transaction)',
    (x, v) => x.replace('</CdtTrfTxInf>', `<SplmtryData><Envlp><Note xmlns="urn:example:ext"><Ref>${v}</Ref></Note></Envlp></SplmtryData></CdtTrfTxInf>`),
  ],
  [
    'SplmtryData (message)',
    (x, v) =>
      x.replace(
        '</FIToFICstmrCdtTrf>',
        `<SplmtryData><PlcAndNm>ext</PlcAndNm><Envlp><Note xmlns="urn:example:ext">${v}</Note></Envlp></SplmtryData></FIToFICstmrCdtTrf>`,
      ),
  ],
  ['a comment in the Document', (x, v) => x.replace('<GrpHdr>', `<GrpHdr><!-- ${v} -->`)],
  ['AppHdr/BizSvc', (x, v) => x.replace('<CreDt>', `<BizSvc>${v}</BizSvc><CreDt>`)],
];

function afterCreditorAccount(xml: string, insert: string): string {
  return xml.replace(/(<CdtrAcct>.*?<\/CdtrAcct>)/, `$1${insert}`);
}

describe('payee data hidden anywhere the sender can write is screened', () => {
  it.each(PLACES)('a listed IBAN in %s is a hit and held; the core does not receive it', async (place, put) => {
    const xml = put(pacs008([{ creditorName: 'Harbour Timber AB', creditorIban: ibanDE(7500 + seq++) }], { appHdr: true }), LISTED.iban);
    expect(xml).toContain(LISTED.iban);
    const a = await send(xml);
    expect({ place, status: a.status, error: a.json.error }).toEqual({ place, status: 200, error: undefined });
    expect(a.json.transactions![0]).toMatchObject({ decision: 'hold', status: 'PDNG' });
    expect(a.json.transactions![0]!.hits.map((h) => h.entryId)).toContain('SE-POL-000123');
    await coreNeverReceives(msgIdOf(xml));
  });

  it.each(PLACES.filter(([place]) => !/comment/.test(place)))('the listed name in %s is a hit', async (place, put) => {
    const xml = put(pacs008([{ creditorName: 'Harbour Timber AB', creditorIban: ibanDE(7600 + seq++) }], { appHdr: true }), LISTED.name);
    const a = await send(xml);
    expect({ place, status: a.status }).toEqual({ place, status: 200 });
    expect(a.json.transactions![0]!.hits.map((h) => h.entryId)).toContain('SE-POL-000123');
    expect(a.json.transactions![0]!.decision).toBe('hold');
  });

  it('a listed name in the debtor side is not used for matching', async () => {
    const xml = pacs008([{ creditorName: 'Harbour Timber AB', creditorIban: ibanDE(7700 + seq++), debtorName: LISTED.name }], { appHdr: true });
    const a = await send(xml);
    expect(a.status).toBe(200);
    expect(a.json.transactions![0]).toMatchObject({ decision: 'clear', hits: [] });
  });
});

describe('no personal data in logs', () => {
  it('after every message of this file (held, rejected, refused, forwarded), the log holds no name and no account', async () => {
    // the queue workers log into the same file; give the last forwards their time
    await coreNeverReceives('never-sent-marker');
    const log = await fs.readFile(path.join(dataDir, 'gateway.log'), 'utf8');
    expect(log.length).toBeGreaterThan(0);
    for (const personal of [
      LISTED.iban,
      LISTED.name,
      'Innocent Looking Payee AB',
      'Harbour Timber AB',
      'Control Payee AB',
      'Erik Andersson',
      'SE4550000000058398257466',
      '370400440000007',
    ]) {
      expect({ personal, inLog: log.includes(personal) }).toEqual({ personal, inLog: false });
    }
  });
});
