/** Post-hoc items of rescreening (payments that cleared before an entry they hit was listed), as reviewers see them. */
import { z } from 'zod';
import type { PostHocOutcome } from '../../../model/rescreen';
import { hit } from './messages';
import { comment, payeeFields } from './holds';
import type { SameType } from './same-type';

const time = z.iso.datetime({ offset: true });

export const postHocOutcome = z.enum(['recalled', 'reported', 'no-action']).describe('What the bank did: recalled the payment, reported it, or nothing (not the listed party)');
const outcomeCheck: SameType<z.infer<typeof postHocOutcome>, PostHocOutcome> = true;
void outcomeCheck;

export const postHocItem = z
  .object({
    id: z.string(),
    state: z.enum(['open', 'closed']),
    openedAt: time,
    version: z.string().describe('The list version whose added or changed entries the payment hits'),
    why: z.string().describe('"paid before the entry was listed: …"'),
    payment: z
      .object({
        messageId: z.string().describe('The gateway’s id of the message (GET /v1/messages/:id/status)'),
        index: z.number().int().min(0),
        msgId: z.string().describe('MsgId of the message received'),
        forwardMsgId: z.string().optional().describe('MsgId of the message the core got, when it was built of some of the transactions'),
        endToEndId: z.string(),
        txId: z.string().optional(),
        uetr: z.string().optional(),
        idempotencyKey: z.string().describe('The Idempotency-Key the core got it under'),
        clearedAt: time,
        forwardedAt: time.nullable().describe('When the core took it; null while it waits (or when its record has expired)'),
        payee: payeeFields.describe('The payee fields that were screened'),
      })
      .describe('The original forward’s ids, to recall or report the payment'),
    hits: z.array(hit).describe('Its hits on the entries the version added or changed'),
    closed: z.object({ by: z.string(), at: time, outcome: postHocOutcome, comment: z.string() }).optional(),
  })
  .describe('A payment that cleared before an entry it hits was listed');

export const postHocPage = z.object({
  items: z.array(postHocItem),
  next: z.string().nullable().describe('`cursor` of the next page; null on the last'),
  total: z.number().int().min(0).describe('Items in the view'),
});

export const postHocListQuery = z.object({
  state: z.enum(['open', 'closed']).default('open').describe('open: oldest first; closed: latest closed first'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^[0-9]{1,9}$/, 'the `next` of the previous page').optional(),
});

export const postHocCloseBody = z.object({ outcome: postHocOutcome, comment });

export const postHocIdParams = z.object({ id: z.string().min(1).max(100).describe('Post-hoc item id') });
