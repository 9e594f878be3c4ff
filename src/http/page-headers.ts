/**
 * Headers of the pages the gateway serves (the reviewers' page, the API description). Only same-origin scripts,
 * styles and requests; no inline script, no framing. The review page renders every value with textContent, so data
 * can never become markup; this policy is the second line of defence against script injection, which would
 * otherwise be able to read the token a reviewer signed in with.
 */
import type { NextFunction, Request, Response } from 'express';

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

export function setPageHeaders(res: Response): void {
  res.set({ 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY', 'Cross-Origin-Opener-Policy': 'same-origin' });
}

export function pageHeaders(_req: Request, res: Response, next: NextFunction): void {
  setPageHeaders(res);
  next();
}

/** Express matches '/x' and '/x/' alike; a page's relative links need the slash. True when it redirected. */
export function redirectToSlash(req: Request, res: Response): boolean {
  const [pathname, query] = req.originalUrl.split('?') as [string, string | undefined];
  if (pathname.endsWith('/')) return false;
  res.redirect(301, `${pathname}/${query !== undefined ? `?${query}` : ''}`);
  return true;
}
