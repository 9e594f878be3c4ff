/**
 * What rescreening keeps of a cleared payment is written by the accept's own atomic step (persist-accepted.lua),
 * not after it: the state Redis holds the moment that step returns — all a kill right then would leave — already
 * has the record. Before, it was written by a second round trip after the accept, and a kill between the two left
 * an acknowledged payment that no list change would ever rescreen. Real accept path, real Redis.
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { readMessage } from '../../src/iso20022';
import { RedisKeys } from '../../src/store/keys';
import { MessageStore, type AcceptedMessage } from '../../src/store/message-store';
import { PayloadSealer, generateKey } from '../../src/store/sealed-payload';
import { openCleared } from '../../src/store/cleared-record';
import { readWatchlistFile } from '../../src/watchlist/read-file';
import { decisionPolicy } from '../../src/policy/decision-policy';
import { ScreeningService } from '../../src/app/screening-service';
import { AcceptService } from '../../src/app/accept-service';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { deletePrefix, redisUrl, testPrefix } from '../helpers/redis';
import { SAMPLE_WATCHLIST } from '../helpers/test-gateway';

const LOOKBACK_MS = 600_000;
const prefix = testPrefix('cleared-atomic');
const keys = new RedisKeys(prefix);
const redis = new Redis(redisUrl());
const key = generateKey();
const sealer = new PayloadSealer({ current: key, keys: [key] });

/** The Redis state right after each accept's write, before anything else the accept does. */
const afterWrite: { unitId: string | undefined; record: Buffer | null; ttl: number; indexed: string | null }[] = [];

class ObservedStore extends MessageStore {
  override async persistAccepted(m: AcceptedMessage) {
    const outcome = await super.persistAccepted(m);
    const unitId = m.plan.forward?.forwardId;
    const [record, ttl, indexed] = unitId
      ? await Promise.all([redis.getBuffer(keys.cleared(unitId)), redis.pttl(keys.cleared(unitId)), redis.zscore(keys.clearedByTime, unitId)])
      : [null, -2, null];
    afterWrite.push({ unitId, record, ttl, indexed });
    return outcome;
  }
}

let accept: AcceptService;

beforeAll(async () => {
  const { screener } = await readWatchlistFile(SAMPLE_WATCHLIST);
  const status = { rejectReason: 'RR04', pendingStatus: 'PDNG' as const };
  const screening = new ScreeningService({ screener, policy: decisionPolicy({ instantNameHitAction: 'reject' }) }, { instantCodes: ['INST'], status });
  const store = new ObservedStore(redis, keys, { duplicateWindowMs: 3_600_000, retentionMs: 3_600_000 }, sealer);
  accept = new AcceptService({
    screening,
    store,
    keys,
    outcomes: { ...status, holdDeadlines: { default: 3_600_000, byServiceLevel: {} } },
    now: () => new Date(),
    rescreenLookbackMs: LOOKBACK_MS,
  });
});

afterAll(async () => {
  redis.disconnect();
  await deletePrefix(prefix);
});

const submit = (xml: string) => accept.accept(readMessage(xml), { submitter: 'hub-test', digest: createHash('sha256').update(xml).digest('hex') });

it('an acknowledged accept has its cleared payments kept, sealed and expiring, from its own atomic write', async () => {
  const payee = 'Baeckerei Morgenrot GmbH';
  const xml = pacs008([
    { creditorName: payee, creditorIban: ibanDE(7301) },
    { creditorName: LISTED.name, creditorIban: LISTED.iban },
  ]);
  const outcome = await submit(xml);
  expect(outcome.httpStatus).toBe(200);
  expect(outcome.result.transactions.map((t) => t.decision)).toEqual(['clear', 'hold']);

  expect(afterWrite).toHaveLength(1);
  const seen = afterWrite[0]!;
  expect(seen.unitId).toBeDefined();
  expect(seen.record).not.toBeNull();
  // Sealed like the other stored payment data: the payee's name is not readable in Redis.
  expect(seen.record!.includes(Buffer.from(payee))).toBe(false);
  expect(seen.ttl).toBeGreaterThan(LOOKBACK_MS - 60_000);
  expect(seen.ttl).toBeLessThanOrEqual(LOOKBACK_MS);
  expect(Number(seen.indexed)).toBeGreaterThan(Date.now() - 60_000);
  // Only the cleared transaction (the held one is rescreened as a hold), with the ids a recall needs.
  const payments = openCleared(sealer, seen.unitId!, seen.record!);
  expect(payments).toEqual([expect.objectContaining({ messageId: outcome.messageId, index: 0, forwardId: seen.unitId })]);
  expect(JSON.stringify(payments)).toContain(payee);
  expect(JSON.stringify(payments)).not.toContain(LISTED.name);
});

it('a resend acknowledged as the same message writes no second record; a message with nothing cleared writes none', async () => {
  const xml = pacs008([{ creditorName: 'Kaffeerösterei Abendstern GmbH', creditorIban: ibanDE(7302) }]);
  const first = await submit(xml);
  const indexed = await redis.zcard(keys.clearedByTime);
  const again = await submit(xml);
  expect(again.messageId).toBe(first.messageId);
  expect(await redis.zcard(keys.clearedByTime)).toBe(indexed);

  afterWrite.length = 0;
  const held = await submit(pacs008([{ creditorName: LISTED.name, creditorIban: LISTED.iban }]));
  expect(held.result.transactions.map((t) => t.decision)).toEqual(['hold']);
  expect(afterWrite).toEqual([expect.objectContaining({ unitId: undefined })]);
  expect(await redis.zcard(keys.clearedByTime)).toBe(indexed);
});
