/**
 * The reviewers' web page at /review/: a static shell (HTML, CSS, JavaScript modules; no build step) that holds no
 * data, and GET /v1/review/session, which tells a signed-in reviewer who they are and the rules they work under.
 * Everything else the page shows comes from the reviewer API (/v1/holds, /v1/exceptions) with the reviewer's bearer
 * token. Why a bearer token kept in sessionStorage and not a cookie session: see docs/review.md.
 */
import path from 'node:path';
import express, { Router } from 'express';
import type { ReviewService } from '../../app/review-service';
import type { TokenRegistry } from '../tokens';
import { principalOf, requireRole } from '../auth';

export interface ReviewPageDeps {
  /** The page's files (src/ui/public: HTML, CSS, JavaScript modules served as they are). */
  dir: string;
  review: ReviewService;
  tokens: TokenRegistry;
  watchlist: () => { version: string; entries: number } | undefined;
  now: () => Date;
}

/**
 * Only same-origin scripts, styles and requests; no inline script, no framing. The page renders every value with
 * textContent, so data can never become markup; this policy is the second line of defence against script injection,
 * which would otherwise be able to read the token.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function reviewPageRouter(d: ReviewPageDeps): Router {
  const r = Router();
  const dir = d.dir;
  const pageHeaders = (res: express.Response) =>
    res.set({ 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY', 'Cross-Origin-Opener-Policy': 'same-origin' });

  // Express matches '/review' and '/review/' alike; the page's relative links need the slash.
  r.get('/review', (req, res) => {
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) return res.redirect(301, '/review/');
    pageHeaders(res);
    res.sendFile(path.join(dir, 'index.html'));
  });
  r.use(
    '/review/assets',
    (_req, res, next) => {
      pageHeaders(res);
      next();
    },
    express.static(dir, { index: false, dotfiles: 'deny', etag: false, lastModified: false, fallthrough: true, extensions: false }),
  );

  r.get('/v1/review/session', requireRole(d.tokens, 'reviewer'), (req, res) => {
    const s = d.review.settings;
    const list = d.watchlist();
    res.json({
      reviewer: principalOf(req),
      settings: { fourEyes: s.fourEyes, conflictRule: s.conflictRule, expiryAction: s.expiryAction, defaultRejectReason: s.rejectReason, rejectReasons: s.rejectReasons },
      watchlist: list ? { version: list.version, entries: list.entries } : null,
      serverTime: d.now().toISOString(),
    });
  });
  return r;
}
