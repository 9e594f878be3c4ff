/**
 * Screening is offered every value a cleared message carries to the core outside the debtor's side: checked against
 * an independent, definition-typed walk (test/helpers/payee-oracle.ts) on every shared sample, the fixtures and a
 * rich synthetic message of every defined version; and the name list of leaves the sweep skips (INERT_LEAVES) is
 * checked against every definition.
 */
import fs from 'node:fs';
import { readMessage } from '../../../src/iso20022';
import { AppError } from '../../../src/errors/app-error';
import { definedMessages, isScreenedFamily } from '../../../src/iso20022/registry';
import { INERT_LEAVES } from '../../../src/iso20022/extract/sweep';
import type { ParticleDef } from '../../../src/iso20022/schema/definition';
import { isFreeText, payeeValuesByOracle, unscreened } from '../../helpers/payee-oracle';
import { RICH, definitionOf, syntheticMessage } from '../../conformance/support/instances';
import { fixtureMessage, sharedSamples } from '../../conformance/support/samples';

const relevant = definedMessages().filter((n) => /^(pacs\.00[89]|pain\.001|head\.001)\./.test(n));

describe('INERT_LEAVES', () => {
  it.each(relevant)('holds no element whose type in %s lets the sender write free text', (name) => {
    const def = definitionOf(name);
    const offenders: string[] = [];
    const visit = (p: ParticleDef) => {
      if (Array.isArray(p)) {
        const [el, type] = p;
        const ct = def.complexTypes[type];
        if (!INERT_LEAVES.has(el) || ct?.content !== undefined) return;
        const simple = ct !== undefined ? ct.simple! : type;
        if (isFreeText(simple, def.simpleTypes[simple])) offenders.push(`${el}: ${simple}`);
      } else if (!('any' in p)) for (const q of 'seq' in p ? p.seq : p.choice) visit(q);
    };
    for (const ct of Object.values(def.complexTypes)) if (ct.content !== undefined) visit(ct.content);
    expect(offenders).toEqual([]);
  });
});

function expectAllOffered(body: string | Buffer): void {
  let m;
  try {
    m = readMessage(body);
  } catch (e) {
    if (e instanceof AppError) return; // refused: nothing forwarded
    throw e;
  }
  const oracle = payeeValuesByOracle(body)!;
  expect(oracle.perTransaction).toHaveLength(m.transactions.length);
  m.transactions.forEach((t, i) => expect({ tx: i, missing: unscreened(oracle.perTransaction[i], t.payee) }).toEqual({ tx: i, missing: [] }));
}

describe('every free value of an accepted message is offered to screening', () => {
  const samples = sharedSamples().filter((s) => isScreenedFamily(s.family));
  it.each(samples.map((s) => [s.file, s.path]))('shared sample %s', (_file, path) => expectAllOffered(fs.readFileSync(path)));

  it.each(['pacs.008.001.08-3tx-apphdr.xml', 'pacs.009.001.08-cov-apphdr.xml', 'pain.001.001.09-3pmtinf-mixed.xml'])('fixture %s', (file) =>
    expectAllOffered(fixtureMessage(file)),
  );

  const everything = new Set([
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
    'AddtlRmtInf',
  ]);
  it.each(relevant.filter((n) => !n.startsWith('head')))('rich synthetic %s', (name) =>
    expectAllOffered(syntheticMessage(name, { transactions: 2, include: everything })),
  );
});
