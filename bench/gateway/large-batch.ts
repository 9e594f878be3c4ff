/**
 * `npm run bench:batch`: a pacs.008 with 10,000 transactions through the running gateway (as `npm start` runs it),
 * while a second client keeps sending single-transaction messages. Reports the batch's time to a reply, the
 * latency of the small messages before and during the batch (does the batch block other requests?), the number of
 * transactions forwarded and the gateway's peak RSS.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { GatewayLog } from './harness';
import { MessageFactory } from './messages';
import { ibanFor } from './synthetic-list';

const ROOT = path.resolve(__dirname, '../../..');
const TOKEN = 'bench-submitter-token-0123456789abcdef';

function batch(n: number): string {
  const txs: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `B${Date.now().toString(36)}${i.toString(36)}`.slice(0, 35);
    txs.push(
      `<CdtTrfTxInf><PmtId><InstrId>${id.slice(0, 16)}</InstrId><EndToEndId>${id}</EndToEndId><TxId>${id}</TxId></PmtId>` +
        `<IntrBkSttlmAmt Ccy="EUR">10.00</IntrBkSttlmAmt><ChrgBr>SLEV</ChrgBr>` +
        `<Dbtr><Nm>Payroll Debtor GmbH</Nm></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>` +
        `<DbtrAgt><FinInstnId><BICFI>DEUTDEFFXXX</BICFI></FinInstnId></DbtrAgt><CdtrAgt><FinInstnId><BICFI>NDEASESSXXX</BICFI></FinInstnId></CdtrAgt>` +
        `<Cdtr><Nm>Employee Number ${i}</Nm><PstlAdr><Ctry>SE</Ctry><AdrLine>Gatan ${i % 90}</AdrLine></PstlAdr></Cdtr>` +
        `<CdtrAcct><Id><IBAN>${ibanFor('DE', `9${String(i).padStart(17, '0')}`)}</IBAN></Id></CdtrAcct>` +
        `<RmtInf><Ustrd>Salary November ${i}</Ustrd></RmtInf></CdtTrfTxInf>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>` +
    `<GrpHdr><MsgId>BATCH${Date.now().toString(36)}</MsgId><CreDtTm>2026-11-27T10:15:30+01:00</CreDtTm><NbOfTxs>${n}</NbOfTxs>` +
    `<CtrlSum>${(n * 10).toFixed(2)}</CtrlSum><TtlIntrBkSttlmAmt Ccy="EUR">${(n * 10).toFixed(2)}</TtlIntrBkSttlmAmt><IntrBkSttlmDt>2026-11-27</IntrBkSttlmDt>` +
    `<SttlmInf><SttlmMtd>CLRG</SttlmMtd><ClrSys><Cd>STE</Cd></ClrSys></SttlmInf></GrpHdr>${txs.join('')}</FIToFICstmrCdtTrf></Document>\n`
  );
}

async function post(url: string, body: string): Promise<{ status: number; ms: number; text: string }> {
  const t0 = performance.now();
  const r = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/xml' }, body });
  const text = await r.text();
  return { status: r.status, ms: performance.now() - t0, text };
}

function pct(v: number[], p: number): number {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? Number(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!.toFixed(1)) : NaN;
}

async function main(o: { transactions: number }): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-batch-'));
  let gw: ChildProcess | undefined;
  const gwLog = new GatewayLog();
  let failed = true;
  try {
    await fs.writeFile(path.join(work, 'tokens.json'), JSON.stringify({ tokens: [{ token: TOKEN, role: 'submitter', name: 'bench' }] }));
    const port = 18000 + Math.floor(Math.random() * 1000);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(work, 'data'),
      TOKENS_FILE: path.join(work, 'tokens.json'),
      LOG_LEVEL: 'warn',
    };
    delete env.REDIS_URL;
    delete env.CORE_URL;
    gw = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
        path.join(ROOT, 'dist/src/cli/main.js'),
        'serve',
      ],
      { env, stdio: gwLog.stdio() },
    );
    gwLog.watch(gw);
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 600; i++) {
      if ((await fetch(`${base}/readyz`).catch(() => undefined))?.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const body = batch(o.transactions);
    const small = new MessageFactory(`S${Date.now().toString(36)}`, 0);
    const before: number[] = [];
    for (let i = 0; i < 200; i++) before.push((await post(`${base}/v1/messages`, small.next())).ms);

    const during: number[] = [];
    let done = false;
    const prober = (async () => {
      while (!done) during.push((await post(`${base}/v1/messages`, small.next())).ms);
    })();
    const r = await post(`${base}/v1/messages`, body);
    done = true;
    await prober;
    const result = JSON.parse(r.text) as { transactions?: { status: string }[]; error?: unknown };
    const rss = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${gw.pid}/status`, 'utf8'));
    console.log(`batch: ${o.transactions} transactions, ${(Buffer.byteLength(body) / 2 ** 20).toFixed(1)} MiB, HTTP ${r.status} after ${r.ms.toFixed(0)} ms`);
    console.log(
      `  statuses: ${JSON.stringify(result.transactions?.reduce<Record<string, number>>((a, t) => ((a[t.status] = (a[t.status] ?? 0) + 1), a), {}) ?? result.error)}`,
    );
    console.log(`single messages before the batch: p50 ${pct(before, 50)} ms, p99 ${pct(before, 99)} ms (n=${before.length})`);
    console.log(`single messages during the batch:  p50 ${pct(during, 50)} ms, p99 ${pct(during, 99)} ms, max ${pct(during, 100)} ms (n=${during.length})`);
    console.log(`gateway peak RSS: ${rss ? Math.round(Number(rss[1]) / 1024) : '?'} MB`);
    failed = false;
  } finally {
    gwLog.stop();
    if (gw && gw.exitCode === null) {
      const exited = new Promise((r) => gw!.once('exit', r));
      gw.kill('SIGTERM');
      await exited;
    }
    gwLog.close(failed);
    await fs.rm(work, { recursive: true, force: true });
  }
}

new Command('bench:batch')
  .option('--transactions <n>', 'transactions in the batch', '10000')
  .action(async (o: Record<string, string>) => main({ transactions: Number(o.transactions) }))
  .parseAsync(process.argv)
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
