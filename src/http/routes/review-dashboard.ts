import { Router } from 'express';
import type { ReviewDashboardService } from '../../app/review-dashboard-service';
import { reviewDashboard } from '../../model/review-dashboard';
import { type RouteContext, route } from '../api/route';
import { reviewDashboardOp } from '../api/operations/review';

/** GET /v1/review/dashboard (reviewers): the team lead's figures, in the shape of `reviewDashboard`. */
export function reviewDashboardRoutes(dashboard: ReviewDashboardService, ctx: RouteContext): Router {
  const r = Router();
  route(r, reviewDashboardOp, ctx, async ({ query }, _req, res) => {
    // checked on the way out: the page and the API description rely on this shape
    res.json(reviewDashboard.parse(await dashboard.get(query.days)));
  });
  return r;
}
