/** The active watchlist (read, replace) and the deliveries the core refused. */
import { json, operation } from '../operation';
import { deadLetters, watchlistInfo } from '../schemas/service';
import { EXAMPLE_WATCHLIST } from '../examples';

export const getWatchlist = operation({
  id: 'getWatchlist',
  method: 'get',
  path: '/v1/watchlist',
  summary: 'The active list: version and entries',
  tag: 'watchlist',
  roles: ['reviewer', 'admin'],
  responses: { 200: { description: 'The active list', content: [json(watchlistInfo, EXAMPLE_WATCHLIST)] } },
  errors: ['NOT_READY'],
});

export const replaceWatchlist = operation({
  id: 'replaceWatchlist',
  method: 'put',
  path: '/v1/watchlist',
  summary: 'Replace the active list (every gateway instance on this Redis follows)',
  description: 'The body is the list in the native format: a JSON array or JSON Lines, one entry per line, within MAX_BODY_BYTES. It is validated and indexed like the configured list; the first invalid line is named (file:line: reason).',
  tag: 'watchlist',
  roles: ['admin'],
  body: {
    kind: 'raw',
    types: ['application/x-ndjson', 'application/jsonl', 'application/json', 'text/plain'],
    description: 'The native list: a JSON array, or JSON Lines',
    example: '{"id":"SE-POL-000123","kind":"organisation","names":["Nordic Digital Media Services Ltd"],"identifiers":[{"type":"iban","value":"DE89370400440532013000"}],"source":"police-se","listedAt":"2026-01-01","expiresAt":null}\n',
  },
  responses: { 200: { description: 'The new active list', content: [json(watchlistInfo, { ...EXAMPLE_WATCHLIST, entries: 1, origin: 'api' })] } },
  errors: ['BODY_MISSING', 'WATCHLIST_INVALID', 'WATCHLIST_UNREADABLE', 'CONFIG_INVALID', 'STORE_UNAVAILABLE'],
});

export const listDeadLetters = operation({
  id: 'listDeadLetters',
  method: 'get',
  path: '/v1/forwards/dead-letters',
  summary: 'Deliveries the core refused (4xx) or that ran out of retries',
  tag: 'watchlist',
  roles: ['reviewer', 'admin'],
  responses: {
    200: {
      description: 'The dead letters, oldest first',
      content: [json(deadLetters, { deadLetters: [{ forwardId: 'fmi2x7k0a3f9c1d2e4b5a6978', messageId: 'mmi2x7k0a3f9c1d2e4b5a6978', transactions: [0], reason: 'core answered 422', httpStatus: 422, at: '2026-03-02T09:00:00.000Z' }] })],
    },
  },
  errors: ['STORE_UNAVAILABLE'],
});
