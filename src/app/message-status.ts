/**
 * GET /v1/messages/:id/status: the latest status of a message and of each of its transactions. The id is the
 * gateway's message id, or the sender's MsgId when exactly one stored message carries it.
 */
import type { MessageStore } from '../store/message-store';
import { AppError } from '../errors/app-error';
import { groupStatusOf } from '../model/result';
import type { TransactionState } from '../model/records';

export interface MessageStatusView {
  message: { id: string; type: string; msgId: string; nbOfTxs: number; receivedAt: string; instructingAgent?: string };
  groupStatus: ReturnType<typeof groupStatusOf>;
  watchlistVersion: string;
  transactions: (TransactionState & { index: number; endToEndId: string; txId?: string; uetr?: string })[];
}

export async function messageStatus(id: string, store: MessageStore): Promise<MessageStatusView> {
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
    message: { id: meta.id, type: meta.type, msgId: meta.msgId, nbOfTxs: meta.nbOfTxs, receivedAt: meta.receivedAt, ...(meta.instructingAgent ? { instructingAgent: meta.instructingAgent } : {}) },
    groupStatus: groupStatusOf(transactions.map((t) => t.status)),
    watchlistVersion: meta.watchlistVersion,
    transactions,
  };
}
