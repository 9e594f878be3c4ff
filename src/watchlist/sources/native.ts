/**
 * The native format itself (JSON array or JSON Lines), converted record by record: unlike loading, where the
 * first bad entry stops the list, conversion leaves out a bad entry with its line and reason and goes on, so a
 * hand-kept list can be cleaned in one pass. With --source, every entry's source is replaced.
 */
import { promises as fs } from 'node:fs';
import { AppError } from '../../errors/app-error';
import { lineBatches } from '../file-lines';
import { firstNonBlankChar } from '../load';
import { jsonArrayElements } from '../parse';
import type { WatchlistEntry } from '../../screening/types';
import { at, progressOver, unreadable } from './files';
import type { ReadContext, SourceItem } from './types';

function withSource(value: unknown, source: string | undefined): WatchlistEntry {
  // Not checked here: convert.ts validates every entry (an array or a number fails there with its reason).
  const v = value as WatchlistEntry;
  return source === undefined || v === null || typeof v !== 'object' || Array.isArray(v) ? v : { ...v, source };
}

export async function* readNative(paths: readonly string[], ctx: ReadContext): AsyncGenerator<SourceItem> {
  const onBytes = await progressOver(ctx, paths);
  for (const file of paths) {
    try {
      if ((await firstNonBlankChar(file)) === '[') {
        const text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
        onBytes(Buffer.byteLength(text));
        for (const { value, line } of jsonArrayElements(text, file)) yield { kind: 'entry', entry: withSource(value, ctx.source), at: at(file, line) };
        continue;
      }
      let line = 0;
      for await (const batch of lineBatches(file, (b) => onBytes(b.length))) {
        for (const raw of batch) {
          line++;
          const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
          if (text.length === 0) continue;
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch {
            yield { kind: 'skipped', at: at(file, line), reason: 'not valid JSON' };
            continue;
          }
          yield { kind: 'entry', entry: withSource(value, ctx.source), at: at(file, line) };
        }
      }
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw unreadable(file, e);
    }
  }
}
