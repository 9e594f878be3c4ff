/**
 * Redis Cluster. Three primaries with a replica each (append-only, fsync always) run on this machine; two built
 * gateways (`chokepoint serve` with its queue-worker process) use them through REDIS_CLUSTER_NODES and acknowledge an
 * accept or a decision only once a replica has it (REDIS_MIN_REPLICAS=1; the primary killed below has two replicas). A hub sends payments without pause. While it
 * does, the slot that holds the gateway's state is migrated to another primary key by key (the gateways meet ASK,
 * TRYAGAIN and then MOVED), and later the primary serving it is SIGKILLed and its replica promoted. Afterwards:
 * every acknowledged payment reached the core exactly once, every hold was decided once, the audit chain verifies, and
 * the keys really are spread: the gateway state, the forward queue and the review queue live on different shards.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { Queue } from 'bullmq';
import { Cluster, Redis } from 'ioredis';
import { CLI, CliGateway, apiCall, startCliGateway } from '../helpers/cli-gateway';
import { HttpRecorder, waitUntil } from '../helpers/http-recorder';
import { LISTED, ibanDE, pacs008 } from '../helpers/pacs008';
import { RedisClusterSet, startCluster } from '../helpers/redis-topologies';
import { ResendingHub, retrying } from '../helpers/resending-hub';
import { TOKENS, makeDataDir } from '../helpers/test-gateway';

jest.setTimeout(300_000);

const SENDERS = 6;
/** Every eighth payment goes to the listed IBAN and is held; held ones are released or rejected in turn. */
const held = (i: number) => i % 8 === 0;
const released = (i: number) => i % 16 === 0;
const creditor = (i: number) => `Cluster Load ${i} AB`;

let topo: RedisClusterSet;
let core: HttpRecorder;
let statusSink: HttpRecorder;
let prefix: string;
let env: Record<string, string>;
const dataDirs: string[] = [];
const logFiles: string[] = [];
const gateways: CliGateway[] = [];

/**
 * A prefix whose gateway state, forward queue and review queue hash to slots of three different primaries. Where a
 * tag lands is CRC16 of its text: an operator checks it the same way (CLUSTER KEYSLOT, docs/scaling.md).
 */
async function spreadPrefix(): Promise<string> {
  for (let k = 0; k < 200; k++) {
    const p = `cpc${randomBytes(3).toString('hex')}`;
    const owners = await Promise.all([`{${p}}`, `{${p}:bull:forward}`, `{${p}:bull:review}`].map((tag) => topo.ownerOf(topo.slotOf(tag))));
    if (new Set(owners).size === 3) return p;
  }
  throw new Error('no prefix spreads over three shards');
}

beforeAll(async () => {
  topo = await startCluster(3, { replicas: 1, nodeTimeoutMs: 2000 });
  core = await new HttpRecorder().start();
  statusSink = await new HttpRecorder().start();
  prefix = await spreadPrefix();
  // The primary the state will migrate to, and that is then killed, gets a second replica: after the promotion the
  // new primary still has one, so REDIS_MIN_REPLICAS=1 can be met (with one replica each, the promoted node has none).
  await topo.addReplica(await topo.ownerOf(topo.slotOf(`{${prefix}:bull:forward}`)));
  env = {
    REDIS_CLUSTER_NODES: topo.nodeList,
    REDIS_PREFIX: prefix,
    REDIS_MIN_REPLICAS: '1',
    REDIS_MIN_REPLICAS_TIMEOUT: '1s',
    CORE_URL: core.url,
    STATUS_URL: statusSink.url,
    FORWARD_BACKOFF: '200ms',
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  for (let g = 0; g < 2; g++) {
    dataDirs.push(await makeDataDir());
    logFiles.push(path.join(os.tmpdir(), `chokepoint-cluster-gateway-${process.pid}-${g}.log`));
    gateways.push(await startCliGateway(dataDirs[g]!, env, undefined, { logFile: logFiles[g]! }));
  }
});

afterAll(async () => {
  for (const gw of gateways) await gw.stop().catch(() => undefined);
  await core?.stop();
  await statusSink?.stop();
  await topo?.stop();
  for (const dir of dataDirs) await fs.rm(dir, { recursive: true, force: true });
  for (const file of logFiles) await fs.rm(file, { force: true });
});

let turn = 0;
const nextGateway = () => gateways[turn++ % gateways.length]!;

/** A reviewer's call, sent again (to either gateway) while the answer is "not reachable" or "outcome unknown". */
const review = (method: string, route: string, token: string, body?: unknown) =>
  retrying(() => apiCall(`http://127.0.0.1:${nextGateway().port}`, method, route, token, body), route);

/** Moves one slot from a primary to another as `redis-cli --cluster reshard` does: IMPORTING/MIGRATING, MIGRATE, NODE. */
async function migrateSlot(slot: number, fromPort: number, toPort: number): Promise<{ keys: number; ms: number }> {
  const started = Date.now();
  const from = new Redis(fromPort);
  const to = new Redis(toPort);
  const primaries = topo.nodes.filter((n) => topo.cli(n.port, 'ROLE').startsWith('master')).map((n) => n.port);
  try {
    const fromId = String(await from.cluster('MYID'));
    const toId = String(await to.cluster('MYID'));
    await to.cluster('SETSLOT', slot, 'IMPORTING', fromId);
    await from.cluster('SETSLOT', slot, 'MIGRATING', toId);
    let moved = 0;
    for (;;) {
      const keys = (await from.cluster('GETKEYSINSLOT', slot, 50)) as string[];
      if (keys.length === 0) break;
      await from.migrate('127.0.0.1', toPort, '', 0, 10_000, 'KEYS', ...keys);
      moved += keys.length;
    }
    await to.cluster('SETSLOT', slot, 'NODE', toId);
    await from.cluster('SETSLOT', slot, 'NODE', toId);
    for (const port of primaries.filter((p) => p !== fromPort && p !== toPort)) topo.cli(port, 'CLUSTER', 'SETSLOT', String(slot), 'NODE', toId);
    return { keys: moved, ms: Date.now() - started };
  } finally {
    from.disconnect();
    to.disconnect();
  }
}

/** ASK, MOVED and TRYAGAIN replies all nodes gave so far (INFO errorstats). */
function redirections(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of topo.nodes) {
    for (const m of topo.cli(n.port, 'INFO', 'errorstats').matchAll(/errorstat_(ASK|MOVED|TRYAGAIN):count=(\d+)/g)) {
      out[m[1]!] = (out[m[1]!] ?? 0) + Number(m[2]);
    }
  }
  return out;
}

/**
 * Why payments are not at the core as they should be, for a failure to say: per payment its keys at the core, its
 * status as a gateway reports it, the forward jobs that carry its message (state, attempts, failure) and the message
 * record's delivery marks; then the intents still waiting, the forward queue's counts and whether the gateways run.
 */
async function notAtCore(wrong: number[], keys: (i: number) => number, shouldForward: (i: number) => boolean, message: (i: number) => string): Promise<string> {
  const admin = new Cluster(
    topo.nodes.filter((n) => n.child.exitCode === null && n.child.signalCode === null).map((n) => ({ host: '127.0.0.1', port: n.port })),
  );
  admin.on('error', () => undefined);
  const forward = new Queue('forward', { connection: admin, prefix: `{${prefix}:bull:forward}` });
  const lines = [`${wrong.length} payment(s) not at the core as they should be (at ${new Date().toISOString()}):`];
  try {
    const jobs = await forward.getJobs(['active', 'wait', 'delayed', 'prioritized', 'failed', 'completed'], 0, -1).catch(() => []);
    const states = new Map(await Promise.all(jobs.map(async (j) => [j.id!, await j.getState().catch(() => '?')] as const)));
    for (const i of wrong.slice(0, 20)) {
      const msgId = /<MsgId>([^<]+)</.exec(message(i))![1]!;
      const status = await review('GET', `/v1/messages/${encodeURIComponent(msgId)}/status`, TOKENS.reviewerA).catch((err: Error) => ({ body: err.message }));
      const id = (status.body as { message?: { id?: string } }).message?.id;
      const carried = id
        ? jobs
            .filter((j) => JSON.stringify(j.data).includes(id))
            .map(
              (j) => `${j.id} ${states.get(j.id!)} attempts ${j.attemptsMade}${j.failedReason ? ` failed: ${j.failedReason}` : ''} stalled ${j.stalledCounter}`,
            )
        : [];
      const record = id ? await admin.hgetall(`{${prefix}}:msg:${id}`).catch((err: Error) => ({ error: err.message })) : {};
      const marks = Object.fromEntries(Object.entries(record).filter(([k]) => /^(fwd:|closed:|open$|tx:|error$)/.test(k)));
      lines.push(
        `  #${i} ${msgId}: ${keys(i)} key(s) at the core, ${shouldForward(i) ? 'expected 1' : 'expected none'}; status ${JSON.stringify(status.body)}; ` +
          `jobs ${carried.length ? carried.join('; ') : 'none'}; record ${JSON.stringify(marks)}`,
      );
    }
    lines.push(`  intents waiting: ${await admin.llen(`{${prefix}}:intents`).catch((err: Error) => err.message)}`);
    lines.push(`  forward queue: ${JSON.stringify(await forward.getJobCounts().catch((err: Error) => err.message))}`);
    lines.push(`  gateways: ${gateways.map((g) => (g.child.exitCode === null ? 'running' : `exited ${g.child.exitCode}`)).join(', ')}`);
  } finally {
    await forward.close().catch(() => undefined);
    admin.disconnect();
  }
  return lines.join('\n');
}

it('a load on a three-shard cluster, a slot migration and a primary kill: every acknowledged payment forwarded once, keys on every shard', async () => {
  const messages: string[] = [];
  const message = (i: number) => (messages[i] ??= pacs008([{ creditorName: creditor(i), creditorIban: held(i) ? LISTED.iban : ibanDE(7000 + i) }]));
  const hub = new ResendingHub(message, (xml) => nextGateway().post(xml));
  const { attempts, acknowledged } = hub;

  for (const tag of [`{${prefix}}`, `{${prefix}:bull:forward}`])
    expect(topo.slotOf(tag)).toBe(Number(topo.cli(topo.nodes[0]!.port, 'CLUSTER', 'KEYSLOT', tag).trim()));
  const started = Date.now();
  const stateSlot = topo.slotOf(`{${prefix}}`);
  const forwardOwner = await topo.ownerOf(topo.slotOf(`{${prefix}:bull:forward}`));
  const stateOwner = await topo.ownerOf(stateSlot);
  hub.start(SENDERS);

  await waitUntil(() => acknowledged.size >= 80, 90_000, '80 payments acknowledged before the migration');
  // The state's slot moves to the primary of the forward queue while the hub keeps sending.
  const migrateFrom = Date.now();
  const migration = await migrateSlot(stateSlot, stateOwner, forwardOwner);
  expect(await topo.ownerOf(stateSlot)).toBe(forwardOwner);
  const ackedAtMigration = acknowledged.size;
  await waitUntil(() => acknowledged.size >= ackedAtMigration + 60, 90_000, '60 more payments acknowledged after the migration');

  // Then a power cut of the primary now serving the state: its replica is promoted (node timeout 2 s).
  const killAt = Date.now();
  await topo.nodes.find((n) => n.port === forwardOwner)!.kill();
  await waitUntil(
    async () => {
      const owner = await topo.ownerOf(stateSlot).catch(() => forwardOwner);
      return owner !== forwardOwner;
    },
    60_000,
    'a replica promoted',
  );
  const promotedAt = Date.now();
  await waitUntil(() => attempts.some((a) => a.status === 200 && !a.replay && a.sentAt > promotedAt), 60_000, 'an accept after the promotion');
  await hub.stopAfter(3_000);
  const loadSeconds = (Date.now() - started) / 1000;
  // A gateway that exited is a crash: its log's end says why (CI at 9d577ff saw one exit 1 here, not reproduced). So is
  // a queue-worker process that died (the gateway replaces it, and says so) or a last-resort line (level 60, fatal).
  for (const [g, gw] of gateways.entries()) {
    const text = await fs.readFile(logFiles[g]!, 'utf8').catch(() => '');
    const crashed = gw.child.exitCode !== null || /worker process died|"level":60/.test(text);
    expect({ gateway: g, exitCode: gw.child.exitCode, log: crashed ? text.slice(-4000) : '' }).toEqual({ gateway: g, exitCode: null, log: '' });
  }

  // Reviewers decide every held payment (four eyes), through either gateway.
  const holds = [...acknowledged].filter(held);
  for (const i of holds) {
    const status = await review('GET', `/v1/messages/${encodeURIComponent(/<MsgId>([^<]+)</.exec(message(i))![1]!)}/status`, TOKENS.reviewerA);
    const holdId = (status.body.transactions as { holdId?: string }[])[0]!.holdId!;
    const action = released(i) ? 'release' : 'reject';
    const body = released(i) ? { comment: 'not the listed seller' } : { comment: 'the listed seller', reason: 'RR04' };
    const a = await review('POST', `/v1/holds/${holdId}/${action}`, TOKENS.reviewerA, body);
    expect([202, 409]).toContain(a.status);
    const b = await review('POST', `/v1/holds/${holdId}/${action}`, TOKENS.reviewerB, body);
    expect(b.status === 200 || (b.status === 409 && (b.body.error as { code: string }).code === 'HOLD_NOT_PENDING')).toBe(true);
  }

  // Every acknowledged payment to be forwarded reaches the core under one Idempotency-Key; nothing else does.
  const keysOf = (i: number) => new Set(core.accepted.filter((r) => r.body.includes(`<Nm>${creditor(i)}</Nm>`)).map((r) => r.headers['idempotency-key']));
  const shouldForward = (i: number) => !held(i) || released(i);
  const wrong = () => [...acknowledged].filter((i) => keysOf(i).size !== (shouldForward(i) ? 1 : 0));
  await waitUntil(() => wrong().length === 0, 120_000, 'every acknowledged payment at the core').catch(async (e: Error) => {
    throw new Error(`${e.message}\n${await notAtCore(wrong(), (i) => keysOf(i).size, shouldForward, message)}`);
  });
  await new Promise((r) => setTimeout(r, 1_000));
  expect(wrong()).toEqual([]);
  expect(Array.from({ length: hub.next }, (_, i) => i).filter((i) => !acknowledged.has(i) && keysOf(i).size > 0)).toEqual([]);

  // The audit chain verifies once every event is sealed.
  const admin = new Cluster(
    topo.nodes.filter((n) => n.child.exitCode === null && n.child.signalCode === null).map((n) => ({ host: '127.0.0.1', port: n.port })),
  );
  admin.on('error', () => undefined);
  try {
    await waitUntil(async () => (await admin.llen(`{${prefix}}:audit:inbox`)) === 0, 30_000, 'audit inbox sealed');
    const { REDIS_URL: _single, ...outer } = process.env;
    const verify = spawnSync(process.execPath, [CLI, 'audit', 'verify'], {
      env: { ...outer, ...env, DATA_DIR: dataDirs[0]!, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    expect(verify.stderr).toBe('');
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });

    // The keys are spread: the state on one primary, the forward and review queues each on another.
    const owners = {
      state: await topo.ownerOf(stateSlot),
      forward: await topo.ownerOf(topo.slotOf(`{${prefix}:bull:forward}`)),
      review: await topo.ownerOf(topo.slotOf(`{${prefix}:bull:review}`)),
    };
    expect(new Set(Object.values(owners)).size).toBeGreaterThanOrEqual(2);
    const keysPerPrimary = await Promise.all(admin.nodes('master').map(async (n) => ({ port: n.options.port, keys: await n.dbsize() })));
    expect(keysPerPrimary.filter((n) => n.keys > 0).length).toBeGreaterThanOrEqual(2);
    expect(await admin.exists(`{${prefix}:bull:forward}:forward:meta`)).toBe(1);
    expect(await admin.exists(`{${prefix}:bull:review}:review:meta`)).toBe(1);

    const redirected = redirections();
    expect((redirected.ASK ?? 0) + (redirected.MOVED ?? 0) + (redirected.TRYAGAIN ?? 0)).toBeGreaterThan(0);
    const oks = attempts
      .filter((a) => a.status === 200)
      .map((a) => a.answeredAt)
      .sort((x, y) => x - y);
    /** The longest time without an accept that ended between `from` and `to` (it may have begun before). */
    const gapIn = (from: number, to: number) => Math.max(0, ...oks.slice(1).map((t, k) => (t > from && t <= to ? t - oks[k]! : 0)));
    const byStatus = attempts.reduce<Record<string, number>>((m, a) => ({ ...m, [a.status]: (m[a.status] ?? 0) + 1 }), {});
    console.log(
      `Redis Cluster (3 primaries + 4 replicas, REDIS_MIN_REPLICAS=1), 2 gateways, ${SENDERS} senders, ${loadSeconds.toFixed(1)} s of load: ` +
        `${acknowledged.size} payments acknowledged (${(acknowledged.size / loadSeconds).toFixed(1)}/s), ${holds.length} holds decided, 0 lost, 0 duplicated; ` +
        `requests by answer ${JSON.stringify(byStatus)}, resends answered as replays ${attempts.filter((a) => a.replay).length}. ` +
        `State slot ${stateSlot} migrated (${migration.keys} keys) in ${migration.ms} ms, longest time without a 200 around it ${gapIn(migrateFrom, killAt)} ms; ` +
        `primary killed, replica promoted after ${promotedAt - killAt} ms, longest time without a 200 around it ${gapIn(killAt, Number.POSITIVE_INFINITY)} ms. ` +
        `Redirections answered by the nodes: ${JSON.stringify(redirected)}. Owners (port) now: ${JSON.stringify(owners)}; keys per primary ${JSON.stringify(keysPerPrimary)}`,
    );
  } finally {
    admin.disconnect();
  }
});
