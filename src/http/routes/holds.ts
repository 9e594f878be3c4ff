import express, { Router } from 'express';
import { z } from 'zod';
import type { ReviewService } from '../../app/review-service';
import type { HoldFilter } from '../../model/hold-query';
import type { TokenRegistry } from '../tokens';
import { AppError } from '../../errors/app-error';
import { principalOf, requireRole } from '../auth';

const listQuery = z.object({
  view: z.enum(['open', 'decided']).default('open'),
  sort: z.enum(['created', 'deadline', 'score']).default('created'),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^-?[0-9][0-9.e+-]{0,30}~[0-9a-z]{1,60}$/, 'the `next` of the previous page').optional(),
  method: z.string().regex(/^[a-z]{2,10}$/).optional(),
  minScore: z.coerce.number().min(0).max(1).optional(),
  claimed: z.enum(['me', 'none', 'other', 'any']).default('any'),
  serviceLevel: z.string().max(35).optional(),
  entryId: z.string().max(100).optional(),
  kind: z.enum(['hold', 'post-hoc', 'any']).default('any'),
  escalated: z.enum(['true', 'false']).optional(),
});

const decisionBody = z.object({
  comment: z.string().trim().min(1, 'a comment is required: the audit trail records why').max(2000),
  reason: z.string().regex(/^[A-Z0-9]{4}$/, 'a 4-character ISO 20022 reason code').optional(),
});

/** A request part checked against its schema; the first problem becomes a REQUEST_INVALID naming the field. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  const field = i.path.join('.');
  throw new AppError('REQUEST_INVALID', `${where}${field ? ` ${field}` : ''}: ${i.message}`, { path: field || where });
}

/** GET /v1/holds, GET /v1/holds/:id, POST /v1/holds/:id/{release,reject,claim,unclaim} (reviewers). */
export function holdRoutes(review: ReviewService, tokens: TokenRegistry): Router {
  const r = Router();
  const reviewer = requireRole(tokens, 'reviewer');
  const json = express.json({ limit: '64kb' });

  r.get('/v1/holds', reviewer, async (req, res) => {
    const q = parse(listQuery, req.query, 'query');
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

  r.get('/v1/holds/:id', reviewer, async (req, res) => {
    res.json(await review.detail(String(req.params.id)));
  });

  for (const action of ['release', 'reject'] as const) {
    r.post(`/v1/holds/:id/${action}`, reviewer, json, async (req, res) => {
      const body = parse(decisionBody, req.body ?? {}, 'body');
      const out = await review.act(String(req.params.id), action, principalOf(req).name, body);
      res.status(out.state === 'proposed' ? 202 : 200).json({
        state: out.state,
        ...(out.state === 'proposed' ? { message: `Proposed; another reviewer must confirm with POST /v1/holds/${out.hold.id}/${action}` } : {}),
        hold: out.hold,
      });
    });
  }

  for (const mode of ['claim', 'unclaim'] as const) {
    r.post(`/v1/holds/:id/${mode}`, reviewer, async (req, res) => {
      res.json(await review.claim(String(req.params.id), principalOf(req).name, mode));
    });
  }
  return r;
}
