/**
 * The audit hash chain in Redis: a list of sealed events and the hash of the last one. Appends from one process are
 * batched (all events recorded in the same tick go in one round trip) and written with a compare-and-set on the head,
 * so several gateway instances on one Redis extend one chain without forking it.
 */
import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import { AuditEvent, AuditEventInput, AuditTrail, GENESIS, findBrokenLink, seal } from '../app/audit';

/** KEYS: log, head ; ARGV: expectedHead, newHead, events… → 'ok' | current head */
const APPEND_SCRIPT = `
local head = redis.call('GET', KEYS[2]) or '${GENESIS}'
if head ~= ARGV[1] then return head end
for i = 3, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
redis.call('SET', KEYS[2], ARGV[2])
return 'ok'
`;

interface Pending {
  input: AuditEventInput;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class RedisAuditTrail implements AuditTrail {
  private queue: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {
    redis.defineCommand('cpAuditAppend', { numberOfKeys: 2, lua: APPEND_SCRIPT });
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
      const [head, length] = await Promise.all([this.redis.get(this.keys.auditHead), this.redis.llen(this.keys.auditLog)]);
      let prev = head ?? GENESIS;
      const sealed: string[] = [];
      inputs.forEach((input, i) => {
        const e = seal(prev, length + i + 1, input);
        prev = e.hash;
        sealed.push(JSON.stringify(e));
      });
      const reply = await (this.redis as unknown as AppendCommand).cpAuditAppend(this.keys.auditLog, this.keys.auditHead, head ?? GENESIS, prev, ...sealed);
      if (reply === 'ok') return;
    }
    throw new Error('audit trail: could not append after 50 attempts (heavy contention)');
  }

  /** Streams the chain in pages. */
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

  /** Verifies the whole chain and its head; returns the number of events checked or the first broken link. */
  async verify(): Promise<{ ok: true; events: number } | { ok: false; seq: number; reason: string }> {
    let prev = GENESIS;
    let seq = 1;
    let count = 0;
    const page: AuditEvent[] = [];
    const check = () => {
      const broken = findBrokenLink(page, prev, seq);
      if (broken) return broken;
      const last = page[page.length - 1];
      if (last) {
        prev = last.hash;
        seq = last.seq + 1;
      }
      count += page.length;
      page.length = 0;
      return undefined;
    };
    try {
      for await (const e of this.events()) {
        page.push(e);
        if (page.length >= 1000) {
          const broken = check();
          if (broken) return { ok: false, ...broken };
        }
      }
    } catch {
      return { ok: false, seq: seq + page.length, reason: 'event is not valid JSON' };
    }
    const broken = check();
    if (broken) return { ok: false, ...broken };
    const head = (await this.redis.get(this.keys.auditHead)) ?? GENESIS;
    if (head !== prev) return { ok: false, seq, reason: 'the head does not match the last event (events removed at the end?)' };
    return { ok: true, events: count };
  }
}

interface AppendCommand {
  cpAuditAppend(log: string, head: string, ...args: string[]): Promise<string>;
}
