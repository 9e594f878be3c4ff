/**
 * The native watchlist format (docs/screening.md, Watchlist format): a JSON array of entries, or JSON Lines (one entry per line),
 * told apart by the first non-blank character. Every entry is validated; the first problem stops the parse
 * with AppError('WATCHLIST_INVALID', '<file>:<line>: <reason>') so a bad file stops the gateway's start.
 */
import { AppError } from '../errors/app-error';
import { IdSet } from './id-set';
import type { WatchlistEntry } from '../screening/types';
import { EntryProblem, validateEntry, type ValidateOptions } from './validate-entry';

export interface ParseOptions {
  /** Named in error messages; default 'watchlist'. */
  readonly fileName?: string;
}

export type WatchlistFormat = 'json' | 'jsonl';

export function detectFormat(text: string): WatchlistFormat {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' ? 'json' : 'jsonl';
}

export function invalid(file: string, line: number, reason: string, path?: string): AppError {
  return new AppError('WATCHLIST_INVALID', `${file}:${line}: ${reason}`, { line, ...(path !== undefined && path !== '' ? { path } : {}) });
}

/** Checks an entry and that its id was not seen before; converts problems to the file:line error. */
export class EntryChecker {
  /** Ids seen: a flat hash table over one column takes a million ids in half the time of a Set. */
  private readonly ids = new IdSet();
  constructor(
    private readonly file: string,
    private readonly options: ValidateOptions = {},
  ) {}

  check(raw: unknown, line: number): WatchlistEntry {
    let entry: WatchlistEntry;
    try {
      entry = validateEntry(raw, this.options);
    } catch (e) {
      if (e instanceof EntryProblem) throw invalid(this.file, line, e.path === '' ? e.message : `${e.path}: ${e.message}`, e.path);
      throw e;
    }
    if (!this.ids.add(entry.id)) throw invalid(this.file, line, `id: duplicate id "${entry.id}"`, 'id');
    return entry;
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The position JSON.parse reports in its message, if any. */
function syntaxErrorOffset(e: unknown): number | undefined {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  return m ? Number(m[1]) : undefined;
}

/** Offsets of the top-level elements of a JSON array text (skipping strings), to give each entry its line. */
function arrayElementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (expectElement && depth === 1 && !/\s/.test(c) && c !== ']') {
      offsets.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return offsets;
}

/** The elements of a JSON array text, each with the line it starts on; a syntax error is a file:line error. */
export function jsonArrayElements(text: string, file: string): { value: unknown; line: number }[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const offset = syntaxErrorOffset(e);
    throw invalid(file, offset === undefined ? 1 : lineAt(text, offset), 'not valid JSON');
  }
  if (!Array.isArray(data)) throw invalid(file, 1, 'a JSON watchlist must be an array of entries');
  const offsets = arrayElementOffsets(text);
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  for (const off of offsets) {
    for (; pos < off; pos++) if (text.charCodeAt(pos) === 10) line++;
    lines.push(line);
  }
  return (data as unknown[]).map((value, i) => ({ value, line: lines[i] ?? 1 }));
}

function parseJsonArray(text: string, file: string): WatchlistEntry[] {
  const checker = new EntryChecker(file);
  return jsonArrayElements(text, file).map((e) => checker.check(e.value, e.line));
}

function parseJsonLines(text: string, file: string): WatchlistEntry[] {
  const checker = new EntryChecker(file);
  const entries: WatchlistEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\uFEFF/, '').trim();
    if (line.length === 0) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw invalid(file, i + 1, 'not valid JSON');
    }
    entries.push(checker.check(raw, i + 1));
  }
  return entries;
}

export function parseWatchlist(text: string, options: ParseOptions = {}): WatchlistEntry[] {
  const file = options.fileName ?? 'watchlist';
  const body = text.replace(/^\uFEFF/, '');
  return detectFormat(body) === 'json' ? parseJsonArray(body, file) : parseJsonLines(body, file);
}
