/**
 * What a queue worker test on the real Redis needs: a prefix of its own, a request connection, a worker connection
 * (retries forever, as BullMQ requires), a message store with a fresh sealing key, and the producer side of the
 * queues. `close` ends the connections and removes the prefix.
 */
import { Redis } from 'ioredis';
import { RedisKeys } from '../../src/store/keys';
import { MessageStore } from '../../src/store/message-store';
import { PayloadSealer, generateKey } from '../../src/store/sealed-payload';
import { GatewayQueues } from '../../src/queues/queues';
import { isRedisUnavailable } from '../../src/store/redis';
import type { QueueConnection } from '../../src/jobs/worker-options';
import { deletePrefix, redisUrl, testPrefix } from './redis';

export function queueStore(name: string) {
  const prefix = testPrefix(name);
  const keys = new RedisKeys(prefix);
  const redis = new Redis(redisUrl());
  const workerConnection = new Redis(redisUrl(), { maxRetriesPerRequest: null });
  const key = generateKey();
  const store = new MessageStore(redis, keys, { duplicateWindowMs: 3_600_000, retentionMs: 3_600_000 }, new PayloadSealer({ current: key, keys: [key] }));
  const queues = new GatewayQueues(redis, keys);
  const connection: QueueConnection = { connection: workerConnection, prefix: (q) => keys.queuePrefix(q), isStoreUnavailable: isRedisUnavailable };
  return {
    prefix,
    keys,
    redis,
    store,
    queues,
    connection,
    async close(): Promise<void> {
      await queues.close();
      redis.disconnect();
      workerConnection.disconnect();
      await deletePrefix(prefix);
    },
  };
}
