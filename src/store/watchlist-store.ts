/**
 * The watchlist's shared state on one Redis: which list is active (every gateway instance serves it), the versions
 * that were active with their diffs (GET /v1/watchlist/changes), what is known of each configured source (so the
 * instance that refreshes next starts from the last reading: its HTTP validators and its conversion), and when the
 * sources were last read again and the version they gave.
 */
import type { RedisClient } from './redis';
import type { ActiveWatchlist } from '../model/records';
import type { ListChange, ListVersion, SourceRecord } from '../model/watchlist';
import type { RedisKeys } from './keys';

/** A version as stored: its record, where it sits among the versions and the last change sequence it wrote. */
export interface StoredVersion extends ListVersion {
  /** The change sequence number after its changes: GET …/changes?since=THIS starts after it. */
  afterSeq: number;
}

/** Changes kept per version: a whole list replaced by a different one keeps its counts, not a million entries twice. */
export const CHANGES_KEPT_PER_VERSION = 100_000;
/** Versions (and their changes) kept: with a refresh every few hours and a change a day, months of history. */
export const VERSIONS_KEPT = 100;
const WRITE_CHUNK = 1000;

export class WatchlistStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
  ) {}

  async active(): Promise<ActiveWatchlist | undefined> {
    const v = await this.redis.get(this.keys.watchlistActive);
    return v ? (JSON.parse(v) as ActiveWatchlist) : undefined;
  }

  async setActive(a: ActiveWatchlist): Promise<void> {
    await this.redis.set(this.keys.watchlistActive, JSON.stringify(a));
  }

  /**
   * Makes a version active with its changes: the changes first (numbered), then the version record and the active
   * list in one MULTI. A crash in between leaves numbered changes of a version that was never recorded; readers
   * skip those (they return only changes of recorded versions).
   */
  async commitVersion(
    active: ActiveWatchlist,
    record: Omit<ListVersion, 'changesKept' | 'truncated'>,
    changes: readonly Omit<ListChange, 'seq' | 'version'>[],
  ): Promise<StoredVersion> {
    const kept = changes.slice(0, CHANGES_KEPT_PER_VERSION);
    let last = Number((await this.redis.get(this.keys.watchlistChangeSeq)) ?? 0);
    if (kept.length > 0) {
      last = await this.redis.incrby(this.keys.watchlistChangeSeq, kept.length);
      const first = last - kept.length + 1;
      for (let i = 0; i < kept.length; i += WRITE_CHUNK) {
        const args: (string | number)[] = [];
        kept.slice(i, i + WRITE_CHUNK).forEach((c, k) => {
          const seq = first + i + k;
          args.push(seq, JSON.stringify({ seq, version: record.version, ...c }));
        });
        await this.redis.zadd(this.keys.watchlistChanges, ...args);
      }
    }
    const stored: StoredVersion = { ...record, changesKept: kept.length, truncated: kept.length < changes.length, afterSeq: last };
    const order = await this.redis.incr(this.keys.watchlistVersionSeq);
    await this.redis
      .multi()
      .hset(this.keys.watchlistVersions, record.version, JSON.stringify(stored))
      .zadd(this.keys.watchlistVersionOrder, order, record.version)
      .set(this.keys.watchlistActive, JSON.stringify(active))
      .exec();
    await this.trim();
    return stored;
  }

  private async trim(): Promise<void> {
    const n = await this.redis.zcard(this.keys.watchlistVersionOrder);
    if (n <= VERSIONS_KEPT) return;
    const old = await this.redis.zrange(this.keys.watchlistVersionOrder, 0, n - VERSIONS_KEPT - 1);
    const records = await this.versions(old);
    const upTo = Math.max(0, ...records.map((r) => r.afterSeq));
    await this.redis
      .multi()
      .zremrangebyscore(this.keys.watchlistChanges, '-inf', upTo)
      .hdel(this.keys.watchlistVersions, ...old)
      .zrem(this.keys.watchlistVersionOrder, ...old)
      .exec();
  }

  async version(version: string): Promise<StoredVersion | undefined> {
    const v = await this.redis.hget(this.keys.watchlistVersions, version);
    return v ? (JSON.parse(v) as StoredVersion) : undefined;
  }

  private async versions(names: readonly string[]): Promise<StoredVersion[]> {
    if (names.length === 0) return [];
    const raw = await this.redis.hmget(this.keys.watchlistVersions, ...names);
    return raw.flatMap((v) => (v ? [JSON.parse(v) as StoredVersion] : []));
  }

  /** The versions recorded after `version`, oldest first. */
  async versionsAfter(version: string): Promise<StoredVersion[]> {
    const rank = await this.redis.zrank(this.keys.watchlistVersionOrder, version);
    if (rank === null) return [];
    return this.versions(await this.redis.zrange(this.keys.watchlistVersionOrder, rank + 1, -1));
  }

  /** Up to `limit` changes numbered above `afterSeq`, of the given versions only. */
  async changesAfter(afterSeq: number, limit: number, versions: ReadonlySet<string>): Promise<ListChange[]> {
    const out: ListChange[] = [];
    let from = afterSeq;
    while (out.length < limit) {
      const raw = await this.redis.zrangebyscore(this.keys.watchlistChanges, `(${from}`, '+inf', 'LIMIT', 0, limit);
      if (raw.length === 0) break;
      for (const r of raw) {
        const c = JSON.parse(r) as ListChange;
        from = c.seq;
        if (versions.has(c.version)) out.push(c);
        if (out.length === limit) break;
      }
    }
    return out;
  }

  async sourceRecords(): Promise<Map<string, SourceRecord>> {
    const all = await this.redis.hgetall(this.keys.watchlistSources);
    return new Map(Object.entries(all).map(([label, v]) => [label, JSON.parse(v) as SourceRecord]));
  }

  async setSourceRecords(records: readonly SourceRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.redis.hset(this.keys.watchlistSources, ...records.flatMap((r) => [r.label, JSON.stringify(r)]));
  }

  /** When the sources were last read again (ms), by any instance. */
  async refreshedAt(): Promise<number | undefined> {
    const v = await this.redis.get(this.keys.watchlistRefreshedAt);
    return v === null ? undefined : Number(v);
  }

  async markRefreshed(atMs: number): Promise<void> {
    await this.redis.set(this.keys.watchlistRefreshedAt, String(atMs));
  }

  /** The version the configured sources gave at their last reading, by any instance (undefined before the first). */
  async configuredVersion(): Promise<string | undefined> {
    return (await this.redis.get(this.keys.watchlistConfigured)) ?? undefined;
  }

  async setConfiguredVersion(version: string): Promise<void> {
    await this.redis.set(this.keys.watchlistConfigured, version);
  }
}
