/**
 * Sealing moves inbox events into the chain: each stored line must be exactly what sealEntry makes of the entry, for
 * entries of every shape the inbox holds, and a sealer that dies between reading the inbox and sealing loses nothing.
 */
import { Redis } from 'ioredis';
import { RedisAuditTrail } from '../../src/store/audit-store';
import { GENESIS, sealEntry } from '../../src/model/audit';
import { Lease } from '../../src/store/lease';
import { RedisKeys } from '../../src/store/keys';
import { defineScripts } from '../../src/store/scripts';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

const redis = new Redis(redisUrl());
const prefixes: string[] = [];
const fresh = (name: string) => {
  const p = testPrefix(name);
  prefixes.push(p);
  return new RedisKeys(p);
};
afterAll(async () => {
  redis.disconnect();
  for (const p of prefixes) await deletePrefix(p);
});

/** The lines sealEntry makes of these entries as events 1…n of a new chain. */
const expected = (entries: string[]) => {
  let prev = GENESIS;
  return entries.map((entry, i) => {
    const s = sealEntry(prev, i + 1, entry);
    prev = s.hash;
    return s.line;
  });
};

// Entries of shapes the product never writes (seq, hash or prev of their own) are sealed as sealEntry makes them, but a
// chain holding them does not verify: verification is asserted on the product's own shapes in the next test.
it('stores for every entry the line sealEntry makes of it, byte for byte', async () => {
  const keys = fresh('audit-seal-lines');
  const entries = [
    JSON.stringify({ type: 'received', messageId: 'm1', at: '2026-12-07T10:00:00.000Z', actor: 'bench', data: { msgId: 'M1', nbOfTxs: 1 } }),
    // As the scripts write them (cjson): other key order, an escaped slash, non-ASCII text.
    '{"actor":"r\\/a","data":{"comment":"Zürich — 北京 \\"ok\\""},"type":"claimed","at":"2026-12-07T10:00:01.000Z","holdId":"h1"}',
    JSON.stringify({ type: 'delivered', at: 'x', actor: 'gateway', data: { note: '\u2028 and é' } }),
    // Entries that cannot be appended to: written out from the parsed value (the sealer sends the line).
    '{"type":"received","at":"x","actor":"a","seq":1}',
    '{"type":"held","at":"x","actor":"a","hash":"abc","prev":"def"}',
    '{}',
    '[1,"a"]',
    'null',
  ];
  await redis.rpush(keys.auditInbox, ...entries);
  const trail = new RedisAuditTrail(redis, keys);
  await trail.seal();
  expect(await redis.lrange(keys.auditLog, 0, -1)).toEqual(expected(entries));
  expect(await redis.llen(keys.auditInbox)).toBe(0);
  const lines = expected(entries);
  expect(await redis.get(keys.auditHead)).toBe(`${entries.length}:${(JSON.parse(lines[lines.length - 1]!) as { hash: string }).hash}`);
});

it('seals a long inbox in batches into one chain that verifies, continuing from the head', async () => {
  const keys = fresh('audit-seal-batches');
  const trail = new RedisAuditTrail(redis, keys);
  const entries = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ type: 'screened', at: `t${i}`, actor: 'gateway', messageId: `m${i}` }));
  for (let i = 0; i < entries.length; i += 700) await redis.rpush(keys.auditInbox, ...entries.slice(i, i + 700));
  await trail.seal();
  expect(await redis.lrange(keys.auditLog, 0, -1)).toEqual(expected(entries));
  expect(await trail.verify()).toEqual({ ok: true, events: 2500, fromSeq: 1, lastSeq: 2500 });
});

it('a sealer that read the inbox and died before its script ran loses nothing; its late script is refused', async () => {
  const keys = fresh('audit-seal-kill');
  const entries = Array.from({ length: 5 }, (_, i) => JSON.stringify({ type: 'delivered', at: 't', actor: 'gateway', messageId: `m${i}` }));
  await redis.rpush(keys.auditInbox, ...entries);
  // The dead sealer: it held the lease and hashed the inbox against the empty head, then stopped (a kill -9).
  defineScripts(redis);
  const dead = new Lease(redis, keys.auditSealerLease, 200);
  expect(await dead.hold()).toBe(true);
  const lines = expected(entries);
  const last = (JSON.parse(lines[lines.length - 1]!) as { hash: string }).hash;
  // Another instance takes over once the lease expires, seals, and more events arrive.
  await new Promise((r) => setTimeout(r, 300));
  const trail = new RedisAuditTrail(redis, keys);
  await trail.seal();
  await redis.rpush(keys.auditInbox, JSON.stringify({ type: 'held', at: 't', actor: 'gateway', holdId: 'h1' }));
  // The dead sealer's step, arriving late, is refused: it no longer holds the lease.
  expect(await redis.cpAuditSeal(keys.auditSealerLease, keys.auditLog, keys.auditHead, keys.auditInbox, dead.token, '', `5:${last}`, '5', ...lines)).toBe(
    'lease-lost',
  );
  await trail.seal();
  expect(await trail.verify()).toEqual({ ok: true, events: 6, fromSeq: 1, lastSeq: 6 });
  expect((await redis.lrange(keys.auditLog, 0, -1)).map((l) => (JSON.parse(l) as { messageId?: string }).messageId ?? 'h1')).toEqual([
    'm0',
    'm1',
    'm2',
    'm3',
    'm4',
    'h1',
  ]);
});

it('refuses a batch sealed against a head that has moved', async () => {
  const keys = fresh('audit-seal-head');
  const trail = new RedisAuditTrail(redis, keys);
  await trail.record({ type: 'screened', at: 't', actor: 'gateway', messageId: 'm0' });
  await trail.seal();
  await redis.rpush(keys.auditInbox, JSON.stringify({ type: 'screened', at: 't', actor: 'gateway', messageId: 'm1' }));
  const lease = new Lease(redis, keys.auditSealerLease, 5_000);
  await redis.del(keys.auditSealerLease);
  expect(await lease.hold()).toBe(true);
  // Sealed as if the chain were empty: refused, nothing written, nothing removed from the inbox.
  const [line] = expected([JSON.stringify({ type: 'screened', at: 't', actor: 'gateway', messageId: 'm1' })]);
  const hash = (JSON.parse(line!) as { hash: string }).hash;
  expect(await redis.cpAuditSeal(keys.auditSealerLease, keys.auditLog, keys.auditHead, keys.auditInbox, lease.token, '', `1:${hash}`, '1', line!)).toBe(
    'head-moved',
  );
  expect(await redis.llen(keys.auditLog)).toBe(1);
  expect(await redis.llen(keys.auditInbox)).toBe(1);
});
