import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Delivery, XmlSink } from './sink';

/**
 * Writes <dir>/<key>.xml atomically: a temporary file in the same directory, fsync, rename, fsync of the directory.
 * A reader never sees half a file, and a repeated delivery of the same key replaces the file with identical bytes,
 * so a retry after a crash cannot produce a second payment file.
 */
export class DirectorySink implements XmlSink {
  readonly description: string;
  private ready?: Promise<void>;

  constructor(private readonly dir: string) {
    this.description = `directory ${dir}`;
  }

  async deliver(d: Delivery): Promise<void> {
    this.ready ??= fs.mkdir(this.dir, { recursive: true, mode: 0o750 }).then(() => undefined);
    await this.ready;
    const safeKey = d.key.replace(/[^A-Za-z0-9._-]/g, '_');
    const target = path.join(this.dir, `${safeKey}.xml`);
    const tmp = path.join(this.dir, `.${safeKey}.${process.pid}.${Date.now()}.tmp`);
    const fh = await fs.open(tmp, 'w', 0o640);
    try {
      await fh.writeFile(d.xml, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, target);
    const dh = await fs.open(this.dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  }
}
