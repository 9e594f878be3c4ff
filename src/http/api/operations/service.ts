/** Health, readiness, metrics, and this API description (the document and its rendered page). */
import { z } from 'zod';
import { json, operation } from '../operation';
import { fileParams, health, readiness } from '../schemas/service';

export const healthz = operation({
  id: 'health',
  method: 'get',
  path: '/healthz',
  summary: 'Liveness: the process answers',
  tag: 'service',
  roles: 'public',
  responses: { 200: { description: 'Alive', content: [json(health, { status: 'ok' })] } },
  errors: [],
});

export const readyz = operation({
  id: 'readiness',
  method: 'get',
  path: '/readyz',
  summary: 'Readiness: Redis answers and a list is loaded (what a load balancer should route on)',
  tag: 'service',
  roles: 'public',
  responses: {
    200: { description: 'Ready', content: [json(readiness, { status: 'ready', checks: { redis: true, watchlist: 'sha256:6c1f0e2a9b' } })] },
    503: { description: 'Not ready', content: [json(readiness, { status: 'not ready', checks: { redis: false, watchlist: 'sha256:6c1f0e2a9b' } })] },
  },
  errors: [],
});

export const metrics = operation({
  id: 'metrics',
  method: 'get',
  path: '/metrics',
  summary: 'Prometheus metrics (with worker processes: merged)',
  tag: 'service',
  roles: 'public',
  responses: {
    200: { description: 'Prometheus text format', content: [{ kind: 'media', types: ['text/plain'], description: 'Prometheus exposition format 0.0.4' }] },
  },
  errors: [],
});

export const openApiDocument = operation({
  id: 'openApiDocument',
  method: 'get',
  path: '/openapi.json',
  summary: 'This description (OpenAPI 3.1), generated from the schemas the routes validate with',
  tag: 'service',
  roles: 'public',
  responses: {
    200: { description: 'The OpenAPI document', content: [json(z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }))] },
  },
  errors: [],
});

export const docsPage = operation({
  id: 'docsPage',
  method: 'get',
  path: '/docs/',
  summary: 'This description, rendered (Swagger UI, served by the gateway)',
  description: '/docs redirects here.',
  tag: 'service',
  roles: 'public',
  responses: {
    200: { description: 'The page', content: [{ kind: 'media', types: ['text/html'], description: 'HTML' }] },
    301: { description: 'From /docs to /docs/' },
  },
  errors: [],
});

export const docsAssets = operation({
  id: 'docsAsset',
  method: 'get',
  path: '/docs/:file',
  summary: 'The files of the rendered description',
  tag: 'service',
  roles: 'public',
  params: fileParams,
  responses: { 200: { description: 'The file', content: [{ kind: 'media', types: ['text/javascript', 'text/css', 'image/png'], description: 'The file' }] } },
  errors: ['NOT_FOUND'],
});
