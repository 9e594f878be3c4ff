/**
 * The JSON result of POST /v1/screen and POST /v1/messages, and of `chokepoint screen` (README.md, HTTP API).
 * One builder for all three, so the API, the CLI and the benchmark cannot drift apart.
 */
import type { Hit, Decision, TransactionScreening } from '../screening/types';
import type { InboundMessage, TransactionStatus } from '../iso20022/types';

export interface HitView {
  entryId: string;
  score: number;
  field: string;
  value: string;
  matched: string;
  method: Hit['method'];
  role: Hit['role'];
  algorithm: string;
  explanation: Hit['explanation'];
  suppressedBy?: string;
  /** The list (source) the entry comes from, e.g. 'police-se': reviewers and the dashboard tell lists apart by it. */
  source?: string;
}

export interface TransactionResult {
  index: number;
  endToEndId: string;
  txId?: string;
  uetr?: string;
  decision: Decision;
  status: TransactionStatus;
  reasonCode?: string;
  holdId?: string;
  /** Set when this transaction was seen before: its earlier outcome is reported, nothing is done again. */
  duplicateOf?: { messageId: string; index: number };
  /** Instant payment released on a name-only hit; a post-hoc review item was opened. */
  postHocReviewId?: string;
  reason?: string;
  hits: HitView[];
}

export interface MessageResult {
  message: {
    type: string;
    msgId: string;
    nbOfTxs: number;
    /** The gateway's id of this message (GET /v1/messages/:id/status). Absent for /v1/screen. */
    id?: string;
    instructingAgent?: string;
  };
  watchlistVersion: string;
  policyVersion: string;
  groupStatus: 'ACSP' | 'PDNG' | 'RJCT' | 'PART';
  /** Set when the whole message was seen before (HTTP 409): this is the earlier outcome. */
  duplicate?: boolean;
  /** AppHdr CpyDplct COPY / CODU: screened for information only; nothing was stored, held or forwarded. */
  informationalCopy?: boolean;
  transactions: TransactionResult[];
}

export function hitView(h: Hit): HitView {
  return {
    entryId: h.entryId,
    score: Math.round(h.score * 10_000) / 10_000,
    field: h.field,
    value: h.value,
    matched: h.matched,
    method: h.method,
    role: h.role,
    algorithm: h.algorithm,
    explanation: h.explanation,
    ...(h.suppressedBy ? { suppressedBy: h.suppressedBy } : {}),
    ...(h.source !== undefined ? { source: h.source } : {}),
  };
}

/** ACSP when all accepted, RJCT when all rejected, PDNG when all pending, PART for any mix (ISO 20022 usage). */
export function groupStatusOf(statuses: readonly TransactionStatus[]): MessageResult['groupStatus'] {
  const distinct = new Set(statuses.map((s) => (s === 'PDNG' ? 'PDNG' : s === 'RJCT' ? 'RJCT' : 'ACSP')));
  if (distinct.size === 1) return [...distinct][0] as 'ACSP' | 'PDNG' | 'RJCT';
  return 'PART';
}

export function transactionResult(
  msg: InboundMessage,
  s: TransactionScreening,
  status: TransactionStatus,
  extra: Partial<Pick<TransactionResult, 'holdId' | 'reasonCode' | 'duplicateOf' | 'postHocReviewId'>> = {},
): TransactionResult {
  const tx = msg.transactions[s.index]!;
  return {
    index: s.index,
    endToEndId: tx.endToEndId,
    ...(tx.txId !== undefined ? { txId: tx.txId } : {}),
    ...(tx.uetr !== undefined ? { uetr: tx.uetr } : {}),
    decision: s.decision,
    status,
    ...extra,
    ...(s.reason ? { reason: s.reason } : {}),
    hits: s.hits.map(hitView),
  };
}
