/** Scoped false-positive exceptions: "this payee is not that list entry", proposed, confirmed by a second reviewer. */
import { z } from 'zod';
import { EXCEPTION_DAYS } from '../../../app/exception-service';
import { comment } from './holds';

const time = z.iso.datetime({ offset: true });

export const exceptionView = z.object({
  id: z.string(),
  counterparty: z.string().describe('The payee it is scoped to: iban:…, account:…, proxy:… or name:…'),
  entryId: z.string(),
  methods: z.array(z.string()).describe('Only hits of these methods are suppressed'),
  state: z.enum(['proposed', 'active', 'revoked']),
  status: z.enum(['proposed', 'active', 'expired', 'revoked']).describe('The state, with expiry applied'),
  holdId: z.string().describe('The hold it was raised from'),
  proposedBy: z.string(),
  proposedAt: time,
  comment: z.string(),
  days: z.number().int().min(1).describe('Validity from confirmation'),
  confirmedBy: z.string().optional(),
  confirmedAt: time.optional(),
  confirmComment: z.string().optional(),
  expiresAt: time.optional(),
  revokedBy: z.string().optional(),
  revokedAt: time.optional(),
  revokeComment: z.string().optional(),
});

export const exceptionCandidate = z.object({
  entryId: z.string(),
  counterparties: z.array(z.string()).describe('The payee keys, most specific first; the first is proposed unless another is chosen'),
  methods: z.array(z.string()),
  allowed: z.boolean(),
  why: z.string().optional().describe('Why no exception can be scoped to this hit'),
});

export const exceptionListQuery = z.object({ status: z.enum(['proposed', 'active', 'expired', 'revoked']).optional() });

export const exceptionProposal = z.object({
  holdId: z.string().regex(/^[a-z][0-9a-z]{8,40}$/),
  entryId: z.string().min(1).max(100),
  counterparty: z.string().regex(/^(iban|account|proxy|name):\S.{0,200}$/).optional(),
  comment,
  days: z.number().int().min(1).max(EXCEPTION_DAYS.max).optional().describe(`Validity from confirmation (default ${EXCEPTION_DAYS.default})`),
});

export const exceptionStepBody = z.object({ comment });
export const exceptionAnswer = z.object({ exception: exceptionView });
export const exceptionProposed = exceptionAnswer.extend({ message: z.string() });
export const exceptionIdParams = z.object({ id: z.string().min(1).max(100) });
