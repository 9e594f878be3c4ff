import { Router } from 'express';
import type { ExceptionService } from '../../app/exception-service';
import { principalOf } from '../auth';
import { type RouteContext, route } from '../api/route';
import { confirmException, exceptionCandidates, getException, listExceptions, proposeException, revokeException } from '../api/operations/exceptions';

/**
 * Scoped false-positive exceptions (reviewers): GET /v1/exceptions, GET /v1/holds/:id/exception-candidates,
 * POST /v1/exceptions (propose), POST /v1/exceptions/:id/confirm (a second reviewer), POST /v1/exceptions/:id/revoke.
 */
export function exceptionRoutes(exceptions: ExceptionService, ctx: RouteContext): Router {
  const r = Router();

  route(r, listExceptions, ctx, async ({ query }, _req, res) => {
    res.json({ exceptions: await exceptions.list(query.status) });
  });

  route(r, getException, ctx, async ({ params }, _req, res) => {
    res.json(await exceptions.get(params.id));
  });

  route(r, exceptionCandidates, ctx, async ({ params }, _req, res) => {
    res.json({ candidates: await exceptions.candidates(params.id) });
  });

  route(r, proposeException, ctx, async ({ body }, req, res) => {
    const e = await exceptions.propose(principalOf(req).name, body);
    res.status(202).json({ exception: e, message: `Proposed; another reviewer must confirm with POST /v1/exceptions/${e.id}/confirm` });
  });

  route(r, confirmException, ctx, async ({ params, body }, req, res) => {
    res.json({ exception: await exceptions.confirm(params.id, principalOf(req).name, body.comment) });
  });

  route(r, revokeException, ctx, async ({ params, body }, req, res) => {
    res.json({ exception: await exceptions.revoke(params.id, principalOf(req).name, body.comment) });
  });
  return r;
}
