/**
 * Three gateways (`chokepoint serve`, queue workers on as documented) share one external Redis with append-only
 * persistence. A hub spreads payments over them and reviewers decide the held ones through any of them, while each
 * gateway in turn is killed with SIGKILL mid-load and started again. Afterwards: every acknowledged payment was
 * forwarded exactly once (one Idempotency-Key per payment at the core), every hold was decided once and its effect
 * happened once, the single-writer leases moved to a live process when their holder died, and the audit chain verifies.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { EmbeddedRedis, startEmbeddedRedis } from '../../src/runtime/embedded-redis';
import { CLI, CliGateway, apiCall, childPids, startCliGateway } from '../helpers/cli-gateway';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { testPrefix } from '../helpers/redis';
import { TOKENS, makeDataDir } from '../helpers/test-gateway';

jest.setTimeout(300_000);

const N = 360;
const WAVE = 24;
/** Every sixth payment goes to the listed IBAN and is held. */
const held = (i: number) => i % 6 === 0;
const creditor = (i: number) => `Spread Load ${i} AB`;

let redisDir: string;
let redis: EmbeddedRedis;
let core: HttpRecorder;
let statusSink: HttpRecorder;
let prefix: string;
const gateways: CliGateway[] = [];
const dataDirs: string[] = [];
let env: Record<string, string>;

beforeAll(async () => {
  redisDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-instances-redis-'));
  redis = await startEmbeddedRedis({ dataDir: redisDir, persistence: 'aof-always' });
  core = await new HttpRecorder().start();
  statusSink = await new HttpRecorder().start();
  prefix = testPrefix('instances');
  // one key for every gateway on the Redis: each reads what the others sealed
  env = {
    REDIS_URL: redis.url,
    REDIS_PREFIX: prefix,
    CORE_URL: core.url,
    STATUS_URL: statusSink.url,
    FORWARD_BACKOFF: '200ms',
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  for (let g = 0; g < 3; g++) {
    dataDirs.push(await makeDataDir());
    gateways.push(await startCliGateway(dataDirs[g]!, env));
  }
});

afterAll(async () => {
  for (const gw of gateways) await gw.stop().catch(() => undefined);
  await core.stop();
  await statusSink.stop();
  await redis.stop();
  for (const dir of [redisDir, ...dataDirs]) await fs.rm(dir, { recursive: true, force: true });
});

const base = (g: number) => `http://127.0.0.1:${gateways[g]!.port}`;
const live = new Set([0, 1, 2]);
let turn = 0;
/** The next live gateway, round robin. */
function next(): number {
  for (;;) {
    const g = turn++ % 3;
    if (live.has(g)) return g;
  }
}

const call = (g: number, method: string, route: string, token: string, body?: unknown) => apiCall(base(g), method, route, token, body);

/** The hub: sends until a gateway answers 200 (a replay counts: the first answer was lost), to any live gateway. */
async function submit(xml: string): Promise<{ first: number; tries: number; replay: boolean }> {
  let first = -1;
  for (let tries = 1; ; tries++) {
    const r = await gateways[next()]!.post(xml);
    if (first < 0) first = r.status;
    if (r.status === 200) return { first, tries, replay: r.replay };
    if (tries > 200) throw new Error(`not accepted after 200 tries (last ${r.status}: ${r.body.slice(0, 200)})`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** A reviewer's call, sent again to another live gateway while the one asked does not answer. */
async function review(route: string, token: string, body?: unknown) {
  for (;;) {
    const r = await call(next(), body ? 'POST' : 'GET', route, token, body);
    if (r.status !== 0 && r.status !== 503 && r.status !== 504) return r;
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** Four eyes: reviewer A proposes, reviewer B confirms; either step may have been done before its answer was lost. */
async function decide(holdId: string, action: 'release' | 'reject'): Promise<void> {
  const body = action === 'release' ? { comment: 'not the listed seller' } : { comment: 'the listed seller', reason: 'RR04' };
  const proposed = await review(`/v1/holds/${holdId}/${action}`, TOKENS.reviewerA, body);
  const code = (proposed.body.error as { code?: string } | undefined)?.code;
  if (proposed.status !== 202 && !(proposed.status === 409 && (code === 'FOUR_EYES_SAME_REVIEWER' || code === 'HOLD_NOT_PENDING'))) {
    throw new Error(`proposal for ${holdId}: ${proposed.status} ${JSON.stringify(proposed.body)}`);
  }
  const confirmed = await review(`/v1/holds/${holdId}/${action}`, TOKENS.reviewerB, body);
  const code2 = (confirmed.body.error as { code?: string } | undefined)?.code;
  if (confirmed.status !== 200 && !(confirmed.status === 409 && code2 === 'HOLD_NOT_PENDING')) {
    throw new Error(`confirmation for ${holdId}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  }
}

/** Which processes of which gateway hold the leases, sampled while the test runs. */
function watchLeases(admin: Redis) {
  const seen: { at: number; lease: string; pid: number }[] = [];
  const timer = setInterval(() => {
    for (const lease of ['intents:lease', 'audit:sealer']) {
      admin
        .get(`${prefix}:${lease}`)
        .then((token) => token && seen.push({ at: Date.now(), lease, pid: Number(token.split('/')[1]) }))
        .catch(() => undefined);
    }
  }, 50);
  return { seen, stop: () => clearInterval(timer) };
}

const pidsOf = (gw: CliGateway) => [gw.child.pid!, ...childPids(gw.child.pid!)];

it('three gateways on one Redis, each killed in turn under load: every payment forwarded once, every hold decided once', async () => {
  const admin = new Redis(redis.url);
  const leases = watchLeases(admin);
  const messages = Array.from({ length: N }, (_, i) => pacs008([{ creditorName: creditor(i), creditorIban: held(i) ? LISTED.iban : ibanDE(7000 + i) }]));
  const answers: { first: number; tries: number; replay: boolean }[] = new Array(N);
  const holdOf = new Map<number, string>();
  const decisions: Promise<void>[] = [];
  const handovers: { lease: string; from: number; to: number }[] = [];

  const holder = async (lease: string) => Number(((await admin.get(`${prefix}:${lease}`)) ?? '/0').split('/')[1]);
  for (let w = 0; w * WAVE < N; w++) {
    const killing = w % 5 === 4 && w < 15;
    const before = killing ? { intents: await holder('intents:lease'), sealer: await holder('audit:sealer') } : undefined;
    const victim = killing ? (w - 4) / 5 : -1;
    const pids = killing ? pidsOf(gateways[victim]!) : [];
    const wave = Array.from({ length: Math.min(WAVE, N - w * WAVE) }, (_, k) => w * WAVE + k).map(async (i) => {
      answers[i] = await submit(messages[i]!);
    });
    // Gateway 0, 1 and 2 are killed while waves 4, 9 and 14 are in flight (a few ms after they were sent), and started again.
    if (before) {
      const g = victim;
      await new Promise((r) => setTimeout(r, 5));
      // A power cut: the gateway and its queue-worker process at once.
      const exited = new Promise((r) => gateways[g]!.child.once('exit', r));
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      live.delete(g);
      await exited;
      for (const [lease, pid] of [
        ['intents:lease', before.intents],
        ['audit:sealer', before.sealer],
      ] as const) {
        if (!pids.includes(pid)) continue;
        // The killed process held it: a live process of another gateway takes it over once it expires (5 s).
        await waitUntil(
          async () => {
            const now = await holder(lease);
            return now !== 0 && !pids.includes(now);
          },
          30_000,
          `${lease} taken over`,
        );
        handovers.push({ lease, from: pid, to: await holder(lease) });
      }
      gateways[g] = await startCliGateway(dataDirs[g]!, env, gateways[g]!.port);
      live.add(g);
    }
    await Promise.all(wave);
    // Reviewers decide the holds of this wave through whichever gateway answers (half released, half rejected).
    for (let i = w * WAVE; i < Math.min(N, (w + 1) * WAVE); i++) {
      if (!held(i)) continue;
      decisions.push(
        (async () => {
          const status = await review(`/v1/messages/${encodeURIComponent(msgIdOf(messages[i]!))}/status`, TOKENS.reviewerA);
          const holdId = (status.body.transactions as { holdId?: string }[])[0]!.holdId!;
          holdOf.set(i, holdId);
          await decide(holdId, i % 12 === 0 ? 'release' : 'reject');
        })(),
      );
    }
  }
  await Promise.all(decisions);

  const keysOf = (i: number) => new Set(core.accepted.filter((r) => r.body.includes(`<Nm>${creditor(i)}</Nm>`)).map((r) => r.headers['idempotency-key']));
  const shouldForward = (i: number) => !held(i) || i % 12 === 0;
  await waitUntil(() => Array.from({ length: N }, (_, i) => i).every((i) => keysOf(i).size === (shouldForward(i) ? 1 : 0)), 120_000, 'every payment forwarded');
  const reports = (holdId: string) =>
    new Set(statusSink.accepted.filter((r) => r.headers['idempotency-key'] === `${holdId}-status`).map((r) => r.headers['idempotency-key']));
  await waitUntil(() => [...holdOf.values()].every((h) => reports(h).size === 1), 60_000, 'a status report per decided hold');
  await new Promise((r) => setTimeout(r, 1_000));
  leases.stop();

  for (let i = 0; i < N; i++) {
    expect(answers[i]!.tries).toBeGreaterThanOrEqual(1);
    expect(keysOf(i).size).toBe(shouldForward(i) ? 1 : 0);
  }
  // Every hold decided once: one confirmation in the audit trail, one final state, one report. The export shows sealed
  // events only: read it once the inbox is sealed (the sealer may just have passed to another gateway).
  await waitUntil(async () => (await admin.llen(`${prefix}:audit:inbox`)) === 0, 20_000, 'audit inbox sealed');
  const events = auditEvents();
  for (const [i, holdId] of holdOf) {
    const hold = await review(`/v1/holds/${holdId}`, TOKENS.reviewerA);
    expect(hold.body.state).toBe(i % 12 === 0 ? 'released' : 'rejected');
    expect(events.filter((e) => e.holdId === holdId && e.type === 'confirmed')).toHaveLength(1);
    if (i % 12 === 0) expect(keysOf(i)).toEqual(new Set([holdId]));
  }
  expect(holdOf.size).toBe(Array.from({ length: N }, (_, i) => i).filter(held).length);
  // Nothing left behind: every intent moved, every audit event sealed.
  expect(await admin.llen(`${prefix}:intents`)).toBe(0);
  const verify = spawnSync(process.execPath, [CLI, 'audit', 'verify'], {
    env: { ...process.env, ...env, DATA_DIR: dataDirs[0]!, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  expect(verify.status).toBe(0);
  expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });

  // The leases had more than one holder, and each that died was replaced by a process of another gateway.
  expect(new Set(leases.seen.map((s) => s.pid)).size).toBeGreaterThan(1);
  admin.disconnect();
  const acknowledgedFirst = answers.filter((a) => a.first === 200).length;
  console.log(
    `3 instances, ${N} payments, each gateway killed once: ${acknowledgedFirst} answered 200 at the first try, ${N - acknowledgedFirst} sent again ` +
      `(${answers.filter((a) => a.first === 0).length} lost connections, ${answers.filter((a) => a.first === 503 || a.first === 504).length} × 503/504; ` +
      `${answers.filter((a) => a.replay).length} of the resends answered as replays: the first try had been stored); ` +
      `${holdOf.size} holds decided; lease handovers: ${JSON.stringify(handovers)}`,
  );
});

function msgIdOf(xml: string): string {
  return /<MsgId>([^<]+)</.exec(xml)![1]!;
}

function auditEvents(): { type: string; holdId?: string }[] {
  const r = spawnSync(process.execPath, [CLI, 'audit', 'export'], {
    env: { ...process.env, ...env, DATA_DIR: dataDirs[0]!, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(r.status).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; holdId?: string });
}
