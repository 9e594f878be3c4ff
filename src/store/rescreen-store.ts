/**
 * Rescreening's state in Redis: which list versions were rescreened, the notes added to open holds, what is kept of
 * cleared payments for as long as the lookback (sealed, expiring), and the post-hoc items opened for payments that
 * cleared before an entry they hit was listed.
 */
import type { RedisClient } from './redis';
import type { RedisKeys } from './keys';
import type { ClearedPayment, HoldRescreen, PostHocItem } from '../model/rescreen';
import type { PayloadSealer } from './sealed-payload';
import { sealedRescreen } from './hold-codec';
import { defineScripts } from './scripts';
import { hgetallEach } from './read-hashes';
import { openCleared, sealCleared } from './cleared-record';
import { type ResentLog, ignoreResent } from './resent';

/** The AAD of a sealed post-hoc item (store/sealed-payload): a record copied under another key does not open there. */
const postHocContext = (id: string) => `post-hoc:${id}`;

/** Messages read per round trip when walking the cleared payments. */
const READ_CHUNK = 500;

export class RescreenStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
    private readonly sealer: PayloadSealer,
    /** Told when a close finds it ran before (sent again by the client after its answer was lost). */
    private readonly resent: ResentLog = ignoreResent,
  ) {
    defineScripts(redis);
  }

  async done(version: string): Promise<boolean> {
    return (await this.redis.hexists(this.keys.rescreenDone, version)) === 1;
  }

  async markDone(version: string, at: string): Promise<void> {
    await this.redis.hset(this.keys.rescreenDone, version, at);
  }

  /** Open hold ids, oldest first, a page at a time (from `start`). */
  openHoldIds(start: number, count: number): Promise<string[]> {
    return this.redis.zrange(this.keys.holdsByCreated, start, start + count - 1);
  }

  /** Adds the rescreen to an open hold, once per version. false: not open any more, or done before. */
  async noteHold(holdId: string, r: HoldRescreen): Promise<boolean> {
    return (await this.redis.cpHoldRescreen(this.keys.hold(holdId), r.version, sealedRescreen(holdId, r, this.sealer))) === 1;
  }

  /**
   * Keeps the payments of a released hold's forward unit for `keepMs` (the lookback); the index is trimmed of what is
   * older as it goes. Sent as one MULTI. (A message's cleared transactions are kept by the accept's own script.)
   */
  async keepCleared(unitId: string, payments: readonly ClearedPayment[], atMs: number, keepMs: number): Promise<void> {
    await this.redis
      .multi()
      .set(this.keys.cleared(unitId), sealCleared(this.sealer, unitId, payments), 'PX', keepMs)
      .zadd(this.keys.clearedByTime, atMs, unitId)
      .zremrangebyscore(this.keys.clearedByTime, '-inf', atMs - keepMs)
      .exec();
  }

  /** Calls `each` with the payments of every forward unit kept that cleared at or after `fromMs`. */
  async forEachCleared(fromMs: number, each: (payments: ClearedPayment[]) => Promise<void>): Promise<void> {
    const ids = await this.redis.zrangebyscore(this.keys.clearedByTime, fromMs, '+inf');
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const chunk = ids.slice(i, i + READ_CHUNK);
      const values = await this.redis.mgetBuffer(...chunk.map((id) => this.keys.cleared(id)));
      for (const [n, v] of values.entries()) if (v !== null) await each(openCleared(this.sealer, chunk[n]!, v));
    }
  }

  /** Opens a post-hoc item unless it exists (open or closed). true when opened now. */
  async openPostHoc(item: PostHocItem): Promise<boolean> {
    const { state: _s, closed: _c, ...body } = item;
    return (
      (await this.redis.cpPostHocOpen(
        this.keys.postHocItem(item.id),
        this.keys.postHocOpen,
        item.id,
        this.sealer.sealText(JSON.stringify(body), postHocContext(item.id)),
        String(Date.parse(item.openedAt)),
      )) === 1
    );
  }

  async postHoc(id: string): Promise<PostHocItem | undefined> {
    return this.decode(id, await this.redis.hgetall(this.keys.postHocItem(id)));
  }

  /** A page of items: open ones oldest first, closed ones most recently closed first. */
  async listPostHoc(state: 'open' | 'closed', offset: number, limit: number): Promise<{ items: PostHocItem[]; total: number }> {
    const set = state === 'open' ? this.keys.postHocOpen : this.keys.postHocClosed;
    const [total, ids] = await Promise.all([
      this.redis.zcard(set),
      state === 'open' ? this.redis.zrange(set, offset, offset + limit - 1) : this.redis.zrevrange(set, offset, offset + limit - 1),
    ]);
    // One script, not a pipeline: an item not left out of the page while a cluster slot migrates (read-hashes.ts).
    const hashes = await hgetallEach(
      this.redis,
      ids.map((id) => this.keys.postHocItem(id)),
    );
    const items = hashes.flatMap((h, n) => {
      const item = this.decode(ids[n]!, h);
      return item ? [item] : [];
    });
    return { items, total };
  }

  countOpenPostHoc(): Promise<number> {
    return this.redis.zcard(this.keys.postHocOpen);
  }

  async closePostHoc(
    id: string,
    closed: NonNullable<PostHocItem['closed']>,
    keepMs: number,
  ): Promise<{ outcome: 'closed' | 'not-open' | 'not-found'; state: string }> {
    const [outcome, state, again] = await this.redis.cpPostHocClose(
      this.keys.postHocItem(id),
      this.keys.postHocOpen,
      this.keys.postHocClosed,
      id,
      JSON.stringify(closed),
      String(Date.parse(closed.at)),
      String(keepMs),
    );
    if (again) this.resent('post-hoc close', { postHocId: id });
    return { outcome: outcome as 'closed' | 'not-open' | 'not-found', state };
  }

  private decode(id: string, h: Record<string, string>): PostHocItem | undefined {
    if (!h.body || !h.state) return undefined;
    const body = JSON.parse(this.sealer.openText(h.body, postHocContext(id))) as Omit<PostHocItem, 'state' | 'closed'>;
    return { ...body, state: h.state as PostHocItem['state'], ...(h.closed ? { closed: JSON.parse(h.closed) as PostHocItem['closed'] } : {}) };
  }
}
