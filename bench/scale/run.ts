/**
 * `npm run bench:scale`: 1, 2 and 3 gateway instances (`chokepoint serve`, each with its queue-worker process) on one
 * Redis (append-only, fsync on every write, as the embedded one), and 3 instances on a Redis Cluster of 3 primaries.
 * The load is `npm run bench`'s (bench/gateway/load.ts, closed loop, single-transaction messages, one in 100 held),
 * its connections spread evenly over the instances; the core is the stand-in core process (HTTP, counts deliveries).
 *
 * Per configuration: accepted and forwarded payments per second, and CPU milliseconds per payment of the gateways and
 * of Redis (/proc, from the phase's start until every cleared payment reached the core), Redis commands per payment.
 * On a shared two-core machine more instances cannot add throughput; the CPU per payment is what projects to a
 * larger host (docs/scaling.md). After the one-instance run: Redis memory per payment, per hold, per duplicate key
 * and per audit event (INFO memory, MEMORY USAGE), and how fast one audit chain is sealed.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { Redis } from 'ioredis';
import { startEmbeddedRedis } from '../../src/runtime/embedded-redis';
import { RedisAuditTrail } from '../../src/store/audit-store';
import { RedisKeys } from '../../src/store/keys';
import { startCluster } from '../../test/helpers/redis-topologies';
import { DIST, LoadResult, cpuSeconds, drained, freePort, gatewayCpu, load, round, sinkCount, stop, waitReady } from '../gateway/harness';
import { writeSyntheticList } from '../gateway/synthetic-list';

interface Plan {
  entries: number;
  duration: number;
  connections: number;
  hitEvery: number;
  instances: number[];
  clusterInstances: number[];
}

interface Topology {
  kind: 'single' | 'cluster';
  env: Record<string, string>;
  /** Every Redis server's pid (a cluster's primaries). */
  pids: number[];
  /** One connection per server, for INFO. */
  servers: Redis[];
  stop(): Promise<void>;
}

async function singleRedis(work: string): Promise<Topology> {
  const r = await startEmbeddedRedis({ dataDir: path.join(work, 'redis-single'), persistence: 'aof-always' });
  const conn = new Redis(r.url);
  return {
    kind: 'single',
    env: { REDIS_URL: r.url },
    pids: [r.pid],
    servers: [conn],
    async stop() {
      conn.disconnect();
      await r.stop();
    },
  };
}

async function clusterRedis(): Promise<Topology> {
  const c = await startCluster(3);
  const servers = c.nodes.map((n) => new Redis(n.port));
  return {
    kind: 'cluster',
    env: { REDIS_CLUSTER_NODES: c.nodeList },
    pids: c.nodes.map((n) => n.child.pid!),
    servers,
    async stop() {
      for (const s of servers) s.disconnect();
      await c.stop();
    },
  };
}

/** Commands run (scripts' inner commands included) and memory used, summed over the servers (INFO). */
async function redisTotals(servers: Redis[]): Promise<{ commands: number; memory: number }> {
  let commands = 0;
  let memory = 0;
  for (const s of servers) {
    const info = await s.info('all');
    for (const m of info.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)) commands += Number(m[1]);
    memory += Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? 0);
  }
  return { commands, memory };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

interface Gateway {
  child: ChildProcess;
  port: number;
}

async function startGateways(n: number, topo: Topology, base: Record<string, string>, work: string, prefix: string): Promise<Gateway[]> {
  const out: Gateway[] = [];
  for (let g = 0; g < n; g++) {
    const port = await freePort();
    const dataDir = path.join(work, `${prefix}-gw${g}`);
    const env: NodeJS.ProcessEnv = { ...process.env, ...base, ...topo.env, PORT: String(port), DATA_DIR: dataDir, REDIS_PREFIX: prefix };
    if (topo.kind === 'cluster') delete env.REDIS_URL;
    const child = spawn(process.execPath, [path.join(DIST, 'src/cli/main.js'), 'serve'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    out.push({ child, port });
  }
  for (const gw of out) await waitReady(`http://127.0.0.1:${gw.port}/readyz`, 300_000);
  return out;
}

interface Row {
  redis: string;
  /** REDIS_PREFIX of the run (its keys stay until the server stops). */
  prefix: string;
  instances: number;
  accepted: number;
  acceptedPerSec: number;
  forwardedPerSec: number;
  gatewayCpuMs: number;
  redisCpuMs: number;
  /** The same by server (a cluster's primaries: which shard carries the state shows here). */
  redisCpuMsByServer: number[];
  redisCommands: number;
  redisMemoryBytes: number;
  loadAverage: number[];
  refused: number;
}

async function measure(p: Plan, topo: Topology, n: number, base: Record<string, string>, work: string, coreUrl: string): Promise<Row> {
  const prefix = `scale-${topo.kind}-${n}-${Date.now().toString(36)}`;
  const gateways = await startGateways(n, topo, base, work, prefix);
  try {
    const urls = gateways.map((g) => `http://127.0.0.1:${g.port}/v1/messages`);
    const perInstance = Math.max(1, Math.round(p.connections / n));
    const run = (seconds: number, tag: string) =>
      Promise.all(
        urls.map((url, g) =>
          load([
            '--url',
            url,
            '--token',
            base.BENCH_TOKEN!,
            '--hit-every',
            String(p.hitEvery),
            '--mode',
            'closed',
            '--connections',
            String(perInstance),
            '--duration',
            String(seconds),
            '--run-id',
            `${tag}${n}${topo.kind[0]}${g}${Date.now().toString(36)}`,
          ]),
        ),
      );
    const delivered = sinkCount(coreUrl);
    await run(3, 'W');
    await drained(delivered);

    const processCpu = () =>
      gateways.reduce((sum, g) => {
        const c = gatewayCpu(g.child.pid!);
        return sum + c.http! + c.workers!;
      }, 0);
    const redisCpu = () => topo.pids.map((pid) => cpuSeconds(pid));
    const before = { delivered: await delivered(), gateway: processCpu(), redis: redisCpu(), totals: await redisTotals(topo.servers) };
    const started = performance.now();
    const results: LoadResult[] = await run(p.duration, 'M');
    const d = await drained(delivered);
    const after = { gateway: processCpu(), redis: redisCpu(), totals: await redisTotals(topo.servers) };
    const ok = results.reduce((a, r) => a + r.ok, 0);
    return {
      redis: topo.kind === 'single' ? 'one server' : 'cluster, 3 primaries',
      prefix,
      instances: n,
      accepted: ok,
      acceptedPerSec: round(
        results.reduce((a, r) => a + r.throughput, 0),
        1,
      ),
      forwardedPerSec: round((d.files - before.delivered) / ((d.at - started) / 1000), 1),
      gatewayCpuMs: round(((after.gateway - before.gateway) * 1000) / ok),
      redisCpuMs: round(((sum(after.redis) - sum(before.redis)) * 1000) / ok, 3),
      redisCpuMsByServer: after.redis.map((t, k) => round(((t - before.redis[k]!) * 1000) / ok, 3)),
      redisCommands: round((after.totals.commands - before.totals.commands - topo.servers.length) / ok, 1),
      redisMemoryBytes: Math.round((after.totals.memory - before.totals.memory) / ok),
      loadAverage: os.loadavg().map((l) => round(l, 1)),
      refused: results.reduce((a, r) => a + (r.statuses['503'] ?? 0), 0),
    };
  } finally {
    for (const g of gateways) await stop(g.child);
  }
}

/**
 * What one accepted payment leaves in Redis, by kind of key: MEMORY USAGE of a sample of each kind's keys, and the
 * audit log's bytes per event. The keys of one run (its prefix), warm-up included.
 */
async function memoryByKind(redis: Redis, prefix: string): Promise<Record<string, number | string>> {
  const kinds = new Map<string, { keys: number; sampled: number; bytes: number }>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const rest = key.slice(prefix.length + 1);
      const kind = rest.startsWith('bull:')
        ? `queue ${rest.split(':')[1]}`
        : rest
            .split(':')
            .slice(0, rest.startsWith('dup:') ? 2 : 1)
            .join(':');
      const k = kinds.get(kind) ?? { keys: 0, sampled: 0, bytes: 0 };
      k.keys++;
      if (k.sampled < 500) {
        k.bytes += (await redis.memory('USAGE', key, 'SAMPLES', 0)) ?? 0;
        k.sampled++;
      }
      kinds.set(kind, k);
    }
  } while (cursor !== '0');
  // Every payment of the run (warm-up included) is one single-transaction message: one record each.
  const payments = kinds.get('msg')?.keys ?? 1;
  const out: Record<string, number | string> = { payments };
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].keys * (b[1].bytes / b[1].sampled) - a[1].keys * (a[1].bytes / a[1].sampled))) {
    const each = k.bytes / k.sampled;
    out[kind] = `${k.keys} keys × ${Math.round(each)} B = ${round((k.keys * each) / payments, 0)} B per payment`;
  }
  const events = await redis.llen(`${prefix}:audit:log`);
  const logBytes = (await redis.memory('USAGE', `${prefix}:audit:log`, 'SAMPLES', 0)) ?? 0;
  out['audit events per payment'] = round(events / payments, 2);
  out['bytes per audit event'] = events ? Math.round(logBytes / events) : 0;
  const holds = await redis.zcard(`${prefix}:holds:open:created`);
  out['open holds'] = holds;
  return out;
}

/**
 * How fast one audit chain is sealed: `events` events of the accept's shape pushed into an inbox, then sealed by the
 * gateway's own sealer (RedisAuditTrail) in this process. The chain is serial: this is one deployment's ceiling.
 */
async function sealRate(redis: Redis, redisPid: number, events: number): Promise<Record<string, number>> {
  const keys = new RedisKeys(`scale-seal-${Date.now().toString(36)}`);
  const trail = new RedisAuditTrail(redis, keys);
  const at = new Date().toISOString();
  const event = (i: number) =>
    JSON.stringify({
      type: 'screened',
      at,
      actor: 'gateway',
      messageId: `G${i.toString(36).padStart(24, '0')}`,
      data: { transactions: [{ index: 0, decision: 'clear', status: 'ACSP', hits: 0 }], watchlistVersion: 'a'.repeat(64) },
    });
  for (let i = 0; i < events; i += 1000) await redis.rpush(keys.auditInbox, ...Array.from({ length: Math.min(1000, events - i) }, (_, k) => event(i + k)));
  const redisBefore = cpuSeconds(redisPid);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await trail.seal(600_000);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const sealed = await redis.llen(keys.auditLog);
  return {
    events: sealed,
    eventsPerSecWall: Math.round((sealed / wallMs) * 1000),
    sealerCpuUsPerEvent: round((cpu.user + cpu.system) / sealed, 1),
    redisCpuUsPerEvent: round(((cpuSeconds(redisPid) - redisBefore) * 1e6) / sealed, 1),
  };
}

async function main(p: Plan): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'chokepoint-scale-'));
  const children: ChildProcess[] = [];
  const rows: Row[] = [];
  let memory: Record<string, number | string> | undefined;
  let sealing: Record<string, number> | undefined;
  try {
    const listFile = path.join(work, 'watchlist.jsonl');
    await writeSyntheticList(listFile, p.entries);
    const token = 'bench-submitter-token-0123456789abcdef';
    const tokensFile = path.join(work, 'tokens.json');
    await fs.writeFile(tokensFile, JSON.stringify({ tokens: [{ token, role: 'submitter', name: 'bench' }] }), { mode: 0o600 });
    const sink = spawn(process.execPath, [path.join(DIST, 'bench/gateway/core-sink.js')], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(sink);
    const sinkPort = await new Promise<number>((resolve) => sink.stdout!.once('data', (d) => resolve(JSON.parse(String(d)).port as number)));
    const coreUrl = `http://127.0.0.1:${sinkPort}/core`;
    // Every instance reads what the others sealed: one key for all.
    const base: Record<string, string> = {
      HOST: '127.0.0.1',
      WATCHLIST: listFile,
      TOKENS_FILE: tokensFile,
      LOG_LEVEL: 'warn',
      CORE_URL: coreUrl,
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BENCH_TOKEN: token,
      // The closed loop bounds the load (its connections); on a machine shared with other work the event-loop check
      // would refuse payments for the other work's sake, and a refused request's CPU would count against the accepted.
      MAX_EVENT_LOOP_DELAY_MS: '0',
    };
    process.stderr.write(`bench:scale: ${p.entries} entries, ${p.connections} connections in all, ${p.duration} s per configuration\n`);

    if (p.instances.length > 0) {
      const single = await singleRedis(work);
      try {
        for (const n of p.instances) {
          const row = await measure(p, single, n, base, work, coreUrl);
          rows.push(row);
          process.stderr.write(`bench:scale: ${JSON.stringify(row)}\n`);
          if (n === p.instances[0]) {
            memory = await memoryByKind(single.servers[0]!, row.prefix);
            sealing = await sealRate(single.servers[0]!, single.pids[0]!, 100_000);
          }
        }
      } finally {
        await single.stop();
      }
    }
    if (p.clusterInstances.length > 0) {
      const cluster = await clusterRedis();
      try {
        for (const n of p.clusterInstances) {
          const row = await measure(p, cluster, n, base, work, coreUrl);
          rows.push(row);
          process.stderr.write(`bench:scale: ${JSON.stringify(row)}\n`);
        }
      } finally {
        await cluster.stop();
      }
    }

    console.log(
      '\nredis                  instances  accepted/s  forwarded/s  gateway CPU ms/payment  Redis CPU ms/payment  Redis cmds/payment  503s  load average',
    );
    for (const r of rows) {
      console.log(
        `${r.redis.padEnd(22)} ${String(r.instances).padEnd(10)} ${String(r.acceptedPerSec).padEnd(11)} ${String(r.forwardedPerSec).padEnd(12)} ${String(r.gatewayCpuMs).padEnd(23)} ${`${r.redisCpuMs}${r.redisCpuMsByServer.length > 1 ? ` (${r.redisCpuMsByServer.join(' + ')})` : ''}`.padEnd(21)} ${String(r.redisCommands).padEnd(19)} ${String(r.refused).padEnd(5)} ${r.loadAverage.join(' ')}`,
      );
    }
    if (memory) console.log(`\nRedis memory per payment (one instance, one server, 1 payment in ${p.hitEvery} held): ${JSON.stringify(memory, null, 1)}`);
    if (sealing) console.log(`audit chain, one sealer: ${JSON.stringify(sealing)}`);
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
    console.log('\n' + JSON.stringify({ date: new Date().toISOString(), plan: p, rows, memory, sealing }));
  } finally {
    for (const c of children) await stop(c);
    await fs.rm(work, { recursive: true, force: true });
  }
}

const list = (v: unknown) =>
  String(v) === 'none'
    ? []
    : String(v)
        .split(',')
        .map(Number)
        .filter((n) => n > 0);

new Command('bench:scale')
  .option('--entries <n>', 'synthetic watchlist entries', '20000')
  .option('--duration <s>', 'seconds of load per configuration', '20')
  .option('--connections <n>', 'closed-loop connections in all, spread over the instances', '32')
  .option('--hit-every <n>', 'one payment in n pays a listed IBAN (held)', '100')
  .option('--instances <list>', 'instance counts on one Redis server (none: skip)', '1,2,3')
  .option('--cluster <list>', 'instance counts on a Redis Cluster of 3 primaries (none: skip)', '1,3')
  .action(async (o: Record<string, string>) =>
    main({
      entries: Number(o.entries),
      duration: Number(o.duration),
      connections: Number(o.connections),
      hitEvery: Number(o.hitEvery),
      instances: list(o.instances),
      clusterInstances: list(o.cluster),
    }),
  )
  .parseAsync(process.argv)
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
