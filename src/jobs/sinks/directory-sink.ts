import { promises as fs, closeSync, fsync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Delivery, XmlSink } from '../../model/delivery';

/**
 * Writes <dir>/<key>.xml atomically: a temporary file in the same directory, written and fsynced, renamed, then the
 * directory fsynced so the rename itself survives a power cut. A reader never sees half a file, and a repeated
 * delivery of the same key replaces the file with identical bytes, so a retry after a crash cannot produce a second
 * payment file.
 *
 * A group of deliveries (deliverAll) writes and syncs every file side by side, renames them all, and then syncs the
 * directory once for the group. The directory fsync is shared besides: every rename that happened before a sync
 * started is covered by it, so under load one directory fsync serves many groups (group commit), and none is
 * reported delivered before its own is done.
 */
export class DirectorySink implements XmlSink {
  readonly description: string;
  private ready?: Promise<void>;
  private syncing?: Promise<void>;
  private next?: Promise<void>;
  private seq = 0;

  constructor(private readonly dir: string) {
    this.description = `directory ${dir}`;
  }

  async deliver(d: Delivery): Promise<void> {
    const [error] = await this.deliverAll([d]);
    if (error) throw error;
  }

  /**
   * Creates the directory and removes the temporary files of writers that are gone: a crash between writing a file
   * and renaming it leaves a hidden `.<key>.<pid>.<n>.tmp`. Its delivery was never reported done, so it is made again
   * (same key, same bytes); the leftover only takes space and confuses whoever reads the folder. Files of a process
   * that still runs (another worker process on this DATA_DIR) are left alone.
   */
  async prepare(): Promise<number> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o750 });
    let removed = 0;
    for (const name of await fs.readdir(this.dir)) {
      const m = /^\..*\.(\d+)\.\d+\.tmp$/.exec(name);
      if (!m || processRuns(Number(m[1]))) continue;
      await fs.rm(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  async deliverAll(ds: readonly Delivery[]): Promise<(Error | undefined)[]> {
    this.ready ??= this.prepare().then(() => undefined);
    await this.ready;
    const files = ds.map((d) => {
      const safeKey = d.key.replace(/[^A-Za-z0-9._-]/g, '_');
      return { xml: d.xml, target: path.join(this.dir, `${safeKey}.xml`), tmp: path.join(this.dir, `.${safeKey}.${process.pid}.${this.seq++}.tmp`) };
    });
    // Data first, every file at once (the disk takes the syncs together); a file that failed is left out of the rest.
    const written = await Promise.all(files.map((f) => settle(writeSynced(f.tmp, f.xml))));
    // Renames are quick metadata steps: done in line, as the writes above.
    const placed = files.map((f, i) => written[i] ?? renamed(f.tmp, f.target));
    await Promise.all(files.map(async (f, i) => (placed[i] ? fs.rm(f.tmp, { force: true }).catch(() => undefined) : undefined)));
    if (placed.every((e) => e !== undefined)) return placed;
    const synced = await settle(this.syncDirectory());
    return placed.map((e) => e ?? synced);
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

/**
 * A new file with `text`, its data synced before it resolves. Opened, written and closed with the synchronous calls
 * (each a few microseconds for a payment's file, less than a round trip through libuv's thread pool and back); only
 * the fsync, which waits for the disk, goes to the pool, so the files of a group still sync side by side.
 */
function writeSynced(file: string, text: string): Promise<void> {
  const data = Buffer.from(text, 'utf8');
  let fd: number | undefined;
  try {
    fd = openSync(file, 'w', 0o640);
    for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  const opened = fd;
  return new Promise((resolve, reject) =>
    fsync(opened, (err) => {
      let failed: Error | null = err;
      try {
        closeSync(opened);
      } catch (e) {
        failed ??= e as Error;
      }
      if (failed) reject(failed);
      else resolve();
    }),
  );
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the write's error is the one to report
  }
}

function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** undefined when the rename was done, else its error. */
function renamed(from: string, to: string): Error | undefined {
  try {
    renameSync(from, to);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** undefined when the promise resolves, else its error. */
function settle(p: Promise<unknown>): Promise<Error | undefined> {
  return p.then(
    () => undefined,
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
}
