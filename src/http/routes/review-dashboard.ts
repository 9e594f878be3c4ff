import { Router } from 'express';
import { z } from 'zod';
import { DASHBOARD_DAYS, type ReviewDashboardService } from '../../app/review-dashboard-service';
import type { TokenRegistry } from '../tokens';
import { reviewDashboard } from '../../model/review-dashboard';
import { requireRole } from '../auth';
import { parse } from './holds';

/** GET /v1/review/dashboard?days=1..366: how many days of history (UTC days, today last). */
export const dashboardQuery = z.object({ days: z.coerce.number().int().min(1).max(DASHBOARD_DAYS.max).default(DASHBOARD_DAYS.default) });

/** GET /v1/review/dashboard (reviewers): the team lead's figures, in the shape of `reviewDashboard`. */
export function reviewDashboardRoutes(dashboard: ReviewDashboardService, tokens: TokenRegistry): Router {
  const r = Router();
  r.get('/v1/review/dashboard', requireRole(tokens, 'reviewer'), async (req, res) => {
    const q = parse(dashboardQuery, req.query, 'query');
    // checked on the way out: the page and the API description rely on this shape
    res.json(reviewDashboard.parse(await dashboard.get(q.days)));
  });
  return r;
}
