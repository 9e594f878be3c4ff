/**
 * With REDIS_MIN_REPLICAS, an accept or a decision is acknowledged only once its write reached that many replicas:
 * Redis replicates asynchronously, and a failover promotes a replica, so a write the old primary confirmed but never
 * passed on would be lost after it was acknowledged. WAIT (after the write, on the same connection) blocks until the
 * replicas have everything that connection wrote, or until the timeout; too few acknowledgements, a dropped
 * connection or a timeout make the answer STORE_OUTCOME_UNKNOWN ("resend the identical request"), never a yes.
 *
 * Writes share WAITs (group commit): RedisClient answers a connection's commands in order, so a WAIT not yet answered when a
 * write's reply arrives was sent after that write and covers it; a write finds one under way or sends the next.
 */
import { Cluster, type Redis } from 'ioredis';
import type { RedisClient } from './redis';
import type { ReplicaWait } from '../model/redis-topology';
import { AppError } from '../errors/app-error';
import { confirmedWrite } from './redis';

export class ReplicaAcks {
  /** Counts the connection's losses: a WAIT answered on another connection than its write's says nothing of it. */
  private epoch = 0;
  private current?: { answered: boolean; acks: Promise<number> };

  constructor(
    private readonly redis: RedisClient,
    private readonly wait: ReplicaWait,
    /** A key to write when an answer is given from state read, not written, by this request (a replay). */
    private readonly barrierKey: string,
  ) {
    if (wait.minReplicas === 0) return;
    redis.on('close', () => this.epoch++);
    if (redis instanceof Cluster) {
      // On a cluster the connection that matters is the one to the state's primary: a loss of any node's counts.
      const watch = (node: Redis) => node.on('close', () => this.epoch++);
      for (const node of redis.nodes('all')) watch(node);
      redis.on('+node', watch);
    }
  }

  get enabled(): boolean {
    return this.wait.minReplicas > 0;
  }

  /** Runs a write the caller acknowledges, and returns its reply once the write reached the replicas. */
  async write<T>(write: () => Promise<T>, what: string): Promise<T> {
    const epoch = this.epoch;
    const reply = await confirmedWrite(write, what);
    if (this.enabled) await this.replicated(epoch, what);
    return reply;
  }

  /**
   * For an answer given from stored state (the replay of an earlier accept): a small write after the read, then WAIT.
   * Replication is in order, so replicas that have the barrier have the state read before it.
   */
  async settled(what: string): Promise<void> {
    if (this.enabled) await this.write(() => this.redis.incr(this.barrierKey), what);
  }

  /**
   * That what this connection wrote to the shard of `tagKey` (any key of a queue's hash tag) reached the replicas: on
   * a cluster only (GatewayQueues.settle says why); elsewhere at once.
   */
  async queued(tagKey: string, what: string): Promise<void> {
    if (!this.enabled || !(this.redis instanceof Cluster)) return;
    const epoch = this.epoch;
    const acks = await waitOn(this.redis, tagKey, this.wait.minReplicas, this.wait.timeoutMs);
    if (this.epoch !== epoch || acks < this.wait.minReplicas) throw unknown(what, `${acks} of ${this.wait.minReplicas} replica(s) confirmed it in time`);
  }

  private async replicated(epoch: number, what: string): Promise<void> {
    const wanted = this.wait.minReplicas;
    let acks: number;
    try {
      acks = await this.waitCovering();
    } catch (e) {
      throw unknown(what, `the connection failed while waiting for ${wanted} replica(s)`, e);
    }
    if (this.epoch !== epoch) throw unknown(what, 'the connection to the primary was lost before the replicas confirmed it');
    if (acks < wanted) throw unknown(what, `${acks} of ${wanted} replica(s) confirmed it within ${this.wait.timeoutMs} ms`);
  }

  private sendWait(): Promise<number> {
    return waitOn(this.redis, this.barrierKey, this.wait.minReplicas, this.wait.timeoutMs);
  }

  /** A WAIT sent after the reply just received: the one not yet answered, else a new one. */
  private waitCovering(): Promise<number> {
    if (this.current && !this.current.answered) return this.current.acks;
    const w = { answered: false, acks: this.sendWait() };
    // Marked on the command's own promise, so it flips before the continuation of any write answered after it.
    const mark = () => {
      w.answered = true;
    };
    w.acks.then(mark, mark);
    this.current = w;
    return w.acks;
  }
}

/** No replicas to wait for: the primary's answer acknowledges a write (one server, the default). */
export function primaryOnly(redis: RedisClient): ReplicaAcks {
  return new ReplicaAcks(redis, { minReplicas: 0, timeoutMs: 1 }, '');
}

/**
 * WAIT on the connection the writes went over. On a cluster a keyless command goes to any node, so WAIT rides in a
 * pipeline with a read of the barrier key: the pipeline goes to the primary of the gateway state's one slot (every
 * state key shares its hash tag, keys.ts), over the same node connection as the writes before it.
 */
function waitOn(redis: RedisClient, barrierKey: string, replicas: number, timeoutMs: number): Promise<number> {
  if (!(redis instanceof Cluster)) return redis.wait(replicas, timeoutMs);
  return redis
    .pipeline()
    .exists(barrierKey)
    .wait(replicas, timeoutMs)
    .exec()
    .then((replies) => {
      const [err, acks] = replies?.[1] ?? [new Error('WAIT got no reply')];
      if (err) throw err;
      return acks as number;
    });
}

function unknown(what: string, why: string, cause?: unknown): AppError {
  return new AppError('STORE_OUTCOME_UNKNOWN', `The ${what} was written to Redis but ${why}: it may be lost in a failover`, cause ? { cause } : {});
}
