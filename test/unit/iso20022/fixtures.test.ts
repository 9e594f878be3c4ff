/**
 * The sample messages under fixtures/messages are what a newcomer sends first (`npm run demo`, the README's curl
 * examples): each must be valid against the official XSDs, and no two may share an identification the gateway's
 * duplicate check looks at (MsgId, UETR, TxId) or that people search by (EndToEndId, InstrId, PmtInfId) — otherwise
 * the first send of one of them is answered 409 as a resend of another.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readMessage } from '../../../src/iso20022';
import { FIXTURES_DIR } from '../../helpers/paths';
import { xsdVerdicts } from '../../helpers/xsd';

const DIR = path.join(FIXTURES_DIR, 'messages');
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.xml'))
  .sort();
const read = (file: string) => readMessage(fs.readFileSync(path.join(DIR, file), 'utf8'));

describe('the fixture messages', () => {
  it('cover the three families the gateway screens, a pacs.009 COV and a pain.001 with several payment blocks', () => {
    const messages = files.map(read);
    expect(new Set(messages.map((m) => m.family))).toEqual(new Set(['pacs.008', 'pacs.009', 'pain.001']));
    expect(messages.some((m) => m.family === 'pacs.009' && m.transactions.some((t) => t.payee.some((p) => p.role === 'underlyingCreditor')))).toBe(true);
    expect(messages.some((m) => m.family === 'pain.001' && new Set(m.transactions.map((t) => t.pmtInfId)).size >= 3)).toBe(true);
  });

  it('are valid against the official XSDs (Document and AppHdr)', async () => {
    const verdicts = await xsdVerdicts(files.map((f) => ({ xml: fs.readFileSync(path.join(DIR, f), 'utf8') })));
    const problems = verdicts.flatMap((v, i) => [...v.errors, ...v.parts.flatMap((p) => p.errors)].map((e) => `${files[i]}: ${e}`));
    expect(problems).toEqual([]);
    for (const v of verdicts) expect(v.parts.some((p) => p.role === 'document')).toBe(true);
  });

  it('never share a MsgId, UETR, TxId, EndToEndId, InstrId or PmtInfId', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (kind: string, value: string | undefined, where: string) => {
      if (value === undefined) return;
      const key = `${kind}:${kind === 'UETR' ? value.toLowerCase() : value}`;
      const first = seen.get(key);
      if (first !== undefined && first !== where) clashes.push(`${kind} ${value} in ${first} and ${where}`);
      else seen.set(key, where);
    };
    let transactions = 0;
    for (const file of files) {
      const m = read(file);
      claim('MsgId', m.group.msgId, file);
      const blocks = new Set<string>();
      m.transactions.forEach((t, i) => {
        transactions++;
        const where = `${file} transaction ${i + 1}`;
        claim('UETR', t.uetr, where);
        claim('TxId', t.txId, where);
        claim('EndToEndId', t.endToEndId, where);
        claim('InstrId', t.instrId, where);
        // transactions of one payment block share its PmtInfId: unique per file, not per transaction
        if (t.pmtInfId !== undefined && !blocks.has(t.pmtInfId)) {
          blocks.add(t.pmtInfId);
          claim('PmtInfId', t.pmtInfId, file);
        }
      });
    }
    expect(clashes).toEqual([]);
    expect(transactions).toBeGreaterThanOrEqual(15);
  });
});
