/**
 * Which keys the records in this Redis are sealed under, so that a gateway started with other keys stops at once
 * instead of answering RECORD_KEY_UNKNOWN for every record the others wrote (an instance whose DATA_DIR generated its
 * own key beside instances sharing the Redis; a key file lost while Redis kept its data). Each key id in use is
 * registered with a probe sealed under it: an id configured here must open its probe (the same id for another key is
 * refused too).
 */
import type { RedisClient } from './redis';
import type { RedisKeys } from './keys';
import type { PayloadSealer } from './sealed-payload';
import { AppError } from '../errors/app-error';

const PROBE = 'chokepoint sealing probe';
const CONTEXT = 'sealing:probe';

export async function checkSealingKeys(redis: RedisClient, keys: RedisKeys, sealer: PayloadSealer): Promise<void> {
  const registered = await redis.hgetallBuffer(keys.sealingKeys);
  const ids = Object.keys(registered);
  const configured = new Set(sealer.ring.keys.map((k) => k.id));
  for (const id of ids.filter((i) => configured.has(i))) {
    let opened: string | undefined;
    try {
      opened = sealer.open(registered[id]!, CONTEXT);
    } catch {
      opened = undefined;
    }
    if (opened !== PROBE) {
      throw new AppError(
        'CONFIG_INVALID',
        `Invalid configuration: the key configured as "${id}" is not the key "${id}" that sealed the records in this Redis: configure that key (ENCRYPTION_KEY / ENCRYPTION_KEY_FILE)`,
      );
    }
  }
  if (ids.length > 0 && !ids.some((i) => configured.has(i))) {
    throw new AppError(
      'CONFIG_INVALID',
      `Invalid configuration: the records in this Redis are sealed under key ${ids.map((i) => `"${i}"`).join(', ')}, none of which is configured here: give every gateway on one Redis the same keys (ENCRYPTION_KEY or ENCRYPTION_KEY_FILE)`,
    );
  }
  await redis.hsetnx(keys.sealingKeys, sealer.currentKeyId, sealer.seal(PROBE, CONTEXT));
}
