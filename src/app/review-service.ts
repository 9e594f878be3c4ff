/**
 * Reviewer decisions on held transactions, and the gateway's own (deadline expiry). A decision is taken atomically
 * in Redis first (and marked as having effects pending); its effects — the forward of a released transaction, the
 * status report to the hub, the transaction's new state — follow and are idempotent, so a crash in between is
 * completed by recovery without forwarding anything twice.
 */
import type { HoldStore } from '../store/hold-store';
import type { HoldQuery } from '../model/hold-query';
import type { MessageStore } from '../store/message-store';
import type { GatewayQueues } from '../queues/queues';
import type { AuditTrail } from '../model/audit';
import type { HoldDecision, HoldRecord, TransactionState } from '../model/records';
import type { StatusReportService } from './status-report-service';
import { AppError } from '../errors/app-error';
import type { RejectReason } from '../policy/reject-reasons';
import { derivedMsgId } from '../model/ids';
import { type DebtorField, debtorFields, maskDebtor } from '../iso20022';
import type { ClearedPayment } from '../model/rescreen';

export interface ReviewSettings {
  fourEyes: boolean;
  /** Opposite proposals: 'escalate' (the hold is flagged and proposals start again) or 'keep' (refuse the second). */
  conflictRule: 'escalate' | 'keep';
  rejectReason: string;
  /** Reason codes a reviewer may give with a reject, with their names. */
  rejectReasons: readonly RejectReason[];
  expiryAction: 'reject' | 'escalate';
}

export interface ReviewDeps {
  holds: HoldStore;
  store: MessageStore;
  queues: GatewayQueues;
  audit: AuditTrail;
  reports: StatusReportService;
  settings: ReviewSettings;
  now: () => Date;
  /** Keeps what rescreening needs of a released payment (never fails the release). */
  keepCleared?: (payments: readonly ClearedPayment[]) => Promise<void>;
}

/** Recovery leaves decisions younger than this to the request that is still working on them. */
const RECOVERY_GRACE_MS = 10_000;

/** What a reveal shows: the original as received and its debtor-side fields (none once the original is gone). */
export interface DebtorReveal {
  holdId: string;
  messageId: string;
  revealedBy: string;
  revealedAt: string;
  original: string | null;
  debtor: DebtorField[];
}

/** The masked original, or nothing when it cannot be read as XML (it cannot be masked, so it is not shown). */
function maskOrNothing(raw: string): { text: string; masked: string[] } | undefined {
  try {
    return maskDebtor(raw);
  } catch {
    return undefined;
  }
}

export interface ActResult {
  state: 'proposed' | 'released' | 'rejected';
  hold: HoldRecord;
}

export class ReviewService {
  constructor(private readonly d: ReviewDeps) {}

  /** The rules reviewers work under (shown on the review page). */
  get settings(): Readonly<ReviewSettings> {
    return this.d.settings;
  }

  list(q: HoldQuery) {
    return this.d.holds.list(q);
  }

  async get(holdId: string): Promise<HoldRecord> {
    const h = await this.d.holds.get(holdId);
    if (!h) throw new AppError('NOT_FOUND', `No hold ${holdId}`);
    return h;
  }

  /**
   * One hold as a reviewer sees it, with the original message while it is kept (until every transaction is final),
   * its debtor-side fields masked (`debtorMasked`: their paths). Revealing them is revealDebtor's, audited.
   */
  async detail(holdId: string): Promise<HoldRecord & { original: string | null; debtorMasked: string[] }> {
    const hold = await this.get(holdId);
    const raw = await this.d.store.raw(hold.messageId);
    const masked = raw === null ? undefined : maskOrNothing(raw);
    return { ...hold, original: masked?.text ?? null, debtorMasked: masked?.masked ?? [] };
  }

  /**
   * The original unmasked and its debtor-side fields, for a reviewer holding the reveal permission (checked by the
   * caller). The reveal is recorded in the audit trail first: nothing is shown that is not on record.
   */
  async revealDebtor(holdId: string, reviewer: string, reason: string): Promise<DebtorReveal> {
    const hold = await this.get(holdId);
    const raw = await this.d.store.raw(hold.messageId);
    const debtor = raw === null ? [] : debtorFields(raw);
    const at = this.d.now().toISOString();
    await this.d.audit.record({
      type: 'debtor-revealed',
      messageId: hold.messageId,
      holdId,
      at,
      actor: reviewer,
      data: { reason, fields: debtor.length, originalKept: raw !== null },
    });
    return { holdId, messageId: hold.messageId, revealedBy: reviewer, revealedAt: at, original: raw, debtor };
  }

  async act(holdId: string, action: 'release' | 'reject', reviewer: string, input: { comment: string; reason?: string }): Promise<ActResult> {
    const reasons = this.d.settings.rejectReasons;
    if (input.reason !== undefined && action === 'reject' && !reasons.some((r) => r.code === input.reason)) {
      throw new AppError('REASON_UNKNOWN', `Reason ${input.reason} is not one of ${reasons.map((r) => r.code).join(', ')}`, { path: 'reason' });
    }
    const now = this.d.now();
    const { messageId } = await this.get(holdId);
    const r = await this.d.holds.act(holdId, {
      messageId,
      action,
      reviewer,
      comment: input.comment,
      ...(input.reason !== undefined ? { reason: input.reason } : {}),
      now,
      fourEyes: this.d.settings.fourEyes,
      conflictRule: this.d.settings.conflictRule,
    });
    switch (r.outcome) {
      case 'not-found':
        throw new AppError('NOT_FOUND', `No hold ${holdId}`);
      case 'not-pending':
        throw new AppError('HOLD_NOT_PENDING', `Hold ${holdId} is already ${r.state}`);
      case 'claimed':
        throw new AppError('HOLD_CLAIMED', `Hold ${holdId} is claimed by ${r.by}`);
      case 'same-reviewer':
        throw new AppError('FOUR_EYES_SAME_REVIEWER', `Hold ${holdId}: your proposal to ${r.proposal.action} must be confirmed by another reviewer`);
      case 'conflict':
        // Its audit events (the escalation) were written by the decision step itself, as for a proposal or confirmation.
        throw new AppError(
          'FOUR_EYES_CONFLICT',
          `Hold ${holdId}: ${r.proposal.reviewer} proposed to ${r.proposal.action}; ${r.escalated ? 'the hold is escalated and both proposals are set aside' : 'confirm that or leave it'}`,
        );
      case 'proposed': {
        const hold = await this.get(holdId);
        return { state: 'proposed', hold };
      }
      case 'decided': {
        const hold = await this.get(holdId);
        await this.applyEffects(hold);
        return { state: action === 'release' ? 'released' : 'rejected', hold: await this.get(holdId) };
      }
    }
  }

  async claim(holdId: string, reviewer: string, mode: 'claim' | 'unclaim'): Promise<HoldRecord> {
    const now = this.d.now();
    const { messageId } = await this.get(holdId);
    const event = { type: mode === 'claim' ? 'claimed' : 'unclaimed', messageId, holdId, at: now.toISOString(), actor: reviewer } as const;
    const r = await this.d.holds.claim(holdId, reviewer, now, mode, event);
    if (r.outcome === 'not-found') throw new AppError('NOT_FOUND', `No hold ${holdId}`);
    if (r.outcome === 'not-pending') throw new AppError('HOLD_NOT_PENDING', `Hold ${holdId} is already ${r.detail}`);
    if (r.outcome === 'claimed') throw new AppError('HOLD_CLAIMED', `Hold ${holdId} is claimed by ${r.detail}`);
    if (r.outcome === 'same-reviewer')
      throw new AppError('FOUR_EYES_SAME_REVIEWER', `Hold ${holdId}: you proposed to ${r.detail}; another reviewer must confirm, so you cannot claim it`);
    return this.get(holdId);
  }

  /** The deadline of a hold has passed (BullMQ delayed job): apply the configured policy, once. */
  async expire(holdId: string): Promise<'expired' | 'escalated' | 'ignored'> {
    const now = this.d.now();
    const current = await this.d.holds.get(holdId);
    if (!current) return 'ignored';
    // A post-hoc item's payment went out already: rejecting it at its deadline would record a finding nobody made.
    // It is flagged as overdue instead, whatever the expiry policy.
    if (this.d.settings.expiryAction === 'escalate' || current.postHoc) {
      const escalated = await this.d.holds.markEscalated(holdId, now, {
        type: 'escalated',
        messageId: current.messageId,
        holdId,
        at: now.toISOString(),
        actor: 'gateway',
        data: { why: current.postHoc ? 'post-hoc review overdue' : 'deadline' },
      });
      return escalated ? 'escalated' : 'ignored';
    }
    const decision: HoldDecision = {
      action: 'reject',
      reviewer: 'gateway',
      comment: 'deadline passed',
      reason: this.d.settings.rejectReason,
      at: now.toISOString(),
    };
    const r = await this.d.holds.systemDecide(holdId, ['pending', 'escalated'], 'expired', decision, now, {
      type: 'expired',
      messageId: current.messageId,
      holdId,
      at: now.toISOString(),
      actor: 'gateway',
      data: { reason: decision.reason },
    });
    if (r !== 'ok') return 'ignored';
    await this.applyEffects(await this.get(holdId));
    return 'expired';
  }

  /**
   * The effects of a final decision. Every step is idempotent (deterministic job ids, guarded unit counters), so this
   * may run again after a crash: released → one forward job and an ACSP report; rejected/expired → a RJCT report.
   */
  async applyEffects(hold: HoldRecord): Promise<void> {
    const d = hold.decision;
    if (!d || (hold.state !== 'released' && hold.state !== 'rejected' && hold.state !== 'expired')) return;
    const at = this.d.now().toISOString();
    const released = hold.state === 'released';
    const reasonCode = released ? undefined : (d.reason ?? this.d.settings.rejectReason);
    // Already forwarded under the instant policy: the review records the finding, nothing is sent again. A 'reject'
    // of a post-hoc item says the payee was the listed one after all: follow-up (recall, report) is outside the gateway.
    if (!hold.postHoc) {
      const forward = await this.deliverDecision(hold, released, reasonCode, at);
      if (forward) await this.d.keepCleared?.([releasedPayment(hold, forward, at)]);
    }
    await this.d.queues.review.remove(hold.id).catch(() => undefined);
    await this.d.holds.effectsDone(hold.id, {
      type: released ? 'released' : 'rejected',
      messageId: hold.messageId,
      holdId: hold.id,
      at,
      actor: d.confirmedBy ?? d.reviewer,
      data: {
        proposedBy: d.reviewer,
        confirmedBy: d.confirmedBy,
        reason: reasonCode,
        watchlistVersion: hold.watchlistVersion,
        ...(hold.postHoc ? { postHoc: true, finding: postHocFinding(hold) } : {}),
      },
    });
  }

  /**
   * Completes decisions a crash interrupted. A decision on a hold is one atomic state change (with a marker), then
   * its effects; this re-runs the effects for every marker left behind, and each effect is idempotent, so running it
   * for a decision still in progress elsewhere is harmless. (Accepted messages need no recovery here: their queue
   * jobs are intents written atomically with them, which the intent dispatcher moves into BullMQ.)
   */
  async recoverInterruptedDecisions(): Promise<{ decisions: number }> {
    let decisions = 0;
    const now = this.d.now();
    const pending = await this.d.holds.pendingEffects();
    // A decision answered "outcome unknown" left its marker on a primary whose replicas may never have had it: its
    // forward and status report wait until they do, or a failover could undo a decision already acted upon.
    if (pending.length > 0) await this.d.holds.settled('interrupted decision');
    for (const holdId of pending) {
      const hold = await this.d.holds.get(holdId);
      const decidedAt = hold?.decision ? Date.parse(hold.decision.confirmedAt ?? hold.decision.at) : 0;
      if (hold && now.getTime() - decidedAt < RECOVERY_GRACE_MS) continue;
      if (hold) await this.applyEffects(hold);
      else await this.d.holds.effectsDone(holdId);
      decisions++;
    }
    return { decisions };
  }

  /**
   * Counts the closes the version before lost. Its released hold's forward unit closed under the hold's marker, so of
   * the decision's close and the delivery's the second counted nothing, and the message kept its original and never
   * expired (also when, during a rolling upgrade, an instance of that version delivers a unit this one released).
   * Walks the released holds decided from a day before where the last sweep started (every one, the first time; a
   * day covers a rolling upgrade), a page at a time, and counts each lost close once (MessageStore.closeLostForward).
   * Run in the background at start; any number of instances may run it at once.
   */
  async repairLostCloses(page = 500): Promise<{ holds: number; repaired: number }> {
    const startedAt = this.d.now().getTime();
    const stored = await this.d.holds.lostClosesSweptFrom();
    const from = stored > 0 ? stored - LOST_CLOSES_LOOKBACK_MS : 0;
    let holds = 0;
    let repaired = 0;
    for (let offset = 0; ; offset += page) {
      const ids = await this.d.holds.decidedFrom(from, offset, page);
      // A hold that does not open (its key removed from the configured ones) fails its page: read that page one by
      // one and pass over what does not open, or the sweep would never get past it.
      const readable = await this.d.holds.getMany(ids).catch(async () => {
        const one = await Promise.all(ids.map((id) => this.d.holds.get(id).catch(() => undefined)));
        return one.filter((h): h is HoldRecord => h !== undefined);
      });
      for (const hold of readable) {
        holds++;
        if (hold.state === 'released' && !hold.postHoc && (await this.d.store.closeLostForward(hold.messageId, hold.id))) repaired++;
      }
      if (ids.length < page) break;
    }
    await this.d.holds.setLostClosesSweptFrom(startedAt);
    return { holds, repaired };
  }

  /**
   * Released → one forward job; either way the transaction's new state and its status report to the hub. Returns the
   * forward of a release.
   */
  private async deliverDecision(
    hold: HoldRecord,
    released: boolean,
    reasonCode: string | undefined,
    at: string,
  ): Promise<{ forwardId: string; msgId?: string } | undefined> {
    const raw = await this.d.store.raw(hold.messageId);
    let state: TransactionState;
    let forward: { forwardId: string; msgId?: string } | undefined;
    if (released) {
      const stored = await this.d.store.get(hold.messageId);
      const whole = stored?.meta.nbOfTxs === 1;
      const forwardId = hold.id;
      forward = { forwardId, ...(whole ? {} : { msgId: derivedMsgId('CPF', forwardId) }) };
      await this.d.store.openForwardUnit(hold.messageId, forwardId, {
        type: 'forwarded',
        messageId: hold.messageId,
        holdId: hold.id,
        at,
        actor: 'gateway',
        data: { forwardId, transactions: [hold.index], whole },
      });
      await this.d.queues.addForward({ ...forward, messageId: hold.messageId, txIndexes: [hold.index], whole });
      state = { status: 'ACSP', stage: 'forward-queued', holdId: hold.id, forwardId, updatedAt: at };
    } else {
      state = { status: 'RJCT', stage: 'rejected', holdId: hold.id, reasonCode, updatedAt: at };
    }
    await this.d.store.setTransactionState(hold.messageId, hold.index, state);
    if (raw) {
      const xml = this.d.reports.decision(raw, hold.index, state.status, reasonCode, `${hold.id}:decision`);
      await this.d.queues.addStatus({ reportId: `${hold.id}-status`, messageId: hold.messageId, xml });
    }
    await this.d.store.closeUnit(hold.messageId, hold.id);
    return forward;
  }
}

/** How far before the last sweep's start the next sweep for lost closes starts (ReviewService.repairLostCloses). */
const LOST_CLOSES_LOOKBACK_MS = 24 * 3_600_000;

/** What rescreening keeps of a released payment: as of a cleared one, from the hold. */
function releasedPayment(hold: HoldRecord, forward: { forwardId: string; msgId?: string }, at: string): ClearedPayment {
  const t = hold.transaction;
  return {
    messageId: hold.messageId,
    index: hold.index,
    msgId: hold.message.msgId,
    ...(forward.msgId ? { forwardMsgId: forward.msgId } : {}),
    endToEndId: t.endToEndId,
    ...(t.txId ? { txId: t.txId } : {}),
    ...(t.uetr ? { uetr: t.uetr } : {}),
    forwardId: forward.forwardId,
    clearedAt: at,
    instant: hold.instant,
    payee: t.payee,
  };
}

/** What a decided post-hoc review item found: release = the hit was a false positive, reject = it was the listed payee. */
export function postHocFinding(hold: HoldRecord): 'false-positive' | 'match' | undefined {
  if (!hold.postHoc || !hold.decision) return undefined;
  return hold.decision.action === 'release' ? 'false-positive' : 'match';
}
