/**
 * Prometheus metrics (prom-client), one registry per gateway instance so tests can build several side by side.
 * Labels carry codes and routes, never payment data.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { WatchlistStatus } from '../model/watchlist';

export interface GaugeSources {
  queueDepths(): Promise<Record<string, Record<string, number>>>;
  openHolds(): Promise<number>;
  deadLetters(): Promise<number>;
  statusDeadLetters(): Promise<number>;
  watchlist(): { entries: number; version: string };
  /** The list's age and each source's last refresh (shared by every instance through Redis). */
  watchlistStatus?: () => Promise<WatchlistStatus | undefined>;
}

const REFRESH_OUTCOMES = ['updated', 'unchanged', 'failed', 'refused'] as const;

/** What a gauge reports when its source cannot be read: Prometheus's NaN, which alert rules do not read as 0. */
const UNKNOWN = Number.NaN;

export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly messages: Counter<'type' | 'outcome'>;
  readonly transactions: Counter<'decision'>;
  readonly hits: Counter<'method'>;
  readonly screeningDuration: Histogram;
  readonly acceptStage: Histogram<'stage'>;
  readonly forwards: Counter<'outcome'>;
  readonly statusReports: Counter<'outcome'>;
  readonly inputErrors: Counter<'code'>;

  constructor(options: { defaultMetrics: boolean } = { defaultMetrics: true }) {
    const r = this.registry;
    if (options.defaultMetrics) collectDefaultMetrics({ register: r, prefix: 'chokepoint_' });
    this.httpRequests = new Counter({
      name: 'chokepoint_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [r],
    });
    this.httpDuration = new Histogram({
      name: 'chokepoint_http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.035, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [r],
    });
    this.messages = new Counter({
      name: 'chokepoint_messages_total',
      help: 'Messages by type and outcome (accepted, duplicate, invalid)',
      labelNames: ['type', 'outcome'],
      registers: [r],
    });
    this.transactions = new Counter({
      name: 'chokepoint_transactions_total',
      help: 'Screened transactions by decision',
      labelNames: ['decision'],
      registers: [r],
    });
    this.hits = new Counter({ name: 'chokepoint_hits_total', help: 'Watchlist hits by match method', labelNames: ['method'], registers: [r] });
    this.screeningDuration = new Histogram({
      name: 'chokepoint_screening_duration_seconds',
      help: 'Time of POST /v1/messages from the body to the durable outcome (read, validate, screen, store, queue, audit)',
      buckets: [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5],
      registers: [r],
    });
    this.acceptStage = new Histogram({
      name: 'chokepoint_accept_stage_seconds',
      help: 'Where the time of POST /v1/messages goes: read (parse, validate, extract), dedupe (duplicate keys), screen (match + decide + plan), persist (atomic write), queue-audit (jobs and audit events)',
      labelNames: ['stage'],
      buckets: [0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5],
      registers: [r],
    });
    this.forwards = new Counter({
      name: 'chokepoint_forwards_total',
      help: 'Deliveries to the core by outcome (delivered, retry, dead)',
      labelNames: ['outcome'],
      registers: [r],
    });
    this.statusReports = new Counter({
      name: 'chokepoint_status_reports_total',
      help: 'Deliveries of status reports to the hub by outcome (delivered, retry, dead)',
      labelNames: ['outcome'],
      registers: [r],
    });
    this.inputErrors = new Counter({ name: 'chokepoint_input_errors_total', help: 'Refused requests by error code', labelNames: ['code'], registers: [r] });
  }

  /**
   * Gauges read at scrape time from Redis and the screening state. A count that cannot be read (Redis down) is NaN,
   * not 0: zero dead letters or open holds would tell an operator all is well exactly when nothing can be known.
   */
  attachGauges(src: GaugeSources): void {
    const r = this.registry;
    new Gauge({
      name: 'chokepoint_queue_jobs',
      help: 'BullMQ jobs by queue and state',
      labelNames: ['queue', 'state'],
      registers: [r],
      async collect() {
        const depths = await src.queueDepths().catch(() => ({}) as Record<string, Record<string, number>>);
        // Unread depths vanish rather than stay at their last value: an absent series is unknown, a stale one a lie.
        this.reset();
        for (const [queue, states] of Object.entries(depths)) for (const [state, n] of Object.entries(states)) this.set({ queue, state }, n);
      },
    });
    new Gauge({
      name: 'chokepoint_holds_open',
      help: 'Held transactions waiting for a decision',
      registers: [r],
      async collect() {
        this.set(await src.openHolds().catch(() => UNKNOWN));
      },
    });
    new Gauge({
      name: 'chokepoint_forward_dead_letters',
      help: 'Forwards the core refused for good or that ran out of retries',
      registers: [r],
      async collect() {
        this.set(await src.deadLetters().catch(() => UNKNOWN));
      },
    });
    new Gauge({
      name: 'chokepoint_status_dead_letters',
      help: 'Status reports the hub refused for good or that ran out of retries',
      registers: [r],
      async collect() {
        this.set(await src.statusDeadLetters().catch(() => UNKNOWN));
      },
    });
    new Gauge({
      name: 'chokepoint_watchlist_entries',
      help: 'Entries in the active watchlist',
      labelNames: ['version'],
      registers: [r],
      collect() {
        const w = src.watchlist();
        this.reset();
        this.set({ version: w.version }, w.entries);
      },
    });
    if (src.watchlistStatus) this.attachWatchlistStatus(src.watchlistStatus);
  }

  /** List age and refresh outcome per source, read once per scrape. */
  private attachWatchlistStatus(status: () => Promise<WatchlistStatus | undefined>): void {
    const r = this.registry;
    let scrape: Promise<WatchlistStatus | undefined | null> | undefined;
    // One read of the status for the four gauges of a scrape; null: it could not be read.
    const readOrFail = () =>
      (scrape ??= status()
        .catch(() => null)
        .finally(() => setImmediate(() => (scrape = undefined))));
    const read = async () => {
      const s = await readOrFail();
      return s ?? undefined;
    };
    new Gauge({
      name: 'chokepoint_watchlist_age_seconds',
      help: 'Seconds since the oldest source of the active list was last read cleanly (a list set through the API: since it was set)',
      registers: [r],
      async collect() {
        const s = await readOrFail();
        // Unknown while Redis does not answer: the last age would hide a list going stale meanwhile.
        if (s === null) this.set(UNKNOWN);
        else if (s) this.set(s.ageSeconds);
      },
    });
    new Gauge({
      name: 'chokepoint_watchlist_source_age_seconds',
      help: 'Seconds since each configured source was last read cleanly',
      labelNames: ['source'],
      registers: [r],
      async collect() {
        const s = await read();
        this.reset();
        const now = Date.now();
        for (const src of s?.sources ?? [])
          if (src.lastGoodAt) this.set({ source: src.label }, Math.max(0, Math.round((now - Date.parse(src.lastGoodAt)) / 1000)));
      },
    });
    new Gauge({
      name: 'chokepoint_watchlist_source_entries',
      help: 'Entries of each configured source in its current reading',
      labelNames: ['source'],
      registers: [r],
      async collect() {
        const s = await read();
        this.reset();
        for (const src of s?.sources ?? []) if (src.entries !== null) this.set({ source: src.label }, src.entries);
      },
    });
    new Gauge({
      name: 'chokepoint_watchlist_source_last_refresh',
      help: 'Outcome of the last refresh of each source: 1 for the outcome it had (updated, unchanged, failed, refused), 0 for the others',
      labelNames: ['source', 'outcome'],
      registers: [r],
      async collect() {
        const s = await read();
        this.reset();
        for (const src of s?.sources ?? []) {
          if (!src.lastRefresh) continue;
          for (const o of REFRESH_OUTCOMES) this.set({ source: src.label, outcome: o }, src.lastRefresh.outcome === o ? 1 : 0);
        }
      },
    });
  }
}
