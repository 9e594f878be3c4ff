/**
 * Streaming the rows of a CSV file with csv-parse: one row at a time with the line it ends on. Rows csv-parse
 * cannot read (a stray quote) come out as problems with their line instead of stopping the file.
 */
import { createReadStream } from 'node:fs';
import { parse, type CsvError, type Info } from 'csv-parse';
import { CHUNK_BYTES } from '../file-lines';

export type CsvRow = { readonly fields: string[]; readonly line: number } | { readonly problem: string; readonly line: number };

export interface CsvRowOptions {
  readonly delimiter?: string;
  readonly onBytes?: (n: number) => void;
}

export async function* csvRows(file: string, options: CsvRowOptions = {}): AsyncGenerator<CsvRow> {
  const problems: { problem: string; line: number }[] = [];
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? ',',
    info: true,
    // OFAC's files quote every text field but write quotes inside them as they come: a stray quote is text.
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      problems.push({ problem: err?.message ?? 'unreadable row', line: (err as { lines?: number } | undefined)?.lines ?? 0 });
      return undefined;
    },
  });
  const input = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  if (options.onBytes !== undefined) input.on('data', (b) => options.onBytes!((b as Buffer).length));
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      while (problems.length > 0) yield problems.shift()!;
      yield { fields: item.record, line: item.info.lines };
    }
    while (problems.length > 0) yield problems.shift()!;
  } finally {
    input.destroy();
    parser.destroy();
  }
}
