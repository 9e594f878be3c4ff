/** The files a reader will read: checked before the first byte, sized for the progress bar. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors/app-error';
import type { ReadContext } from './types';

/** The file named by its full path: an operator running the command from another folder must find it. */
export function unreadable(file: string, e: unknown): AppError {
  return new AppError(
    'WATCHLIST_UNREADABLE',
    `${path.resolve(file)}: ${(e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : 'cannot be read')}`,
    { cause: e },
  );
}

export async function fileSize(file: string): Promise<number> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    throw unreadable(file, e);
  }
  if (!stat.isFile()) throw new AppError('WATCHLIST_UNREADABLE', `${path.resolve(file)}: not a file`);
  return stat.size;
}

/**
 * A byte counter for ctx.onProgress over the given files (read `passes` times each); checks that every file
 * can be read first, so that a typo in the third path fails before the first two are converted.
 */
export async function progressOver(ctx: ReadContext, files: readonly string[], passes = 1): Promise<(n: number) => void> {
  let total = 0;
  for (const f of files) total += (await fileSize(f)) * passes;
  let done = 0;
  return (n: number) => {
    done += n;
    ctx.onProgress?.(done, total);
  };
}

/** `file:line`, the place of a record in messages. */
export function at(file: string, line: number): string {
  return `${file}:${line}`;
}
