/**
 * Official-XSD checks for tests: libxml2 (libxml2-wasm, the same library as the product's strict mode) validates
 * the AppHdr and Document found in a message against /work/shared/iso20022/xsd/<name>.xsd.
 *
 * Why a child process: libxml2-wasm is ESM-only and instantiates WebAssembly at import; jest runs the suite as
 * CommonJS, and `import()` inside jest needs --experimental-vm-modules for the whole run. A plain Node child
 * (test/helpers/xsd-oracle.mjs) avoids changing how every other test runs, and batches keep it cheap
 * (one process validates thousands of documents).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ISO_XSD_DIR } from './paths';

export interface XsdPartVerdict {
  readonly name: string;
  readonly role: 'document' | 'header';
  readonly errors: readonly string[];
}

export interface XsdVerdict {
  readonly wellFormed: boolean;
  readonly parts: readonly XsdPartVerdict[];
  /** Problems outside the parts: not well-formed, no Document, Document of an unexpected type. */
  readonly errors: readonly string[];
}

const ORACLE = path.join(__dirname, 'xsd-oracle.mjs');

/** libxml2's verdict on each message (one child process for the whole batch). */
export function xsdVerdicts(jobs: ReadonlyArray<{ xml: string; expect?: string }>, xsdDir = ISO_XSD_DIR): Promise<XsdVerdict[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ORACLE], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`xsd-oracle exited with ${code}: ${Buffer.concat(err).toString()}`));
      else resolve(JSON.parse(Buffer.concat(out).toString()) as XsdVerdict[]);
    });
    child.stdin.end(JSON.stringify({ xsdDir, jobs }));
  });
}

/** Every problem libxml2 finds in the message (AppHdr and Document) against the official XSDs; [] when valid. */
export async function xsdErrors(xml: string, expectedDocument?: string): Promise<string[]> {
  const [verdict] = await xsdVerdicts([{ xml, ...(expectedDocument !== undefined ? { expect: expectedDocument } : {}) }]);
  return [...verdict.errors, ...verdict.parts.flatMap((p) => p.errors.map((e) => `${p.name}: ${e}`))];
}

/** Accept/reject as libxml2 sees it: well-formed, a Document found, and every part valid. */
export function isXsdValid(v: XsdVerdict): boolean {
  return v.wellFormed && v.errors.length === 0 && v.parts.every((p) => p.errors.length === 0);
}
