import { Router } from 'express';
import type { RescreenService } from '../../app/rescreen-service';
import { principalOf } from '../auth';
import { type RouteContext, route } from '../api/route';
import { closePostHoc, getPostHoc, listPostHoc } from '../api/operations/post-hoc';

/** GET /v1/review/post-hoc, GET /v1/review/post-hoc/:id, POST /v1/review/post-hoc/:id/close (reviewers). */
export function postHocRoutes(rescreen: RescreenService, ctx: RouteContext): Router {
  const r = Router();
  route(r, listPostHoc, ctx, async ({ query }, _req, res) => {
    res.json(await rescreen.listPostHoc({ state: query.state, limit: query.limit, ...(query.cursor !== undefined ? { cursor: Number(query.cursor) } : {}) }));
  });
  route(r, getPostHoc, ctx, async ({ params }, _req, res) => {
    res.json(await rescreen.postHoc(params.id));
  });
  route(r, closePostHoc, ctx, async ({ params, body }, req, res) => {
    res.json(await rescreen.closePostHoc(params.id, principalOf(req).name, body));
  });
  return r;
}
