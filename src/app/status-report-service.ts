/**
 * Builds the status reports the gateway sends: the synchronous reply to POST /v1/messages, the report of a later
 * decision on one held transaction, and the RJCT of a message that could not be read. Report MsgIds are derived
 * from what they report on, so a rebuilt report (after a crash) is the same report.
 */
import { buildRejectionReport, buildStatusReport, identifyMessage, readMessage, type XmlLimits } from '../iso20022';
import type { InboundMessage, TransactionOutcome, TransactionStatus } from '../iso20022/types';
import type { AppError } from '../errors/app-error';
import type { MessageResult } from '../model/result';
import { derivedMsgId } from '../model/ids';

export interface StatusReportSettings {
  rejectReason: string;
  pendingReason?: string;
  gatewayBic?: string;
  /** Bound the parse of a refused body, as reading it was bounded. */
  xmlLimits?: XmlLimits;
}

export class StatusReportService {
  constructor(
    private readonly settings: StatusReportSettings,
    private readonly now: () => Date,
  ) {}

  private options(reportKey: string) {
    return {
      msgId: derivedMsgId('CPS', reportKey),
      creDtTm: isoWithOffset(this.now()),
      rejectReason: this.settings.rejectReason,
      ...(this.settings.pendingReason ? { pendingReason: this.settings.pendingReason } : {}),
      ...(this.settings.gatewayBic ? { instructingAgentBic: this.settings.gatewayBic } : {}),
    };
  }

  /** The reply to the hub: one TxInfAndSts per transaction with its status. */
  reply(msg: InboundMessage, result: MessageResult, reportKey: string): string {
    const outcomes: TransactionOutcome[] = result.transactions.map((t) => ({
      index: t.index,
      status: t.status,
      ...(t.reasonCode ? { reasonCode: t.reasonCode } : {}),
    }));
    return buildStatusReport(msg, outcomes, this.options(reportKey)).xml;
  }

  /** A later decision on one transaction of a stored message. */
  decision(raw: string, index: number, status: TransactionStatus, reasonCode: string | undefined, reportKey: string): string {
    const msg = readMessage(raw, { validate: false });
    return buildStatusReport(msg, [{ index, status, ...(reasonCode ? { reasonCode } : {}) }], this.options(reportKey)).xml;
  }

  /** Group-level RJCT for input that failed; undefined when not even the message type could be identified. */
  rejection(body: string | Uint8Array, error: AppError, reportKey: string): string | undefined {
    const ident = (error.context as ReturnType<typeof identifyMessage> | undefined) ?? identifyMessage(body, this.settings.xmlLimits);
    const reason = error.definition.isoReason ?? 'FF01';
    return buildRejectionReport(ident, reason, this.options(reportKey))?.xml;
  }
}

/** 2026-11-27T10:15:30.123+00:00: ISODateTime with an explicit offset, as CBPR+ requires. */
export function isoWithOffset(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}
