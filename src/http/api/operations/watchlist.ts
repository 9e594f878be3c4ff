/** The active watchlist (read, replace) and the deliveries the core refused. */
import { z } from 'zod';
import { json, operation } from '../operation';
import { deadLetters, watchlistInfo } from '../schemas/service';
import { watchlistChanges, watchlistStatus } from '../../../model/watchlist';
import { EXAMPLE_WATCHLIST, EXAMPLE_WATCHLIST_CHANGES, EXAMPLE_WATCHLIST_STATUS } from '../examples';

export const getWatchlist = operation({
  id: 'getWatchlist',
  method: 'get',
  path: '/v1/watchlist',
  summary: 'The active list: version, entries, age, and each source’s last refresh',
  tag: 'watchlist',
  roles: ['reviewer', 'admin'],
  responses: { 200: { description: 'The active list', content: [json(watchlistStatus, EXAMPLE_WATCHLIST_STATUS)] } },
  errors: ['NOT_READY', 'STORE_UNAVAILABLE'],
});

export const listWatchlistChanges = operation({
  id: 'listWatchlistChanges',
  method: 'get',
  path: '/v1/watchlist/changes',
  summary: 'Entries added, removed and changed by the list versions after a given one',
  description:
    'Every version after `since` up to the active one, oldest first, and their changes a page at a time (`cursor`: the `next` of the previous page). The last 100 versions are kept; an unknown version is 404.',
  tag: 'watchlist',
  roles: ['reviewer', 'admin'],
  query: z.object({
    since: z
      .string()
      .regex(/^[\w:.-]{1,80}$/, 'a list version, as GET /v1/watchlist or a result names it')
      .describe('A list version (watchlistVersion of a result, or version of GET /v1/watchlist)'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: z.coerce.number().int().min(0).optional().describe('`next` of the previous page'),
  }),
  responses: { 200: { description: 'The versions after `since` and a page of their changes', content: [json(watchlistChanges, EXAMPLE_WATCHLIST_CHANGES)] } },
  errors: ['NOT_FOUND', 'STORE_UNAVAILABLE'],
});

export const replaceWatchlist = operation({
  id: 'replaceWatchlist',
  method: 'put',
  path: '/v1/watchlist',
  summary: 'Replace the active list (every gateway instance on this Redis follows)',
  description:
    'The body is the list in the native format: a JSON array or JSON Lines, one entry per line, within MAX_BODY_BYTES. It is validated and indexed like the configured list; the first invalid line is named (file:line: reason).',
  tag: 'watchlist',
  roles: ['admin'],
  body: {
    kind: 'raw',
    types: ['application/x-ndjson', 'application/jsonl', 'application/json', 'text/plain'],
    description: 'The native list: a JSON array, or JSON Lines',
    example:
      '{"id":"SE-POL-000123","kind":"organisation","names":["Nordic Digital Media Services Ltd"],"identifiers":[{"type":"iban","value":"DE89370400440532013000"}],"source":"police-se","listedAt":"2026-01-01","expiresAt":null}\n',
  },
  responses: { 200: { description: 'The new active list', content: [json(watchlistInfo, { ...EXAMPLE_WATCHLIST, entries: 1, origin: 'api' })] } },
  errors: ['BODY_MISSING', 'WATCHLIST_INVALID', 'WATCHLIST_UNREADABLE', 'CONFIG_INVALID', 'STORE_UNAVAILABLE'],
});

export const listDeadLetters = operation({
  id: 'listDeadLetters',
  method: 'get',
  path: '/v1/forwards/dead-letters',
  summary: 'Deliveries the core, or status reports the hub, refused (4xx) or that ran out of retries',
  tag: 'watchlist',
  roles: ['reviewer', 'admin'],
  responses: {
    200: {
      description: 'The dead letters, oldest first',
      content: [
        json(deadLetters, {
          deadLetters: [
            {
              forwardId: 'fmi2x7k0a3f9c1d2e4b5a6978',
              messageId: 'mmi2x7k0a3f9c1d2e4b5a6978',
              transactions: [0],
              reason: 'core answered 422',
              httpStatus: 422,
              attempts: 1,
              at: '2026-03-02T09:00:00.000Z',
            },
          ],
          statusReports: [
            {
              reportId: 'hmi2x7k0a3f9c1d2e4b5a6978-status',
              messageId: 'mmi2x7k0a3f9c1d2e4b5a6978',
              reason: 'hub answered 400',
              httpStatus: 400,
              attempts: 1,
              at: '2026-03-02T09:05:00.000Z',
            },
          ],
        }),
      ],
    },
  },
  errors: ['STORE_UNAVAILABLE'],
});
