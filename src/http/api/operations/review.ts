/** The reviewers' web page, its files, and the two calls made for it: the session and the team lead's dashboard. */
import { z } from 'zod';
import { json, operation } from '../operation';
import { fileParams, reviewSession } from '../schemas/service';
import { reviewDashboard } from '../../../model/review-dashboard';
import { EXAMPLE_DASHBOARD } from '../examples';
import { DASHBOARD_DAYS } from '../../../app/review-dashboard-service';

export const reviewPage = operation({
  id: 'reviewPage',
  method: 'get',
  path: '/review/',
  summary: 'The reviewers’ web page',
  description: 'A static shell that holds no data; the reviewer signs in with a bearer token. /review redirects here.',
  tag: 'review',
  roles: 'public',
  responses: {
    200: { description: 'The page', content: [{ kind: 'media', types: ['text/html'], description: 'HTML' }] },
    301: { description: 'From /review to /review/' },
  },
  errors: [],
});

const FILE = { kind: 'media', types: ['text/javascript', 'text/css', 'text/html', 'image/svg+xml'], description: 'The file' } as const;

export const reviewAssets = operation({
  id: 'reviewAsset',
  method: 'get',
  path: '/review/assets/:file',
  summary: 'The page’s own files (JavaScript modules, CSS)',
  tag: 'review',
  roles: 'public',
  params: fileParams,
  responses: { 200: { description: 'The file', content: [FILE] } },
  errors: ['NOT_FOUND'],
});

export const reviewVendor = operation({
  id: 'reviewVendorFile',
  method: 'get',
  path: '/review/vendor/:file',
  summary: 'Third-party files the page loads (the chart library), served from the installed package',
  tag: 'review',
  roles: 'public',
  params: fileParams,
  responses: { 200: { description: 'The file', content: [FILE] } },
  errors: ['NOT_FOUND'],
});

export const reviewSessionOp = operation({
  id: 'getReviewSession',
  method: 'get',
  path: '/v1/review/session',
  summary: 'Who the token is, and the rules in force (used by the page’s sign-in)',
  tag: 'review',
  roles: ['reviewer'],
  responses: {
    200: {
      description: 'The reviewer and the settings',
      content: [
        json(reviewSession, {
          reviewer: { name: 'alice', role: 'reviewer', permissions: [] },
          settings: {
            fourEyes: true,
            conflictRule: 'escalate',
            expiryAction: 'reject',
            defaultRejectReason: 'RR04',
            rejectReasons: [{ code: 'RR04', label: 'Regulatory reason' }],
          },
          watchlist: { version: 'sha256:6c1f0e2a9b', entries: 52 },
          serverTime: '2026-03-02T09:00:00.000Z',
        }),
      ],
    },
  },
  errors: [],
});

export const reviewDashboardOp = operation({
  id: 'getReviewDashboard',
  method: 'get',
  path: '/v1/review/dashboard',
  summary: 'The team lead’s figures: holds waiting, decisions per day, time to decision, hits by method and list, exceptions, post-hoc items',
  tag: 'review',
  roles: ['reviewer'],
  query: z.object({
    days: z.coerce.number().int().min(1).max(DASHBOARD_DAYS.max).default(DASHBOARD_DAYS.default).describe('Days of history (UTC days, today last)'),
  }),
  responses: { 200: { description: 'The figures', content: [json(reviewDashboard, EXAMPLE_DASHBOARD)] } },
  errors: ['STORE_UNAVAILABLE'],
});
