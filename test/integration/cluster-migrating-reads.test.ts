/**
 * Reads of several records of the gateway state's one slot while a Redis Cluster migrates that slot, frozen between
 * two MIGRATEs as `redis-cli --cluster reshard` leaves it: the source MIGRATING, the target IMPORTING, some records
 * moved and some not. A pipeline of one read per record got an ASK for the moved ones, and ioredis resent the whole
 * pipeline to the target, which answered the records it does not have yet as missing: a forward unit's stored
 * original read as gone, and the payment dead-lettered (seen once in redis-cluster.test.ts). Each read here must give
 * every record as stored, or fail (a retried error): never a record as missing. A MULTI writing several keys is
 * checked too: written where its keys are, or refused, never a second audit inbox on the importing node.
 */
import { Cluster, Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { RedisKeys } from '../../src/store/keys';
import { createRedis } from '../../src/store/redis';
import { MessageStore } from '../../src/store/message-store';
import { HoldStore } from '../../src/store/hold-store';
import { PayloadSealer, generateKey } from '../../src/store/sealed-payload';
import { RedisClusterSet, startCluster } from '../helpers/redis-topologies';

jest.setTimeout(120_000);

let topo: RedisClusterSet;
let redis: Cluster;
let keys: RedisKeys;
let store: MessageStore;
const key = generateKey();
const sealer = new PayloadSealer({ current: key, keys: [key] });
const originals = { a: '<Document>original A</Document>', b: '<Document>original B</Document>' };
const units = (['a', 'b'] as const).map((m) => ({ messageId: `m-${m}`, forwardId: `f-${m}`, txIndexes: [0] }));

/** The slot's source and target primaries, and the slot frozen mid-migration with only message A moved. */
let from: Redis;
let to: Redis;
let toId: string;

beforeAll(async () => {
  topo = await startCluster(3);
  const prefix = `cpm${randomBytes(3).toString('hex')}`;
  keys = new RedisKeys(prefix, true);
  redis = createRedis({ kind: 'cluster', nodes: topo.nodes.map((n) => ({ host: '127.0.0.1', port: n.port })) }, 'worker', 'test') as Cluster;
  store = new MessageStore(redis, keys, { duplicateWindowMs: 3_600_000, retentionMs: 3_600_000 }, sealer);
  for (const [m, xml] of Object.entries(originals)) {
    const id = `m-${m}`;
    await redis.hset(keys.message(id), `fwd:f-${m}`, 'queued', 'raw', sealer.seal(xml, `msg:${id}:raw`), 'tx:0', JSON.stringify({ status: 'ACSP' }));
  }
  // A hold's body may be stored unsealed (openText takes either): enough for getMany to give it back.
  for (const m of ['a', 'b']) await redis.hset(keys.hold(`h-${m}`), 'state', 'pending', 'body', JSON.stringify({ id: `h-${m}`, messageId: `m-${m}` }));

  // The audit inbox stays on the source; the status dead letters do not exist yet.
  await redis.rpush(keys.auditInbox, 'an earlier event');
  const slot = topo.slotOf(keys.message('m-a'));
  const fromPort = await topo.ownerOf(slot);
  const toPort = topo.nodes.map((n) => n.port).find((p) => p !== fromPort)!;
  from = new Redis(fromPort);
  to = new Redis(toPort);
  const fromId = String(await from.cluster('MYID'));
  toId = String(await to.cluster('MYID'));
  await to.cluster('SETSLOT', slot, 'IMPORTING', fromId);
  await from.cluster('SETSLOT', slot, 'MIGRATING', toId);
  await from.migrate('127.0.0.1', toPort, '', 0, 10_000, 'KEYS', keys.message('m-a'), keys.hold('h-a'));
});

afterAll(async () => {
  redis?.disconnect();
  from?.disconnect();
  to?.disconnect();
  await topo?.stop();
});

/**
 * The reply, or the error it failed with. Refused reads (TRYAGAIN) are sent again by ioredis to a random node, which
 * answers MOVED back to the source, until its redirections run out: the error names the last.
 */
const REFUSED = /TRYAGAIN|Too many Cluster redirections/;

const settle = <T>(p: Promise<T>): Promise<T | Error> => p.catch((e: Error) => e);

it('forwardContexts in the middle of a migration: every stored original as stored, or an error to retry', async () => {
  for (const group of [units, [...units].reverse()]) {
    const got = await settle(store.forwardContexts(group));
    if (got instanceof Error) expect(got.message).toMatch(REFUSED);
    else expect(got.map((c) => c.raw)).toEqual(group.map((u) => originals[u.messageId.slice(2) as 'a' | 'b']));
  }
});

it('holds read in the middle of a migration: every hold there, or an error', async () => {
  const holds = new HoldStore(redis, keys, sealer);
  const got = await settle(holds.getMany(['h-a', 'h-b']));
  if (got instanceof Error) expect(got.message).toMatch(REFUSED);
  else expect(got.map((h) => h.id).sort()).toEqual(['h-a', 'h-b']);
});

it('a status report dead letter in the middle of a migration: written where the keys are, or refused', async () => {
  const at = new Date().toISOString();
  const got = await settle(
    store.deadLetterStatusReport(
      { reportId: 'r-1', messageId: 'm-a', reason: 'HTTP 400', attempts: 1, at },
      { type: 'status-dead-lettered', messageId: 'm-a', at, actor: 'gateway', data: { reportId: 'r-1' } },
    ),
  );
  if (got instanceof Error) expect(got.message).toMatch(REFUSED);
  // Redis checks a MULTI's keys together at EXEC, as a script's: never a second audit inbox on the importing node.
  const slot = topo.slotOf(keys.auditInbox);
  expect((await to.cluster('GETKEYSINSLOT', slot, 100)) as string[]).not.toContain(keys.auditInbox);
  expect((await from.cluster('GETKEYSINSLOT', slot, 100)) as string[]).toContain(keys.auditInbox);
});

it('a read refused while the slot is split gets its answer once the migration ends', async () => {
  const reading = store.forwardContexts(units);
  await new Promise((r) => setTimeout(r, 250));
  const slot = topo.slotOf(keys.message('m-b'));
  await from.migrate('127.0.0.1', to.options.port!, '', 0, 10_000, 'KEYS', keys.message('m-b'), keys.hold('h-b'));
  for (const n of topo.nodes) topo.cli(n.port, 'CLUSTER', 'SETSLOT', String(slot), 'NODE', toId);
  expect((await reading).map((c) => c.raw)).toEqual([originals.a, originals.b]);
});
