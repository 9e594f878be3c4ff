/**
 * npm run bench:sealing [-- --seconds 2]
 *
 * What sealing stored payment data costs (store/sealed-payload, AES-256-GCM): µs per seal and per open of a typical
 * single-transaction pacs.008 (as the accept stores it: the original as bytes, the result and a hold body as base64
 * text) and of a 1 MiB body, on this machine, one thread. Also the size each adds.
 */
import os from 'node:os';
import { PayloadSealer, generateKey } from '../../src/store/sealed-payload';
import { batch, singleTransaction } from '../iso20022/messages';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 2;
const key = generateKey();
const sealer = new PayloadSealer({ current: key, keys: [key] });

/** µs per call of `fn`, over `seconds` after a warm-up; the median of 5 rounds. */
function measure(fn: () => unknown): number {
  const rounds: number[] = [];
  for (let r = 0; r < 6; r++) {
    const end = process.hrtime.bigint() + BigInt(Math.round((seconds / 6) * 1e9));
    let n = 0;
    const start = process.hrtime.bigint();
    let now = start;
    while (now < end) {
      for (let i = 0; i < 16; i++) fn();
      n += 16;
      now = process.hrtime.bigint();
    }
    if (r > 0) rounds.push(Number(now - start) / 1e3 / n);
  }
  return rounds.sort((a, b) => a - b)[2]!;
}

function oneMiB(): string {
  let body = batch(400);
  while (Buffer.byteLength(body) < 1024 * 1024) body = batch(Math.ceil((400 * 1024 * 1024) / Buffer.byteLength(body)) + 1);
  return body;
}

const single = singleTransaction();
const large = oneMiB();
const rows: string[][] = [];
for (const [name, body] of [
  ['pacs.008, 1 transaction', single],
  ['pacs.008, 1 MiB', large],
] as const) {
  const bytes = Buffer.byteLength(body);
  const sealed = sealer.seal(body, 'msg:m1:raw');
  const text = sealer.sealText(body, 'hold:h1:body');
  rows.push([
    `${name} (${bytes.toLocaleString('en')} B)`,
    measure(() => sealer.seal(body, 'msg:m1:raw')).toFixed(2),
    measure(() => sealer.open(sealed, 'msg:m1:raw')).toFixed(2),
    measure(() => sealer.sealText(body, 'hold:h1:body')).toFixed(2),
    measure(() => sealer.openText(text, 'hold:h1:body')).toFixed(2),
    `+${sealed.length - bytes} B`,
  ]);
}
const head = ['body', 'seal µs', 'open µs', 'seal as text µs', 'open text µs', 'size added (bytes form)'];
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? '?'} x${os.cpus().length}, load ${os.loadavg()[0]!.toFixed(1)}`);
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
