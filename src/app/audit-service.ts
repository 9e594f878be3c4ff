/**
 * The audit trail as the operator checks and keeps it (`chokepoint audit verify | export`): the chain verified from
 * the archive files (or an earlier export) through to the head in Redis, and the events still in Redis written out,
 * then — once the copy is durable — removed behind a checkpoint from which verification of the rest continues.
 */
import type { AuditEvent } from '../model/audit';
import type { RedisAuditTrail, VerifyResult } from '../store/audit-store';
import { archiveFiles, readArchive } from '../store/audit-archive';

/** Where exported events go: one JSON line each; `finish` resolves once the copy is durable (a file fsynced). */
export interface AuditExportSink {
  write(line: string): Promise<void>;
  finish(): Promise<void>;
}

export class AuditService {
  constructor(private readonly d: { trail: RedisAuditTrail; archiveDir: string }) {}

  /** `file`: an earlier export to verify first; else the archive files of `dir` (default: the archive directory). */
  async verify(o: { file?: string; dir?: string; onProgress?: (seq: number, headSeq: number) => void } = {}): Promise<VerifyResult> {
    const files = o.file ? [o.file] : await archiveFiles(o.dir ?? this.d.archiveDir);
    return this.d.trail.verify(files.length > 0 ? readArchive(files) : undefined, o.onProgress);
  }

  /** Writes the events in Redis to `sink`; with `trimTo` (the sink's name), removes them from Redis once finished. */
  async export(
    sink: AuditExportSink,
    o: { trimTo?: string; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<{ events: number; trimmed: boolean }> {
    let last: AuditEvent | undefined;
    let events = 0;
    const total = o.onProgress ? await this.d.trail.length() : 0;
    for await (const e of this.d.trail.events()) {
      await sink.write(JSON.stringify(e) + '\n');
      last = e;
      events++;
      if (events === 1 || events % 1000 === 0) o.onProgress?.(events, Math.max(total, events));
    }
    await sink.finish();
    if (o.trimTo === undefined || !last) return { events, trimmed: false };
    await this.d.trail.trim(events, last, o.trimTo);
    return { events, trimmed: true };
  }
}
