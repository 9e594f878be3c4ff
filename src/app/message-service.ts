/**
 * The use cases of a submitted message, shared by the HTTP routes and the benchmark: submit (read → screen → durable
 * → queued), screen (no side effects), status (GET /v1/messages/:id/status), and the RJCT report of a body that
 * could not be read.
 */
import type { InboundMessage } from '../iso20022/types';
import { AppError } from '../errors/app-error';
import type { ScreeningService } from './screening-service';
import type { StatusReportService } from './status-report-service';
import type { MessageStore } from '../store/message-store';
import type { Metrics } from '../observability/metrics';
import type { AcceptOutcome, AcceptService } from './accept-service';
import type { TransactionState } from '../model/records';
import { type MessageResult, groupStatusOf } from '../model/result';
import { newId } from '../model/ids';
import { sha256Hex } from '../model/sha256';

export interface SubmitOutcome extends AcceptOutcome {
  /** The status report (pacs.002 / pain.002) of this outcome, built on demand. */
  statusReport(): string;
}

export interface MessageStatusView {
  message: { id: string; type: string; msgId: string; nbOfTxs: number; receivedAt: string; instructingAgent?: string };
  groupStatus: ReturnType<typeof groupStatusOf>;
  watchlistVersion: string;
  transactions: (TransactionState & { index: number; endToEndId: string; txId?: string; uetr?: string })[];
}

export class MessageService {
  constructor(
    private readonly d: {
      /** Reads a body into a message (runtime/message-reader: inline, or in a thread for large bodies). */
      reader: { read(body: Uint8Array): Promise<InboundMessage> };
      screening: ScreeningService;
      reports: StatusReportService;
      store: MessageStore;
      accept: AcceptService;
      metrics?: Metrics;
      /** Strict mode: the operator's XSDs, checked after the built-in validation. */
      strict?: { validate(body: Uint8Array): Promise<void> };
    },
  ) {}

  async read(body: Uint8Array): Promise<InboundMessage> {
    try {
      const msg = await this.d.reader.read(body);
      if (this.d.strict) await this.d.strict.validate(body);
      return msg;
    } catch (e) {
      if (e instanceof AppError)
        this.d.metrics?.messages.inc({ type: String((e.context as { id?: { name?: string } })?.id?.name ?? 'unknown'), outcome: 'invalid' });
      throw e;
    }
  }

  /**
   * POST /v1/messages. A message whose AppHdr says it is a copy (CpyDplct COPY or CODU: sent for information to a
   * party other than the one that executes it) is screened and answered but never stored, held or forwarded: a
   * copy must not be executed. PssblDplct and CpyDplct DUPL need no special path: duplicate detection answers a
   * resend of something seen with the earlier outcome, and processes it when the original never arrived.
   */
  async submit(body: Uint8Array, submitter: string): Promise<SubmitOutcome> {
    const started = process.hrtime.bigint();
    const msg = await this.read(body);
    this.d.metrics?.acceptStage.observe({ stage: 'read' }, Number(process.hrtime.bigint() - started) / 1e9);
    const copy = msg.appHdr?.copyDuplicate === 'COPY' || msg.appHdr?.copyDuplicate === 'CODU';
    const outcome: AcceptOutcome = copy
      ? { httpStatus: 200, messageId: `copy-${newId('x')}`, result: { ...(await this.d.screening.screenMessage(msg)), informationalCopy: true } }
      : await this.d.accept.accept(msg, { submitter, digest: sha256Hex(body) });
    this.observe(msg, outcome.result, started, outcome.replay ? 'replay' : outcome.httpStatus === 409 ? 'duplicate' : 'accepted');
    // A replay repeats the original's report (same report id); a duplicate gets a report of its own.
    const reportKey = outcome.replay || outcome.httpStatus === 200 ? `${outcome.messageId}:reply` : `${outcome.messageId}:dup:${newId('r')}`;
    return { ...outcome, statusReport: () => this.d.reports.reply(msg, outcome.result, reportKey) };
  }

  /** POST /v1/screen: same reading and screening, no side effects. */
  async screen(body: Uint8Array): Promise<MessageResult> {
    const msg = await this.read(body);
    return this.d.screening.screenMessage(msg);
  }

  /**
   * GET /v1/messages/:id/status: the latest status of a message and of each of its transactions. The id is the
   * gateway's message id, or the sender's MsgId when exactly one stored message carries it.
   */
  async status(id: string): Promise<MessageStatusView> {
    const store = this.d.store;
    let stored = await store.get(id);
    if (!stored) {
      const ids = await store.idsByMsgId(id);
      if (ids.length > 1) throw new AppError('MESSAGE_ID_AMBIGUOUS', `${ids.length} messages carry MsgId ${id}: ask by gateway id (${ids.join(', ')})`);
      if (ids.length === 1) stored = await store.get(ids[0]!);
    }
    if (!stored) throw new AppError('NOT_FOUND', `No message ${id} (records are kept for the duplicate window)`);
    const { meta, result } = stored;
    const transactions = stored.transactions.map((t, i) => {
      const r = result.transactions[i]!;
      return {
        index: i,
        endToEndId: r.endToEndId,
        ...(r.txId !== undefined ? { txId: r.txId } : {}),
        ...(r.uetr !== undefined ? { uetr: r.uetr } : {}),
        status: t.status,
        stage: t.stage,
        ...(t.reasonCode ? { reasonCode: t.reasonCode } : {}),
        ...(t.holdId ? { holdId: t.holdId } : {}),
        ...(t.forwardId ? { forwardId: t.forwardId } : {}),
        updatedAt: t.updatedAt,
      };
    });
    return {
      message: {
        id: meta.id,
        type: meta.type,
        msgId: meta.msgId,
        nbOfTxs: meta.nbOfTxs,
        receivedAt: meta.receivedAt,
        ...(meta.instructingAgent ? { instructingAgent: meta.instructingAgent } : {}),
      },
      groupStatus: groupStatusOf(transactions.map((t) => t.status)),
      watchlistVersion: meta.watchlistVersion,
      transactions,
    };
  }

  /** A RJCT report for a body that failed to read, when the message can be identified. */
  rejectionReport(body: Uint8Array, error: AppError): string | undefined {
    try {
      return this.d.reports.rejection(body, error, newId('r'));
    } catch {
      return undefined;
    }
  }

  private observe(msg: InboundMessage, result: MessageResult, started: bigint, outcome: 'accepted' | 'duplicate' | 'replay'): void {
    const m = this.d.metrics;
    if (!m) return;
    m.screeningDuration.observe(Number(process.hrtime.bigint() - started) / 1e9);
    m.messages.inc({ type: msg.id.name, outcome });
    if (outcome !== 'accepted') return;
    for (const t of result.transactions) {
      m.transactions.inc({ decision: t.decision });
      for (const h of t.hits) m.hits.inc({ method: h.method });
    }
  }
}
