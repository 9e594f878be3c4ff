/**
 * `npm run bench:holdout` — the independent name and identifier matching bench (FROZEN, see README.md).
 *
 * Generates the list and the labelled payments from a seed, screens them through `chokepoint screen`, and
 * prints recall per kind with 95 % intervals, recall at ≤ 0.5 % false positives, the shipped policy's decisions
 * and the negatives' hits; writes the same as JSON under bench/holdout/results/ (not committed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, GENERATOR_VERSION } from './dataset/build';
import type { Case } from './dataset/types';
import { pacs008Message } from './harness/messages';
import { formatReport, scoreRun, type Outcome } from './harness/score';
import { screenMessages } from './harness/screen';
import { Rng } from './lib/rng';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20261201' },
    scale: { type: 'string', default: '1' },
    filler: { type: 'string', default: '60000' },
    'tx-per-message': { type: 'string', default: '100' },
    'messages-per-call': { type: 'string', default: '60' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    cases: { type: 'boolean', default: false },
  },
});

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function main(): Promise<void> {
  const seed = values.seed!;
  const scale = Number(values.scale);
  const filler = Number(values.filler);
  const perMessage = Number(values['tx-per-message']);
  const perCall = Number(values['messages-per-call']);
  const cliMain = path.join(repoRoot, 'dist', 'src', 'cli', 'main.js');

  const t = Date.now();
  const data = buildDataset({ seed, scale, filler });
  const generateMs = Date.now() - t;
  log(
    `generated ${data.entries.length} list entries (${data.fillers} fillers) and ${data.cases.length} cases in ${(generateMs / 1000).toFixed(1)} s (seed ${seed})`,
  );

  const work = mkdtempSync(path.join(tmpdir(), 'chokepoint-holdout-'));
  try {
    const listFile = path.join(work, 'watchlist.jsonl');
    writeFileSync(listFile, data.entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const msgRng = new Rng(`${GENERATOR_VERSION}:${seed}/messages`);
    const files: string[] = [];
    for (let i = 0; i * perMessage < data.cases.length; i++) {
      const file = path.join(work, `msg-${String(i).padStart(5, '0')}.xml`);
      writeFileSync(file, pacs008Message(`HB-${seed}-${i}`.slice(0, 35), data.cases.slice(i * perMessage, (i + 1) * perMessage), msgRng));
      files.push(file);
    }
    // one message of one transaction: what a call costs besides screening (start, list load, index)
    const probe = path.join(work, 'probe.xml');
    writeFileSync(probe, pacs008Message(`HB-${seed}-probe`, data.cases.slice(0, 1), msgRng));
    const probeCall = await screenMessages(cliMain, listFile, [probe]);
    log(`one-transaction call (start + list load): ${(probeCall.ms / 1000).toFixed(1)} s`);

    const outcomes = new Map<string, Outcome>();
    const errors: string[] = [];
    let screenMs = 0;
    let calls = 0;
    for (let i = 0; i < files.length; i += perCall) {
      const batch = files.slice(i, i + perCall);
      const call = await screenMessages(cliMain, listFile, batch);
      screenMs += call.ms;
      calls++;
      for (const [id, o] of call.outcomes) outcomes.set(id, o);
      errors.push(...call.errors);
      log(`screened ${Math.min(i + perCall, files.length)}/${files.length} messages (${(call.ms / 1000).toFixed(1)} s)`);
    }
    if (errors.length > 0) throw new Error(`the screen command refused ${errors.length} message(s):\n${errors.slice(0, 10).join('\n')}`);

    const report = scoreRun(data.cases, outcomes);
    const screeningOnlyMs = Math.max(1, screenMs - calls * probeCall.ms);
    const throughput = {
      transactions: data.cases.length,
      messages: files.length,
      calls,
      wallSeconds: screenMs / 1000,
      transactionsPerSecond: data.cases.length / (screenMs / 1000),
      callOverheadSeconds: probeCall.ms / 1000,
      transactionsPerSecondExcludingLoad: data.cases.length / (screeningOnlyMs / 1000),
    };
    const summary = {
      bench: GENERATOR_VERSION,
      seed,
      scale,
      listEntries: data.entries.length,
      fillers: data.fillers,
      cases: data.cases.length,
      generatedAt: new Date().toISOString(),
      node: process.version,
      throughput,
      report,
    };
    console.log(`\n${GENERATOR_VERSION} seed ${seed}: ${data.entries.length} list entries, ${data.cases.length} transactions in ${files.length} messages\n`);
    console.log(formatReport(report));
    console.log(
      `\nThroughput (shared machine, not a target): ${throughput.transactionsPerSecond.toFixed(0)} tx/s over ${calls} calls of ` +
        `${perCall} messages × ${perMessage} tx (${throughput.wallSeconds.toFixed(1)} s); each call spends ~${throughput.callOverheadSeconds.toFixed(1)} s ` +
        `starting and loading the list; without that ~${throughput.transactionsPerSecondExcludingLoad.toFixed(0)} tx/s.`,
    );
    const out = values.out ?? path.join(repoRoot, 'bench', 'holdout', 'results', `${GENERATOR_VERSION}-seed${seed}.json`);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(summary, null, 2) + '\n');
    if (values.cases)
      writeFileSync(
        out.replace(/\.json$/, '.cases.jsonl'),
        data.cases.map((c: Case) => JSON.stringify({ ...c, outcome: outcomes.get(c.id) })).join('\n') + '\n',
      );
    log(`results: ${out}`);
  } finally {
    if (values.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
