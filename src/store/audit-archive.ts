/**
 * Moves the oldest sealed audit events out of Redis into files, so the trail can grow for years while Redis holds
 * only its recent part: `<dir>/audit-<first seq>-<last seq>.jsonl`, written to a temporary file, fsynced, renamed,
 * the directory fsynced — and only then trimmed from Redis behind a checkpoint (seq + hash of the last archived
 * event), from which verification of the rest continues. One archiver among all instances (a lease); the files are
 * in the DATA_DIR of the instance that holds it. `chokepoint audit verify --dir <dir>` checks files and Redis as one
 * chain.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { RedisClient } from './redis';
import type { AuditEvent } from '../model/audit';
import type { RedisKeys } from './keys';
import type { RedisAuditTrail } from './audit-store';
import { Lease } from './lease';
import { LeasedPump } from './leased-pump';

export interface ArchiveOptions {
  dir: string;
  /** Archive when Redis holds more sealed events than this; keep this many in Redis. */
  keepInRedis: number;
  /** Events per archive file at most. */
  perFile: number;
}

export class AuditArchiver {
  private readonly pump: LeasedPump;

  constructor(
    redis: RedisClient,
    keys: RedisKeys,
    private readonly trail: RedisAuditTrail,
    private readonly options: ArchiveOptions,
    onError: (e: unknown) => void,
  ) {
    this.pump = new LeasedPump(new Lease(redis, keys.auditArchiverLease, 60_000), () => this.step(), { pollMs: 60_000, onError });
  }

  start(): void {
    this.pump.start();
  }

  stop(): Promise<void> {
    return this.pump.stop();
  }

  /** Archives now whatever is due (tests). */
  runNow(): Promise<void> {
    return this.pump.runNow();
  }

  /** One file's worth, when more than `keepInRedis` sealed events are in Redis. Returns the events archived. */
  private async step(): Promise<number> {
    const excess = (await this.trail.length()) - this.options.keepInRedis;
    if (excess <= 0) return 0;
    const events: AuditEvent[] = [];
    for await (const e of this.trail.events(Math.min(1000, excess))) {
      events.push(e);
      if (events.length >= Math.min(excess, this.options.perFile)) break;
    }
    if (events.length === 0) return 0;
    const first = events[0]!;
    const last = events[events.length - 1]!;
    const file = await writeDurably(this.options.dir, `audit-${pad(first.seq)}-${pad(last.seq)}.jsonl`, events.map((e) => JSON.stringify(e) + '\n').join(''));
    await this.trail.trim(events.length, last, file);
    return events.length;
  }
}

function pad(n: number): string {
  return String(n).padStart(12, '0');
}

async function writeDurably(dir: string, name: string, text: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, name);
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, text, { mode: 0o600, flush: true });
  await fs.rename(tmp, file);
  const dh = await fs.open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
  return file;
}

/** The archive files of a directory in chain order. */
export async function archiveFiles(dir: string): Promise<string[]> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => /^audit-\d{12}-\d{12}\.jsonl$/.test(n));
  return names.sort().map((n) => path.join(dir, n));
}

/** The events of archive or export files (JSON Lines), in the order of the files. */
export async function* readArchive(files: readonly string[]): AsyncGenerator<AuditEvent> {
  for (const file of files) {
    const lines = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as AuditEvent;
  }
}
