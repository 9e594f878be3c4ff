/**
 * Runs `chokepoint screen --watchlist LIST MSG.xml…` (the public command) and reads its JSON lines: one result
 * per message, each with its transactions' decisions and hits.
 */
import { spawn } from 'node:child_process';
import type { Outcome } from './score';

interface ScreenResultLine {
  file?: string;
  transactions?: { index: number; endToEndId?: string; decision: string; hits: { entryId: string; score: number; field?: string; method?: string }[] }[];
  error?: { code: string; message: string };
}

export interface ScreenCall {
  /** outcome per EndToEndId (the bench writes the case id there) */
  outcomes: Map<string, Outcome>;
  /** messages the command refused, with its reason */
  errors: string[];
  ms: number;
}

export function screenMessages(cliMain: string, watchlist: string, files: readonly string[]): Promise<ScreenCall> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cliMain, 'screen', '--watchlist', watchlist, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const outcomes = new Map<string, Outcome>();
      const errors: string[] = [];
      for (const line of out.split('\n')) {
        if (line.trim() === '') continue;
        const r = JSON.parse(line) as ScreenResultLine;
        if (r.error || !r.transactions) {
          errors.push(`${r.file ?? '?'}: ${r.error?.code ?? 'no transactions'} ${r.error?.message ?? ''}`);
          continue;
        }
        for (const t of r.transactions) outcomes.set(t.endToEndId ?? `${r.file}#${t.index}`, { decision: t.decision, hits: t.hits });
      }
      if (outcomes.size === 0 && code !== 0) reject(new Error(`screen exited with ${code}: ${err.slice(0, 2000)}`));
      else resolve({ outcomes, errors: code === 0 ? errors : [...errors, `exit ${code}: ${err.slice(0, 500)}`], ms });
    });
  });
}
