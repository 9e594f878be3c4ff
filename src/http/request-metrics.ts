import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from '../observability/metrics';

/**
 * Counts a request and its latency (request parsed to answer written) when its response finishes, under the route
 * pattern `route()` names then (never the raw path: it may carry ids).
 */
export function timeRequest(metrics: Metrics, req: IncomingMessage, res: ServerResponse, route: () => string): void {
  const start = process.hrtime.bigint();
  res.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const method = req.method ?? '';
    const pattern = route();
    metrics.httpRequests.inc({ method, route: pattern, status: String(res.statusCode) });
    metrics.httpDuration.observe({ method, route: pattern }, seconds);
  });
}
