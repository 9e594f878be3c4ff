/**
 * Which watchlist is active, and changing it. Every gateway instance on one Redis serves the same version: the one
 * recorded as active there. A new version comes from the configured sources (WATCHLIST, read at a start and, with
 * WATCHLIST_REFRESH, again on schedule) or from an administrator (PUT /v1/watchlist, `chokepoint watchlist import`).
 * The instance that makes it active builds its index, diffs it against the version it replaces, records both (the
 * changes for GET /v1/watchlist/changes and the audit trail), swaps its screening snapshot in one assignment and
 * announces it; the others load the announced file and swap the same way (and poll, in case they missed it).
 *
 * Reading the sources is single-writer: under a lease, so that several instances never each fetch and each build a
 * different version. Which list wins at a start: the one set through the API, unless the configured sources have
 * changed since it was set (then the operator's sources are the newer intent).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DecisionPolicy, WatchlistEntry } from '../screening/types';
import type { AnnouncementChannel } from '../model/announcements';
import type { ActiveWatchlist } from '../model/records';
import type { AuditTrail } from '../model/audit';
import type { ListChange, ListOrigin, SourceRecord, SourceStatus, WatchlistChanges, WatchlistStatus } from '../model/watchlist';
import { VERSIONS_KEPT, type WatchlistStore } from '../store/watchlist-store';
import { AppError } from '../errors/app-error';
import { type LoadedWatchlist, indexCacheDir, readWatchlistFile } from '../watchlist/read-file';
import { diffLists, type ListDiff } from '../watchlist/diff';
import { redacted, type SourceLocation } from '../watchlist/fetch-source';
import { pruneListFiles, readable, versionFile, watchlistsDir } from '../watchlist/list-files';
import type { PlausibilityLimits } from '../watchlist/plausibility';
import { materialise, type Materialised } from '../watchlist/source-set';
import type { CsvMapping } from '../watchlist/sources/csv-mapped';
import type { ScreeningService } from './screening-service';

/** The configured sources (WATCHLIST) as the service reads them. */
export interface ListSources {
  readonly sources: readonly SourceLocation[];
  /** One bare native file: taken as it is, strictly validated. */
  readonly single: boolean;
  readonly csv?: CsvMapping;
}

/** What a new version changed, for the use cases that act on it (rescreening). */
export interface ListChangeEvent {
  readonly version: string;
  readonly previous: string;
  readonly at: string;
  readonly diff: ListDiff;
}

/** A lease held by one instance at a time (store/lease.ts). */
export interface SingleWriter {
  hold(): Promise<boolean>;
  release(): Promise<void>;
}

/** Changes per audit event: a list replaced wholesale is recorded in many events rather than one huge one. */
const AUDIT_IDS_PER_EVENT = 1000;
/** How often an instance checks the active version in Redis, in case it missed an announcement (pub/sub keeps nothing). */
const FOLLOW_POLL_MS = 15_000;
/** The lease is renewed this often while a refresh or a start reads the sources (its time to live is 3×). */
const LEASE_RENEW_MS = 10_000;
/** A start waits this long for another instance that is reading the sources. */
const START_LEASE_WAIT_MS = 15 * 60_000;
/** List files kept besides the active and the previous version's: the newest few, for a quick way back. */
const LIST_FILES_KEPT = 4;

/**
 * For the log, how this instance came by the index: 'restored from the index cache', or 'built (<why the cache was
 * not used>)'. Not part of ActiveWatchlist, which is shared with the other instances through Redis.
 */
function indexOrigin(l: LoadedWatchlist): string | undefined {
  if (!l.cache) return undefined;
  return l.cache.outcome === 'hit' ? 'restored from the index cache' : `built (index cache ${l.cache.outcome}${l.cache.reason ? `: ${l.cache.reason}` : ''})`;
}

export interface WatchlistDeps {
  store: WatchlistStore;
  /** Lists made active by any instance, this one included. */
  announcements: AnnouncementChannel<ActiveWatchlist>;
  audit: AuditTrail;
  /** The lease of reading the sources. */
  lease: SingleWriter;
  policy: DecisionPolicy;
  hmacKey?: Uint8Array;
  dataDir: string;
  sources: ListSources;
  /** Plausibility limits of a scheduled refresh. */
  checks: PlausibilityLimits;
  refreshEveryMs?: number;
  now: () => Date;
  log: (level: 'info' | 'warn', msg: string, data?: Record<string, unknown>) => void;
  onLoaded?: (a: ActiveWatchlist, index: string | undefined) => void;
  /** A version this instance made active changed entries of the one before (rescreening acts on it). */
  onChanged?: (e: ListChangeEvent) => Promise<void>;
}

export class WatchlistService {
  private active?: ActiveWatchlist;
  private screening?: ScreeningService;
  /**
   * Version the configured sources gave at their last reading (by this instance; an upload takes the last reading by
   * any instance, which Redis keeps).
   */
  private configuredVersion?: string;
  private following?: string;
  private pollTimer?: NodeJS.Timeout;
  /** Identifies the WATCHLIST configuration (its sources in order). */
  private readonly sourcesId: string;

  constructor(private readonly d: WatchlistDeps) {
    this.sourcesId = createHash('sha256')
      .update(d.sources.sources.map((s) => `${s.format}:${s.path ?? s.url}`).join('\n'))
      .digest('hex')
      .slice(0, 16);
  }

  /** At start: read the sources (under the lease), decide which list is active, index it. Throws on a bad list. */
  async loadInitial(): Promise<{ snapshot: Parameters<ScreeningService['replace']>[0]; active: ActiveWatchlist }> {
    const m = await this.withLease(() => this.readSources(undefined), START_LEASE_WAIT_MS);
    if (m === undefined) throw new AppError('NOT_READY', 'another instance has been reading the watchlist sources for too long');
    if (m.list === undefined) throw new AppError('WATCHLIST_UNREADABLE', `WATCHLIST: ${m.unread.join('; ')}`);
    await this.d.store.setSourceRecords(m.records);
    const configured = m.list;
    this.configuredVersion = configured.version;
    await this.d.store.setConfiguredVersion(configured.version);
    const stored = await this.d.store.active();
    let file = configured.file;
    let origin: ListOrigin = 'config';
    if (stored !== undefined && stored.origin === 'api' && stored.configuredVersion === configured.version && (await readable(stored.file))) {
      file = stored.file;
      origin = 'api';
    } else if (stored !== undefined && stored.version === configured.version) {
      origin = stored.origin;
    }
    const cacheDir = indexCacheDir(this.d.dataDir);
    let loaded: LoadedWatchlist;
    try {
      loaded = await readWatchlistFile(file, this.d.hmacKey, cacheDir, this.named(file === configured.file));
    } catch (e) {
      if (file === configured.file) throw e;
      this.d.log('warn', 'the list set through the API could not be loaded; the configured sources are', {
        version: stored?.version,
        err: (e as Error).message,
      });
      file = configured.file;
      origin = 'config';
      loaded = await readWatchlistFile(file, this.d.hmacKey, cacheDir, this.named(true));
    }
    if (stored !== undefined && stored.version === loaded.version) {
      this.active = { ...stored, file, origin, loadedAt: this.d.now().toISOString() };
      this.d.onLoaded?.(this.active, indexOrigin(loaded));
    } else {
      await this.commit(loaded, file, origin, stored, stored !== undefined && (await readable(stored.file)) ? diffLists(stored.file, file) : undefined);
    }
    return { snapshot: { screener: loaded.screener, policy: this.d.policy }, active: this.active! };
  }

  /** The screening service built from loadInitial's snapshot: later swaps go to it. */
  attach(screening: ScreeningService): void {
    this.screening = screening;
  }

  info(): ActiveWatchlist | undefined {
    return this.active;
  }

  /**
   * Reads the sources again (if no other instance is doing so) and makes the result active when it differs.
   * Each source is taken only when it reads cleanly and passes the plausibility checks; otherwise it keeps its last
   * good reading. Returns undefined when another instance holds the lease (or, with `ifDueMs`, refreshed more
   * recently than that).
   */
  async refresh(o: { ifDueMs?: number } = {}): Promise<{ version: string; changed: boolean; sources: SourceRecord[] } | undefined> {
    return this.withLease(async () => {
      const at = this.d.now();
      // Another instance may have refreshed between this one's check and its taking the lease.
      if (o.ifDueMs !== undefined && at.getTime() - ((await this.d.store.refreshedAt()) ?? 0) < o.ifDueMs) return undefined;
      await this.d.store.markRefreshed(at.getTime());
      const before = await this.d.store.sourceRecords();
      const m = await this.readSources(this.d.checks, before);
      let records = [...m.records];
      const current = (await this.d.store.active()) ?? this.active;
      let changed = false;
      let stored: readonly SourceRecord[] | undefined;
      if (m.list !== undefined) {
        this.configuredVersion = m.list.version;
        await this.d.store.setConfiguredVersion(m.list.version);
        const same =
          current !== undefined && (current.version === m.list.version || (current.origin === 'api' && current.configuredVersion === m.list.version));
        if (!same) {
          // Which step failed names the reason: a list that does not load is the sources' fault, a commit that fails
          // (Redis, the disk) is not, and an operator reading the source records must be able to tell them apart.
          let step = 'the list did not load';
          try {
            const diff = current !== undefined && (await readable(current.file)) ? diffLists(current.file, m.list.file) : undefined;
            const loaded = await readWatchlistFile(m.list.file, this.d.hmacKey, indexCacheDir(this.d.dataDir), {
              whileServing: this.screening !== undefined,
              ...this.named(true),
            });
            step = 'the list loaded but could not be made active';
            // The sources' records first: GET /v1/watchlist must never show the new version beside the readings it
            // replaced. Should the commit then fail, the next refresh finds the list still differing and commits it.
            await this.d.store.setSourceRecords(records);
            stored = records;
            await this.commit(loaded, m.list.file, 'refresh', current, diff);
            changed = true;
          } catch (e) {
            // Nothing changes: the sources keep their last good reading and the active version stays.
            const reason = `${step}: ${(e as Error).message}`;
            records = records.map((r) =>
              r.last?.outcome === 'updated' ? { ...(before.get(r.label) ?? { label: r.label }), last: { ...r.last, outcome: 'failed', reason } } : r,
            );
          }
        }
      }
      // (Written already before a commit, unless a failure marked them since.)
      if (stored !== records) await this.d.store.setSourceRecords(records);
      const version = this.active?.version ?? current?.version ?? '';
      const sources = records.map((r) => ({ label: r.label, ...r.last }));
      const problems = records.filter((r) => r.last?.outcome === 'failed' || r.last?.outcome === 'refused');
      this.d.log(
        problems.length > 0 ? 'warn' : 'info',
        problems.length > 0 ? 'watchlist refresh: a source was kept at its last good reading' : 'watchlist refresh',
        { version, changed, sources },
      );
      await this.d.audit.record({ type: 'watchlist-refresh', at: at.toISOString(), actor: 'gateway', data: { version, changed, sources } });
      return { version, changed, sources: records };
    }, 0);
  }

  /**
   * PUT /v1/watchlist, `chokepoint watchlist import`: validate, store, make active here and announce to the other
   * instances. The upload is staged as a file and loaded entirely in a worker thread (build-thread.ts), index cache
   * included: indexing a large list on this thread would stall every request for as long. Errors name `fileName` (an
   * upload: 'upload'; an import: the operator's full path) and the line.
   */
  async replace(text: string | Buffer, fileName = 'upload'): Promise<ActiveWatchlist> {
    const dir = watchlistsDir(this.d.dataDir);
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const incoming = await fs.mkdtemp(path.join(dir, '.incoming-'));
    try {
      const staged = path.join(incoming, path.basename(fileName) || 'upload');
      await fs.writeFile(staged, text, { mode: 0o600 });
      const loaded = await readWatchlistFile(staged, this.d.hmacKey, indexCacheDir(this.d.dataDir), { whileServing: true, displayName: fileName });
      const file = versionFile(this.d.dataDir, loaded.version);
      await fs.rename(staged, file);
      const current = (await this.d.store.active()) ?? this.active;
      if (current !== undefined && current.version === loaded.version) {
        // The same list again: nothing changes, but this instance serves what it was given.
        this.screening?.replace({ screener: loaded.screener, policy: this.d.policy });
        return current;
      }
      // The upload stays until the configured sources change: it records what they gave at their last reading by any
      // instance. This instance's own last reading may be older (another instance refreshed since), and a refresh
      // that found the sources as they were would then take the upload for older than a change and replace it.
      this.configuredVersion = (await this.d.store.configuredVersion()) ?? this.configuredVersion;
      await this.commit(loaded, file, 'api', current, current !== undefined && (await readable(current.file)) ? diffLists(current.file, file) : undefined);
      return this.active!;
    } finally {
      await fs.rm(incoming, { recursive: true, force: true });
    }
  }

  /**
   * Records a loaded list as the active version: its diff against the version it replaces (computed meanwhile),
   * the version and its changes, the audit trail; then this instance swaps to it and the others are told.
   */
  private async commit(
    loaded: LoadedWatchlist,
    file: string,
    origin: ListOrigin,
    previous: ActiveWatchlist | undefined,
    diffing: Promise<ListDiff> | undefined,
  ): Promise<void> {
    const at = this.d.now().toISOString();
    let diff: ListDiff | undefined;
    try {
      diff = await diffing;
    } catch (e) {
      this.d.log('warn', 'the previous list could not be read to diff against', { previous: previous?.version, err: (e as Error).message });
    }
    const changes: Omit<ListChange, 'seq' | 'version'>[] = [];
    if (diff !== undefined) {
      for (const e of diff.added) changes.push({ change: 'added', entryId: e.id, ...src(e), entry: e });
      for (const e of diff.removed) changes.push({ change: 'removed', entryId: e.id, ...src(e), entry: e });
      for (const c of diff.changed) changes.push({ change: 'changed', entryId: c.entry.id, ...src(c.entry), entry: c.entry, previous: c.previous });
    }
    const active: ActiveWatchlist = {
      version: loaded.version,
      file,
      entries: loaded.entries,
      origin,
      configuredVersion: this.configuredVersion ?? previous?.configuredVersion ?? loaded.version,
      sources: this.sourcesId,
      ...(previous !== undefined ? { previous: previous.version } : {}),
      loadedAt: at,
    };
    const counts = diff === undefined ? null : { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
    await this.d.store.commitVersion(
      active,
      { version: active.version, previous: previous?.version ?? null, at, origin, entries: active.entries, counts },
      changes,
    );
    this.screening?.replace({ screener: loaded.screener, policy: this.d.policy });
    this.active = active;
    await this.d.announcements.announce(active);
    this.d.onLoaded?.(active, indexOrigin(loaded));
    await this.auditChanges(active, counts, changes, at);
    if (diff !== undefined && previous !== undefined && changes.length > 0) {
      await this.d
        .onChanged?.({ version: active.version, previous: previous.version, at, diff })
        .catch((e) => this.d.log('warn', 'acting on the list change failed', { version: active.version, err: (e as Error).message }));
    }
    await pruneListFiles(watchlistsDir(this.d.dataDir), [file, ...(previous !== undefined ? [previous.file] : [])], LIST_FILES_KEPT);
  }

  /** One event with the counts and the first ids, more events for the rest: every changed id is in the trail. */
  private async auditChanges(
    a: ActiveWatchlist,
    counts: { added: number; removed: number; changed: number } | null,
    changes: readonly Omit<ListChange, 'seq' | 'version'>[],
    at: string,
  ): Promise<void> {
    const parts = Math.max(1, Math.ceil(changes.length / AUDIT_IDS_PER_EVENT));
    for (let p = 0; p < parts; p++) {
      const slice = changes.slice(p * AUDIT_IDS_PER_EVENT, (p + 1) * AUDIT_IDS_PER_EVENT);
      const ids = (kind: ListChange['change']) => slice.filter((c) => c.change === kind).map((c) => c.entryId);
      await this.d.audit.record({
        type: 'watchlist-changed',
        at,
        actor: 'gateway',
        data: {
          version: a.version,
          previous: a.previous ?? null,
          origin: a.origin,
          entries: a.entries,
          counts,
          part: p + 1,
          parts,
          added: ids('added'),
          removed: ids('removed'),
          changed: ids('changed'),
        },
      });
    }
  }

  /** Follow list changes made through another instance: announced, and checked every FOLLOW_POLL_MS in case one was missed. */
  async follow(): Promise<void> {
    await this.d.announcements.follow((next) => this.take(next));
    this.pollTimer = setInterval(() => {
      this.d.store
        .active()
        .then((a) => a !== undefined && this.take(a))
        .catch((e) => this.d.log('warn', 'could not check for a list change made through another instance', { err: (e as Error).message }));
    }, FOLLOW_POLL_MS);
    this.pollTimer.unref();
  }

  private take(next: ActiveWatchlist): void {
    // This instance's own announcement, or a load already under way.
    if (next.version === this.active?.version || next.version === this.following) return;
    this.following = next.version;
    readWatchlistFile(next.file, this.d.hmacKey, indexCacheDir(this.d.dataDir), { whileServing: true })
      .then(async (loaded) => {
        // Loads finish in any order, and an announcement can come after a newer version (this instance's own, after
        // its next upload): swapping to it then would serve a replaced list until the next poll, and rescreening
        // would wait for that. Only the version followed last, and still active in Redis, is swapped in.
        const current = await this.d.store.active().catch(() => next);
        if (this.following !== next.version || (current !== undefined && current.version !== next.version)) return;
        this.screening?.replace({ screener: loaded.screener, policy: this.d.policy });
        this.active = { ...next, loadedAt: this.d.now().toISOString() };
        this.d.onLoaded?.(this.active, indexOrigin(loaded));
      })
      .catch((e) => this.d.log('warn', `watchlist ${next.version} announced but not loadable here`, { err: (e as Error).message }))
      .finally(() => {
        if (this.following === next.version) this.following = undefined;
      });
  }

  /** GET /v1/watchlist: the active version, its age, and each source's last refresh. */
  async status(): Promise<WatchlistStatus | undefined> {
    const a = this.active;
    if (a === undefined) return undefined;
    const [records, refreshedAt] = await Promise.all([this.d.store.sourceRecords(), this.d.store.refreshedAt()]);
    const now = this.d.now().getTime();
    const sources: SourceStatus[] = this.d.sources.sources.map((s) => {
      const r = records.get(s.label);
      return {
        label: s.label,
        format: s.format,
        location: s.path ?? redacted(s.url!),
        entries: r?.current?.entries ?? null,
        lastGoodAt: r?.lastGoodAt ?? null,
        lastRefresh: r?.last ?? null,
      };
    });
    const since = a.origin === 'api' ? [Date.parse(a.loadedAt)] : sources.map((s) => (s.lastGoodAt ? Date.parse(s.lastGoodAt) : Date.parse(a.loadedAt)));
    return {
      version: a.version,
      entries: a.entries,
      origin: a.origin,
      loadedAt: a.loadedAt,
      previous: a.previous ?? null,
      ageSeconds: Math.max(0, Math.round((now - Math.min(...since)) / 1000)),
      refresh: { everyMs: this.d.refreshEveryMs ?? null, lastAt: refreshedAt === undefined ? null : new Date(refreshedAt).toISOString() },
      sources,
    };
  }

  /**
   * GET /v1/watchlist/changes: the entries added, removed and changed by the versions after `since`, oldest first,
   * a page at a time (`cursor`: the `next` of the previous page).
   */
  async changes(q: { since: string; limit: number; cursor?: number }): Promise<WatchlistChanges> {
    const since = await this.d.store.version(q.since);
    if (since === undefined)
      throw new AppError('NOT_FOUND', `No list version ${q.since} is recorded here (the last ${VERSIONS_KEPT} versions are kept)`, { path: 'since' });
    const versions = await this.d.store.versionsAfter(q.since);
    const current = versions.at(-1)?.version ?? q.since;
    const page = await this.d.store.changesAfter(Math.max(q.cursor ?? 0, since.afterSeq), q.limit + 1, new Set(versions.map((v) => v.version)));
    const more = page.length > q.limit;
    const changes = more ? page.slice(0, q.limit) : page;
    return {
      since: q.since,
      version: current,
      versions: versions.map(({ afterSeq: _, ...v }) => v),
      changes,
      next: more ? String(changes.at(-1)!.seq) : null,
    };
  }

  /** Stops following list changes. */
  async close(): Promise<void> {
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.d.announcements.close();
  }

  /** A copy of the one configured file is named after it in messages (a bad entry stops with its path:line, not the copy's). */
  private named(configured: boolean): { displayName?: string } {
    const only = this.d.sources.single ? this.d.sources.sources[0]?.path : undefined;
    return configured && only !== undefined ? { displayName: only } : {};
  }

  private readSources(checks: PlausibilityLimits | undefined, previous?: ReadonlyMap<string, SourceRecord>): Promise<Materialised> {
    const skipped = new Map<string, number>();
    return (previous !== undefined ? Promise.resolve(previous) : this.d.store.sourceRecords()).then((records) =>
      materialise({
        sources: this.d.sources.sources,
        single: this.d.sources.single,
        dataDir: this.d.dataDir,
        ...(this.d.sources.csv !== undefined ? { csv: this.d.sources.csv } : {}),
        ...(checks !== undefined ? { checks } : {}),
        previous: records,
        now: this.d.now,
        // A few lines per source: the place and reason (never the record's content); the count is in the source's record.
        onSkip: (label, where, reason) => {
          const n = (skipped.get(label) ?? 0) + 1;
          skipped.set(label, n);
          if (n <= 5) this.d.log('warn', 'watchlist source: record left out', { source: label, at: where, reason });
        },
      }),
    );
  }

  /**
   * Runs `fn` holding the lease of reading the sources, renewed meanwhile; waits up to `waitMs` for another holder.
   * undefined when the lease could not be had in time.
   */
  private async withLease<T>(fn: () => Promise<T>, waitMs: number): Promise<T | undefined> {
    const until = Date.now() + waitMs;
    while (!(await this.d.lease.hold())) {
      if (Date.now() >= until) return undefined;
      await new Promise((r) => setTimeout(r, 250));
    }
    // A renewal that fails or finds the lease gone is logged: the work goes on (the next instance's refresh finds
    // the same sources; every write is checked), but two readers at once should be visible.
    const renew = setInterval(() => {
      this.d.lease
        .hold()
        .then((held) => held || this.d.log('warn', 'the watchlist lease was lost while reading the sources'))
        .catch((e) => this.d.log('warn', 'the watchlist lease could not be renewed', { err: (e as Error).message }));
    }, LEASE_RENEW_MS);
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await this.d.lease.release().catch(() => undefined);
    }
  }
}

function src(e: WatchlistEntry): { source?: string } {
  return e.source === undefined ? {} : { source: e.source };
}
