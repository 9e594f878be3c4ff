/**
 * Acting on a list change. When a new version becomes active, one instance (under a lease) rescreens:
 *  - every open hold against the new version: a hold whose entries were delisted or changed, or that now hits an
 *    entry the version added or changed, gets a note (its original hits stay; the note has the new ones), and one
 *    whose every hit was delisted and that hits nothing now is marked so for reviewers (releasing it still takes the
 *    usual decision, four eyes included);
 *  - every payment cleared within the lookback, its payee fields only, against the entries the version added or
 *    changed: a hit that would have stopped it opens a post-hoc item ("paid before the entry was listed") with the
 *    ids of the original forward, so the bank can recall or report it.
 * A version is rescreened once: notes and items are keyed by version, and the version is marked done at the end,
 * so a rescreen repeated after a crash (by this or another instance, at its next start or list change) adds
 * nothing twice.
 */
import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PayeeField } from '../iso20022/types';
import type { AuditTrail } from '../model/audit';
import type { HoldRecord, StoredMessage } from '../model/records';
import type { ClearedPayment, HoldRescreen, PostHocItem, PostHocOutcome } from '../model/rescreen';
import { hitView } from '../model/result';
import { AppError } from '../errors/app-error';
import type { HoldStore } from '../store/hold-store';
import type { MessageStore } from '../store/message-store';
import type { RescreenStore } from '../store/rescreen-store';
import { type StoredVersion, VERSIONS_KEPT, type WatchlistStore } from '../store/watchlist-store';
import type { ScreeningService, Suppressor } from './screening-service';
import type { SingleWriter } from './watchlist-service';

export interface RescreenDeps {
  store: RescreenStore;
  watchlist: WatchlistStore;
  holds: HoldStore;
  messages: MessageStore;
  screening: ScreeningService;
  suppress?: Suppressor;
  audit: AuditTrail;
  lease: SingleWriter;
  /** RESCREEN_LOOKBACK: cleared payments are kept and rescreened this far back (0: not at all). */
  lookbackMs: number;
  /** How long a closed post-hoc item is kept. */
  keepClosedMs: number;
  now: () => Date;
  log: (level: 'info' | 'warn', msg: string, data?: Record<string, unknown>) => void;
}

export interface RescreenSummary {
  version: string;
  holds: { evaluated: number; noted: number; allDelisted: number };
  payments: { screened: number; opened: number };
}

/** Holds read per round trip, and items screened between two yields to the event loop. */
const PAGE = 200;
const CHUNK = 64;
const LEASE_RENEW_MS = 10_000;

export class RescreenService {
  private running?: Promise<unknown>;
  private queued = 0;

  constructor(private readonly d: RescreenDeps) {}

  /**
   * Rescreens for `version` in the background when this instance serves it, it was not done, and no other instance
   * is at it. Called whenever a version becomes active here (and at a start, for a rescreen a crash cut short).
   */
  trigger(version: string): void {
    this.queued++;
    const run = (this.running ?? Promise.resolve()).then(() =>
      this.run(version)
        .catch((e) => this.d.log('warn', 'rescreening after a list change failed (taken up again on schedule)', { version, err: (e as Error).message }))
        .finally(() => this.queued--),
    );
    this.running = run;
  }

  /**
   * Every `everyMs`, triggers the version served here unless a rescreen is already queued: a run that failed (Redis
   * lost mid-run) or that could not start (the lease of a holder that died) is finished without waiting for the
   * next list change or start. A version done costs one HEXISTS. Only completion marks a version done, and every
   * note and item is written once per version, so a run taken up again adds nothing twice.
   */
  retryEvery(everyMs: number): { stop(): void } {
    const timer = setInterval(() => {
      if (this.queued === 0) this.trigger(this.d.screening.current().screener.listVersion);
    }, everyMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  /** Waits for the rescreens triggered so far. */
  async settled(): Promise<void> {
    await this.running;
  }

  /** Rescreens for `version` now; undefined when there was nothing to do here. */
  async run(version: string): Promise<RescreenSummary | undefined> {
    if (this.d.screening.current().screener.listVersion !== version || (await this.d.store.done(version))) return undefined;
    if (!(await this.d.lease.hold())) return undefined;
    // A renewal that fails or finds the lease gone is logged: the run goes on (every note and item is written once
    // per version), but two runs at once should be visible.
    const renew = setInterval(() => {
      this.d.lease
        .hold()
        .then((held) => held || this.d.log('warn', 'the rescreen lease was lost during a run', { version }))
        .catch((e) => this.d.log('warn', 'the rescreen lease could not be renewed', { version, err: (e as Error).message }));
    }, LEASE_RENEW_MS);
    try {
      if (await this.d.store.done(version)) return undefined;
      // This version and those before it that no instance rescreened (replaced before their turn), back to the last
      // one that was: their changes folded into one.
      const pending = await this.pendingVersions(version);
      // The first list (no version before it) changed nothing: it is the base.
      const first = pending.at(-1)?.previous === null ? pending.pop() : undefined;
      const base = first?.version ?? pending.at(-1)?.previous ?? null;
      if (first !== undefined) await this.d.store.markDone(first.version, this.d.now().toISOString());
      if (pending.length === 0 || base === null) {
        await this.d.store.markDone(version, this.d.now().toISOString());
        return undefined;
      }
      const diff: ChangeSets = { removed: new Set(), changed: new Set(), added: new Set() };
      for (const v of [...pending].reverse()) {
        await this.foldChanges(diff, v.version, v.afterSeq, v.changesKept);
        if (v.truncated)
          this.d.log('warn', 'rescreening: the version changed more entries than are kept; only the kept changes are acted on', { version: v.version });
      }
      const summary: RescreenSummary = {
        version,
        holds: await this.rescreenHolds(version, base, diff),
        payments: await this.rescreenPayments(version, base, diff),
      };
      const at = this.d.now().toISOString();
      for (const v of pending) await this.d.store.markDone(v.version, at);
      await this.d.audit.record({ type: 'rescreened', at: this.d.now().toISOString(), actor: 'gateway', data: { ...summary } });
      this.d.log('info', 'rescreened after a list change', { ...summary });
      return summary;
    } finally {
      clearInterval(renew);
      await this.d.lease.release().catch(() => undefined);
    }
  }

  /** `version` and the versions before it not rescreened yet, newest first (as far back as versions are kept). */
  private async pendingVersions(version: string): Promise<StoredVersion[]> {
    const out: StoredVersion[] = [];
    let next: string | null = version;
    while (next !== null && out.length < VERSIONS_KEPT) {
      const v = await this.d.watchlist.version(next);
      if (v === undefined) break;
      out.push(v);
      next = v.previous;
      if (next !== null && (await this.d.store.done(next))) break;
    }
    return out;
  }

  /**
   * Adds a version's recorded changes to what changed since the base: an entry added then removed is no change, one
   * removed then added again is changed, one added then changed stays added.
   */
  private async foldChanges(out: ChangeSets, version: string, afterSeq: number, kept: number): Promise<void> {
    const only = new Set([version]);
    let from = afterSeq - kept;
    for (;;) {
      const page = await this.d.watchlist.changesAfter(from, 1000, only);
      for (const c of page) {
        if (c.seq > afterSeq) return;
        from = c.seq;
        const id = c.entryId;
        if (c.change === 'added') {
          if (out.removed.delete(id)) out.changed.add(id);
          else out.added.add(id);
        } else if (c.change === 'removed') {
          if (!out.added.delete(id)) {
            out.changed.delete(id);
            out.removed.add(id);
          }
        } else if (!out.added.has(id)) out.changed.add(id);
      }
      if (page.length < 1000) return;
    }
  }

  private async rescreenHolds(version: string, previous: string, diff: ChangeSets): Promise<RescreenSummary['holds']> {
    const counts = { evaluated: 0, noted: 0, allDelisted: 0 };
    const at = this.d.now().toISOString();
    // Holds decided meanwhile leave the set; a hold may be seen twice at a page boundary, noted once (per version).
    for (let start = 0; ; start += PAGE) {
      const ids = await this.d.store.openHoldIds(start, PAGE);
      if (ids.length === 0) break;
      for (const hold of await this.d.holds.getMany(ids)) {
        if (++counts.evaluated % CHUNK === 0) await yieldToEventLoop();
        const note = this.holdNote(hold, version, previous, diff, at);
        if (note === undefined || !(await this.d.store.noteHold(hold.id, note))) continue;
        counts.noted++;
        if (note.allDelisted) counts.allDelisted++;
        await this.d.audit.record({
          type: 'rescreened',
          messageId: hold.messageId,
          holdId: hold.id,
          at,
          actor: 'gateway',
          data: {
            version,
            previous,
            delisted: note.delisted,
            changed: note.changed,
            added: note.added,
            allDelisted: note.allDelisted,
            entries: [...new Set(note.hits.map((h) => h.entryId))],
          },
        });
      }
      if (ids.length < PAGE) break;
    }
    return counts;
  }

  /** What the version changed for this hold; undefined when it touched none of its entries and added no hit. */
  private holdNote(hold: HoldRecord, version: string, previous: string, diff: ChangeSets, at: string): HoldRescreen | undefined {
    const original = new Set(hold.hits.map((h) => h.entryId));
    const delisted = [...original].filter((id) => diff.removed.has(id));
    const changed = [...original].filter((id) => diff.changed.has(id));
    const s = this.d.screening.screenKept(
      { index: hold.index, payee: hold.transaction.payee as PayeeField[] },
      { instant: hold.instant, ...this.suppression() },
    );
    const counting = s.hits.filter((h) => !h.suppressedBy);
    const added = [...new Set(counting.map((h) => h.entryId))].filter((id) => !original.has(id) && (diff.added.has(id) || diff.changed.has(id)));
    if (delisted.length === 0 && changed.length === 0 && added.length === 0) return undefined;
    return { version, previous, at, delisted, changed, added, allDelisted: delisted.length > 0 && counting.length === 0, hits: s.hits.map(hitView) };
  }

  private async rescreenPayments(version: string, base: string, diff: ChangeSets): Promise<RescreenSummary['payments']> {
    const counts = { screened: 0, opened: 0 };
    if (this.d.lookbackMs <= 0 || diff.added.size + diff.changed.size === 0) return counts;
    const now = this.d.now();
    await this.d.store.forEachCleared(now.getTime() - this.d.lookbackMs, async (payments) => {
      let message: StoredMessage | null | undefined = null;
      for (const p of payments) {
        if (++counts.screened % CHUNK === 0) await yieldToEventLoop();
        const s = this.d.screening.screenKept({ index: p.index, payee: p.payee as PayeeField[] }, { instant: p.instant, ...this.suppression() });
        const hits = s.hits.filter((h) => !h.suppressedBy && (diff.added.has(h.entryId) || diff.changed.has(h.entryId)));
        // Only a hit that would have stopped the payment (or sent it to post-hoc review) had it been listed then.
        if (hits.length === 0 || (s.decision === 'clear' && !s.postHocReview)) continue;
        if (message === null) message = await this.d.messages.get(p.messageId);
        const state = message?.transactions[p.index];
        if (state?.stage === 'dead-letter') continue; // the core never took it
        const item: PostHocItem = {
          id: postHocId(base, p),
          state: 'open',
          openedAt: now.toISOString(),
          version,
          why: `paid before the entry was listed: ${[...new Set(hits.map((h) => h.entryId))].join(', ')} ${diff.added.has(hits[0]!.entryId) ? 'added' : 'changed'} in version ${version}`,
          payment: {
            messageId: p.messageId,
            index: p.index,
            msgId: p.msgId,
            ...(p.forwardMsgId !== undefined ? { forwardMsgId: p.forwardMsgId } : {}),
            endToEndId: p.endToEndId,
            ...(p.txId !== undefined ? { txId: p.txId } : {}),
            ...(p.uetr !== undefined ? { uetr: p.uetr } : {}),
            idempotencyKey: p.forwardId,
            clearedAt: p.clearedAt,
            forwardedAt: state?.stage === 'forwarded' ? state.updatedAt : null,
            payee: p.payee,
          },
          hits: hits.map(hitView),
        };
        if (!(await this.d.store.openPostHoc(item))) continue;
        counts.opened++;
        await this.d.audit.record({
          type: 'post-hoc-opened',
          messageId: p.messageId,
          at: item.openedAt,
          actor: 'gateway',
          data: {
            postHocId: item.id,
            version,
            index: p.index,
            endToEndId: p.endToEndId,
            forwardId: p.forwardId,
            entries: [...new Set(hits.map((h) => h.entryId))],
          },
        });
      }
    });
    return counts;
  }

  /** GET /v1/review/post-hoc: open items oldest first, closed ones latest first. */
  async listPostHoc(q: { state: 'open' | 'closed'; limit: number; cursor?: number }): Promise<{ items: PostHocItem[]; total: number; next: string | null }> {
    const offset = q.cursor ?? 0;
    const page = await this.d.store.listPostHoc(q.state, offset, q.limit);
    return { ...page, next: offset + page.items.length < page.total && page.items.length === q.limit ? String(offset + q.limit) : null };
  }

  async postHoc(id: string): Promise<PostHocItem> {
    const item = await this.d.store.postHoc(id);
    if (item === undefined) throw new AppError('NOT_FOUND', `No post-hoc item ${id}`);
    return item;
  }

  /** A reviewer closes an item with what the bank did (recalled, reported, or nothing: not the listed party). */
  async closePostHoc(id: string, reviewer: string, input: { outcome: PostHocOutcome; comment: string }): Promise<PostHocItem> {
    const at = this.d.now().toISOString();
    const r = await this.d.store.closePostHoc(id, { by: reviewer, at, outcome: input.outcome, comment: input.comment }, this.d.keepClosedMs);
    if (r.outcome === 'not-found') throw new AppError('NOT_FOUND', `No post-hoc item ${id}`);
    if (r.outcome === 'not-open') throw new AppError('POST_HOC_CLOSED', `Post-hoc item ${id} is already ${r.state}`);
    const item = await this.postHoc(id);
    await this.d.audit.record({
      type: 'post-hoc-closed',
      messageId: item.payment.messageId,
      at,
      actor: reviewer,
      data: { postHocId: id, outcome: input.outcome, comment: input.comment },
    });
    return item;
  }

  countOpenPostHoc(): Promise<number> {
    return this.d.store.countOpenPostHoc();
  }

  private suppression(): { suppress?: Suppressor } {
    return this.d.suppress ? { suppress: this.d.suppress } : {};
  }
}

/**
 * Keeps what rescreening needs of a released hold's payment, for the lookback. Called after the release's effects; a
 * failure is logged, never passed on (the payment itself is stored and goes ahead). A message's cleared transactions
 * are kept by the accept's own script (store/message-store.ts), not here.
 */
export function clearedKeeper(
  store: RescreenStore,
  lookbackMs: number,
  warn: (msg: string, data: Record<string, unknown>) => void,
): (payments: readonly ClearedPayment[]) => Promise<void> {
  return async (payments) => {
    const first = payments[0];
    if (lookbackMs <= 0 || first === undefined) return;
    try {
      await store.keepCleared(first.forwardId, payments, Date.parse(first.clearedAt), lookbackMs);
    } catch (e) {
      warn('a cleared payment could not be kept for rescreening', { messageId: first.messageId, err: (e as Error).message });
    }
  };
}

interface ChangeSets {
  removed: Set<string>;
  changed: Set<string>;
  added: Set<string>;
}

/**
 * One item per (base, payment), the base being the last version rescreened to the end before this run: a run taken
 * up again finds its items, and so does a later version's run that folds in a version whose own run died half-way
 * (same base), where keying by the version run would open the payment's item a second time.
 */
function postHocId(base: string, p: ClearedPayment): string {
  return `r${createHash('sha256').update(`${base}|${p.messageId}|${p.index}`).digest('hex').slice(0, 24)}`;
}
