/**
 * The audit hash chain in Redis: a list of sealed events and the head ("<seq>:<hash>" of the last event). Appends
 * from one process are batched (all events recorded in the same tick go in one round trip) and written with a
 * compare-and-set on the head, so several gateway instances on one Redis extend one chain without forking it.
 *
 * Redis is not an archive: `chokepoint audit export --trim` writes the events to a file and then removes them from
 * Redis, leaving a checkpoint (seq and hash of the last removed event) from which verification of the rest starts.
 */
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import { AuditEvent, AuditEventInput, AuditTrail, ChainChecker, GENESIS, seal } from '../app/audit';

const INITIAL_HEAD = `0:${GENESIS}`;

/** KEYS: log, head ; ARGV: expectedHead, newHead, events… → 'ok' | current head */
const APPEND_SCRIPT = `
local head = redis.call('GET', KEYS[2]) or '${INITIAL_HEAD}'
if head ~= ARGV[1] then return head end
for i = 3, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
redis.call('SET', KEYS[2], ARGV[2])
return 'ok'
`;

/**
 * KEYS: log, checkpoint ; ARGV: count, expected hash of the last removed event, checkpoint JSON.
 * Removes the first `count` events only if the last of them is the one that was exported.
 */
const TRIM_SCRIPT = `
local last = redis.call('LINDEX', KEYS[1], tonumber(ARGV[1]) - 1)
if not last then return 'gone' end
if cjson.decode(last).hash ~= ARGV[2] then return 'changed' end
redis.call('LTRIM', KEYS[1], tonumber(ARGV[1]), -1)
redis.call('SET', KEYS[2], ARGV[3])
return 'ok'
`;

export interface AuditCheckpoint {
  /** seq and hash of the last event removed from Redis. */
  seq: number;
  hash: string;
  at: string;
  exportedTo?: string;
}

export type VerifyResult = { ok: true; events: number; fromSeq: number; lastSeq: number } | { ok: false; seq: number; reason: string };

interface Pending {
  input: AuditEventInput;
  resolve: () => void;
  reject: (e: unknown) => void;
}

function parseHead(head: string | null): { seq: number; hash: string } {
  const [seq, hash] = (head ?? INITIAL_HEAD).split(':');
  return { seq: Number(seq), hash: hash! };
}

export class RedisAuditTrail implements AuditTrail {
  private queue: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {
    redis.defineCommand('cpAuditAppend', { numberOfKeys: 2, lua: APPEND_SCRIPT });
    redis.defineCommand('cpAuditTrim', { numberOfKeys: 2, lua: TRIM_SCRIPT });
  }

  private get cmd(): AuditCommands {
    return this.redis as unknown as AuditCommands;
  }

  record(input: AuditEventInput): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, 500);
      try {
        await this.append(batch.map((p) => p.input));
        batch.forEach((p) => p.resolve());
      } catch (e) {
        batch.forEach((p) => p.reject(e));
      }
    }
    this.flushing = false;
  }

  private async append(inputs: AuditEventInput[]): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const head = (await this.redis.get(this.keys.auditHead)) ?? INITIAL_HEAD;
      const { seq, hash } = parseHead(head);
      let prev = hash;
      const sealed = inputs.map((input, i) => {
        const e = seal(prev, seq + i + 1, input);
        prev = e.hash;
        return JSON.stringify(e);
      });
      const reply = await this.cmd.cpAuditAppend(this.keys.auditLog, this.keys.auditHead, head, `${seq + inputs.length}:${prev}`, ...sealed);
      if (reply === 'ok') return;
    }
    throw new Error('audit trail: could not append after 50 attempts (heavy contention)');
  }

  /** The events still in Redis, oldest first, streamed in pages. */
  async *events(pageSize = 1000): AsyncGenerator<AuditEvent> {
    for (let start = 0; ; start += pageSize) {
      const page = await this.redis.lrange(this.keys.auditLog, start, start + pageSize - 1);
      for (const line of page) yield JSON.parse(line) as AuditEvent;
      if (page.length < pageSize) return;
    }
  }

  async length(): Promise<number> {
    return this.redis.llen(this.keys.auditLog);
  }

  async checkpoint(): Promise<AuditCheckpoint | undefined> {
    const c = await this.redis.get(this.keys.auditCheckpoint);
    return c ? (JSON.parse(c) as AuditCheckpoint) : undefined;
  }

  /**
   * Verifies the chain in Redis from its checkpoint (or the genesis) to the head and names the first broken link.
   * Given the events of an export file, verifies them first and that Redis continues where they end.
   */
  async verify(exported?: AsyncIterable<AuditEvent> | Iterable<AuditEvent>): Promise<VerifyResult> {
    const cp = await this.checkpoint();
    let checker: ChainChecker | undefined;
    let current = 0;
    try {
      if (exported) {
        for await (const e of exported) {
          checker ??= new ChainChecker(e.prev, e.seq);
          current = e.seq;
          const broken = checker.push(e);
          if (broken) return { ok: false, ...broken };
        }
      }
      if (!checker) checker = cp ? new ChainChecker(cp.hash, cp.seq + 1) : new ChainChecker();
      else if (cp && (checker.nextSeq - 1 !== cp.seq || checker.prev !== cp.hash)) {
        return { ok: false, seq: checker.nextSeq, reason: `the exported events end at ${checker.nextSeq - 1}; Redis continues after ${cp.seq}` };
      }
      for await (const e of this.events()) {
        current = e.seq;
        const broken = checker.push(e);
        if (broken) return { ok: false, ...broken };
      }
    } catch {
      return { ok: false, seq: current + 1, reason: 'event is not valid JSON' };
    }
    const head = parseHead(await this.redis.get(this.keys.auditHead));
    if (head.hash !== checker.prev || head.seq !== checker.nextSeq - 1) {
      return { ok: false, seq: checker.nextSeq, reason: 'the head does not match the last event (events removed at the end?)' };
    }
    return { ok: true, events: checker.events, fromSeq: checker.startSeq, lastSeq: checker.nextSeq - 1 };
  }

  /** After an export: removes the first `count` events, whose last one has `lastHash`, and records the checkpoint. */
  async trim(count: number, last: AuditEvent, exportedTo?: string): Promise<void> {
    const cp: AuditCheckpoint = { seq: last.seq, hash: last.hash, at: new Date().toISOString(), ...(exportedTo ? { exportedTo } : {}) };
    const r = await this.cmd.cpAuditTrim(this.keys.auditLog, this.keys.auditCheckpoint, String(count), last.hash, JSON.stringify(cp));
    if (r !== 'ok') throw new Error(`audit trail: not trimmed (${r}): the exported events are no longer the first in Redis`);
  }
}

interface AuditCommands {
  cpAuditAppend(log: string, head: string, ...args: string[]): Promise<string>;
  cpAuditTrim(log: string, checkpoint: string, ...args: string[]): Promise<string>;
}
