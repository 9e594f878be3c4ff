/**
 * Reading a configured list source again: a local file (or folder) is hashed, a URL is fetched conditionally
 * (If-None-Match / If-Modified-Since with the validators of the last fetch), so a source that did not change costs
 * a hash or a 304 and no conversion. What comes back is the local paths its reader takes, and the SHA-256 of what
 * was read, by which an unchanged source is recognised whatever the server says.
 *
 * A URL of the OFAC CSV set names its main file (sdn.csv or cons_prim.csv); the other files of the set are fetched
 * from beside it, as the publisher serves them, into one folder for the reader.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AppError } from '../errors/app-error';
import type { FetchValidators } from '../model/watchlist';
import type { SourceFormat } from './sources/types';

export interface SourceLocation {
  readonly label: string;
  readonly format: SourceFormat;
  readonly path?: string;
  readonly url?: string;
}

export type FetchOutcome =
  | { readonly changed: false; readonly validators: FetchValidators }
  | { readonly changed: true; readonly paths: readonly string[]; readonly validators: FetchValidators };

/** A list larger than this is refused rather than filling the disk (the largest public lists are a few hundred MB). */
export const MAX_SOURCE_BYTES = 2 * 1024 ** 3;
/** The whole transfer of one file; a list server that stops sending is given up on. */
const FETCH_TIMEOUT_MS = 10 * 60_000;

const OFAC_SETS: readonly { main: string; files: readonly { name: string; optional?: boolean }[] }[] = [
  { main: 'sdn.csv', files: [{ name: 'sdn.csv' }, { name: 'alt.csv' }, { name: 'add.csv' }, { name: 'sdn_comments.csv', optional: true }] },
  {
    main: 'cons_prim.csv',
    files: [{ name: 'cons_prim.csv' }, { name: 'cons_alt.csv' }, { name: 'cons_add.csv' }, { name: 'cons_comments.csv', optional: true }],
  },
];

function unreadable(label: string, reason: string, cause?: unknown): AppError {
  return new AppError('WATCHLIST_UNREADABLE', `${label}: ${reason}`, cause === undefined ? {} : { cause });
}

/**
 * Reads the source as it is now. `previous`: the validators of the last fetch that was converted; without them (or
 * `force`) everything is fetched. Downloads go to `stagingDir` (the caller removes it).
 */
export async function fetchSource(source: SourceLocation, previous: FetchValidators | undefined, stagingDir: string): Promise<FetchOutcome> {
  if (source.url !== undefined) return fetchUrl(source, source.url, previous, stagingDir);
  const file = source.path!;
  const sha256 = await digestOfPath(source.label, file);
  if (previous !== undefined && previous.sha256 === sha256) return { changed: false, validators: previous };
  return { changed: true, paths: [file], validators: { sha256 } };
}

/** SHA-256 of a file, or of every file of a folder in name order (the OFAC CSV set). */
async function digestOfPath(label: string, given: string): Promise<string> {
  let stat;
  try {
    stat = await fs.stat(given);
  } catch (e) {
    throw unreadable(label, `${given}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, e);
  }
  const hash = createHash('sha256');
  const files = stat.isDirectory() ? (await fs.readdir(given)).sort().map((n) => path.join(given, n)) : [given];
  for (const f of files) {
    if (stat.isDirectory() && !(await fs.stat(f)).isFile()) continue;
    hash.update(path.basename(f)).update('\0');
    try {
      for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    } catch (e) {
      throw unreadable(label, `${f}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}`, e);
    }
  }
  return hash.digest('hex');
}

interface Part {
  readonly name: string;
  readonly url: string;
  readonly optional: boolean;
}

function partsOf(source: SourceLocation, url: string): Part[] {
  if (source.format !== 'ofac-sdn-csv') return [{ name: path.posix.basename(new URL(url).pathname) || 'list', url, optional: false }];
  const u = new URL(url);
  const base = path.posix.basename(u.pathname).toLowerCase();
  const set = OFAC_SETS.find((s) => s.main === base);
  if (set === undefined) throw new AppError('CONFIG_INVALID', `${source.label}: an ofac-sdn-csv URL names the set's main file (…/sdn.csv or …/cons_prim.csv)`);
  return set.files.map((f) => ({ name: f.name, url: new URL(f.name, u).toString(), optional: f.optional === true }));
}

/** fetch() refuses URLs with user info: it goes into an Authorization header instead. */
function requestOf(url: string): { url: string; headers: Record<string, string> } {
  const u = new URL(url);
  if (u.username === '' && u.password === '') return { url, headers: {} };
  const basic = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
  u.username = '';
  u.password = '';
  return { url: u.toString(), headers: { authorization: `Basic ${basic}` } };
}

async function fetchUrl(source: SourceLocation, url: string, previous: FetchValidators | undefined, stagingDir: string): Promise<FetchOutcome> {
  const parts = partsOf(source, url);
  // First ask, with the last validators, whether anything changed: one 304 per file and nothing downloaded.
  if (previous?.files !== undefined) {
    let unchanged = true;
    for (const p of parts) {
      const v = previous.files[p.name];
      if (v === undefined || (v.etag === undefined && v.lastModified === undefined)) {
        unchanged = false;
        break;
      }
      const res = await get(source.label, p.url, {
        ...(v.etag ? { 'if-none-match': v.etag } : {}),
        ...(v.lastModified ? { 'if-modified-since': v.lastModified } : {}),
      });
      await res.body?.cancel();
      if (res.status !== 304) {
        unchanged = false;
        break;
      }
    }
    if (unchanged) return { changed: false, validators: previous };
  }
  await fs.mkdir(stagingDir, { recursive: true, mode: 0o700 });
  const hash = createHash('sha256');
  const files: Record<string, { etag?: string; lastModified?: string }> = {};
  const paths: string[] = [];
  for (const p of parts) {
    const res = await get(source.label, p.url, {});
    if (res.status === 404 && p.optional) {
      await res.body?.cancel();
      continue;
    }
    if (res.status !== 200 || res.body === null) {
      await res.body?.cancel();
      throw unreadable(source.label, `${redacted(p.url)} answered HTTP ${res.status}`);
    }
    const file = path.join(stagingDir, p.name);
    hash.update(p.name).update('\0');
    await download(source.label, p.url, res, file, hash);
    const etag = res.headers.get('etag') ?? undefined;
    const lastModified = res.headers.get('last-modified') ?? undefined;
    files[p.name] = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    paths.push(file);
  }
  const sha256 = hash.digest('hex');
  const validators: FetchValidators = { sha256, files };
  if (previous !== undefined && previous.sha256 === sha256) return { changed: false, validators };
  // The OFAC set is read from its folder; every other reader takes its one file.
  return { changed: true, paths: source.format === 'ofac-sdn-csv' ? [stagingDir] : paths, validators };
}

async function get(label: string, url: string, headers: Record<string, string>): Promise<Response> {
  const req = requestOf(url);
  try {
    return await fetch(req.url, { headers: { ...req.headers, ...headers }, redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause;
    throw unreadable(label, `${redacted(url)}: ${cause?.code ?? (e as Error).name ?? 'fetch failed'}`, e);
  }
}

async function download(label: string, url: string, res: Response, file: string, hash: ReturnType<typeof createHash>): Promise<void> {
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > MAX_SOURCE_BYTES) return done(unreadable(label, `${redacted(url)}: larger than ${MAX_SOURCE_BYTES} bytes`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream), count, createWriteStream(file, { mode: 0o600 }));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw unreadable(label, `${redacted(url)}: the transfer failed (${(e as NodeJS.ErrnoException).code ?? (e as Error).name})`, e);
  }
}

/** A URL as it may be logged: no user info, no query (either may carry a secret). */
export function redacted(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}
