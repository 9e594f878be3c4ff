/** The JSON result of POST /v1/messages and POST /v1/screen, and the status of a message (GET /v1/messages/:id/status). */
import { z } from 'zod';
import type { MatchMethod, Decision } from '../../../screening/types';
import type { PayeeRole, TransactionStatus } from '../../../iso20022/types';
import type { TransactionStage } from '../../../model/records';
import type { MessageResult } from '../../../model/result';
import type { SameType } from './same-type';

export const matchMethod = z.enum(['iban', 'bic', 'account', 'proxy', 'email', 'domain', 'name', 'lei', 'crypto']).describe('What matched: an identifier type, or a name');
export const payeeRole = z
  .enum([
    'creditor',
    'ultimateCreditor',
    'creditorAccount',
    'creditorAgent',
    'creditorAgentAccount',
    'intermediaryAgent',
    'remittance',
    'underlyingCreditor',
    'underlyingUltimateCreditor',
    'underlyingCreditorAccount',
    'underlyingCreditorAgent',
    'underlyingIntermediaryAgent',
    'underlyingRemittance',
    'transaction',
    'supplementaryData',
    'message',
  ])
  .describe('The payee-side part of the transaction the field belongs to');
export const transactionStatus = z.enum(['ACSP', 'PDNG', 'RJCT', 'ACCP', 'ACTC', 'ACSC']).describe('ISO 20022 transaction status (ExternalPaymentTransactionStatus1Code)');
export const decision = z.enum(['clear', 'hold', 'reject']);
export const groupStatus = z.enum(['ACSP', 'PDNG', 'RJCT', 'PART']).describe('ACSP / PDNG / RJCT when every transaction has that status, PART for a mix');
export const transactionStage = z.enum(['forward-queued', 'forwarded', 'dead-letter', 'held', 'rejected', 'duplicate']);

const enumChecks: [
  SameType<z.infer<typeof matchMethod>, MatchMethod>,
  SameType<z.infer<typeof payeeRole>, PayeeRole>,
  SameType<z.infer<typeof transactionStatus>, TransactionStatus>,
  SameType<z.infer<typeof decision>, Decision>,
  SameType<z.infer<typeof transactionStage>, TransactionStage>,
  SameType<z.infer<typeof groupStatus>, MessageResult['groupStatus']>,
] = [true, true, true, true, true, true];
void enumChecks;

export const hit = z
  .object({
    entryId: z.string().describe('The list entry that matched'),
    score: z.number().min(0).max(1).describe('1 for identifier matches'),
    field: z.string().describe('Path of the payee field relative to the transaction, e.g. Cdtr/Nm'),
    value: z.string().describe('The payment’s value that matched'),
    matched: z.string().describe('The list’s name or identifier it matched (keyed-hash lists: the type and hmac:<first 12 hex>)'),
    method: matchMethod,
    role: payeeRole,
    algorithm: z.string().describe('Matching algorithm and version, e.g. name-v1'),
    explanation: z.array(z.object({ feature: z.string(), value: z.number(), detail: z.string().optional() })).describe('The features that made the score'),
    suppressedBy: z.string().optional().describe('Id of the reviewer-approved exception that suppressed this hit'),
    source: z.string().optional().describe('The list (source) of the entry'),
  })
  .describe('One watchlist hit on a payee field');

export const transactionResult = z.object({
  index: z.number().int().min(0),
  endToEndId: z.string(),
  txId: z.string().optional(),
  uetr: z.string().optional(),
  decision,
  status: transactionStatus,
  reasonCode: z.string().optional().describe('ISO 20022 status reason of a RJCT (or PDNG when configured)'),
  holdId: z.string().optional().describe('GET /v1/holds/{id} while it waits for a reviewer'),
  duplicateOf: z.object({ messageId: z.string(), index: z.number().int().min(0) }).optional().describe('Seen before: its earlier outcome'),
  postHocReviewId: z.string().optional().describe('Instant payment released on a name-only hit: the post-hoc review item'),
  reason: z.string().optional(),
  hits: z.array(hit),
});

export const messageResult = z
  .object({
    message: z.object({
      type: z.string().describe('Message definition identifier, e.g. pacs.008.001.08'),
      msgId: z.string(),
      nbOfTxs: z.number().int().min(0),
      id: z.string().optional().describe('The gateway’s id of the message (GET /v1/messages/{id}/status); absent for /v1/screen'),
      instructingAgent: z.string().optional(),
    }),
    watchlistVersion: z.string(),
    policyVersion: z.string(),
    groupStatus,
    duplicate: z.boolean().optional().describe('The whole message was seen before (409): this is the earlier outcome'),
    replay: z.boolean().optional().describe('POST /v1/messages: a resend of the identical message, answered with the stored outcome (header X-Chokepoint-Replay)'),
    informationalCopy: z.boolean().optional().describe('AppHdr CpyDplct COPY / CODU: screened for information only, nothing stored or forwarded'),
    transactions: z.array(transactionResult),
  })
  .describe('The screening result of one message, per transaction (also what `chokepoint screen` prints)');

/** 409 of POST /v1/messages for a resend: the earlier outcome, and which kind of duplicate it is. */
export const duplicateResult = messageResult.extend({
  error: z.object({ code: z.enum(['DUPLICATE_MESSAGE', 'DUPLICATE_TRANSACTION']), message: z.string() }),
});

export const messageStatus = z.object({
  message: z.object({
    id: z.string(),
    type: z.string(),
    msgId: z.string(),
    nbOfTxs: z.number().int().min(0),
    receivedAt: z.iso.datetime({ offset: true }),
    instructingAgent: z.string().optional(),
  }),
  groupStatus,
  watchlistVersion: z.string(),
  transactions: z.array(
    z.object({
      index: z.number().int().min(0),
      endToEndId: z.string(),
      txId: z.string().optional(),
      uetr: z.string().optional(),
      status: transactionStatus,
      stage: transactionStage,
      reasonCode: z.string().optional(),
      holdId: z.string().optional(),
      forwardId: z.string().optional(),
      updatedAt: z.iso.datetime({ offset: true }),
    }),
  ),
});

export const messageIdParams = z.object({ id: z.string().min(1).max(100).describe('The gateway’s message id, or the MsgId') });
