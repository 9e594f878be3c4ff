/** The hub's operations: submit a message, screen one without side effects, ask for a message's status. */
import { SEALED_RECORD_ERRORS, json, operation } from '../operation';
import { duplicateResult, messageIdParams, messageResult, messageStatus } from '../schemas/messages';
import { EXAMPLE_MESSAGE, EXAMPLE_MESSAGE_STATUS, EXAMPLE_RESULT, EXAMPLE_SCREEN_RESULT, EXAMPLE_STATUS_REPORT } from '../examples';
import type { ErrorCode } from '../../../errors/catalog';

const XML_MESSAGE = {
  kind: 'xml',
  description:
    'One ISO 20022 message: pacs.008, pacs.009 (incl. COV) or pain.001, bare, with a Business Application Header (head.001) or in an envelope. application/xml, text/xml or application/*+xml.',
  example: EXAMPLE_MESSAGE,
} as const;

/** What reading a message can refuse (the ISO 20022 reader, the business checks, strict mode). */
const READING: readonly ErrorCode[] = [
  'XML_MALFORMED',
  'XML_LIMIT_EXCEEDED',
  'MESSAGE_NOT_ISO20022',
  'MESSAGE_UNSUPPORTED',
  'MESSAGE_INVALID',
  'HEADER_INVALID',
  'HEADER_MISMATCH',
  'MESSAGE_AMBIGUOUS',
  'MESSAGE_EXTRA_CONTENT',
  'NB_OF_TXS_MISMATCH',
  'CTRL_SUM_MISMATCH',
  'TOTAL_AMOUNT_MISMATCH',
];

const STATUS_REPORT = {
  kind: 'media',
  types: ['application/xml'],
  description: 'The status report (pacs.002 / pain.002) of this outcome, with Accept: application/xml',
  example: EXAMPLE_STATUS_REPORT,
} as const;
const MESSAGE_ID_HEADER = {
  'X-Chokepoint-Message-Id': { description: 'The gateway’s id of the message (GET /v1/messages/{id}/status)', schema: { type: 'string' } },
  'X-Chokepoint-Replay': {
    description: '`true` on the answer to a resend of the identical message (e.g. after 504 STORE_OUTCOME_UNKNOWN): the stored outcome; nothing was done now',
    schema: { type: 'string' },
  },
} as const;

export const submitMessage = operation({
  id: 'submitMessage',
  method: 'post',
  path: '/v1/messages',
  summary: 'Submit a message: screen it, then forward, hold or reject each transaction',
  description:
    'The answer is the JSON result, or with `Accept: application/xml` the status report itself. A resend of a message or transaction seen before is answered 409 with the earlier outcome; nothing is done again. Refused messages that can be identified also get a RJCT status report.',
  tag: 'messages',
  roles: ['submitter'],
  admission: true,
  body: XML_MESSAGE,
  responses: {
    200: {
      description: 'Screened and accepted (or an informational copy, screened only)',
      content: [json(messageResult, EXAMPLE_RESULT), STATUS_REPORT],
      headers: MESSAGE_ID_HEADER,
    },
    409: {
      description: 'Seen before: the earlier outcome, with error.code DUPLICATE_MESSAGE or DUPLICATE_TRANSACTION',
      content: [json(duplicateResult), STATUS_REPORT],
      headers: MESSAGE_ID_HEADER,
    },
  },
  errors: [...READING, 'DUPLICATE_MESSAGE', 'OVERLOADED', 'STORE_UNAVAILABLE', 'STORE_OUTCOME_UNKNOWN', ...SEALED_RECORD_ERRORS],
  statusReports: true,
});

export const screenMessage = operation({
  id: 'screenMessage',
  method: 'post',
  path: '/v1/screen',
  summary: 'Screen a message without side effects',
  description: 'The same reading and screening as POST /v1/messages; nothing is stored, held or forwarded.',
  tag: 'messages',
  roles: ['submitter', 'reviewer'],
  body: XML_MESSAGE,
  responses: { 200: { description: 'The screening result', content: [json(messageResult, EXAMPLE_SCREEN_RESULT)] } },
  errors: [...READING],
});

export const messageStatusOp = operation({
  id: 'getMessageStatus',
  method: 'get',
  path: '/v1/messages/:id/status',
  summary: 'The latest status of a message and of each of its transactions',
  description: 'By the gateway’s id, or by MsgId (409 MESSAGE_ID_AMBIGUOUS when several messages carry it). Records are kept for the duplicate window.',
  tag: 'messages',
  roles: ['submitter', 'reviewer'],
  params: messageIdParams,
  responses: { 200: { description: 'The message and its transactions', content: [json(messageStatus, EXAMPLE_MESSAGE_STATUS)] } },
  errors: ['NOT_FOUND', 'MESSAGE_ID_AMBIGUOUS', 'STORE_UNAVAILABLE', ...SEALED_RECORD_ERRORS],
});
