import { Router } from 'express';
import type { Metrics } from '../../observability/metrics';

export interface Readiness {
  check(): Promise<{ ready: boolean; checks: Record<string, boolean | string> }>;
}

/** GET /healthz (the process answers), GET /readyz (Redis answers and a list is loaded), GET /metrics. No token. */
export function healthRoutes(readiness: Readiness, metrics: Metrics): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  r.get('/readyz', async (_req, res) => {
    const { ready, checks } = await readiness.check();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  r.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return r;
}
