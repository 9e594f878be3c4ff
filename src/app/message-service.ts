/**
 * The gateway's use cases behind one facade, shared by the HTTP routes, the CLI and the benchmark:
 * submit (read → screen → durable → queued), screen (no side effects), status.
 */
import type { InboundMessage } from '../iso20022/types';
import { AppError } from '../errors/app-error';
import type { MessageReader } from '../runtime/message-reader';
import type { ScreeningService } from './screening-service';
import type { StatusReports } from './status-report-service';
import type { MessageStore } from '../store/message-store';
import type { Metrics } from '../observability/metrics';
import { AcceptDeps, AcceptOutcome, acceptMessage } from './accept-service';
import { screenOnly } from './screen-only';
import { messageStatus } from './message-status';
import type { MessageResult } from '../model/result';
import { newId } from '../model/ids';

export interface SubmitOutcome extends AcceptOutcome {
  /** The status report (pacs.002 / pain.002) of this outcome, built on demand. */
  statusReport(): string;
}

export class Gateway {
  constructor(
    private readonly d: {
      reader: MessageReader;
      screening: ScreeningService;
      reports: StatusReports;
      store: MessageStore;
      accept: AcceptDeps;
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
      if (e instanceof AppError) this.d.metrics?.messages.inc({ type: String((e.context as { id?: { name?: string } })?.id?.name ?? 'unknown'), outcome: 'invalid' });
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
      ? { httpStatus: 200, messageId: `copy-${newId('x')}`, result: { ...(await screenOnly(msg, this.d.screening, this.d.accept.outcomes)), informationalCopy: true } }
      : await acceptMessage(msg, submitter, this.d.accept);
    this.observe(msg, outcome.result, started, outcome.httpStatus === 409 ? 'duplicate' : 'accepted');
    return {
      ...outcome,
      statusReport: () => this.d.reports.reply(msg, outcome.result, outcome.httpStatus === 409 ? `${outcome.messageId}:dup:${newId('r')}` : `${outcome.messageId}:reply`),
    };
  }

  /** POST /v1/screen: same reading and screening, no side effects. */
  async screen(body: Uint8Array): Promise<MessageResult> {
    const msg = await this.read(body);
    return screenOnly(msg, this.d.screening, this.d.accept.outcomes);
  }

  status(id: string) {
    return messageStatus(id, this.d.store);
  }

  /** A RJCT report for a body that failed to read, when the message can be identified. */
  rejectionReport(body: Uint8Array, error: AppError): string | undefined {
    try {
      return this.d.reports.rejection(body, error, newId('r'));
    } catch {
      return undefined;
    }
  }

  private observe(msg: InboundMessage, result: MessageResult, started: bigint, outcome: 'accepted' | 'duplicate'): void {
    const m = this.d.metrics;
    if (!m) return;
    m.screeningDuration.observe(Number(process.hrtime.bigint() - started) / 1e9);
    m.messages.inc({ type: msg.id.name, outcome });
    if (outcome === 'duplicate') return;
    for (const t of result.transactions) {
      m.transactions.inc({ decision: t.decision });
      for (const h of t.hits) m.hits.inc({ method: h.method });
    }
  }
}
