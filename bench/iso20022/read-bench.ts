/**
 * npm run bench:iso [-- --seconds 5 --batch 10000]
 *
 * readMessage throughput with schema validation on and off, for a single-transaction pacs.008.001.08 (AppHdr +
 * envelope) and a 10,000-transaction batch, with the parser alone and fast-xml-parser as references. Each scenario
 * runs in its own child process, so the peak RSS reported is that scenario's alone.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { XMLParser } from 'fast-xml-parser';
import { readMessage } from '../../src/iso20022';
import { parseXml } from '../../src/iso20022/xml/parser';
import { batch, singleTransaction } from './messages';

interface Scenario {
  readonly name: string;
  readonly size: 'single' | 'batch';
  readonly run: (body: string) => unknown;
}

const fxp = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

const SCENARIOS: readonly Scenario[] = [
  { name: 'readMessage, validation on', size: 'single', run: (b) => readMessage(b) },
  { name: 'readMessage, validation off', size: 'single', run: (b) => readMessage(b, { validate: false }) },
  { name: 'parse only (src/iso20022/xml)', size: 'single', run: (b) => parseXml(b) },
  { name: 'fast-xml-parser parse (reference)', size: 'single', run: (b) => fxp.parse(b) },
  { name: 'readMessage, validation on', size: 'batch', run: (b) => readMessage(b) },
  { name: 'readMessage, validation off', size: 'batch', run: (b) => readMessage(b, { validate: false }) },
  { name: 'parse only (src/iso20022/xml)', size: 'batch', run: (b) => parseXml(b) },
  { name: 'fast-xml-parser parse (reference)', size: 'batch', run: (b) => fxp.parse(b) },
];

interface Result {
  scenario: string;
  size: string;
  bytes: number;
  transactions: number;
  iterations: number;
  msPerMessage: number;
  messagesPerSecond: number;
  transactionsPerSecond: number;
  /** Peak RSS of the process after reading the message once (input string included). */
  firstReadPeakRssMB: number;
  /** Peak RSS over the whole timed run (garbage of many reads waiting for the collector included). */
  peakRssMB: number;
  baselineRssMB: number;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function runScenario(index: number, seconds: number, batchSize: number): Result {
  const scenario = SCENARIOS[index];
  const transactions = scenario.size === 'single' ? 1 : batchSize;
  const body = scenario.size === 'single' ? singleTransaction() : batch(batchSize);
  const baselineRssMB = process.memoryUsage().rss / 2 ** 20;
  scenario.run(body);
  const firstReadPeakRssMB = process.resourceUsage().maxRSS / 1024;
  for (let i = 0; i < (scenario.size === 'single' ? 2000 : 2); i++) scenario.run(body); // warm-up
  let iterations = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  let now = started;
  while (now < deadline || iterations < 3) {
    scenario.run(body);
    iterations++;
    if (scenario.size === 'batch' || iterations % 64 === 0) now = process.hrtime.bigint();
  }
  now = process.hrtime.bigint();
  const ms = Number(now - started) / 1e6;
  return {
    scenario: scenario.name,
    size: scenario.size,
    bytes: Buffer.byteLength(body),
    transactions,
    iterations,
    msPerMessage: ms / iterations,
    messagesPerSecond: (iterations * 1000) / ms,
    transactionsPerSecond: (iterations * transactions * 1000) / ms,
    firstReadPeakRssMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    baselineRssMB,
  };
}

function main(): void {
  const seconds = arg('seconds', 4);
  const batchSize = arg('batch', 10_000);
  const child = process.argv.indexOf('--scenario');
  if (child >= 0) {
    process.stdout.write(JSON.stringify(runScenario(Number(process.argv[child + 1]), seconds, batchSize)));
    return;
  }
  const results: Result[] = SCENARIOS.map((_s, i) => {
    const out = spawnSync(
      process.execPath,
      [...process.execArgv, __filename, '--scenario', String(i), '--seconds', String(seconds), '--batch', String(batchSize)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (out.status !== 0) throw new Error(`scenario ${i} failed: ${out.stderr}`);
    return JSON.parse(out.stdout) as Result;
  });
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`bench:iso  ${new Date().toISOString()}  node ${process.version}  ${os.cpus().length} x ${cpu}`);
  console.log('scenario                                  message            ms/msg     msg/s        tx/s  RSS MB: before / 1 read / run');
  for (const r of results) {
    const what = r.size === 'single' ? `1 tx (${(r.bytes / 1024).toFixed(1)} KB)` : `${r.transactions} tx (${(r.bytes / 2 ** 20).toFixed(1)} MB)`;
    console.log(
      `${r.scenario.padEnd(42)}${what.padEnd(18)}${r.msPerMessage.toFixed(3).padStart(10)}${r.messagesPerSecond.toFixed(1).padStart(10)}` +
        `${r.transactionsPerSecond.toFixed(0).padStart(12)}${r.baselineRssMB.toFixed(0).padStart(13)} /${r.firstReadPeakRssMB.toFixed(0).padStart(5)} /${r.peakRssMB.toFixed(0).padStart(5)}`,
    );
  }
  for (const size of ['single', 'batch']) {
    const on = results.find((r) => r.size === size && r.scenario === 'readMessage, validation on')!;
    const off = results.find((r) => r.size === size && r.scenario === 'readMessage, validation off')!;
    console.log(
      `${size === 'single' ? '1 tx' : `${batchSize} tx`}: validation keeps ${((100 * on.messagesPerSecond) / off.messagesPerSecond).toFixed(0)} % of the throughput without it`,
    );
  }
}

main();
