/**
 * REDIS_MIN_REPLICAS: an accept or a decision is acknowledged only once it reached that many replicas. On a
 * redis-server of its own: without a replica the answer is 504 STORE_OUTCOME_UNKNOWN ("resend the identical
 * message"), never 200, and so is the identical resend (its stored outcome has not reached a replica either); once a
 * replica has caught up, the resend is answered 200 as a replay of the stored outcome. The stored accept's forward is
 * not queued while no replica has it (else a failover would lose the accept after its payment left, and the hub's
 * resend would be forwarded again under another key). A reviewer's confirmation waits for the replica the same way.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { RedisProcess, startRedisServer } from '../helpers/redis-topologies';
import { startTestGateway, TestGateway } from '../helpers/test-gateway';

jest.setTimeout(120_000);

let root: string;
let primary: RedisProcess;
let replica: RedisProcess | undefined;
let t: TestGateway;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-replica-acks-'));
  primary = await startRedisServer(root, 'primary', []);
  t = await startTestGateway('replica-acks', { REDIS_URL: `redis://127.0.0.1:${primary.port}`, REDIS_MIN_REPLICAS: '1', REDIS_MIN_REPLICAS_TIMEOUT: '300ms' });
});
afterAll(async () => {
  await t?.destroy().catch(() => undefined);
  await replica?.kill();
  await primary?.kill();
  await fs.rm(root, { recursive: true, force: true });
});

let n = 0;
async function attachReplica(): Promise<void> {
  replica = await startRedisServer(root, `replica-${n++}`, ['--replicaof', '127.0.0.1', String(primary.port)]);
  const admin = new Redis(`redis://127.0.0.1:${primary.port}`);
  try {
    await waitUntil(async () => /slave0:.*state=online/.test(await admin.info('replication')), 20_000, 'replica attached and in sync');
  } finally {
    admin.disconnect();
  }
}

const isReplay = (res: { headers: Record<string, string> }) => res.headers['x-chokepoint-replay'] === 'true';

/** As the hub does: the identical request again while the answer is 504 (a replica slow on a loaded machine). */
async function resent<R extends { status: number }>(send: () => Promise<R>): Promise<R> {
  for (let tries = 1; ; tries++) {
    const r = await send();
    if (r.status !== 504 || tries >= 20) return r;
    await new Promise((res) => setTimeout(res, 200));
  }
}

it('no replica: 504 outcome unknown, also for the resend; with a replica the resend is the replay of the stored outcome', async () => {
  const xml = pacs008([{ creditorName: 'Replica Wait AB', creditorIban: ibanDE(4242) }]);
  const first = await t.submit(xml);
  expect(first.status).toBe(504);
  expect(first.body.error).toMatchObject({ code: 'STORE_OUTCOME_UNKNOWN', message: expect.stringMatching(/0 of 1 replica/) });
  const resend = await t.submit(xml);
  expect(resend.status).toBe(504);
  // The dispatcher polls every 50 ms and each WAIT gives up after 300 ms: a few tries, none may queue the forward.
  await new Promise((r) => setTimeout(r, 1_500));
  const counts = await t.gw.queues.forward.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  expect([Object.values(counts).reduce((a, b) => a + b, 0), await t.outbox()]).toEqual([0, []]);

  await attachReplica();
  const again = await resent(() => t.submit(xml));
  expect([again.status, again.body.error?.message]).toEqual([200, undefined]);
  expect(isReplay(again)).toBe(true);
  // Confirmed now: the forward leaves, once.
  await waitUntil(async () => (await t.outbox()).length > 0, 20_000, 'the confirmed accept forwarded');
  await t.settled();
  expect(await t.outbox()).toHaveLength(1);
  const two = pacs008([{ creditorName: 'Replica Wait Two AB', creditorIban: ibanDE(4243) }]);
  const fresh = await t.submit(two);
  if (fresh.status === 504) expect((await resent(() => t.submit(two))).status).toBe(200);
  else expect(fresh.status).toBe(200);
  expect(fresh.status === 504 || !isReplay(fresh)).toBe(true);
});

it('a confirmation without a replica is 504, and its effects wait for a replica; sent again once one has it, the hold is found decided', async () => {
  const held = await t.submit(pacs008([{ creditorName: 'Replica Hold AB', creditorIban: LISTED.iban }])).expect(200);
  const holdId = held.body.transactions[0].holdId as string;
  await t.http.post(`/v1/holds/${holdId}/release`).set(t.as('reviewerA')).send({ comment: 'not the seller' }).expect(202);
  await replica!.kill();
  const confirm = await t.http.post(`/v1/holds/${holdId}/release`).set(t.as('reviewerB')).send({ comment: 'agreed' });
  expect(confirm.status).toBe(504);
  expect(confirm.body.error.code).toBe('STORE_OUTCOME_UNKNOWN');
  // The recovery sweep (every 500 ms here) completes a decision left unfinished 10 s after it: not this one, whose
  // release no replica has (a failover could undo it after its payment and ACSP report had left).
  const released = async () => (await t.outbox()).filter((f) => f.includes(holdId)).length + (await t.statusDir()).length;
  const before = await released();
  await new Promise((r) => setTimeout(r, 11_500));
  expect(await released()).toBe(before);
  await attachReplica();
  const again = await resent(async () => t.http.post(`/v1/holds/${holdId}/release`).set(t.as('reviewerB')).send({ comment: 'agreed' }));
  expect(again.status).toBe(409);
  expect(again.body.error.code).toBe('HOLD_NOT_PENDING');
  expect((await t.http.get(`/v1/holds/${holdId}`).set(t.as('reviewerA'))).body.state).toBe('released');
  // Confirmed now: the sweep forwards it and sends its report.
  await waitUntil(async () => (await t.outbox()).some((f) => f.includes(holdId)) && (await t.statusDir()).length > 0, 20_000, 'the release completed');
});
