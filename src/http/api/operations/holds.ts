/** Reviewers' operations on held transactions: the queue, one hold, decisions (four eyes), claims. */
import { SEALED_RECORD_ERRORS, json, operation } from '../operation';
import { debtorReveal, decisionBody, decisionResult, hold, holdDetail, holdIdParams, holdListQuery, holdPage, revealBody } from '../schemas/holds';
import { EXAMPLE_HOLD } from '../examples';

export const listHolds = operation({
  id: 'listHolds',
  method: 'get',
  path: '/v1/holds',
  summary: 'The review queue: held transactions and post-hoc items, filtered, sorted and paged',
  tag: 'holds',
  roles: ['reviewer'],
  query: holdListQuery,
  responses: { 200: { description: 'One page', content: [json(holdPage, { holds: [EXAMPLE_HOLD], next: null, total: 1 })] } },
  errors: ['STORE_UNAVAILABLE', ...SEALED_RECORD_ERRORS],
});

export const getHold = operation({
  id: 'getHold',
  method: 'get',
  path: '/v1/holds/:id',
  summary: 'One hold: the transaction, its payee fields, the hits with their explanations, the proposal, the original message',
  tag: 'holds',
  roles: ['reviewer'],
  params: holdIdParams,
  description:
    'The debtor’s side of the original (Dbtr, DbtrAcct, UltmtDbtr, InitgPty) is masked: reviewers decide on the payee and the transaction. POST /v1/holds/{id}/reveal-debtor shows it, with a permission of its own.',
  responses: {
    200: {
      description: 'The hold',
      content: [
        json(holdDetail, {
          ...EXAMPLE_HOLD,
          original: '<Document …><Dbtr><Nm>•••</Nm></Dbtr>…</Document>',
          debtorMasked: ['/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Dbtr/Nm'],
        }),
      ],
    },
  },
  errors: ['NOT_FOUND', 'STORE_UNAVAILABLE', ...SEALED_RECORD_ERRORS],
});

export const revealHoldDebtor = operation({
  id: 'revealHoldDebtor',
  method: 'post',
  path: '/v1/holds/:id/reveal-debtor',
  summary: 'Show a hold’s debtor data unmasked (permission reveal-debtor; recorded in the audit trail)',
  description:
    'For the rare case a decision needs the payer: the original unmasked and its debtor-side fields. The token needs the permission `reveal-debtor` beside the reviewer role (tokens file: `"permissions": ["reveal-debtor"]`; no token has it by default). Every reveal is an audit event `debtor-revealed` (who, which hold, when, the reason given), written before the answer.',
  tag: 'holds',
  roles: ['reviewer'],
  permission: 'reveal-debtor',
  params: holdIdParams,
  body: { kind: 'json', schema: revealBody, limit: '16kb', example: { reason: 'Same payer across three held payments: checking for a pattern' } },
  responses: {
    200: {
      description: 'The debtor data',
      content: [
        json(debtorReveal, {
          holdId: EXAMPLE_HOLD.id,
          messageId: EXAMPLE_HOLD.messageId,
          revealedBy: 'alice',
          revealedAt: '2026-03-02T09:00:00.000Z',
          original: '<Document …><Dbtr><Nm>Erik Andersson</Nm></Dbtr>…</Document>',
          debtor: [{ path: '/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Dbtr/Nm', value: 'Erik Andersson' }],
        }),
      ],
    },
  },
  errors: ['NOT_FOUND', 'STORE_UNAVAILABLE', ...SEALED_RECORD_ERRORS],
});

const DECISION_ERRORS = [
  'NOT_FOUND',
  'HOLD_NOT_PENDING',
  'HOLD_CLAIMED',
  'FOUR_EYES_SAME_REVIEWER',
  'FOUR_EYES_CONFLICT',
  'REASON_UNKNOWN',
  'STORE_UNAVAILABLE',
  'STORE_OUTCOME_UNKNOWN',
  ...SEALED_RECORD_ERRORS,
] as const;

function decisionOperation<const A extends 'release' | 'reject'>(action: A) {
  const done = action === 'release' ? 'released' : 'rejected';
  return operation({
    id: `${action}Hold` as `${A}Hold`,
    method: 'post',
    path: `/v1/holds/:id/${action}` as `/v1/holds/:id/${A}`,
    summary: action === 'release' ? 'Release a held transaction (it is forwarded)' : 'Reject a held transaction (RJCT to the hub)',
    description: `With four eyes, the first reviewer's call proposes (202) and a second reviewer's same call decides (200). A comment is required: the audit trail records why.${action === 'reject' ? ' `reason`: one of the codes GET /v1/review/session lists (default: the configured reject reason).' : ''}`,
    tag: 'holds',
    roles: ['reviewer'],
    params: holdIdParams,
    body: {
      kind: 'json',
      schema: decisionBody,
      limit: '64kb',
      example:
        action === 'release'
          ? { comment: 'Not the listed entry: a different company with a similar name' }
          : { comment: 'IBAN on the list, test purchase confirmed', reason: 'RR04' },
    },
    responses: {
      200: { description: `Decided: ${done}`, content: [json(decisionResult, { state: done, hold: { ...EXAMPLE_HOLD, state: done } })] },
      202: {
        description: 'Proposed; another reviewer must confirm with the same call',
        content: [
          json(decisionResult, {
            state: 'proposed',
            message: `Proposed; another reviewer must confirm with POST /v1/holds/${EXAMPLE_HOLD.id}/${action}`,
            hold: { ...EXAMPLE_HOLD, proposal: { action, reviewer: 'alice', comment: 'Checked', at: '2026-03-02T09:00:00.000Z' } },
          }),
        ],
      },
    },
    errors: DECISION_ERRORS,
  });
}

export const releaseHold = decisionOperation('release');
export const rejectHold = decisionOperation('reject');

function claimOperation<const M extends 'claim' | 'unclaim'>(mode: M) {
  return operation({
    id: `${mode}Hold` as `${M}Hold`,
    method: 'post',
    path: `/v1/holds/:id/${mode}` as `/v1/holds/:id/${M}`,
    summary: mode === 'claim' ? 'Claim a hold, so that two reviewers do not work on the same item' : 'Give a claimed hold back to the queue',
    tag: 'holds',
    roles: ['reviewer'],
    params: holdIdParams,
    responses: {
      200: {
        description: 'The hold',
        content: [json(hold, mode === 'claim' ? { ...EXAMPLE_HOLD, claimedBy: 'alice', claimedAt: '2026-03-02T09:00:00.000Z' } : EXAMPLE_HOLD)],
      },
    },
    errors: ['NOT_FOUND', 'HOLD_NOT_PENDING', 'HOLD_CLAIMED', 'FOUR_EYES_SAME_REVIEWER', 'STORE_UNAVAILABLE', 'STORE_OUTCOME_UNKNOWN', ...SEALED_RECORD_ERRORS],
  });
}

export const claimHold = claimOperation('claim');
export const unclaimHold = claimOperation('unclaim');
