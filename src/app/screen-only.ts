/**
 * POST /v1/screen and `chokepoint screen`: the same reading and screening as POST /v1/messages, with no side
 * effects (nothing stored, queued or forwarded).
 */
import type { InboundMessage } from '../iso20022/types';
import type { ScreeningService } from './screening-service';
import { MessageResult, groupStatusOf, transactionResult } from '../model/result';
import { StatusPolicy, statusOf } from '../policy/outcome';

export async function screenOnly(msg: InboundMessage, screening: ScreeningService, policy: StatusPolicy): Promise<MessageResult> {
  const { snapshot, results } = await screening.screen(msg);
  const transactions = results.map((s) => {
    const { status, reasonCode } = statusOf(s!.decision, policy, s!.reasonCode);
    return transactionResult(msg, s!, status, reasonCode ? { reasonCode } : {});
  });
  return {
    message: { type: msg.id.name, msgId: msg.group.msgId, nbOfTxs: msg.transactions.length, ...(msg.group.instructingAgent ? { instructingAgent: msg.group.instructingAgent } : {}) },
    watchlistVersion: snapshot.screener.listVersion,
    policyVersion: snapshot.policy.version,
    groupStatus: groupStatusOf(transactions.map((t) => t.status)),
    transactions,
  };
}
