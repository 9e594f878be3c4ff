/**
 * WATCHLIST: the list sources of the gateway, comma-separated. Each is `FORMAT:PATH` or `FORMAT:URL` (FORMAT one of
 * the readers' names: ofac-sdn-csv, ofac-sdn-xml, un-xml, eu-fsf-xml, ftm, csv, native), or a bare path (or URL) of
 * a list in the native format. One bare path alone is the list itself, as it always was: a bad entry stops the start
 * with its line. Several sources are each converted by their reader (a bad record is left out with its place) and
 * merged into one list; its version covers them all.
 */
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { SOURCE_FORMATS, type SourceFormat } from '../model/watchlist';

export interface WatchlistSourceSpec {
  /** How the source is named in GET /v1/watchlist, /metrics, logs and audit: format and file name or host/path. */
  readonly label: string;
  readonly format: SourceFormat;
  /** A local file or folder (ofac-sdn-csv: the folder of the set). */
  readonly path?: string;
  /** An http(s) URL, fetched with If-None-Match / If-Modified-Since on every refresh. */
  readonly url?: string;
}

export interface WatchlistSources {
  readonly sources: readonly WatchlistSourceSpec[];
  /** One bare native file: loaded as it is, strictly (the list the gateway always took). */
  readonly single: boolean;
}

const URL_PATTERN = /^https?:\/\//i;

function labelOf(format: SourceFormat, location: string, isUrl: boolean): string {
  if (!isUrl) return `${format}:${path.basename(location.replace(/[\\/]+$/, '')) || location}`;
  const u = new URL(location);
  return `${format}:${u.host}${u.pathname}`;
}

function checkUrl(text: string, item: string): string {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new AppError('CONFIG_INVALID', `Invalid configuration: WATCHLIST: "${item}" is not a valid URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new AppError('CONFIG_INVALID', `Invalid configuration: WATCHLIST: "${item}": only http and https URLs`);
  return u.toString();
}

export function parseWatchlistSources(text: string, cwd: string): WatchlistSources {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0) throw new AppError('CONFIG_INVALID', 'Invalid configuration: WATCHLIST: no source given');
  const sources: WatchlistSourceSpec[] = [];
  let bare = 0;
  for (const item of items) {
    const m = /^([a-z0-9-]+):(.+)$/.exec(item);
    let format: SourceFormat = 'native';
    let location = item;
    if (m !== null && (SOURCE_FORMATS as readonly string[]).includes(m[1]!)) {
      format = m[1] as SourceFormat;
      location = m[2]!.trim();
    } else if (m !== null && !URL_PATTERN.test(item) && !/^[A-Za-z]$/.test(m[1]!) && !item.startsWith('.') && !item.startsWith('/')) {
      throw new AppError(
        'CONFIG_INVALID',
        `Invalid configuration: WATCHLIST: "${item}": unknown format "${m[1]}" (formats: ${SOURCE_FORMATS.join(', ')}; a bare path is a native list)`,
      );
    } else {
      bare++;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !URL_PATTERN.test(location)) {
      throw new AppError('CONFIG_INVALID', `Invalid configuration: WATCHLIST: "${item}": only http and https URLs`);
    }
    const isUrl = URL_PATTERN.test(location);
    const spec = isUrl ? { format, url: checkUrl(location, item) } : { format, path: path.resolve(cwd, location) };
    let label = labelOf(format, isUrl ? spec.url! : location, isUrl);
    for (let n = 2; sources.some((s) => s.label === label); n++) label = `${labelOf(format, isUrl ? spec.url! : location, isUrl)}#${n}`;
    sources.push({ label, ...spec });
  }
  return { sources, single: sources.length === 1 && bare === 1 && sources[0]!.path !== undefined };
}
