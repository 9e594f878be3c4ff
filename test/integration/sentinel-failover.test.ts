/**
 * Durability across a Sentinel failover. One primary, two replicas (append-only) and three sentinels run on this
 * machine; the gateway (the built CLI, queue-worker process included) finds the primary through the sentinels and
 * acknowledges a payment only once its accept reached a replica (REDIS_MIN_REPLICAS=1). Under a steady load the
 * primary is SIGKILLed; the sentinels promote a replica and the gateway carries on by itself. The hub resends every
 * payment not answered 200 (a 504 "outcome unknown" or a lost connection), identical, as it must. Afterwards every
 * payment acknowledged with 200 reached the core exactly once (one Idempotency-Key), none under two, and the holds
 * decided after the failover were forwarded once too. The pause the failover caused and what became of the requests
 * in flight at the kill are printed.
 */
import { promises as fs } from 'node:fs';
import { CliGateway, apiCall, startCliGateway } from '../helpers/cli-gateway';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { testPrefix } from '../helpers/redis';
import { SentinelSet, startSentinelSet } from '../helpers/redis-topologies';
import { Attempt, ResendingHub, retrying } from '../helpers/resending-hub';
import { TOKENS, makeDataDir } from '../helpers/test-gateway';

jest.setTimeout(240_000);

const SENDERS = 6;
/** Every tenth payment goes to the listed IBAN and is held; it is released after the failover. */
const held = (i: number) => i % 10 === 0;
const creditor = (i: number) => `Failover Load ${i} AB`;

let topo: SentinelSet;
let core: HttpRecorder;
let statusSink: HttpRecorder;
let dataDir: string;
let gateway: CliGateway;

beforeAll(async () => {
  topo = await startSentinelSet({ replicas: 2, downAfterMs: 1000 });
  core = await new HttpRecorder().start();
  statusSink = await new HttpRecorder().start();
  dataDir = await makeDataDir();
  gateway = await startCliGateway(dataDir, {
    REDIS_SENTINELS: topo.sentinelList,
    REDIS_SENTINEL_NAME: topo.masterName,
    REDIS_MIN_REPLICAS: '1',
    REDIS_MIN_REPLICAS_TIMEOUT: '1s',
    REDIS_PREFIX: testPrefix('sentinel'),
    CORE_URL: core.url,
    STATUS_URL: statusSink.url,
    FORWARD_BACKOFF: '200ms',
  });
});

afterAll(async () => {
  await gateway?.stop().catch(() => undefined);
  await core?.stop();
  await statusSink?.stop();
  await topo?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

const call = (method: string, route: string, token: string, body?: unknown) => apiCall(`http://127.0.0.1:${gateway.port}`, method, route, token, body);

/** A reviewer's call, sent again while the answer is "not reachable" or "outcome unknown". */
const review = (method: string, route: string, token: string, body?: unknown) => retrying(() => call(method, route, token, body), route);

it('a SIGKILLed primary under load: every acknowledged payment reaches the core once, the gateway follows the promotion by itself', async () => {
  const messages: string[] = [];
  const message = (i: number) => (messages[i] ??= paymentOf(i));
  const hub = new ResendingHub(message, (xml) => gateway.post(xml));
  const { attempts, acknowledged } = hub;

  const gatewayPid = gateway.child.pid;
  const oldPrimary = topo.primary.port;
  hub.start(SENDERS);
  await waitUntil(() => acknowledged.size >= 100, 60_000, '100 payments acknowledged before the kill');
  const killAt = Date.now();
  await topo.primary.kill();
  await waitUntil(
    async () => {
      const port = await topo.currentPrimaryPort();
      return port !== undefined && port !== oldPrimary;
    },
    60_000,
    'a replica promoted',
  );
  const promotedAt = Date.now();
  // The gateway carries on: payments acknowledged after the promotion, then a few seconds more of load.
  await waitUntil(() => attempts.some((a) => a.status === 200 && !a.replay && a.sentAt > promotedAt), 60_000, 'an accept after the promotion');
  await hub.stopAfter(3_000);
  expect(gateway.child.pid).toBe(gatewayPid);
  expect(gateway.child.exitCode).toBeNull();

  // Holds are decided after the failover (a decision too waits for a replica).
  const holds = [...acknowledged].filter(held);
  for (const i of holds) {
    const status = await review('GET', `/v1/messages/${encodeURIComponent(/<MsgId>([^<]+)</.exec(message(i))![1]!)}/status`, TOKENS.reviewerA);
    const holdId = (status.body.transactions as { holdId?: string }[])[0]!.holdId!;
    const a = await review('POST', `/v1/holds/${holdId}/release`, TOKENS.reviewerA, { comment: 'not the listed seller' });
    expect([202, 409]).toContain(a.status);
    const b = await review('POST', `/v1/holds/${holdId}/release`, TOKENS.reviewerB, { comment: 'agreed' });
    expect(b.status === 200 || (b.status === 409 && (b.body.error as { code: string }).code === 'HOLD_NOT_PENDING')).toBe(true);
  }

  // Every acknowledged payment reaches the core, each under one Idempotency-Key (a redelivery repeats its key).
  const keysOf = (i: number) => new Set(core.accepted.filter((r) => r.body.includes(`<Nm>${creditor(i)}</Nm>`)).map((r) => r.headers['idempotency-key']));
  await waitUntil(() => [...acknowledged].every((i) => keysOf(i).size >= 1), 120_000, 'every acknowledged payment at the core');
  await new Promise((r) => setTimeout(r, 1_000));
  const lost = [...acknowledged].filter((i) => keysOf(i).size === 0);
  const duplicated = [...acknowledged].filter((i) => keysOf(i).size > 1);
  // Each payment named with its attempts (status per attempt) and its keys at the core, so a failure says which
  // resend made the second copy.
  const history = (i: number) =>
    `#${i}: ${attempts
      .filter((a) => a.i === i)
      .map((a) => `${a.status}${a.replay ? ' (replay)' : ''} at +${a.sentAt - killAt} ms`)
      .join(' → ')}; at the core under ${JSON.stringify([...keysOf(i)])}`;
  expect(lost.map(history)).toEqual([]);
  expect(duplicated.map(history)).toEqual([]);
  // Nothing reached the core that the hub was not told about.
  expect(Array.from({ length: hub.next }, (_, i) => i).filter((i) => !acknowledged.has(i) && keysOf(i).size > 0)).toEqual([]);

  // What the failover cost: the time with no successful accept, and the requests in flight at the kill.
  const oks = attempts
    .filter((a) => a.status === 200)
    .map((a) => a.answeredAt)
    .sort((x, y) => x - y);
  const firstNewAccept = Math.min(...attempts.filter((a) => a.status === 200 && a.sentAt > killAt).map((a) => a.answeredAt));
  const longestGap = Math.max(...oks.slice(1).map((t, k) => t - oks[k]!));
  const inFlight = attempts.filter((a) => a.sentAt <= killAt && a.answeredAt > killAt);
  const outcomeOf = (i: number) => {
    const mine = attempts.filter((a) => a.i === i);
    const last = mine[mine.length - 1]!;
    return `${mine.map((a) => a.status).join('→')}${last.replay ? ' (replay: stored before)' : ''}`;
  };
  const byStatus = (list: Attempt[]) => list.reduce<Record<string, number>>((m, a) => ({ ...m, [a.status]: (m[a.status] ?? 0) + 1 }), {});
  const after = attempts.filter((a) => a.sentAt > killAt);
  console.log(
    `Sentinel failover under load (${SENDERS} senders, REDIS_MIN_REPLICAS=1, down-after 1000 ms): ${acknowledged.size} payments acknowledged, ` +
      `0 lost, 0 duplicated; promotion seen ${promotedAt - killAt} ms after the kill; the first request sent after the kill to be accepted was answered ` +
      `${firstNewAccept - killAt} ms after it; longest time without any 200: ${longestGap} ms. In flight at the kill: ${inFlight.length} (${JSON.stringify(byStatus(inFlight))}), ` +
      `their payments: ${[...new Set(inFlight.map((a) => a.i))].map((i) => `#${i} ${outcomeOf(i)}`).join('; ')}. ` +
      `Requests sent after the kill: ${after.length} (${JSON.stringify(byStatus(after))}); resends answered as replays: ${attempts.filter((a) => a.replay).length}; ` +
      `holds released after the failover: ${holds.length}`,
  );
});

function paymentOf(i: number): string {
  return pacs008([{ creditorName: creditor(i), creditorIban: held(i) ? LISTED.iban : ibanDE(9000 + i) }]);
}
