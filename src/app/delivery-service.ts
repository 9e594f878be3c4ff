/**
 * Deliveries of what the gateway sends out: cleared payments to the core, status reports of later decisions to the
 * hub. At-least-once with a stable key (the forward id, the report id): a unit already delivered is skipped, and a
 * redelivery after a crash carries the same key (HTTP Idempotency-Key) or replaces the same file (outbox), so the core
 * books each payment once. A refusal (4xx) is final: the unit goes to the dead letters, visible in
 * GET /v1/forwards/dead-letters, in the message status and in the metrics.
 *
 * Each use case is one attempt and says what became of it; the queue that calls it (jobs/) decides about retries.
 * A forward job carries a group of units (forwardAll): each keeps its own key, state, audit event and dead letter,
 * while the group shares one read, one sync of the outbox and one write of the outcomes.
 */
import { buildForwardFromRaw } from '../iso20022';
import type { AuditTrail } from '../model/audit';
import { type Delivery, type OutboundStatusReport, PermanentDeliveryError, type StatusDeadLetter, type XmlSink } from '../model/delivery';
import type { ForwardUnit, TransactionState } from '../model/records';
import type { ForwardFinish, MessageStore } from '../store/message-store';

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
  /** Refused for good, or out of attempts (the last failure's reason): recorded as a dead letter. */
  | { kind: 'dead'; reason: string; httpStatus?: number }
  /** Failed this time; the queue should try again. */
  | { kind: 'retry'; error: Error };

export type StatusReportOutcome =
  | { kind: 'delivered' }
  /** Refused for good or out of attempts: recorded as a dead letter, with its audit event. */
  | { kind: 'dead'; reason: string; httpStatus?: number }
  | { kind: 'retry'; error: Error };

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

  /** The status reports that will not be delivered (GET /v1/forwards/dead-letters), oldest first. */
  statusDeadLetters(): Promise<StatusDeadLetter[]> {
    return this.d.store.statusDeadLetters();
  }

  /** One attempt to deliver a forward unit to the core, and its outcome recorded on the message, atomically. */
  async forward(unit: ForwardUnit, attempt: Attempt): Promise<ForwardOutcome> {
    return (await this.forwardAll([unit], attempt))[0]!;
  }

  /**
   * One attempt for each unit of a group, side by side, and the outcomes recorded in one atomic step. Each unit keeps
   * its own key, state, audit event and dead letter; the group shares the reads, the sink's sync and the write of the
   * outcomes. A unit delivered or dead-lettered before is skipped, so a group tried again sends only what is left.
   */
  async forwardAll(units: readonly ForwardUnit[], attempt: Attempt): Promise<ForwardOutcome[]> {
    const contexts = await this.d.store.forwardContexts(units);
    const outcomes = new Array<ForwardOutcome>(units.length);
    const finishes: ForwardFinish[] = [];
    const dead = (i: number, reason: string, httpStatus?: number) => {
      outcomes[i] = { kind: 'dead', reason, ...(httpStatus ? { httpStatus } : {}) };
      finishes.push(deadFinish(units[i]!, contexts[i]!.transactions, reason, httpStatus, attempt.number, this.d.now().toISOString()));
    };
    const sending: { index: number; delivery: Delivery }[] = [];
    units.forEach((unit, i) => {
      const ctx = contexts[i]!;
      if (ctx.state === 'delivered' || ctx.state === 'dead') outcomes[i] = { kind: 'done-before', state: ctx.state };
      else if (ctx.unreadable) {
        // A key not configured (yet) or a changed record: retried like a failed delivery (the operator may add the
        // key), dead at the end with the reason's code.
        if (attempt.last) dead(i, `${ctx.unreadable.code}: ${ctx.unreadable.message}`);
        else outcomes[i] = { kind: 'retry', error: ctx.unreadable };
      } else if (ctx.raw === null) {
        // An open unit's original is kept until the unit closes, so a read without it is more likely a wrong read (a
        // Redis Cluster slot migrating, a failover to a lagging replica) than a loss: retried, dead at the last attempt.
        if (attempt.last) dead(i, 'the stored original is gone');
        else outcomes[i] = { kind: 'retry', error: new Error('the stored original is gone') };
      } else {
        try {
          sending.push({ index: i, delivery: { key: unit.forwardId, xml: forwardXml(unit, ctx.raw), headers: { 'X-Chokepoint-Message-Id': unit.messageId } } });
        } catch (e) {
          // A stored original that cannot be built into its forward: retried like a failed delivery, dead at the end.
          if (attempt.last) dead(i, (e as Error).message);
          else outcomes[i] = { kind: 'retry', error: e as Error };
        }
      }
    });
    const errors = sending.length > 0 ? await this.d.core.deliverAll(sending.map((s) => s.delivery)) : [];
    const at = this.d.now().toISOString();
    sending.forEach(({ index: i }, n) => {
      const error = errors[n];
      if (!error) {
        outcomes[i] = { kind: 'delivered' };
        finishes.push(deliveredFinish(units[i]!, contexts[i]!.transactions, attempt, at));
      } else if (error instanceof PermanentDeliveryError || attempt.last) {
        dead(i, error.message, error instanceof PermanentDeliveryError ? error.status : undefined);
      } else outcomes[i] = { kind: 'retry', error };
    });
    await this.d.store.finishForwards(finishes);
    return outcomes;
  }

  /**
   * One attempt to deliver a status report to the hub; a delivered report is recorded in the audit trail. A refusal,
   * or a failure at the last attempt, ends in a dead letter with its audit event: the hub never learning of a
   * decision must be seen by someone, not only by BullMQ's failed set.
   */
  async deliverStatusReport(report: OutboundStatusReport, attempt: Attempt): Promise<StatusReportOutcome> {
    try {
      await this.d.hub.deliver({ key: report.reportId, xml: report.xml, headers: { 'X-Chokepoint-Message-Id': report.messageId } });
    } catch (e) {
      if (!(e instanceof PermanentDeliveryError) && !attempt.last) return { kind: 'retry', error: e as Error };
      const httpStatus = e instanceof PermanentDeliveryError ? e.status : undefined;
      return this.statusDead(report, (e as Error).message, httpStatus, attempt);
    }
    await this.d.audit.record({
      type: 'status-sent',
      messageId: report.messageId,
      at: this.d.now().toISOString(),
      actor: 'gateway',
      data: { reportId: report.reportId },
    });
    return { kind: 'delivered' };
  }

  private async statusDead(report: OutboundStatusReport, reason: string, httpStatus: number | undefined, attempt: Attempt): Promise<StatusReportOutcome> {
    const at = this.d.now().toISOString();
    const status = httpStatus ? { httpStatus } : {};
    await this.d.store.deadLetterStatusReport(
      { reportId: report.reportId, messageId: report.messageId, reason, ...status, attempts: attempt.number, at },
      { type: 'status-dead-lettered', messageId: report.messageId, at, actor: 'gateway', data: { reportId: report.reportId, reason, ...status } },
    );
    return { kind: 'dead', reason, ...status };
  }
}

/** The message the core gets: the original byte for byte when every transaction cleared, else one built of the unit's. */
export function forwardXml(unit: ForwardUnit, raw: string): string {
  if (unit.whole) return raw;
  return buildForwardFromRaw(raw, unit.txIndexes, { msgId: unit.msgId! });
}

function deliveredFinish(unit: ForwardUnit, before: readonly (TransactionState | undefined)[], attempt: Attempt, at: string): ForwardFinish {
  return {
    unit,
    outcome: 'delivered',
    states: statesAfter(unit, before, 'forwarded', at),
    audit: {
      type: 'delivered',
      messageId: unit.messageId,
      at,
      actor: 'gateway',
      data: { forwardId: unit.forwardId, transactions: unit.txIndexes.length, attempts: attempt.number },
    },
  };
}

function deadFinish(
  unit: ForwardUnit,
  before: readonly (TransactionState | undefined)[],
  reason: string,
  httpStatus: number | undefined,
  attempts: number,
  at: string,
): ForwardFinish {
  const status = httpStatus ? { httpStatus } : {};
  return {
    unit,
    outcome: 'dead',
    states: statesAfter(unit, before, 'dead-letter', at),
    audit: { type: 'dead-lettered', messageId: unit.messageId, at, actor: 'gateway', data: { forwardId: unit.forwardId, reason, ...status } },
    deadLetter: { forwardId: unit.forwardId, messageId: unit.messageId, transactions: unit.txIndexes, reason, ...status, attempts, at },
  };
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
