/**
 * Preloaded into the measured CLI process (node -r): on exit, writes the process's peak resident set size (KiB)
 * to the file named by BENCH_RSS_FILE, so the benchmark measures the real command, not a stand-in.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target !== undefined) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
