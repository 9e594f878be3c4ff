/**
 * Third-party files the pages load, served from node_modules (no CDN: the pages' Content-Security-Policy allows their
 * own origin only). Only the files named here; versions are pinned in package.json.
 */
import path from 'node:path';
import type { Response } from 'express';
import { AppError } from '../errors/app-error';

/** URL name → the installed file, resolved once; sends one by its URL name (404 NOT_FOUND for any other name). */
export function vendorFiles(files: Readonly<Record<string, string>>): (name: string, res: Response) => void {
  const resolved = new Map(Object.entries(files).map(([name, file]) => [name, require.resolve(file)]));
  return (name, res) => {
    const file = resolved.get(name);
    if (!file) throw new AppError('NOT_FOUND', `No file ${name}`);
    res.type(path.extname(file)).sendFile(file);
  };
}

/** /review/vendor/: uPlot draws the dashboard's charts (its minified build: 51 KB). */
export const REVIEW_VENDOR: Readonly<Record<string, string>> = {
  'uPlot.iife.min.js': 'uplot/dist/uPlot.iife.min.js',
  'uPlot.min.css': 'uplot/dist/uPlot.min.css',
};

/** /docs/: Swagger UI renders the API description (its standalone bundle and style sheet). */
export const DOCS_VENDOR: Readonly<Record<string, string>> = {
  'swagger-ui-bundle.js': 'swagger-ui-dist/swagger-ui-bundle.js',
  'swagger-ui.css': 'swagger-ui-dist/swagger-ui.css',
};
