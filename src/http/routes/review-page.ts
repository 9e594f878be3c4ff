/**
 * The reviewers' web page at /review/: a static shell (HTML, CSS, JavaScript modules; no build step) that holds no
 * data, and GET /v1/review/session, which tells a signed-in reviewer who they are and the rules they work under.
 * Everything else the page shows comes from the reviewer API (/v1/holds, /v1/exceptions) with the reviewer's bearer
 * token. Why a bearer token kept in sessionStorage and not a cookie session: see docs/review.md.
 */
import path from 'node:path';
import { Router } from 'express';
import type { ReviewService } from '../../app/review-service';
import { principalOf } from '../auth';
import { pageHeaders, redirectToSlash, setPageHeaders } from '../page-headers';
import { type RouteContext, route, staticFiles } from '../api/route';
import { reviewAssets, reviewPage, reviewSessionOp, reviewVendor } from '../api/operations/review';
import { REVIEW_VENDOR, vendorFiles } from '../vendor-files';

export interface ReviewPageDeps {
  /** The page's files (src/ui/public: HTML, CSS, JavaScript modules served as they are). */
  dir: string;
  review: ReviewService;
  watchlist: () => { version: string; entries: number } | undefined;
  now: () => Date;
}

export function reviewPageRouter(d: ReviewPageDeps, ctx: RouteContext): Router {
  const r = Router();

  route(r, reviewPage, ctx, (_input, req, res) => {
    if (redirectToSlash(req, res)) return;
    setPageHeaders(res);
    res.sendFile(path.join(d.dir, 'index.html'));
  });
  staticFiles(r, reviewAssets, d.dir, pageHeaders);
  const vendor = vendorFiles(REVIEW_VENDOR);
  route(r, reviewVendor, ctx, ({ params }, _req, res) => vendor(params.file, res));

  route(r, reviewSessionOp, ctx, (_input, req, res) => {
    const s = d.review.settings;
    const list = d.watchlist();
    res.json({
      reviewer: principalOf(req),
      settings: {
        fourEyes: s.fourEyes,
        conflictRule: s.conflictRule,
        expiryAction: s.expiryAction,
        defaultRejectReason: s.rejectReason,
        rejectReasons: s.rejectReasons,
      },
      watchlist: list ? { version: list.version, entries: list.entries } : null,
      serverTime: d.now().toISOString(),
    });
  });
  return r;
}
