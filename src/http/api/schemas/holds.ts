/** Held transactions as reviewers see them (GET /v1/holds, GET /v1/holds/:id) and the decision requests and answers. */
import { z } from 'zod';
import type { HoldState } from '../../../model/records';
import { hit } from './messages';
import type { SameType } from './same-type';

const time = z.iso.datetime({ offset: true });
/** The payee fields as a hold (or a cleared payment kept for rescreening) keeps them. */
export const payeeFields = z.array(
  z.object({
    path: z.string(),
    role: z.string(),
    kind: z.string(),
    value: z.string(),
    issuer: z.string().optional(),
    partyType: z.enum(['organisation', 'person']).optional(),
    partyRef: z.string().optional().describe('Groups the fields of one party'),
  }),
);

export const holdRescreen = z
  .object({
    version: z.string().describe('The list version it was re-evaluated against'),
    previous: z.string().describe('The version before'),
    at: time,
    delisted: z.array(z.string()).describe('Entries of its original hits that this version removed'),
    changed: z.array(z.string()).describe('Entries of its original hits that this version changed'),
    added: z.array(z.string()).describe('Entries this version added or changed that the payee hits now and did not before'),
    allDelisted: z.boolean().describe('Every original hit was delisted and nothing hits now ("all its hits were delisted in version …"); a release still takes the usual decision'),
    hits: z.array(hit).describe('The payee’s hits against this version'),
  })
  .describe('A hold re-evaluated after a list change');

export const holdState = z.enum(['pending', 'released', 'rejected', 'expired', 'escalated']);
const stateCheck: SameType<z.infer<typeof holdState>, HoldState> = true;
void stateCheck;

const proposal = z.object({
  action: z.enum(['release', 'reject']),
  reviewer: z.string(),
  comment: z.string(),
  reason: z.string().optional(),
  at: time,
});

export const hold = z
  .object({
    id: z.string(),
    messageId: z.string(),
    index: z.number().int().min(0).describe('The transaction’s place in its message'),
    state: holdState,
    createdAt: time,
    deadline: time,
    score: z.number().min(0).max(1).describe('Highest hit score'),
    method: z.string().describe('Method of the highest hit'),
    serviceLevel: z.string().optional(),
    instant: z.boolean(),
    postHoc: z.boolean().describe('Post-hoc review item: the payment was already released (instant, name-only hit)'),
    message: z.object({ type: z.string(), msgId: z.string(), instructingAgent: z.string().optional() }),
    transaction: z.object({
      endToEndId: z.string(),
      txId: z.string().optional(),
      uetr: z.string().optional(),
      amount: z.object({ value: z.string(), currency: z.string() }),
      payee: payeeFields.describe('The payee fields as extracted'),
    }),
    hits: z.array(hit).describe('The hits when it was held (a list change adds a rescreen, and leaves these as they were)'),
    watchlistVersion: z.string(),
    policyVersion: z.string(),
    proposal: proposal.optional().describe('The first reviewer’s proposal, under four eyes'),
    decision: proposal
      .extend({ confirmedBy: z.string().optional(), confirmComment: z.string().optional(), confirmedAt: time.optional() })
      .optional(),
    claimedBy: z.string().optional(),
    claimedAt: time.optional(),
    escalated: z.boolean().optional(),
    rescreens: z.array(holdRescreen).optional().describe('Re-evaluations after list changes that touched it, oldest first'),
  })
  .describe('A held transaction (or a post-hoc review item)');

export const holdDetail = hold.extend({
  original: z
    .string()
    .nullable()
    .describe('The original message while it is kept (until every transaction is final), the text of its debtor-side elements masked (•••)'),
  debtorMasked: z.array(z.string()).describe('Paths of the elements masked in `original` (Dbtr, DbtrAcct, UltmtDbtr, InitgPty and what they hold); POST /v1/holds/{id}/reveal-debtor shows them'),
});

export const revealBody = z.object({
  reason: z.string().trim().min(1, 'a reason is required: the audit trail records why the debtor data was looked at').max(500),
});

export const debtorReveal = z
  .object({
    holdId: z.string(),
    messageId: z.string(),
    revealedBy: z.string(),
    revealedAt: time,
    original: z.string().nullable().describe('The original message as received, unmasked; null once it is no longer kept'),
    debtor: z.array(z.object({ path: z.string(), value: z.string() })).describe('The debtor-side fields, in document order'),
  })
  .describe('The debtor data of a hold, shown to a reviewer with the reveal-debtor permission; recorded in the audit trail (debtor-revealed)');

export const holdPage = z.object({
  holds: z.array(hold),
  next: z.string().nullable().describe('`cursor` of the next page; null on the last'),
  total: z.number().int().min(0).describe('Holds in the view, before filters'),
});

export const holdListQuery = z.object({
  view: z.enum(['open', 'decided']).default('open'),
  sort: z.enum(['created', 'deadline', 'score']).default('created'),
  order: z.enum(['asc', 'desc']).optional().describe('Default: desc for the decided view and for score, asc otherwise'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^-?[0-9][0-9.e+-]{0,30}~[0-9a-z]{1,60}$/, 'the `next` of the previous page').optional(),
  method: z.string().regex(/^[a-z]{2,10}$/).optional(),
  minScore: z.coerce.number().min(0).max(1).optional(),
  claimed: z.enum(['me', 'none', 'other', 'any']).default('any'),
  serviceLevel: z.string().max(35).optional(),
  entryId: z.string().max(100).optional(),
  kind: z.enum(['hold', 'post-hoc', 'any']).default('any'),
  escalated: z.enum(['true', 'false']).optional(),
});

export const comment = z.string().trim().min(1, 'a comment is required: the audit trail records why').max(2000);

export const decisionBody = z.object({
  comment,
  reason: z.string().regex(/^[A-Z0-9]{4}$/, 'a 4-character ISO 20022 reason code').optional().describe('Reject reason (GET /v1/review/session lists them)'),
});

export const decisionResult = z.object({
  state: z.enum(['proposed', 'released', 'rejected']),
  message: z.string().optional().describe('With a proposal: what the second reviewer does'),
  hold,
});

export const holdIdParams = z.object({ id: z.string().min(1).max(100).describe('Hold id') });
