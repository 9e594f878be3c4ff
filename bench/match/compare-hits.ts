/**
 * node dist/bench/match/compare-hits.js OLD NEW: compares two hit dumps of perf.js --dump (the same list, seed and
 * transactions screened by two builds). A speed change must leave them equal: prints how many hits are the same,
 * changed in score, lost and new, with the first differences; exits 1 when they differ.
 */
import { readFileSync } from 'node:fs';

/** Hits by transaction, field and entry: the score (3 decimals) of each. */
function read(file: string): Map<string, string> {
  const hits = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const at = line.lastIndexOf('\t');
    hits.set(line.slice(0, at), line.slice(at + 1));
  }
  return hits;
}

function main(): void {
  const [oldFile, newFile] = process.argv.slice(2);
  if (oldFile === undefined || newFile === undefined) throw new Error('usage: compare-hits OLD NEW');
  const before = read(oldFile);
  const after = read(newFile);
  const shown: string[] = [];
  const show = (s: string): void => {
    if (shown.length < 20) shown.push(s);
  };
  let same = 0;
  let changed = 0;
  let lost = 0;
  for (const [key, score] of before) {
    const now = after.get(key);
    if (now === score) same++;
    else if (now === undefined) {
      lost++;
      show(`lost     ${key} ${score}`);
    } else {
      changed++;
      show(`changed  ${key} ${score} -> ${now}`);
    }
  }
  let added = 0;
  for (const [key, score] of after) {
    if (before.has(key)) continue;
    added++;
    show(`new      ${key} ${score}`);
  }
  process.stdout.write(`hits: ${same} same, ${changed} changed in score, ${lost} lost, ${added} new\n${shown.join('\n')}${shown.length > 0 ? '\n' : ''}`);
  if (changed + lost + added > 0) process.exitCode = 1;
}

main();
