import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Delivery, XmlSink } from '../../model/delivery';

/**
 * Writes <dir>/<key>.xml atomically: a temporary file in the same directory, written and fsynced, renamed, then the
 * directory fsynced so the rename itself survives a power cut. A reader never sees half a file, and a repeated
 * delivery of the same key replaces the file with identical bytes, so a retry after a crash cannot produce a second
 * payment file.
 *
 * The directory fsync is shared: every rename that happened before a sync started is covered by it, so under load
 * one directory fsync serves many deliveries (group commit) and none is reported delivered before its own is done.
 */
export class DirectorySink implements XmlSink {
  readonly description: string;
  private ready?: Promise<void>;
  private syncing?: Promise<void>;
  private next?: Promise<void>;

  constructor(private readonly dir: string) {
    this.description = `directory ${dir}`;
  }

  async deliver(d: Delivery): Promise<void> {
    this.ready ??= fs.mkdir(this.dir, { recursive: true, mode: 0o750 }).then(() => undefined);
    await this.ready;
    const safeKey = d.key.replace(/[^A-Za-z0-9._-]/g, '_');
    const target = path.join(this.dir, `${safeKey}.xml`);
    const tmp = path.join(this.dir, `.${safeKey}.${process.pid}.${Date.now()}.tmp`);
    await fs.writeFile(tmp, d.xml, { encoding: 'utf8', mode: 0o640, flush: true });
    await fs.rename(tmp, target);
    await this.syncDirectory();
  }

  /** Resolves after a directory fsync that started after the caller's rename. */
  private syncDirectory(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.fsyncDir().finally(() => (this.syncing = undefined));
      return this.syncing;
    }
    // A sync is running and may have started before our rename: wait for the one after it (shared by all waiters).
    this.next ??= this.syncing.then(() => {
      this.next = undefined;
      return this.syncDirectory();
    });
    return this.next;
  }

  private async fsyncDir(): Promise<void> {
    const dh = await fs.open(this.dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  }
}
