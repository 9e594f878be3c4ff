import { Router } from 'express';
import type { ReviewService } from '../../app/review-service';
import type { HoldFilter } from '../../model/hold-query';
import { principalOf } from '../auth';
import { type RouteContext, route } from '../api/route';
import { claimHold, getHold, listHolds, rejectHold, releaseHold, revealHoldDebtor, unclaimHold } from '../api/operations/holds';

/** GET /v1/holds, GET /v1/holds/:id, POST /v1/holds/:id/{release,reject,claim,unclaim,reveal-debtor} (reviewers). */
export function holdRoutes(review: ReviewService, ctx: RouteContext): Router {
  const r = Router();

  route(r, listHolds, ctx, async ({ query: q }, req, res) => {
    const filter: HoldFilter = {
      ...(q.method !== undefined ? { method: q.method } : {}),
      ...(q.minScore !== undefined ? { minScore: q.minScore } : {}),
      ...(q.entryId !== undefined ? { entryId: q.entryId } : {}),
      ...(q.serviceLevel !== undefined ? { serviceLevel: q.serviceLevel } : {}),
      ...(q.kind !== 'any' ? { kind: q.kind } : {}),
      ...(q.escalated !== undefined ? { escalated: q.escalated === 'true' } : {}),
      ...(q.claimed !== 'any' ? { claimed: { is: q.claimed, by: principalOf(req).name } } : {}),
    };
    const page = await review.list({
      view: q.view,
      sort: q.sort,
      order: q.order ?? (q.view === 'decided' || q.sort === 'score' ? 'desc' : 'asc'),
      limit: q.limit,
      ...(q.cursor ? { cursor: q.cursor } : {}),
      ...(Object.keys(filter).length > 0 ? { filter } : {}),
    });
    res.json({ holds: page.holds, next: page.next ?? null, total: page.total });
  });

  route(r, getHold, ctx, async ({ params }, _req, res) => {
    res.json(await review.detail(params.id));
  });

  route(r, revealHoldDebtor, ctx, async ({ params, body }, req, res) => {
    res.json(await review.revealDebtor(params.id, principalOf(req).name, body.reason));
  });

  for (const [op, action] of [
    [releaseHold, 'release'],
    [rejectHold, 'reject'],
  ] as const) {
    route(r, op, ctx, async ({ params, body }, req, res) => {
      const out = await review.act(params.id, action, principalOf(req).name, body);
      res.status(out.state === 'proposed' ? 202 : 200).json({
        state: out.state,
        ...(out.state === 'proposed' ? { message: `Proposed; another reviewer must confirm with POST /v1/holds/${out.hold.id}/${action}` } : {}),
        hold: out.hold,
      });
    });
  }

  for (const [op, mode] of [
    [claimHold, 'claim'],
    [unclaimHold, 'unclaim'],
  ] as const) {
    route(r, op, ctx, async ({ params }, req, res) => {
      res.json(await review.claim(params.id, principalOf(req).name, mode));
    });
  }
  return r;
}
