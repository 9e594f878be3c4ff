#!/usr/bin/env node
/**
 * `npm run check:real-lists -- FORMAT:PATH …`: convert published list files (kept OUTSIDE the repository: they
 * are sanctions lists, which the product must not carry) with the built CLI, check the output the way the gateway
 * loads it (`watchlist verify`), and print one JSON line per file: size, SHA-256, entries, seconds, records
 * skipped with their places, and what was dropped. docs/lists.md "Real files" records the runs and where the files
 * came from. Exit code 1 when a file fails to convert or to verify.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CLI = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');

function run(args) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

function sizeAndDigest(p) {
  const files = fs.statSync(p).isDirectory() ? fs.readdirSync(p).map((f) => path.join(p, f)) : [p];
  const hash = createHash('sha256');
  let bytes = 0;
  for (const f of files.sort()) {
    const data = fs.readFileSync(f);
    bytes += data.length;
    hash.update(data);
  }
  return { bytes, sha256: hash.digest('hex') };
}

function check(spec, dir) {
  const colon = spec.indexOf(':');
  if (colon < 1) throw new Error(`${spec}: expected FORMAT:PATH`);
  const [format, input] = [spec.slice(0, colon), spec.slice(colon + 1)];
  const out = path.join(dir, `${path.basename(input)}.jsonl`);
  const converted = run(['watchlist', 'convert', '--from', format, '-o', out, input]);
  const skipped = converted.stderr.split('\n').filter((l) => /^.+:\d+: /.test(l));
  if (converted.status !== 0) return { format, input, ok: false, error: converted.stderr.trim().split('\n').pop() };
  const summary = JSON.parse(converted.stdout);
  const verified = run(['watchlist', 'verify', out]);
  return {
    format,
    input,
    ok: verified.status === 0,
    ...sizeAndDigest(input),
    entries: summary.entries,
    kinds: summary.kinds,
    identifiers: summary.identifiers,
    seconds: summary.seconds,
    skipped: skipped.length,
    skippedPlaces: skipped.slice(0, 20),
    dropped: summary.dropped,
    ...(verified.status === 0 ? {} : { verify: verified.stderr.trim() }),
  };
}

const specs = process.argv.slice(2);
if (specs.length === 0 || !fs.existsSync(CLI)) {
  console.error('usage: npm run build && npm run check:real-lists -- FORMAT:PATH [FORMAT:PATH …]');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'real-lists-'));
let failed = false;
try {
  for (const spec of specs) {
    const result = check(spec, dir);
    failed ||= !result.ok;
    console.log(JSON.stringify(result));
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
