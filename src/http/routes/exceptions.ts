import express, { Router } from 'express';
import { z } from 'zod';
import type { ExceptionService } from '../../app/exception-service';
import { EXCEPTION_DAYS } from '../../app/exception-service';
import type { TokenRegistry } from '../tokens';
import { principalOf, requireRole } from '../auth';
import { parse } from './holds';

const comment = z.string().trim().min(1, 'a comment is required: the audit trail records why').max(2000);
const proposal = z.object({
  holdId: z.string().regex(/^[a-z][0-9a-z]{8,40}$/),
  entryId: z.string().min(1).max(100),
  counterparty: z.string().regex(/^(iban|account|proxy|name):\S.{0,200}$/).optional(),
  comment,
  days: z.number().int().min(1).max(EXCEPTION_DAYS.max).optional(),
});
const listQuery = z.object({ status: z.enum(['proposed', 'active', 'expired', 'revoked']).optional() });

/**
 * Scoped false-positive exceptions (reviewers): GET /v1/exceptions, GET /v1/holds/:id/exception-candidates,
 * POST /v1/exceptions (propose), POST /v1/exceptions/:id/confirm (a second reviewer), POST /v1/exceptions/:id/revoke.
 */
export function exceptionRoutes(exceptions: ExceptionService, tokens: TokenRegistry): Router {
  const r = Router();
  const reviewer = requireRole(tokens, 'reviewer');
  const json = express.json({ limit: '16kb' });

  r.get('/v1/exceptions', reviewer, async (req, res) => {
    const q = parse(listQuery, req.query, 'query');
    res.json({ exceptions: await exceptions.list(q.status) });
  });

  r.get('/v1/exceptions/:id', reviewer, async (req, res) => {
    res.json(await exceptions.get(String(req.params.id)));
  });

  r.get('/v1/holds/:id/exception-candidates', reviewer, async (req, res) => {
    res.json({ candidates: await exceptions.candidates(String(req.params.id)) });
  });

  r.post('/v1/exceptions', reviewer, json, async (req, res) => {
    const body = parse(proposal, req.body ?? {}, 'body');
    const e = await exceptions.propose(principalOf(req).name, body);
    res.status(202).json({ exception: e, message: `Proposed; another reviewer must confirm with POST /v1/exceptions/${e.id}/confirm` });
  });

  for (const step of ['confirm', 'revoke'] as const) {
    r.post(`/v1/exceptions/:id/${step}`, reviewer, json, async (req, res) => {
      const body = parse(z.object({ comment }), req.body ?? {}, 'body');
      const id = String(req.params.id);
      const name = principalOf(req).name;
      res.json({ exception: step === 'confirm' ? await exceptions.confirm(id, name, body.comment) : await exceptions.revoke(id, name, body.comment) });
    });
  }
  return r;
}
