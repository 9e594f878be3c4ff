/** Which watchlist is active, shared by every gateway instance on one Redis. */
import type { Redis } from 'ioredis';
import type { ActiveWatchlist } from '../model/records';
import type { RedisKeys } from './keys';

export class WatchlistStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async active(): Promise<ActiveWatchlist | undefined> {
    const v = await this.redis.get(this.keys.watchlistActive);
    return v ? (JSON.parse(v) as ActiveWatchlist) : undefined;
  }

  async setActive(a: ActiveWatchlist): Promise<void> {
    await this.redis.set(this.keys.watchlistActive, JSON.stringify(a));
  }
}
