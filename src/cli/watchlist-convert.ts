/**
 * `chokepoint watchlist convert --from FORMAT [-o OUT.jsonl] [--hmac-key HEX] PATH…`: a published list to the
 * native JSON Lines format. The lines go to OUT (written whole to a temporary file, then renamed, so that a
 * gateway never loads half a list) or to stdout; every record left out goes to stderr as `file:line: reason`;
 * the summary (counts per kind and identifier type, what the native format does not carry, time) is printed
 * as one JSON line, on stdout with -o and on stderr without. A progress bar shows on stderr when it is a terminal.
 * Exit code 0 when at least one entry was written.
 */
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { AppError } from '../errors/app-error';
import { progress } from './progress';
import { hmacKeyFromHex } from '../watchlist';
import { convertList, CSV_FIELDS, parseCsvMapping, SOURCE_FORMATS, type SourceFormat } from '../watchlist/sources';

interface ConvertFlags {
  from: SourceFormat;
  out?: string;
  hmacKey?: string;
  source?: string;
  map: string[];
  kind?: string;
  delimiter?: string;
  separator?: string;
  header: boolean;
}

/** Lines gathered into writes of about 256 KiB: one write (and one wait for drain) per line costs more than the mapping. */
class BatchedWriter {
  private pending: string[] = [];
  private size = 0;
  private failure?: Error;
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly name: string,
  ) {
    // A full disk, a closed pipe (`convert … | head`): the conversion stops with the reason instead of crashing.
    stream.on('error', (e: Error) => {
      this.failure = e;
    });
  }
  check(): void {
    if (this.failure !== undefined)
      throw new AppError('INTERNAL', `${this.name}: ${(this.failure as NodeJS.ErrnoException).code ?? this.failure.message}`, { cause: this.failure });
  }
  async write(line: string): Promise<void> {
    this.check();
    this.pending.push(line);
    this.size += line.length;
    if (this.size >= 1 << 18) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}

export async function watchlistConvert(paths: string[], o: ConvertFlags): Promise<number> {
  const hmacKey = o.hmacKey === undefined ? undefined : hmacKeyFromHex(o.hmacKey, '--hmac-key');
  const csvOptions = o.map.length > 0 || o.kind !== undefined || o.delimiter !== undefined || o.separator !== undefined || !o.header;
  if (csvOptions && o.from !== 'csv') throw new AppError('CONFIG_INVALID', '--map, --kind, --delimiter, --separator and --no-header are for --from csv');
  const csv =
    o.from === 'csv'
      ? parseCsvMapping(o.map, {
          header: o.header,
          ...(o.kind !== undefined ? { kind: o.kind } : {}),
          ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
          ...(o.separator !== undefined ? { separator: o.separator } : {}),
        })
      : undefined;
  if (o.source !== undefined && !/^[\w.-]{1,64}$/.test(o.source)) throw new AppError('CONFIG_INVALID', '--source: 1 to 64 letters, digits, ".", "_" or "-"');

  const temp = o.out === undefined ? undefined : `${o.out}.part-${process.pid}`;
  let out: NodeJS.WritableStream = process.stdout;
  if (temp !== undefined) {
    let handle;
    try {
      handle = await fs.open(temp, 'w', 0o600);
    } catch (e) {
      throw new AppError('CONFIG_INVALID', `-o ${o.out}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be written'}`, { cause: e });
    }
    out = createWriteStream('', { fd: handle });
  }
  const writer = new BatchedWriter(out, o.out ?? 'stdout');
  const bar = progress('converting');
  const log = (line: string): void => bar.log(line);
  const started = process.hrtime.bigint();
  let written = 0;
  try {
    const summary = await convertList(
      {
        format: o.from,
        paths,
        ...(o.source !== undefined ? { source: o.source } : {}),
        ...(hmacKey !== undefined ? { hmacKey } : {}),
        ...(csv !== undefined ? { csv } : {}),
        onSkip: (where, reason) => log(`${where}: ${reason}`),
        onProgress: (done: number, total: number) => bar.update(done, total, `${written} entries`),
      },
      async (line) => {
        written++;
        await writer.write(line);
      },
    );
    await writer.flush();
    if (temp !== undefined) {
      const file = out as WriteStream;
      file.end();
      await once(file, 'close');
      writer.check();
      await fs.rename(temp, o.out!);
    }
    bar.stop();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const report = {
      from: o.from,
      paths,
      ...(o.out !== undefined ? { out: o.out } : {}),
      keyedHash: hmacKey !== undefined,
      ...summary,
      seconds: Math.round(seconds * 1000) / 1000,
      entriesPerSecond: seconds > 0 ? Math.round(summary.entries / seconds) : summary.entries,
    };
    (o.out !== undefined ? process.stdout : process.stderr).write(JSON.stringify(report) + '\n');
    if (summary.entries === 0) {
      process.stderr.write('chokepoint: no entries: nothing was written that a gateway could load\n');
      return 1;
    }
    return 0;
  } catch (e) {
    bar.stop();
    if (temp !== undefined) {
      (out as WriteStream).destroy();
      await fs.rm(temp, { force: true });
    }
    throw e;
  }
}

export function registerWatchlistConvert(watchlist: Command): void {
  watchlist
    .command('convert')
    .description('convert a published list (OFAC SDN, UN, EU FSF, OpenSanctions FtM, any CSV, native) to the native JSON Lines format')
    .addOption(new Option('--from <format>', 'format of the input').choices(SOURCE_FORMATS).makeOptionMandatory())
    .option('-o, --out <file>', 'output file (default stdout); written whole, then renamed into place')
    .option('--hmac-key <hex>', 'write the keyed-hash form (identifiers as HMAC-SHA256 of their canonical value), at least 32 hex digits')
    .option(
      '--source <name>',
      'source of every entry and prefix of its id (defaults: ofac-sdn, un-sc, eu-fsf, opensanctions; csv: the file name; native: kept)',
    )
    .option(
      '--map <field=column,…>',
      `csv: which column holds what, by header or #position (repeatable); fields: ${CSV_FIELDS.join(', ')}`,
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--kind <kind>', 'csv: kind of the rows without a kind (person, organisation, merchant)')
    .option('--delimiter <char>', 'csv: field delimiter (default ","; "tab" for tabs)')
    .option('--separator <char>', 'csv: between several values in one cell (default ";")')
    .option('--no-header', 'csv: the first row is data (name columns #1, #2, …)')
    .argument('<path...>', 'input files (ofac-sdn-csv: the folder holding sdn.csv, alt.csv, add.csv and sdn_comments.csv)')
    .action(async (paths: string[], o: ConvertFlags) => {
      process.exitCode = await watchlistConvert(paths, o);
    });
}
