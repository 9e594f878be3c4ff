/**
 * The list's history as the API answers it: the versions that became active (with the counts of their diff) and
 * the entries each added, removed or changed. zod schemas, so the route, the page and the API description share
 * one shape (GET /v1/watchlist/changes).
 */
import { z } from 'zod';

/** The published list formats a WATCHLIST source may name (FORMAT:PATH); each has a reader in watchlist/sources/. */
export const SOURCE_FORMATS = ['ofac-sdn-csv', 'ofac-sdn-xml', 'un-xml', 'eu-fsf-xml', 'ftm', 'csv', 'native'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const count = z.number().int().min(0);
const isoTime = z.iso.datetime({ offset: true });

/** A list entry as the native format holds it (docs/screening.md, Watchlist format). */
export const listEntry = z.object({
  id: z.string(),
  kind: z.enum(['organisation', 'person', 'merchant']),
  names: z.array(z.string()).readonly(),
  identifiers: z
    .array(
      z.object({
        type: z.enum(['iban', 'account', 'bic', 'proxy', 'domain', 'url', 'email', 'phone', 'lei', 'crypto']),
        value: z.string().optional(),
        hmac: z.string().optional(),
        issuer: z.string().optional(),
      }),
    )
    .readonly(),
  addresses: z
    .array(z.object({ country: z.string().optional(), lines: z.array(z.string()).readonly().optional() }))
    .readonly()
    .optional(),
  source: z.string().optional(),
  verifiedBy: z.string().optional(),
  listedAt: z.string().optional(),
  updatedAt: z.string().optional(),
  expiresAt: z.string().nullable().optional(),
});

export const listOrigin = z.enum(['config', 'refresh', 'api']);

export const listVersion = z.object({
  version: z.string(),
  /** The version it replaced; null for the first list this Redis has seen. */
  previous: z.string().nullable(),
  /** When it became active. */
  at: isoTime,
  /** config: read from WATCHLIST at a start; refresh: the sources read again on schedule; api: PUT /v1/watchlist or `watchlist import`. */
  origin: listOrigin,
  entries: count,
  /** Its diff against the previous version (null without one, or when the previous list could not be read). */
  counts: z.object({ added: count, removed: count, changed: count }).nullable(),
  /** Changes kept for GET /v1/watchlist/changes: all of them unless `truncated` (a whole list replaced at once). */
  changesKept: count,
  truncated: z.boolean(),
});

export const listChange = z.object({
  /** Orders all changes of all versions; the page cursor. */
  seq: z.number().int().min(1),
  /** The version that made the change. */
  version: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  entryId: z.string(),
  source: z.string().optional(),
  /** The entry as the version has it (removed: as it was before). */
  entry: listEntry,
  /** changed: the entry as it was before. */
  previous: listEntry.optional(),
});

/** GET /v1/watchlist/changes?since=VERSION: what changed after `since`, up to the active version. */
export const watchlistChanges = z.object({
  since: z.string(),
  version: z.string(),
  /** The versions after `since`, oldest first. */
  versions: z.array(listVersion),
  changes: z.array(listChange),
  /** Cursor of the next page, or null. */
  next: z.string().nullable(),
});

export type ListVersion = z.infer<typeof listVersion>;
export type ListChange = z.infer<typeof listChange>;
export type ListOrigin = z.infer<typeof listOrigin>;
export type WatchlistChanges = z.infer<typeof watchlistChanges>;

/** The refresh state of one configured source, as GET /v1/watchlist shows it. */
export const sourceStatus = z.object({
  label: z.string(),
  format: z.string(),
  /** The file, or the URL without user info or query. */
  location: z.string(),
  entries: count.nullable(),
  /** When the source was last read cleanly (null: never). */
  lastGoodAt: isoTime.nullable(),
  lastRefresh: z
    .object({
      at: isoTime,
      outcome: z.enum(['updated', 'unchanged', 'failed', 'refused']),
      reason: z.string().optional(),
      entries: count.optional(),
      removed: count.optional(),
      skipped: count.optional(),
    })
    .nullable(),
});

export type SourceStatus = z.infer<typeof sourceStatus>;

/** GET /v1/watchlist: the active version, how old what it holds is, and how each source fared at its last refresh. */
export const watchlistStatus = z.object({
  version: z.string(),
  entries: count,
  origin: listOrigin,
  loadedAt: isoTime,
  previous: z.string().nullable(),
  /** Seconds since the oldest of the sources was last read cleanly (an API list: since it was set). */
  ageSeconds: count,
  refresh: z.object({ everyMs: count.nullable(), lastAt: isoTime.nullable() }),
  sources: z.array(sourceStatus),
});

export type WatchlistStatus = z.infer<typeof watchlistStatus>;

/** What the last successful fetch of a source left behind, to ask the server whether anything changed since. */
export interface FetchValidators {
  readonly sha256: string;
  /** Per file of the source (its name): the server's ETag and Last-Modified. */
  readonly files?: Readonly<Record<string, { etag?: string; lastModified?: string }>>;
}

export type SourceOutcome = 'updated' | 'unchanged' | 'failed' | 'refused';

/** What the gateway knows of one source, shared by every instance (the one that refreshes next starts from it). */
export interface SourceRecord {
  readonly label: string;
  /** The reading the list is made of now: the validators of the bytes read, and their conversion. */
  readonly current?: {
    readonly validators: FetchValidators;
    readonly file: string;
    readonly entries: number;
    readonly skipped: number;
    readonly at: string;
  };
  /** The last attempt to read it, successful or not. */
  readonly last?: {
    readonly at: string;
    readonly outcome: SourceOutcome;
    readonly reason?: string;
    readonly entries?: number;
    readonly removed?: number;
    readonly skipped?: number;
  };
  /** When it was last read cleanly (updated or unchanged): the age of what the gateway screens against. */
  readonly lastGoodAt?: string;
}
