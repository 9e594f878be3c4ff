/** Strict mode: the operator's XSDs, applied with libxml2-wasm (driven in a child process, see strict-runner.ts). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ISO_XSD_DIR, REPO_DIR } from '../helpers/paths';
import { fixtureMessage } from './support/samples';

interface RunResult {
  loadError?: { code: string; message: string };
  namespaces?: string[];
  results?: Array<{ ok: boolean; code?: string; message?: string; line?: number; path?: string; details?: Array<{ code: string; line?: number }> }>;
}

function run(dir: string, bodies: string[]): RunResult {
  const out = execFileSync(process.execPath, ['-r', path.join(REPO_DIR, 'scripts/iso20022/register-ts.js'), path.join(__dirname, 'support/strict-runner.ts')], {
    input: JSON.stringify({ dir, bodies }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as RunResult;
}

const single = fixtureMessage('pacs.008.001.08-single.xml');
const wrapped = fixtureMessage('pacs.008.001.08-3tx-apphdr.xml');

describe('strict mode with the official XSDs', () => {
  const { namespaces, results } = run(ISO_XSD_DIR, [
    single,
    wrapped,
    single.replace('<EndToEndId>E2E-0001</EndToEndId>', ''),
    wrapped.replace('<BizMsgIdr>CHKP-SAMPLE-0004</BizMsgIdr>', ''),
    '<Document xmlns="urn:example"/>',
  ]);

  it('loads every XSD in the directory once, keyed by target namespace', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08', 'urn:iso:std:iso:20022:tech:xsd:head.001.001.02']));
  });

  it('accepts valid messages, bare and with AppHdr in an envelope', () => {
    expect(results![0]).toEqual({ ok: true });
    expect(results![1]).toEqual({ ok: true });
  });

  it('rejects an invalid Document as MESSAGE_INVALID with the line libxml2 gives', () => {
    expect(results![2]).toMatchObject({ ok: false, code: 'MESSAGE_INVALID', line: 27, path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/PmtId/TxId' });
  });

  it('rejects an invalid AppHdr as HEADER_INVALID', () => {
    expect(results![3]).toMatchObject({ ok: false, code: 'HEADER_INVALID' });
  });

  it('leaves namespaces it has no XSD for to the built-in validation', () => {
    expect(results![4]).toEqual({ ok: true });
  });
});

describe('strict mode with an operator-specific XSD', () => {
  it('enforces restrictions the base standard does not have', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chokepoint-strict-'));
    try {
      // A scheme that allows only 30 characters in names (stricter than ISO's Max140Text).
      const xsd = fs
        .readFileSync(path.join(ISO_XSD_DIR, 'pacs.008.001.08.xsd'), 'utf8')
        .replace(/(<xs:simpleType name="Max140Text">[\s\S]*?<xs:maxLength value=")140(")/, '$130$2');
      fs.writeFileSync(path.join(dir, 'scheme-pacs.008.001.08.xsd'), xsd);
      const { results } = run(dir, [single, single.replace('Lindqvist Carpentry AB', 'Lindqvist Carpentry and Joinery AB')]);
      expect(results![0]).toEqual({ ok: true });
      expect(results![1]).toMatchObject({ ok: false, code: 'MESSAGE_INVALID' });
      expect(results![1].message).toContain('scheme-pacs.008.001.08.xsd');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a file that is not an XML Schema', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chokepoint-strict-'));
    try {
      fs.writeFileSync(path.join(dir, 'broken.xsd'), '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a" type="nope"/></xs:schema>');
      expect(run(dir, []).loadError).toMatchObject({ code: 'CONFIG_INVALID' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
