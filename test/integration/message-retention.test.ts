/**
 * What Redis keeps of a message once every transaction is final (README, What Redis holds, and for how long): the
 * original is dropped and the record expires after the retention period, whether its transactions were cleared,
 * released, rejected or expired. A released hold's forward unit is a unit of its own, closed by its delivery, beside
 * the hold closed by the decision: before, both closed under one marker (`closed:<hold id>`), the second close
 * counted nothing and the message kept its original, unexpiring. A real gateway on its own key prefix; the store-level
 * cases write records as the version before this one left them (a rolling upgrade).
 */
import { Redis } from 'ioredis';
import { MessageStore } from '../../src/store/message-store';
import { RedisKeys } from '../../src/store/keys';
import { PayloadSealer, generateKey } from '../../src/store/sealed-payload';
import type { AuditEventInput } from '../../src/model/audit';
import { waitUntil } from '../helpers/http-recorder';
import { LISTED, pacs008 } from '../helpers/pacs008';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';
import { cleanPayee, holdPayment, useGateway } from './review-support';

const RETENTION_MS = 24 * 3_600_000; // DUPLICATE_WINDOW below 24 h is kept 24 h
const h = useGateway('retention', { FOUR_EYES: 'false', DUPLICATE_WINDOW: '1h', HOLD_DEADLINES: 'URGP=1s' });
let direct: Redis;
beforeAll(() => void (direct = new Redis(redisUrl())));
afterAll(() => direct.disconnect());

const keysOf = () => new RedisKeys(h.t.prefix);

/** Waits until the message's record has no unit open, and returns what it keeps. */
async function finalRecord(messageId: string): Promise<{ open: string | null; raw: boolean; ttlMs: number }> {
  const key = keysOf().message(messageId);
  // The expiry first: set, the record is final, and what is read after it is the final record's.
  const read = async () => {
    const ttlMs = await direct.pttl(key);
    return { open: await direct.hget(key, 'open'), raw: (await direct.hexists(key, 'raw')) === 1, ttlMs };
  };
  let last = await read();
  await waitUntil(async () => (last = await read()).ttlMs > 0, 10_000, `${messageId}: record final (last ${JSON.stringify(last)})`).catch(() => undefined);
  return last;
}

function expectFinal(r: { open: string | null; raw: boolean; ttlMs: number }): void {
  expect(r).toMatchObject({ open: '0', raw: false });
  expect(r.ttlMs).toBeGreaterThan(RETENTION_MS - 60_000);
  expect(r.ttlMs).toBeLessThanOrEqual(RETENTION_MS);
}

const decide = (holdId: string, action: 'release' | 'reject') =>
  h.t.http
    .post(`/v1/holds/${holdId}/${action}`)
    .set(h.t.as('reviewerA'))
    .send({ comment: 'retention test', ...(action === 'reject' ? { reason: 'RR04' } : {}) })
    .expect(200);

const stage = async (messageId: string, i: number) =>
  (await h.t.http.get(`/v1/messages/${messageId}/status`).set(h.t.as('submitter')).expect(200)).body.transactions[i].stage as string;

it('a clean payment: original dropped, record expiring after the retention period', async () => {
  const res = await h.t.submit(pacs008([cleanPayee()])).expect(200);
  expectFinal(await finalRecord(res.body.message.id as string));
});

it('a held payment released and delivered: as a clean one', async () => {
  const { holdId, messageId } = await holdPayment(h.t);
  await decide(holdId, 'release');
  await waitUntil(async () => (await stage(messageId, 0)) === 'forwarded', 10_000, 'forwarded');
  expectFinal(await finalRecord(messageId));
});

it('a held payment rejected: as a clean one', async () => {
  const { holdId, messageId } = await holdPayment(h.t);
  await decide(holdId, 'reject');
  expectFinal(await finalRecord(messageId));
});

it('a held payment expired at its deadline: as a clean one', async () => {
  const { messageId } = await holdPayment(h.t, { serviceLevel: 'URGP' });
  await waitUntil(async () => (await stage(messageId, 0)) === 'rejected', 15_000, 'expired');
  expectFinal(await finalRecord(messageId));
});

describe('one cleared and one held transaction', () => {
  const submit = async () => {
    const res = await h.t.submit(pacs008([cleanPayee(), { creditorName: 'Payee of a listed account', creditorIban: LISTED.iban }])).expect(200);
    const holdId = res.body.transactions[1].holdId as string;
    expect(holdId).toBeTruthy();
    return { messageId: res.body.message.id as string, holdId };
  };

  it('the hold released, both delivered: original dropped, record expiring', async () => {
    const { messageId, holdId } = await submit();
    await waitUntil(async () => (await stage(messageId, 0)) === 'forwarded', 10_000, 'cleared one forwarded');
    // Held: the original is kept for the decision.
    expect(await direct.hexists(keysOf().message(messageId), 'raw')).toBe(1);
    await decide(holdId, 'release');
    await waitUntil(async () => (await stage(messageId, 1)) === 'forwarded', 10_000, 'released one forwarded');
    expectFinal(await finalRecord(messageId));
  });

  it('the hold rejected: original dropped, record expiring', async () => {
    const { messageId, holdId } = await submit();
    await waitUntil(async () => (await stage(messageId, 0)) === 'forwarded', 10_000, 'cleared one forwarded');
    await decide(holdId, 'reject');
    expectFinal(await finalRecord(messageId));
  });
});

it('a message the version before left open (both closes under one marker, one counted): the sweep at start closes it, once', async () => {
  const { holdId, messageId } = await holdPayment(h.t);
  await decide(holdId, 'release');
  await waitUntil(async () => (await stage(messageId, 0)) === 'forwarded', 10_000, 'forwarded');
  expectFinal(await finalRecord(messageId));
  // As the version before left it: the forward's close not counted, no 'closed:fwd:', the original kept, no expiry.
  const key = keysOf().message(messageId);
  await direct.hdel(key, `closed:fwd:${holdId}`);
  await direct.hset(key, 'open', '1', 'raw', 'sealed bytes');
  await direct.persist(key);
  const first = await h.t.gw.review.repairLostCloses(2);
  expect(first.repaired).toBe(1);
  expectFinal(await finalRecord(messageId));
  // Again: nothing counted twice; the next sweep starts a day before this one.
  expect((await h.t.gw.review.repairLostCloses(2)).repaired).toBe(0);
  expect(await direct.hget(key, 'open')).toBe('0');
  const from = Number(await direct.get(keysOf().lostClosesSweptFrom));
  expect(Date.now() - from).toBeLessThan(60_000);
});

/**
 * The closes themselves, on records as a rolling upgrade finds them: written (in part) by the version before, whose
 * hold close and forward close shared the marker `closed:<hold id>`; each close sent twice must count once.
 */
describe('closing a released hold and its forward unit (store)', () => {
  const prefix = testPrefix('retention-store');
  const keys = new RedisKeys(prefix);
  const key = generateKey();
  let redis: Redis;
  let store: MessageStore;
  const RET = 60_000;
  const at = new Date().toISOString();
  const delivered = (messageId: string, forwardId: string) =>
    store.finishForwards([
      {
        unit: { messageId, forwardId, txIndexes: [0] },
        outcome: 'delivered',
        states: [{ status: 'ACSP', stage: 'forwarded', forwardId, updatedAt: at }],
        audit: { type: 'delivered', messageId, at, actor: 'gateway', data: { forwardId } } as AuditEventInput,
      },
    ]);
  /** A one-transaction message held as `H`: one unit open (the hold). */
  const held = (id: string) => redis.hset(keys.message(id), 'open', '1', 'raw', 'x', 'tx:0', '{}');
  const record = async (id: string) => ({
    open: await redis.hget(keys.message(id), 'open'),
    raw: await redis.hget(keys.message(id), 'raw'),
    ttl: await redis.pttl(keys.message(id)),
  });
  const closedFor = (r: { open: string | null; raw: string | null; ttl: number }) => r.open === '0' && r.raw === null && r.ttl > 0;

  beforeAll(() => {
    redis = new Redis(redisUrl());
    store = new MessageStore(redis, keys, { duplicateWindowMs: RET, retentionMs: RET }, new PayloadSealer({ current: key, keys: [key] }));
  });
  afterAll(async () => {
    redis.disconnect();
    await deletePrefix(prefix);
  });

  it.each([
    ['decision first', false],
    ['delivery first (the forward job ran before the decision closed its hold)', true],
  ])('%s: each close counted once, also when sent again', async (_name, deliveryFirst) => {
    const id = `m-${deliveryFirst ? 'dl' : 'dc'}`;
    await held(id);
    await store.openForwardUnit(id, 'H');
    expect(await redis.hget(keys.message(id), 'open')).toBe('2');
    if (deliveryFirst) {
      await delivered(id, 'H');
      await delivered(id, 'H');
      expect(await store.closeUnit(id, 'H')).toBe(0);
    } else {
      expect(await store.closeUnit(id, 'H')).toBe(1);
      await delivered(id, 'H');
    }
    expect(await store.closeUnit(id, 'H')).toBe(-1);
    await delivered(id, 'H');
    expect(closedFor(await record(id))).toBe(true);
  });

  it('hold closed by the version before, forward delivered by this one', async () => {
    await held('m-up1');
    await store.openForwardUnit('m-up1', 'H');
    // The version before: closed:<hold id>.
    await redis.hset(keys.message('m-up1'), 'closed:H', '1', 'open', '1');
    expect(await store.closeUnit('m-up1', 'H')).toBe(-1); // a recovery re-run of the decision's effects
    await delivered('m-up1', 'H');
    expect(closedFor(await record('m-up1'))).toBe(true);
  });

  it('forward delivered by the version before (closed:<hold id>), hold closed by this one, and again', async () => {
    await held('m-up2');
    await store.openForwardUnit('m-up2', 'H');
    await redis.hset(keys.message('m-up2'), 'closed:H', '1', 'fwd:H', 'delivered', 'open', '1');
    expect(await store.closeUnit('m-up2', 'H')).toBe(0);
    expect(await store.closeUnit('m-up2', 'H')).toBe(-1);
    expect(closedFor(await record('m-up2'))).toBe(true);
  });

  it('the sweep counts nothing but a lost close: not an undecided hold, not a hold closed on its own, not a record gone', async () => {
    await held('m-sw1');
    expect(await store.closeLostForward('m-sw1', 'H')).toBe(false);
    await store.openForwardUnit('m-sw1', 'H');
    expect(await store.closeUnit('m-sw1', 'H')).toBe(1);
    expect(await store.closeLostForward('m-sw1', 'H')).toBe(false); // not delivered yet
    await delivered('m-sw1', 'H');
    expect(await store.closeLostForward('m-sw1', 'H')).toBe(false);
    expect(closedFor(await record('m-sw1'))).toBe(true);
    expect(await store.closeLostForward('m-gone', 'H')).toBe(false);
    expect(await redis.exists(keys.message('m-gone'))).toBe(0);
  });

  it("a cleared unit delivered by the version before (closed:<id>-f) is not closed again by this one's resend", async () => {
    await redis.hset(keys.message('m-up4'), 'open', '1', 'raw', 'x', 'fwd:m-up4-f', 'queued', 'tx:0', '{}');
    await redis.hset(keys.message('m-up4'), 'closed:m-up4-f', '1', 'fwd:m-up4-f', 'delivered', 'open', '0');
    await redis.hdel(keys.message('m-up4'), 'raw');
    await delivered('m-up4', 'm-up4-f');
    expect(await redis.hget(keys.message('m-up4'), 'open')).toBe('0');
  });
});
