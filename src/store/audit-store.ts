/**
 * The audit hash chain in Redis. Recording an event appends it, unsealed, to an inbox list — in the same atomic
 * script as what it records where it can (the accept of a message, a delivery), so the trail cannot miss an event
 * that happened. One sealer among all instances (a lease) moves inbox events into the chain in order: each gets
 * the next seq, the previous event's hash and its own hash, and the head ("<seq>:<hash>" of the last event) moves
 * with a compare-and-set. Single writer, so the chain never forks, and sealing costs nothing on the request path.
 *
 * Redis is not an archive: `chokepoint audit export --trim` writes the events to a file and then removes them from
 * Redis, leaving a checkpoint (seq and hash of the last removed event) from which verification of the rest starts.
 */
import type { RedisClient } from './redis';
import type { RedisKeys } from './keys';
import { AuditEvent, AuditEventInput, AuditTrail, ChainChecker, GENESIS, sealEntry } from '../model/audit';
import { Lease } from './lease';
import { LeasedPump } from './leased-pump';
import { defineScripts } from './scripts';
import { type ResentLog, callNonce, ignoreResent } from './resent';

const INITIAL_HEAD = `0:${GENESIS}`;

const SEAL_BATCH = 1000;

/**
 * How long an append of recorded events keeps its nonce (audit-append.lua): a resend of the append by the client up to
 * this long after it ran appends nothing. The client resends once it is connected again, however long that takes (after
 * the request client's commandTimeout, 5 s, the caller has STORE_OUTCOME_UNKNOWN already and does not see the
 * resend's answer; the append still runs then); an outage longer than this could still duplicate the events of the appends in flight when it began. One small key per
 * append (events recorded in the same tick share one), so ~10 appends a second keep ~36,000 keys (~4 MB).
 */
export const RESENT_GUARD_MS = 3_600_000;

export interface AuditCheckpoint {
  /** seq and hash of the last event removed from Redis. */
  seq: number;
  hash: string;
  at: string;
  exportedTo?: string;
}

export type VerifyResult = { ok: true; events: number; fromSeq: number; lastSeq: number } | { ok: false; seq: number; reason: string };

function parseHead(head: string | null): { seq: number; hash: string } {
  const [seq, hash] = (head ?? INITIAL_HEAD).split(':');
  return { seq: Number(seq), hash: hash! };
}

/** An unsealed event as written to the inbox (also by the accept and delivery scripts). */
export function inboxEntry(e: AuditEventInput): string {
  return JSON.stringify(e);
}

export class RedisAuditTrail implements AuditTrail {
  private pending: string[] = [];
  private waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  private readonly sealer: LeasedPump;
  private readonly sealLease: Lease;

  constructor(
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
    private readonly onError: (e: unknown) => void = () => undefined,
    /** Told when an append or a seal finds it ran before (sent again by the client after its answer was lost). */
    private readonly resent: ResentLog = ignoreResent,
  ) {
    defineScripts(redis);
    this.sealLease = new Lease(redis, keys.auditSealerLease, 5_000);
    this.sealer = new LeasedPump(this.sealLease, () => this.sealStep(), { pollMs: 200, onError: this.onError, batch: SEAL_BATCH });
  }

  /** Start sealing in the background (the gateway does; one-shot CLI commands seal on demand). */
  startSealing(): void {
    this.sealer.start();
  }

  stopSealing(): Promise<void> {
    return this.sealer.stop();
  }

  /** Durable in the inbox when it resolves; events recorded in the same tick share one round trip. */
  record(input: AuditEventInput): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push(inboxEntry(input));
      this.waiters.push({ resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // flushInbox hands every outcome of its write to the callers of record(), who await it; a throw after that
        // (the sealer's kick) is logged, not dropped.
        setImmediate(() => {
          this.flushInbox().catch((e: unknown) => this.onError(e));
        });
      }
    });
  }

  private async flushInbox(): Promise<void> {
    const entries = this.pending.splice(0);
    const waiters = this.waiters.splice(0);
    this.scheduled = false;
    try {
      // Once per call: a resend of this append by the client, its answer lost, finds the nonce and appends nothing.
      const nonce = callNonce();
      const appended = await this.redis.cpAuditAppend(2, this.keys.auditInbox, this.keys.auditAppended(nonce), String(RESENT_GUARD_MS), ...entries);
      if (appended === 0) this.resent('audit append', { events: entries.length });
      waiters.forEach((w) => w.resolve());
      this.sealer.kick();
    } catch (e) {
      waiters.forEach((w) => w.reject(e));
    }
  }

  /** Seals everything in the inbox now (the lease holder does; others wait until the holder has). */
  async seal(timeoutMs = 10_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    await this.sealer.runNow();
    while ((await this.redis.llen(this.keys.auditInbox)) > 0) {
      if (Date.now() > end) throw new Error('audit trail: the inbox was not sealed in time (is a sealer running?)');
      await new Promise((r) => setTimeout(r, 50));
      await this.sealer.runNow();
    }
  }

  /** One batch: inbox events → sealed chain events, in inbox order. */
  private async sealStep(): Promise<number> {
    const raw = await this.redis.lrange(this.keys.auditInbox, 0, SEAL_BATCH - 1);
    if (raw.length === 0) return 0;
    // Read after the inbox, only when there is something to seal: an idle poll costs one read.
    const head = await this.redis.get(this.keys.auditHead);
    const { seq, hash } = parseHead(head);
    let prev = hash;
    const sealed = raw.map((r, i) => {
      const e = sealEntry(prev, seq + i + 1, r);
      prev = e.hash;
      return e.line;
    });
    const reply = await this.redis.cpAuditSeal(
      this.keys.auditSealerLease,
      this.keys.auditLog,
      this.keys.auditHead,
      this.keys.auditInbox,
      this.sealLease.token,
      // The head this batch was sealed against ('' before the first event): the script refuses it if the head moved.
      head ?? '',
      `${seq + raw.length}:${prev}`,
      String(raw.length),
      ...sealed,
    );
    if (reply === 'lease-lost') this.sealLease.lost();
    if (reply === 'again') this.resent('audit seal', { events: raw.length, headSeq: seq + raw.length });
    return reply === 'ok' || reply === 'again' ? raw.length : 0;
  }

  /** The sealed events still in Redis, oldest first, streamed in pages (seal() first to include the newest). */
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
  async verify(exported?: AsyncIterable<AuditEvent> | Iterable<AuditEvent>, onProgress?: (seq: number, headSeq: number) => void): Promise<VerifyResult> {
    await this.seal();
    const cp = await this.checkpoint();
    const headSeq = parseHead(await this.redis.get(this.keys.auditHead)).seq;
    let n = 0;
    const progressed = (seq: number) => {
      if (onProgress && (++n === 1 || n % 1000 === 0)) onProgress(seq, headSeq);
    };
    let checker: ChainChecker | undefined;
    let current = 0;
    try {
      if (exported) {
        for await (const e of exported) {
          checker ??= new ChainChecker(e.prev, e.seq);
          current = e.seq;
          const broken = checker.push(e);
          if (broken) return { ok: false, ...broken };
          progressed(e.seq);
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
        progressed(e.seq);
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
    const r = await this.redis.cpAuditTrim(this.keys.auditLog, this.keys.auditCheckpoint, String(count), last.hash, JSON.stringify(cp));
    if (r === 'again') this.resent('audit trim', { count, seq: last.seq });
    if (r !== 'ok' && r !== 'again') throw new Error(`audit trail: not trimmed (${r}): the exported events are no longer the first in Redis`);
  }
}
