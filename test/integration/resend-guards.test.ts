/**
 * Writes of the payment path sent again by the Redis client after their answer was lost. ioredis keeps a command whose
 * connection dropped before the answer and writes it again once it is connected, also one Redis had already run
 * (intent-dispatcher-resend.test.ts has the trim's case). Each test here loses one write's answer behind a proxy
 * (after Redis ran it), lets the client send it again, and checks that the resend changed nothing — no second audit
 * event in the trail, no proposal made of a counter-proposal — answered what the first run answered, and was logged.
 * On the real Redis, each write on keys of its own under this file's prefix.
 */
import { Redis } from 'ioredis';
import { HoldStore } from '../../src/store/hold-store';
import { MessageStore } from '../../src/store/message-store';
import { RESENT_GUARD_MS, RedisAuditTrail } from '../../src/store/audit-store';
import { ExceptionStore } from '../../src/store/exception-store';
import { RescreenStore } from '../../src/store/rescreen-store';
import { RedisKeys } from '../../src/store/keys';
import { createRedis, type RedisClient, waitReady } from '../../src/store/redis';
import { defineScripts } from '../../src/store/scripts';
import { PayloadSealer, generateKey } from '../../src/store/sealed-payload';
import type { AuditEvent, AuditEventInput } from '../../src/model/audit';
import { type ExceptionRecord, type HoldDecision, pairOf } from '../../src/model/records';
import { FaultProxy } from '../helpers/fault-proxy';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';

const prefix = testPrefix('resend-guards');
const keys = new RedisKeys(prefix);
const key = generateKey();
const sealer = new PayloadSealer({ current: key, keys: [key] });
let direct: Redis;
let proxy: FaultProxy;
let viaProxy: RedisClient;
/** Straight to Redis, with the scripts: another reviewer or instance acting while the proxy is down. */
let other: RedisClient;
const resent: { write: string; ids: Record<string, string | number> }[] = [];
const log = (write: string, ids: Readonly<Record<string, string | number>>) => void resent.push({ write, ids: { ...ids } });

beforeAll(async () => {
  direct = new Redis(redisUrl());
  proxy = await new FaultProxy(Number(new URL(redisUrl()).port)).start();
  viaProxy = createRedis({ kind: 'single', url: proxy.url }, 'request', 'resend-guards');
  await waitReady(viaProxy);
  other = createRedis({ kind: 'single', url: redisUrl() }, 'request', 'resend-guards-other');
  await waitReady(other);
  // Every script cached in Redis first: a script Redis does not have is answered NOSCRIPT and sent as EVAL, and the
  // answer lost would be that refusal's, not the run's.
  defineScripts(viaProxy);
  const scripts = (viaProxy as unknown as { scriptsSet: Record<string, { lua: string }> }).scriptsSet;
  for (const s of Object.values(scripts)) await direct.script('LOAD', s.lua);
});

afterAll(async () => {
  viaProxy.disconnect();
  other.disconnect();
  await proxy.stop();
  direct.disconnect();
  await deletePrefix(prefix);
});

beforeEach(() => void (resent.length = 0));

/**
 * Runs `call` with the answer of the first command naming `needle` lost after Redis ran it; the client sends it again
 * once the proxy lets it connect (after a second). `meanwhile` runs while the connection is down.
 */
async function answerLost<T>(needle: string, call: () => Promise<T>, meanwhile?: () => Promise<void>): Promise<T> {
  const cut = proxy.arm({ needle, when: 'after-sending', downMs: 1_000 });
  const reply = call();
  await cut;
  await meanwhile?.();
  const out = await reply;
  await waitReady(viaProxy);
  await viaProxy.ping();
  return out;
}

/** The events in the trail, sealed or still in the inbox, those matching `pick`. */
async function inbox(pick: (e: AuditEventInput) => boolean): Promise<AuditEventInput[]> {
  const lines = [...(await direct.lrange(keys.auditLog, 0, -1)), ...(await direct.lrange(keys.auditInbox, 0, -1))];
  return lines.map((l) => JSON.parse(l) as AuditEventInput).filter(pick);
}

/** Two keys a script names one after the other, as RESP writes them: only that script's call has them so. */
const keyPair = (a: string, b: string) => `${a}\r\n$${b.length}\r\n${b}\r\n`;

describe('audit events recorded on their own (RedisAuditTrail.record)', () => {
  it('are appended once', async () => {
    const trail = new RedisAuditTrail(viaProxy, keys, undefined, log);
    const event: AuditEventInput = { type: 'status-sent', messageId: 'm-rec', at: new Date().toISOString(), actor: 'gateway', data: { reportId: 'r-rec' } };
    await answerLost(`${keys.auditInbox}\r\n`, () => trail.record(event));
    // The record kicked the sealer: done before the next test cuts the connection again.
    await trail.stopSealing();
    expect(await inbox((e) => e.messageId === 'm-rec')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'audit append', ids: { events: 1 } }]);
    // The nonce key that stopped the resend expires by itself (RESENT_GUARD_MS).
    const nonces = await direct.keys(keys.auditAppended('*'));
    expect(nonces.length).toBeGreaterThan(0);
    for (const k of nonces) {
      const ttl = await direct.pttl(k);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(RESENT_GUARD_MS);
    }
  });

  it('a batch sealed into the chain is not appended again, and the seal answers done', async () => {
    await direct.rpush(keys.auditInbox, JSON.stringify({ type: 'rescreened', at: new Date().toISOString(), actor: 'gateway', data: { n: 'seal' } }));
    const trail = new RedisAuditTrail(viaProxy, keys, undefined, log);
    await answerLost(keyPair(keys.auditSealerLease, keys.auditLog), () => trail.seal());
    await trail.stopSealing();
    expect(await inbox((e) => e.data?.n === 'seal')).toHaveLength(1);
    expect(await direct.llen(keys.auditInbox)).toBe(0);
    expect(resent).toEqual([{ write: 'audit seal', ids: { events: 1, headSeq: await direct.llen(keys.auditLog) } }]);
  });
});

describe('forward outcomes (finish-forwards.lua)', () => {
  const store = () => new MessageStore(viaProxy, keys, { duplicateWindowMs: 60_000, retentionMs: 60_000, resent: log }, sealer);
  const unitOf = (id: string) => ({ messageId: id, forwardId: `${id}-f`, txIndexes: [0] });
  const queued = (id: string) => direct.hset(keys.message(id), 'open', '1', `fwd:${id}-f`, 'queued', 'tx:0', '{}', 'raw', 'x');
  const state = { status: 'ACSP', stage: 'forwarded', updatedAt: new Date().toISOString() } as const;

  it('a delivery: one delivered event, the unit closed once', async () => {
    await queued('m-del');
    const audit: AuditEventInput = { type: 'delivered', messageId: 'm-del', at: state.updatedAt, actor: 'gateway', data: { forwardId: 'm-del-f' } };
    await answerLost(keys.message('m-del'), () => store().finishForwards([{ unit: unitOf('m-del'), outcome: 'delivered', states: [state], audit }]));
    expect(await inbox((e) => e.messageId === 'm-del')).toHaveLength(1);
    expect(await direct.hmget(keys.message('m-del'), 'open', `fwd:m-del-f`, 'raw')).toEqual(['0', 'delivered', null]);
    expect(resent).toEqual([{ write: 'forward outcome', ids: { forwardId: 'm-del-f', outcome: 'delivered' } }]);
  });

  it('a dead letter: one dead-lettered event', async () => {
    await queued('m-dead');
    const audit: AuditEventInput = { type: 'dead-lettered', messageId: 'm-dead', at: state.updatedAt, actor: 'gateway', data: { forwardId: 'm-dead-f' } };
    const deadLetter = { forwardId: 'm-dead-f', messageId: 'm-dead', reason: 'refused' };
    await answerLost(keys.message('m-dead'), () =>
      store().finishForwards([{ unit: unitOf('m-dead'), outcome: 'dead', states: [{ ...state, stage: 'dead-letter' }], audit, deadLetter }]),
    );
    expect(await inbox((e) => e.messageId === 'm-dead')).toHaveLength(1);
    expect(await direct.hget(keys.deadLetters, 'm-dead-f')).toBe(JSON.stringify(deadLetter));
    expect(resent).toEqual([{ write: 'forward outcome', ids: { forwardId: 'm-dead-f', outcome: 'dead' } }]);
  });

  it("a released transaction's state does not overwrite its delivery's outcome", async () => {
    await queued('m-tx');
    const forwarded = JSON.stringify({ ...state, forwardId: 'm-tx-f' });
    const released = { status: 'ACSP', stage: 'forward-queued', forwardId: 'm-tx-f', updatedAt: state.updatedAt } as const;
    // Meanwhile another instance delivered the released unit (its job was queued before this write).
    await answerLost(
      keys.message('m-tx'),
      () => store().setTransactionState('m-tx', 0, released),
      async () => void (await direct.hset(keys.message('m-tx'), 'tx:0', forwarded)),
    );
    expect(await direct.hget(keys.message('m-tx'), 'tx:0')).toBe(forwarded);
    expect(resent).toEqual([{ write: 'transaction state', ids: { messageId: 'm-tx', index: 0, stage: 'forward-queued' } }]);
  });

  it('a status report dead-lettered: one status-dead-lettered event', async () => {
    const at = new Date().toISOString();
    await answerLost(keys.statusDeadLetters, () =>
      store().deadLetterStatusReport(
        { reportId: 'r-sdl', messageId: 'm-sdl', reason: 'refused', attempts: 1, at },
        { type: 'status-dead-lettered', messageId: 'm-sdl', at, actor: 'gateway', data: { reportId: 'r-sdl' } },
      ),
    );
    expect(await inbox((e) => e.messageId === 'm-sdl')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'status report dead letter', ids: { reportId: 'r-sdl' } }]);
  });
});

describe('steps on a hold', () => {
  const holds = () => new HoldStore(viaProxy, keys, sealer, undefined, log);
  /** Another reviewer's or instance's store, straight to Redis (acts while the proxy is down). */
  const others = () => new HoldStore(other, keys, sealer);
  const pending = (id: string) => direct.hset(keys.hold(id), 'state', 'pending', 'facets', '{}');
  const act = (id: string, action: 'release' | 'reject', reviewer: string) =>
    holds().act(id, { action, reviewer, comment: 'c', now: new Date(), fourEyes: true, conflictRule: 'escalate', messageId: `m-${id}` });
  const events = (id: string, type: string) => inbox((e) => e.holdId === id && e.type === type);
  // Only a step on the hold names it and then the audit inbox (claim) or the open holds by creation (decisions).
  const claimNeedle = (id: string) => keyPair(keys.hold(id), keys.auditInbox);
  const decisionNeedle = (id: string) => keyPair(keys.hold(id), keys.holdsByCreated);

  it('a claim: answered ok, one claimed event', async () => {
    await pending('h-claim');
    const event = { type: 'claimed', holdId: 'h-claim', at: new Date().toISOString(), actor: 'alice' } as const;
    const r = await answerLost(claimNeedle('h-claim'), () => holds().claim('h-claim', 'alice', new Date(), 'claim', event));
    expect(r).toEqual({ outcome: 'ok', detail: 'alice' });
    expect(await events('h-claim', 'claimed')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'hold claim', ids: { holdId: 'h-claim', outcome: 'ok' } }]);
  });

  it('an unclaim: one unclaimed event', async () => {
    await pending('h-unclaim');
    await direct.hset(keys.hold('h-unclaim'), 'claimedBy', 'alice', 'claimedAt', new Date().toISOString());
    const event = { type: 'unclaimed', holdId: 'h-unclaim', at: new Date().toISOString(), actor: 'alice' } as const;
    const r = await answerLost(claimNeedle('h-unclaim'), () => holds().claim('h-unclaim', 'alice', new Date(), 'unclaim', event));
    expect(r.outcome).toBe('ok');
    expect(await events('h-unclaim', 'unclaimed')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'hold unclaim', ids: { holdId: 'h-unclaim', outcome: 'ok' } }]);
  });

  it('a proposal (four eyes) is answered as a proposal, not as the proposer confirming', async () => {
    await pending('h-prop');
    const r = await answerLost(decisionNeedle('h-prop'), () => act('h-prop', 'release', 'alice'));
    expect(r.outcome).toBe('proposed');
    expect(await events('h-prop', 'proposed')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'hold decision', ids: { holdId: 'h-prop', outcome: 'proposed' } }]);
  });

  it('a confirmation is answered decided, not "already released"', async () => {
    await pending('h-conf');
    await act('h-conf', 'release', 'alice');
    const r = await answerLost(decisionNeedle('h-conf'), () => act('h-conf', 'release', 'bob'));
    expect(r.outcome).toBe('decided');
    expect(await direct.hget(keys.hold('h-conf'), 'state')).toBe('released');
    expect(await events('h-conf', 'confirmed')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'hold decision', ids: { holdId: 'h-conf', outcome: 'decided' } }]);
  });

  it('an opposite proposal that escalated the hold makes no proposal of its own when sent again', async () => {
    await pending('h-esc');
    await act('h-esc', 'release', 'alice');
    const r = await answerLost(decisionNeedle('h-esc'), () => act('h-esc', 'reject', 'bob'));
    expect(r.outcome).toBe('conflict');
    expect(await direct.hmget(keys.hold('h-esc'), 'state', 'proposal')).toEqual(['escalated', null]);
    expect(await events('h-esc', 'escalated')).toHaveLength(1);
    expect(await events('h-esc', 'proposed')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'hold decision', ids: { holdId: 'h-esc', outcome: 'conflict' } }]);
  });

  /** The hold's trail, in order, as `type:actor`. */
  const trail = async (id: string) => (await inbox((e) => e.holdId === id)).map((e) => `${e.type}:${e.actor}`);

  it("a proposal resent after another reviewer's step escalated the hold makes no second proposal", async () => {
    await pending('h-a');
    // Alice proposes release (its answer lost); meanwhile Bob rejects, which escalates the hold.
    const r = await answerLost(
      decisionNeedle('h-a'),
      () => act('h-a', 'release', 'alice'),
      async () =>
        void (await others().act('h-a', {
          action: 'reject',
          reviewer: 'bob',
          comment: 'c',
          now: new Date(),
          fourEyes: true,
          conflictRule: 'escalate',
          messageId: 'm-h-a',
        })),
    );
    expect(r.outcome).toBe('proposed');
    expect(await direct.hmget(keys.hold('h-a'), 'state', 'proposal')).toEqual(['escalated', null]);
    expect(await trail('h-a')).toEqual(['proposed:alice', 'escalated:bob']);
    expect(resent).toEqual([{ write: 'hold decision', ids: { holdId: 'h-a', outcome: 'proposed' } }]);
  });

  it("an escalating counter-proposal resent after a third reviewer's proposal does not confirm it", async () => {
    await pending('h-b');
    await act('h-b', 'release', 'alice');
    // Bob's reject escalates the hold (its answer lost); meanwhile Carol proposes reject on the escalated hold.
    const r = await answerLost(
      decisionNeedle('h-b'),
      () => act('h-b', 'reject', 'bob'),
      async () =>
        void (await others().act('h-b', {
          action: 'reject',
          reviewer: 'carol',
          comment: 'c',
          now: new Date(),
          fourEyes: true,
          conflictRule: 'escalate',
          messageId: 'm-h-b',
        })),
    );
    expect(r.outcome).toBe('conflict');
    const [state, proposal] = await direct.hmget(keys.hold('h-b'), 'state', 'proposal');
    expect(state).toBe('escalated');
    expect((JSON.parse(proposal!) as { reviewer: string }).reviewer).toBe('carol');
    expect(await trail('h-b')).toEqual(['proposed:alice', 'escalated:bob', 'proposed:carol']);
    // One field per step (Alice's, Bob's, Carol's), which go with the hold's hash.
    expect(Object.keys(await direct.hgetall(keys.hold('h-b'))).filter((f) => f.startsWith('step'))).toHaveLength(3);
    expect(resent).toEqual([{ write: 'hold decision', ids: { holdId: 'h-b', outcome: 'conflict' } }]);
  });

  it("a claim resent after the gateway's escalation appends no second claimed event", async () => {
    await pending('h-c1');
    const event = { type: 'claimed', holdId: 'h-c1', at: new Date().toISOString(), actor: 'alice' } as const;
    const escalated = { type: 'escalated', holdId: 'h-c1', at: new Date().toISOString(), actor: 'gateway' } as const;
    const r = await answerLost(
      claimNeedle('h-c1'),
      () => holds().claim('h-c1', 'alice', new Date(), 'claim', event),
      async () => void (await others().markEscalated('h-c1', new Date(), escalated)),
    );
    expect(r).toEqual({ outcome: 'ok', detail: 'alice' });
    expect(await trail('h-c1')).toEqual(['claimed:alice', 'escalated:gateway']);
    expect(resent).toEqual([{ write: 'hold claim', ids: { holdId: 'h-c1', outcome: 'ok' } }]);
  });

  it("the gateway's escalation resent after a reviewer's claim is answered escalated", async () => {
    await pending('h-c2');
    const event = { type: 'escalated', holdId: 'h-c2', at: new Date().toISOString(), actor: 'gateway' } as const;
    const claimed = { type: 'claimed', holdId: 'h-c2', at: new Date().toISOString(), actor: 'bob' } as const;
    const needle = keyPair(keys.hold('h-c2'), keys.reviewDay(new Date().toISOString().slice(0, 10)));
    const r = await answerLost(
      needle,
      () => holds().markEscalated('h-c2', new Date(), event),
      async () => void (await others().claim('h-c2', 'bob', new Date(), 'claim', claimed)),
    );
    expect(r).toBe(true);
    expect(await trail('h-c2')).toEqual(['escalated:gateway', 'claimed:bob']);
    expect(resent).toEqual([{ write: 'hold escalation', ids: { holdId: 'h-c2' } }]);
  });

  it("the gateway's expiry is answered ok, so its effects follow at once", async () => {
    await pending('h-exp');
    const now = new Date();
    const decision: HoldDecision = { action: 'reject', reviewer: 'gateway', comment: 'deadline passed', at: now.toISOString() };
    const event = { type: 'expired', holdId: 'h-exp', at: now.toISOString(), actor: 'gateway' } as const;
    const r = await answerLost(decisionNeedle('h-exp'), () => holds().systemDecide('h-exp', ['pending', 'escalated'], 'expired', decision, now, event));
    expect(r).toBe('ok');
    expect(await events('h-exp', 'expired')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'hold system decision', ids: { holdId: 'h-exp', state: 'expired' } }]);
  });

  it("the gateway's escalation is answered escalated", async () => {
    await pending('h-overdue');
    const event = { type: 'escalated', holdId: 'h-overdue', at: new Date().toISOString(), actor: 'gateway' } as const;
    const needle = keyPair(keys.hold('h-overdue'), keys.reviewDay(new Date().toISOString().slice(0, 10)));
    expect(await answerLost(needle, () => holds().markEscalated('h-overdue', new Date(), event))).toBe(true);
    expect(await events('h-overdue', 'escalated')).toHaveLength(1);
    expect(resent).toEqual([{ write: 'hold escalation', ids: { holdId: 'h-overdue' } }]);
  });
});

describe('exceptions and post-hoc items', () => {
  const exceptions = () => new ExceptionStore(viaProxy, keys, log);
  const proposed = (id: string) =>
    direct.hset(
      keys.exceptions,
      id,
      JSON.stringify({
        id,
        counterparty: 'iban:X',
        entryId: `e-${id}`,
        methods: [],
        state: 'proposed',
        holdId: 'h',
        proposedBy: 'alice',
        proposedAt: '',
        comment: '',
        days: 30,
      }),
    );

  /** A new proposal of an exception for the pair (counterparty, e-<id>), as the service makes one. */
  const proposal = (id: string, counterparty: string, now: Date): ExceptionRecord => ({
    id,
    counterparty,
    entryId: `e-${id}`,
    methods: [],
    state: 'proposed',
    holdId: 'h',
    proposedBy: 'alice',
    proposedAt: now.toISOString(),
    comment: '',
    days: 30,
  });

  // Answered 'not-pending', the caller recorded no event of a confirmation that took place.
  it('a confirmation is answered ok', async () => {
    await proposed('x-conf');
    const r = await answerLost(`${keys.exceptions}\r\n`, () => exceptions().confirm('x-conf', 'bob', 'ok', new Date(), new Date(Date.now() + 86_400_000)));
    expect(r.outcome).toBe('ok');
    expect(resent).toEqual([{ write: 'exception confirmation', ids: { exceptionId: 'x-conf' } }]);
  });

  it('a revocation is answered ok', async () => {
    await proposed('x-rev');
    const r = await answerLost(`${keys.exceptions}\r\n`, () => exceptions().revoke('x-rev', 'bob', 'no', new Date()));
    expect(r.outcome).toBe('ok');
    expect(JSON.parse((await direct.hget(keys.exceptions, 'x-rev'))!)).toMatchObject({ state: 'revoked', revokedBy: 'bob', revokeComment: 'no' });
    expect(resent).toEqual([{ write: 'exception revocation', ids: { exceptionId: 'x-rev' } }]);
  });

  it('a proposal is answered ok, not "exists" (itself)', async () => {
    const now = new Date();
    const r = await answerLost(`${keys.exceptions}\r\n`, () => exceptions().propose(proposal('x-prop', 'iban:Y', now), now));
    expect(r).toEqual({ outcome: 'ok', id: 'x-prop' });
    expect(resent).toEqual([{ write: 'exception proposal', ids: { exceptionId: 'x-prop' } }]);
  });

  it('a proposal resent after its revocation does not bring the exception back', async () => {
    const now = new Date();
    const r = await answerLost(
      `${keys.exceptions}\r\n`,
      () => exceptions().propose(proposal('x-gone', 'iban:Z', now), now),
      async () => void (await new ExceptionStore(other, keys).revoke('x-gone', 'bob', 'withdrawn', new Date())),
    );
    expect(r).toEqual({ outcome: 'ok', id: 'x-gone' });
    expect(JSON.parse((await direct.hget(keys.exceptions, 'x-gone'))!)).toMatchObject({ state: 'revoked', revokedBy: 'bob' });
    expect(await direct.hget(keys.exceptionPairs, pairOf('iban:Z', 'e-x-gone'))).toBeNull();
    expect(resent).toEqual([{ write: 'exception proposal', ids: { exceptionId: 'x-gone' } }]);
  });

  it('a post-hoc close is answered closed, not "already closed"', async () => {
    await direct.hset(keys.postHocItem('p-1'), 'state', 'open', 'body', 'x');
    const store = new RescreenStore(viaProxy, keys, sealer, log);
    const closed = { by: 'alice', at: new Date().toISOString(), outcome: 'no-action', comment: 'not the listed party' } as const;
    const r = await answerLost(`${keys.postHocItem('p-1')}\r\n`, () => store.closePostHoc('p-1', closed as never, 60_000));
    expect(r.outcome).toBe('closed');
    expect(resent).toEqual([{ write: 'post-hoc close', ids: { postHocId: 'p-1' } }]);
  });
});

describe('the audit chain', () => {
  it('a trim after an export answers done, not "the exported events are no longer the first"', async () => {
    const sealing = new RedisAuditTrail(direct, keys);
    for (const n of [1, 2, 3]) await sealing.record({ type: 'rescreened', at: new Date().toISOString(), actor: 'gateway', data: { n } });
    await sealing.seal();
    const events: AuditEvent[] = [];
    for await (const e of sealing.events()) events.push(e);
    const trail = new RedisAuditTrail(viaProxy, keys, undefined, log);
    await answerLost(keyPair(keys.auditLog, keys.auditCheckpoint), () => trail.trim(2, events[1]!));
    expect(await direct.llen(keys.auditLog)).toBe(events.length - 2);
    expect(resent).toEqual([{ write: 'audit trim', ids: { count: 2, seq: events[1]!.seq } }]);
  });
});
