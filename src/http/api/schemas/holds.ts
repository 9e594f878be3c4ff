/** Held transactions as reviewers see them (GET /v1/holds, GET /v1/holds/:id) and the decision requests and answers. */
import { z } from 'zod';
import type { HoldState } from '../../../model/records';
import { hit } from './messages';
import type { SameType } from './same-type';

const time = z.iso.datetime({ offset: true });
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
      payee: z.array(z.object({ path: z.string(), role: z.string(), kind: z.string(), value: z.string(), issuer: z.string().optional() })).describe('The payee fields as extracted'),
    }),
    hits: z.array(hit),
    watchlistVersion: z.string(),
    policyVersion: z.string(),
    proposal: proposal.optional().describe('The first reviewer’s proposal, under four eyes'),
    decision: proposal
      .extend({ confirmedBy: z.string().optional(), confirmComment: z.string().optional(), confirmedAt: time.optional() })
      .optional(),
    claimedBy: z.string().optional(),
    claimedAt: time.optional(),
    escalated: z.boolean().optional(),
  })
  .describe('A held transaction (or a post-hoc review item)');

export const holdDetail = hold.extend({ original: z.string().nullable().describe('The original message while it is kept (until every transaction is final)') });

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
