/**
 * The lines of a text file, one batch per chunk read (about 1 MiB), so that a caller pays one await per chunk
 * rather than per line. Lines are found in the bytes and each decoded on its own: decoding whole chunks into one
 * string and slicing it made every line a two-byte string as soon as the chunk held one non-Latin-1 name (nearly
 * every chunk of a large list), and cost more than the JSON parsing itself. Line ends are "\n"; a "\r" before it
 * stays on the line (callers trim).
 */
import { createReadStream } from 'node:fs';

export const CHUNK_BYTES = 1 << 20;

/** onBytes sees every chunk as read (for a digest of the file, or progress). */
export async function* lineBatches(file: string, onBytes?: (bytes: Buffer) => void): AsyncGenerator<string[]> {
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  let rest: Buffer | undefined;
  try {
    for await (const read of stream) {
      const bytes = read as Buffer;
      onBytes?.(bytes);
      const chunk = rest === undefined ? bytes : Buffer.concat([rest, bytes]);
      const lines: string[] = [];
      let from = 0;
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
        lines.push(chunk.toString('utf8', from, nl));
        from = nl + 1;
      }
      rest = from < chunk.length ? chunk.subarray(from) : undefined;
      yield lines;
    }
    if (rest !== undefined) yield [rest.toString('utf8')];
  } finally {
    stream.destroy();
  }
}
