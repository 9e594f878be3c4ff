/**
 * Files that a reader sees whole or not at all. A process that reads one of these files while another writes it (a
 * second start, a queue-worker process, a crash in the middle of the write) must never see half of it, so the text is
 * written to a private name beside the file and then moved into place in one step.
 */
import { promises as fs } from 'node:fs';

/** A name beside `file` that no other process uses at the same time. */
function asideOf(file: string): string {
  return `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`;
}

/**
 * Creates `file` with `text` unless it exists. Linking the written file into place fails when the name exists, so of
 * two processes creating it at once exactly one wins and the other reads the winner's whole text. True if created.
 */
export async function createWholeFile(file: string, text: string, mode = 0o600): Promise<boolean> {
  const aside = asideOf(file);
  await fs.writeFile(aside, text, { mode, flag: 'wx' });
  try {
    await fs.link(aside, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await fs.rm(aside, { force: true });
  }
}

/** Writes `file` with `text`, replacing what was there in one step (a rename over it). */
export async function replaceWholeFile(file: string, text: string, mode = 0o600): Promise<void> {
  const aside = asideOf(file);
  try {
    await fs.writeFile(aside, text, { mode, flag: 'wx' });
    await fs.rename(aside, file);
  } catch (e) {
    await fs.rm(aside, { force: true });
    throw e;
  }
}
