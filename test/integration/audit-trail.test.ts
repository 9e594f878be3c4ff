/** The audit chain in Redis: appends from two instances form one chain; a tampered event is found by verify. */
import { Redis } from 'ioredis';
import { RedisAuditTrail } from '../../src/store/audit-store';
import type { AuditEvent } from '../../src/model/audit';
import { AuditArchiver, archiveFiles } from '../../src/store/audit-archive';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RedisKeys } from '../../src/store/keys';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

const prefix = testPrefix('audit');
const keys = new RedisKeys(prefix);
const a = new Redis(redisUrl());
const b = new Redis(redisUrl());
afterAll(async () => {
  a.disconnect();
  b.disconnect();
  await deletePrefix(prefix);
});

it('two instances appending concurrently extend one verifiable chain', async () => {
  const one = new RedisAuditTrail(a, keys);
  const two = new RedisAuditTrail(b, keys);
  const writes: Promise<void>[] = [];
  for (let i = 0; i < 200; i++) {
    writes.push((i % 2 ? one : two).record({ type: 'screened', at: new Date().toISOString(), actor: i % 2 ? 'gw-1' : 'gw-2', messageId: `m${i}` }));
  }
  await Promise.all(writes);
  await one.seal();
  expect(await one.length()).toBe(200);
  expect(await one.verify()).toEqual({ ok: true, events: 200, fromSeq: 1, lastSeq: 200 });
});

it('a changed event is detected and named', async () => {
  const trail = new RedisAuditTrail(a, keys);
  const raw = await a.lindex(keys.auditLog, 41);
  const ev = JSON.parse(raw!);
  ev.actor = 'mallory';
  await a.lset(keys.auditLog, 41, JSON.stringify(ev));
  const r = await trail.verify();
  expect(r).toEqual({ ok: false, seq: 42, reason: expect.any(String) });
});

it('events removed at the end are detected through the head', async () => {
  const p2 = testPrefix('audit-tail');
  const k2 = new RedisKeys(p2);
  const trail = new RedisAuditTrail(a, k2);
  for (let i = 0; i < 5; i++) await trail.record({ type: 'held', at: 'x', actor: 'gateway', holdId: `h${i}` });
  await trail.seal();
  await a.rpop(k2.auditLog);
  expect((await trail.verify()).ok).toBe(false);
  await deletePrefix(p2);
});

it('exported and trimmed events leave a checkpoint; the rest verifies, with or without the export', async () => {
  const p3 = testPrefix('audit-trim');
  const k3 = new RedisKeys(p3);
  const trail = new RedisAuditTrail(a, k3);
  for (let i = 0; i < 30; i++) await trail.record({ type: 'screened', at: 'x', actor: 'gateway', messageId: `m${i}` });
  await trail.seal();
  const exported: AuditEvent[] = [];
  for await (const e of trail.events()) exported.push(e);
  await trail.trim(exported.length, exported[exported.length - 1]!);
  for (let i = 0; i < 5; i++) await trail.record({ type: 'delivered', at: 'y', actor: 'gateway', messageId: `m${i}` });
  await trail.seal();
  expect(await trail.length()).toBe(5);
  expect(await trail.verify()).toEqual({ ok: true, events: 5, fromSeq: 31, lastSeq: 35 });
  expect(await trail.verify(exported)).toEqual({ ok: true, events: 35, fromSeq: 1, lastSeq: 35 });
  const forged = exported.map((e, i) => (i === 7 ? { ...e, actor: 'mallory' } : e));
  expect(await trail.verify(forged)).toEqual({ ok: false, seq: 8, reason: expect.any(String) });
  await deletePrefix(p3);
});

it('the archiver moves old events into files; files and Redis verify as one chain; a changed file is caught', async () => {
  const p4 = testPrefix('audit-archive');
  const k4 = new RedisKeys(p4);
  const trail = new RedisAuditTrail(a, k4);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-audit-archive-'));
  const archiver = new AuditArchiver(a, k4, trail, { dir, keepInRedis: 10, perFile: 25 }, (e) => {
    throw e;
  });
  for (let i = 0; i < 60; i++) await trail.record({ type: 'screened', at: 't', actor: 'gateway', messageId: `m${i}` });
  await trail.seal();
  await archiver.runNow();
  expect(await trail.length()).toBe(10);
  const files = await archiveFiles(dir);
  expect(files.map((f) => path.basename(f))).toEqual(['audit-000000000001-000000000025.jsonl', 'audit-000000000026-000000000050.jsonl']);
  const archived = (await Promise.all(files.map((f) => fs.readFile(f, 'utf8'))))
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as AuditEvent);
  expect(await trail.verify(archived)).toEqual({ ok: true, events: 60, fromSeq: 1, lastSeq: 60 });
  expect(await trail.verify()).toEqual({ ok: true, events: 10, fromSeq: 51, lastSeq: 60 });
  archived[30] = { ...archived[30]!, actor: 'mallory' };
  expect(await trail.verify(archived)).toEqual({ ok: false, seq: 31, reason: expect.any(String) });
  await archiver.stop();
  await fs.rm(dir, { recursive: true, force: true });
  await deletePrefix(p4);
});
