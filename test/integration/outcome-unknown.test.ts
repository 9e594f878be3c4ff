/**
 * Every answer about the store is true. A message whose accept was sent to Redis without an answer coming back is
 * 504 STORE_OUTCOME_UNKNOWN (it may be stored), never 503 STORE_UNAVAILABLE (which says nothing was stored); the
 * identical resend gets the stored outcome as a replay (200, X-Chokepoint-Replay: true) or is accepted now if it never
 * was; a different message under the same identifiers stays 409. On a redis-server of its own (append-only, fsync
 * always) behind a proxy that loses one accept's answer on purpose, and killed with SIGKILL while accepts are in flight.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedRedis, startEmbeddedRedis } from '../../src/runtime/embedded-redis';
import { FaultProxy } from '../helpers/fault-proxy';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { ibanDE, pacs008 } from '../helpers/pacs008';
import { startTestGateway, TestGateway } from '../helpers/test-gateway';
import { unitsOf } from '../../src/queues/queues';

// The load test waits up to 60 s for deliveries, twice, after 300 sends and a Redis restart: at load average 20 and
// more the whole ran past 120 s.
jest.setTimeout(240_000);
let redisDir: string;
let redis: EmbeddedRedis;
let proxy: FaultProxy;
let core: HttpRecorder;
let t: TestGateway;

beforeAll(async () => {
  redisDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-outcome-'));
  redis = await startEmbeddedRedis({ dataDir: redisDir, persistence: 'aof-always' });
  proxy = await new FaultProxy(redis.port).start();
  core = await new HttpRecorder().start();
  t = await startTestGateway('outcome', { REDIS_URL: proxy.url, CORE_URL: core.url });
});
afterAll(async () => {
  await t.destroy().catch(() => undefined);
  await proxy.stop();
  await redis.stop();
  await core.stop();
  await fs.rm(redisDir, { recursive: true, force: true });
});

/** Distinct deliveries (Idempotency-Key: the core books each key once) of the payment to this creditor. */
const forwardsOf = (creditor: string) =>
  new Set(core.accepted.filter((r) => r.body.includes(`<Nm>${creditor}</Nm>`)).map((r) => r.headers['idempotency-key'])).size;
const isReplay = (res: { headers: Record<string, string> }) => res.headers['x-chokepoint-replay'] === 'true';

/** Kills the redis-server with SIGKILL (a power cut) and starts it again on the same port from its append-only file. */
async function crashRedis(): Promise<void> {
  const port = redis.port;
  process.kill(redis.pid, 'SIGKILL');
  await waitUntil(
    () => {
      try {
        process.kill(redis.pid, 0);
        return false;
      } catch {
        return true;
      }
    },
    5_000,
    'redis-server gone',
  );
  return void (redis = await startEmbeddedRedis({ dataDir: redisDir, persistence: 'aof-always', port }));
}

/**
 * What only the accept's command carries in the clear: the key of the message-id index. Payment data is sealed
 * before it goes to Redis, so a creditor's name is never seen on the wire.
 */
const acceptOf = (msgId: string) => `:msgid:${msgId}`;
const freshMsgId = () => `OU${randomUUID().replace(/-/g, '').slice(0, 24)}`;

const ready = () => waitUntil(async () => (await t.http.get('/readyz')).status === 200, 30_000, 'gateway ready again');

it('an accept Redis ran but whose answer was lost: 504, then the identical resend is a replay of the stored outcome', async () => {
  const msgId = freshMsgId();
  const xml = pacs008([{ creditorName: 'Unconfirmed Write AB', creditorIban: ibanDE(201) }], { msgId });
  // Redis stays out of reach for longer than the request's command timeout (5 s).
  const cut = proxy.arm({ needle: acceptOf(msgId), when: 'after-sending', downMs: 7_000 });
  const first = await t.submit(xml);
  await cut;
  expect(first.status).toBe(504);
  expect(first.body.error.code).toBe('STORE_OUTCOME_UNKNOWN');
  expect(first.headers['retry-after']).toBe('1');
  await ready();

  const again = await t.submit(xml).expect(200);
  expect(isReplay(again)).toBe(true);
  expect(again.body.replay).toBe(true);
  expect(again.body.transactions[0]).toMatchObject({ decision: 'clear', status: 'ACSP' });
  await core.waitFor(() => forwardsOf('Unconfirmed Write AB') === 1);

  // The same ids with other content is not a replay: 409, with the stored outcome.
  const other = await t.submit(xml.replace('<CtrlSum>149.00', '<CtrlSum>150.00').replace('"EUR">149.00', '"EUR">150.00')).expect(409);
  expect(other.body.error.code).toBe('DUPLICATE_MESSAGE');
  expect(isReplay(other)).toBe(false);
  expect(other.body.message).toMatchObject({ msgId, id: again.body.message.id });

  // A replay asked for as XML is the original's status report again.
  const xmlReplay = await t.submit(xml, 'application/xml').expect(200);
  expect(xmlReplay.headers['x-chokepoint-replay']).toBe('true');
  expect(xmlReplay.text).toContain('ACSP');
  await t.settled();
  await new Promise((r) => setTimeout(r, 300));
  expect(forwardsOf('Unconfirmed Write AB')).toBe(1);
});

describe('Redis back within the command timeout: the client sends the accept again, and the answer is definite', () => {
  /** Submits a message while the proxy loses its accept (before or after Redis got it) for one second. */
  async function submitThroughCut(creditorName: string, iban: string, when: 'after-sending' | 'before-sending') {
    const msgId = freshMsgId();
    const xml = pacs008([{ creditorName, creditorIban: iban }], { msgId });
    const cut = proxy.arm({ needle: acceptOf(msgId), when, downMs: 1_000 });
    const first = await t.submit(xml);
    await cut;
    expect(first.status).toBe(200);
    expect(isReplay(first)).toBe(false);
    await core.waitFor(() => forwardsOf(creditorName) === 1);
    return { xml, first };
  }

  it('the answer was lost after Redis ran it: the retry finds its own write, 200, forwarded once', async () => {
    const { xml, first } = await submitThroughCut('Answer Lost Once AB', ibanDE(203), 'after-sending');
    const again = await t.submit(xml).expect(200);
    expect(isReplay(again)).toBe(true);
    expect(again.body.message.id).toBe(first.body.message.id);
  });

  it('lost on the way to Redis: sent again, stored once, forwarded once', async () => {
    await submitThroughCut('Never Arrived AB', ibanDE(202), 'before-sending');
    await t.settled();
    await new Promise((r) => setTimeout(r, 300));
    expect(forwardsOf('Never Arrived AB')).toBe(1);
  });
});

it('Redis killed under load: 503 only for what was not stored, 504 resolved by resending, every payment forwarded once', async () => {
  const n = 300;
  const names = Array.from({ length: n }, (_, i) => `Killed Mid Flight ${i} AB`);
  const messages = names.map((name, i) => pacs008([{ creditorName: name, creditorIban: ibanDE(3000 + i) }]));
  const answers: { status: number; code?: string; replay: boolean; id?: string }[] = new Array(n);
  const send = async (i: number) => {
    const r = await t.submit(messages[i]!);
    answers[i] = { status: r.status, code: r.body?.error?.code, replay: isReplay(r), id: r.body?.message?.id };
  };
  /**
   * Waits until each payment of `indices` is at the core exactly once; if not in time, the failure names each
   * payment that is not (up to 20): its answer, the keys it reached the core under, and its status as the gateway
   * tells it, so that a failure in a loaded run says whether a payment is stuck (and where) or was sent twice.
   */
  const forwardedOnce = async (indices: readonly number[], when: string) => {
    try {
      await core.waitFor(() => indices.every((i) => forwardsOf(names[i]!) === 1), 60_000);
    } catch (e) {
      const wrong = indices.filter((i) => forwardsOf(names[i]!) !== 1);
      const lines = await Promise.all(
        wrong.slice(0, 20).map(async (i) => {
          const id = answers[i]!.id;
          const status = id ? await t.http.get(`/v1/messages/${id}/status`).set(t.as('submitter')) : undefined;
          const keys = core.accepted.filter((r) => r.body.includes(`<Nm>${names[i]}</Nm>`)).map((r) => r.headers['idempotency-key']);
          return (
            `#${i} answered ${answers[i]!.status}, at the core under ${JSON.stringify(keys)}, status ${status ? `${status.status} ${JSON.stringify(status.body)}` : '(no id)'}` +
            (id ? `, ${await queuedAs(id)}` : '')
          );
        }),
      );
      throw new Error(`${(e as Error).message} ${when}: ${wrong.length} of ${indices.length} payments not at the core exactly once\n${lines.join('\n')}`, {
        cause: e,
      });
    }
  };
  /**
   * Where a message's forward is on its way to the core: its intent still in the outbox list (not yet in BullMQ), and
   * each forward job that carries it with its BullMQ state, attempts and last failure (ids and counts only).
   */
  const queuedAs = async (messageId: string) => {
    const intents = await t.gw.redis.lrange(t.gw.keys.intents, 0, -1);
    const inList = intents.some((r) => (JSON.parse(r) as { unit?: { messageId: string } }).unit?.messageId === messageId);
    const jobs = await t.gw.queues.forward.getJobs(['wait', 'active', 'delayed', 'prioritized', 'completed', 'failed']);
    const mine = await Promise.all(
      jobs
        .filter((j) => unitsOf(j.data).some((u) => u.messageId === messageId))
        .map(
          async (j) =>
            `${j.id} ${await j.getState()} attemptsMade=${j.attemptsMade} started=${j.attemptsStarted} failed=${JSON.stringify(j.failedReason ?? null)}`,
        ),
    );
    return `intent ${inList ? 'still in the list' : 'not in the list'} (${intents.length} there), forward jobs [${mine.join('; ')}]`;
  };
  // Waves of 25 at once; Redis is killed while the fifth wave is in flight and started again from its file.
  for (let w = 0; w * 25 < n; w++) {
    const wave = Array.from({ length: Math.min(25, n - w * 25) }, (_, k) => send(w * 25 + k));
    if (w === 4) {
      await new Promise((r) => setTimeout(r, 8));
      await crashRedis();
      await Promise.all(wave);
      await ready();
    } else await Promise.all(wave);
  }
  const answeredAt = Date.now();
  const by = (s: number) => answers.map((a, i) => (a.status === s ? i : -1)).filter((i) => i >= 0);
  const unavailable = by(503);
  const unknown = by(504);
  expect(by(200).length + unavailable.length + unknown.length).toBe(n);
  for (const i of unavailable) expect(answers[i]!.code).toBe('STORE_UNAVAILABLE');
  for (const i of unknown) expect(answers[i]!.code).toBe('STORE_OUTCOME_UNKNOWN');
  expect(by(200).length).toBeGreaterThan(200);

  // Before any resend: every acknowledged payment arrives; nothing answered 503 is ever forwarded.
  await forwardedOnce(by(200), 'before any resend');
  const allForwardedAfter = Date.now() - answeredAt;
  await t.settled();
  await new Promise((r) => setTimeout(r, 500));
  for (const i of unavailable) expect(forwardsOf(names[i]!)).toBe(0);

  // The hub resends everything: what was answered 200 is replayed, 503 was truly not stored (accepted now, no
  // replay), 504 is one or the other.
  for (let i = 0; i < n; i++) {
    const r = await t.submit(messages[i]!);
    expect(r.status).toBe(200);
    if (answers[i]!.status === 200) expect(isReplay(r)).toBe(true);
    if (answers[i]!.status === 503) expect(isReplay(r)).toBe(false);
  }
  await forwardedOnce(
    names.map((_, i) => i),
    'after the resends',
  );
  await t.settled();
  await new Promise((r) => setTimeout(r, 500));
  for (const name of names) expect(forwardsOf(name)).toBe(1);
  console.log(
    `redis killed under load: ${by(200).length} acknowledged, ${unavailable.length} × 503 (not stored), ${unknown.length} × 504 (outcome unknown); ` +
      `every acknowledged payment at the core ${allForwardedAfter} ms after the last wave was answered`,
  );
});
