/**
 * The gateway's current screening state: the screener built from the active watchlist and the decision policy.
 * Swapped atomically when a new list is loaded: a message is screened against exactly one list version.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { InboundMessage, TransactionView } from '../iso20022/types';
import type { DecisionPolicy, Hit, Screener, TransactionScreening } from '../screening/types';
import { screenTransaction } from '../screening';
import { type MessageResult, groupStatusOf, transactionResult } from '../model/result';
import { type StatusPolicy, statusOf } from '../policy/outcome';

export interface ScreeningSnapshot {
  readonly screener: Screener;
  readonly policy: DecisionPolicy;
}

export interface ScreeningRules {
  /** SvcLvl / LclInstrm codes that make a transaction instant. */
  readonly instantCodes: readonly string[];
  /** The status each decision is reported with. */
  readonly status: StatusPolicy;
}

/** Reviewer-approved false-positive exceptions: returns the exception id that suppresses a hit, if any. */
export type Suppressor = (tx: Pick<TransactionView, 'payee'>, hit: Hit) => string | undefined;

/** Transactions screened between two yields to the event loop, so one large batch cannot stall other requests. */
const CHUNK = 64;

export class ScreeningService {
  private snapshot: ScreeningSnapshot;

  constructor(
    initial: ScreeningSnapshot,
    private readonly rules: ScreeningRules,
  ) {
    this.snapshot = initial;
  }

  current(): ScreeningSnapshot {
    return this.snapshot;
  }

  replace(next: ScreeningSnapshot): void {
    this.snapshot = next;
  }

  isInstant(tx: TransactionView): boolean {
    const codes = this.rules.instantCodes;
    return (
      tx.paymentType.serviceLevels.some((c) => codes.includes(c)) ||
      (tx.paymentType.localInstrument !== undefined && codes.includes(tx.paymentType.localInstrument))
    );
  }

  /**
   * Screens every transaction of a message against one snapshot. Yields to the event loop every CHUNK transactions.
   * `skip` marks transactions known to be duplicates: they are not screened again.
   */
  async screen(
    msg: InboundMessage,
    options: { suppress?: Suppressor; skip?: ReadonlySet<number> } = {},
  ): Promise<{ snapshot: ScreeningSnapshot; results: (TransactionScreening | undefined)[] }> {
    const snapshot = this.snapshot;
    const results: (TransactionScreening | undefined)[] = [];
    const txs = msg.transactions;
    for (let i = 0; i < txs.length; i++) {
      if (i > 0 && i % CHUNK === 0) await yieldToEventLoop();
      const tx = txs[i]!;
      if (options.skip?.has(i)) {
        results.push(undefined);
        continue;
      }
      const suppress = options.suppress;
      results.push(
        screenTransaction(snapshot.screener, tx, snapshot.policy, {
          instant: this.isInstant(tx),
          ...(suppress ? { suppress: (hit: Hit) => suppress(tx, hit) } : {}),
        }),
      );
    }
    return { snapshot, results };
  }

  /**
   * Rescreening after a list change: what was kept of a transaction (its place and payee fields) against the current
   * snapshot, under the same policy and exceptions as a new payment.
   */
  screenKept(tx: Pick<TransactionView, 'index' | 'payee'>, o: { instant: boolean; suppress?: Suppressor }): TransactionScreening {
    const suppress = o.suppress;
    return screenTransaction(this.snapshot.screener, tx, this.snapshot.policy, {
      instant: o.instant,
      ...(suppress ? { suppress: (hit: Hit) => suppress(tx, hit) } : {}),
    });
  }

  /**
   * POST /v1/screen, `chokepoint screen`, an informational copy: the same screening as POST /v1/messages, with no side
   * effects (nothing stored, queued or forwarded), as the JSON result.
   */
  async screenMessage(msg: InboundMessage): Promise<MessageResult> {
    const { snapshot, results } = await this.screen(msg);
    const transactions = results.map((s) => {
      const { status, reasonCode } = statusOf(s!.decision, this.rules.status, s!.reasonCode);
      return transactionResult(msg, s!, status, reasonCode ? { reasonCode } : {});
    });
    return {
      message: {
        type: msg.id.name,
        msgId: msg.group.msgId,
        nbOfTxs: msg.transactions.length,
        ...(msg.group.instructingAgent ? { instructingAgent: msg.group.instructingAgent } : {}),
      },
      watchlistVersion: snapshot.screener.listVersion,
      policyVersion: snapshot.policy.version,
      groupStatus: groupStatusOf(transactions.map((t) => t.status)),
      transactions,
    };
  }
}
