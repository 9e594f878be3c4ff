import type { HoldRecord } from '../model/records';
import type { HoldRescreen } from '../model/rescreen';
import { facetsOf } from '../model/hold-query';
import type { PayloadSealer } from './sealed-payload';
import { AppError } from '../errors/app-error';

/** Fields of a hold that change after creation are stored apart from the immutable body, so updates stay small. */
type MutableField = 'state' | 'proposal' | 'decision' | 'claimedBy' | 'claimedAt' | 'escalated' | 'rescreens';

/** The AAD of a hold's sealed body: a body copied into another hold's record does not open there. */
const bodyContext = (holdId: string) => `hold:${holdId}:body`;
const rescreenContext = (holdId: string) => `hold:${holdId}:rescreen`;

/**
 * One rescreen of a hold as the hold keeps it in its `rescreens` array (appended by a script): a JSON string, the
 * sealed rescreen (its hits name the payee's values).
 */
export function sealedRescreen(holdId: string, r: HoldRescreen, sealer: PayloadSealer): string {
  return JSON.stringify(sealer.sealText(JSON.stringify(r), rescreenContext(holdId)));
}

/**
 * HoldRecord → flat [field, value, …] for HSET. The body (payee data, hits) is sealed; the facets the queue filters
 * on (methods, list entry ids, score, service level) and the mutable fields stay readable for the scripts.
 */
export function holdFields(h: HoldRecord, sealer: PayloadSealer): string[] {
  const { state, proposal, decision, claimedBy, claimedAt, escalated, rescreens, ...body } = h;
  const out = ['body', sealer.sealText(JSON.stringify(body), bodyContext(h.id)), 'facets', JSON.stringify(facetsOf(h)), 'state', state];
  if (proposal) out.push('proposal', JSON.stringify(proposal));
  if (decision) out.push('decision', JSON.stringify(decision));
  if (claimedBy) out.push('claimedBy', claimedBy, 'claimedAt', claimedAt ?? '');
  if (escalated) out.push('escalated', '1');
  if (rescreens && rescreens.length > 0) out.push('rescreens', `[${rescreens.map((r) => sealedRescreen(h.id, r, sealer)).join(',')}]`);
  return out;
}

/** HGETALL result → HoldRecord (undefined when the hash is empty). A body that does not open throws (RECORD_*). */
export function holdFromHash(holdId: string, h: Record<string, string>, sealer: PayloadSealer): HoldRecord | undefined {
  if (!h.body || !h.state) return undefined;
  const body = parseJson(holdId, 'body', sealer.openText(h.body, bodyContext(holdId))) as Omit<HoldRecord, MutableField>;
  return {
    ...body,
    state: h.state as HoldRecord['state'],
    ...(h.proposal ? { proposal: JSON.parse(h.proposal) as HoldRecord['proposal'] } : {}),
    ...(h.decision ? { decision: JSON.parse(h.decision) as HoldRecord['decision'] } : {}),
    ...(h.claimedBy ? { claimedBy: h.claimedBy, claimedAt: h.claimedAt } : {}),
    ...(h.escalated ? { escalated: true } : {}),
    ...(h.rescreens
      ? {
          rescreens: (parseJson(holdId, 'rescreens', h.rescreens) as (string | HoldRescreen)[]).map((r) =>
            typeof r === 'string' ? (parseJson(holdId, 'rescreen', sealer.openText(r, rescreenContext(holdId))) as HoldRescreen) : r,
          ),
        }
      : {}),
  };
}

function parseJson(holdId: string, field: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('RECORD_UNREADABLE', `The stored hold:${holdId}:${field} cannot be read: it is neither sealed nor JSON`);
  }
}
