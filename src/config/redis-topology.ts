/**
 * Where the gateway's Redis is and how much an acknowledgement waits for: REDIS_URL (one server), REDIS_SENTINELS +
 * REDIS_SENTINEL_NAME (a primary with replicas watched by Sentinel) or REDIS_CLUSTER_NODES (Redis Cluster), at most
 * one of them; passwords; REDIS_MIN_REPLICAS and REDIS_MIN_REPLICAS_TIMEOUT (replicas an accept or a decision must
 * have reached before it is acknowledged).
 */
import { AppError } from '../errors/app-error';
import { parseDuration } from './duration';
import type { HostPort, RedisTopology, ReplicaWait } from '../model/redis-topology';

export type { HostPort, RedisTopology, ReplicaWait };

export interface RedisTopologyEnv {
  REDIS_URL?: string | undefined;
  REDIS_PASSWORD?: string | undefined;
  REDIS_SENTINELS?: string | undefined;
  REDIS_SENTINEL_NAME?: string | undefined;
  REDIS_SENTINEL_PASSWORD?: string | undefined;
  REDIS_CLUSTER_NODES?: string | undefined;
  REDIS_MIN_REPLICAS?: string | undefined;
  REDIS_MIN_REPLICAS_TIMEOUT?: string | undefined;
}

const invalid = (message: string) => new AppError('CONFIG_INVALID', `Invalid configuration: ${message}`);
const set = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** "10.0.0.1:26379, 10.0.0.2:26379" → host/port pairs; the variable's name in every error. */
export function parseHostPorts(name: string, text: string): HostPort[] {
  const out = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const m = /^(\[[0-9a-fA-F:]+\]|[^\s:]+):(\d{1,5})$/.exec(item);
      const port = m ? Number(m[2]) : 0;
      if (!m || port < 1 || port > 65535) throw invalid(`${name}: "${item}" is not host:port`);
      return { host: m[1]!.replace(/^\[|\]$/g, ''), port };
    });
  if (out.length === 0) throw invalid(`${name}: expected a list of host:port`);
  return out;
}

export function parseRedisTopology(e: RedisTopologyEnv): RedisTopology {
  const url = set(e.REDIS_URL);
  const sentinels = set(e.REDIS_SENTINELS);
  const cluster = set(e.REDIS_CLUSTER_NODES);
  const password = set(e.REDIS_PASSWORD);
  const given = [url && 'REDIS_URL', sentinels && 'REDIS_SENTINELS', cluster && 'REDIS_CLUSTER_NODES'].filter(Boolean);
  if (given.length > 1) throw invalid(`${given.join(' and ')}: set only one (one server, Sentinel or Cluster)`);
  const pw = password ? { password } : {};
  if (sentinels) {
    const name = set(e.REDIS_SENTINEL_NAME);
    if (!name) throw invalid('REDIS_SENTINELS needs REDIS_SENTINEL_NAME (the master name the sentinels monitor)');
    const sentinelPassword = set(e.REDIS_SENTINEL_PASSWORD);
    return { kind: 'sentinel', sentinels: parseHostPorts('REDIS_SENTINELS', sentinels), name, ...pw, ...(sentinelPassword ? { sentinelPassword } : {}) };
  }
  if (set(e.REDIS_SENTINEL_NAME) || set(e.REDIS_SENTINEL_PASSWORD)) throw invalid('REDIS_SENTINEL_NAME / REDIS_SENTINEL_PASSWORD: set REDIS_SENTINELS too');
  if (cluster) return { kind: 'cluster', nodes: parseHostPorts('REDIS_CLUSTER_NODES', cluster), ...pw };
  if (url !== undefined && !/^rediss?:\/\//.test(url)) throw invalid('REDIS_URL: expected redis://… or rediss://…');
  return { kind: 'single', ...(url ? { url } : {}), ...pw };
}

export function parseReplicaWait(e: RedisTopologyEnv): ReplicaWait {
  const n = set(e.REDIS_MIN_REPLICAS) ?? '0';
  if (!/^\d{1,2}$/.test(n)) throw invalid('REDIS_MIN_REPLICAS: expected a number of replicas (0-99)');
  const t = set(e.REDIS_MIN_REPLICAS_TIMEOUT) ?? '1s';
  const timeoutMs = parseDuration(t);
  // Below the request connection's command timeout (5 s): a WAIT that runs into it would look like a lost answer.
  if (timeoutMs === undefined || timeoutMs < 1 || timeoutMs > 4_000)
    throw invalid('REDIS_MIN_REPLICAS_TIMEOUT: expected a duration from 1ms to 4s, like 500ms');
  return { minReplicas: Number(n), timeoutMs };
}
