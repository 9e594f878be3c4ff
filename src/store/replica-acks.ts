/**
 * With REDIS_MIN_REPLICAS, an accept or a decision is acknowledged only once its write reached that many replicas:
 * Redis replicates asynchronously, and a failover promotes a replica, so a write the old primary confirmed but never
 * passed on would be lost after it was acknowledged. WAIT (after the write, on the same connection) blocks until the
 * replicas have everything that connection wrote, or until the timeout; too few acknowledgements, a dropped
 * connection or a timeout make the answer STORE_OUTCOME_UNKNOWN ("resend the identical request"), never a yes.
 *
 * Writes share WAITs (group commit): Redis answers a connection's commands in order, so a WAIT not yet answered when a
 * write's reply arrives was sent after that write and covers it; a write finds one under way or sends the next.
 */
import type { Redis } from 'ioredis';
import type { ReplicaWait } from '../model/redis-topology';
import { AppError } from '../errors/app-error';
import { confirmedWrite } from './redis';

export class ReplicaAcks {
  /** Counts the connection's losses: a WAIT answered on another connection than its write's says nothing of it. */
  private epoch = 0;
  private current?: { answered: boolean; acks: Promise<number> };

  constructor(
    private readonly redis: Redis,
    private readonly wait: ReplicaWait,
    /** A key to write when an answer is given from state read, not written, by this request (a replay). */
    private readonly barrierKey: string,
  ) {
    if (wait.minReplicas > 0) redis.on('close', () => this.epoch++);
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

  /** A WAIT sent after the reply just received: the one not yet answered, else a new one. */
  private waitCovering(): Promise<number> {
    if (this.current && !this.current.answered) return this.current.acks;
    const w = { answered: false, acks: this.redis.wait(this.wait.minReplicas, this.wait.timeoutMs) };
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
export function primaryOnly(redis: Redis): ReplicaAcks {
  return new ReplicaAcks(redis, { minReplicas: 0, timeoutMs: 1 }, '');
}

function unknown(what: string, why: string, cause?: unknown): AppError {
  return new AppError('STORE_OUTCOME_UNKNOWN', `The ${what} was written to Redis but ${why}: it may be lost in a failover`, cause ? { cause } : {});
}
