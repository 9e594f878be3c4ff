/**
 * Where deliveries go, as configured: an HTTP endpoint (CORE_URL, STATUS_URL) or, when none is set, a directory of
 * files under DATA_DIR (outbox/, status/).
 */
import path from 'node:path';
import type { XmlSink } from '../../model/delivery';
import { DirectorySink } from './directory-sink';
import { HttpSink } from './http-sink';

export interface SinkSettings {
  coreUrl?: string;
  coreAuthHeader?: { name: string; value: string };
  statusUrl?: string;
  /** Per delivery attempt, to the core and to the hub alike. */
  timeoutMs: number;
  /** Requests to the core in flight at once from this process (FORWARD_CONCURRENCY). */
  coreParallel?: number;
  dataDir: string;
}

export function deliverySinks(s: SinkSettings): { core: XmlSink; hub: XmlSink } {
  return {
    core: s.coreUrl
      ? new HttpSink({
          url: s.coreUrl,
          timeoutMs: s.timeoutMs,
          ...(s.coreAuthHeader ? { extraHeader: s.coreAuthHeader } : {}),
          ...(s.coreParallel ? { maxParallel: s.coreParallel } : {}),
        })
      : new DirectorySink(path.join(s.dataDir, 'outbox')),
    hub: s.statusUrl ? new HttpSink({ url: s.statusUrl, timeoutMs: s.timeoutMs }) : new DirectorySink(path.join(s.dataDir, 'status')),
  };
}
