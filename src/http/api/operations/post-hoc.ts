/** Reviewers' operations on the post-hoc items rescreening opens: list them, read one, close one (audited). */
import { json, operation } from '../operation';
import { postHocCloseBody, postHocIdParams, postHocItem, postHocListQuery, postHocPage } from '../schemas/post-hoc';
import { EXAMPLE_POST_HOC } from '../examples';

export const listPostHoc = operation({
  id: 'listPostHocItems',
  method: 'get',
  path: '/v1/review/post-hoc',
  summary: 'Payments that cleared before an entry they hit was listed (opened by rescreening after a list change)',
  tag: 'review',
  roles: ['reviewer'],
  query: postHocListQuery,
  responses: { 200: { description: 'One page', content: [json(postHocPage, { items: [EXAMPLE_POST_HOC], next: null, total: 1 })] } },
  errors: ['STORE_UNAVAILABLE'],
});

export const getPostHoc = operation({
  id: 'getPostHocItem',
  method: 'get',
  path: '/v1/review/post-hoc/:id',
  summary: 'One post-hoc item: the payment’s ids, its payee fields, its hits on the new entries',
  tag: 'review',
  roles: ['reviewer'],
  params: postHocIdParams,
  responses: { 200: { description: 'The item', content: [json(postHocItem, EXAMPLE_POST_HOC)] } },
  errors: ['NOT_FOUND', 'STORE_UNAVAILABLE'],
});

export const closePostHoc = operation({
  id: 'closePostHocItem',
  method: 'post',
  path: '/v1/review/post-hoc/:id/close',
  summary: 'Close a post-hoc item with what the bank did (recorded in the audit trail)',
  tag: 'review',
  roles: ['reviewer'],
  params: postHocIdParams,
  body: {
    kind: 'json',
    schema: postHocCloseBody,
    limit: '64kb',
    example: { outcome: 'recalled', comment: 'Recall sent to the beneficiary bank, case 2026-114' },
  },
  responses: {
    200: {
      description: 'Closed',
      content: [
        json(postHocItem, {
          ...EXAMPLE_POST_HOC,
          state: 'closed',
          closed: { by: 'alice', at: '2026-03-02T10:00:00.000Z', outcome: 'recalled', comment: 'Recall sent to the beneficiary bank, case 2026-114' },
        }),
      ],
    },
  },
  errors: ['NOT_FOUND', 'POST_HOC_CLOSED', 'STORE_UNAVAILABLE'],
});
