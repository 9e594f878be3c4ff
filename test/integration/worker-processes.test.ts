/**
 * `chokepoint serve` runs the queue workers in child processes scheduled after the HTTP process (WORKER_NICE), and
 * those children still deliver.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCliGateway } from '../helpers/cli-gateway';
import { waitUntil } from '../helpers/http-recorder';
import { pacs008 } from '../helpers/pacs008';
import { makeDataDir } from '../helpers/test-gateway';

jest.setTimeout(120_000);

const children = (pid: number) =>
  spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);
const commandOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');

it('runs the worker process at WORKER_NICE, the HTTP process and Redis at the parent priority, and forwards', async () => {
  const dataDir = await makeDataDir();
  const gw = await startCliGateway(dataDir, { WORKER_NICE: '7', WORKER_PROCESSES: '1' });
  try {
    const kids = children(gw.child.pid!);
    const workers = kids.filter((pid) => / work\b/.test(commandOf(pid)));
    const redis = kids.filter((pid) => /redis-server/.test(commandOf(pid)));
    expect(workers).toHaveLength(1);
    expect(redis).toHaveLength(1);
    const base = os.getPriority(gw.child.pid!);
    expect(base).toBe(os.getPriority());
    expect(os.getPriority(workers[0]!)).toBe(Math.max(base, 7));
    expect(os.getPriority(redis[0]!)).toBe(base);

    const r = await gw.post(pacs008([{ creditorName: 'Nice Worker Bakery', creditorIban: 'DE02120300000000202051' }]));
    expect(r.status).toBe(200);
    const outbox = path.join(dataDir, 'outbox');
    await waitUntil(async () => (await fs.readdir(outbox).catch(() => [] as string[])).some((f) => f.endsWith('.xml')), 20_000, 'forwarded');
  } finally {
    await gw.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
