/**
 * The audit trail of the review workflow: every event of a payment's life lands in the hash chain, without the
 * debtor's data; `chokepoint audit verify` (the compiled CLI, as an operator runs it) names the first broken link
 * after an event is changed in Redis; `chokepoint audit export` writes JSON Lines.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { AuditEvent, chainHash } from '../../src/model/audit';
import { waitUntil } from '../helpers/http-recorder';
import { pacs008 } from '../helpers/pacs008';
import { REPO_DIR } from '../helpers/paths';
import { redisUrl } from '../helpers/redis';
import type { TestGateway } from '../helpers/test-gateway';
import { auditEvent, auditEvents, cleanPayee, holdPayment, useGateway } from './review-support';

const CLI = path.join(REPO_DIR, 'dist', 'src', 'cli', 'main.js');
const DEBTOR = { name: 'Ingrid Debtorsdottir', iban: 'SE3550000000054910000003' };

// Each test runs the compiled CLI once or twice (a node start and the list's modules): on a machine loaded many
// times over that alone took more than jest's 30 s (a clean-clone CI at load average 25).
jest.setTimeout(120_000);

let t: TestGateway;
const harness = useGateway('review-audit', { HOLD_DEADLINES: 'URGP=1s' });
beforeAll(() => ({ t } = harness));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, REDIS_URL: redisUrl(), REDIS_PREFIX: t.prefix, DATA_DIR: t.dataDir, LOG_LEVEL: 'silent' };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 55_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const debtor = { debtorName: DEBTOR.name, debtorIban: DEBTOR.iban };
const act = (holdId: string, action: string, role: 'reviewerA' | 'reviewerB', body: object = {}) =>
  t.http.post(`/v1/holds/${holdId}/${action}`).set(t.as(role)).send(body);

describe('a day of reviewing', () => {
  let events: AuditEvent[];
  let released: { holdId: string; messageId: string };
  let rejected: { holdId: string; messageId: string };
  let expired: { holdId: string; messageId: string };
  let clean: string;

  beforeAll(async () => {
    clean = (await t.submit(pacs008([{ ...cleanPayee(), ...debtor }])).expect(200)).body.message.id;
    released = await holdPayment(t, debtor);
    rejected = await holdPayment(t, debtor);
    expired = await holdPayment(t, { ...debtor, serviceLevel: 'URGP' });

    await act(released.holdId, 'claim', 'reviewerA').expect(200);
    await act(released.holdId, 'release', 'reviewerA', { comment: 'bookshop, not the seller' }).expect(202);
    await act(released.holdId, 'release', 'reviewerB', { comment: 'agreed' }).expect(200);
    await act(rejected.holdId, 'reject', 'reviewerB', { comment: 'listed seller', reason: 'RR04' }).expect(202);
    await act(rejected.holdId, 'reject', 'reviewerA', { comment: 'agreed' }).expect(200);

    const wanted = (e: AuditEvent[]) =>
      e.some((x) => x.type === 'delivered' && x.messageId === clean) &&
      e.some((x) => x.type === 'delivered' && x.messageId === released.messageId) &&
      e.some((x) => x.type === 'expired' && x.holdId === expired.holdId) &&
      // The expiry's effects are recorded done ('rejected') after its report is queued: the report's 'status-sent' can
      // be in the trail before it (the deadline worker runs apart from this test; a confirmation answers after both).
      e.some((x) => x.type === 'rejected' && x.holdId === expired.holdId) &&
      e.filter((x) => x.type === 'status-sent').length >= 3;
    await waitUntil(async () => wanted(await auditEvents(t.gw)), 15_000, 'the day’s events');
    events = await auditEvents(t.gw);
  });

  it('records every step of a payment’s life, with who did it', () => {
    const of = (holdId: string) => events.filter((e) => e.holdId === holdId).map((e) => `${e.type}:${e.actor}`);
    expect(of(released.holdId)).toEqual(['held:gateway', 'claimed:alice', 'proposed:alice', 'confirmed:bob', 'forwarded:gateway', 'released:bob']);
    expect(of(rejected.holdId)).toEqual(['held:gateway', 'proposed:bob', 'confirmed:alice', 'rejected:alice']);
    expect(of(expired.holdId)).toEqual(['held:gateway', 'expired:gateway', 'rejected:gateway']);
    const forMessage = (messageId: string) => events.filter((e) => e.messageId === messageId).map((e) => e.type);
    expect(forMessage(released.messageId)).toEqual(expect.arrayContaining(['received', 'screened', 'held', 'forwarded', 'delivered', 'status-sent']));
    expect(forMessage(rejected.messageId)).toEqual(expect.arrayContaining(['received', 'screened', 'rejected', 'status-sent']));
    expect(forMessage(clean)).toEqual(expect.arrayContaining(['received', 'screened', 'forwarded', 'delivered']));
  });

  it('names the list and policy version a decision was taken on', () => {
    const screened = events.find((e) => e.type === 'screened' && e.messageId === released.messageId)!;
    const version = t.gw.watchlist.info()!.version;
    expect(screened.data).toMatchObject({ watchlistVersion: version, policyVersion: expect.any(String) });
    const decision = events.find((e) => e.type === 'released' && e.holdId === released.holdId)!;
    expect(decision.data).toMatchObject({ proposedBy: 'alice', confirmedBy: 'bob', watchlistVersion: version });
  });

  it('carries no debtor data', () => {
    const all = JSON.stringify(events);
    expect(all).not.toContain(DEBTOR.name);
    expect(all).not.toContain(DEBTOR.iban);
    expect(all).not.toContain('Debtorsdottir');
  });

  it('exports as JSON Lines and verifies with the CLI', async () => {
    const file = path.join(t.dataDir, 'audit.jsonl');
    const exported = await cli('audit', 'export', '--out', file);
    expect(exported.code).toBe(0);
    const lines = (await fs.readFile(file, 'utf8')).trimEnd().split('\n');
    const parsed = lines.map((l) => JSON.parse(l) as AuditEvent);
    expect(parsed.length).toBeGreaterThanOrEqual(events.length);
    expect(parsed.map((e) => e.seq)).toEqual(parsed.map((_e, i) => i + 1));
    expect(parsed.slice(0, events.length)).toEqual(events);
    expect((await fs.stat(file)).mode & 0o077).toBe(0);

    const ok = await cli('audit', 'verify');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, events: expect.any(Number) });
  });
});

describe('a step whose gateway dies right after it', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(redisUrl());
  });
  afterAll(() => redis.disconnect());

  /** The events written for a hold, sealed or not: both lists in one transaction (the sealer moves events between them). */
  const written = async (holdId: string) => {
    const [log, inbox] = (await redis.multi().lrange(t.gw.keys.auditLog, 0, -1).lrange(t.gw.keys.auditInbox, 0, -1).exec())!.map(([err, lines]) => {
      if (err) throw err;
      return lines as string[];
    });
    return [...log!, ...inbox!].map((l) => JSON.parse(l) as AuditEvent).filter((e) => e.holdId === holdId && e.type !== 'held');
  };
  const step = (messageId: string) => ({
    reviewer: 'alice',
    comment: 'not the seller',
    now: new Date(),
    fourEyes: true,
    conflictRule: 'escalate' as const,
    messageId,
  });

  it('has its audit event already: the decision step writes it with the decision', async () => {
    const { holdId, messageId } = await holdPayment(t, debtor);
    // The store's decision step alone, as a gateway runs it just before a SIGKILL: nothing after it runs.
    const holds = t.gw.holds;
    expect((await holds.act(holdId, { ...step(messageId), action: 'release' })).outcome).toBe('proposed');
    expect((await holds.act(holdId, { ...step(messageId), action: 'release', reviewer: 'bob', comment: 'agreed' })).outcome).toBe('decided');
    expect(await written(holdId)).toMatchObject([
      { type: 'proposed', actor: 'alice', messageId, data: { action: 'release', comment: 'not the seller' } },
      { type: 'confirmed', actor: 'bob', messageId, data: { action: 'release', proposedBy: 'alice', comment: 'agreed' } },
    ]);
  });

  it('a claim, an escalation and an expiry are each written by their own step', async () => {
    const { holdId, messageId } = await holdPayment(t, debtor);
    const now = new Date();
    const event = (type: 'claimed' | 'escalated' | 'expired') => ({ type, messageId, holdId, at: now.toISOString(), actor: 'gateway' });
    expect((await t.gw.holds.claim(holdId, 'alice', now, 'claim', { ...event('claimed'), actor: 'alice' })).outcome).toBe('ok');
    expect(await t.gw.holds.markEscalated(holdId, now, event('escalated'))).toBe(true);
    const decision = { action: 'reject' as const, reviewer: 'gateway', comment: 'deadline passed', at: now.toISOString() };
    expect(await t.gw.holds.systemDecide(holdId, ['pending', 'escalated'], 'expired', decision, now, event('expired'))).toBe('ok');
    // Refused steps write nothing.
    expect(await t.gw.holds.markEscalated(holdId, now, event('escalated'))).toBe(false);
    expect((await t.gw.holds.claim(holdId, 'bob', now, 'claim', { ...event('claimed'), actor: 'bob' })).outcome).toBe('not-pending');
    expect((await written(holdId)).map((e) => `${e.type}:${e.actor}`)).toEqual(['claimed:alice', 'escalated:gateway', 'expired:gateway']);
  });

  it('a decision whose effects run twice (its own run and a recovery after a crash) is forwarded and released once on record', async () => {
    const { holdId, messageId } = await holdPayment(t, debtor);
    await t.gw.holds.act(holdId, { ...step(messageId), action: 'release' });
    await t.gw.holds.act(holdId, { ...step(messageId), action: 'release', reviewer: 'bob', comment: 'agreed' });
    const hold = await t.gw.review.get(holdId);
    await Promise.all([t.gw.review.applyEffects(hold), t.gw.review.applyEffects(hold)]);
    await t.gw.review.applyEffects(hold);
    expect((await written(holdId)).map((e) => e.type)).toEqual(['proposed', 'confirmed', 'forwarded', 'released']);
    const delivered = await auditEvent(t.gw, 'delivered', (e) => e.type === 'delivered' && e.messageId === messageId);
    expect(delivered.data).toMatchObject({ forwardId: holdId });
  });
});

describe('a tampered audit trail', () => {
  it('is caught by `chokepoint audit verify`, which names the first broken link', async () => {
    const redis = new Redis(redisUrl());
    try {
      const log = t.gw.keys.auditLog;
      const length = await redis.llen(log);
      expect(length).toBeGreaterThan(10);
      // Someone rewrites who confirmed a release, in place, keeping the stored hash.
      const index = (await redis.lrange(log, 0, -1)).findIndex((l) => (JSON.parse(l) as AuditEvent).type === 'confirmed');
      const event = JSON.parse((await redis.lindex(log, index))!) as AuditEvent;
      await redis.lset(log, index, JSON.stringify({ ...event, actor: 'mallory' }));

      const broken = await cli('audit', 'verify');
      expect(broken.code).toBe(2);
      expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, seq: event.seq, reason: expect.stringMatching(/hash/) });

      // Rewriting the hash as well moves the break to the next link, which still points at the original.
      const { hash: _old, ...body } = { ...event, actor: 'mallory' };
      await redis.lset(log, index, JSON.stringify({ ...body, hash: chainHash(event.prev, body) }));
      const relinked = await cli('audit', 'verify');
      expect(relinked.code).toBe(2);
      expect(JSON.parse(relinked.stdout)).toMatchObject({ ok: false, seq: event.seq + 1, reason: expect.stringMatching(/link|previous/) });

      // Restored, the chain verifies again.
      await redis.lset(log, index, JSON.stringify(event));
      expect((await cli('audit', 'verify')).code).toBe(0);
    } finally {
      redis.disconnect();
    }
  });
});
