/**
 * Deliveries of what the gateway sends out: cleared payments to the core, status reports of later decisions to the
 * hub. At-least-once with a stable key (the forward id, the report id): a unit already delivered is skipped, and a
 * redelivery after a crash carries the same key (HTTP Idempotency-Key) or replaces the same file (outbox), so the core
 * books each payment once. A refusal (4xx) is final: the unit goes to the dead letters, visible in
 * GET /v1/forwards/dead-letters, in the message status and in the metrics.
 *
 * Each use case is one attempt and says what became of it; the queue that calls it (jobs/) decides about retries.
 * A forward job carrying several units calls `forward` once per unit: each keeps its own key, state and dead letter.
 */
import { buildForwardMessage, readMessage } from '../iso20022';
import type { AuditTrail } from '../model/audit';
import { type OutboundStatusReport, PermanentDeliveryError, type XmlSink } from '../model/delivery';
import type { ForwardUnit, TransactionState } from '../model/records';
import type { MessageStore } from '../store/message-store';

/** Which try this is (1 = the first) and whether the queue will make another after a failure. */
export interface Attempt {
  readonly number: number;
  readonly last: boolean;
}

export type ForwardOutcome =
  /** The core (or the outbox) has it now. */
  | { kind: 'delivered' }
  /** Delivered or dead-lettered by an earlier attempt: nothing was sent. */
  | { kind: 'done-before'; state: 'delivered' | 'dead' }
  /** Refused for good, out of attempts, or the stored original is gone: recorded as a dead letter. */
  | { kind: 'dead'; reason: string; httpStatus?: number }
  /** Failed this time; the queue should try again. */
  | { kind: 'retry'; error: Error };

export type StatusReportOutcome = { kind: 'delivered' } | { kind: 'refused'; error: PermanentDeliveryError } | { kind: 'retry'; error: Error };

export interface DeliveryDeps {
  store: MessageStore;
  audit: AuditTrail;
  /** Cleared payments: the core's endpoint, or the outbox directory. */
  core: XmlSink;
  /** Status reports of later decisions: the hub's endpoint, or the status directory. */
  hub: XmlSink;
  now: () => Date;
}

export class DeliveryService {
  constructor(private readonly d: DeliveryDeps) {}

  /** Where deliveries go (for the log). */
  get destinations(): { core: string; hub: string } {
    return { core: this.d.core.description, hub: this.d.hub.description };
  }

  /** GET /v1/forwards/dead-letters, oldest first. */
  deadLetters(): Promise<Record<string, unknown>[]> {
    return this.d.store.deadLetters();
  }

  /** One attempt to deliver a forward unit to the core, and its outcome recorded on the message, atomically. */
  async forward(unit: ForwardUnit, attempt: Attempt): Promise<ForwardOutcome> {
    const ctx = await this.d.store.forwardContext(unit.messageId, unit.forwardId, unit.txIndexes);
    if (ctx.state === 'delivered' || ctx.state === 'dead') return { kind: 'done-before', state: ctx.state };
    if (ctx.raw === null) return this.deadLetter(unit, ctx.transactions, 'the stored original is gone');
    try {
      await this.d.core.deliver({ key: unit.forwardId, xml: forwardXml(unit, ctx.raw), headers: { 'X-Chokepoint-Message-Id': unit.messageId } });
    } catch (e) {
      const error = e as Error;
      if (e instanceof PermanentDeliveryError || attempt.last) {
        return this.deadLetter(unit, ctx.transactions, error.message, e instanceof PermanentDeliveryError ? e.status : undefined);
      }
      return { kind: 'retry', error };
    }
    const at = this.d.now().toISOString();
    await this.d.store.finishForward(unit.messageId, unit.forwardId, 'delivered', unit.txIndexes, statesAfter(unit, ctx.transactions, 'forwarded', at), {
      type: 'delivered',
      messageId: unit.messageId,
      at,
      actor: 'gateway',
      data: { forwardId: unit.forwardId, transactions: unit.txIndexes.length, attempts: attempt.number },
    });
    return { kind: 'delivered' };
  }

  /** One attempt to deliver a status report to the hub; a delivered report is recorded in the audit trail. */
  async deliverStatusReport(report: OutboundStatusReport): Promise<StatusReportOutcome> {
    try {
      await this.d.hub.deliver({ key: report.reportId, xml: report.xml, headers: { 'X-Chokepoint-Message-Id': report.messageId } });
    } catch (e) {
      if (e instanceof PermanentDeliveryError) return { kind: 'refused', error: e };
      return { kind: 'retry', error: e as Error };
    }
    await this.d.audit.record({ type: 'status-sent', messageId: report.messageId, at: this.d.now().toISOString(), actor: 'gateway', data: { reportId: report.reportId } });
    return { kind: 'delivered' };
  }

  private async deadLetter(unit: ForwardUnit, before: readonly (TransactionState | undefined)[], reason: string, httpStatus?: number): Promise<ForwardOutcome> {
    const at = this.d.now().toISOString();
    await this.d.store.recordDeadLetter(unit.forwardId, { forwardId: unit.forwardId, messageId: unit.messageId, transactions: unit.txIndexes, reason, ...(httpStatus ? { httpStatus } : {}), at });
    await this.d.store.finishForward(unit.messageId, unit.forwardId, 'dead', unit.txIndexes, statesAfter(unit, before, 'dead-letter', at), {
      type: 'dead-lettered',
      messageId: unit.messageId,
      at,
      actor: 'gateway',
      data: { forwardId: unit.forwardId, reason, ...(httpStatus ? { httpStatus } : {}) },
    });
    return { kind: 'dead', reason, ...(httpStatus ? { httpStatus } : {}) };
  }
}

/** The message the core gets: the original byte for byte when every transaction cleared, else one built of the unit's. */
export function forwardXml(unit: ForwardUnit, raw: string): string {
  if (unit.whole) return raw;
  return buildForwardMessage(readMessage(raw, { validate: false }), unit.txIndexes, { msgId: unit.msgId! });
}

/** The transactions' new states; a released hold keeps its hold id, so the status view can link the two. */
function statesAfter(unit: ForwardUnit, before: readonly (TransactionState | undefined)[], stage: 'forwarded' | 'dead-letter', at: string): TransactionState[] {
  return unit.txIndexes.map((_, n) => ({
    status: 'ACSP',
    stage,
    forwardId: unit.forwardId,
    ...(before[n]?.holdId ? { holdId: before[n]!.holdId } : {}),
    updatedAt: at,
  }));
}
