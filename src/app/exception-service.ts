/**
 * Scoped false-positive exceptions: "this payee is not that list entry". A reviewer proposes one from a hold, a second,
 * different reviewer confirms it, and from then until it expires, payments to the same payee are not held for the
 * same kind of evidence against the same entry: the hit is kept, marked `suppressedBy`, and the suppression is
 * recorded in the audit trail. The entry still hits every other payee, and new kinds of evidence (say, the entry's
 * domain in the remittance text, when only the name was judged) still hold the payment.
 *
 * Screening is synchronous, so suppression reads an in-memory index of the active exceptions; every instance reloads
 * it when one announces a change and on a timer, in case an announcement was missed.
 */
import type { TransactionView } from '../iso20022/types';
import type { Hit } from '../screening/types';
import { counterpartyKeys } from '../screening';
import { readMessage } from '../iso20022';
import { AppError } from '../errors/app-error';
import type { ExceptionStore } from '../store/exception-store';
import type { HoldStore } from '../store/hold-store';
import type { MessageStore } from '../store/message-store';
import type { AuditTrail } from '../model/audit';
import { type ExceptionRecord, type HoldRecord, pairOf } from '../model/records';
import type { AnnouncementChannel } from '../model/announcements';
import type { Suppressor } from './screening-service';
import { newId } from '../model/ids';

export const EXCEPTION_DAYS = { default: 90, max: 365 } as const;

/** Hits on the payee's own account: the list names that account, so no exception can say the payee is not the entry. */
const ACCOUNT_ROLES = new Set(['creditorAccount', 'underlyingCreditorAccount']);
const ACCOUNT_METHODS = new Set(['iban', 'account', 'proxy']);
const onOwnAccount = (h: { role: string; method: string }) => ACCOUNT_ROLES.has(h.role) && ACCOUNT_METHODS.has(h.method);

/** What a reviewer may propose from a hold: one candidate per listed entry that hit it. */
export interface ExceptionCandidate {
  entryId: string;
  /** The payee keys, most specific first; the first is proposed unless another is chosen. */
  counterparties: string[];
  methods: string[];
  allowed: boolean;
  why?: string;
}

export type ExceptionView = ExceptionRecord & { status: 'proposed' | 'active' | 'expired' | 'revoked' };

export interface ExceptionDeps {
  store: ExceptionStore;
  holds: HoldStore;
  messages: MessageStore;
  audit: AuditTrail;
  /** Changes of exceptions made by any instance (their ids): each reloads its index. */
  announcements: AnnouncementChannel<string>;
  now: () => Date;
  onError?: (what: string, e: unknown) => void;
}

export class ExceptionService {
  /** pair → the active exception for it (confirmed, maybe lapsed: expiry is checked at use). */
  private active = new Map<string, { id: string; counterparty: string; expiresAt: number; methods: ReadonlySet<string> }>();
  private timer?: NodeJS.Timeout;
  /** Reloads started, and the latest of them whose index is in force (see refresh). */
  private reloadsStarted = 0;
  private reloadInForce = 0;

  constructor(private readonly d: ExceptionDeps) {}

  view(r: ExceptionRecord): ExceptionView {
    const status = r.state === 'active' && r.expiresAt && Date.parse(r.expiresAt) <= this.d.now().getTime() ? 'expired' : r.state;
    return { ...r, status };
  }

  async list(status?: ExceptionView['status']): Promise<ExceptionView[]> {
    const all = (await this.d.store.all()).map((r) => this.view(r));
    return all.filter((r) => !status || r.status === status).sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
  }

  async get(id: string): Promise<ExceptionView> {
    const r = await this.d.store.get(id);
    if (!r) throw new AppError('NOT_FOUND', `No exception ${id}`);
    return this.view(r);
  }

  /** The exceptions a reviewer could propose from this hold. */
  async candidates(holdId: string): Promise<ExceptionCandidate[]> {
    const hold = await this.d.holds.get(holdId);
    if (!hold) throw new AppError('NOT_FOUND', `No hold ${holdId}`);
    const counterparties = await this.counterpartiesOf(hold);
    const entries = [...new Set(hold.hits.map((h) => h.entryId))];
    return entries.map((entryId) => {
      const hits = hold.hits.filter((h) => h.entryId === entryId);
      const methods = [...new Set(hits.filter((h) => !onOwnAccount(h)).map((h) => h.method))];
      const why = hits.some(onOwnAccount)
        ? `the payee's own account is listed under ${entryId}: correct the list instead`
        : counterparties.length === 0
          ? 'the payment names no payee account, proxy or name to scope an exception to'
          : undefined;
      return { entryId, counterparties, methods, allowed: why === undefined, ...(why ? { why } : {}) };
    });
  }

  async propose(reviewer: string, input: { holdId: string; entryId: string; counterparty?: string; comment: string; days?: number }): Promise<ExceptionView> {
    const candidate = (await this.candidates(input.holdId)).find((c) => c.entryId === input.entryId);
    if (!candidate) throw new AppError('REQUEST_INVALID', `Hold ${input.holdId} has no hit on ${input.entryId}`, { path: 'entryId' });
    if (!candidate.allowed) throw new AppError('EXCEPTION_NOT_ALLOWED', candidate.why!);
    const counterparty = input.counterparty ?? candidate.counterparties[0]!;
    if (!candidate.counterparties.includes(counterparty)) {
      throw new AppError('REQUEST_INVALID', `counterparty must be one of ${candidate.counterparties.join(', ')}`, { path: 'counterparty' });
    }
    const now = this.d.now();
    const record: ExceptionRecord = {
      id: newId('x'),
      counterparty,
      entryId: input.entryId,
      methods: candidate.methods,
      state: 'proposed',
      holdId: input.holdId,
      proposedBy: reviewer,
      proposedAt: now.toISOString(),
      comment: input.comment,
      days: input.days ?? EXCEPTION_DAYS.default,
    };
    const r = await this.d.store.propose(record, now);
    if (r.outcome === 'exists')
      throw new AppError('EXCEPTION_EXISTS', `Exception ${r.id} for ${counterparty} and ${input.entryId} is already proposed or active`);
    await this.d.audit.record({
      type: 'exception-proposed',
      holdId: input.holdId,
      at: record.proposedAt,
      actor: reviewer,
      data: { exceptionId: record.id, counterparty, entryId: record.entryId, methods: record.methods, days: record.days, comment: record.comment },
    });
    await this.d.announcements.announce(record.id);
    return this.view(record);
  }

  async confirm(id: string, reviewer: string, comment: string): Promise<ExceptionView> {
    const current = await this.get(id);
    const now = this.d.now();
    const expiresAt = new Date(now.getTime() + current.days * 86_400_000);
    const r = await this.d.store.confirm(id, reviewer, comment, now, expiresAt);
    if (r.outcome === 'not-found') throw new AppError('NOT_FOUND', `No exception ${id}`);
    if (r.outcome === 'same-reviewer') throw new AppError('FOUR_EYES_SAME_REVIEWER', `Exception ${id}: your proposal must be confirmed by another reviewer`);
    if (r.outcome === 'not-pending') throw new AppError('EXCEPTION_NOT_PENDING', `Exception ${id} is ${r.state}, not awaiting confirmation`);
    await this.d.audit.record({
      type: 'exception-confirmed',
      holdId: r.record.holdId,
      at: now.toISOString(),
      actor: reviewer,
      data: {
        exceptionId: id,
        counterparty: r.record.counterparty,
        entryId: r.record.entryId,
        proposedBy: r.record.proposedBy,
        expiresAt: r.record.expiresAt,
        comment,
      },
    });
    await this.changed(id);
    return this.view(r.record);
  }

  /** Withdraws a proposal or ends an active exception early (any reviewer: narrowing is never four-eyes). */
  async revoke(id: string, reviewer: string, comment: string): Promise<ExceptionView> {
    const now = this.d.now();
    const r = await this.d.store.revoke(id, reviewer, comment, now);
    if (r.outcome === 'not-found') throw new AppError('NOT_FOUND', `No exception ${id}`);
    if (r.outcome !== 'ok') throw new AppError('EXCEPTION_NOT_PENDING', `Exception ${id} is already revoked`);
    await this.d.audit.record({
      type: 'exception-revoked',
      holdId: r.record.holdId,
      at: now.toISOString(),
      actor: reviewer,
      data: { exceptionId: id, counterparty: r.record.counterparty, entryId: r.record.entryId, comment },
    });
    await this.changed(id);
    return this.view(r.record);
  }

  /**
   * For AcceptDeps.suppress: the id of the active exception covering this hit on this payment, if any. The
   * 'exception-applied' audit event is written by the accept itself, atomically with the message (see
   * `appliedAuditData`), so a payment that is not accepted leaves no such event.
   */
  suppressor(): Suppressor {
    const keysOf = new WeakMap<Pick<TransactionView, 'payee'>, string[]>();
    return (tx: Pick<TransactionView, 'payee'>, hit: Hit): string | undefined => {
      if (this.active.size === 0 || onOwnAccount(hit)) return undefined;
      let keys = keysOf.get(tx);
      if (!keys) keysOf.set(tx, (keys = counterpartyKeys(tx)));
      const now = this.d.now().getTime();
      for (const key of keys) {
        const e = this.active.get(pairOf(key, hit.entryId));
        if (!e || e.expiresAt <= now || !e.methods.has(hit.method)) continue;
        return e.id;
      }
      return undefined;
    };
  }

  /** Ids of the exceptions this instance applies now (confirmed, not expired). */
  activeIds(): string[] {
    const now = this.d.now().getTime();
    return [...this.active.values()].filter((e) => e.expiresAt > now).map((e) => e.id);
  }

  /**
   * Reloads the index of active exceptions from the store. Reloads overlap (an announcement, the timer, a change made
   * here) and finish in any order: one that started earlier may have read the store before a confirmation or a
   * revocation, and must not replace the index of one started after it, which the change's own reload is. Otherwise
   * an exception confirmed here (200) was not applied, or one revoked still was, until the next reload.
   */
  async refresh(): Promise<void> {
    const ticket = ++this.reloadsStarted;
    const next: typeof this.active = new Map();
    for (const r of await this.d.store.all()) {
      if (r.state !== 'active' || !r.expiresAt) continue;
      next.set(pairOf(r.counterparty, r.entryId), { id: r.id, counterparty: r.counterparty, expiresAt: Date.parse(r.expiresAt), methods: new Set(r.methods) });
    }
    if (ticket < this.reloadInForce) return;
    this.reloadInForce = ticket;
    this.active = next;
  }

  /** Loads the index now, then follows announcements from every instance (and reloads every `intervalMs`). */
  async follow(intervalMs = 30_000): Promise<void> {
    await this.refresh();
    const reload = () => void this.refresh().catch((e) => this.d.onError?.('exception index reload failed', e));
    await this.d.announcements.follow(reload);
    this.timer = setInterval(reload, intervalMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.d.announcements.close();
  }

  private async changed(id: string): Promise<void> {
    await this.refresh();
    await this.d.announcements.announce(id);
  }

  /**
   * What the audit trail records of an applied exception beyond the hit: the counterparty it is scoped to (recorded
   * once per payment and exception; the payment is named by its ids, never by the debtor).
   */
  appliedAuditData(exceptionId: string): Record<string, unknown> {
    for (const e of this.active.values()) if (e.id === exceptionId) return { counterparty: e.counterparty };
    return {};
  }

  /**
   * The payee keys of a hold's transaction: from the stored original while the message is open, else from the payee
   * fields kept on the hold (a post-hoc item's payment has gone out and its original been dropped).
   */
  private async counterpartiesOf(hold: HoldRecord): Promise<string[]> {
    const raw = await this.d.messages.raw(hold.messageId);
    const tx = raw ? readMessage(raw, { validate: false }).transactions[hold.index] : undefined;
    if (tx) return counterpartyKeys(tx);
    return counterpartyKeys({ payee: hold.transaction.payee } as unknown as TransactionView);
  }
}
