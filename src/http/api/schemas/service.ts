/** Shapes of the watchlist, dead-letter, session, health and error answers. */
import { z } from 'zod';
import { ERROR_CATALOG, type ErrorCode } from '../../../errors/catalog';
import { PERMISSIONS, ROLES } from '../../tokens';

const time = z.iso.datetime({ offset: true });
const allCodes = Object.keys(ERROR_CATALOG) as [ErrorCode, ...ErrorCode[]];

export const watchlistInfo = z.object({
  version: z.string().describe('sha256 of the list’s canonical content'),
  entries: z.number().int().min(0),
  origin: z.enum(['config', 'refresh', 'api']).describe('config: the WATCHLIST sources at a start; refresh: read again on schedule; api: uploaded or imported'),
  loadedAt: time,
});

export const deadLetters = z.object({
  deadLetters: z.array(
    z.object({
      forwardId: z.string(),
      messageId: z.string(),
      transactions: z.array(z.number().int().min(0)).describe('Indexes of the transactions in the refused delivery'),
      reason: z.string(),
      httpStatus: z.number().int().optional().describe('The core’s answer, when it answered'),
      attempts: z.number().int().min(1).optional().describe('Deliveries tried (absent on letters written before the gateway kept it)'),
      at: time,
    }),
  ),
  statusReports: z
    .array(
      z.object({
        reportId: z.string(),
        messageId: z.string(),
        reason: z.string(),
        httpStatus: z.number().int().optional().describe('The hub’s answer, when it answered'),
        attempts: z.number().int().min(1),
        at: time,
      }),
    )
    .describe('Status reports of later decisions the hub refused (4xx) or that ran out of retries'),
});

export const reviewSession = z.object({
  reviewer: z.object({ name: z.string(), role: z.enum(ROLES), permissions: z.array(z.enum(PERMISSIONS)).describe('Rights beyond the role (reveal-debtor: see debtor data, audited)') }),
  settings: z.object({
    fourEyes: z.boolean(),
    conflictRule: z.enum(['escalate', 'keep']),
    expiryAction: z.enum(['reject', 'escalate']),
    defaultRejectReason: z.string(),
    rejectReasons: z.array(z.object({ code: z.string(), label: z.string() })),
  }),
  watchlist: z.object({ version: z.string(), entries: z.number().int().min(0) }).nullable(),
  serverTime: time,
});

export const health = z.object({ status: z.literal('ok') });
export const readiness = z.object({
  status: z.enum(['ready', 'not ready']),
  checks: z.record(z.string(), z.union([z.boolean(), z.string()])).describe('redis: answers; watchlist: the loaded version, or false'),
});

export const errorDetail = z.object({
  code: z.enum(allCodes),
  message: z.string(),
  path: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

/** The error answer of an operation, its code limited to the ones given (all of the catalog when none are). */
export function errorBody(codes: readonly ErrorCode[] = allCodes) {
  return z.object({
    error: z.object({
      code: z.enum(codes as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      path: z.string().optional().describe('Where in the request or message'),
      line: z.number().int().optional().describe('1-based line in the submitted body'),
      details: z.array(errorDetail).optional().describe('Every problem found, when there are several'),
    }),
    statusReport: z.string().optional().describe('The RJCT status report (pacs.002 / pain.002), when the message could be identified'),
  });
}

export const fileParams = z.object({ file: z.string().min(1).max(200) });
