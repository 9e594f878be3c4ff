import type { Config } from '../config';
import { findEmbeddedRedis } from '../runtime/embedded-redis';
import { AppError } from '../errors/app-error';

/** REDIS_URL, else the embedded Redis of DATA_DIR (its address is kept there by `npm start`). */
export async function redisUrlFor(config: Config): Promise<string> {
  if (config.redisUrl) return config.redisUrl;
  const url = await findEmbeddedRedis(config.dataDir);
  if (url) return url;
  throw new AppError('NOT_READY', `No Redis: set REDIS_URL, or start the gateway (npm start) with DATA_DIR=${config.dataDir} first`);
}
