import { createWriteStream, promises as fs } from 'node:fs';
import type { Config } from '../config';
import { AppError } from '../errors/app-error';
import type { AuditExportSink } from '../app/audit-service';
import { withAuditService } from '../composition/commands';
import { progress } from './progress';

/**
 * Exit code 0 when the chain is intact, 2 when a link is broken (named on stdout). With --file or --dir (the
 * archive directory, default DATA_DIR/audit when it holds files), the archived or exported events are verified first,
 * and Redis must continue where they end.
 */
export async function auditVerify(config: Config, o: { file?: string; dir?: string } = {}): Promise<number> {
  const bar = progress('verifying');
  const r = await withAuditService(config, (audit) =>
    audit.verify({ ...o, onProgress: (seq, head) => bar.update(seq, head, `event ${seq} of ${head}`) }),
  ).finally(() => bar.stop());
  process.stdout.write(JSON.stringify(r) + '\n');
  return r.ok ? 0 : 2;
}

/**
 * Writes the events in Redis as JSON Lines. With --trim (needs --out): once the file is on disk (fsynced), the
 * exported events are removed from Redis and a checkpoint keeps the chain verifiable from there.
 */
export async function auditExport(config: Config, out?: string, trim = false): Promise<void> {
  if (trim && !out) throw new AppError('REQUEST_INVALID', 'audit export --trim needs --out FILE: events leave Redis only once they are in a file');
  const bar = progress('exporting');
  const onProgress = (done: number, total: number) => bar.update(done, total, `${done} of ${total} events`);
  const r = await withAuditService(config, (audit) => audit.export(exportSink(out), { onProgress, ...(trim && out ? { trimTo: out } : {}) })).finally(() =>
    bar.stop(),
  );
  process.stderr.write(`audit: ${r.events} events exported${r.trimmed ? ' and removed from Redis' : ''}\n`);
}

/** A new file (never overwritten, mode 0600, fsynced when finished), or stdout. */
function exportSink(out: string | undefined): AuditExportSink {
  const stream: NodeJS.WritableStream = out ? createWriteStream(out, { mode: 0o600, flags: 'wx' }) : process.stdout;
  return {
    async write(line) {
      if (!stream.write(line)) await new Promise((r) => stream.once('drain', r));
    },
    async finish() {
      if (!out) return;
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
      const fh = await fs.open(out, 'r');
      await fh.sync();
      await fh.close();
    },
  };
}
