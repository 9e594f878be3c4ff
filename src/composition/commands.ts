/**
 * What the one-shot commands of the command line need wired: a short-lived Redis connection (REDIS_URL, or the
 * embedded Redis a running `npm start` keeps in DATA_DIR) and the use cases over it, closed when the command is done;
 * and the screening of `chokepoint screen`, which needs no Redis at all.
 */
import type { RedisClient } from '../store/redis';
import type { Config } from '../config';
import { AppError } from '../errors/app-error';
import { findEmbeddedRedis } from '../runtime/embedded-redis';
import { RedisTarget, createRedis, waitReady } from '../store/redis';
import { RedisKeys } from '../store/keys';
import { RedisAuditTrail } from '../store/audit-store';
import { redisAnnouncements } from '../store/announcements';
import { readWatchlistFile } from '../watchlist/read-file';
import { AuditService } from '../app/audit-service';
import type { WatchlistService } from '../app/watchlist-service';
import { ScreeningService } from '../app/screening-service';
import { loadDecisionPolicy, statusPolicyOf } from './policy';
import { newWatchlistService } from './watchlist';

/** For `chokepoint demo`, a client of the running gateway: where it listens (serve records it in DATA_DIR) and its tokens file. */
export { readGatewayAddress } from '../runtime/gateway-address';
export { parseTokensFile } from '../http/tokens';
export { initialTokensPath as initialTokensFile, tokensPath } from '../http/token-file';
/** `chokepoint tokens create|list|revoke`: the tokens file of TOKENS_FILE or DATA_DIR. */
export { createToken, listTokens, revokeToken, type TokenInfo } from '../http/token-file';
export { PERMISSIONS, ROLES } from '../http/tokens';

/** REDIS_URL, Sentinel or Cluster as configured, else the embedded Redis of DATA_DIR (its address is kept there by `npm start`). */
export async function redisTargetFor(config: Config): Promise<RedisTarget> {
  if (config.redis.kind !== 'single' || config.redis.url) return config.redis as RedisTarget;
  const url = await findEmbeddedRedis(config.dataDir);
  if (url) return { kind: 'single', url, ...(config.redis.password ? { password: config.redis.password } : {}) };
  throw new AppError('NOT_READY', `No Redis: set REDIS_URL, or start the gateway (npm start) with DATA_DIR=${config.dataDir} first`);
}

async function withRedis<T>(config: Config, fn: (redis: RedisClient, keys: RedisKeys) => Promise<T>): Promise<T> {
  const target = await redisTargetFor(config);
  const redis = createRedis(target, 'request', 'cli');
  try {
    await waitReady(redis);
    return await fn(redis, new RedisKeys(config.redisPrefix, target.kind === 'cluster'));
  } finally {
    redis.disconnect();
  }
}

export function withAuditService<T>(config: Config, fn: (audit: AuditService) => Promise<T>): Promise<T> {
  return withRedis(config, (redis, keys) => fn(new AuditService({ trail: new RedisAuditTrail(redis, keys), archiveDir: config.auditArchiveDir })));
}

/** The watchlist use cases of the gateway(s) on this Redis: a list made active here is announced to them. */
export function withWatchlistService<T>(config: Config, fn: (watchlist: WatchlistService) => Promise<T>): Promise<T> {
  return withRedis(config, (redis, keys) =>
    fn(
      newWatchlistService(config, {
        redis,
        keys,
        announcements: redisAnnouncements(redis, undefined, keys).watchlist,
        audit: new RedisAuditTrail(redis, keys),
        now: () => new Date(),
        log: (level, msg, data) => process.stderr.write(`${level}: ${msg}${data ? ` ${JSON.stringify(data)}` : ''}\n`),
      }),
    ),
  );
}

/** `chokepoint screen`: the gateway's screening over a list file, with the policy file and key given or configured. */
export async function openCommandScreening(config: Config, o: { watchlist: string; policyFile?: string; hmacKey?: Uint8Array }): Promise<ScreeningService> {
  const policy = loadDecisionPolicy({ policyFile: o.policyFile ?? config.policyFile, instantNameHitAction: config.instantNameHitAction });
  const { screener } = await readWatchlistFile(o.watchlist, o.hmacKey ?? config.watchlistHmacKey);
  return new ScreeningService({ screener, policy }, { instantCodes: config.instantCodes, status: statusPolicyOf(config) });
}
