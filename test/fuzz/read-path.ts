/**
 * Fuzz target for the whole read path: bytes → parsed, located, validated, extracted message → screening of every
 * transaction with the sample list and the default policy, as the gateway does it.
 *
 * Inputs: a structure-aware generator (fast-check) of pacs.008 / pacs.009 / pain.001 messages of every defined
 * version, with values — listed identifiers and names among them — in every place a sender can write (payee
 * fields, the audited places, extension content, comments, wrappers, second Documents), and byte-level mutations of
 * valid samples (the shared samples and fixtures/messages, read, never copied).
 *
 * Invariants, per input: no exception other than AppError; the input is done within PER_INPUT_MS; and for every
 * accepted message (the ones whose cleared transactions are forwarded), every value an independent definition-typed
 * walk of the tree finds (test/helpers/payee-oracle.ts) was offered to the screener for each transaction it travels
 * with. Memory: the caller samples RSS.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { AppError } from '../../src/errors/app-error';
import { readMessage } from '../../src/iso20022';
import type { PayeeField } from '../../src/iso20022/types';
import { definedMessages } from '../../src/iso20022/registry';
import { DEFAULT_POLICY } from '../../src/screening';
import { screenTransaction } from '../../src/screening/transaction';
import type { Screener } from '../../src/screening/types';
import { payeeValuesByOracle, unscreened } from '../helpers/payee-oracle';
import { LISTED, ibanDE, pacs008, tx as pacs008Tx } from '../helpers/pacs008';
import { FIXTURES_DIR } from '../helpers/paths';
import { sharedSamples } from '../conformance/support/samples';
import { RICH, syntheticMessage } from '../conformance/support/instances';
import { sampleScreener } from '../unit/screening/sample-list';

/**
 * An input taking more CPU time than this is a hang (the largest generated or mutated input is well under 100 KB).
 * CPU time, not wall time: on a shared machine a process can wait seconds for a core without hanging.
 */
export const PER_INPUT_MS = 2_000;
/** The gateway's default parse limits. */
const LIMITS = { maxElements: 1_000_000, maxDepth: 64 };

export interface Outcome {
  /** 'accepted' or the AppError code. */
  readonly outcome: string;
  /** CPU time of the input (read, oracle, screening), ms. */
  readonly ms: number;
}

/** Offers every transaction to screening through a recording screener; returns what each was offered. */
class RecordingScreener implements Screener {
  offered: PayeeField[] = [];
  constructor(private readonly inner: Screener) {}
  get listVersion(): string {
    return this.inner.listVersion;
  }
  get entryCount(): number {
    return this.inner.entryCount;
  }
  screenFields(fields: readonly PayeeField[]) {
    this.offered.push(...fields);
    return this.inner.screenFields(fields);
  }
}

let recorder: RecordingScreener | undefined;

/** Runs one input through the read path and checks the invariants; throws an Error naming the broken one. */
export function runOne(input: string | Uint8Array): Outcome {
  recorder ??= new RecordingScreener(sampleScreener());
  const start = process.cpuUsage();
  let outcome: string;
  try {
    const msg = readMessage(input, { limits: LIMITS });
    const oracle = payeeValuesByOracle(input);
    if (oracle === undefined || oracle.perTransaction.length !== msg.transactions.length) throw new Error('oracle and reader disagree on the transactions');
    msg.transactions.forEach((t, i) => {
      recorder!.offered = [];
      screenTransaction(recorder!, t, DEFAULT_POLICY, { instant: false });
      const missing = unscreened(oracle.perTransaction[i], recorder!.offered);
      if (missing.length > 0) throw new Error(`transaction ${i}: values never offered to screening: ${JSON.stringify(missing.slice(0, 5))}`);
    });
    outcome = 'accepted';
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    outcome = e.code;
  }
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  if (ms > PER_INPUT_MS) throw new Error(`input took ${ms.toFixed(0)} ms of CPU (bound ${PER_INPUT_MS} ms)`);
  return { outcome, ms };
}

// ---------------------------------------------------------------------------------------------
// structure-aware generator

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Values as senders (and attackers) write them: listed identifiers and names, near misses, any Unicode. */
const value = fc
  .oneof(
    fc.constantFrom(
      LISTED.iban,
      LISTED.name,
      LISTED.domain,
      'sales@example-media.test',
      'DE88370400440532013000',
      'de89 3704 0044 0532 0130 00',
      'NDMS',
      'FJLSNOK1',
      'Velvet Pixel Studio',
      'https://shop.velvet-pixel.example/store/77',
    ),
    fc.string({ minLength: 1, maxLength: 35 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 35 }),
    fc
      .array(fc.constantFrom('Nordic', 'Digital', 'Media', 'Services', 'Ltd', 'DE89', '3704', '0044', '&', '<', ' ', '@', '.test', 'Müßig', 'ООО', '\u200B'), {
        minLength: 1,
        maxLength: 8,
      })
      .map((a) => a.join(' ')),
  )
  .map((v) => (v.trim() === '' ? 'x' : v.slice(0, 35)));

/** The first transaction's payee block ends here: after UltmtCdtr when there is one, else after CdtrAcct. */
function afterPayee(x: string, insert: string): string {
  const first = x.indexOf('</CdtTrfTxInf>');
  const head = x.slice(0, first);
  const at = head.includes('</UltmtCdtr>') ? head.indexOf('</UltmtCdtr>') + '</UltmtCdtr>'.length : head.indexOf('</CdtrAcct>') + '</CdtrAcct>'.length;
  return x.slice(0, at) + insert + x.slice(at);
}

/**
 * Where a value can be put in a pacs.008.001.08 (the audited places), each keeping the message schema-valid when
 * applied in reverse order of this list (schema order): later elements are inserted first.
 */
const PUT: Array<(x: string, v: string) => string> = [
  (x, v) => x.replace(/<MsgId>[^<]*</, `<MsgId>${v}<`),
  (x, v) => x.replace('<GrpHdr>', `<GrpHdr><!--${v.replace(/-/g, '_')}-->`),
  (x, v) => x.replace(/<EndToEndId>[^<]*</, `<EndToEndId>${v}<`),
  (x, v) =>
    x.replace(
      /(<Cdtr><Nm>[^<]*<\/Nm><PstlAdr>.*?<\/PstlAdr>)/,
      `$1<Id><OrgId><Othr><Id>${v}</Id><SchmeNm><Prtry>${v}</Prtry></SchmeNm><Issr>${v}</Issr></Othr></OrgId></Id>`,
    ),
  (x, v) => afterPayee(x, `<InstrForCdtrAgt><InstrInf>${v}</InstrInf></InstrForCdtrAgt>`),
  (x, v) => afterPayee(x, `<InstrForNxtAgt><InstrInf>${v}</InstrInf></InstrForNxtAgt>`),
  (x, v) => afterPayee(x, `<Purp><Prtry>${v}</Prtry></Purp>`),
  (x, v) => afterPayee(x, `<RgltryRptg><Authrty><Nm>${v}</Nm></Authrty><Dtls><Inf>${v}</Inf></Dtls></RgltryRptg>`),
  (x, v) => afterPayee(x, `<Tax><Cdtr><TaxId>${v}</TaxId></Cdtr><Dbtr><TaxId>debtor-only</TaxId></Dbtr></Tax>`),
  (x, v) => afterPayee(x, `<RltdRmtInf><RmtId>${v}</RmtId></RltdRmtInf>`),
  (x, v) =>
    afterPayee(
      x.replace(/<RmtInf>.*?<\/RmtInf>/, ''),
      `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>${v}</Prtry></CdOrPrtry><Issr>${v}</Issr></Tp><Ref>${v}</Ref></CdtrRefInf><Invcr><Nm>${v}</Nm></Invcr><Invcee><Nm>debtor-only</Nm></Invcee></Strd></RmtInf>`,
    ),
  (x, v) =>
    x.replace(
      '</CdtTrfTxInf>',
      `<SplmtryData><Envlp><Ext xmlns="urn:example:ext" note="${v.replace(/"/g, '&quot;')}"><V>${v}</V></Ext></Envlp></SplmtryData></CdtTrfTxInf>`,
    ),
  (x, v) => x.replace('</FIToFICstmrCdtTrf>', `<SplmtryData><Envlp><Ext xmlns="urn:example:ext">${v}</Ext></Envlp></SplmtryData></FIToFICstmrCdtTrf>`),
];

/** What can be wrapped around or added beside a message: each must be refused or harmless. */
const AROUND: Array<(x: string, v: string) => string> = [
  (x) => x,
  (x, v) => x.replace(/<\/Envelope>\s*$/, `<Note>${v}</Note></Envelope>`),
  (x, v) => x.replace(/<\/Envelope>\s*$/, `${v}</Envelope>`),
  (x) =>
    x.replace(/<\/Envelope>\s*$/, `${/<Document[\s\S]*<\/Document>/.exec(pacs008([{ creditorName: LISTED.name, creditorIban: LISTED.iban }]))![0]}</Envelope>`),
  (x) => x.replace(/(<AppHdr[\s\S]*<\/AppHdr>)/, '$1$1'),
  (x) =>
    x
      .replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?><Transport><Body>')
      .replace(/<\/Envelope>\s*$/, '</Envelope></Body></Transport>'),
];

const txSpec = fc.record({
  creditorName: value,
  creditorIban: fc.oneof(
    fc.constant(LISTED.iban),
    fc.integer({ min: 1, max: 99_999 }).map(ibanDE),
    fc.constantFrom('DE00370400440532013000', 'NO7486011119938', 'XX89370400440532013000'),
  ),
  debtorName: value,
  remittance: fc.option(value, { nil: undefined }),
  ultimateCreditor: fc.option(value, { nil: undefined }),
  creditorAddressLines: fc.array(value, { maxLength: 2 }),
});

/** pacs.008.001.08 built by hand, with values in the audited places and things around it. */
export const pacs008Messages = fc
  .record({
    txs: fc.array(txSpec, { minLength: 1, maxLength: 3 }),
    places: fc.array(fc.tuple(fc.nat(PUT.length - 1), value), { maxLength: 4 }),
    // mostly nothing around (so most messages are accepted and screened), else each refusal case
    around: fc.tuple(fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(AROUND.length - 1), weight: 2 }), value),
    appHdr: fc.boolean(),
  })
  .map(({ txs, places, around, appHdr }) => {
    let xml = pacs008(
      txs.map((t) => pacs008Tx({ ...t, creditorName: t.creditorName, debtorName: t.debtorName })),
      { appHdr: appHdr || around[0] > 0 },
    );
    const distinct = new Map(places);
    for (const i of [...distinct.keys()].sort((a, b) => b - a)) xml = PUT[i](xml, esc(distinct.get(i)!));
    return AROUND[around[0]](xml, esc(around[1]));
  });

const SCREENED_VERSIONS = definedMessages().filter((n) => /^(pacs\.00[89]|pain\.001)\./.test(n));
const OPTIONAL = [
  ...RICH,
  'InstrForCdtrAgt',
  'InstrForNxtAgt',
  'InstrInf',
  'Purp',
  'Prtry',
  'RgltryRptg',
  'Dtls',
  'Inf',
  'Tax',
  'RltdRmtInf',
  'Strd',
  'CdtrRefInf',
  'Ref',
  'SplmtryData',
  'PlcAndNm',
  'Othr',
  'SchmeNm',
  'Issr',
  'Invcr',
  'Invcee',
  'AddtlRmtInf',
  'Grnshee',
  'TaxRmt',
  'UndrlygCstmrCdtTrf',
];

/** Any defined version of pacs.008 / pacs.009 / pain.001, built from its definition with a random set of optional elements. */
export const syntheticMessages = fc
  .record({
    name: fc.constantFrom(...SCREENED_VERSIONS),
    include: fc.subarray(OPTIONAL),
    transactions: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ name, include, transactions }) => syntheticMessage(name, { transactions, include: new Set(include) }));

// ---------------------------------------------------------------------------------------------
// byte-level mutation of valid samples

let seeds: Buffer[] | undefined;

/** The shared samples and fixtures/messages, as bytes (read where they are). */
export function seedCorpus(): Buffer[] {
  seeds ??= [
    ...sharedSamples().map((s) => fs.readFileSync(s.path)),
    ...fs.readdirSync(path.join(FIXTURES_DIR, 'messages')).map((f) => fs.readFileSync(path.join(FIXTURES_DIR, 'messages', f))),
  ];
  return seeds;
}

const TOKENS = [
  '<',
  '>',
  '</',
  '/>',
  '&',
  '&amp;',
  '&#0;',
  '&#x10FFFF;',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?x?>',
  '<!DOCTYPE a>',
  '"',
  "'",
  'xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"',
  '<Document>',
  '</Document>',
  '<AppHdr>',
  'DE89370400440532013000',
  '\uFEFF',
  '\u0000',
  '\uD800',
  'é',
].map((t) => Buffer.from(t, 'utf8'));

type Mutation = { op: 'flip' | 'insert' | 'delete' | 'duplicate' | 'token' | 'truncate'; at: number; len: number; byte: number; token: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('flip', 'insert', 'delete', 'duplicate', 'token', 'token', 'truncate'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 64 }),
  byte: fc.nat(255),
  token: fc.nat(TOKENS.length - 1),
});

function mutate(seed: Buffer, ms: readonly Mutation[]): Buffer {
  let b = seed;
  for (const m of ms) {
    const at = b.length === 0 ? 0 : m.at % b.length;
    switch (m.op) {
      case 'flip':
        b = Buffer.from(b);
        if (b.length > 0) b[at] ^= 1 << (m.byte % 8);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.alloc(1, m.byte), b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
        break;
      case 'duplicate':
        b = Buffer.concat([b.subarray(0, at + m.len), b.subarray(at)]);
        break;
      case 'token':
        b = Buffer.concat([b.subarray(0, at), TOKENS[m.token], b.subarray(at)]);
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
    }
  }
  return b;
}

export const mutatedSamples = fc.record({ seed: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) }).map(({ seed, mutations }) => {
  const corpus = seedCorpus();
  return new Uint8Array(mutate(corpus[seed % corpus.length], mutations));
});

/** The whole input space: a third each. */
export const anyInput: fc.Arbitrary<string | Uint8Array> = fc.oneof(pacs008Messages, syntheticMessages, mutatedSamples);
