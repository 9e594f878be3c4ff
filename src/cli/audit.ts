import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import readline from 'node:readline';
import type { Config } from '../config';
import type { AuditEvent } from '../model/audit';
import { RedisAuditTrail } from '../store/audit-store';
import { archiveFiles } from '../store/audit-archive';
import { RedisKeys } from '../store/keys';
import { createRedis, waitReady } from '../store/redis';
import { AppError } from '../errors/app-error';
import { redisUrlFor } from './redis-target';

async function withTrail<T>(config: Config, fn: (t: RedisAuditTrail) => Promise<T>): Promise<T> {
  const redis = createRedis(await redisUrlFor(config), 'request', 'cli');
  try {
    await waitReady(redis);
    return await fn(new RedisAuditTrail(redis, new RedisKeys(config.redisPrefix)));
  } finally {
    redis.disconnect();
  }
}

async function* readExport(file: string): AsyncGenerator<AuditEvent> {
  const lines = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as AuditEvent;
}

async function* readExports(files: readonly string[]): AsyncGenerator<AuditEvent> {
  for (const f of files) yield* readExport(f);
}

/**
 * Exit code 0 when the chain is intact, 2 when a link is broken (named on stdout). With --file or --dir (the
 * archive directory, default DATA_DIR/audit when it holds files), the archived or exported events are verified first,
 * and Redis must continue where they end.
 */
export async function auditVerify(config: Config, o: { file?: string; dir?: string } = {}): Promise<number> {
  const files = o.file ? [o.file] : await archiveFiles(o.dir ?? config.auditArchiveDir);
  return withTrail(config, async (t) => {
    const r = await t.verify(files.length > 0 ? readExports(files) : undefined);
    process.stdout.write(JSON.stringify(r) + '\n');
    return r.ok ? 0 : 2;
  });
}

/**
 * Writes the events in Redis as JSON Lines. With --trim (needs --out): once the file is on disk (fsynced), the
 * exported events are removed from Redis and a checkpoint keeps the chain verifiable from there.
 */
export async function auditExport(config: Config, out?: string, trim = false): Promise<void> {
  if (trim && !out) throw new AppError('REQUEST_INVALID', 'audit export --trim needs --out FILE: events leave Redis only once they are in a file');
  await withTrail(config, async (t) => {
    const sink: NodeJS.WritableStream = out ? createWriteStream(out, { mode: 0o600, flags: 'wx' }) : process.stdout;
    let last: AuditEvent | undefined;
    let count = 0;
    for await (const e of t.events()) {
      if (!sink.write(JSON.stringify(e) + '\n')) await new Promise((r) => sink.once('drain', r));
      last = e;
      count++;
    }
    if (out) {
      await new Promise<void>((resolve, reject) => {
        sink.once('error', reject);
        sink.end(() => resolve());
      });
      const fh = await fs.open(out, 'r');
      await fh.sync();
      await fh.close();
    }
    if (trim && last) await t.trim(count, last, out);
    process.stderr.write(`audit: ${count} events exported${trim && last ? ' and removed from Redis' : ''}\n`);
  });
}
