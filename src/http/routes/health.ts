import { Router } from 'express';
import { AggregatorRegistry } from 'prom-client';
import type { Metrics } from '../../observability/metrics';
import { type RouteContext, route } from '../api/route';
import { healthz, metrics as metricsOp, readyz } from '../api/operations/service';

export interface Readiness {
  check(): Promise<{ ready: boolean; checks: Record<string, boolean | string> }>;
}

/**
 * GET /healthz (the process answers), GET /readyz (Redis answers and a list is loaded), GET /metrics. No token.
 * With worker processes, /metrics merges their metrics into this process's (counters summed).
 */
export function healthRoutes(readiness: Readiness, metrics: Metrics, ctx: RouteContext, extraMetrics?: () => Promise<unknown[][]>): Router {
  const r = Router();
  route(r, healthz, ctx, (_input, _req, res) => {
    res.json({ status: 'ok' });
  });
  route(r, readyz, ctx, async (_input, _req, res) => {
    const { ready, checks } = await readiness.check();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  route(r, metricsOp, ctx, async (_input, _req, res) => {
    if (!extraMetrics) {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
      return;
    }
    const others = await extraMetrics().catch(() => [] as unknown[][]);
    const merged = AggregatorRegistry.aggregate([await metrics.registry.getMetricsAsJSON(), ...(others as Parameters<typeof AggregatorRegistry.aggregate>[0])]);
    res.type(merged.contentType).send(await merged.metrics());
  });
  return r;
}
