/**
 * The environment, read once, validated, and turned into a typed Config. Nothing else in the product reads
 * process.env: the CLI's commands (cli/main.ts) call loadConfig(process.env) and pass the result down.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { parseDuration } from './duration';
import type { HoldDeadlines } from '../policy/outcome';
import { parseWatchlistSources, type WatchlistSources } from './watchlist-sources';
import { parseRedisTopology, parseReplicaWait, type RedisTopology, type ReplicaWait } from './redis-topology';

export type { WatchlistSourceSpec, WatchlistSources } from './watchlist-sources';
export type { HoldDeadlines };
export type { HostPort, RedisTopology, ReplicaWait } from './redis-topology';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Unset: start a private redis-server (append-only, fsync always) under dataDir. */
  readonly redisUrl?: string;
  /** One server (REDIS_URL, or the embedded one), Sentinel (REDIS_SENTINELS) or Cluster (REDIS_CLUSTER_NODES). */
  readonly redis: RedisTopology;
  /** REDIS_MIN_REPLICAS: replicas an accept or a decision must reach before it is acknowledged. */
  readonly replicaWait: ReplicaWait;
  /** Prefix of every Redis key and BullMQ queue of this gateway. */
  readonly redisPrefix: string;
  /** How long a start waits for Redis to answer before it fails (REDIS_CONNECT_TIMEOUT). */
  readonly redisConnectTimeoutMs: number;
  /** Unset: cleared messages go to dataDir/outbox/. */
  readonly coreUrl?: string;
  /** Extra header sent to the core, e.g. "Authorization: Bearer …". */
  readonly coreAuthHeader?: { name: string; value: string };
  readonly coreTimeoutMs: number;
  /** Unset: status reports of later decisions go to dataDir/status/. */
  readonly statusUrl?: string;
  readonly forwardAttempts: number;
  readonly forwardBackoffMs: number;
  readonly forwardConcurrency: number;
  /** WATCHLIST: the list sources (config/watchlist-sources.ts). */
  readonly watchlist: WatchlistSources;
  /** How often every source is read again (WATCHLIST_REFRESH); unset: only at start and when told. */
  readonly watchlistRefreshMs?: number;
  /** Plausibility of a refreshed source: refused when it removes or leaves out more than these shares (percent). */
  readonly watchlistRefreshChecks: { readonly maxRemovedPercent: number; readonly maxSkippedPercent: number };
  /** Column mapping of `csv:` sources (the `--map` syntax of `watchlist convert`). */
  readonly watchlistCsvMap?: string;
  /** How far back cleared payments are screened again against entries a new list version adds or changes. */
  readonly rescreenLookbackMs: number;
  /** Keyed-hash mode (identifiers listed as HMACs, docs/screening.md): the HMAC key, from hex. */
  readonly watchlistHmacKey?: Uint8Array;
  /** JSON file overriding fields of the shipped decision policy. */
  readonly policyFile?: string;
  readonly dataDir: string;
  /** Unset: generated into dataDir/tokens.json on first start. */
  readonly tokensFile?: string;
  /** ENCRYPTION_KEY: the sealing keys themselves (store/sealed-payload: `[id:]key`, comma-separated, current first). */
  readonly encryptionKey?: string;
  /** ENCRYPTION_KEY_FILE: a file holding them. Neither set: generated into dataDir/encryption.key on first start. */
  readonly encryptionKeyFile?: string;
  readonly maxBodyBytes: number;
  readonly maxInFlight: number;
  /** Event-loop delay (ms) past which new messages get 503 OVERLOADED; 0: not checked. */
  readonly maxEventLoopDelayMs: number;
  /** Event-loop utilisation (0–1) above which a share of new messages gets 503 OVERLOADED; 0: not checked. */
  readonly maxEventLoopUtilisation: number;
  /** Least time (ms) admitted messages spend in the process past which a share of new ones gets 503 OVERLOADED; 0: off. */
  readonly sojournTargetMs: number;
  /** Bytes of request bodies held at once by the process; a body that would pass it gets 503 OVERLOADED unread. */
  readonly maxBodyBytesInFlight: number;
  /** Structural limits of a submitted message: elements in all, nesting depth. */
  readonly xmlLimits: { readonly maxElements: number; readonly maxDepth: number };
  /** Bodies of at least this many bytes are read (parsed, validated, extracted) in a worker thread. */
  readonly largeBodyBytes: number;
  readonly rejectReason: string;
  /** Status given to held transactions: PDNG by default; e.g. ACSP (+ pendingReason G002) for gpi flows. */
  readonly pendingStatus: 'PDNG' | 'ACSP';
  readonly pendingReason?: string;
  /** The gateway's own BIC, used as instructing agent of its status reports. */
  readonly gatewayBic?: string;
  readonly duplicateWindowMs: number;
  readonly holdDeadlines: HoldDeadlines;
  readonly holdExpiryAction: 'reject' | 'escalate';
  readonly fourEyes: boolean;
  /** Opposite proposals under four-eyes: escalate (flag the hold, set both aside) or keep (refuse the second). */
  readonly fourEyesConflict: 'escalate' | 'keep';
  /** SvcLvl / LclInstrm codes that mark an instant payment. */
  readonly instantCodes: readonly string[];
  /** Instant payment with a name-only hit: reject, or release and open a post-hoc review item. */
  readonly instantNameHitAction: 'reject' | 'release';
  /** Schema validation of every message (default on). Off only to measure its cost: the gateway warns at start. */
  readonly schemaValidation: boolean;
  /** Operator-supplied XSD directory: strict mode validates against these in addition. */
  readonly strictXsdDir?: string;
  /** Where sealed audit events are archived once Redis holds more than `auditKeepInRedis` of them. */
  readonly auditArchiveDir: string;
  readonly auditKeepInRedis: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Run the queue workers (forward, status, review deadlines) at all; false for an HTTP-only instance. */
  readonly runWorkers: boolean;
  /** `chokepoint serve` runs the queue workers in this many child processes; 0 runs them in the HTTP process. */
  readonly workerProcesses: number;
}

const duration = (name: string, fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s, ctx) => {
      const ms = parseDuration(s);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected a duration like 500ms, 30s, 15m, 24h or 7d` });
        return z.NEVER;
      }
      return ms;
    });

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v));
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const url = optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'expected an http(s) URL');
const reasonCode = z.string().regex(/^[A-Z0-9]{4}$/, 'expected a 4-character ISO 20022 status reason code');

const envSchema = z.object({
  PORT: int(8080, 0, 65535),
  HOST: z.string().default('0.0.0.0'),
  REDIS_URL: optionalString.refine((v) => v === undefined || /^rediss?:\/\//.test(v), 'expected redis://… or rediss://…'),
  REDIS_PASSWORD: optionalString,
  REDIS_SENTINELS: optionalString,
  REDIS_SENTINEL_NAME: optionalString,
  REDIS_SENTINEL_PASSWORD: optionalString,
  REDIS_CLUSTER_NODES: optionalString,
  REDIS_MIN_REPLICAS: optionalString,
  REDIS_MIN_REPLICAS_TIMEOUT: optionalString,
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,60}$/)
    .default('cp'),
  REDIS_CONNECT_TIMEOUT: duration('REDIS_CONNECT_TIMEOUT', '10s'),
  CORE_URL: url,
  CORE_AUTH_HEADER: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9-]+:\s*\S/.test(v), 'expected "Name: value"'),
  CORE_TIMEOUT: duration('CORE_TIMEOUT', '10s'),
  STATUS_URL: url,
  FORWARD_ATTEMPTS: int(25, 1, 1000),
  FORWARD_BACKOFF: duration('FORWARD_BACKOFF', '1s'),
  FORWARD_CONCURRENCY: int(32, 1, 512),
  WATCHLIST: optionalString,
  WATCHLIST_REFRESH: optionalString,
  WATCHLIST_REFRESH_MAX_REMOVED: z.coerce.number().min(0).max(100).default(10),
  WATCHLIST_REFRESH_MAX_SKIPPED: z.coerce.number().min(0).max(100).default(5),
  WATCHLIST_CSV_MAP: optionalString,
  RESCREEN_LOOKBACK: optionalString,
  WATCHLIST_HMAC_KEY: optionalString.refine((v) => v === undefined || /^([0-9a-fA-F]{2}){16,}$/.test(v), 'expected at least 32 hex digits'),
  POLICY_FILE: optionalString,
  DATA_DIR: z.string().default('./var'),
  TOKENS_FILE: optionalString,
  ENCRYPTION_KEY: optionalString,
  ENCRYPTION_KEY_FILE: optionalString,
  MAX_BODY_BYTES: int(32 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  MAX_IN_FLIGHT: int(256, 0, 1_000_000),
  // 200, not lower: on a host shared with other work the loop runs tens of ms late without the gateway being past its
  // capacity (a 50 ms default refused most traffic on a loaded 2-core machine); MAX_IN_FLIGHT bounds the queue there.
  MAX_EVENT_LOOP_DELAY_MS: int(200, 0, 60_000),
  // The share engages only past 64 messages in progress and keeps 16 (runtime/loop-utilisation.ts): a closed loop of
  // fewer connections is never refused by it, nor is a process that is busy only because it waits for a CPU.
  MAX_EVENT_LOOP_UTILISATION: z.coerce.number().min(0).max(1).default(0.9),
  // Engages past 32 messages in progress and keeps 16 (runtime/sojourn.ts), for the same reasons as the share above.
  SOJOURN_TARGET_MS: int(20, 0, 60_000),
  MAX_BODY_BYTES_IN_FLIGHT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024 * 1024)
    .optional(),
  MAX_XML_ELEMENTS: int(1_000_000, 100, 100_000_000),
  MAX_XML_DEPTH: int(64, 8, 10_000),
  LARGE_BODY_BYTES: int(256 * 1024, 1024, 1024 * 1024 * 1024),
  REJECT_REASON: reasonCode.default('RR04'),
  PENDING_STATUS: z.enum(['PDNG', 'ACSP']).default('PDNG'),
  PENDING_REASON: optionalString.refine((v) => v === undefined || /^[A-Z0-9]{4}$/.test(v), 'expected a 4-character reason code'),
  GATEWAY_BIC: optionalString.refine((v) => v === undefined || /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v), 'expected a BIC'),
  DUPLICATE_WINDOW: duration('DUPLICATE_WINDOW', '72h'),
  HOLD_DEADLINE: duration('HOLD_DEADLINE', '24h'),
  HOLD_DEADLINES: optionalString,
  HOLD_EXPIRY_ACTION: z.enum(['reject', 'escalate']).default('reject'),
  FOUR_EYES: bool(true),
  FOUR_EYES_CONFLICT: z.enum(['escalate', 'keep']).default('escalate'),
  INSTANT_CODES: z.string().default('INST'),
  INSTANT_NAME_HIT_ACTION: z.enum(['reject', 'release']).default('reject'),
  STRICT_XSD_DIR: optionalString,
  SCHEMA_VALIDATION: z.enum(['on', 'off']).default('on'),
  AUDIT_ARCHIVE_DIR: optionalString,
  AUDIT_KEEP_IN_REDIS: int(100_000, 0, 100_000_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RUN_WORKERS: bool(true),
  WORKER_PROCESSES: int(1, 0, 16),
});

/** The repository root (where fixtures/ lives), from dist/src/config or src/config. */
export function repoRoot(): string {
  const here = __dirname;
  const marker = `${path.sep}dist${path.sep}src${path.sep}`;
  const i = here.lastIndexOf(marker);
  return i >= 0 ? here.slice(0, i) : path.resolve(here, '../..');
}

/** The version in package.json (read once). */
export function packageVersion(): string {
  packageVersionCache ??= (JSON.parse(readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return packageVersionCache;
}
let packageVersionCache: string | undefined;

/** The reviewers' page files, served as they are (in the Docker image too: it copies src/ui/public). */
export function reviewPageDir(): string {
  return path.join(repoRoot(), 'src', 'ui', 'public');
}

export const DEFAULT_WATCHLIST = 'fixtures/watchlist/sample.jsonl';

export function loadConfig(env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new AppError('CONFIG_INVALID', `Invalid configuration: ${problems.join('; ')}`, {
      details: problems.map((message) => ({ code: 'CONFIG_INVALID' as const, message })),
    });
  }
  const e = parsed.data;
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  const header = e.CORE_AUTH_HEADER ? splitHeader(e.CORE_AUTH_HEADER) : undefined;
  const watchlist = e.WATCHLIST
    ? parseWatchlistSources(e.WATCHLIST, cwd)
    : {
        sources: [{ label: `native:${path.basename(DEFAULT_WATCHLIST)}`, format: 'native' as const, path: path.join(repoRoot(), DEFAULT_WATCHLIST) }],
        single: true,
      };
  if (e.ENCRYPTION_KEY && e.ENCRYPTION_KEY_FILE)
    throw new AppError('CONFIG_INVALID', 'Invalid configuration: set ENCRYPTION_KEY or ENCRYPTION_KEY_FILE, not both');
  if (!e.WATCHLIST_CSV_MAP && watchlist.sources.some((s) => s.format === 'csv')) {
    throw new AppError(
      'CONFIG_INVALID',
      'Invalid configuration: WATCHLIST has a csv: source: set WATCHLIST_CSV_MAP to its column mapping (field=column,…, as watchlist convert --map)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    redisUrl: e.REDIS_URL,
    redis: parseRedisTopology(e),
    replicaWait: parseReplicaWait(e),
    redisPrefix: e.REDIS_PREFIX,
    redisConnectTimeoutMs: e.REDIS_CONNECT_TIMEOUT,
    coreUrl: e.CORE_URL,
    coreAuthHeader: header,
    coreTimeoutMs: e.CORE_TIMEOUT,
    statusUrl: e.STATUS_URL,
    forwardAttempts: e.FORWARD_ATTEMPTS,
    forwardBackoffMs: e.FORWARD_BACKOFF,
    forwardConcurrency: e.FORWARD_CONCURRENCY,
    watchlist,
    watchlistRefreshMs: optionalDuration('WATCHLIST_REFRESH', e.WATCHLIST_REFRESH),
    watchlistRefreshChecks: { maxRemovedPercent: e.WATCHLIST_REFRESH_MAX_REMOVED, maxSkippedPercent: e.WATCHLIST_REFRESH_MAX_SKIPPED },
    watchlistCsvMap: e.WATCHLIST_CSV_MAP,
    rescreenLookbackMs: optionalDuration('RESCREEN_LOOKBACK', e.RESCREEN_LOOKBACK) ?? e.DUPLICATE_WINDOW,
    watchlistHmacKey: e.WATCHLIST_HMAC_KEY ? Uint8Array.from(Buffer.from(e.WATCHLIST_HMAC_KEY, 'hex')) : undefined,
    policyFile: e.POLICY_FILE ? path.resolve(cwd, e.POLICY_FILE) : undefined,
    dataDir,
    tokensFile: e.TOKENS_FILE ? path.resolve(cwd, e.TOKENS_FILE) : undefined,
    encryptionKey: e.ENCRYPTION_KEY,
    encryptionKeyFile: e.ENCRYPTION_KEY_FILE ? path.resolve(cwd, e.ENCRYPTION_KEY_FILE) : undefined,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxInFlight: e.MAX_IN_FLIGHT,
    maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS,
    maxEventLoopUtilisation: e.MAX_EVENT_LOOP_UTILISATION,
    sojournTargetMs: e.SOJOURN_TARGET_MS,
    maxBodyBytesInFlight: bodyBudget(e.MAX_BODY_BYTES_IN_FLIGHT, e.MAX_BODY_BYTES),
    xmlLimits: { maxElements: e.MAX_XML_ELEMENTS, maxDepth: e.MAX_XML_DEPTH },
    largeBodyBytes: e.LARGE_BODY_BYTES,
    rejectReason: e.REJECT_REASON,
    pendingStatus: e.PENDING_STATUS,
    pendingReason: e.PENDING_REASON,
    gatewayBic: e.GATEWAY_BIC,
    duplicateWindowMs: e.DUPLICATE_WINDOW,
    holdDeadlines: { default: e.HOLD_DEADLINE, byServiceLevel: parseDeadlines(e.HOLD_DEADLINES) },
    holdExpiryAction: e.HOLD_EXPIRY_ACTION,
    fourEyes: e.FOUR_EYES,
    fourEyesConflict: e.FOUR_EYES_CONFLICT,
    instantCodes: e.INSTANT_CODES.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    instantNameHitAction: e.INSTANT_NAME_HIT_ACTION,
    schemaValidation: e.SCHEMA_VALIDATION === 'on',
    auditArchiveDir: e.AUDIT_ARCHIVE_DIR ? path.resolve(cwd, e.AUDIT_ARCHIVE_DIR) : path.join(dataDir, 'audit'),
    auditKeepInRedis: e.AUDIT_KEEP_IN_REDIS,
    strictXsdDir: e.STRICT_XSD_DIR ? path.resolve(cwd, e.STRICT_XSD_DIR) : undefined,
    logLevel: e.LOG_LEVEL,
    runWorkers: e.RUN_WORKERS,
    workerProcesses: e.WORKER_PROCESSES,
  };
}

/** Default: two bodies of the largest size at once. Less than one largest body would refuse it always. */
function bodyBudget(budget: number | undefined, maxBody: number): number {
  if (budget === undefined) return 2 * maxBody;
  if (budget < maxBody)
    throw new AppError(
      'CONFIG_INVALID',
      `Invalid configuration: MAX_BODY_BYTES_IN_FLIGHT (${budget}) is below MAX_BODY_BYTES (${maxBody}): a body of the largest size could never be read`,
    );
  return budget;
}

/** An optional duration variable: undefined when unset, CONFIG_INVALID naming it when not a positive duration. */
function optionalDuration(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) throw new AppError('CONFIG_INVALID', `Invalid configuration: ${name}: expected a duration like 30s, 15m, 6h or 1d`);
  return ms;
}

function splitHeader(text: string): { name: string; value: string } {
  const i = text.indexOf(':');
  return { name: text.slice(0, i).trim(), value: text.slice(i + 1).trim() };
}

/** "URGP=2h,INST=0s,NURG=48h" → { URGP: 7200000, … } */
function parseDeadlines(text: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!text) return out;
  for (const part of text.split(',')) {
    const [code, value] = part.split('=').map((s) => s.trim());
    const ms = value === undefined ? undefined : parseDuration(value);
    if (!code || !/^[A-Za-z0-9]{1,35}$/.test(code) || ms === undefined) {
      throw new AppError('CONFIG_INVALID', `Invalid configuration: HOLD_DEADLINES: "${part}" is not CODE=duration`);
    }
    out[code] = ms;
  }
  return out;
}
