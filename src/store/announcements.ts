/**
 * The announcement channels (model/announcements.ts) over Redis pub/sub: published on the request connection,
 * followed on the one subscriber connection of the process (a connection in subscriber mode can do nothing else).
 */
import type { RedisClient } from './redis';
import type { AnnouncementChannel } from '../model/announcements';
import type { ActiveWatchlist } from '../model/records';
import type { RedisKeys } from './keys';

class RedisChannel<T> implements AnnouncementChannel<T> {
  private listener?: (channel: string, payload: string) => void;

  constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient | undefined,
    private readonly channel: string,
    private readonly codec: { encode(m: T): string; decode(payload: string): T },
    private readonly onError: (e: unknown) => void,
  ) {}

  async announce(message: T): Promise<void> {
    await this.publisher.publish(this.channel, this.codec.encode(message));
  }

  async follow(onMessage: (message: T) => void): Promise<void> {
    if (!this.subscriber) throw new Error(`announcements: no subscriber connection to follow ${this.channel}`);
    await this.subscriber.subscribe(this.channel);
    this.listener = (channel, payload) => {
      if (channel !== this.channel) return;
      let message: T;
      try {
        message = this.codec.decode(payload);
      } catch (e) {
        this.onError(e);
        return;
      }
      onMessage(message);
    };
    this.subscriber.on('message', this.listener);
  }

  async close(): Promise<void> {
    if (!this.subscriber || !this.listener) return;
    this.subscriber.off('message', this.listener);
    this.listener = undefined;
    await this.subscriber.unsubscribe(this.channel).catch(() => undefined);
  }
}

export interface Announcements {
  /** A list became active (PUT /v1/watchlist, `chokepoint watchlist import`): its record. */
  readonly watchlist: AnnouncementChannel<ActiveWatchlist>;
  /** An exception changed state: its id (every instance reloads its suppression index). */
  readonly exceptions: AnnouncementChannel<string>;
}

/**
 * The channels of one gateway (its key prefix). Without a subscriber connection they can announce but not follow
 * (the command line's `watchlist import`).
 */
export function redisAnnouncements(
  publisher: RedisClient,
  subscriber: RedisClient | undefined,
  keys: RedisKeys,
  onError: (e: unknown) => void = () => undefined,
): Announcements {
  return {
    watchlist: new RedisChannel<ActiveWatchlist>(
      publisher,
      subscriber,
      keys.watchlistChannel,
      { encode: (a) => JSON.stringify(a), decode: (p) => JSON.parse(p) as ActiveWatchlist },
      onError,
    ),
    exceptions: new RedisChannel<string>(publisher, subscriber, keys.exceptionsChannel, { encode: (id) => id, decode: (p) => p }, onError),
  };
}
