import type { HoldRecord } from '../model/records';
import { facetsOf } from '../model/hold-query';

/** Fields of a hold that change after creation are stored apart from the immutable body, so updates stay small. */
const MUTABLE = ['state', 'proposal', 'decision', 'claimedBy', 'claimedAt', 'escalated', 'rescreens'] as const;

/** HoldRecord → flat [field, value, …] for HSET. */
export function holdFields(h: HoldRecord): string[] {
  const { state, proposal, decision, claimedBy, claimedAt, escalated, rescreens, ...body } = h;
  const out = ['body', JSON.stringify(body), 'facets', JSON.stringify(facetsOf(h)), 'state', state];
  if (proposal) out.push('proposal', JSON.stringify(proposal));
  if (decision) out.push('decision', JSON.stringify(decision));
  if (claimedBy) out.push('claimedBy', claimedBy, 'claimedAt', claimedAt ?? '');
  if (escalated) out.push('escalated', '1');
  if (rescreens && rescreens.length > 0) out.push('rescreens', JSON.stringify(rescreens));
  return out;
}

/** HGETALL result → HoldRecord (undefined when the hash is empty). */
export function holdFromHash(h: Record<string, string>): HoldRecord | undefined {
  if (!h.body || !h.state) return undefined;
  const body = JSON.parse(h.body) as Omit<HoldRecord, (typeof MUTABLE)[number]>;
  return {
    ...body,
    state: h.state as HoldRecord['state'],
    ...(h.proposal ? { proposal: JSON.parse(h.proposal) } : {}),
    ...(h.decision ? { decision: JSON.parse(h.decision) } : {}),
    ...(h.claimedBy ? { claimedBy: h.claimedBy, claimedAt: h.claimedAt } : {}),
    ...(h.escalated ? { escalated: true } : {}),
    ...(h.rescreens ? { rescreens: JSON.parse(h.rescreens) } : {}),
  };
}
