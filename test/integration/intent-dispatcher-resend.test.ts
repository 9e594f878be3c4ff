/**
 * The intent dispatcher's trim is sent again by the Redis client when its answer was lost. ioredis keeps a command
 * whose connection dropped before the answer and writes it again once the connection is ready (the request
 * connection's one retry, which the accept relies on: test/integration/outcome-unknown.test.ts). Redis may have run
 * it already, and by then other accepts may have added intents behind the batch: a trim that removes "the first n"
 * would then remove intents no job was queued for, and their payments would stay forward-queued, answered 200 but
 * never forwarded. On the real Redis behind a proxy that loses the trim's answer on purpose.
 */
import { Redis } from 'ioredis';
import { IntentDispatcher } from '../../src/queues/intent-dispatcher';
import type { GatewayQueues } from '../../src/queues/queues';
import type { HoldStore } from '../../src/store/hold-store';
import { RedisKeys } from '../../src/store/keys';
import { createRedis, type RedisClient, waitReady } from '../../src/store/redis';
import type { Intent } from '../../src/model/records';
import { FaultProxy } from '../helpers/fault-proxy';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

const prefix = testPrefix('intent-resend');
const keys = new RedisKeys(prefix);
let direct: Redis;
let proxy: FaultProxy;
let viaProxy: RedisClient;
let dispatcher: IntentDispatcher;
const queued: string[] = [];
const errors: string[] = [];
const resent: { write: string; ids: Readonly<Record<string, string | number>> }[] = [];

beforeAll(async () => {
  direct = new Redis(redisUrl());
  proxy = await new FaultProxy(Number(new URL(redisUrl()).port)).start();
  viaProxy = createRedis({ kind: 'single', url: proxy.url }, 'request', 'intent-resend');
  await waitReady(viaProxy);
  // Only what the dispatcher hands to BullMQ matters here: which units it queued.
  const queues = { addForwardGroups: async (units: { forwardId: string }[]) => void queued.push(...units.map((u) => u.forwardId)) } as unknown as GatewayQueues;
  dispatcher = new IntentDispatcher(
    viaProxy,
    keys,
    queues,
    {} as HoldStore,
    () => new Date(),
    (e) => errors.push((e as Error).message),
    undefined,
    (write, ids) => void resent.push({ write, ids }),
  );
});

afterAll(async () => {
  await dispatcher.stop().catch(() => undefined);
  viaProxy.disconnect();
  await proxy.stop();
  direct.disconnect();
  await deletePrefix(prefix);
});

const intent = (id: string): string =>
  JSON.stringify({ kind: 'forward', unit: { forwardId: `${id}-f`, messageId: id, txIndexes: [0], whole: true } } satisfies Intent);

it('a trim Redis ran whose answer was lost, sent again after intents were added behind it, removes none of them', async () => {
  await direct.rpush(keys.intents, intent('m1'), intent('m2'));
  // Only the trim names the lease and then the list: the lease's own script names the lease and then the token.
  const trim = `${keys.intentsLease}\r\n$${keys.intents.length}\r\n${keys.intents}\r\n`;
  const cut = proxy.arm({ needle: trim, when: 'after-sending', downMs: 1_000 });
  const first = dispatcher.flush();
  await cut;
  expect(await direct.lrange(keys.intents, 0, -1)).toEqual([]);
  // Accepts that went through while this instance's connection was down (another instance, or after it is back).
  await direct.rpush(keys.intents, intent('m3'), intent('m4'));
  await first;
  // Whatever the client sends again goes before anything sent after it is connected.
  await waitReady(viaProxy);
  await viaProxy.ping();
  expect(queued).toEqual(['m1-f', 'm2-f']);
  // The client wrote the trim again once it was connected: m3 and m4 must still be waiting for their jobs.
  expect(await direct.lrange(keys.intents, 0, -1)).toEqual([intent('m3'), intent('m4')]);
  // The trim that found its batch gone is logged, by the batch's last unit (ids only).
  expect(resent).toEqual([{ write: 'intents trim', ids: { intents: 2, last: 'm2-f' } }]);
  await dispatcher.flush();
  expect(queued).toEqual(['m1-f', 'm2-f', 'm3-f', 'm4-f']);
  expect(await direct.llen(keys.intents)).toBe(0);
});
