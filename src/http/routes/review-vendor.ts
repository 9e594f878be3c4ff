/**
 * Third-party files the reviewers' page loads, served from node_modules at /review/vendor/<file> (no CDN: the page's
 * Content-Security-Policy allows its own origin only). Only the files named here; versions are pinned in package.json.
 */
import path from 'node:path';
import { Router } from 'express';

/** URL name → the installed file. uPlot draws the dashboard's charts (its minified build: 51 KB). */
const FILES: Readonly<Record<string, string>> = {
  'uPlot.iife.min.js': 'uplot/dist/uPlot.iife.min.js',
  'uPlot.min.css': 'uplot/dist/uPlot.min.css',
};

export function vendorAssets(): Router {
  const r = Router();
  const resolved = new Map(Object.entries(FILES).map(([name, file]) => [name, require.resolve(file)]));
  r.get('/review/vendor/:file', (req, res, next) => {
    const file = resolved.get(String(req.params.file));
    if (!file) return next();
    res.type(path.extname(file)).sendFile(file);
  });
  return r;
}
