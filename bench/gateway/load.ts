/**
 * Load generator, run as its own process so it does not share an event loop with what it measures.
 * open: requests are sent on a fixed schedule (rate/s) whatever the answers do, and latency is measured from the
 *       scheduled time, so a stalled server shows up in the percentiles instead of slowing the sender down.
 * closed: C connections each send the next request when the previous answer arrived (maximum throughput).
 * Prints one JSON line with the figures.
 */
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Command } from 'commander';
import { MessageFactory } from './messages';

interface Options {
  url: string;
  token?: string;
  mode: 'open' | 'closed';
  rate: number;
  connections: number;
  duration: number;
  hitEvery: number;
  runId: string;
  transactions: number;
}

/** The answer's status (0: no answer) and when the request got a connection (the client's own wait ends there). */
interface Answer {
  status: number;
  sentAt: number;
  /** For a 503: the setting its message names (which admission rule refused it). */
  rule?: string;
}

/** The admission rules name their setting in the refusal's message (src/http/admission.ts). */
const RULES = ['MAX_IN_FLIGHT', 'MAX_EVENT_LOOP_DELAY_MS', 'SOJOURN_TARGET_MS', 'MAX_EVENT_LOOP_UTILISATION'];

function post(agent: http.Agent, url: URL, body: string, token?: string): Promise<Answer> {
  return new Promise((resolve) => {
    let sentAt = NaN;
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/xml',
          'content-length': Buffer.byteLength(body),
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        if (res.statusCode !== 503) {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, sentAt }));
        } else {
          // Only refusals are read: which rule refused is what tells a stall from a limit.
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: 503, sentAt, rule: RULES.find((r) => text.includes(r)) ?? 'other' }));
        }
        res.on('error', () => resolve({ status: 0, sentAt }));
      },
    );
    req.once('socket', () => (sentAt = performance.now()));
    req.on('error', () => resolve({ status: 0, sentAt }));
    req.end(body);
  });
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function run(o: Options): Promise<void> {
  const url = new URL(o.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.mode === 'open' ? 512 : o.connections });
  const factory = new MessageFactory(o.runId, o.hitEvery, o.transactions);
  const latencies: number[] = [];
  /** Accepted (2xx) and refused (503) apart: under overload, how long what was taken and what was turned away waited. */
  const acceptedLatencies: number[] = [];
  const refusedLatencies: number[] = [];
  /**
   * Open loop: how long a request waited in the load generator for a free connection (the pool's 512 taken by
   * unanswered requests, or the generator itself late), and the 503s timed from the connection on: the server's part.
   */
  const clientWaits: number[] = [];
  const refusedOnConnection: number[] = [];
  const statuses: Record<string, number> = {};
  const refusedBy: Record<string, number> = {};
  let sent = 0;
  // How late the load generator's own loop ran: a late generator sends late and reads answers late.
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const started = performance.now();
  const end = started + o.duration * 1000;

  const record = ({ status, sentAt, rule }: Answer, t0: number) => {
    if (rule) refusedBy[rule] = (refusedBy[rule] ?? 0) + 1;
    const now = performance.now();
    const ms = now - t0;
    if (o.mode === 'open' && !Number.isNaN(sentAt)) {
      clientWaits.push(sentAt - t0);
      if (status === 503) refusedOnConnection.push(now - sentAt);
    }
    latencies.push(ms);
    if (status >= 200 && status < 300) acceptedLatencies.push(ms);
    else if (status === 503) refusedLatencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  };

  if (o.mode === 'closed') {
    await Promise.all(
      Array.from({ length: o.connections }, async () => {
        while (performance.now() < end) {
          const body = factory.next();
          const t0 = performance.now();
          sent++;
          record(await post(agent, url, body, o.token), t0);
        }
      }),
    );
  } else {
    const interval = 1000 / o.rate;
    const inflight: Promise<void>[] = [];
    let i = 0;
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = performance.now();
        while (started + i * interval <= now && started + i * interval < end) {
          const scheduled = started + i * interval;
          const body = factory.next();
          sent++;
          i++;
          inflight.push(post(agent, url, body, o.token).then((s) => record(s, scheduled)));
        }
        if (started + i * interval >= end) resolve();
        else setTimeout(tick, Math.max(0, Math.min(interval, started + i * interval - performance.now())));
      };
      tick();
    });
    await Promise.all(inflight);
  }
  const elapsed = (performance.now() - started) / 1000;
  lag.disable();
  const sorted = Float64Array.from(latencies).sort();
  const ok = Object.entries(statuses)
    .filter(([s]) => s.startsWith('2'))
    .reduce((n, [, c]) => n + c, 0);
  agent.destroy();
  process.stdout.write(
    JSON.stringify({
      mode: o.mode,
      rate: o.mode === 'open' ? o.rate : null,
      connections: o.mode === 'closed' ? o.connections : null,
      transactions: o.transactions,
      sent,
      ok,
      statuses,
      refusedBy,
      seconds: Number(elapsed.toFixed(2)),
      throughput: Number((ok / elapsed).toFixed(1)),
      p50: Number(percentile(sorted, 50).toFixed(2)),
      p95: Number(percentile(sorted, 95).toFixed(2)),
      p99: Number(percentile(sorted, 99).toFixed(2)),
      max: Number(percentile(sorted, 100).toFixed(2)),
      acceptedP99: Number(percentile(Float64Array.from(acceptedLatencies).sort(), 99).toFixed(2)),
      refusedP50: Number(percentile(Float64Array.from(refusedLatencies).sort(), 50).toFixed(2)),
      refusedP99: Number(percentile(Float64Array.from(refusedLatencies).sort(), 99).toFixed(2)),
      generatorLagP99: Number((lag.percentile(99) / 1e6).toFixed(1)),
      clientWaitP50: Number(percentile(Float64Array.from(clientWaits).sort(), 50).toFixed(2)),
      clientWaitP99: Number(percentile(Float64Array.from(clientWaits).sort(), 99).toFixed(2)),
      refusedOnConnectionP50: Number(percentile(Float64Array.from(refusedOnConnection).sort(), 50).toFixed(2)),
      refusedOnConnectionP99: Number(percentile(Float64Array.from(refusedOnConnection).sort(), 99).toFixed(2)),
    }) + '\n',
  );
}

const program = new Command('load')
  .requiredOption('--url <url>')
  .option('--token <token>')
  .option('--mode <mode>', 'open | closed', 'closed')
  .option('--rate <n>', 'open loop: requests per second', '500')
  .option('--connections <n>', 'closed loop: concurrent connections', '32')
  .option('--duration <s>', 'seconds', '10')
  .option('--hit-every <n>', 'one message in n pays a listed IBAN (0: none)', '0')
  .option('--run-id <id>', 'prefix of the MsgIds', `L${Date.now().toString(36)}`)
  .option('--transactions <n>', 'transactions per message', '1')
  .action(async (o: Record<string, string>) =>
    run({
      url: o.url!,
      token: o.token,
      mode: o.mode === 'open' ? 'open' : 'closed',
      rate: Number(o.rate),
      connections: Number(o.connections),
      duration: Number(o.duration),
      hitEvery: Number(o.hitEvery),
      runId: o.runId!,
      transactions: Number(o.transactions),
    }),
  );
program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`load: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
