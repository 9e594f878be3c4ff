/**
 * Published lists → the native format: one reader (and mapper) per format, each a stream of native entries with
 * their source (types.ts), and the conversion that checks and writes them (convert.ts). docs/lists.md.
 */
export { SOURCE_FORMATS, DropTally } from './types';
export type { SourceFormat, SourceItem, SourceReader, ReadContext } from './types';
export { readerFor } from './registry';
export { convertList } from './convert';
export type { ConvertOptions, ConvertSummary } from './convert';
export { parseCsvMapping, CSV_FIELDS } from './csv-mapped';
export type { CsvMapping } from './csv-mapped';
