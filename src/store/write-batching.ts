/**
 * The commands one turn of the event loop sends on a connection leave in one system call. Under load the accepts of
 * many requests reach Redis in the same turn, and each ioredis command was a socket write of its own: a system call
 * in this process and a read in Redis, per command. The socket is corked at the first such command of a turn and
 * uncorked once the turn's I/O callbacks have run (setImmediate), so Node hands them over with one writev. Each
 * command stays an ordinary ioredis command: its own reply and error, resent after a reconnect as before.
 */
import type { Socket } from 'node:net';
import { Redis } from 'ioredis';
import type { RedisClient } from './redis';

const corked = new WeakSet<Socket>();

/** Call right before sending a command on `redis`: it leaves with the others of this turn. */
export function sendWithTurn(redis: RedisClient): void {
  // A cluster spreads its commands over one socket per node; they go as they are.
  if (!(redis instanceof Redis) || redis.status !== 'ready') return;
  const stream = redis.stream as Socket;
  if (corked.has(stream)) return;
  corked.add(stream);
  stream.cork();
  setImmediate(() => {
    corked.delete(stream);
    stream.uncork();
  });
}
