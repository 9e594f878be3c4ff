/** Where the gateway's Redis is (one server, Sentinel or Cluster) and how many replicas an acknowledgement waits for. */
export interface HostPort {
  readonly host: string;
  readonly port: number;
}

export type RedisTopology =
  /** `url` unset: the embedded redis-server of DATA_DIR. */
  | { readonly kind: 'single'; readonly url?: string; readonly password?: string }
  | {
      readonly kind: 'sentinel';
      readonly sentinels: readonly HostPort[];
      readonly name: string;
      readonly password?: string;
      readonly sentinelPassword?: string;
    }
  | { readonly kind: 'cluster'; readonly nodes: readonly HostPort[]; readonly password?: string };

export interface ReplicaWait {
  /** Replicas that must have the write before it is acknowledged (Redis WAIT); 0: the primary's answer is enough. */
  readonly minReplicas: number;
  /** How long an acknowledgement may wait for them; past it the answer is "outcome unknown, resend". */
  readonly timeoutMs: number;
}
