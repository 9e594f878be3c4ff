/**
 * Real Redis topologies on this machine, started by a test on free ports: a primary with replicas watched by
 * sentinels (Debian's redis-server and redis-sentinel), and a Redis Cluster of primaries. Each process runs in a
 * temporary folder of its own; `stop()` ends every process the helper started (SIGKILL: nothing here needs to be kept).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort, ping } from '../../src/runtime/embedded-redis';
import { waitUntil } from './http-recorder';

export interface RedisProcess {
  port: number;
  child: ChildProcess;
  /** A power cut: SIGKILL, resolves once it exited. */
  kill(): Promise<void>;
}

async function launch(bin: string, args: string[], port: number, what: string): Promise<RedisProcess> {
  const child = spawn(bin, args, { stdio: 'ignore' });
  await waitUntil(() => ping(port), 15_000, `${what} on port ${port}`);
  return {
    port,
    child,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A redis-server with an append-only file in a folder of its own under `root`. */
export async function startRedisServer(root: string, name: string, extra: string[]): Promise<RedisProcess> {
  const port = await freePort();
  const dir = path.join(root, name);
  await fs.mkdir(dir, { recursive: true });
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'yes',
    '--logfile',
    path.join(dir, 'redis.log'),
    ...extra,
  ];
  return launch('redis-server', args, port, `redis-server ${name}`);
}

export interface SentinelSet {
  readonly masterName: string;
  primary: RedisProcess;
  readonly replicas: RedisProcess[];
  readonly sentinels: RedisProcess[];
  /** "127.0.0.1:p1,127.0.0.1:p2,…" for REDIS_SENTINELS. */
  readonly sentinelList: string;
  /** The primary the sentinels name now. */
  currentPrimaryPort(): Promise<number | undefined>;
  stop(): Promise<void>;
}

/** One primary, `replicas` replicas (append-only) and three sentinels (quorum 2) that fail over after `downAfterMs`. */
export async function startSentinelSet(o: { replicas?: number; downAfterMs?: number } = {}): Promise<SentinelSet> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-sentinel-'));
  const masterName = 'cpmaster';
  const all: RedisProcess[] = [];
  try {
    const primary = await startRedisServer(root, 'primary', []);
    all.push(primary);
    const replicas: RedisProcess[] = [];
    for (let i = 0; i < (o.replicas ?? 2); i++) {
      const r = await startRedisServer(root, `replica-${i}`, ['--replicaof', '127.0.0.1', String(primary.port)]);
      all.push(r);
      replicas.push(r);
    }
    const sentinels: RedisProcess[] = [];
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const dir = path.join(root, `sentinel-${i}`);
      await fs.mkdir(dir, { recursive: true });
      const conf = path.join(dir, 'sentinel.conf');
      await fs.writeFile(
        conf,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${dir}`,
          `logfile ${path.join(dir, 'sentinel.log')}`,
          `sentinel monitor ${masterName} 127.0.0.1 ${primary.port} 2`,
          `sentinel down-after-milliseconds ${masterName} ${o.downAfterMs ?? 1000}`,
          `sentinel failover-timeout ${masterName} 10000`,
          `sentinel parallel-syncs ${masterName} 2`,
          '',
        ].join('\n'),
      );
      const s = await launch('redis-sentinel', [conf], port, `redis-sentinel ${i}`);
      all.push(s);
      sentinels.push(s);
    }
    const set: SentinelSet = {
      masterName,
      primary,
      replicas,
      sentinels,
      sentinelList: sentinels.map((s) => `127.0.0.1:${s.port}`).join(','),
      async currentPrimaryPort() {
        for (const s of sentinels) {
          const r = spawnSync('redis-cli', ['-p', String(s.port), 'SENTINEL', 'get-master-addr-by-name', masterName], { encoding: 'utf8' });
          const port = Number(r.stdout.trim().split('\n')[1]);
          if (r.status === 0 && port > 0) return port;
        }
        return undefined;
      },
      async stop() {
        for (const p of all) await p.kill();
        await fs.rm(root, { recursive: true, force: true });
      },
    };
    // Every sentinel has found the replicas and the other sentinels (a failover needs them).
    await waitUntil(
      () =>
        sentinels.every((s) => {
          const r = spawnSync('redis-cli', ['-p', String(s.port), 'SENTINEL', 'master', masterName], { encoding: 'utf8' }).stdout.split('\n');
          const field = (name: string) => Number(r[r.indexOf(name) + 1]);
          return field('num-slaves') === replicas.length && field('num-other-sentinels') === 2;
        }),
      30_000,
      'sentinels see the replicas and each other',
    );
    return set;
  } catch (e) {
    for (const p of all) await p.kill();
    throw e;
  }
}

export interface RedisClusterSet {
  /** Every node, primaries first as `redis-cli --cluster create` paired them (a failover changes the roles). */
  readonly nodes: RedisProcess[];
  /** "127.0.0.1:p1,…" for REDIS_CLUSTER_NODES. */
  readonly nodeList: string;
  /** Port of the primary serving this slot now, as the first live node that answers sees it. */
  ownerOf(slot: number): Promise<number>;
  /** The slot of a key, as CLUSTER KEYSLOT computes it. */
  slotOf(key: string): number;
  /** Starts one more node and makes it a replica of this primary (in sync when it resolves). */
  addReplica(primaryPort: number): Promise<RedisProcess>;
  /** Runs redis-cli against one node; its stdout. */
  cli(port: number, ...args: string[]): string;
  stop(): Promise<void>;
}

/**
 * `primaries` cluster-enabled redis-servers (append-only) joined by `redis-cli --cluster create`, with `replicas`
 * replicas each; a primary that stops answering for `nodeTimeoutMs` is replaced by its replica.
 */
export async function startCluster(primaries = 3, o: { replicas?: number; nodeTimeoutMs?: number } = {}): Promise<RedisClusterSet> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'cp-cluster-'));
  const nodes: RedisProcess[] = [];
  const replicas = o.replicas ?? 0;
  const cli = (port: number, ...args: string[]) => spawnSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8', timeout: 10_000 }).stdout ?? '';
  const live = () => nodes.filter((n) => n.child.exitCode === null && n.child.signalCode === null);
  try {
    const startNode = (i: number) =>
      startRedisServer(root, `node-${i}`, [
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        path.join(root, `node-${i}`, 'nodes.conf'),
        '--cluster-node-timeout',
        String(o.nodeTimeoutMs ?? 5000),
        '--appendfsync',
        'always',
      ]);
    for (let i = 0; i < primaries * (1 + replicas); i++) nodes.push(await startNode(i));
    const addrs = nodes.map((n) => `127.0.0.1:${n.port}`);
    const created = spawnSync('redis-cli', ['--cluster', 'create', ...addrs, '--cluster-replicas', String(replicas), '--cluster-yes'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (created.status !== 0) throw new Error(`redis-cli --cluster create failed: ${created.stdout} ${created.stderr}`);
    await waitUntil(
      () =>
        nodes.every((n) => {
          const info = cli(n.port, 'CLUSTER', 'INFO');
          return /cluster_state:ok/.test(info) && new RegExp(`cluster_known_nodes:${nodes.length}\\b`).test(info);
        }),
      30_000,
      'cluster state ok on every node',
    );
    return {
      nodes,
      nodeList: addrs.join(','),
      async ownerOf(slot) {
        for (const n of live()) {
          const r = new Redis(n.port, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
          r.on('error', () => undefined);
          try {
            // CLUSTER SLOTS: [from, to, [host, port, id], replicas…] per range.
            const range = (await r.cluster('SLOTS')).find(([from, to]) => slot >= from && slot <= to);
            if (range?.[2]) return Number(range[2][1]);
          } catch {
            /* try another node */
          } finally {
            r.disconnect();
          }
        }
        throw new Error(`no node serves slot ${slot}`);
      },
      slotOf: keySlot,
      async addReplica(primaryPort) {
        const node = await startNode(nodes.length);
        nodes.push(node);
        cli(node.port, 'CLUSTER', 'MEET', '127.0.0.1', String(primaryPort));
        const primaryId = cli(primaryPort, 'CLUSTER', 'MYID').trim();
        await waitUntil(() => cli(node.port, 'CLUSTER', 'NODES').includes(primaryId), 30_000, 'the new node knows the primary');
        cli(node.port, 'CLUSTER', 'REPLICATE', primaryId);
        await waitUntil(() => /master_link_status:up/.test(cli(node.port, 'INFO', 'replication')), 30_000, 'the new replica in sync');
        return node;
      },
      cli,
      async stop() {
        for (const n of nodes) await n.kill();
        await fs.rm(root, { recursive: true, force: true });
      },
    };
  } catch (e) {
    for (const n of nodes) await n.kill();
    throw e;
  }
}

/** Redis Cluster's key slot: CRC16 (XMODEM) of the hash tag (the text inside the first non-empty {…}) or the key, mod 16384. */
export function keySlot(key: string): number {
  const open = key.indexOf('{');
  const close = open >= 0 ? key.indexOf('}', open + 1) : -1;
  const hashed = Buffer.from(close > open + 1 ? key.slice(open + 1, close) : key);
  let crc = 0;
  for (const byte of hashed) {
    crc ^= byte << 8;
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc % 16384;
}
