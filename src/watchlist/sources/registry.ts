/** Format name → reader. Adding a format: a reader in this folder and one line here (docs/lists.md). */
import { AppError } from '../../errors/app-error';
import { csvMappedReader, type CsvMapping } from './csv-mapped';
import { readEuFsfXml } from './eu-fsf-xml';
import { readFtm } from './ftm';
import { readNative } from './native';
import { readOfacSdnCsv } from './ofac-sdn-csv';
import { readOfacSdnXml } from './ofac-sdn-xml';
import type { SourceFormat, SourceReader } from './types';
import { readUnXml } from './un-xml';

const READERS: Readonly<Record<Exclude<SourceFormat, 'csv'>, SourceReader>> = {
  'ofac-sdn-csv': readOfacSdnCsv,
  'ofac-sdn-xml': readOfacSdnXml,
  'un-xml': readUnXml,
  'eu-fsf-xml': readEuFsfXml,
  ftm: readFtm,
  native: readNative,
};

/** The reader of a format; `csv` needs its column mapping. */
export function readerFor(format: SourceFormat, csv?: CsvMapping): SourceReader {
  if (format !== 'csv') return READERS[format];
  if (csv === undefined) throw new AppError('CONFIG_INVALID', '--from csv needs a column mapping (--map id=COLUMN,name=COLUMN,…)');
  return csvMappedReader(csv);
}
