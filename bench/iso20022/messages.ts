/** Bench inputs: a single-transaction pacs.008.001.08 and a batch of N transactions built from the sample messages. */
import fs from 'node:fs';
import path from 'node:path';

// From the TypeScript source (bench/iso20022) or its compiled copy (dist/bench/iso20022).
const FIXTURES = [path.resolve(__dirname, '../../fixtures/messages'), path.resolve(__dirname, '../../../fixtures/messages')].find((d) => fs.existsSync(d))!;

export function singleTransaction(): string {
  return fs
    .readFileSync(path.join(FIXTURES, 'pacs.008.001.08-3tx-apphdr.xml'), 'utf8')
    .replace(/<NbOfTxs>3<\/NbOfTxs>/, '<NbOfTxs>1</NbOfTxs>')
    .replace(/<CtrlSum>1290.50<\/CtrlSum>/, '<CtrlSum>250.00</CtrlSum>')
    .replace(/<TtlIntrBkSttlmAmt Ccy="EUR">1290.50<\/TtlIntrBkSttlmAmt>/, '<TtlIntrBkSttlmAmt Ccy="EUR">250.00</TtlIntrBkSttlmAmt>')
    .replace(/(<\/CdtTrfTxInf>)[\s\S]*(<\/FIToFICstmrCdtTrf>)/, '$1\n    $2');
}

/** pacs.008.001.08 (with AppHdr, in an envelope) holding `n` transactions, all distinct ids, consistent totals. */
export function batch(n: number): string {
  const base = fs.readFileSync(path.join(FIXTURES, 'pacs.008.001.08-3tx-apphdr.xml'), 'utf8');
  const start = base.indexOf('<CdtTrfTxInf>');
  const end = base.lastIndexOf('</CdtTrfTxInf>') + '</CdtTrfTxInf>'.length;
  const templates = base
    .slice(start, end)
    .split(/(?<=<\/CdtTrfTxInf>)\s*/)
    .filter((t) => t.trim() !== '');
  const txs: string[] = [];
  let cents = 0n;
  for (let i = 0; i < n; i++) {
    const amount = 100 + (i % 900);
    cents += BigInt(amount) * 100n;
    const hex = (i + 1).toString(16).padStart(12, '0');
    txs.push(
      templates[i % templates.length]
        .replace(/<(InstrId|EndToEndId|TxId)>[^<]*</g, (_m, tag: string) => `<${tag}>${tag.slice(0, 3).toUpperCase()}-${i + 1}<`)
        .replace(/<UETR>[^<]*<\/UETR>/, `<UETR>00000000-0000-4000-8000-${hex}</UETR>`)
        .replace(/<IntrBkSttlmAmt Ccy="EUR">[^<]*</, `<IntrBkSttlmAmt Ccy="EUR">${amount}.00<`),
    );
  }
  const total = `${cents / 100n}.00`;
  return (base.slice(0, start) + txs.join('\n      ') + base.slice(end))
    .replace(/<NbOfTxs>3<\/NbOfTxs>/, `<NbOfTxs>${n}</NbOfTxs>`)
    .replace(/<CtrlSum>[^<]*<\/CtrlSum>/, `<CtrlSum>${total}</CtrlSum>`)
    .replace(/<TtlIntrBkSttlmAmt Ccy="EUR">[^<]*</, `<TtlIntrBkSttlmAmt Ccy="EUR">${total}<`);
}
