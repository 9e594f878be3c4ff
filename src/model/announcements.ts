/**
 * What one gateway instance tells the others on the same Redis, and hears from them: a new active watchlist, a
 * change of the false-positive exceptions. The use cases see this port; the store implements it with Redis pub/sub
 * (store/announcements.ts). Pub/sub keeps nothing, so an instance that was away misses an announcement: a follower
 * that must not miss one also reloads on a timer.
 */
export interface AnnouncementChannel<T> {
  /** Tells every instance following this channel, this one included. */
  announce(message: T): Promise<void>;
  /** From now on, calls `onMessage` for every announcement (one follower per channel and instance). */
  follow(onMessage: (message: T) => void): Promise<void>;
  /** Stops following (the connection itself belongs to whoever opened it). */
  close(): Promise<void>;
}
