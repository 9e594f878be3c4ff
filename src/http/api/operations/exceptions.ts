/** Scoped false-positive exceptions: propose (one reviewer), confirm (another), revoke; list and read them. */
import { z } from 'zod';
import { SEALED_RECORD_ERRORS, json, operation } from '../operation';
import {
  exceptionAnswer,
  exceptionCandidate,
  exceptionIdParams,
  exceptionListQuery,
  exceptionProposal,
  exceptionProposed,
  exceptionStepBody,
  exceptionView,
} from '../schemas/exceptions';
import { holdIdParams } from '../schemas/holds';
import { EXAMPLE_EXCEPTION, EXAMPLE_HOLD } from '../examples';

export const listExceptions = operation({
  id: 'listExceptions',
  method: 'get',
  path: '/v1/exceptions',
  summary: 'Exceptions, optionally by status',
  tag: 'exceptions',
  roles: ['reviewer'],
  query: exceptionListQuery,
  responses: { 200: { description: 'The exceptions', content: [json(z.object({ exceptions: z.array(exceptionView) }), { exceptions: [EXAMPLE_EXCEPTION] })] } },
  errors: ['STORE_UNAVAILABLE'],
});

export const getException = operation({
  id: 'getException',
  method: 'get',
  path: '/v1/exceptions/:id',
  summary: 'One exception',
  tag: 'exceptions',
  roles: ['reviewer'],
  params: exceptionIdParams,
  responses: { 200: { description: 'The exception', content: [json(exceptionView, EXAMPLE_EXCEPTION)] } },
  errors: ['NOT_FOUND', 'STORE_UNAVAILABLE'],
});

export const exceptionCandidates = operation({
  id: 'listExceptionCandidates',
  method: 'get',
  path: '/v1/holds/:id/exception-candidates',
  summary: 'What exceptions a reviewer may propose from a hold: one candidate per list entry that hit it',
  tag: 'exceptions',
  roles: ['reviewer'],
  params: holdIdParams,
  responses: {
    200: {
      description: 'The candidates',
      content: [
        json(z.object({ candidates: z.array(exceptionCandidate) }), {
          candidates: [
            {
              entryId: 'SE-POL-000123',
              counterparties: ['iban:DE89370400440532013000', 'name:nordic digital media services'],
              methods: ['iban'],
              allowed: false,
              why: 'The hit is on the payee’s own account: the list names that account',
            },
          ],
        }),
      ],
    },
  },
  errors: ['NOT_FOUND', 'STORE_UNAVAILABLE', ...SEALED_RECORD_ERRORS],
});

export const proposeException = operation({
  id: 'proposeException',
  method: 'post',
  path: '/v1/exceptions',
  summary: 'Propose an exception: "this payee is not this list entry" (another reviewer confirms)',
  tag: 'exceptions',
  roles: ['reviewer'],
  body: {
    kind: 'json',
    schema: exceptionProposal,
    limit: '16kb',
    example: { holdId: EXAMPLE_HOLD.id, entryId: 'SE-POL-000123', comment: EXAMPLE_EXCEPTION.comment, days: 90 },
  },
  responses: {
    202: {
      description: 'Proposed',
      content: [
        json(exceptionProposed, {
          exception: EXAMPLE_EXCEPTION,
          message: `Proposed; another reviewer must confirm with POST /v1/exceptions/${EXAMPLE_EXCEPTION.id}/confirm`,
        }),
      ],
    },
  },
  errors: ['NOT_FOUND', 'EXCEPTION_NOT_ALLOWED', 'EXCEPTION_EXISTS', 'STORE_UNAVAILABLE', ...SEALED_RECORD_ERRORS],
});

function stepOperation<const S extends 'confirm' | 'revoke'>(step: S) {
  return operation({
    id: `${step}Exception` as `${S}Exception`,
    method: 'post',
    path: `/v1/exceptions/:id/${step}` as `/v1/exceptions/:id/${S}`,
    summary:
      step === 'confirm'
        ? 'Confirm a proposed exception (a reviewer other than the proposer); it is in force from now for its days'
        : 'Revoke an exception (proposed or active)',
    tag: 'exceptions',
    roles: ['reviewer'],
    params: exceptionIdParams,
    body: {
      kind: 'json',
      schema: exceptionStepBody,
      limit: '16kb',
      example: { comment: step === 'confirm' ? 'Agreed: registry shows a different company' : 'Supplier changed owners' },
    },
    responses: {
      200: {
        description: step === 'confirm' ? 'Confirmed' : 'Revoked',
        content: [
          json(exceptionAnswer, {
            exception:
              step === 'confirm'
                ? {
                    ...EXAMPLE_EXCEPTION,
                    state: 'active',
                    status: 'active',
                    confirmedBy: 'bob',
                    confirmedAt: '2026-03-02T10:00:00.000Z',
                    confirmComment: 'Agreed',
                    expiresAt: '2026-05-31T10:00:00.000Z',
                  }
                : {
                    ...EXAMPLE_EXCEPTION,
                    state: 'revoked',
                    status: 'revoked',
                    revokedBy: 'bob',
                    revokedAt: '2026-03-02T10:00:00.000Z',
                    revokeComment: 'Supplier changed owners',
                  },
          }),
        ],
      },
    },
    errors:
      step === 'confirm'
        ? ['NOT_FOUND', 'FOUR_EYES_SAME_REVIEWER', 'EXCEPTION_NOT_PENDING', 'STORE_UNAVAILABLE']
        : ['NOT_FOUND', 'EXCEPTION_NOT_PENDING', 'STORE_UNAVAILABLE'],
  });
}

export const confirmException = stepOperation('confirm');
export const revokeException = stepOperation('revoke');
