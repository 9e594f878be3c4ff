/**
 * On Redis Cluster a script or MULTI may touch keys of one hash slot only. Every key a script, MULTI or pipeline of
 * the gateway touches is built by RedisKeys, so: on a cluster every gateway-state key carries the one hash tag of its
 * deployment (one slot), and each BullMQ queue a tag of its own (queues may live on other shards). On one server the
 * names stay as they were, so an existing Redis needs no migration.
 */
import { QUEUE_NAMES } from '../../../src/queues/queues';
import { RedisKeys } from '../../../src/store/keys';
import { keySlot } from '../../helpers/redis-topologies';

/** Every key RedisKeys builds: each getter, and each method called with ids (that may hold braces of their own). */
function everyKey(keys: RedisKeys): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.getOwnPropertyNames(RedisKeys.prototype)) {
    if (name === 'constructor' || name === 'queuePrefix') continue;
    const d = Object.getOwnPropertyDescriptor(RedisKeys.prototype, name)!;
    const value: unknown = d.get ? d.get.call(keys) : (d.value as (...a: string[]) => string).call(keys, 'id{x}', 'msg-1');
    out[name] = String(value);
  }
  return out;
}

it('on a cluster every gateway-state key shares one slot, whatever ids it holds', () => {
  const keys = new RedisKeys('cp', true);
  const all = everyKey(keys);
  expect(Object.keys(all).length).toBeGreaterThan(40);
  const slot = keySlot('{cp}');
  for (const [name, key] of Object.entries(all)) {
    expect([name, key.startsWith('{cp}:')]).toEqual([name, true]);
    expect([name, keySlot(key)]).toEqual([name, slot]);
  }
});

it("on a cluster each queue has a hash tag of its own, apart from the state's", () => {
  const keys = new RedisKeys('cp', true);
  const prefixes = Object.values(QUEUE_NAMES).map((q) => keys.queuePrefix(q));
  expect(prefixes).toEqual(['{cp:bull:forward}', '{cp:bull:review}', '{cp:bull:status}']);
  const slots = new Set([keySlot('{cp}'), ...prefixes.map((p) => keySlot(`${p}:x:wait`))]);
  expect(slots.size).toBe(4);
});

it('on one server (and Sentinel) the key names are those of every earlier version', () => {
  const keys = new RedisKeys('cp');
  expect(keys.queuePrefix(QUEUE_NAMES.forward)).toBe('cp:bull');
  expect(keys.message('g1')).toBe('cp:msg:g1');
  expect(keys.auditLog).toBe('cp:audit:log');
  expect(keys.duplicateUetr('ABC')).toBe('cp:dup:uetr:abc');
  for (const key of Object.values(everyKey(keys))) expect(key).toMatch(/^cp:[^{]/);
});
